"""Lookups and the generic row shared by the table builders."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.stages.records import column_fields


def table_row(kind: type, record: dict[str, Any], **computed: Any) -> dict[str, Any]:
    """A table row from a cached record of `kind`: its fields that are columns, copied by name, and the columns
    the builder computes (IDs and links: the builder lists them in its COMPUTED)."""
    return {**computed, **{name: record[name] for name in column_fields(kind)}}


def actor_by_mention(mentions: pd.DataFrame) -> dict[tuple[str, int], str]:
    """(doc_id, mention start offset) -> actor_id, from the actor_mentions table."""
    return {(d, int(s)): a for d, s, a in zip(mentions["doc_id"], mentions["start_char"], mentions["actor_id"])}


def actor_of_offset(actor_of: dict[tuple[str, int], str], doc_id: str, start: int | None) -> str | None:
    """The actor of the mention starting at `start` in the document (None for no mention)."""
    return actor_of.get((doc_id, start)) if start is not None else None


def doc_info(docs: pd.DataFrame) -> dict[str, tuple]:
    """doc_id -> (story_id, source, order key: earliest published first, undated last)."""
    import datetime as dt

    return {
        d: (st, src, (dt.date.max if pd.isna(p) else p, d))
        for d, st, src, p in zip(docs["doc_id"], docs["story_id"], docs["source"], docs["publication_date"])
    }
