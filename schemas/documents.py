import pandera.pandas as pa
from pandera.typing import Series

from ._types import DATE, INT, STRING


class SourceDocuments(pa.DataFrameModel):
    """One source's articles as read, before cross-source deduplication and story grouping
    (the staged per-source parts; not a public table)."""

    doc_id: Series[STRING] = pa.Field(
        unique=True, str_matches=r"^d[0-9a-f]{16}$", description="Stable ID: hash of source, path and clean text."
    )
    source: Series[STRING] = pa.Field(description="Source folder under the raw dir (an outlet, a feed, a crawl).")
    path: Series[STRING] = pa.Field(
        description="File path relative to the source folder's parent (the raw dir); "
        "`file.jsonl#<id>` for a JSON Lines record, `file.jsonl#<line>` when it has no usable id."
    )
    title: Series[STRING] = pa.Field(nullable=True, description="Headline, when the input gives one.")
    url: Series[STRING] = pa.Field(nullable=True, description="Canonical URL, when the input gives one.")
    publication_date: Series[DATE] = pa.Field(
        nullable=True, description="Publication date; null when the input states none or it cannot be read."
    )
    publication_date_issue: Series[STRING] = pa.Field(
        nullable=True, description="Why a stated publication date was not used (unparsable value); null otherwise."
    )
    text: Series[STRING] = pa.Field(
        description="Clean article body (boilerplate removed); all character offsets in other tables point into it."
    )
    n_chars: Series[INT] = pa.Field(ge=1, description="Length of `text` in characters.")
    content_hash: Series[STRING] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description="SHA-256 of the normalised text (case and whitespace folded): equal hashes are exact duplicates.",
    )
    duplicate_of: Series[STRING] = pa.Field(
        nullable=True,
        description="doc_id of the canonical copy when this document is an exact or near duplicate; null for "
        "canonical documents. Only canonical documents are parsed and feed the later tables.",
    )
    duplicate_kind: Series[STRING] = pa.Field(
        nullable=True,
        isin=["exact", "near"],
        description="`exact` (same normalised text) or `near` (MinHash-estimated word 5-gram Jaccard above "
        "`dedup.threshold`, or most of its word 5-grams contained in the canonical text: a syndicated copy); null "
        "for canonical documents.",
    )

    class Config:
        strict = True
        coerce = True


class Documents(SourceDocuments):
    """One row per article that could be read: canonical documents and their duplicates. A text longer than
    `ingest.max_chars` is no document but a reject (`too_long`). A canonical document whose rule stages run past
    `run.rule_budget_seconds` keeps its row and its sentences; the stages left out (logged) give no rows for it."""

    story_id: Series[STRING] = pa.Field(
        str_matches=r"^s[0-9a-f]{16}$",
        description="`stories.story_id`: articles about the same event (other outlets, other wording, close dates) "
        "share it; a duplicate has its canonical copy's story. Assigned once: a document keeps its story when later "
        "articles arrive.",
    )

    class Config:
        strict = True
        coerce = True
