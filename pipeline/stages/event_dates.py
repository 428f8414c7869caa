"""Event dates: the date expression of the event's own clause is the event's date, else the sentence's only one,
else the publication date; `date_source` says which ("sentence" or "publication_date")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.config import settings

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from pipeline.stages.dates import DateMention  # the dates stage's record


class DateList(list):
    """The document's date mentions in text order, looked up by offset range in log time."""

    def __init__(self, dates: Sequence[DateMention]):
        super().__init__(sorted(dates, key=lambda d: d.start_char))
        self.starts = [d.start_char for d in self]


def dates_between(dates: Sequence[DateMention], start: int, end: int) -> list[DateMention]:
    """The date mentions starting in [start, end), in text order."""
    import bisect

    if isinstance(dates, DateList):
        return dates[bisect.bisect_left(dates.starts, start) : bisect.bisect_left(dates.starts, end)]
    return [d for d in dates if start <= d.start_char < end]


def event_date(
    tok: Token, sent: Span, dates: Sequence[DateMention], publication_value: str | None
) -> tuple[str | None, str | None]:
    """(date, date_source): an expression attached to the predicate, else the sentence's only one, else the
    publication date."""
    in_sent = [
        d for d in dates_between(dates, sent.start_char, sent.end_char) if d.value and d.type in ("DATE", "TIME")
    ]
    attached = []
    for d in in_sent:
        span = tok.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is None:
            continue
        t = span.root
        for _ in range(settings().events.date_max_steps):
            if t.i == tok.i:
                attached.append(d)
                break
            if t.head.i == t.i:
                break
            t = t.head
    pick = attached[0] if attached else (in_sent[0] if len(in_sent) == 1 else None)
    if pick is not None:
        return pick.value, "sentence"
    if publication_value:
        return publication_value, "publication_date"
    return None, None
