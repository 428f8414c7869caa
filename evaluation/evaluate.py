"""Scores reported as a `Score`: an output directory against the project's gold file (`score_gold`), the
event coder on PLOVER gold standard sentences (`score_plover`), story grouping on BASIL (`score_stories`).

Gold file scoring follows the gold README: a quote is found when a system quote's words contain the
prefix's words; its speaker is right when the speaker (actor name, aliases or surface) matches
an alias of the gold speaker. A date is right when a system date overlapping the gold surface
has the gold value (a finer value that starts with the gold value also counts). A key event is
found when an event of the same document has an acceptable type, source and target (any actor
of a named state's country stands for it; AGREE, CONSULT, COOPERATE, ASSAULT are symmetric)
and a matching date where both give one.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from evaluation.readers.basil import read_story_gold
from evaluation.readers.gold import GoldFile, read_gold
from evaluation.readers.plover import load_plover_records
from pipeline.store.storage import TableStore
from training.coder import OLD_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.stages.actors import Actor

SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE", "ASSAULT"}


@dataclass
class Score:
    """Named figures (printed in insertion order) and the misses behind them."""

    figures: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per figure: the name padded to 48 characters, floats to three decimals."""
        out = []
        for k, v in self.figures.items():
            out.append(f"{k:<48} {v:.3f}" if isinstance(v, float) else f"{k:<48} {v}")
        return out


# ---------------------------------------------------------------------------
# the gold file against an output directory


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower().replace("’", "'"))


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1)) if n else False


def _norm(s: str | None) -> str:
    s = re.sub(r"[^\w]+", " ", (s or "").lower().replace("’", "'")).strip()
    return re.sub(r"^(the|a|an) ", "", s)


def _actor_name(name: str | None) -> str:
    """An actor's name, normalised, without the state a name of a state's body or of a social group carries in
    brackets ("Foreign Ministry (Kenya)", "teachers (Kosovo)"): the name the text gives it."""
    return _norm(re.sub(r"\s*\([^()]*\)$", "", name or ""))


def _file_of(path: str) -> str:
    return path.split("/")[-1].split("#")[0]


def _canonical_id(doc: dict) -> str:
    """The document whose rows hold a document's quotes, dates and events: its canonical copy's, if a duplicate."""
    return doc["duplicate_of"] if isinstance(doc["duplicate_of"], str) else doc["doc_id"]


def _known(value: object) -> bool:
    return value is not None and not pd.isna(value)


@dataclass
class _Output:
    """The tables of an output directory, indexed as the scorers look them up."""

    docs_by_file: dict[str, dict]  # raw file name -> documents row
    quotes: pd.DataFrame
    dates: pd.DataFrame
    events: pd.DataFrame
    actors: dict[str, dict]  # actor_id -> actors row

    @classmethod
    def read(cls, output_dir: str) -> _Output:
        store = TableStore(output_dir)
        docs = store.read("documents")
        by_file = {_file_of(p): r for p, r in zip(docs["path"], docs.to_dict("records"))}
        actor_rows = {r["actor_id"]: r for r in store.read("actors").to_dict("records")}
        return cls(by_file, store.read("quotes"), store.read("dates"), store.read("events"), actor_rows)

    def documents(self, gold: GoldFile) -> Iterator[tuple[dict, dict]]:
        """(gold document, documents row) for every gold document found in the output."""
        for gd in gold.documents:
            d = self.docs_by_file.get(gd["file"])
            if d is not None:
                yield gd, d

    def actor_names(self, actor_id: str) -> set[str]:
        """The normalised name and aliases of an actor."""
        a = self.actors[actor_id]
        return {_norm(a["name"]), _actor_name(a["name"])} | {_norm(x) for x in a["aliases"]}


class _GoldActors:
    """The gold actors' normalised aliases (speaker aliases included), countries and types, by name."""

    def __init__(self, gold: GoldFile) -> None:
        self.aliases = {a["name"]: {_norm(x) for x in a["aliases"] + [a["name"]]} for a in gold.actors}
        for name, aliases in gold.speaker_aliases.items():
            self.aliases[name] = {_norm(x) for x in aliases + [name]}
        self.country = {a["name"]: a.get("country") for a in gold.actors}
        self.gold = gold

    def aliases_of(self, name: str) -> set[str]:
        return self.aliases.get(name, {_norm(name)})

    def type_of(self, name: str) -> str | None:
        return next((x["type"] for x in self.gold.actors if x["name"] == name), None)

    def is_government(self, name: str) -> bool:
        """A gold organisation named "Government of <the state>" ("Government of Belgium"): as CAMEO codes a
        government (XXXGOV), the state acting; the system's state of that country is that actor. Never a regional
        government, a ministry or another body ("Kurdistan Regional Government", "Ministry of Local Government",
        "Scottish Government")."""
        from pipeline.stages import lexicon

        gc = self.country.get(name)
        if self.type_of(name) != "ORG" or not gc:
            return False
        m = re.fullmatch(r"(?:the )?government of (?:the )?(.+)", name.strip(), flags=re.IGNORECASE)
        return m is not None and lexicon.country_of_name(m[1]) == gc


def _speaker_right(row: dict, speaker: str | None, out: _Output, gold_actors: _GoldActors) -> bool:
    """A system quote's speaker (its surface, or the name and aliases of its actor) is an alias of `speaker`
    (always right when the gold gives no speaker)."""
    names = {_norm(row["speaker"])}
    aid = row["speaker_actor_id"]
    if _known(aid) and aid in out.actors:
        names |= out.actor_names(aid)
    return speaker is None or bool(names & gold_actors.aliases_of(speaker))


def _score_quotes(gold: GoldFile, out: _Output, gold_actors: _GoldActors, s: Score) -> None:
    """Required gold quotes found (a system quote's words contain the prefix's words) and with their speaker
    right; the share of extracted quotes that contain, or are contained in, a gold quote's prefix."""
    req = found = right = extracted = matched_extracted = 0
    for gd, d in out.documents(gold):
        q = out.quotes[out.quotes["doc_id"] == _canonical_id(d)]
        qwords = [(_words(t), r) for t, r in zip(q["text"], q.to_dict("records"))]
        gold_prefixes = [_words(g["prefix"]) for g in gd["quotes"]]
        extracted += len(qwords)
        matched_extracted += sum(
            1 for w, _ in qwords if any(_contains(w, gp) or _contains(gp, w) for gp in gold_prefixes)
        )
        for g in gd["quotes"]:
            if not g["required"]:
                continue
            req += 1
            hits = [r for w, r in qwords if _contains(w, _words(g["prefix"]))]
            if not hits:
                s.misses.append(f"quote missed: {gd['file']}: {g['prefix']}")
                continue
            found += 1
            ok = any(_speaker_right(r, g["speaker"], out, gold_actors) for r in hits)
            right += ok
            if not ok:
                s.misses.append(
                    f"speaker wrong: {gd['file']}: {g['prefix']} -> {hits[0]['speaker']} (gold {g['speaker']})"
                )
    s.figures["quotes: required found"] = f"{found}/{req}"
    s.figures["quotes: recall (required)"] = found / req if req else 0.0
    s.figures["quotes: speaker right (of required)"] = right / req if req else 0.0
    s.figures["quotes: precision (extracted matching gold)"] = matched_extracted / extracted if extracted else 0.0


def _date_values(text: str, dates: pd.DataFrame, timex: dict) -> list[str] | None:
    """The values of the system dates overlapping a gold date's surface (its `occurrence`-th as a whole word in
    the clean text); None when the clean text does not have that occurrence."""
    starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(timex["surface"]) + r"(?!\w)", text)]
    if timex["occurrence"] >= len(starts):
        return None
    start = starts[timex["occurrence"]]
    end = start + len(timex["surface"])
    over = dates[(dates["start_char"] < end) & (dates["end_char"] > start)]
    return [v for v in over["value"] if isinstance(v, str)]


def _score_dates(gold: GoldFile, out: _Output, s: Score) -> None:
    """Required gold dates with the gold value (or a finer one within it); wrong values among all gold dates."""
    req = ok = wrong = 0
    for gd, d in out.documents(gold):
        dd = out.dates[out.dates["doc_id"] == _canonical_id(d)]
        for g in gd["timexes"]:
            values = _date_values(d["text"], dd, g)
            if values is None:
                if g["required"]:
                    req += 1
                    s.misses.append(f"date surface not in clean text: {gd['file']}: {g['surface']}")
                continue
            good = any(v == g["value"] or v.startswith(g["value"] + "-") for v in values)
            if g["required"]:
                req += 1
                ok += good
                if not good:
                    s.misses.append(f"date wrong: {gd['file']}: {g['surface']} -> {values} (gold {g['value']})")
            if values and not good:
                wrong += 1
    s.figures["dates: required right"] = f"{ok}/{req}"
    s.figures["dates: recall (required)"] = ok / req if req else 0.0
    s.figures["dates: wrong values (all gold dates)"] = wrong


def _actor_matches(aid: str | None, gold_names: list[str], out: _Output, gold_actors: _GoldActors) -> bool:
    """A system actor is one of the gold actors: by an alias, or (for a gold state) by its country."""
    if aid is None or aid not in out.actors:
        return False
    names = out.actor_names(aid)
    for g in gold_names:
        if names & gold_actors.aliases_of(g):
            return True
        gc = gold_actors.country.get(g)
        if gold_actors.type_of(g) == "GPE" and gc and out.actors[aid]["country"] == gc:
            return True
        if gold_actors.is_government(g) and out.actors[aid]["type"] == "GPE" and out.actors[aid]["country"] == gc:
            return True  # "the government" resolved to its state: the government acting
    return False


def _date_fits(event_date: object, gold_date: str | None) -> bool:
    """An event's date agrees with the gold date: either is missing, or one lies within the other (an ISO week
    within a month or a year, a day within a week)."""
    if not gold_date or not isinstance(event_date, str):
        return True
    within = event_date.startswith((gold_date + "-", gold_date + "T"))  # a finer day or a time of that day
    if event_date == gold_date or within or gold_date.startswith(event_date):
        return True
    a, b = _days_of(event_date), _days_of(gold_date)
    return a is not None and b is not None and (a[0] >= b[0] and a[1] <= b[1] or b[0] >= a[0] and b[1] <= a[1])


_WEEK = re.compile(r"(\d{4})-W(\d{2})$")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")


def _days_of(value: str) -> tuple[date, date] | None:
    """The first and last day of a TIMEX3 year, month, ISO week or day (a time of day: its day); None for others and
    for impossible values ("2026-02-30")."""
    try:
        return _span_of(value)
    except ValueError:
        return None


def _span_of(value: str) -> tuple[date, date] | None:
    if m := _WEEK.match(value):
        first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return first, first + timedelta(days=6)
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if re.fullmatch(r"\d{4}-\d{2}", value):
        y, mo = int(value[:4]), int(value[5:])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    return None


# PLOVER 1.0's types that PLOVER before it (the CAMEO-to-PLOVER table's 0.8) and PLV label YIELD
TO_PLOVER_08 = {"RETREAT": "YIELD", "CONCEDE": "YIELD"}


# PLOVER's earlier types that PLOVER 1.0 folded into others, as the training data's labels are mapped: a gold file
# written with them is read in 1.0's terms
FOLDED_IN_PLOVER_10 = OLD_LABELS


def gold_types(types: list[str]) -> set[str]:
    """The PLOVER 1.0 types a gold event accepts: its own, with a PLOVER 0.8 YIELD read as CONCEDE or RETREAT and an
    earlier DEMAND, DISAPPROVE, INVESTIGATE or FIGHT as the 1.0 type it was folded into."""
    return (
        set(types)
        | {new for new, old in TO_PLOVER_08.items() if old in types}
        | {FOLDED_IN_PLOVER_10[t] for t in types if t in FOLDED_IN_PLOVER_10}
    )


def _event_found(events: list[dict], g: dict, out: _Output, gold_actors: _GoldActors) -> bool:
    """One of the document's events has a type the gold event allows, its source and target (either way round
    for symmetric types) and a date that fits."""
    types = gold_types(g["type"])
    for e in events:
        if e["event_type"] not in types or not _date_fits(e["date"], g["date"]):
            continue
        srcs, tgts = list(e["source_actor_ids"]), list(e["target_actor_ids"])
        pairs = [(srcs, tgts)] + ([(tgts, srcs)] if e["event_type"] in SYMMETRIC else [])
        for ss, ts in pairs:
            if any(_actor_matches(a, g["source"], out, gold_actors) for a in ss) and (
                g["target"] is None or any(_actor_matches(a, g["target"], out, gold_actors) for a in ts)
            ):
                return True
    return False


def _score_events(gold: GoldFile, out: _Output, gold_actors: _GoldActors, s: Score) -> None:
    """Required key events found among the events of their document."""
    req = hit = 0
    for gd, d in out.documents(gold):
        ev = out.events[out.events["doc_id"] == _canonical_id(d)].to_dict("records")
        for g in gd["events"]:
            if not g["required"]:
                continue
            req += 1
            good = _event_found(ev, g, out, gold_actors)
            hit += good
            if not good:
                s.misses.append(f"event missed: {gd['file']}: {g['source']} {g['type']} {g['target']} {g['date']}")
    s.figures["events: key events found"] = f"{hit}/{req}"
    s.figures["events: recall (required)"] = hit / req if req else 0.0


def _actor_ids(ga: dict, out: _Output) -> set[str]:
    """The system actors of the gold actor's type holding one of its aliases (for a state: of its country, or
    named by that alias)."""
    ids = set()
    for alias in ga["aliases"]:
        for a in out.actors.values():
            if (
                _norm(alias) in {_norm(x) for x in a["aliases"]}
                and a["type"] == ga["type"]
                and (ga["type"] != "GPE" or a["country"] == ga["country"] or _actor_name(a["name"]) == _norm(alias))
            ):
                ids.add(a["actor_id"])
    return ids


def _gold_owners(a: dict, gold: GoldFile) -> set[str]:
    """The gold actors of a system actor's type that share an alias with it and are named by its name."""
    aliases = {_norm(x) for x in a["aliases"]}
    return {
        ga["name"]
        for ga in gold.actors
        if ga["type"] == a["type"]
        and aliases & {_norm(x) for x in ga["aliases"]}
        and _actor_name(a["name"]) in {_norm(x) for x in ga["aliases"]} | aliases
    }


def _score_actors(gold: GoldFile, out: _Output, s: Score) -> None:
    """Gold actors split over several system actors, system actors merging several gold actors, and the
    countries of gold actors that state one (on the system actors named by one of their aliases)."""
    split = merged = country_total = country_ok = 0
    for ga in gold.actors:
        ids = _actor_ids(ga, out)
        if len(ids) > 1:
            split += 1
            s.misses.append(f"actor split: {ga['name']} -> {[out.actors[i]['name'] for i in ids]}")
        if ga["country"]:
            country_total += 1
            main = [
                out.actors[i] for i in ids if _actor_name(out.actors[i]["name"]) in {_norm(x) for x in ga["aliases"]}
            ]
            if main and any(a["country"] == ga["country"] for a in main):
                country_ok += 1
            else:
                s.misses.append(f"actor country: {ga['name']} -> {[a['country'] for a in main]} (gold {ga['country']})")
    for a in out.actors.values():
        owners = _gold_owners(a, gold)
        if len(owners) > 1:
            merged += 1
            s.misses.append(f"actors merged: {a['name']} holds {sorted(owners)}")
    s.figures["actors: split"] = split
    s.figures["actors: merged"] = merged
    s.figures["actors: country right (where stated)"] = country_ok / country_total if country_total else 0.0


def _score_documents(gold: GoldFile, out: _Output, s: Score) -> None:
    """Boilerplate phrases left in the clean texts, and publication dates read (the day)."""
    left = pub_ok = pub_total = 0
    for gd, d in out.documents(gold):
        for phrase in gd["boilerplate"]:
            if phrase.lower() in d["text"].lower():
                left += 1
                s.misses.append(f"boilerplate left: {gd['file']}: {phrase}")
        if gd["publication_date"]:
            pub_total += 1
            value = d["publication_date"]
            pub_ok += _known(value) and str(value)[:10] == gd["publication_date"]
    s.figures["boilerplate phrases left"] = left
    s.figures["publication dates read"] = f"{pub_ok}/{pub_total}"


def score_gold(output_dir: str, gold_path: str) -> Score:
    """Score the tables of `output_dir` against the gold file: quotes, dates, key events, actors, documents."""
    gold = read_gold(gold_path)
    out = _Output.read(output_dir)
    gold_actors = _GoldActors(gold)
    s = Score()
    _score_quotes(gold, out, gold_actors, s)
    _score_dates(gold, out, s)
    _score_events(gold, out, gold_actors, s)
    _score_actors(gold, out, s)
    _score_documents(gold, out, s)
    return s


# ---------------------------------------------------------------------------
# PLOVER gold standard records (one sentence each)


def code_sentences(texts: list[str]) -> list[list]:
    """Run parse -> actors -> quotes -> events on standalone sentences; events per sentence."""
    from pipeline.stages import events as events_mod

    return [
        [e for e, _ in pairs]
        for pairs in _code(
            texts, lambda doc, ms, qs: [(e, None) for e in events_mod.extract_events(doc, ms, [], qs, None)]
        )
    ]


def code_candidates(texts: list[str]) -> list[list[tuple]]:
    """The rule candidates of standalone sentences, each with the coder's distribution, before the coder decides:
    for choosing the coder's thresholds (evaluation.coder_tuning)."""
    from pipeline.stages import coder
    from pipeline.stages import events as events_mod

    def candidates(doc: Doc, ms: list, qs: list) -> list[tuple]:
        out = []
        for kind, pairs in zip(("rule", "proposal"), events_mod.candidates_of(doc, ms, [], qs, None)):
            for (_, e), dist in zip(pairs, coder.read_candidates([t for t, _ in pairs])):
                e.candidate_kind = kind
                out.append((e, dist))
        return out

    return _code(texts, candidates)


def _code(texts: list[str], events_of: Callable[[Doc, list, list], list[tuple]]) -> list[list[tuple]]:
    from pipeline.stages import actors as actors_mod
    from pipeline.stages import events as events_mod
    from pipeline.stages import quotes as quotes_mod
    from pipeline.stages.parse import load_model

    nlp = load_model()
    docs = list(nlp.pipe(texts, batch_size=64))
    mentions_per_doc = [actors_mod.extract_mentions(doc) for doc in docs]
    actors, actor_ids = actors_mod.resolve([(f"s{i}", m) for i, ms in enumerate(mentions_per_doc) for m in ms])
    by_id = {a.actor_id: a for a in actors}
    ids = iter(actor_ids)
    out = []
    for doc, ms in zip(docs, mentions_per_doc):
        actor_at = {m.start_char: by_id[next(ids)] for m in ms}  # events name their sources by start offset
        qs = quotes_mod.extract_quotes(doc, ms)
        pairs = events_of(doc, ms, qs)
        for m in ms:  # the social groups the events added (pipeline.stages.groups): an actor of their own
            if m.start_char not in actor_at:
                actor_at[m.start_char] = actors_mod.Actor("", m.name, m.type, m.country, m.sector, [m.text], 1, 1)
        span_at = {m.start_char: (m.start_char, m.end_char) for m in ms}
        for e, _ in pairs:
            e.source_spans = [span_at[start] for start in e.sources]
            e.target_spans = [span_at[start] for start in e.targets]
            e.source_actors = [actor_at[start] for start in e.sources]
            e.source_country = events_mod.source_country([a.country for a in e.source_actors], e.location_country)[0]
        out.append(pairs)
    return out


def _source_fits(actor: Actor, codes: set[str]) -> bool:
    """The actor is of one of the gold source's CAMEO codes: its country, or IGO for an IGO."""
    if actor.country and actor.country in codes:
        return True
    # an international organisation, or a person acting for one ("U.N. Secretary-General Kofi Annan"): CAMEO
    # codes both IGO
    return "IGO" in codes and actor.sector == "IGO"


def score_plover(path: str) -> Score:
    """Code each PLOVER gold sentence on its own and score the event types and source countries found."""
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
        src_ok = any(
            e.event_type == r["event"]
            and (
                any(_source_fits(a, r["source_codes"]) for a in e.source_actors)
                or e.source_country in r["source_codes"]
            )
            for e in evs
        )
        src_hit += src_ok
        if not hit:
            s.misses.append(f"{r['id']}: gold {r['event']}, got {types or 'nothing'}: {r['text'][:110]}")
        elif not src_ok:
            got = sorted(
                {a.name + "/" + (a.country or "-") for e in evs if e.event_type == r["event"] for a in e.source_actors}
            )
            s.misses.append(f"{r['id']}: source of {sorted(r['source_codes'])}, got {got or 'none'}: {r['text'][:110]}")
    n = len(records)
    s.figures["plover: sentences"] = n
    s.figures["plover: gold type among sentence's events"] = type_hit / n if n else 0.0
    s.figures["plover: extracted events with the gold type"] = extracted_right / extracted if extracted else 0.0
    s.figures["plover: gold type with source of gold country"] = src_hit / n if n else 0.0
    s.figures["plover: events per sentence"] = extracted / n if n else 0.0
    _plover_per_type(records, coded, s)
    reliability(
        [(e.confidence, int(e.event_type == r["event"])) for r, evs in zip(records, coded) for e in evs], s, "plover: "
    )
    return s


def reliability(pairs: list[tuple[float, int]], s: Score, prefix: str = "") -> None:
    """The reliability table of `events.confidence` (10 equal bins: events, mean confidence, share right) and the
    expected calibration error, added to a score."""
    from training.coder import expected_calibration_error

    ece, table = expected_calibration_error(pairs)
    s.figures[f"{prefix}confidence: expected calibration error (10 bins)"] = ece
    for bin_, n, conf, acc in table:
        s.figures[f"{prefix}  confidence {bin_}: {n:>4} events, mean {conf:.2f}, right {acc:.2f}"] = ""


def _plover_per_type(records: list[dict], coded: list[list], s: Score) -> None:
    """Per gold type: recall (an event of the type in the sentence) and precision (the sentence's events of the
    type that are the gold one); then the most frequent confusions (gold type -> a type found instead)."""
    gold_types = sorted({r["event"] for r in records})
    confusions: Counter = Counter()
    for t in gold_types:
        rows = [(r, evs) for r, evs in zip(records, coded) if r["event"] == t]
        found = sum(any(e.event_type == t for e in evs) for _, evs in rows)
        of_type = [(r, e) for r, evs in zip(records, coded) for e in evs if e.event_type == t]
        right = sum(r["event"] == t for r, _ in of_type)
        prec = right / len(of_type) if of_type else 0.0
        s.figures[f"plover:   {t:<10} recall {found / len(rows):.2f} precision {prec:.2f} (n={len(rows)})"] = ""
        for _, evs in rows:
            if not any(e.event_type == t for e in evs):
                confusions.update({(t, e.event_type) for e in evs} or {(t, "(none)")})
    for (g, p), k in confusions.most_common(8):
        s.figures[f"plover:   confusion {g} -> {p}"] = k


# ---------------------------------------------------------------------------
# stories: pairwise same-story precision and recall against gold groups


def _pairwise(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the same-group pairs of `pred` against those of `gold`."""

    def pairs(labels: list) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels).values())

    tp = pairs(list(zip(pred, gold)))
    p_all, g_all = pairs(pred), pairs(gold)
    p = tp / p_all if p_all else 1.0
    r = tp / g_all if g_all else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _group_articles(articles: list[dict], dated: bool) -> pd.DataFrame:
    """The documents table (deduplicated, grouped into stories) of the articles written as one JSON Lines file
    per source, with their dates or without them."""
    import tempfile

    from pipeline.tables import documents as documents_tables
    from pipeline.tables.sources import ingest_source

    sources = sorted({a["source"] for a in articles})
    with tempfile.TemporaryDirectory() as raw:
        for source in sources:
            folder = Path(raw) / source
            folder.mkdir()
            with open(folder / "articles.jsonl", "w", encoding="utf-8") as fh:
                for a in articles:
                    if a["source"] == source:
                        fh.write(
                            json.dumps(
                                {
                                    "id": a["id"],
                                    "title": a["title"],
                                    "text": a["text"],
                                    "published": a["date"] if dated else None,
                                }
                            )
                            + "\n"
                        )
        parts = [ingest_source(raw, s)[0] for s in sources]
        return documents_tables.group_stories(documents_tables.deduplicate(parts))


def _mixed_stories(pred: list[str], truth: list[str], titles: list[str]) -> list[str]:
    """The system stories that hold articles of several gold groups: their articles' groups and titles."""
    by_story: dict[str, list[str]] = {}
    for s, g, t in zip(pred, truth, titles):
        by_story.setdefault(s, []).append(f"{g[:8]} {t}")
    return [" | ".join(m) for m in by_story.values() if len({x[:8] for x in m}) > 1]


def score_stories(path: str, group_field: str = "triplet_uuid", cross_validate: bool = True) -> Score:
    """Run ingestion, deduplication and story grouping on the articles (as one JSON Lines file per
    source, with and without their dates) and score same-story pairs against the gold groups; then the
    hard negatives (pairs of gold groups on one topic, each pair grouped alone) and, with `cross_validate`,
    the figures of thresholds chosen by k-fold cross-validation over the gold groups (evaluation.stories_cv)."""
    from evaluation.stories_cv import score_cv

    articles = read_story_gold(path, group_field)
    gold = {a["id"]: a["group"] for a in articles}
    figures: dict = {"articles": len(articles), "gold groups": len(set(gold.values()))}
    misses: list[str] = []
    for dated in (True, False):
        docs = _group_articles(articles, dated)
        ids = [p.split("#", 1)[1] for p in docs["path"]]
        pred, truth = list(docs["story_id"]), [gold[i] for i in ids]
        p, r, f = _pairwise(pred, truth)
        tag = "with dates" if dated else "without dates"
        figures.update(
            {
                f"{tag}: pairwise precision": p,
                f"{tag}: pairwise recall": r,
                f"{tag}: pairwise F1": f,
                f"{tag}: stories": len(set(pred)),
                f"{tag}: duplicates merged": int(docs["duplicate_of"].notna().sum()),
            }
        )
        if not dated:
            misses += _mixed_stories(pred, truth, list(docs["title"]))
    figures.update(score_cv(articles, with_cv=cross_validate))
    return Score(figures=figures, misses=misses)
