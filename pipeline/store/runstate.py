"""A rerun with nothing new costs next to nothing.

`python -m pipeline run` records, after a successful run, what it saw: the raw files (path, size, modification
time), the output tables' files, and the versions of every table and cache (pipeline.versioning).
When a later run finds all three the same, nothing could change, so it stops before starting Dagster, which is
most of the cost of an idle run (scheduled runs every few minutes, a backfill re-launched). Anything different,
a table touched by another run (the Dagster UI) or a missing record: the full run, whose assets skip what is
unchanged anyway. Local folders only; object-store locations always run.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

MANIFEST = Path("_meta") / "last_run.json"
WORKING = {"_meta", "_cache", "_staging"}  # the pipeline's own working state, not tables


def _tree(root: Path, skip: set[str] = frozenset()) -> str:
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        if rel.parts and rel.parts[0] in skip:
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if not (not rel.parts and d in skip))
        for name in sorted(filenames):
            st = os.stat(os.path.join(dirpath, name))
            h.update(f"{(rel / name).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def state(raw: Path, out: Path) -> dict[str, str]:
    """What the last successful run saw: the versions of every table and cache (pipeline.versioning, under the
    settings in force), the raw files and the output tables' files."""
    from pipeline.versioning import run_version

    return {"versions": run_version(), "raw": _tree(raw), "output": _tree(out, WORKING)}


def unchanged(raw: Path, out: Path) -> bool:
    """True when the last successful run saw exactly these raw files, output tables and code."""
    path = out / MANIFEST
    if not path.is_file():
        return False
    try:
        return json.loads(path.read_text(encoding="utf-8")) == state(raw, out)
    except (OSError, ValueError):
        return False


def record(raw: Path, out: Path) -> None:
    path = out / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(state(raw, out), indent=1), encoding="utf-8")


def forget(out: Path) -> None:
    (out / MANIFEST).unlink(missing_ok=True)
