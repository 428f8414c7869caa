"""Per source: the documents of one source folder before deduplication, and its rejects."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pipeline.ids import content_hash, doc_id
from pipeline.stages import ingest
from pipeline.store.validation import frame


def _reject_rows(rejects: Iterable[ingest.Reject]) -> list[dict]:
    return [
        {"source": r.source, "path": r.path, "reason": r.reason, "detail": r.detail}
        for r in sorted(rejects, key=lambda r: (r.source, r.path))
    ]


def ingest_source(raw_dir: str, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One source folder -> (its documents before deduplication, its rejects)."""
    from schemas import Rejects, SourceDocuments

    result = ingest.ingest(raw_dir, [source])
    rows = []
    for d in result.documents:
        rows.append(
            {
                "doc_id": doc_id(d.source, d.path, d.text),
                "source": d.source,
                "path": d.path,
                "title": d.title,
                "url": d.url,
                "publication_date": d.publication_date,
                "publication_date_issue": d.publication_date_issue,
                "text": d.text,
                "n_chars": len(d.text),
                "content_hash": content_hash(d.text),
                "duplicate_of": None,
                "duplicate_kind": None,
            }
        )
    docs = frame(sorted(rows, key=lambda r: r["path"]), SourceDocuments)
    return docs, frame(_reject_rows(result.rejects), Rejects)


def stray_rejects(raw_dir: str) -> pd.DataFrame:
    """Files lying directly in the raw dir belong to no source: rejected."""
    from schemas import Rejects

    return frame(_reject_rows(ingest.stray_files(raw_dir)), Rejects)
