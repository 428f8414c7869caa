"""PLOVER gold standard records (PLOVER-GSR JSON): one sentence each, with its event type and source actors.

Records of PLOVER 0.5 types are read under their PLOVER 1.0 names (`PLOVER_05_TO_10`); document-level
records and records without text are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

PLOVER_05_TO_10 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def load_plover_records(path: str | Path) -> list[dict]:
    """[{id, text, event, source_codes}]: the gold event type and the CAMEO codes of the source actors."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        codes = {a.get("code") for a in (r.get("source") or []) if isinstance(a, dict) and a.get("code")}
        out.append(
            {
                "id": r["id"],
                "text": r["text"],
                "event": PLOVER_05_TO_10.get(r["event"], r["event"]),
                "source_codes": codes,
            }
        )
    return out
