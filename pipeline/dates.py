"""Date normalization: temporal expressions -> TIMEX3 values at their true precision.

Where expressions come from:
* a small grammar (regular expressions checked against spaCy's tokens) for the forms news
  uses most and dateparser gets wrong: bare years, months without a year, weekdays,
  "last week", "two days later", durations;
* the DATE/TIME entities spaCy finds that the grammar does not cover, parsed with
  dateparser (`get_date_data(...).period` gives the precision; the parts dateparser fills
  in from its base date are never written).

How relative expressions are anchored:
* on the publication date when the article has one;
* otherwise on the nearest preceding absolute date in the text (narrative time), and
  `anchor_source` says so; with no usable anchor the value stays null. Nothing is guessed.
* "two days later", "the next day" always refer to the narrative date before them.

Weekdays and month names without a year take the closest fitting date, in the past
unless the clause is in the future tense ("will meet on Friday").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": None, "a few": None, "few": None,
                "many": None}
UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
              "hour": "H", "minute": "M", "second": "S", "weekend": "WE", "quarter": "Q"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_MONTH = (r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?P<{g}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYNUM = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[5-9]\d\d|20\d\d)"
_NUM = r"(?P<n>(?i:\d+|a few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|many))"
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade|centur(?:y|ie)|hour|minute|weekend|quarter))s?"


def _g(pattern: str, **names: str) -> str:
    return pattern.format(**{"g": names.get("g", "x")})


_WD_PREFIX = r"(?:" + _WEEKDAY.format(g="wd") + r",?\s+)?"
GRAMMAR: list[tuple[str, re.Pattern]] = [(name, re.compile(rx)) for name, rx in [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?\b"),
    ("dmy", r"\b" + _WD_PREFIX + _DAYNUM.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="m") + r",?\s+" + _YEAR.format(g="y") + r"\b"),
    ("mdy", r"\b" + _WD_PREFIX + _MONTH.format(g="m") + r"\s+" + _DAYNUM.format(g="d") + r"(?:,\s*|\s+)" + _YEAR.format(g="y") + r"\b"),
    ("my", r"\b(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?" + _MONTH.format(g="m") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ("md", r"\b" + _WD_PREFIX + _MONTH.format(g="m") + r"\s+" + _DAYNUM.format(g="d") + r"\b(?!\s*(?:,\s*)?\d)"),
    ("dm", r"\b" + _WD_PREFIX + _DAYNUM.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="m") + r"\b(?!,?\s+\d)"),
    ("season_year", r"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ("quarter_year", r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ("decade", r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0)'?s\b"),
    ("rel_unit", r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing|[Cc]urrent)\s+(?P<unit>week|month|year|weekend|quarter|decade|century)\b"),
    ("rel_named", r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)|(?P<season>spring|summer|autumn|fall|winter))\b"),
    ("deictic", r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    ("span_rel", r"\b" + _NUM + r"\s+" + _UNIT + r"\s+(?P<dir>ago|earlier|later|before|after|previously)\b"),
    ("next_day", r"\b(?:the\s+)(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|week|month|year|morning|evening)\b"),
    ("duration", r"\b(?:the\s+(?:past|last|next|previous|coming|following)\s+)?" + _NUM + r"(?:[\s-]+)" + _UNIT + r"(?![\s-]+(?:ago|earlier|later|before|after|old))\b"),
    ("year_mod", r"\b(?:the\s+)?(?P<mod>early|mid|late|end of|beginning of|start of|middle of)[\s-]+" + _YEAR.format(g="y") + r"\b"),
    ("weekday", r"\b" + _WEEKDAY.format(g="wd") + r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    ("month", r"\b" + _MONTH.format(g="m") + r"\b"),
    ("year", r"(?<![\d$€£.,])" + _YEAR.format(g="y") + r"(?![\d%]|\s*(?:km|kilomet|mile|metre|meter|people|troops|soldiers|tonnes|tons|barrels|dollars|yuan|euros|percent)\b|,\d)"),
    ("vague", r"\b(?P<word>recent (?:days|weeks|months|years)|[Rr]ecently|the past|the future|[Nn]owadays|[Cc]urrently|the moment)\b"),
]]

# Words before a bare year that make it a quantity, not a date.
_NOT_YEAR_BEFORE = re.compile(r"(?:No\.?|number|about|some|over|nearly|almost|than|of|US\$|\$|Article|article|page|route|Route|flight|Flight)\s*$")


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


# ---------------------------------------------------------------------------
# Formatting


def fmt_day(d: dt.date) -> str:
    return d.isoformat()


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The day range a TIMEX date value covers (year, month, ISO week or day precision), or None."""
    if not value:
        return None
    w = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if w:
        try:
            return dt.date.fromisocalendar(int(w[1]), int(w[2]), 1), dt.date.fromisocalendar(int(w[1]), int(w[2]), 7)
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = dt.date(y, int(mo), int(d))
            return day, day
        if mo:
            start = dt.date(y, int(mo), 1)
            end = (dt.date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)) - dt.timedelta(days=1)
            return start, end
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR[w[:4] if w.startswith("sept") else w[:3]]


def _number(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


def _shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _valid_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Tense of the clause around an expression


def clause_tense(doc, start_char: int, end_char: int) -> str:
    """'past', 'future' or 'present' for the finite clause governing the span.

    Walks up from the expression through non-finite verbs ("used to justify the invasion
    in February") to the first verb whose own form or auxiliaries carry tense.
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present"
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            words = {a.lower_ for a in aux}
            if words & {"will", "'ll", "shall", "wo"}:
                return "future"
            if "going" in words:
                return "future"
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
                return "past"
            if tok.tag_ == "VBN" and words & {"has", "have", "'ve"}:
                return "past"
            if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in aux):
                return "present"
        if tok.head is tok:
            break
        tok = tok.head
    return "present"


# ---------------------------------------------------------------------------
# Resolution helpers


def resolve_weekday(anchor: dt.date, weekday: int, tense: str) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if tense == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    if tense == "present" and back > 3:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=back)


def resolve_month_year(anchor_year: int, anchor_month: int | None, month: int, tense: str) -> int:
    if anchor_month is None:
        return anchor_year
    if tense == "past":
        return anchor_year if month <= anchor_month else anchor_year - 1
    if tense == "future":
        return anchor_year if month >= anchor_month else anchor_year + 1
    # nearest fitting month; on a tie min() over (distance, year) picks the earlier year
    return min((abs((y * 12 + month) - (anchor_year * 12 + anchor_month)), y)
               for y in (anchor_year - 1, anchor_year, anchor_year + 1))[1]


class Anchor:
    """The reference date for relative expressions in one document."""

    def __init__(self, publication_date: dt.date | None):
        self.publication = publication_date
        self.narrative: tuple[int, int | None, int | None] | None = None  # (y, m, d) of the last absolute date

    def for_precision(self, need: str):
        """(date parts, anchor value, source) for an expression that needs year / month / day precision."""
        if self.publication is not None:
            p = self.publication
            return (p.year, p.month, p.day), p.isoformat(), "publication_date"
        if self.narrative is None:
            return None, None, None
        y, m, d = self.narrative
        if need == "month" and m is None or need == "day" and (m is None or d is None):
            return None, None, None
        value = f"{y:04d}" if m is None else (fmt_month(y, m) if d is None else fmt_day(dt.date(y, m, d)))
        return (y, m, d), value, "narrative"

    def narrative_day(self):
        """Last absolute day in the text, for 'two days later', 'the next day'."""
        if self.narrative and self.narrative[2] is not None:
            y, m, d = self.narrative
            return dt.date(y, m, d)
        return None

    def note(self, y: int, m: int | None = None, d: int | None = None) -> None:
        self.narrative = (y, m, d)


# ---------------------------------------------------------------------------
# Grammar matches -> values


def _value_from_match(kind: str, m: re.Match, doc, anchor: Anchor) -> DateMention | None:
    gd = m.groupdict()
    mention = DateMention(m.start(), m.end(), m.group(0))
    tense = clause_tense(doc, m.start(), m.end()) if kind in ("md", "dm", "month", "weekday", "rel_named") else "past"

    def relative(need: str):
        parts, value, source = anchor.for_precision(need)
        mention.anchor, mention.anchor_source = value, source
        return parts

    if kind == "iso":
        d = _valid_day(int(gd["y"]), int(gd["m"]), int(gd["d"]))
        if d is None:
            return None
        if gd.get("hh"):
            mention.type, mention.value, mention.precision = "TIME", f"{d.isoformat()}T{gd['hh']}:{gd['mm']}", "time"
        else:
            mention.value, mention.precision = d.isoformat(), "day"
        anchor.note(d.year, d.month, d.day)
    elif kind in ("dmy", "mdy"):
        d = _valid_day(int(gd["y"]), _month_number(gd["m"]), int(gd["d"]))
        if d is None:
            return None
        mention.value, mention.precision = d.isoformat(), "day"
        anchor.note(d.year, d.month, d.day)
    elif kind == "my":
        y, mo = int(gd["y"]), _month_number(gd["m"])
        mention.value, mention.precision = fmt_month(y, mo), "month"
        anchor.note(y, mo)
    elif kind in ("md", "dm"):
        mo, day = _month_number(gd["m"]), int(gd["d"])
        if not 1 <= day <= 31:
            return None
        parts = relative("year")
        if parts:
            y = resolve_month_year(parts[0], parts[1], mo, tense)
            d = _valid_day(y, mo, day)
            if d:
                mention.value, mention.precision = d.isoformat(), "day"
    elif kind == "season_year":
        mention.value, mention.precision = f"{int(gd['y']):04d}-{SEASONS[gd['season'].lower()]}", "season"
    elif kind == "quarter_year":
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[gd["q"].lower()]
        mention.value, mention.precision = f"{int(gd['y']):04d}-Q{q}", "quarter"
    elif kind == "decade":
        mention.value, mention.precision = gd["dec"][:3], "decade"
    elif kind in ("year", "year_mod"):
        y = int(gd["y"])
        before = m.string[max(0, m.start() - 12):m.start()]
        if kind == "year" and (_NOT_YEAR_BEFORE.search(before) or _is_quantity(doc, m.start(), m.end())):
            return None
        mention.value, mention.precision = f"{y:04d}", "year"
        anchor.note(y)
    elif kind == "month":
        if gd["m"].lower().startswith("may") and not _is_proper(doc, m.start(), m.end()):
            return None
        if gd["m"].lower().rstrip(".") in ("mar", "jan", "dec", "sep") and not gd["m"].endswith("."):
            return None  # "Mar" without a period is rarely a month in prose
        mo = _month_number(gd["m"])
        parts = relative("year")
        if parts:
            y = resolve_month_year(parts[0], parts[1], mo, tense)
            mention.value, mention.precision = fmt_month(y, mo), "month"
    elif kind == "weekday":
        wd = WEEKDAYS[gd["wd"].lower()]
        parts = relative("day")
        if parts:
            d = resolve_weekday(dt.date(*parts), wd, tense)
            mention.value, mention.precision = d.isoformat(), "day"
            if gd.get("part"):
                mention.type = "TIME"
                mention.value += "T" + {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[gd["part"]]
                mention.precision = "time"
    elif kind == "rel_unit":
        _rel_unit(mention, gd["dir"].lower(), gd["unit"].lower(), relative)
    elif kind == "rel_named":
        direction = gd["dir"].lower()
        if gd.get("wd"):
            parts = relative("day")
            if parts:
                base = dt.date(*parts)
                wd = WEEKDAYS[gd["wd"].lower()]
                if direction in ("last", "past"):
                    d = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
                elif direction in ("next", "coming"):
                    d = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
                else:
                    d = base + dt.timedelta(days=wd - base.weekday())
                mention.value, mention.precision = d.isoformat(), "day"
        elif gd.get("m"):
            parts = relative("month")
            if parts:
                mo = _month_number(gd["m"])
                y = parts[0]
                if direction in ("last", "past"):
                    y = y if mo < parts[1] else y - 1
                elif direction in ("next", "coming"):
                    y = y if mo > parts[1] else y + 1
                mention.value, mention.precision = fmt_month(y, mo), "month"
        else:
            parts = relative("month")
            if parts:
                y = parts[0] + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
                mention.value, mention.precision = f"{y:04d}-{SEASONS[gd['season'].lower()]}", "season"
    elif kind == "deictic":
        word = gd["word"].lower()
        parts = relative("day")
        if parts:
            d = dt.date(*parts) + dt.timedelta(days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word])
            mention.value, mention.precision = d.isoformat(), "day"
            part = gd.get("part") or ("night" if word == "tonight" else None)
            if part:
                mention.type = "TIME"
                mention.value += "T" + {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[part]
                mention.precision = "time"
    elif kind == "span_rel":
        n = _number(gd["n"])
        unit = gd["unit"].lower().rstrip("s")
        unit = "century" if unit.startswith("centur") else unit
        direction = gd["dir"].lower()
        if n is None or unit not in ("day", "week", "month", "year", "decade"):
            return mention if n is None else None
        if direction == "ago":
            parts = relative("day" if unit in ("day", "week") else ("month" if unit == "month" else "year"))
            if parts:
                _offset(mention, parts, unit, -n)
        else:
            base = anchor.narrative_day()
            if base is not None:
                mention.anchor, mention.anchor_source = base.isoformat(), "narrative"
                _offset(mention, (base.year, base.month, base.day), unit, n if direction in ("later", "after") else -n)
    elif kind == "next_day":
        base = anchor.narrative_day()
        unit = gd["unit"].lower()
        if base is not None and unit in ("day", "morning", "evening"):
            sign = 1 if gd["dir"].lower() in ("next", "following") else -1
            mention.anchor, mention.anchor_source = base.isoformat(), "narrative"
            mention.value, mention.precision = (base + dt.timedelta(days=sign)).isoformat(), "day"
    elif kind == "duration":
        n = _number(gd["n"])
        unit = gd["unit"].lower()
        unit = "century" if unit.startswith("centur") else unit.rstrip("s")
        mention.type, mention.precision = "DURATION", "duration"
        code = UNIT_CODES.get(unit)
        if code is None:
            return None
        qty = "X" if n is None else str(n)
        if unit in ("hour", "minute", "second"):
            mention.value = f"PT{qty}{code}"
        elif unit == "weekend":
            mention.value = None
        elif unit == "quarter":
            mention.value = f"P{qty if n is None else 3 * n}M"
        else:
            mention.value = f"P{qty}{code}"
    elif kind == "vague":
        word = gd["word"].lower()
        mention.precision = "reference"
        mention.value = "PRESENT_REF" if word in ("currently", "nowadays", "the moment") else (
            "FUTURE_REF" if word == "the future" else "PAST_REF")
    return mention


def _offset(mention: DateMention, parts, unit: str, k: int) -> None:
    y, mo, d = parts
    if unit == "day":
        mention.value, mention.precision = (dt.date(y, mo, d) + dt.timedelta(days=k)).isoformat(), "day"
    elif unit == "week":
        mention.value, mention.precision = fmt_week(dt.date(y, mo, d) + dt.timedelta(weeks=k)), "week"
    elif unit == "month":
        yy, mm = _shift_months(y, mo, k)
        mention.value, mention.precision = fmt_month(yy, mm), "month"
    elif unit == "year":
        mention.value, mention.precision = f"{y + k:04d}", "year"
    elif unit == "decade":
        mention.value, mention.precision = f"{(y + 10 * k) // 10:03d}", "decade"


def _rel_unit(mention: DateMention, direction: str, unit: str, relative) -> None:
    sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(direction, 0)
    need = {"week": "day", "weekend": "day", "month": "month", "quarter": "month"}.get(unit, "year")
    parts = relative(need)
    if not parts:
        return
    y, mo, d = parts
    if unit == "week":
        mention.value, mention.precision = fmt_week(dt.date(y, mo, d) + dt.timedelta(weeks=sign)), "week"
    elif unit == "weekend":
        mention.value, mention.precision = fmt_week(dt.date(y, mo, d) + dt.timedelta(weeks=sign)), "week"
    elif unit == "month":
        yy, mm = _shift_months(y, mo, sign)
        mention.value, mention.precision = fmt_month(yy, mm), "month"
    elif unit == "quarter":
        q = (mo - 1) // 3 + 1 + sign
        yy = y + (q - 1) // 4
        q = (q - 1) % 4 + 1
        mention.value, mention.precision = f"{yy:04d}-Q{q}", "quarter"
    elif unit == "year":
        mention.value, mention.precision = f"{y + sign:04d}", "year"
    elif unit == "decade":
        mention.value, mention.precision = f"{(y // 10) + sign:03d}", "decade"
    elif unit == "century":
        mention.value, mention.precision = f"{(y // 100) + sign:02d}", "century"


def _is_quantity(doc, start: int, end: int) -> bool:
    """A number that counts something ("1500 tanks", "about 1999 people"): the next word is a plain noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.tag_ in ("NNS", "NN") and nxt.ent_type_ not in ("DATE", "TIME") and nxt.lower_ not in ("year", "years")


def _is_proper(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.tag_ == "NNP" or t.ent_type_ == "DATE" for t in span)


# ---------------------------------------------------------------------------
# dateparser for what the grammar does not cover


_DP_PERIOD = {"year": "year", "month": "month", "week": "week", "day": "day", "time": "time"}


def _dateparser_value(text: str, anchor: Anchor) -> tuple[str | None, str | None, str | None, str | None]:
    """(value, precision, anchor, anchor_source) from dateparser, precision kept, filled-in parts dropped."""
    if not re.search(r"\d", text):
        return None, None, None, None  # words only: the grammar would have known them
    parts, anchor_value, source = anchor.for_precision("day")
    base = dt.datetime(*parts) if parts else dt.datetime(2000, 1, 1)
    data = _ddp(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None, None, None, None
    d = data.date_obj.date()
    period = data.period or "day"
    has_year = bool(re.search(r"\b\d{4}\b", text))
    if not has_year and not parts:
        return None, None, None, None
    value = {"year": f"{d.year:04d}", "month": fmt_month(d.year, d.month), "week": fmt_week(d)}.get(period, d.isoformat())
    return value, period if period in _DP_PERIOD else "day", (None if has_year else anchor_value), (None if has_year else source)


_DDP_CACHE: dict = {}


def _ddp(base: dt.datetime):
    from dateparser.date import DateDataParser

    key = base.date()
    if key not in _DDP_CACHE:
        if len(_DDP_CACHE) > 256:
            _DDP_CACHE.clear()
        _DDP_CACHE[key] = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True})
    return _DDP_CACHE[key]


# ---------------------------------------------------------------------------


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def find_dates(doc, publication_date: dt.date | None) -> list[DateMention]:
    """All temporal expressions of a parsed document, in text order, with TIMEX3 values."""
    from .nlp import ents_of, text_of

    text = text_of(doc)
    candidates: list[tuple[int, int, str, re.Match]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in GRAMMAR:
        for m in rx.finditer(text):
            span = (m.start(), m.end())
            if _overlaps(span, taken):
                continue
            candidates.append((m.start(), m.end(), kind, m))
            taken.append(span)
    # spaCy DATE/TIME entities the grammar did not cover
    for ent in ents_of(doc):
        if ent.label_ in ("DATE", "TIME") and not _overlaps((ent.start_char, ent.end_char), taken):
            s, e = ent.start_char, ent.end_char
            while e > s and text[e - 1] in " \n\t.,;:’'”\"":
                e -= 1
            if e > s:
                candidates.append((s, e, "entity", None))
    candidates.sort(key=lambda c: c[0])

    anchor = Anchor(publication_date)
    out: list[DateMention] = []
    for start, end, kind, m in candidates:
        if kind == "entity":
            surface = text[start:end]
            if _is_quantity(doc, start, end):
                continue
            value, precision, a_value, a_source = _dateparser_value(surface, anchor)
            if value is None and not re.search(r"\d", surface):
                continue  # vague words spaCy calls dates ("the early days"): no value to give
            typ = "TIME" if any(t.ent_type_ == "TIME" for t in doc.char_span(start, end, alignment_mode="expand") or []) else "DATE"
            if value is None and re.search(r"\b(years?|months?|weeks?|days?|decades?)\b", surface, re.I) and not re.search(r"\b(ago|last|next|this)\b", surface, re.I):
                typ = "DURATION"
            out.append(DateMention(start, end, surface, typ, value, precision if value else None, a_value, a_source))
            if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) and a_source is None:
                parts = [int(x) for x in value.split("-")]
                anchor.note(*parts)
            continue
        mention = _value_from_match(kind, m, doc, anchor)
        if mention is not None:
            if mention.value is None:
                mention.precision = None
            if mention.anchor_source is None:
                mention.anchor = None
            out.append(mention)
    return out
