"""Progress for people running `python -m pipeline run`: a bar over documents, a line per stage.

Off unless the command line turns it on; inside the Dagster UI, assets log instead.
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager

ENABLED = False


def stage_done(name: str, rows: int, seconds: float, extra: str = "") -> None:
    if ENABLED:
        print(f"  ✓ {name:<15} {rows:>7,} rows  {seconds:6.1f}s{('  ' + extra) if extra else ''}", file=sys.stderr, flush=True)


@contextmanager
def bar(total: int, desc: str):
    """Yield an `advance(n)` callable; draws a tqdm bar when enabled."""
    if not ENABLED or total == 0:
        yield lambda n=1: None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=f"  {desc}", unit="doc", file=sys.stderr, leave=False) as t:
        yield t.update


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
