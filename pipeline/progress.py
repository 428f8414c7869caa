"""Progress for people running `python -m pipeline run`: a bar over documents, a line per stage.

Off unless the command line turns it on; inside the Dagster UI, assets log instead.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

ENABLED = False


def peak_memory() -> int:
    """Peak resident memory of this process so far, in bytes (Linux reports KiB, macOS bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def current_memory() -> int | None:
    """Resident memory of this process now, in bytes (Linux); None elsewhere."""
    try:
        with open("/proc/self/statm") as f:
            import os

            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def release_memory(collect: bool = True) -> None:
    """Hand freed memory back to the system after a corpus-wide stage: collect cycles (a full collection
    costs a few tenths of a second with the model loaded: only where a stage made many), then ask glibc
    to return its free pages (malloc_trim), so one stage's temporary objects do not stay resident
    through the next stages. A no-op where glibc is not the allocator."""
    import ctypes
    import gc

    if collect:
        gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def use_system_allocator() -> None:
    """Arrow's bundled allocator (mimalloc or jemalloc) keeps the pages it frees, so reading a large table once
    leaves its size resident for the rest of the run. The system allocator hands them back (with malloc_trim
    after each corpus stage, see release_memory). Called by the run's resources, never on import;
    ARROW_DEFAULT_MEMORY_POOL still overrides."""
    import os

    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def stage_done(name: str, rows: int, seconds: float, extra: str = "") -> None:
    if ENABLED:
        now = current_memory()
        print(
            f"  ✓ {name:<15} {rows:>7,} rows  {seconds:6.1f}s  peak {peak_memory() / 2**30:.2f} GiB"
            f"{f' (now {now / 2**30:.2f})' if now else ''}{('  ' + extra) if extra else ''}",
            file=sys.stderr,
            flush=True,
        )


@contextmanager
def bar(total: int, desc: str) -> Iterator[Callable[..., object]]:
    """Yield an `advance(n)` callable; when enabled, draws a tqdm bar on a terminal and prints plain lines
    elsewhere (a log file or a pipe gets no carriage returns)."""
    if not ENABLED or total == 0:
        yield lambda n=1: None
        return
    if not _is_terminal(sys.stderr):
        yield _lines(total, desc)
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=f"  {desc}", unit="doc", file=sys.stderr, leave=False) as t:
        yield t.update


def _is_terminal(stream: object) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


def _lines(total: int, desc: str, steps: int = 10) -> Callable[..., None]:
    """An `advance(n)` that prints one line each time another tenth of `total` is done: `  parsing 80/800 docs
    (10%) 12.3s`."""
    start, done, shown = time.perf_counter(), 0, 0

    def advance(n: int = 1) -> None:
        nonlocal done, shown
        done = min(total, done + n)
        step = done * steps // total
        if step > shown:
            shown = step
            print(
                f"  {desc} {done:,}/{total:,} docs ({100 * done // total}%) {time.perf_counter() - start:.1f}s",
                file=sys.stderr,
                flush=True,
            )

    return advance


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
