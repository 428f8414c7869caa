"""The actors and actor_mentions tables: mentions of all documents resolved to actors across the corpus."""
from __future__ import annotations

import pandas as pd

from pipeline.stages import actors as actors_mod
from pipeline.stages import segment
from pipeline.stages.annotate import mentions_from_records
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations


def build_actors(store: TableStore, docs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    from schemas import ActorMentions, Actors

    mentions = []
    for row, ann in iter_annotations(store, docs):
        mentions.extend(mentions_from_records(row["doc_id"], ann["mentions"]))
    actors, assign = actors_mod.resolve(mentions)
    mention_rows = [{
        "mention_id": f"{m.doc_id}:m{m.start_char}", "doc_id": m.doc_id,
        "sentence_id": segment.sentence_id(m.doc_id, m.sent_index), "start_char": m.start_char,
        "end_char": m.end_char, "text": m.text, "actor_id": assign[id(m)],
    } for m in mentions]
    mention_rows.sort(key=lambda r: (r["doc_id"], r["start_char"]))
    return frame([a.__dict__.copy() for a in actors], Actors), frame(mention_rows, ActorMentions)
