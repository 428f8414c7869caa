"""News event-extraction pipeline: raw articles -> documents, sentences, dates, actors, quotes, events."""
import os as _os


def _system_allocator_for_arrow() -> None:
    """Arrow's bundled allocator (mimalloc or jemalloc) keeps the pages it frees, so reading a large table once
    leaves its size resident for the rest of the run. The system allocator hands them back (with malloc_trim
    after each corpus stage, see progress.release_memory). ARROW_DEFAULT_MEMORY_POOL still overrides."""
    if _os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


_system_allocator_for_arrow()
