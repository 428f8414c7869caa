"""The dates table: each document's temporal expressions with their IDs and sentences."""

from __future__ import annotations

import bisect

import pandas as pd

from pipeline.stages import segment
from pipeline.stages.dates import DateMention
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations
from pipeline.tables.common import table_row

RECORD = DateMention
COMPUTED = ("date_id", "doc_id", "sentence_id")  # the columns this builder adds to the record's


def _sid(doc_id_: str, starts: list[int], char: int) -> str:
    return segment.sentence_id(doc_id_, max(bisect.bisect_right(starts, char) - 1, 0))


def build_dates(store: TableStore, docs: pd.DataFrame) -> pd.DataFrame:
    from schemas import Dates

    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        starts = [s["start_char"] for s in ann["sentences"]]
        rows.extend(
            table_row(
                RECORD,
                d,
                date_id=f"{did}:t{d['start_char']}",
                doc_id=did,
                sentence_id=_sid(did, starts, d["start_char"]),
            )
            for d in ann["dates"]
        )
    return frame(rows, Dates)
