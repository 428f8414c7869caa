"""The events table: each document's event records, arguments linked to actors, story events grouped."""

from __future__ import annotations

import pandas as pd

from pipeline.config import settings
from pipeline.stages import counterparts, segment, stories
from pipeline.stages import events as events_mod
from pipeline.stages.groups import group_words
from pipeline.stages.records import Event
from pipeline.store.storage import TableStore
from pipeline.store.validation import frame
from pipeline.tables.annotations import iter_annotations
from pipeline.tables.common import actor_by_mention, actor_of_offset, doc_info, table_row

RECORD = Event
# the columns this builder adds to the record's
COMPUTED = (
    "event_id",
    "doc_id",
    "sentence_id",
    "source_actor_id",
    "target_actor_id",
    "source_actor_ids",
    "target_actor_ids",
    "claimant_actor_id",
    "source_country",
    "source_country_basis",
    "target_basis",
    "story_event_id",
)


def _arguments(actor_of: dict, did: str, e: dict) -> tuple[list[str], list[str]]:
    """The source and target actors of an event (a target that is also a source only in symmetric events)."""
    src = list(dict.fromkeys(actor_of[(did, s)] for s in e["sources"] if (did, s) in actor_of))
    tgt = [
        a
        for a in dict.fromkeys(actor_of[(did, s)] for s in e["targets"] if (did, s) in actor_of)
        if a not in src or e["event_type"] in events_mod.SYMMETRIC
    ]
    return src, tgt


def _imply_targets(rows: list[dict], types: frozenset[str], actors: dict[str, dict]) -> None:
    """Give one document's events with no stated target the source's counterpart (pipeline.stages.counterparts)."""
    implied = counterparts.implied_targets(rows, types, actors)
    for r in rows:
        if (other := implied.get(r["event_id"])) is not None:
            r.update(target_actor_id=other, target_actor_ids=[other], target_basis="counterpart")


def _organiser_targets(rows: list[dict], types: frozenset[str], actors: dict[str, dict]) -> None:
    """Give one document's acts of force on a crowd without a name the organisation leading its protests, before
    the crowd's group actor if it had one (pipeline.stages.counterparts.crowd_organisers)."""
    found = counterparts.crowd_organisers(rows, types, actors, group_words())
    for r in rows:
        if (organiser := found.get(r["event_id"])) is not None:
            ids = [organiser, *r["target_actor_ids"]]
            r.update(target_actor_id=organiser, target_actor_ids=ids, target_basis="organiser")


def build_events(store: TableStore, docs: pd.DataFrame, mentions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    from collections import Counter

    from schemas import Events

    actor_of = actor_by_mention(mentions)
    dropped: Counter[str] = Counter()
    records = actors[["actor_id", "name", "type", "country", "sector"]].astype(object)
    kinds = {r["actor_id"]: r for r in records.where(records.notna(), None).to_dict("records")}
    implied_types = frozenset(settings().events.implied_target_types.split())
    organiser_types = frozenset(settings().events.organiser_target_types.split())
    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        first = len(rows)
        dropped.update(d["reason"] for d in ann.get("dropped_events", []))
        for e in ann["events"]:
            src, tgt = _arguments(actor_of, did, e)
            source_country, basis = events_mod.source_country(
                [kinds[a]["country"] if a in kinds else None for a in src], e["location_country"]
            )
            rows.append(
                table_row(
                    RECORD,
                    e,
                    event_id=f"{did}:e{e['trigger_start']}",
                    doc_id=did,
                    sentence_id=segment.sentence_id(did, e["sent_index"]),
                    source_actor_id=src[0] if src else None,
                    target_actor_id=tgt[0] if tgt else None,
                    source_actor_ids=src,
                    target_actor_ids=tgt,
                    claimant_actor_id=actor_of_offset(actor_of, did, e["claimant"]),
                    source_country=source_country,
                    source_country_basis=basis,
                    target_basis="text" if tgt else None,
                )
            )
        _imply_targets(rows[first:], implied_types, kinds)
        _organiser_targets(rows[first:], organiser_types, kinds)
    info = doc_info(docs)
    groups = stories.event_groups(
        [{**r, "story_id": info[r["doc_id"]][0], "order": (info[r["doc_id"]][2], r["trigger_start"])} for r in rows],
        events_mod.SYMMETRIC,
    )
    for r in rows:
        r["story_event_id"] = groups[r["event_id"]]
    df = frame(rows, Events)
    df.attrs["counts"] = {f"dropped_{reason}": n for reason, n in sorted(dropped.items())}
    df.attrs["summary"] = (
        f"{sum(dropped.values())} candidates dropped ("
        f"{dropped['not_an_event']} no event by the coder, {dropped['off_topic']} off topic, "
        f"{dropped['unrealized']} only possible or required, not done)"
    )
    return df
