"""Articles with gold same-story groups, as JSON Lines (optionally gzipped) in BASIL's format."""

from __future__ import annotations

import gzip
import json


def read_story_gold(path: str, group_field: str = "triplet_uuid") -> list[dict]:
    """[{id, title, text, date, source, group}] from JSON Lines (optionally .gz) articles with id, title, text,
    date, a source field (`category`, else `source`) and the gold group in `group_field`. Ids are the articles'
    positions in the file (00000, 00001, ...)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [
        {
            "id": f"{i:05d}",
            "title": r.get("title"),
            "text": r.get("text") or "",
            "date": r.get("date"),
            "source": str(r.get("category") or r.get("source") or "unknown"),
            "group": r[group_field],
        }
        for i, r in enumerate(rows)
    ]
