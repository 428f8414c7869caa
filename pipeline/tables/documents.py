"""The documents table: the staged sources deduplicated (exact and near copies), then grouped into stories."""

from __future__ import annotations

import pandas as pd

from pipeline.config import Settings, settings, use
from pipeline.stages import dedup, stories
from pipeline.store.validation import frame


def deduplicate(per_source: list[pd.DataFrame]) -> pd.DataFrame:
    """All sources' documents, with exact and near duplicates pointing to their canonical copy."""
    from schemas import SourceDocuments

    frames = [f for f in per_source if len(f)]
    docs = pd.concat(frames, ignore_index=True) if frames else frame([], SourceDocuments)
    docs = docs.sort_values(["source", "path"]).reset_index(drop=True)
    dates = [None if pd.isna(v) else v for v in docs["publication_date"]]
    items = [
        dedup.DedupItem(i, t, h, d) for i, t, h, d in zip(docs["doc_id"], docs["text"], docs["content_hash"], dates)
    ]
    dups = dedup.find_duplicates(items)
    docs["duplicate_of"] = [dups[i][0] if i in dups else None for i in docs["doc_id"]]
    docs["duplicate_kind"] = [dups[i][1] if i in dups else None for i in docs["doc_id"]]
    return docs


def build_documents(staged_files: list, previous: dict[str, str]) -> pd.DataFrame:
    """The documents table from the staged sources: deduplicated, then grouped into stories."""
    from pipeline.store.storage import TableStore

    return group_stories(deduplicate([TableStore.read_file(f) for f in staged_files]), previous)


def build_documents_apart(staged_files: list, previous: dict[str, str]) -> pd.DataFrame:
    """build_documents in a child process: deduplication and story grouping touch every article at once, and
    what they free stays in this process's heap (fragmented) through the parse that follows, growing with the
    corpus; a child hands all of it back when it exits. Only the table comes back."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_build_documents_with, settings(), [str(f) for f in staged_files], previous).result()


def _build_documents_with(values: Settings, staged_files: list, previous: dict[str, str]) -> pd.DataFrame:
    """build_documents under the caller's settings (a child process starts with the defaults)."""
    with use(values):
        return build_documents(staged_files, previous)


def group_stories(docs: pd.DataFrame, previous: dict[str, str] | None = None) -> pd.DataFrame:
    """Add `story_id`: canonical documents are grouped into stories (documents in `previous`
    keep theirs); a duplicate takes its canonical copy's story."""
    from schemas import Documents

    canon = docs[docs["duplicate_of"].isna()]
    items = [
        stories.StoryItem(d, None if pd.isna(t) else t, x, None if pd.isna(p) else p)
        for d, t, x, p in zip(canon["doc_id"], canon["title"], canon["text"], canon["publication_date"])
    ]
    assigned = stories.group(items, previous)
    stories.clear_caches()
    docs = docs.copy()
    docs["story_id"] = [assigned[d if pd.isna(c) else c] for d, c in zip(docs["doc_id"], docs["duplicate_of"])]
    return docs[list(Documents.to_schema().columns)]
