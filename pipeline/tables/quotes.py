"""The quotes table: each document's quote records, speakers linked to actors, repeated quotes grouped."""
from __future__ import annotations

import pandas as pd

from pipeline.stages import segment, stories
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations
from pipeline.tables.common import actor_by_mention, doc_info


def build_quotes(store: TableStore, docs: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    from schemas import Quotes

    actor_of = actor_by_mention(mentions)
    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        for q in ann["quotes"]:
            rows.append({
                "quote_id": f"{did}:q{q['start_char']}", "doc_id": did, "sentence_id": segment.sentence_id(did, q["sent_index"]),
                "start_char": q["start_char"], "end_char": q["end_char"], "text": q["text"], "speaker": q["speaker"],
                "speaker_actor_id": actor_of.get((did, q["speaker_mention"])) if q["speaker_mention"] is not None else None,
                "cue": q["cue"], "attribution": q["attribution"], "is_fragment": q["is_fragment"], "closed": q["closed"],
            })
    info = doc_info(docs)
    groups = stories.quote_groups([{**r, "story_id": info[r["doc_id"]][0], "order": (info[r["doc_id"]][2], r["start_char"])}
                                   for r in rows])
    for r in rows:
        r["quote_group_id"] = groups[r["quote_id"]]
    return frame(rows, Quotes)
