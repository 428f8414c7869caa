"""The record of one temporal expression, and the anchor relative expressions are resolved on.

How relative expressions are anchored:
* on the publication date when the article has one;
* otherwise on the nearest preceding absolute date in the text that lies in the text's time frame (narrative
  time), and `anchor_source` says so: a date with its month or day, or a bare year that is the text's own year (the
  year it names most, at least `dates.frame_year_min_mentions` times). A year named in passing ("the rebate
  secured in 1984", "the period 2007-2013") is no anchor for "next year" or "a June summit". With no usable
  anchor, weekdays, months and days without a year get their TIMEX3 value with the unknown parts as X
  (`XXXX-WXX-2`, `XXXX-06`) and the other relative expressions stay null. Nothing is guessed.
* "two days later", "the next day", "that year" always refer to the narrative date before them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.stages.dates.timex import Parts, fmt_parts


@dataclass
class DateMention:
    start_char: int
    end_char: int
    text: str
    type: str = "DATE"
    value: str | None = None
    precision: str | None = None
    anchor: str | None = None
    anchor_source: str | None = None

    def assign(self, value: str | None, precision: str, type_: str | None = None) -> None:
        """Give the expression its value and precision, and its type when it is not a DATE."""
        self.value, self.precision = value, precision
        if type_ is not None:
            self.type = type_


class Anchor:
    """The reference date for relative expressions in one document."""

    def __init__(self, publication_date: dt.date | None):
        self.publication = publication_date
        self.narrative: Parts | None = None  # (y, m, d) of the last absolute date
        self.quarter: tuple[int, int] | None = None  # (year, quarter) last named: "the quarter", "year-earlier"
        self.last_day: dt.date | None = None  # the last day named, absolute or relative: "that day"
        self.last_day_sentence: int | None = None  # start of the sentence that named it
        self.month: tuple[int, int] | None = None  # the last month named: "the same month a year ago"
        # an undated text's own years (a bare year among them anchors relative expressions); None: every year
        self.frame_years: frozenset[int] | None = None
        self.framed: Parts | None = None  # the last absolute date in the text's time frame

    def for_precision(self, need: str) -> tuple[Parts | None, str | None, str | None]:
        """(date parts, anchor value, source) for an expression that needs year / month / day precision."""
        if self.publication is not None:
            p = self.publication
            return (p.year, p.month, p.day), p.isoformat(), "publication_date"
        parts = _at_precision(self.framed, need)
        return (parts, fmt_parts(parts), "narrative") if parts is not None else (None, None, None)

    def narrative_day(self) -> dt.date | None:
        """Last absolute day in the text, for 'two days later', 'the next day'."""
        if self.narrative and self.narrative[2] is not None:
            y, m, d = self.narrative
            return dt.date(y, m, d)
        return None

    def note(self, y: int, m: int | None = None, d: int | None = None) -> None:
        self.narrative = (y, m, d)
        if m is not None or self.frame_years is None or y in self.frame_years:
            self.framed = (y, m, d)

    def narrative_at(self, need: str) -> Parts | None:
        """The last absolute date in the text if it is at least as precise as `need` (year, month, day)."""
        return _at_precision(self.narrative, need)


def _at_precision(parts: Parts | None, need: str) -> Parts | None:
    """The date parts if they are at least as precise as `need` (year, month, day)."""
    if parts is None:
        return None
    _, m, d = parts
    if need == "month" and m is None or need == "day" and (m is None or d is None):
        return None
    return parts
