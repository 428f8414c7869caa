"""One pass per document: parse once (cached by the exact text's hash), annotate once (cached by the text,
the publication date and the version of the per-document stages)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from pipeline.config import settings
from pipeline.ids import text_hash
from pipeline.stages.annotate import annotate
from pipeline.stages.parse import Parser, ParseWorker, blank_model, doc_from_bytes, doc_to_bytes, parse_texts
from pipeline.store.storage import TableStore
from pipeline.versioning import combine

if TYPE_CHECKING:
    from spacy.language import Language


def canonical(docs: pd.DataFrame) -> pd.DataFrame:
    return docs[docs["duplicate_of"].isna()].sort_values("doc_id").reset_index(drop=True)


def _pub_date(row: dict):
    value = row.get("publication_date")
    return None if value is None or pd.isna(value) else value


def parse_key(row: dict) -> str:
    """A document's parse is saved under its exact text (two texts equal up to case or spacing have other
    offsets and words: each its own parse)."""
    return text_hash(row["text"])


def annotation_key(row: dict) -> str:
    return combine(parse_key(row), str(_pub_date(row)))


KEY_COLUMNS = ["doc_id", "content_hash", "publication_date", "text"]


def parse_in_worker(setting: bool | None, to_parse: int) -> bool:
    """Whether the parse of `to_parse` texts runs in a worker process: as set (SpacyModel.parse_in_worker),
    else from run.parse_worker_from_texts texts (below it, starting a second interpreter with the model costs more
    than the overlap saves) where a worker can start."""
    if setting is not None:
        return setting and to_parse > 0
    return to_parse >= settings().run.parse_worker_from_texts and ParseWorker.available()


def unparsed_texts(store: TableStore, files: list) -> int:
    """How many distinct texts of the staged document files have no saved parse yet."""
    import pyarrow.parquet as pq

    hashes = {text_hash(t) for f in files for t in pq.read_table(f, columns=["text"]).column(0).to_pylist()}
    return sum(not store.has_parse(h) for h in hashes)


def annotate_documents(
    store: TableStore,
    parser: Parser,
    docs: pd.DataFrame,
    progress: Callable[[int], None] | None = None,
    in_worker: bool | None = None,
) -> dict[str, int]:
    """Make sure every canonical document has a parse and annotations; return what was done.

    `parser` gives the model (only loaded when something is parsed in this process) and the parse worker.
    Documents stream through in chunks: only a chunk's texts are taken out of the table at a
    time, and each chunk is parsed inside a spaCy memory zone (the strings and lexemes it adds
    to the vocabulary are dropped afterwards), so memory does not grow with the corpus.

    With `in_worker` (see parse_in_worker: by default from run.parse_worker_from_texts texts) the model
    parses in a child process while this one restores the finished parses into a blank English
    vocabulary and runs the per-document rules on them; the annotations are the same either way
    (a saved parse holds every attribute the rules read). Saved parses are restored the same way.
    """
    canon = canonical(docs)
    keys = [annotation_key(r) for r in canon[KEY_COLUMNS].to_dict("records")]
    need = [i for i, k in enumerate(keys) if not store.has_annotation(k)]
    counts = {"documents": len(canon), "annotated": len(need), "reused": len(canon) - len(need), "parsed": 0}
    if progress and counts["reused"]:
        progress(counts["reused"])
    if not need:
        parser.close()
        return counts
    size = settings().run.parse_chunk_documents
    chunks = [need[s : s + size] for s in range(0, len(need), size)]
    fresh_of = _texts_to_parse(store, np.array([text_hash(t) for t in canon["text"]], dtype=object), chunks)
    to_parse = sum(map(len, fresh_of))
    worker = parser.take_worker() if parse_in_worker(in_worker, to_parse) else None
    if worker is None:
        parser.close()
    # the model only when this process parses; restoring a saved parse needs only a vocabulary
    nlp = parser.model() if to_parse and worker is None else blank_model()
    try:
        # the child gets each chunk's texts as soon as it is ready for them
        parsed_elsewhere = worker.parse(canon["text"].iloc[fresh].tolist() for fresh in fresh_of) if worker else None
        for chunk, fresh in zip(chunks, fresh_of):
            rows = canon.iloc[chunk][KEY_COLUMNS].to_dict("records")
            is_fresh = set(fresh)
            with nlp.memory_zone():
                fresh_rows = [r for i, r in zip(chunk, rows) if i in is_fresh]
                counts["parsed"] += _annotate_fresh(store, nlp, fresh_rows, parsed_elsewhere, progress)
                _annotate_saved(store, nlp, [r for i, r in zip(chunk, rows) if i not in is_fresh], progress)
    finally:
        if worker is not None:
            worker.close()
    if worker is not None and worker.peak_rss is not None:
        counts["parse_worker_peak_rss"] = worker.peak_rss
    return counts


def _texts_to_parse(store: TableStore, hashes: np.ndarray, chunks: list[list[int]]) -> list[list[int]]:
    """For each chunk, the documents whose text must be parsed: each text once. A canonical copy of a text
    another one is parsing (the same words on other days) restores that parse, after it in its chunk."""
    planned: set[str] = set()
    fresh_of: list[list[int]] = []
    for chunk in chunks:
        fresh_of.append([])
        for i in chunk:
            if hashes[i] not in planned and not store.has_parse(hashes[i]):
                planned.add(hashes[i])
                fresh_of[-1].append(i)
    return fresh_of


def _annotate_fresh(
    store: TableStore,
    nlp: Language,
    rows: list[dict],
    parsed_elsewhere: Iterator[bytes] | None,
    progress: Callable[[int], None] | None,
) -> int:
    """Parse `rows` (here, or take the worker's next parses), save each parse and annotate it."""
    # (saved parse, the live doc when parsed here)
    parsed = (
        ((data, None) for data in parsed_elsewhere)
        if parsed_elsewhere is not None
        else ((doc_to_bytes(doc), doc) for doc in parse_texts(nlp, [r["text"] for r in rows]))
    )
    done = 0
    for row, (data, doc) in zip(rows, parsed):
        store.write_parse(parse_key(row), data)
        if doc is None:
            doc = doc_from_bytes(data, nlp.vocab)
        store.write_annotation(annotation_key(row), annotate(doc, _pub_date(row)))
        done += 1
        if progress:
            progress(1)
    return done


def _annotate_saved(store: TableStore, nlp: Language, rows: list[dict], progress: Callable[[int], None] | None) -> None:
    """Annotate documents whose parse is saved: restored into `nlp`'s vocabulary, never parsed again."""
    for row in rows:
        doc = doc_from_bytes(store.read_parse(parse_key(row)), nlp.vocab)
        store.write_annotation(annotation_key(row), annotate(doc, _pub_date(row)))
        if progress:
            progress(1)


def iter_annotations(store: TableStore, docs: pd.DataFrame) -> Iterator[tuple[dict, dict]]:
    """(document key columns, its annotations) for every canonical document, in doc_id order."""
    for row in canonical(docs)[KEY_COLUMNS].to_dict("records"):
        yield row, store.read_annotation(annotation_key(row))
