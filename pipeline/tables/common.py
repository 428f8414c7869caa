"""Lookups shared by the table builders."""
from __future__ import annotations

import pandas as pd


def actor_by_mention(mentions: pd.DataFrame) -> dict[tuple[str, int], str]:
    return {(d, int(s)): a for d, s, a in zip(mentions["doc_id"], mentions["start_char"], mentions["actor_id"])}


def doc_info(docs: pd.DataFrame) -> dict[str, tuple]:
    """doc_id -> (story_id, source, order key: earliest published first, undated last)."""
    import datetime as dt

    return {d: (st, src, (dt.date.max if pd.isna(p) else p, d))
            for d, st, src, p in zip(docs["doc_id"], docs["story_id"], docs["source"], docs["publication_date"])}
