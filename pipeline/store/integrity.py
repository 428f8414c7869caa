"""Cross-table integrity: every doc_id, sentence_id and actor id a table references exists."""

from __future__ import annotations

from pipeline.store.storage import TableStore

REFERENCES = {
    "sentences": [("doc_id", "documents", "doc_id")],
    "dates": [("doc_id", "documents", "doc_id"), ("sentence_id", "sentences", "sentence_id")],
    "actor_mentions": [
        ("doc_id", "documents", "doc_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("actor_id", "actors", "actor_id"),
    ],
    "quotes": [
        ("doc_id", "documents", "doc_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("speaker_actor_id", "actors", "actor_id"),
    ],
    "events": [
        ("doc_id", "documents", "doc_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("source_actor_id", "actors", "actor_id"),
        ("target_actor_id", "actors", "actor_id"),
        ("claimant_actor_id", "actors", "actor_id"),
        ("story_event_id", "story_events", "story_event_id"),
    ],
    "documents": [("story_id", "stories", "story_id")],
    "story_events": [
        ("story_id", "stories", "story_id"),
        ("first_event_id", "events", "event_id"),
        ("first_doc_id", "documents", "doc_id"),
    ],
    "stories": [],
}
# list columns of actor ids
LIST_REFERENCES = {
    "events": ("source_actor_ids", "target_actor_ids"),
    "story_events": ("source_actor_ids", "target_actor_ids"),
    "stories": ("main_actor_ids",),
}


def referenced_tables(table: str) -> list[str]:
    refs = {ref for _, ref, _ in REFERENCES[table]} | ({"actors"} if table in LIST_REFERENCES else set())
    return sorted(refs - {table})


def dangling(store: TableStore, table: str) -> dict[str, int]:
    """Column -> number of values that point to no row of the referenced table."""
    df = store.read(table)
    out = {}
    for col, ref_table, ref_col in REFERENCES.get(table, []):
        known = set(store.read(ref_table)[ref_col])
        values = df[col].dropna()
        out[col] = int((~values.isin(known)).sum())
    if table in LIST_REFERENCES:
        actors = set(store.read("actors")["actor_id"])
        for col in LIST_REFERENCES[table]:
            out[col] = int(sum(1 for ids in df[col] for a in ids if a not in actors))
    return out
