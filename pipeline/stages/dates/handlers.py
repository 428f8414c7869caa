"""Grammar matches -> TIMEX3 values: one handler per grammar kind (HANDLERS).

A handler gets the match (`Match`: groups, document, anchor, the clause's direction, the settings) and
returns its mention, with a value when one can be given, or None when the match is not a temporal
expression after all ("may" the verb, "in their 70s"). Absolute dates become the narrative anchor.

Each handler's docstring gives an example: the expression in [brackets] in a sentence of an article
published on Thursday 15 September 2022, and the value it gets (tests/test_dates.py checks them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.config import DatesSettings, settings
from pipeline.stages.dates.direction import clause_direction, resolve_month_year, resolve_weekday
from pipeline.stages.dates.grammar import (
    AGE_BEFORE,
    DATE_AFTER_COMMA,
    DEICTIC_DAYS,
    DIRECTION_SIGNS,
    FRACTION_AFTER,
    NOT_YEAR_BEFORE,
    ORDINAL_NUMBER,
    PARTS_OF_DAY,
    QUARTERS,
    QUARTERS_OF_TIME,
    SEASON_MIDDLE_MONTH,
    SET_UNITS,
    SET_WORDS,
    WEEKDAYS,
)
from pipeline.stages.dates.mention import Anchor, DateMention
from pipeline.stages.dates.timex import (
    Parts,
    duration_value,
    fmt_month,
    fmt_parts,
    fmt_quarter,
    fmt_season,
    fmt_week,
    fmt_year,
    half_duration_value,
    holiday,
    month_number,
    number,
    previous_quarter,
    quarter_of,
    shift_months,
    spelled_year,
    valid_day,
)
from pipeline.stages.dates.tokens import in_name, is_proper, is_quantity, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Match:
    """One grammar match on its way to a mention."""

    m: re.Match
    gd: dict[str, Any]  # the match's named groups
    doc: Doc
    anchor: Anchor
    mention: DateMention
    tense: str  # the clause's direction (pipeline.stages.dates.direction)
    cfg: DatesSettings

    def relative(self, need: str) -> Parts | None:
        """The anchor's date parts for an expression that needs year / month / day precision, recorded on the
        mention; None when there is no usable anchor."""
        parts, value, source = self.anchor.for_precision(need)
        self.mention.anchor, self.mention.anchor_source = value, source
        return parts

    def from_narrative(self, parts: Parts) -> Parts:
        """Record that the expression is counted from the date the narrative last named."""
        self.mention.anchor, self.mention.anchor_source = fmt_parts(parts), "narrative"
        return parts


Handler = Callable[[Match], DateMention | None]


def value_from_match(
    kind: str, m: re.Match, doc: Doc, anchor: Anchor, cfg: DatesSettings | None = None
) -> DateMention | None:
    """The mention of a grammar match of kind `kind`, through the kind's handler."""
    cfg = cfg or settings().dates
    gd = m.groupdict()
    start, end = m.span("ext") if gd.get("ext") else m.span()  # a preposition that is not part of the expression
    mention = DateMention(start, end, m.string[start:end])
    tense = clause_direction(kind, doc, m.string, start, end, cfg)
    try:
        out = HANDLERS[kind](Match(m, gd, doc, anchor, mention, tense, cfg))
    except (OverflowError, ValueError):  # "135821663441530 days ago": off the calendar, no value
        mention.value = None
        return mention
    if out is not None and out.value and out.value[:1] == "-":  # "3000 years ago": before year 1, no TIMEX3 year
        out.value = None
    return out


# ---------------------------------------------------------------------------
# Shared steps


def _add_part_of_day(mention: DateMention, part: str) -> None:
    """A day becomes a TIME with its part of the day: 2022-09-14 -> 2022-09-14TNI."""
    mention.assign(mention.value + "T" + PARTS_OF_DAY[part], "time", "TIME")


def _unit_word(raw: str) -> str:
    """The grammar's unit group in the singular: "days" -> day, "centurie" -> century."""
    unit = raw.lower()
    return "century" if unit.startswith("centur") else unit.rstrip("s")


def _year_value(c: Match, y: int) -> DateMention:
    c.mention.assign(fmt_year(y), "year")
    c.anchor.note(y)
    return c.mention


def _day_value(c: Match, d: dt.date | None) -> DateMention | None:
    """An absolute day, noted as the narrative date; None for an impossible one (February 30)."""
    if d is None:
        return None
    c.mention.assign(d.isoformat(), "day")
    c.anchor.note(d.year, d.month, d.day)
    return c.mention


def _year_after_direction(direction: str, month: int, anchor_month: int, y: int) -> int:
    """The year of "last March", "next spring" (by its middle month) from the anchor's month and year."""
    if direction in ("last", "past"):
        return y if month < anchor_month else y - 1
    if direction in ("next", "coming"):
        return y if month > anchor_month else y + 1
    return y


def offset(mention: DateMention, parts: Parts, unit: str, k: int) -> None:
    """Give the mention the date k units (day, week, month, year, decade) from `parts`."""
    y, mo, d = parts
    if unit == "day":
        mention.assign((dt.date(y, mo, d) + dt.timedelta(days=k)).isoformat(), "day")
    elif unit == "week":
        mention.assign(fmt_week(dt.date(y, mo, d) + dt.timedelta(weeks=k)), "week")
    elif unit == "month":
        mention.assign(fmt_month(*shift_months(y, mo, k)), "month")
    elif unit == "year":
        mention.assign(fmt_year(y + k), "year")
    elif unit == "decade":
        mention.assign(f"{(y + 10 * k) // 10:03d}", "decade")


def _unknown_duration(c: Match) -> DateMention:
    c.mention.assign(duration_value(None, c.gd["unit"].rstrip("s")), "duration", "DURATION")
    return c.mention


def _reported_year(c: Match) -> DateMention:
    """ "that year", "the same year": the year the narrative last named; "the full year", "for the year",
    "the end of the year": the year the article reports on, that of the quarter it reports if any."""
    ext = c.gd["ext"]
    base = c.anchor.narrative_at("year") if re.match(r"(?i)that|the\s+same", ext) else None
    if base is not None:
        y = c.from_narrative(base)[0]
    elif c.anchor.quarter is not None and re.search(r"\b(?:the|full|entire|whole|fiscal|calendar)\s+year$", ext, re.I):
        y = c.anchor.quarter[0]
    else:
        parts = c.relative("year")
        y = parts[0] if parts else None
    if y is not None:
        c.mention.assign(fmt_year(y), "year")
    return c.mention


# ---------------------------------------------------------------------------
# Absolute dates


def on_iso(c: Match) -> DateMention | None:
    """Example: "The report is dated [2022-09-01T10:30]." -> 2022-09-01T10:30"""
    gd = c.gd
    d = valid_day(int(gd["y"]), int(gd["m"]), int(gd["d"]))
    if d is None:
        return None
    if gd.get("hh"):
        c.mention.assign(f"{d.isoformat()}T{gd['hh']}:{gd['mm']}", "time", "TIME")
    else:
        c.mention.assign(d.isoformat(), "day")
    c.anchor.note(d.year, d.month, d.day)
    return c.mention


def on_dmy(c: Match) -> DateMention | None:
    """Example: "He spoke to reporters on [06 January 2022]." -> 2022-01-06"""
    return _day_value(c, valid_day(int(c.gd["y"]), month_number(c.gd["m"]), int(c.gd["d"])))


def on_mdy(c: Match) -> DateMention | None:
    """Example: "The treaty was signed on [January 3, 1992]." -> 1992-01-03"""
    return _day_value(c, valid_day(int(c.gd["y"]), month_number(c.gd["m"]), int(c.gd["d"])))


def on_numeric(c: Match) -> DateMention | None:
    """Month first (English news), unless the first number cannot be a month; two-digit years by
    dates.two_digit_year_pivot. Example: "The memo was dated [7/8/21] and signed." -> 2021-07-08"""
    a, b, c_ = int(c.gd["a"]), int(c.gd["b"]), int(c.gd["c"])
    y = c_ if c_ >= 100 else (2000 + c_ if c_ < c.cfg.two_digit_year_pivot else 1900 + c_)
    mo, day = (a, b) if a <= 12 else (b, a)
    return _day_value(c, valid_day(y, mo, day))


def on_my(c: Match) -> DateMention:
    """Example: "The embassy opened in [August 2003]." -> 2003-08"""
    y, mo = int(c.gd["y"]), month_number(c.gd["m"])
    c.mention.assign(fmt_month(y, mo), "month")
    c.anchor.note(y, mo)
    return c.mention


def on_my_spelled(c: Match) -> DateMention | None:
    """Example: "It happened in [January nineteen ninety-seven]." -> 1997-01"""
    y = spelled_year(c.gd)
    if y is None:
        return None
    if c.gd.get("m"):
        c.mention.assign(fmt_month(y, month_number(c.gd["m"])), "month")
        c.anchor.note(y, month_number(c.gd["m"]))
    else:
        c.mention.assign(fmt_season(y, c.gd["season"]), "season")
    return c.mention


def on_spelled_year(c: Match) -> DateMention | None:
    """Example: "He was born in [nineteen sixty-four]." -> 1964"""
    y = spelled_year(c.gd)
    return None if y is None else _year_value(c, y)


def on_year(c: Match) -> DateMention | None:
    """A bare year, unless a quantity ("about 1999 people") or part of a name ("the Russell 2000 Index").
    Example: "The pipeline opened in [2015] after years of delay." -> 2015"""
    m, doc = c.m, c.doc
    before = m.string[max(0, m.start() - c.cfg.year_context_chars) : m.start()]
    if (
        NOT_YEAR_BEFORE.search(before)
        or is_quantity(doc, m.start(), m.end(), plural_only=True)
        or in_name(doc, m.start(), m.end())
    ):
        return None
    return _year_value(c, int(c.gd["y"]))


def on_year_mod(c: Match) -> DateMention:
    """Example: "Prices rose in [early 2022]." -> 2022"""
    return _year_value(c, int(c.gd["y"]))


def on_season_year(c: Match) -> DateMention:
    """Example: "Talks began in [the spring of 2021]." -> 2021-SP"""
    c.mention.assign(fmt_season(int(c.gd["y"]), c.gd["season"]), "season")
    return c.mention


def on_quarter_year(c: Match) -> DateMention:
    """Example: "Profit fell in [the first quarter of 1988]." -> 1988-Q1"""
    y, q = int(c.gd["y"]), QUARTERS[c.gd["q"].lower()]
    c.mention.assign(fmt_quarter(y, q), "quarter")
    c.anchor.quarter = (y, q)
    return c.mention


def on_decade(c: Match) -> DateMention | None:
    """Not ages or temperatures ("in their 70s"). Example: "Growth slowed in [the 1990s]." -> 199"""
    m = c.m
    if c.gd.get("dec2"):
        before = m.string[max(0, m.start() - c.cfg.decade_context_chars) : m.start()]
        if AGE_BEFORE.search(before):
            return None  # ages and temperatures ("in their 70s")
        c.mention.assign("19" + c.gd["dec2"][0], "decade")
    else:
        c.mention.assign(c.gd["dec"][:3], "decade")
    return c.mention


def on_century(c: Match) -> DateMention:
    """Example: "It was the worst war of [the 20th century]." -> 19"""
    word = c.gd["ord"].lower()
    n = ORDINAL_NUMBER.get(word) or int(re.match(r"\d+", word)[0])
    c.mention.assign(f"{n - 1:02d}", "century")
    return c.mention


def on_year_period(c: Match) -> DateMention:
    """The quarter being reported, in that year. Example: "Net income rose in the third quarter from
    $5 million in [the 1988 quarter]." -> 1988-Q3"""
    y = int(c.gd["y"])
    if c.anchor.quarter is not None:  # "the 1988 quarter": the quarter reported, in 1988
        c.mention.assign(fmt_quarter(y, c.anchor.quarter[1]), "quarter")
    else:
        c.mention.assign(fmt_year(y), "year")
    return c.mention


# ---------------------------------------------------------------------------
# Month names, weekdays, holidays and seasons without a year: the clause's direction places them


def on_md(c: Match) -> DateMention | None:
    """Example: "The bid was extended to [Nov. 16]." -> 2022-11-16"""
    return _month_day(c)


def on_dm(c: Match) -> DateMention | None:
    """Example: "The vote was held on [3 March]." -> 2022-03-03"""
    return _month_day(c)


def _month_day(c: Match) -> DateMention | None:
    mo, day = month_number(c.gd["m"]), int(c.gd["d"])
    if not 1 <= day <= 31:
        return None
    parts = c.relative("year")
    if parts:
        y = resolve_month_year(parts[0], parts[1], mo, c.tense, day, parts[2], c.cfg)
        y = _weekday_year(y, mo, day, c.gd.get("wd"), dt.date(*parts) if all(parts) else None, c.tense, c.cfg)
        d = valid_day(y, mo, day)
        if d:
            c.mention.assign(d.isoformat(), "day")
    return c.mention


def _weekday_year(
    year: int,
    month: int,
    day: int,
    weekday: str | None,
    anchor: dt.date | None,
    tense: str = "past",
    cfg: DatesSettings | None = None,
) -> int:
    """The year a weekday named with the date fixes, when the tense's year's date has another weekday: the
    neighbouring year whose date has it and lies within `dates.weekday_year_max_days` of the anchor ("said in an
    editorial on Monday, Oct. 26" written on Oct. 25: the coming 26 October, a Monday, not last year's); where the
    clause leaves the direction open (a plan, a noun's date: 'past_near', 'nearest', 'present'), the other of the two
    dates nearest the anchor on either side when it has the weekday ("announced the vote in a statement on Sunday,
    Jan. 2" on Dec. 30: the January gone); else the tense's year (a weekday that fits no such year is a slip)."""
    if not weekday or anchor is None:
        return year
    max_days = (cfg or settings().dates).weekday_year_max_days
    wd = WEEKDAYS[weekday.lower()]
    own = valid_day(year, month, day)
    if own is None or own.weekday() == wd:
        return year
    for y in (year + 1, year - 1):
        d = valid_day(y, month, day)
        if d is None or d.weekday() != wd:
            continue
        near = abs((d - anchor).days) <= max_days
        other_side = tense not in ("past", "future") and (d <= anchor) != (own <= anchor)
        if near or (other_side and abs((d - anchor).days) < 366):
            return y
    return year


def on_month(c: Match) -> DateMention | None:
    """Not "may" the verb, nor "Mar" without its period, nor a month alone in capitals. Example: "The summit will
    take place in [November]." -> 2022-11"""
    gd = c.gd
    if gd["m"].lower().startswith("may") and not is_proper(c.doc, c.m.start(), c.m.end()):
        return None
    if gd["m"].lower().rstrip(".") in ("mar", "jan", "dec", "sep") and not gd["m"].endswith("."):
        return None  # "Mar" without a period is rarely a month in prose
    if gd["m"].isupper() and len(gd["m"]) > 1:
        return None  # a month alone in capitals is a headline's word ("PM MAY QUIT", "MARCH ON PARLIAMENT")
    mo = month_number(gd["m"])
    parts = c.relative("year")
    if parts:
        y = resolve_month_year(parts[0], parts[1], mo, c.tense, cfg=c.cfg)
        c.mention.assign(fmt_month(y, mo), "month")
    return c.mention


def on_weekday(c: Match) -> DateMention:
    """Example: "Fighting broke out on [Wednesday night]." -> 2022-09-14TNI"""
    wd = WEEKDAYS[c.gd["wd"].lower()]
    parts = c.relative("day")
    if parts:
        c.mention.assign(resolve_weekday(dt.date(*parts), wd, c.tense, c.cfg).isoformat(), "day")
        if c.gd.get("part"):
            _add_part_of_day(c.mention, c.gd["part"])
    return c.mention


def on_holiday(c: Match) -> DateMention:
    """Example: "Shops were closed on [Christmas Day]." -> 2021-12-25"""
    month_day = holiday(c.gd["h"])
    parts = c.relative("month")
    if parts:
        mo = month_day(parts[0]).month
        y = resolve_month_year(parts[0], parts[1], mo, c.tense, cfg=c.cfg)
        c.mention.assign(month_day(y).isoformat(), "day")
    return c.mention


def on_season(c: Match) -> DateMention:
    """Example: "The bridge will reopen in [spring], officials said." -> 2023-SP"""
    season = c.gd["season"].lower()
    parts = c.relative("month")
    if parts:
        y = resolve_month_year(parts[0], parts[1], SEASON_MIDDLE_MONTH[season], c.tense, cfg=c.cfg)
        c.mention.assign(fmt_season(y, season), "season")
    return c.mention


def on_clock(c: Match) -> DateMention:
    """A clock time on the day it names (a weekday, today...) or the anchor day: 2022-09-14T10:35(Z).
    Example: "The rocket was launched at [18:00 UTC on Tuesday]." -> 2022-09-13T18:00Z"""
    c.mention.type, c.mention.precision = "TIME", "time"
    hh, mm = _clock_time(c.gd)
    parts = c.relative("day")
    if not parts:
        return c.mention
    day = _clock_day(c, dt.date(*parts))
    zone = "Z" if (c.gd.get("tz") or "") in ("UTC", "GMT") else ""
    c.mention.value = f"{day.isoformat()}T{hh:02d}:{mm:02d}{zone}"
    return c.mention


def _clock_time(gd: dict) -> tuple[int, int]:
    """(hours, minutes) on the 24-hour clock: "5 p.m." -> (17, 0), "midnight" -> (24, 0)."""
    if gd.get("noon"):
        return (12, 0) if gd["noon"].lower() == "noon" else (24, 0)
    hh, mm = int(gd["h"]), int(gd.get("mi") or 0)
    ap = (gd.get("ap") or "").lower()
    if ap.startswith("p") and hh < 12:
        hh += 12
    elif ap.startswith("a") and hh == 12:
        hh = 0
    return hh, mm


def _clock_day(c: Match, day: dt.date) -> dt.date:
    """The day of a clock time: the one named with it, else the day last named in its sentence, else `day`."""
    anchor, gd = c.anchor, c.gd
    if anchor.last_day is not None and anchor.last_day_sentence == sentence_start(c.doc, c.mention.start_char):
        day = anchor.last_day  # "flew on Tuesday ... at 18:00 UTC"
    wd = (gd.get("wd") or "").lower()
    after = DATE_AFTER_COMMA.match(c.m.string, c.mention.end_char)
    named = gd if gd.get("cm") else after.groupdict() if after else None
    if named:  # "5 p.m. EST Nov. 9", "16:15 UTC, June 1st"
        mo, dd = month_number(named["cm"]), int(named["cd"])
        y = (
            int(named["cy"])
            if named.get("cy")
            else resolve_month_year(day.year, day.month, mo, c.tense, dd, day.day, c.cfg)
        )
        return valid_day(y, mo, dd) or day
    if wd in WEEKDAYS:
        return resolve_weekday(day, WEEKDAYS[wd], c.tense, c.cfg)
    if wd:
        return day + dt.timedelta(days=DEICTIC_DAYS[wd])
    return day


# ---------------------------------------------------------------------------
# Relative to the anchor: "last week", "yesterday", "three years ago"


def on_rel_unit(c: Match) -> DateMention:
    """Example: "Troops crossed the border [last week], officials said." -> 2022-W36"""
    direction, unit = c.gd["dir"].lower(), c.gd["unit"].lower()
    sign = DIRECTION_SIGNS.get(direction, 0)
    if unit in ("decade", "century") and direction in ("last", "past", "this"):
        # "over the past decade", "this century": TimeML writes the stretch of time (P10Y, P100Y)
        c.mention.assign(duration_value(1, unit), "duration", "DURATION")
        return c.mention
    parts = c.relative({"week": "day", "month": "month", "quarter": "month"}.get(unit, "year"))
    if not parts:
        return c.mention
    y, mo, d = parts
    if unit == "week":
        c.mention.assign(fmt_week(dt.date(y, mo, d) + dt.timedelta(weeks=sign)), "week")
    elif unit == "month":
        c.mention.assign(fmt_month(*shift_months(y, mo, sign)), "month")
    elif unit == "quarter":
        q = quarter_of(mo) + sign
        c.mention.assign(fmt_quarter(y + (q - 1) // 4, (q - 1) % 4 + 1), "quarter")
    elif unit == "year":
        c.mention.assign(fmt_year(y + sign), "year")
    elif unit == "decade":
        c.mention.assign(f"{(y // 10) + sign:03d}", "decade")
    elif unit == "century":
        c.mention.assign(f"{(y // 100) + sign:02d}", "century")
    return c.mention


def on_rel_named(c: Match) -> DateMention:
    """Example: "Talks began [last spring]." -> 2022-SP (the latest spring, not the previous calendar year's)"""
    direction = c.gd["dir"].lower()
    if c.gd.get("wd"):
        parts = c.relative("day")
        if parts:
            c.mention.assign(_weekday_after_direction(direction, dt.date(*parts), WEEKDAYS[c.gd["wd"].lower()]), "day")
    elif c.gd.get("m"):
        parts = c.relative("month")
        if parts:
            mo = month_number(c.gd["m"])
            c.mention.assign(fmt_month(_year_after_direction(direction, mo, parts[1], parts[0]), mo), "month")
    else:
        parts = c.relative("month")
        if parts:
            # "last spring" in October is this year's: the latest (or next) such season, not the calendar's
            season = c.gd["season"].lower()
            y = _year_after_direction(direction, SEASON_MIDDLE_MONTH[season], parts[1], parts[0])
            c.mention.assign(fmt_season(y, season), "season")
    return c.mention


def _weekday_after_direction(direction: str, base: dt.date, wd: int) -> str:
    """The day of "last Friday", "next Friday", "this Friday" (in the anchor's week)."""
    if direction in ("last", "past"):
        d = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
    elif direction in ("next", "coming"):
        d = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
    else:
        d = base + dt.timedelta(days=wd - base.weekday())
    return d.isoformat()


def on_month_rel_year(c: Match) -> DateMention:
    """Example: "Exports rose in [March this year]." -> 2022-03"""
    parts = c.relative("year")
    if parts:
        y = parts[0] + DIRECTION_SIGNS.get(c.gd["dir"].lower(), 0)
        c.mention.assign(fmt_month(y, month_number(c.gd["m"])), "month")
    return c.mention


def on_deictic(c: Match) -> DateMention:
    """Example: "Rebels attacked the town [last night]." -> 2022-09-14TNI"""
    word = c.gd["word"].lower()
    parts = c.relative("day")
    if parts:
        c.mention.assign((dt.date(*parts) + dt.timedelta(days=DEICTIC_DAYS[word])).isoformat(), "day")
        part = c.gd.get("part") or ("night" if word == "tonight" else None)
        if part:
            _add_part_of_day(c.mention, part)
    return c.mention


def on_this_part(c: Match) -> DateMention:
    """Example: "The minister resigned [this morning]." -> 2022-09-15TMO"""
    parts = c.relative("day")
    if parts:
        c.mention.assign(dt.date(*parts).isoformat(), "day")
        _add_part_of_day(c.mention, c.gd["part"])
    return c.mention


def on_weekend(c: Match) -> DateMention:
    """Example: "Protesters gathered over [the weekend] in the capital." -> 2022-W36-WE"""
    parts = c.relative("day")
    if parts:
        base = dt.date(*parts)
        direction = c.gd["dir"].lower()
        weeks = DIRECTION_SIGNS.get(direction, 0)
        if direction in ("the", "this") and c.tense == "past" and base.weekday() < 5:
            weeks = -1  # "over the weekend" in a report from Monday to Friday: the one just gone
        c.mention.assign(fmt_week(base + dt.timedelta(weeks=weeks)) + "-WE", "week")
    return c.mention


def on_span_rel(c: Match) -> DateMention | None:
    """ "two days later", "a year earlier" count from the date the narrative last named, "ago" from the anchor.
    Example: "The firm was founded [three years ago]." -> 2019"""
    n, unit, direction = number(c.gd["n"]), _unit_word(c.gd["unit"]), c.gd["dir"].lower()
    if n is None or unit not in ("day", "week", "month", "year", "decade"):
        return _vague_span(c, n, unit, direction)
    need = "day" if unit in ("day", "week") else ("month" if unit == "month" else "year")
    if unit == "year" and n == 1 and c.anchor.quarter is not None and direction in ("ago", "earlier"):
        # results compared with "a year ago" / "a year earlier": the same quarter of the previous year
        c.mention.assign(fmt_quarter(c.anchor.quarter[0] - 1, c.anchor.quarter[1]), "quarter")
        return c.mention
    if direction == "ago":
        parts = c.relative(need)
        if parts:
            offset(c.mention, parts, unit, -n)
        return c.mention
    # "two days later", "a year earlier": from the date the narrative last named; a year or a month
    # earlier than nothing named is counted from the publication date ("sales rose from a year earlier")
    base = c.anchor.narrative_at(need)
    if need == "day" and c.anchor.last_day is not None:  # the last day named, even a relative one
        base = (c.anchor.last_day.year, c.anchor.last_day.month, c.anchor.last_day.day)
    if base is not None:
        c.from_narrative(base)
    elif need != "day":
        base = c.relative(need)
    if base:
        offset(c.mention, base, unit, n if direction == "later" else -n)
    return c.mention


def _vague_span(c: Match, n: int | None, unit: str, direction: str) -> DateMention | None:
    """ "several years ago" (PAST_REF), "a few days later" (the stretch of time); None for other units."""
    if n is not None:
        return None
    if direction == "ago":  # "several years ago"
        c.mention.assign("PAST_REF", "reference")
        return c.mention
    # "a few days later": no date to give; TimeML keeps the stretch of time
    words = re.match(r"(.*?)\s+(?:earlier|later|previously)$", c.mention.text, re.S)
    c.mention.end_char = c.mention.start_char + len(words[1])
    c.mention.text = words[1]
    c.mention.assign(duration_value(None, unit), "duration", "DURATION")
    return c.mention


def on_next_day(c: Match) -> DateMention:
    """Example: "Talks began on 5 January 2022 and [the next day] troops arrived." -> 2022-01-06"""
    base = c.anchor.last_day or c.anchor.narrative_day()
    if base is not None and c.gd["unit"].lower() in ("day", "morning", "evening"):
        sign = 1 if c.gd["dir"].lower() in ("next", "following") else -1
        c.mention.anchor, c.mention.anchor_source = base.isoformat(), "narrative"
        c.mention.assign((base + dt.timedelta(days=sign)).isoformat(), "day")
    return c.mention


def on_narrative_unit(c: Match) -> DateMention:
    """Example: "The war began in March 2003. [The following year] elections were held." -> 2004"""
    unit = c.gd["unit"].lower()
    need = {"week": "day", "month": "month"}.get(unit, "year")
    sign = 1 if c.gd["dir"].lower() in ("following", "next") else -1
    base = c.anchor.narrative_at(need)
    base = c.relative(need) if base is None else c.from_narrative(base)
    if base:
        offset(c.mention, base, unit, sign)
    return c.mention


def on_the_day(c: Match) -> DateMention:
    """The day the article last named ("On Monday the index fell ... to end the day at"), else the publication
    day. Example: "On Tuesday the index fell 3% before it recovered to end [the day] 1% lower." -> 2022-09-13"""
    if c.anchor.last_day is not None:
        c.mention.assign(c.anchor.last_day.isoformat(), "day")
        c.mention.anchor, c.mention.anchor_source = c.anchor.last_day.isoformat(), "narrative"
    else:
        parts = c.relative("day")
        if parts:
            c.mention.assign(dt.date(*parts).isoformat(), "day")
    return c.mention


def on_the_day_part(c: Match) -> DateMention:
    """A part of the day the article last named ("Marinova quit on Feb. 6. Stanev hit back [the same evening]"),
    as "that day" is; no day named before: no value (a story's "that night" may be any night). Example: "The
    talks broke down on Monday. [That night] rebels shelled the town." -> 2022-09-12TNI"""
    if c.anchor.last_day is not None:
        c.mention.assign(c.anchor.last_day.isoformat(), "day")
        _add_part_of_day(c.mention, c.gd["part"])
        c.mention.anchor, c.mention.anchor_source = c.anchor.last_day.isoformat(), "narrative"
    return c.mention


def on_moments_later(c: Match) -> DateMention:
    """The day the article last named, for a moment after its act, as "that day" is (no day named before: the
    publication day). Example: "Kenya closed the border on Monday. [Hours later], Uganda protested." -> 2022-09-12"""
    return on_the_day(c)


def on_the_year(c: Match) -> DateMention:
    """Example: "Sales for [the year] rose 5%." -> 2022"""
    return _reported_year(c)


def on_year_part(c: Match) -> DateMention:
    """Example: "The war began in 2003. [That same year] troops left." -> 2003"""
    return _reported_year(c)


# ---------------------------------------------------------------------------
# Quarters and year-ago figures


def on_quarter(c: Match) -> DateMention:
    """The latest one for reported results, the coming one in the future tense (those whose results are still
    to come: dates.future_quarter_lag). Example: "Sales in [the second quarter] rose sharply." -> 2022-Q2"""
    q = QUARTERS[c.gd["q"].lower()]
    parts = c.relative("month")
    if parts:
        y, cq = parts[0], quarter_of(parts[1])
        if c.gd.get("dir") or c.gd.get("dir2"):
            y += DIRECTION_SIGNS.get((c.gd.get("dir") or c.gd.get("dir2")).lower(), 0)
        elif c.tense == "past":
            y = y if q <= cq else y - 1
        elif c.tense == "future":  # results of the quarter just ended are still to come
            y = y if q >= cq - c.cfg.future_quarter_lag else y + 1
        c.mention.assign(fmt_quarter(y, q), "quarter")
        c.anchor.quarter = (y, q)
    return c.mention


def on_the_quarter(c: Match) -> DateMention:
    """The quarter the article is about, else the latest completed one.
    Example: "Profit in [the quarter] fell to $3 million." -> 2022-Q2"""
    which = (c.gd.get("which") or "").strip().lower()
    parts = c.relative("month")
    if parts:
        current = (parts[0], quarter_of(parts[1]))
        if which == "current":
            y, q = current
        elif which or c.anchor.quarter is None and c.tense == "past":
            y, q = previous_quarter(*current)  # the latest (completed) quarter
        elif c.anchor.quarter is not None:
            y, q = c.anchor.quarter  # the quarter the article is about
        else:
            y, q = current
        c.mention.assign(fmt_quarter(y, q), "quarter")
        c.anchor.quarter = (y, q)
    return c.mention


def on_same_period(c: Match) -> DateMention:
    """The period the article reports, a year before. Example: "Output in the third quarter beat [the same
    period last year]." -> 2021-Q3"""
    what, quarter, month = c.gd["what"], c.anchor.quarter, c.anchor.month
    parts = c.relative("year")
    if what in ("quarter", "period") and quarter is not None:
        c.mention.assign(fmt_quarter(quarter[0] - 1, quarter[1]), "quarter")
    elif what in ("month", "period") and month is not None:
        c.mention.assign(fmt_month(month[0] - 1, month[1]), "month")
    elif parts:
        c.mention.assign(fmt_year(parts[0] - 1), "year")
    return c.mention


def on_year_earlier(c: Match) -> DateMention:
    """The quarter last named (else the latest completed one), a year before.
    Example: "Profit rose in the third quarter from [the year-earlier quarter]." -> 2021-Q3"""
    parts = c.relative("month")
    if parts or c.anchor.quarter:
        if c.anchor.quarter is not None:
            y, q = c.anchor.quarter
        else:
            y, q = previous_quarter(parts[0], quarter_of(parts[1]))
        if c.gd.get("q"):
            q = QUARTERS[c.gd["q"].lower()]
        if c.gd.get("what") == "quarter" or c.gd.get("q") or c.anchor.quarter is not None:
            c.mention.assign(fmt_quarter(y - 1, q), "quarter")
        else:
            c.mention.assign(fmt_year((parts[0] if parts else y) - 1), "year")
    return c.mention


# ---------------------------------------------------------------------------
# Durations, sets and references


def on_duration(c: Match) -> DateMention | None:
    """Not fractions ("three-quarters of the vote", "a quarter point": dates.fraction_context_chars).
    Example: "The strike lasted [two consecutive weeks]." -> P2W"""
    m = c.m
    n, unit = number(c.gd["n"]), _unit_word(c.gd["unit"])
    c.mention.assign(None, "duration", "DURATION")
    if unit == "weekend":
        return None if n is None else c.mention  # "two weekends": no TIMEX unit for it
    if (
        unit == "quarter"
        and FRACTION_AFTER.match(m.string[m.end() : m.end() + c.cfg.fraction_context_chars])
        and not QUARTERS_OF_TIME.search(m.group(0))
    ):
        return None  # a fraction: "three-quarters of the vote", "a quarter point"
    c.mention.value = duration_value(n, unit)
    return c.mention


def on_half_duration(c: Match) -> DateMention:
    """Example: "The talks went on for [two and a half years]." -> P2Y6M"""
    n = number(c.gd["n"]) if c.gd.get("n") else 0
    c.mention.assign(None if n is None else half_duration_value(n, _unit_word(c.gd["unit"])), "duration", "DURATION")
    return c.mention


def on_bare_duration(c: Match) -> DateMention:
    """Example: "Negotiators have argued over the terms for [years]." -> PXY"""
    return _unknown_duration(c)


def on_recent_units(c: Match) -> DateMention:
    """Example: "Prices have risen in [recent months]." -> PXM"""
    return _unknown_duration(c)


def on_year_ended(c: Match) -> DateMention:
    """A fiscal year, told by its length. Example: "In [the year] ended March 31 profit fell." -> P1Y"""
    c.mention.assign("P1Y", "duration", "DURATION")
    return c.mention


def on_set(c: Match) -> DateMention:
    """Example: "The committee meets [every Thursday] in the old town hall." -> XXXX-WXX-4"""
    gd = c.gd
    word, unit = (gd.get("word") or "").lower(), (gd.get("unit") or "").lower()
    if word:
        value = SET_WORDS[word]
    elif unit:
        value = SET_UNITS[unit]
    elif gd.get("wd"):
        value = f"XXXX-WXX-{WEEKDAYS[gd['wd'].lower()] + 1}"
    else:
        value = f"XXXX-{month_number(gd['m']):02d}"
    c.mention.assign(value, "set", "SET")
    return c.mention


def on_vague(c: Match) -> DateMention:
    """Example: "Prices are [now] back where they were." -> PRESENT_REF"""
    word = c.gd["word"].lower()
    if word.endswith(("future", "past")) and re.match(r"\s+of\b", c.m.string[c.m.end() : c.m.end() + 4]):
        return None  # "the future of the plant": a thing, not a time
    present = word in ("currently", "nowadays", "now", "current")
    c.mention.assign(
        "PRESENT_REF" if present else ("FUTURE_REF" if word.endswith("future") else "PAST_REF"), "reference"
    )
    return c.mention


HANDLERS: dict[str, Handler] = {
    "iso": on_iso,
    "clock": on_clock,
    "dmy": on_dmy,
    "mdy": on_mdy,
    "my": on_my,
    "month_rel_year": on_month_rel_year,
    "md": on_md,
    "dm": on_dm,
    "season_year": on_season_year,
    "quarter_year": on_quarter_year,
    "same_period": on_same_period,
    "year_earlier": on_year_earlier,
    "quarter": on_quarter,
    "the_quarter": on_the_quarter,
    "decade": on_decade,
    "weekend": on_weekend,
    "rel_unit": on_rel_unit,
    "recent_units": on_recent_units,
    "narrative_unit": on_narrative_unit,
    "rel_named": on_rel_named,
    "this_part": on_this_part,
    "the_day": on_the_day,
    "the_day_part": on_the_day_part,
    "moments_later": on_moments_later,
    "deictic": on_deictic,
    "century": on_century,
    "year_period": on_year_period,
    "span_rel": on_span_rel,
    "next_day": on_next_day,
    "set": on_set,
    "half_duration": on_half_duration,
    "duration": on_duration,
    "bare_duration": on_bare_duration,
    "numeric": on_numeric,
    "my_spelled": on_my_spelled,
    "spelled_year": on_spelled_year,
    "holiday": on_holiday,
    "season": on_season,
    "year_ended": on_year_ended,
    "the_year": on_the_year,
    "year_part": on_year_part,
    "year_mod": on_year_mod,
    "weekday": on_weekday,
    "month": on_month,
    "year": on_year,
    "vague": on_vague,
}
