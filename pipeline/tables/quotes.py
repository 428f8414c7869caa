"""The quotes table: each document's quote records, speakers linked to actors, repeated quotes grouped."""

from __future__ import annotations

import pandas as pd

from pipeline.stages import segment, stories
from pipeline.stages.records import Quote
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations
from pipeline.tables.common import actor_by_mention, actor_of_offset, doc_info, table_row

RECORD = Quote
# the columns this builder adds to the record's
COMPUTED = ("quote_id", "doc_id", "sentence_id", "speaker_actor_id", "quote_group_id")


def build_quotes(store: TableStore, docs: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    from schemas import Quotes

    actor_of = actor_by_mention(mentions)
    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        rows.extend(
            table_row(
                RECORD,
                q,
                quote_id=f"{did}:q{q['start_char']}",
                doc_id=did,
                sentence_id=segment.sentence_id(did, q["sent_index"]),
                speaker_actor_id=actor_of_offset(actor_of, did, q["speaker_mention"]),
            )
            for q in ann["quotes"]
        )
    info = doc_info(docs)
    groups = stories.quote_groups(
        [{**r, "story_id": info[r["doc_id"]][0], "order": (info[r["doc_id"]][2], r["start_char"])} for r in rows]
    )
    for r in rows:
        r["quote_group_id"] = groups[r["quote_id"]]
    return frame(rows, Quotes)
