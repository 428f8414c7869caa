"""`python -m pipeline sample-events`: N events drawn at random from an output directory, each with its sentence
(trigger, source and target marked), its actors as resolved, its date and the article's title, source and
publication date, numbered for a person to judge (relevant? rightly typed? right in every field?)."""

from __future__ import annotations

import random

import pandas as pd

from pipeline.store.storage import TableStore


def _mark(sentence: str, start: int, spans: list[tuple[int, int, str]]) -> str:
    """The sentence with [spans] marked; span offsets are document offsets, `start` the sentence's."""
    out, pos = [], 0
    for s, e, tag in sorted(
        (s - start, e - start, tag) for s, e, tag in spans if start <= s and e - start <= len(sentence)
    ):
        if s < pos:
            continue
        out += [sentence[pos:s], f"[{tag} ", sentence[s:e], "]"]
        pos = e
    out.append(sentence[pos:])
    return "".join(out)


def draw(table: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """`n` rows drawn at random (all when the table is smaller), in table order; the same seed draws the same."""
    return table.iloc[sorted(random.Random(seed).sample(range(len(table)), min(n, len(table))))]


def spans_by_doc(mentions: pd.DataFrame) -> pd.Series:
    """doc_id -> [start_char, end_char, actor_id] of each actor mention in it."""
    return mentions.groupby("doc_id")[["start_char", "end_char", "actor_id"]].apply(lambda g: g.values.tolist())


def _actor_line(ids: object, actors: pd.DataFrame) -> str:
    names = []
    for a in list(ids) if ids is not None else []:
        if a in actors.index:
            row = actors.loc[a]
            names.append(f"{row['name']} ({row['type']}, {row['country'] if pd.notna(row['country']) else '-'})")
    return "; ".join(names) or "-"


def sample_events(output_dir: str, n: int = 60, seed: int = 0) -> list[str]:
    """Printable blocks for `n` random events of the output (fewer when the table is smaller)."""
    store = TableStore(output_dir)
    events = store.read("events")
    if not len(events):
        return []
    docs = store.read("documents").set_index("doc_id")
    sentences = store.read("sentences").set_index("sentence_id")
    mentions = store.read("actor_mentions")
    actors = store.read("actors").set_index("actor_id")
    spans_of = spans_by_doc(mentions)
    rows = draw(events, n, seed)
    blocks = []
    for k, (_, e) in enumerate(rows.iterrows(), 1):
        sent = sentences.loc[e["sentence_id"]]
        doc = docs.loc[e["doc_id"]]
        role = {a: "S" for a in e["source_actor_ids"]} | {a: "T" for a in e["target_actor_ids"]}
        marks = [(int(e["trigger_start"]), int(e["trigger_end"]), "EVT")]
        marks += [(int(s), int(t), role[a]) for s, t, a in spans_of.get(e["doc_id"], []) if a in role]
        flags = [f for f, on in (("claim", e["is_claim"]), ("negated", e["negated"])) if on]
        blocks.append(
            "\n".join(
                [
                    f"#{k} {e['event_type']}{'/' + e['mode'] if pd.notna(e['mode']) else ''} "
                    f"({e['modality']}{', ' + ', '.join(flags) if flags else ''})  confidence {e['confidence']:.2f}, "
                    f"typed by {e['type_source']}  {e['event_id']}",
                    f"   article: {doc['title'] if pd.notna(doc['title']) else '(untitled)'} | {doc['source']} | "
                    f"{doc['publication_date'] if pd.notna(doc['publication_date']) else 'undated'}",
                    f"   sentence: {_mark(sent['text'], int(sent['start_char']), marks)}",
                    f"   source: {e['source_text']} -> {_actor_line(e['source_actor_ids'], actors)}",
                    f"   target: {e['target_text']} -> {_actor_line(e['target_actor_ids'], actors)}",
                    f"   date: {e['date']} ({e['date_source']})",
                ]
            )
        )
    return blocks


def split_names(actors: pd.DataFrame) -> dict[str, int]:
    """Names (case and spacing folded) that several actor ids bear, with how many: one entity split in two."""
    folded = actors["name"].map(lambda n: " ".join(str(n).casefold().split()))
    per_name = actors.groupby(folded)["actor_id"].nunique()
    return {name: int(k) for name, k in per_name[per_name > 1].items()}


def sample_actors(output_dir: str, n: int = 40, seed: int = 0, evidence: int = 3) -> list[str]:
    """Printable blocks for `n` random actors: name, type, country (and where it comes from), sector, aliases, and
    up to `evidence` of their mentions in their sentences, for a person to judge (right name? type? country?).
    `split_names` counts the names that several actor ids bear."""
    store = TableStore(output_dir)
    actors = store.read("actors")
    if not len(actors):
        return []
    docs = store.read("documents").set_index("doc_id")
    sentences = store.read("sentences").set_index("sentence_id")
    mentions = store.read("actor_mentions")
    by_actor = {a: g for a, g in mentions.groupby("actor_id")}
    rows = draw(actors, n, seed)
    blocks = []
    for k, (_, a) in enumerate(rows.iterrows(), 1):
        country = a["country"] if pd.notna(a["country"]) else "-"
        basis = f" ({a['country_source']})" if pd.notna(a["country_source"]) else ""
        aliases = ", ".join(list(a["aliases"])[:5]) if a["aliases"] is not None and len(a["aliases"]) else "-"
        lines = [
            f"#{k} {a['name']}  [{a['type']}, country {country}{basis}, sector "
            f"{a['sector'] if pd.notna(a['sector']) else '-'}]  {a['actor_id']}",
            f"   {a['n_mentions']} mentions in {a['n_documents']} documents; aliases: {aliases}",
        ]
        for _, m in by_actor.get(a["actor_id"], mentions.iloc[:0]).head(evidence).iterrows():
            sent = sentences.loc[m["sentence_id"]] if m["sentence_id"] in sentences.index else None
            title = docs.loc[m["doc_id"], "title"] if m["doc_id"] in docs.index else None
            text = (
                _mark(sent["text"], int(sent["start_char"]), [(int(m["start_char"]), int(m["end_char"]), "A")])
                if sent is not None
                else m["text"]
            )
            lines.append(f"   - {title if isinstance(title, str) else '(untitled)'}: {text}")
        blocks.append("\n".join(lines))
    return blocks
