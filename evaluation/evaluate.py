"""Score an output directory against a gold file in the format of shared/gold/seeds.gold.json.

Scoring follows the gold README: a quote is found when a system quote's words contain the
prefix's words; its speaker is right when the speaker (actor name, aliases or surface) matches
an alias of the gold speaker. A date is right when a system date overlapping the gold surface
has the gold value (a finer value that starts with the gold value also counts). A key event is
found when an event of the same document has an acceptable type, source and target (any actor
of a named state's country stands for it; AGREE, CONSULT, COOPERATE, ASSAULT are symmetric)
and a matching date where both give one.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.store.storage import TableStore

SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE", "ASSAULT"}


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower().replace("’", "'"))


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1)) if n else False


def _norm(s: str | None) -> str:
    s = re.sub(r"[^\w]+", " ", (s or "").lower().replace("’", "'")).strip()
    return re.sub(r"^(the|a|an) ", "", s)


@dataclass
class Score:
    figures: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for k, v in self.figures.items():
            out.append(f"{k:<48} {v:.3f}" if isinstance(v, float) else f"{k:<48} {v}")
        return out


def _file_of(path: str) -> str:
    return path.split("/")[-1].split("#")[0]


def score_gold(output_dir: str, gold_path: str) -> Score:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    store = TableStore(output_dir)
    docs = store.read("documents")
    quotes, dates, events, actors = store.read("quotes"), store.read("dates"), store.read("events"), store.read("actors")
    actor_rows = {r["actor_id"]: r for r in actors.to_dict("records")}
    gold_alias = {a["name"]: {_norm(x) for x in a["aliases"] + [a["name"]]} for a in gold["actors"]}
    for name, aliases in gold.get("speaker_aliases", {}).items():
        gold_alias[name] = {_norm(x) for x in aliases + [name]}
    gold_country = {a["name"]: a.get("country") for a in gold["actors"]}
    by_file = {_file_of(p): r for p, r in zip(docs["path"], docs.to_dict("records"))}
    s = Score()
    f = s.figures

    # ---- quotes
    req = found = right = 0
    extracted = matched_extracted = 0
    for gd in gold["documents"]:
        d = by_file.get(gd["file"])
        if d is None:
            continue
        doc_id = d["duplicate_of"] if d["duplicate_of"] is not None and not pd.isna(d["duplicate_of"]) else d["doc_id"]
        q = quotes[quotes["doc_id"] == doc_id]
        qwords = [(_words(t), r) for t, r in zip(q["text"], q.to_dict("records"))]
        gold_prefixes = [_words(g["prefix"]) for g in gd["quotes"]]
        extracted += len(qwords)
        matched_extracted += sum(1 for w, _ in qwords if any(_contains(w, gp) or _contains(gp, w) for gp in gold_prefixes))
        for g in gd["quotes"]:
            if not g["required"]:
                continue
            req += 1
            hits = [r for w, r in qwords if _contains(w, _words(g["prefix"]))]
            if not hits:
                s.misses.append(f"quote missed: {gd['file']}: {g['prefix']}")
                continue
            found += 1
            ok = False
            for r in hits:
                names = {_norm(r["speaker"])}
                aid = r["speaker_actor_id"]
                if aid is not None and not pd.isna(aid) and aid in actor_rows:
                    names |= {_norm(actor_rows[aid]["name"])} | {_norm(a) for a in actor_rows[aid]["aliases"]}
                if g["speaker"] is None or names & gold_alias.get(g["speaker"], {_norm(g["speaker"])}):
                    ok = True
            right += ok
            if not ok:
                s.misses.append(f"speaker wrong: {gd['file']}: {g['prefix']} -> {hits[0]['speaker']} (gold {g['speaker']})")
    f["quotes: required found"] = f"{found}/{req}"
    f["quotes: recall (required)"] = found / req if req else 0.0
    f["quotes: speaker right (of required)"] = right / req if req else 0.0
    f["quotes: precision (extracted matching gold)"] = matched_extracted / extracted if extracted else 0.0

    # ---- dates
    req = ok = wrong = 0
    for gd in gold["documents"]:
        d = by_file.get(gd["file"])
        if d is None:
            continue
        text = d["text"]
        dd = dates[dates["doc_id"] == (d["duplicate_of"] if isinstance(d["duplicate_of"], str) else d["doc_id"])]
        for g in gd["timexes"]:
            starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(g["surface"]) + r"(?!\w)", text)]
            if g["occurrence"] >= len(starts):
                if g["required"]:
                    req += 1
                    s.misses.append(f"date surface not in clean text: {gd['file']}: {g['surface']}")
                continue
            start = starts[g["occurrence"]]
            end = start + len(g["surface"])
            over = dd[(dd["start_char"] < end) & (dd["end_char"] > start)]
            values = [v for v in over["value"] if isinstance(v, str)]
            good = any(v == g["value"] or v.startswith(g["value"] + "-") for v in values)
            if g["required"]:
                req += 1
                ok += good
                if not good:
                    s.misses.append(f"date wrong: {gd['file']}: {g['surface']} -> {values} (gold {g['value']})")
            if values and not good:
                wrong += 1
    f["dates: required right"] = f"{ok}/{req}"
    f["dates: recall (required)"] = ok / req if req else 0.0
    f["dates: wrong values (all gold dates)"] = wrong

    # ---- events
    def actor_matches(aid, gold_names) -> bool:
        if aid is None or aid not in actor_rows:
            return False
        a = actor_rows[aid]
        names = {_norm(a["name"])} | {_norm(x) for x in a["aliases"]}
        for g in gold_names:
            if names & gold_alias.get(g, {_norm(g)}):
                return True
            gc = gold_country.get(g)
            gold_type = next((x["type"] for x in gold["actors"] if x["name"] == g), None)
            if gold_type == "GPE" and gc and a["country"] == gc:
                return True
        return False

    req = hit = 0
    for gd in gold["documents"]:
        d = by_file.get(gd["file"])
        if d is None:
            continue
        ev = events[events["doc_id"] == (d["duplicate_of"] if isinstance(d["duplicate_of"], str) else d["doc_id"])]
        for g in gd["events"]:
            if not g["required"]:
                continue
            req += 1
            good = False
            for e in ev.to_dict("records"):
                if e["event_type"] not in g["type"]:
                    continue
                srcs, tgts = list(e["source_actor_ids"]), list(e["target_actor_ids"])
                pairs = [(srcs, tgts)] + ([(tgts, srcs)] if e["event_type"] in SYMMETRIC else [])
                for ss, ts in pairs:
                    if any(actor_matches(a, g["source"]) for a in ss) and (
                            g["target"] is None or any(actor_matches(a, g["target"]) for a in ts)):
                        if g["date"] and isinstance(e["date"], str) and not (e["date"] == g["date"] or e["date"].startswith(g["date"] + "-") or g["date"].startswith(e["date"])):
                            continue
                        good = True
            hit += good
            if not good:
                s.misses.append(f"event missed: {gd['file']}: {g['source']} {g['type']} {g['target']} {g['date']}")
    f["events: key events found"] = f"{hit}/{req}"
    f["events: recall (required)"] = hit / req if req else 0.0

    # ---- actors: split, merged, countries
    split = merged = 0
    country_total = country_ok = 0
    for ga in gold["actors"]:
        ids = set()
        for alias in ga["aliases"]:
            for a in actor_rows.values():
                if _norm(alias) in {_norm(x) for x in a["aliases"]} and a["type"] == ga["type"] and (
                        ga["type"] != "GPE" or a["country"] == ga["country"] or _norm(a["name"]) == _norm(alias)):
                    ids.add(a["actor_id"])
        if len(ids) > 1:
            split += 1
            s.misses.append(f"actor split: {ga['name']} -> {[actor_rows[i]['name'] for i in ids]}")
        if ga["country"]:
            country_total += 1
            main = [actor_rows[i] for i in ids if _norm(actor_rows[i]["name"]) in {_norm(x) for x in ga["aliases"]}]
            if main and any(a["country"] == ga["country"] for a in main):
                country_ok += 1
            else:
                s.misses.append(f"actor country: {ga['name']} -> {[a['country'] for a in main]} (gold {ga['country']})")
    for a in actor_rows.values():
        owners = {ga["name"] for ga in gold["actors"] if ga["type"] == a["type"] and {_norm(x) for x in a["aliases"]} & {_norm(x) for x in ga["aliases"]}
                  and _norm(a["name"]) in {_norm(x) for x in ga["aliases"]} | {_norm(x) for x in a["aliases"]}}
        if len(owners) > 1:
            merged += 1
            s.misses.append(f"actors merged: {a['name']} holds {sorted(owners)}")
    f["actors: split"] = split
    f["actors: merged"] = merged
    f["actors: country right (where stated)"] = country_ok / country_total if country_total else 0.0

    # ---- boilerplate and publication dates
    left = 0
    pub_ok = pub_total = 0
    for gd in gold["documents"]:
        d = by_file.get(gd["file"])
        if d is None:
            continue
        for phrase in gd["boilerplate"]:
            if phrase.lower() in d["text"].lower():
                left += 1
                s.misses.append(f"boilerplate left: {gd['file']}: {phrase}")
        if gd["publication_date"]:
            pub_total += 1
            value = d["publication_date"]
            pub_ok += (value is not None and not pd.isna(value) and str(value)[:10] == gd["publication_date"])
    f["boilerplate phrases left"] = left
    f["publication dates read"] = f"{pub_ok}/{pub_total}"
    return s


# ---------------------------------------------------------------------------
# PLOVER gold standard records (one sentence each)

PLOVER_05_TO_10 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def load_plover_records(path: str) -> list[dict]:
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        codes = {a.get("code") for a in (r.get("source") or []) if isinstance(a, dict) and a.get("code")}
        out.append({"id": r["id"], "text": r["text"], "event": PLOVER_05_TO_10.get(r["event"], r["event"]),
                    "source_codes": codes})
    return out


def code_sentences(texts: list[str]) -> list[list]:
    """Run parse -> actors -> quotes -> events on standalone sentences; events per sentence."""
    from pipeline.stages import actors as actors_mod
    from pipeline.stages import events as events_mod
    from pipeline.stages import quotes as quotes_mod
    from pipeline.stages.parse import load_model

    nlp = load_model()
    docs = list(nlp.pipe(texts, batch_size=64))
    mentions_per_doc = [actors_mod.extract_mentions(f"s{i}", doc) for i, doc in enumerate(docs)]
    actors, assign = actors_mod.resolve([m for ms in mentions_per_doc for m in ms])
    by_id = {a.actor_id: a for a in actors}
    out = []
    for doc, ms in zip(docs, mentions_per_doc):
        for m in ms:
            m.key = assign[id(m)]
        qs = quotes_mod.extract_quotes(doc, ms)
        evs = events_mod.extract_events(doc, ms, [], qs, None)
        for e in evs:
            e.source_actors = [by_id[m.key] for m in e.sources]
            e.source_country = events_mod.source_country([a.country for a in e.source_actors], e.location_country)[0]
        out.append(evs)
    return out


def _source_fits(actor, codes: set[str]) -> bool:
    if actor.country and actor.country in codes:
        return True
    # an international organisation, or a person acting for one ("U.N. Secretary-General Kofi Annan"): CAMEO codes both IGO
    return "IGO" in codes and actor.sector == "IGO"


def score_plover(path: str) -> Score:
    records = load_plover_records(path)
    coded = code_sentences([r["text"] for r in records])
    s = Score()
    type_hit = src_hit = extracted = extracted_right = 0
    for r, evs in zip(records, coded):
        types = [e.event_type for e in evs]
        extracted += len(types)
        extracted_right += sum(t == r["event"] for t in types)
        hit = r["event"] in types
        type_hit += hit
        # the event's source country as the events table gives it (the source actor's, else the location's)
        src_ok = any(e.event_type == r["event"] and (any(_source_fits(a, r["source_codes"]) for a in e.source_actors)
                                                     or e.source_country in r["source_codes"]) for e in evs)
        src_hit += src_ok
        if not hit:
            s.misses.append(f"{r['id']}: gold {r['event']}, got {types or 'nothing'}: {r['text'][:110]}")
    n = len(records)
    s.figures["plover: sentences"] = n
    s.figures["plover: gold type among sentence's events"] = type_hit / n if n else 0.0
    s.figures["plover: extracted events with the gold type"] = extracted_right / extracted if extracted else 0.0
    s.figures["plover: gold type with source of gold country"] = src_hit / n if n else 0.0
    s.figures["plover: events per sentence"] = extracted / n if n else 0.0
    return s


# ---------------------------------------------------------------------------
# stories: pairwise same-story precision and recall against gold groups


def _pairwise(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    from collections import Counter

    def pairs(labels):
        return sum(n * (n - 1) // 2 for n in Counter(labels).values())

    tp = pairs(list(zip(pred, gold)))
    p_all, g_all = pairs(pred), pairs(gold)
    p = tp / p_all if p_all else 1.0
    r = tp / g_all if g_all else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_story_gold(path: str, group_field: str = "triplet_uuid") -> list[dict]:
    """JSON Lines (optionally .gz) articles with id, title, text, date, a source field
    (`category`, else `source`) and the gold group in `group_field` (BASIL's format)."""
    import gzip

    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [{"id": f"{i:05d}", "title": r.get("title"), "text": r.get("text") or "", "date": r.get("date"),
             "source": str(r.get("category") or r.get("source") or "unknown"), "group": r[group_field]}
            for i, r in enumerate(rows)]


def score_stories(path: str, group_field: str = "triplet_uuid") -> Score:
    """Run ingestion, deduplication and story grouping on the articles (as one JSON Lines file per
    source, with and without their dates) and score same-story pairs against the gold groups."""
    import tempfile

    from pipeline.tables import documents as documents_tables
    articles = read_story_gold(path, group_field)
    gold = {a["id"]: a["group"] for a in articles}
    figures: dict = {"articles": len(articles), "gold groups": len(set(gold.values()))}
    misses: list[str] = []
    for dated in (True, False):
        with tempfile.TemporaryDirectory() as raw:
            for source in sorted({a["source"] for a in articles}):
                folder = Path(raw) / source
                folder.mkdir()
                with open(folder / "articles.jsonl", "w", encoding="utf-8") as fh:
                    for a in articles:
                        if a["source"] == source:
                            fh.write(json.dumps({"id": a["id"], "title": a["title"], "text": a["text"],
                                                 "published": a["date"] if dated else None}) + "\n")
            parts = [documents_tables.ingest_source(raw, s)[0] for s in sorted({a["source"] for a in articles})]
            docs = documents_tables.group_stories(documents_tables.deduplicate(parts))
        ids = [p.split("#", 1)[1] for p in docs["path"]]
        pred, truth = list(docs["story_id"]), [gold[i] for i in ids]
        p, r, f = _pairwise(pred, truth)
        tag = "with dates" if dated else "without dates"
        figures.update({f"{tag}: pairwise precision": p, f"{tag}: pairwise recall": r, f"{tag}: pairwise F1": f,
                        f"{tag}: stories": len(set(pred)), f"{tag}: duplicates merged": int(docs["duplicate_of"].notna().sum())})
        if not dated:
            by_story: dict[str, list[str]] = {}
            for s, g, t in zip(pred, truth, docs["title"]):
                by_story.setdefault(s, []).append(f"{g[:8]} {t}")
            misses += [" | ".join(m) for m in by_story.values() if len({x[:8] for x in m}) > 1]
    return Score(figures=figures, misses=misses)
