"""The sentences table: each document's sentence records with their IDs."""

from __future__ import annotations

import pandas as pd

from pipeline.stages import segment
from pipeline.stages.records import Sentence
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations
from pipeline.tables.common import table_row

RECORD = Sentence
COMPUTED = ("sentence_id", "doc_id")  # the columns this builder adds to the record's


def build_sentences(store: TableStore, docs: pd.DataFrame) -> pd.DataFrame:
    from schemas import Sentences

    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        rows.extend(
            table_row(RECORD, s, sentence_id=segment.sentence_id(did, s["index"]), doc_id=did) for s in ann["sentences"]
        )
    return frame(rows, Sentences)
