"""Date normalization: temporal expressions -> TIMEX3 values at their true precision.

Where expressions come from:
* a small grammar (regular expressions checked against spaCy's tokens) for the forms news
  uses most and dateparser gets wrong: bare years, months without a year, weekdays,
  "last week", "two days later", durations (grammar.py; one handler per grammar kind turns
  a match into a value: handlers.py);
* the DATE/TIME entities spaCy finds that the grammar does not cover, parsed with
  dateparser (`get_date_data(...).period` gives the precision; the parts dateparser fills
  in from its base date are never written: entities.py).

How relative expressions are anchored:
* on the publication date when the article has one;
* otherwise on the nearest preceding absolute date in the text's time frame (narrative time), and
  `anchor_source` says so: a date with a month, or a bare year the text names most (at least
  `dates.frame_year_min_mentions` times), never a year named in passing ("the rebate secured in 1984");
  with no usable anchor a weekday, a month or a day without a year gets its TIMEX3 value with the unknown
  parts as X (`XXXX-WXX-2`, `XXXX-06`, `XXXX-12-26`) and other relative values stay null. Nothing is guessed.
* "two days later", "the next day" always refer to the narrative date before them.

Dates in the titles of works ("the film 2046", "the song 'July'") are not dates: tokens.work_title, with the
nouns of pipeline/data/dates_work_titles.tsv.

Weekdays and month names without a year take the closest fitting date, in the past
unless the clause is in the future tense ("will meet on Friday"): direction.py.

The thresholds (look-back widths, month distances...) are settings: `settings().dates`
(pipeline.config.DatesSettings).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.config import DatesSettings, settings
from pipeline.stages.dates.direction import PLAN_VERBS, resolve_month_year, resolve_weekday
from pipeline.stages.dates.entities import entity_mention
from pipeline.stages.dates.grammar import (
    GRAMMAR,
    GRAMMAR_SOURCE,
    MONTH_ABBR,
    MONTHS,
    NEEDS,
    NUMBER_WORDS,
    SEASONS,
    UNIT_CODES,
    WEEKDAYS,
)
from pipeline.stages.dates.handlers import HANDLERS, value_from_match
from pipeline.stages.dates.mention import Anchor, DateMention
from pipeline.stages.dates.timex import (
    day_range,
    duration_value,
    fmt_day,
    fmt_month,
    fmt_week,
    half_duration_value,
    valid_day,
)
from pipeline.stages.dates.tokens import in_quotation, sentence_start, work_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "Anchor",
    "DateMention",
    "GRAMMAR",
    "GRAMMAR_SOURCE",
    "HANDLERS",
    "MONTHS",
    "MONTH_ABBR",
    "NEEDS",
    "NUMBER_WORDS",
    "PLAN_VERBS",
    "SEASONS",
    "UNIT_CODES",
    "WEEKDAYS",
    "day_range",
    "duration_value",
    "find_dates",
    "fmt_day",
    "fmt_month",
    "fmt_week",
    "half_duration_value",
    "resolve_month_year",
    "resolve_weekday",
]

_TRAILING = " \n\t.,;:’'”\""  # stripped from the end of an entity
Candidate = tuple[int, int, str, re.Match | None]  # (start, end, grammar kind or "entity", the grammar's match)


def find_dates(doc: Doc, publication_date: dt.date | None) -> list[DateMention]:
    """All temporal expressions of a parsed document, in text order, with TIMEX3 values."""
    from pipeline.stages.parse import ents_of, text_of

    cfg = settings().dates
    text = text_of(doc)
    candidates, taken = _grammar_candidates(text)
    candidates += _entity_candidates(ents_of(doc), text, taken)
    candidates.sort(key=lambda c: c[0])

    if publication_date is not None:
        return _mentions(doc, text, candidates, Anchor(publication_date), cfg)
    # an undated text: a first reading, where only dates with a month anchor, finds its absolute dates; their
    # years give its time frame, and a bare year of the frame anchors too in a second reading
    first = Anchor(None)
    first.frame_years = frozenset()
    out = _mentions(doc, text, candidates, first, cfg)
    frame = frame_years(out, cfg.frame_year_min_mentions)
    if not frame:
        return out  # the second reading would be the same
    anchor = Anchor(None)
    anchor.frame_years = frame
    return _mentions(doc, text, candidates, anchor, cfg)


def _mentions(doc: Doc, text: str, candidates: list[Candidate], anchor: Anchor, cfg: DatesSettings) -> list:
    """The mentions of the candidates, in order, resolved on (and moving) the anchor."""
    out: list[DateMention] = []
    for start, end, kind, m in candidates:
        s, e = m.span("ext") if m is not None and m.groupdict().get("ext") else (start, end)
        if work_title(text, s, e, cfg.title_max_chars):
            continue  # "the film 2046", "the song 'July'": a title, not a date
        mention = (
            entity_mention(doc, text, start, end, anchor)
            if kind == "entity"
            else _grammar_mention(kind, m, doc, anchor, cfg)
        )
        if mention is not None:
            out.append(mention)
    return out


def frame_years(mentions: Iterable[DateMention], min_mentions: int) -> frozenset[int]:
    """An undated text's own years: the year its absolute dates name most, when named at least `min_mentions`
    times (all such years when several tie); none when no year is named that often."""
    from collections import Counter

    counts = Counter(
        int(m.value[:4])
        for m in mentions
        if m.anchor_source is None and m.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", m.value or "")
    )
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(y for y, k in counts.items() if k == top and k >= min_mentions)


def _grammar_candidates(text: str) -> tuple[list[Candidate], _Taken]:
    """Every grammar match not overlapping an earlier one, and their spans."""
    candidates: list[Candidate] = []
    taken = _Taken()
    lower = text.lower()
    for kind, rx in GRAMMAR:
        needs = NEEDS.get(kind)
        if needs and not any(w in lower for w in needs):
            continue
        for m in rx.finditer(text):
            span = (m.start(), m.end())
            if taken.overlaps(span):
                continue
            candidates.append((m.start(), m.end(), kind, m))
            taken.add(span)
    return candidates, taken


def _entity_candidates(ents: Iterable[Span], text: str, taken: _Taken) -> list[Candidate]:
    """spaCy DATE/TIME entities the grammar did not cover, without trailing punctuation."""
    out: list[Candidate] = []
    for ent in ents:
        if ent.label_ in ("DATE", "TIME") and not taken.overlaps((ent.start_char, ent.end_char)):
            s, e = ent.start_char, ent.end_char
            while e > s and text[e - 1] in _TRAILING:
                e -= 1
            if e > s:
                out.append((s, e, "entity", None))
    return out


class _Taken:
    """The spans the grammar's matches took, with an overlap test in logarithmic time (a document has thousands
    of matches: testing each against every span taken before is quadratic in the document's length).

    Spans overlap when `a0 < e and s < a1`. The non-empty spans taken never overlap one another, so sorted by start
    their ends increase too, and of those starting before a span ends only the last can reach into it. Empty spans
    (no grammar pattern matches the empty string; kept for exactness) are tested one by one."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.empty: list[int] = []

    def overlaps(self, span: tuple[int, int]) -> bool:
        s0, e0 = span
        i = bisect.bisect_left(self.starts, e0)  # the spans that start before this one ends: [0, i)
        if i and self.ends[i - 1] > s0:
            return True
        return any(s0 < s < e0 for s in self.empty)

    def add(self, span: tuple[int, int]) -> None:
        s, e = span
        if s >= e:
            self.empty.append(s)
            return
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def _grammar_mention(kind: str, m: re.Match, doc: Doc, anchor: Anchor, cfg: DatesSettings) -> DateMention | None:
    """The mention of a grammar match; the month or day it names becomes the anchor's last month or day."""
    mention = value_from_match(kind, m, doc, anchor, cfg)
    if mention is None:
        return None
    if mention.value is None:
        mention.precision = None
    if mention.anchor_source is None:
        mention.anchor = None
    month = re.fullmatch(r"(\d{4})-(\d{2})", mention.value or "")
    if month:
        anchor.month = (int(month[1]), int(month[2]))
    day = re.match(r"(\d{4})-(\d{2})-(\d{2})", mention.value or "")
    if day and mention.type != "SET" and not (kind == "deictic" and in_quotation(doc, mention.start_char)):
        anchor.last_day = valid_day(*map(int, day.groups()))
        anchor.last_day_sentence = sentence_start(doc, mention.start_char)
    return mention
