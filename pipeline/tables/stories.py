"""The stories and story_events tables: one row per story, and each event of a story once."""

from __future__ import annotations

import pandas as pd

from pipeline.store.validation import frame
from pipeline.tables.common import doc_info


def build_stories(docs: pd.DataFrame, actors: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per story: representative title, date range, sizes, sources, main actors."""
    from schemas import Stories

    info = doc_info(docs)
    name = dict(zip(actors["actor_id"], actors["name"]))
    actor_docs: dict[str, dict[str, set]] = {}
    actor_mentions: dict[str, dict[str, int]] = {}
    for d, a in zip(mentions["doc_id"], mentions["actor_id"]):
        st = info[d][0]
        actor_docs.setdefault(st, {}).setdefault(a, set()).add(d)
        actor_mentions.setdefault(st, {})
        actor_mentions[st][a] = actor_mentions[st].get(a, 0) + 1
    # plain lists, one pass: a pandas groupby with per-group filters costs about a millisecond a story
    doc_ids, story_ids, titles = docs["doc_id"].tolist(), docs["story_id"].tolist(), docs["title"].tolist()
    canonical_flags = docs["duplicate_of"].isna().tolist()
    dates_, sources = docs["publication_date"].tolist(), docs["source"].tolist()
    members: dict[str, list[int]] = {}
    for i, st in enumerate(story_ids):
        members.setdefault(st, []).append(i)
    rows = []
    for st in sorted(members):
        idx = members[st]
        canon = [i for i in idx if canonical_flags[i]]
        titled = sorted((info[doc_ids[i]][2], titles[i]) for i in canon if not pd.isna(titles[i]) and titles[i])
        dates = [dates_[i] for i in idx if not pd.isna(dates_[i])]
        ranked = sorted(actor_docs.get(st, {}), key=lambda a: (-len(actor_docs[st][a]), -actor_mentions[st][a], a))[:5]
        story_sources = sorted({sources[i] for i in idx if not pd.isna(sources[i])})
        rows.append(
            {
                "story_id": st,
                "title": titled[0][1] if titled else None,
                "first_publication_date": min(dates) if dates else None,
                "last_publication_date": max(dates) if dates else None,
                "n_documents": len(idx),
                "n_canonical_documents": len(canon),
                "n_sources": len(story_sources),
                "sources": story_sources,
                "main_actor_ids": ranked,
                "main_actors": [name[a] for a in ranked],
            }
        )
    return frame(rows, Stories)


def build_story_events(docs: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per story event: its mentions, documents and sources counted, earliest evidence kept."""
    from schemas import StoryEvents

    info = doc_info(docs)
    precision = {"sentence": 0, "narrative": 1, "publication_date": 2, None: 3}
    rows = []
    records = events.to_dict("records")
    by_group: dict[str, list[dict]] = {}
    for e in records:
        by_group.setdefault(e["story_event_id"], []).append(e)
    for gid in sorted(by_group):
        members = sorted(by_group[gid], key=lambda e: (info[e["doc_id"]][2], e["trigger_start"]))
        first = members[0]
        dated = [e for e in members if not pd.isna(e["date"])]
        best = min(dated, key=lambda e: (precision[e["date_source"]], -len(e["date"]))) if dated else first
        rows.append(
            {
                "story_event_id": gid,
                "story_id": info[first["doc_id"]][0],
                "event_type": first["event_type"],
                "source_actor_ids": list(first["source_actor_ids"]),
                "target_actor_ids": list(first["target_actor_ids"]),
                "date": None if pd.isna(best["date"]) else best["date"],
                "date_source": None if pd.isna(best["date_source"]) else best["date_source"],
                "n_mentions": len(members),
                "n_documents": len({e["doc_id"] for e in members}),
                "n_sources": len({info[e["doc_id"]][1] for e in members}),
                "first_event_id": first["event_id"],
                "first_doc_id": first["doc_id"],
                "evidence": first["evidence"],
            }
        )
    return frame(rows, StoryEvents)
