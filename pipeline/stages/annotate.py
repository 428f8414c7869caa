"""One pass per document: every per-document stage runs on the parse while it is in memory.

The stages stay in their own modules (segment, dates, actors, quotes, events); this module
only calls them in data-flow order on one spaCy Doc and keeps their results as plain,
document-independent records (pipeline.stages.records: offsets, no doc_id), so they can be
cached by content and publication date and joined to corpus-wide IDs later. The only
cross-document step, actor resolution, happens afterwards on the mentions of all documents;
quotes and events refer to mentions by their start offset until then.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pipeline.stages import actors as actors_mod
from pipeline.stages import dates as dates_mod
from pipeline.stages import events as events_mod
from pipeline.stages import quotes as quotes_mod
from pipeline.stages import segment
from pipeline.stages.parse import release
from pipeline.stages.records import to_cache

if TYPE_CHECKING:
    from spacy.tokens import Doc


def annotate(doc: Doc, publication_date: dt.date | None) -> dict[str, list[dict]]:
    """All per-document records of one parse, as plain dicts by kind ("sentences", "dates", "mentions",
    "quotes", "events", "dropped_events"): what the annotation cache stores."""
    try:
        return {kind: to_cache(records) for kind, records in records_of(doc, publication_date).items()}
    finally:
        release(doc)


def records_of(doc: Doc, publication_date: dt.date | None) -> dict[str, list]:
    """The records of every per-document stage, by kind, in data-flow order."""
    sentences = segment.split_sentences(doc)
    starts = [s.start_char for s in sentences]
    dates = dates_mod.find_dates(doc, publication_date)
    mentions = actors_mod.extract_mentions(doc, starts)
    quotes = quotes_mod.extract_quotes(doc, mentions, starts)
    events, dropped = events_mod.code_events(
        doc, mentions, dates, quotes, publication_date.isoformat() if publication_date else None, starts
    )
    return {
        "sentences": sentences,
        "dates": dates,
        "mentions": mentions,
        "quotes": quotes,
        "events": events,
        "dropped_events": dropped,
    }
