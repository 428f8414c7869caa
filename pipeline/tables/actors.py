"""The actors and actor_mentions tables: mentions of all documents resolved to actors across the corpus."""

from __future__ import annotations

import dataclasses

import pandas as pd

from pipeline.stages import actors as actors_mod
from pipeline.stages import segment
from pipeline.stages.records import Mention, from_cache
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations
from pipeline.tables.common import table_row

RECORD = Mention  # the actor_mentions table's; the actors table is actors.Actor, every field a column
COMPUTED = ("mention_id", "doc_id", "sentence_id", "actor_id")  # the columns this builder adds to the record's


def build_actors(store: TableStore, docs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    from schemas import ActorMentions, Actors

    cached = [(row["doc_id"], m) for row, ann in iter_annotations(store, docs) for m in ann["mentions"]]
    records = from_cache(Mention, [m for _, m in cached])
    actors, actor_ids = actors_mod.resolve([(did, r) for (did, _), r in zip(cached, records)])
    mention_rows = [
        table_row(
            RECORD,
            m,
            mention_id=f"{did}:m{m['start_char']}",
            doc_id=did,
            sentence_id=segment.sentence_id(did, m["sent_index"]),
            actor_id=aid,
        )
        for (did, m), aid in zip(cached, actor_ids)
    ]
    mention_rows.sort(key=lambda r: (r["doc_id"], r["start_char"]))
    return frame([dataclasses.asdict(a) for a in actors], Actors), frame(mention_rows, ActorMentions)
