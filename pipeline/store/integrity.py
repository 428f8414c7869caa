"""Cross-table integrity: every doc_id, sentence_id and actor id a table references exists, and every char span
slices `documents.text` to the text its row claims."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pipeline.store.storage import TableStore

REFERENCES = {
    "sentences": [("doc_id", "documents", "doc_id")],
    "dates": [("doc_id", "documents", "doc_id"), ("sentence_id", "sentences", "sentence_id")],
    "actor_mentions": [
        ("doc_id", "documents", "doc_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("actor_id", "actors", "actor_id"),
    ],
    "quotes": [
        ("doc_id", "documents", "doc_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("speaker_actor_id", "actors", "actor_id"),
    ],
    "events": [
        ("doc_id", "documents", "doc_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("source_actor_id", "actors", "actor_id"),
        ("target_actor_id", "actors", "actor_id"),
        ("claimant_actor_id", "actors", "actor_id"),
        ("story_event_id", "story_events", "story_event_id"),
    ],
    "documents": [("story_id", "stories", "story_id")],
    "story_events": [
        ("story_id", "stories", "story_id"),
        ("first_event_id", "events", "event_id"),
        ("first_doc_id", "documents", "doc_id"),
    ],
    "stories": [],
}
# list columns of actor ids
LIST_REFERENCES = {
    "events": ("source_actor_ids", "target_actor_ids"),
    "story_events": ("source_actor_ids", "target_actor_ids"),
    "stories": ("main_actor_ids",),
}


def referenced_tables(table: str) -> list[str]:
    refs = {ref for _, ref, _ in REFERENCES[table]} | ({"actors"} if table in LIST_REFERENCES else set())
    return sorted(refs - {table})


def dangling(store: TableStore, table: str) -> dict[str, int]:
    """Column -> number of values that point to no row of the referenced table."""
    df = store.read(table)
    out = {}
    for col, ref_table, ref_col in REFERENCES.get(table, []):
        known = set(store.read(ref_table)[ref_col])
        values = df[col].dropna()
        out[col] = int((~values.isin(known)).sum())
    if table in LIST_REFERENCES:
        actors = set(store.read("actors")["actor_id"])
        for col in LIST_REFERENCES[table]:
            out[col] = int(sum(1 for ids in df[col] for a in ids if a not in actors))
    return out


# ---------------------------------------------------------------------------
# Character spans


@dataclass(frozen=True)
class SpanSpec:
    """Where a table's rows point into `documents.text`, and what they claim is there.

    `how` says how `text` relates to the span:
    * "exact": text == documents.text[start:end];
    * "ends": the text ends at `end` and takes in the span: text == documents.text[end - len(text):end] with
      end - len(text) <= start (a mention's text keeps the title before the name; a trigger the intention verb
      before the predicate, "vowed to deepen");
    * "trimmed": text == documents.text[start:end].strip() (for a table whose span may keep surrounding spaces;
      none does now: quotes trim theirs to their words).
    `in_sentence`, when set, is an offset that lies in the row's sentence (`sentence_id`):
    sentences.start_char <= offset < sentences.end_char."""

    id: str
    start: str
    end: str
    text: str
    how: str
    in_sentence: str | None = None


SPANS = {
    "sentences": SpanSpec("sentence_id", "start_char", "end_char", "text", "exact"),
    "dates": SpanSpec("date_id", "start_char", "end_char", "text", "exact", in_sentence="start_char"),
    "actor_mentions": SpanSpec("mention_id", "start_char", "end_char", "text", "ends", in_sentence="start_char"),
    "quotes": SpanSpec("quote_id", "start_char", "end_char", "text", "exact"),
    "events": SpanSpec("event_id", "trigger_start", "trigger_end", "trigger", "ends", in_sentence="trigger_start"),
}


@dataclass
class SpanReport:
    """What `span_mismatches` found in one table: counts by kind of failure, and the first bad rows."""

    rows: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    examples: pd.DataFrame | None = None

    @property
    def passed(self) -> bool:
        return not any(self.counts.values())


def _slices(spec: SpanSpec, text: str, start: np.ndarray, end: np.ndarray, claimed: np.ndarray) -> list:
    """What one document's text holds at its rows' spans, in the form `spec.how` compares with the claimed text."""
    if spec.how == "exact":
        return [text[s:e] for s, e in zip(start, end)]
    if spec.how == "trimmed":
        return [text[s:e].strip() for s, e in zip(start, end)]
    # "ends": the claimed text ends at `end` and takes in the span
    return [
        text[e - len(c) : e] if isinstance(c, str) and e - len(c) <= s else None for s, e, c in zip(start, end, claimed)
    ]


def span_mismatches(
    table: str,
    rows: pd.DataFrame,
    documents: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    max_examples: int = 20,
) -> SpanReport:
    """Every char span of `rows` (a table of SPANS) checked against `documents.text`: the offsets lie in the text
    (0 <= start <= end <= len(text)) and slice it to the text the row claims; with `sentences`, the row's offset
    lies in its sentence too. Bounds and sentences are checked on whole columns at once, the slices one document
    at a time with its text looked up once: linear in the rows and the text. Rows whose document or sentence is
    missing are the reference check's (`dangling`)."""
    spec = SPANS[table]
    texts = dict(zip(documents["doc_id"], documents["text"]))
    doc_ids = rows["doc_id"].to_numpy(dtype=object)
    known = rows["doc_id"].isin(texts.keys()).to_numpy(dtype=bool)
    n_chars = rows["doc_id"].map({d: len(t) for d, t in texts.items()}).to_numpy(dtype=float)
    start, end = rows[spec.start].to_numpy(dtype=float), rows[spec.end].to_numpy(dtype=float)
    claimed = rows[spec.text].to_numpy(dtype=object)
    with np.errstate(invalid="ignore"):
        inside = known & (start >= 0) & (start <= end) & (end <= n_chars)
    sliced = np.full(len(rows), None, dtype=object)
    checked = np.flatnonzero(inside)
    starts, ends = np.where(inside, start, 0).astype(np.int64), np.where(inside, end, 0).astype(np.int64)
    for doc_id, group in pd.Series(checked).groupby(doc_ids[checked], sort=False).indices.items():
        pos = checked[group]
        sliced[pos] = _slices(spec, texts[doc_id], starts[pos], ends[pos], claimed[pos])
    bad = {
        f"{spec.start}/{spec.end} outside the document": known & ~inside,
        f"{spec.text} is not the text at {spec.start}/{spec.end}": inside & (sliced != claimed),
    }
    if sentences is not None and spec.in_sentence is not None:
        bounds = sentences.set_index("sentence_id")[["start_char", "end_char"]]
        of_row = bounds.reindex(rows["sentence_id"].to_numpy())
        s_start, s_end = of_row["start_char"].to_numpy(dtype=float), of_row["end_char"].to_numpy(dtype=float)
        offset = rows[spec.in_sentence].to_numpy(dtype=float)
        found = ~np.isnan(s_start)
        with np.errstate(invalid="ignore"):
            bad[f"{spec.in_sentence} outside its sentence"] = found & ~((s_start <= offset) & (offset < s_end))
    report = SpanReport(rows=len(rows), counts={k: int(v.sum()) for k, v in bad.items()})
    any_bad = np.logical_or.reduce(list(bad.values())) if len(rows) else np.zeros(0, dtype=bool)
    if any_bad.any():
        columns = list(dict.fromkeys([spec.id, spec.start, spec.end, spec.text]))
        report.examples = (
            rows.loc[any_bad, columns].head(max_examples).assign(**{"text at the span": sliced[any_bad][:max_examples]})
        )
    return report


def span_report(store: TableStore, table: str) -> SpanReport:
    """`span_mismatches` of a stored table against the stored documents (and sentences)."""
    spec = SPANS[table]
    columns = list(dict.fromkeys([spec.id, "doc_id", spec.start, spec.end, spec.text]))
    sentences = None
    if spec.in_sentence is not None:
        columns.append("sentence_id")
        sentences = store.read("sentences")[["sentence_id", "start_char", "end_char"]]
    return span_mismatches(table, store.read(table)[columns], store.read("documents")[["doc_id", "text"]], sentences)
