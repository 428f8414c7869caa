"""One pass per document: every per-document stage runs on the parse while it is in memory.

The stages stay in their own modules (segment, dates, actors, quotes, events); this module
only calls them in data-flow order on one spaCy Doc and keeps their results as plain,
document-independent records (offsets, no doc_id), so they can be cached by content and
publication date and joined to corpus-wide IDs later. The only cross-document step, actor
resolution, happens afterwards on the mentions of all documents; quotes and events refer to
mentions by their start offset until then.
"""
from __future__ import annotations

import datetime as dt

from pipeline.stages import actors as actors_mod
from pipeline.stages import dates as dates_mod
from pipeline.stages import events as events_mod
from pipeline.stages import quotes as quotes_mod
from pipeline.stages import segment
from pipeline.stages.parse import release

ANNOTATION_VERSION = 1


def _start(m) -> int | None:
    return None if m is None else m.start_char


def annotate(doc, publication_date: dt.date | None) -> dict:
    """All per-document records of one parse."""
    try:
        return _annotate(doc, publication_date)
    finally:
        release(doc)


def _annotate(doc, publication_date: dt.date | None) -> dict:
    sentences = segment.split_sentences("", doc)
    starts = [s.start_char for s in sentences]
    dates = dates_mod.find_dates(doc, publication_date)
    mentions = actors_mod.extract_mentions("", doc, starts)
    quotes = quotes_mod.extract_quotes(doc, mentions, starts)
    events = events_mod.extract_events(doc, mentions, dates, quotes,
                                       publication_date.isoformat() if publication_date else None, starts)
    return {
        "sentences": [{"index": s.index, "paragraph": s.paragraph, "start_char": s.start_char, "end_char": s.end_char,
                       "text": s.text} for s in sentences],
        "dates": [{"start_char": d.start_char, "end_char": d.end_char, "text": d.text, "type": d.type, "value": d.value,
                   "precision": d.precision, "anchor": d.anchor, "anchor_source": d.anchor_source} for d in dates],
        "mentions": [{"start_char": m.start_char, "end_char": m.end_char, "text": m.text, "name": m.name, "type": m.type,
                      "sent_index": m.sent_index, "country": m.country, "sector": m.sector, "title": m.title,
                      "key": m.key} for m in mentions],
        "quotes": [{"start_char": q.start_char, "end_char": q.end_char, "text": q.text, "sent_index": q.sent_index,
                    "speaker": q.speaker, "speaker_mention": _start(q.speaker_mention), "cue": q.cue,
                    "attribution": q.attribution, "is_fragment": q.is_fragment, "closed": q.closed} for q in quotes],
        "events": [{"sent_index": e.sent_index, "event_type": e.event_type, "mode": e.mode, "trigger": e.trigger,
                    "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
                    "sources": [m.start_char for m in e.sources], "targets": [m.start_char for m in e.targets],
                    "source_text": e.source_text, "target_text": e.target_text, "date": e.date,
                    "date_source": e.date_source, "is_claim": e.is_claim, "claimant": _start(e.claimant),
                    "negated": e.negated, "modality": e.modality, "evidence": e.evidence,
                    "location_country": e.location_country} for e in events],
    }


def mentions_from_records(doc_id: str, records: list[dict]) -> list[actors_mod.Mention]:
    """Mention objects (for corpus-wide resolution) from a document's mention records."""
    return [actors_mod.Mention(doc_id, r["start_char"], r["end_char"], r["text"], r["name"], r["type"],
                               sent_index=r["sent_index"], country=r["country"], sector=r["sector"], title=r["title"],
                               key=r["key"], text_start=r["start_char"]) for r in records]
