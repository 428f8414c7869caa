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

from pipeline.stages.regex_guard import guarded

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {"a": 1, "an": 1, **{w: i for i, w in enumerate(_UNITS_WORDS, start=1)},
                **{w: i for i, w in enumerate(_TEENS, start=10)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
                "hundred": 100, "a hundred": 100, "several": None, "a few": None, "few": None, "many": None,
                "a couple of": 2, "a couple": 2, "couple of": 2}
NUMBER_WORDS.update({f"{t}{sep}{u}": NUMBER_WORDS[t] + NUMBER_WORDS[u] for t in _TENS for u in _UNITS_WORDS for sep in "- "})
UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
              "hour": "H", "minute": "M", "second": "S", "weekend": "WE", "quarter": "Q"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_MONTH = (r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?P<{g}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYNUM = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[5-9]\d\d|20\d\d)"
_NUMBER_WORD_RX = ("(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS_WORDS) + "))?|" + "|".join(_TEENS) + "|"
                   + "|".join(_UNITS_WORDS) + "|a hundred|hundred|a couple of|a couple|a few|few|several|many|an|a")
_NUM = r"(?P<n>(?i:\d+|" + _NUMBER_WORD_RX + r"))"
_UNIT_ADJ = r"(?:(?:consecutive|straight|successive|full|more|additional|further|trading|business|working|calendar)\s+)?"
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade|centur(?:y|ie)|hour|minute|weekend|quarter))s?"


def _g(pattern: str, **names: str) -> str:
    return pattern.format(**{"g": names.get("g", "x")})


_WD_PREFIX = r"(?:" + _WEEKDAY.format(g="wd") + r",?\s+)?"
_WD_WORDS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY_AFTER = (r"(?:\s+(?:on\s+)?(?:(?P<wd>" + _WD_WORDS + r"|today|yesterday|tomorrow)\b|"
              + _MONTH.format(g="cm") + r"\s+" + _DAYNUM.format(g="cd") + r"\b(?!,?\s*\d)))?")
# a date just after a clock time and a comma gives its day: "at 16:15 UTC, June 1st"
_DATE_AFTER_COMMA = re.compile(r",\s*(?:on\s+)?" + _MONTH.format(g="cm") + r"\s+" + _DAYNUM.format(g="cd")
                               + r"\b(?:,?\s+(?P<cy>1[5-9]\d\d|20\d\d)\b)?")
_ORDINAL_Q = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal)"
_ORDINAL_WORDS = ["twenty-first", "twenty first", "twentieth", "nineteenth", "eighteenth", "seventeenth", "sixteenth",
                  "fifteenth", "Twenty-first", "Twentieth", "Nineteenth", "Eighteenth"]
_ORDINAL_NUMBER = {"twenty-first": 21, "twenty first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18,
                   "seventeenth": 17, "sixteenth": 16, "fifteenth": 15}
# "the year" that is not the year reported on: "the year before", "the year's", "the year two thousand"
_NOT_THAT_YEAR = r"(?![\s-]*(?:-|'s|’s|before|after|earlier|ago|two|nineteen|\d|of\b|when|in\s+which|that|ended|ending|ends))"
_PLURAL_UNIT = r"(?P<unit>years|months|weeks|days|decades|hours|minutes)"
GRAMMAR_SOURCE: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?\b"),
    # clock times: "10:35 a.m.", "9 a.m. EST Tuesday", "18:00 UTC", "noon Thursday"
    ("clock", r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[AaPp]\.[Mm]\.?|[AaPp][Mm]\b)(?:\s+(?P<tz>[A-Z]{2,4}T|UTC|GMT)\b)?" + _DAY_AFTER),
    ("clock", r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT)\b" + _DAY_AFTER),
    ("clock", r"\b(?P<noon>[Nn]oon|[Mm]idnight)" + _DAY_AFTER),
    ("clock", r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT)\b" + _DAY_AFTER),
    ("dmy", r"\b" + _WD_PREFIX + _DAYNUM.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="m") + r",?\s+" + _YEAR.format(g="y") + r"\b"),
    ("mdy", r"\b" + _WD_PREFIX + _MONTH.format(g="m") + r"\s+" + _DAYNUM.format(g="d") + r"(?:,\s*|\s+)" + _YEAR.format(g="y") + r"\b"),
    ("my", r"\b(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?" + _MONTH.format(g="m") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ("month_rel_year", r"\b" + _MONTH.format(g="m") + r"\s+(?:of\s+)?(?P<dir>this|last|next)\s+year\b"),
    ("md", r"\b" + _WD_PREFIX + _MONTH.format(g="m") + r"\s+" + _DAYNUM.format(g="d") + r"\b(?!\s*(?:,\s*)?\d)"),
    ("dm", r"\b" + _WD_PREFIX + _DAYNUM.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="m") + r"\b(?!,?\s+\d)"),
    ("season_year", r"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ("quarter_year", r"\b(?:[Tt]he\s+)?" + _YEAR.format(g="y") + r"\s+(?:fiscal\s+)?" + _ORDINAL_Q + r"[\s-]+quarter\b"),
    ("quarter_year", r"\b(?:the\s+)?" + _ORDINAL_Q + r"[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:of\s+)?(?:fiscal\s+)?" + _YEAR.format(g="y") + r"\b"),
    # year-earlier / year-ago figures: the same quarter (or period) a year before the one last named
    ("same_period", r"\b[Tt]he\s+(?:same|corresponding|comparable)\s+(?P<what>period|quarter|month|week)\s+(?:of\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))\b"),
    ("year_earlier", r"\b(?:[Tt]he\s+)?(?:year-earlier|year-ago)(?:\s+(?:" + _ORDINAL_Q + r"[\s-]+)?(?P<what>quarter|period))?\b"),
    ("quarter", r"\b(?:[Tt]he\s+)?" + _ORDINAL_Q + r"[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:(?P<dir>this|last|next)\s+year|the\s+(?P<dir2>current|previous)\s+year))?"),
    ("the_quarter", r"\b[Tt]he\s+(?P<which>latest\s+|most\s+recent\s+|current\s+|recent\s+|just-ended\s+)?(?:fiscal\s+)?quarter\b(?!\s+(?:of|century|mile|point|percent|share))"),
    ("decade", r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0)'?s\b"),
    ("decade", r"(?:\b[Tt]he\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:'|’|\b)(?P<dec2>[2-9]0)'?s\b"),
    ("weekend", r"\b(?P<dir>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s+weekend\b"),
    ("rel_unit", r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Cc]urrent)\s+(?:fiscal\s+)?(?P<unit>week|month|year|quarter|decade|century)\b"),
    ("recent_units", r"\b[Rr]ecent\s+(?P<unit>days|weeks|months|years|decades)\b"),
    ("narrative_unit", r"\b(?:[Tt]he\s+)(?P<dir>following|previous|preceding|next)\s+(?P<unit>year|month|week)\b"),
    ("rel_named", r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)|(?P<season>spring|summer|autumn|fall|winter))\b"),
    ("this_part", r"\b[Tt]his\s+(?P<part>morning|afternoon|evening)\b"),
    ("the_day", r"\b(?:(?:end|ends|ended|ending|finish|finished|finishing|start|started|for|during|in|on)\s+)(?P<ext>the\s+(?:same\s+)?day)\b(?!\s+(?:before|after|of|when|that|trader|traders|care))"),
    ("the_day", r"\b(?P<ext>[Tt]hat\s+(?:same\s+)?day|[Tt]he\s+same\s+day)\b(?!\s+(?:before|after|of|when))"),
    ("deictic", r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    ("deictic", r"(?<![Tt]he\s)\b(?P<word>[Ll]ast)\s+(?P<part>night|evening)\b"),
    ("century", r"\b(?:[Tt]he\s+)?(?P<ord>(?:1\d|2\d|[1-9])(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")[\s-]+[Cc]entury\b"),
    # "the 1988 quarter", "the 1989 period": the quarter being reported, in that year
    ("year_period", r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+" + _YEAR.format(g="y") + r"\s+(?:fiscal\s+)?(?P<what>quarter|period)\b"),
    ("span_rel", r"\b" + _NUM + r"\s+" + _UNIT + r"\s+(?P<dir>ago|earlier|later|previously)\b"),
    ("next_day", r"\b(?:the\s+)(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|morning|evening)\b"),
    ("set", r"\b(?P<word>daily|weekly|monthly|yearly)\b"),
    ("set", r"\b(?:[Ee]very|[Ee]ach)\s+(?:(?P<unit>day|week|month|year|morning|evening|night)|(?P<wd>" + _WD_WORDS + r")|" + _MONTH.format(g="m") + r")\b"),
    ("half_duration", r"\b(?:the\s+(?:past|last|next|first|previous|coming|following)\s+)?" + _NUM + r"(?:\s+1/2|\s+and\s+a\s+half)\s+" + _UNIT + r"\b"),
    ("half_duration", r"\b" + _NUM + r"\s+" + _UNIT + r"\s+and\s+a\s+half\b"),
    ("half_duration", r"\b[Hh]alf\s+an?\s+" + _UNIT + r"\b"),
    ("duration", r"\b(?:the\s+(?:(?:past|last|next|first|previous|coming|following)\s+)?)?(?!(?:1[5-9]|20)\d\d\b)" + _NUM + r"(?:[\s-]+)" + _UNIT_ADJ + _UNIT + r"(?![\s-]+(?:ago|earlier|later|old|previously))\b"),
    ("bare_duration", r"\b(?:for|over|within|in)\s+(?P<ext>" + _PLURAL_UNIT + r")\b(?!\s+(?:ago|earlier|later|old|of))"),
    ("bare_duration", r"\b(?:over|through|throughout)\s+(?P<ext>the\s+(?P<unit>years|decades))\b"),
    ("numeric", r"(?<![\d/.])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<c>\d{4}|\d{2})(?![\d/])"),
    ("my_spelled", r"\b(?:(?:[Tt]he\s+)?(?P<season>spring|summer|autumn|winter|fall)\s+of\s+|" + _MONTH.format(g="m") + r"\s+(?:of\s+)?)(?P<c>[Nn]ineteen|[Tt]wo\s+thousand(?:\s+and)?)(?:\s+(?P<t>" + "|".join(_TENS) + r")(?:[\s-](?P<u>" + "|".join(_UNITS_WORDS) + r"))?|\s+(?P<teen>" + "|".join(_TEENS) + r")|\s+(?P<u2>" + "|".join(_UNITS_WORDS) + r"))?\b"),
    ("spelled_year", r"\b(?:[Tt]he\s+year\s+)?(?P<c>[Nn]ineteen|[Tt]wo\s+thousand(?:\s+and)?)(?:\s+(?P<t>" + "|".join(_TENS) + r")(?:[\s-](?P<u>" + "|".join(_UNITS_WORDS) + r"))?|\s+(?P<teen>" + "|".join(_TEENS) + r")|\s+(?P<u2>" + "|".join(_UNITS_WORDS) + r"))?\b"),
    ("holiday", r"\b(?P<h>Christmas(?:\s+(?:Eve|Day))?|New\s+Year's\s+(?:Eve|Day)|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day)\b"),
    ("season", r"\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Oo]ver)\s+)?(?P<ext>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|winter|Spring|Summer|Autumn|Winter))\b(?!\s+(?:of\s+)?(?:\d|last|next|this))"),
    # "the year ended March 31": a fiscal year, told by its length (TimeML: DURATION P1Y)
    ("year_ended", r"\b(?P<ext>[Tt]he\s+(?:fiscal\s+|full\s+)?year)\s+(?:that\s+)?(?:ended|ending|ends|to\s+(?=[A-Z]))"),
    # "for the year", "earlier in the year": the year the article reports on
    ("the_year", r"\b(?P<ext>(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?:fiscal\s+)?year)\b" + _NOT_THAT_YEAR),
    ("the_year", r"\b(?:[Ff]or|[Oo]f|[Tt]hroughout|[Dd]uring)\s+(?P<ext>the\s+(?:fiscal\s+|full\s+|calendar\s+)?year)\b" + _NOT_THAT_YEAR),
    ("year_part", r"\b(?P<ext>(?:[Tt]he\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+year|[Tt]he\s+(?:full|entire|whole|same)\s+year|[Tt]hat\s+(?:same\s+)?year)\b"),
    ("year_mod", r"\b(?:the\s+)?(?P<mod>early|mid|late|end of|beginning of|start of|middle of)[\s-]+" + _YEAR.format(g="y") + r"\b"),
    ("weekday", r"\b" + _WEEKDAY.format(g="wd") + r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    ("month", r"\b" + _MONTH.format(g="m") + r"\b"),
    ("year", r"(?<![\d$€£.,])" + _YEAR.format(g="y") + r"(?![\d%]|\s*(?:km|kilomet|mile|metre|meter|people|troops|soldiers|tonnes|tons|barrels|dollars|yuan|euros|percent)\b|,\d|\.\d)"),
    ("vague", r"\b(?P<word>[Rr]ecently|the past|the (?:near |distant |foreseeable )?future|[Nn]owadays|[Cc]urrently|[Nn]ow(?![-\w])|current(?!\s+(?:account|accounts|affairs|events|prices|dollars|assets|liabilities|events))(?=\s+[a-z]))\b"),
]
# compiled with a first-character guard (pipeline.stages.regex_guard): the same matches, about half the scan time
GRAMMAR: list[tuple[str, re.Pattern]] = [(name, guarded(rx)) for name, rx in GRAMMAR_SOURCE]

# Words every match of a kind holds (any one, in lower case): a text without them skips the kind's patterns.
# Only a scan is saved: each entry must hold for every pattern of the kind (tests check it on the grammar).
NEEDS: dict[str, tuple[str, ...]] = {
    "season_year": ("spring", "summer", "autumn", "fall", "winter"),
    "quarter_year": ("quarter",), "quarter": ("quarter",), "the_quarter": ("quarter",),
    "same_period": ("same", "corresponding", "comparable"), "year_earlier": ("year-",),
    "decade": ("0s", "0's", "0’s"), "weekend": ("weekend",), "recent_units": ("recent",),
    "narrative_unit": ("following", "previous", "preceding", "next"), "this_part": ("this",), "the_day": ("day",),
    "deictic": ("yesterday", "today", "tomorrow", "tonight", "last"), "century": ("century",),
    "year_period": ("quarter", "period"), "span_rel": ("ago", "earlier", "later", "previously"),
    "next_day": ("next", "following", "previous", "preceding"),
    "set": ("daily", "weekly", "monthly", "yearly", "every", "each"), "half_duration": ("half", "1/2"),
    "numeric": ("/",), "my_spelled": ("nineteen", "thousand"), "spelled_year": ("nineteen", "thousand"),
    "season": ("spring", "summer", "autumn", "winter"), "year_ended": ("year",), "the_year": ("year",),
    "year_part": ("year",),
}

# Words just before a date that make it a deadline or a start point, which lies ahead of the clause's time.
_FORWARD_CUE = re.compile(r"(?:\b(?:until|till|through|thru|effective|payable|due|expir(?:e|es|ing)|starting|beginning)"
                          r"|\b(?:extend|postpon|delay|adjourn|reschedul|defer|push)\w*(?:\s+[\w.,']+){0,5}?\s+(?:to|until))"
                          r"\s+(?:on\s+|in\s+)?$", re.I)

# Words before a bare year that make it a quantity, not a date.
_NOT_YEAR_BEFORE = re.compile(r"(?:No\.?|number|about|some|over|nearly|almost|than|(?:total|number|sum|out|maximum|minimum|average|height|depth|altitude|crowd|force|score) of|US\$|\$|Article|article|page|route|Route|flight|Flight)\s*$")


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
    w = re.sub(r"\s+", " ", word.lower())
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


PLAN_VERBS = {"plan", "schedule", "expect", "intend", "prepare", "aim", "set", "slate", "due", "hope", "agree", "vow",
              "promise", "threaten", "announce"}


def _clause_tense(doc, start_char: int, end_char: int) -> tuple[str, bool]:
    """(tense, planned) for the finite clause governing the span: 'past', 'future' or 'present'.

    Walks up from the expression through non-finite verbs ("used to justify the invasion
    in February") to the first verb whose own form or auxiliaries carry tense. `planned` is true
    when a future comes only from an intention or plan on the way up ("is trying to sell",
    "is scheduled to close") rather than from "will".
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present", False
    tok = span.root
    infinitive = False  # the path passes through "to <verb>": an intended or scheduled event
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            words = {a.lower_ for a in aux}
            planned = tok.lemma_.lower() in PLAN_VERBS
            if words & {"will", "'ll", "shall", "wo"}:
                return "future", False
            if "going" in words:
                return "future", False
            if "to" in words:
                infinitive = True
            elif tok.tag_ == "VBN" and tok.dep_ == "acl" and not aux:
                return "past", False  # a participle on a noun: "shares issued July 1", "plans announced in January"
            elif tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or (
                    words & {"has", "have", "'ve"} and (tok.tag_ == "VBN" or "been" in words)):
                return ("past_near" if planned else "past"), False  # "planned a rally on Saturday"
            elif tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in aux):
                if infinitive or planned:
                    return "future", True  # "is scheduled to close Monday"
                return "present", False
        if tok.head is tok:
            break
        tok = tok.head
    return "present", False


def _attachment(doc, start_char: int, end_char: int) -> str:
    """What the expression modifies: a 'finite' verb ("met on Friday"), a 'nonfinite' verb ("decided to
    admit them in March") or a 'noun' ("invited them to a ceremony on March 12"); off a finite verb, a past
    main verb says less about when the date lies."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "finite"
    tok = span.root
    for _ in range(6):
        if tok.head is tok:
            return "finite"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ == "to" for a in aux) or (tok.tag_ in ("VBG", "VB") and not aux):
                return "nonfinite"
            return "finite"
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in range(span.start, span.end):
            return "noun"
    return "finite"


# ---------------------------------------------------------------------------
# Resolution helpers


def resolve_weekday(anchor: dt.date, weekday: int, tense: str) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if tense in ("past_near", "nearest"):  # past context, embedded or planned: the coming day when much nearer
        ahead = (weekday - anchor.weekday()) % 7 or 7
        nearer = ahead < back if tense == "nearest" else ahead * 2 < back
        return anchor + dt.timedelta(days=ahead) if nearer else anchor - dt.timedelta(days=back)
    if tense == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    if tense == "present" and back > 3:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=back)


def resolve_month_year(anchor_year: int, anchor_month: int | None, month: int, tense: str,
                       day: int | None = None, anchor_day: int | None = None) -> int:
    """The year of a month (and day) named without one.

    Distances are counted in months, to the day when both days are known. Past clauses take the latest
    such date not after the anchor, future clauses the first not before it, and embedded past clauses
    ("invited them to a ceremony on March 12") the coming one when it is much nearer. Otherwise news
    style decides: a date in the publication year is written without its year and an earlier or later
    year is named (AP style), so the anchor's own year is kept unless the date lies nine or more
    months away from it and the neighbouring year's is within three ("paid in January" in late October).
    """
    if anchor_month is None:
        return anchor_year
    here = anchor_year * 12 + anchor_month - 1 + ((anchor_day - 1) / 31 if day and anchor_day else 0)

    def delta(y: int) -> float:  # months from the anchor to the date in year y (negative: before it)
        d = y * 12 + month - 1 + ((day - 1) / 31 if day and anchor_day else 0) - here
        return 0.0 if not (day and anchor_day) and d == 0 else d

    same = delta(anchor_year)
    before = anchor_year if same <= 0 else anchor_year - 1  # the latest such date not after the anchor
    after = anchor_year if same >= 0 else anchor_year + 1  # the first not before it
    if tense == "past":
        return before
    if tense == "future":
        return after
    if tense == "past_near":  # past context, embedded: the coming date when it is much nearer
        return after if delta(after) * 2 < -delta(before) else before
    if tense == "nearest":
        return after if delta(after) < -delta(before) else before
    other = after if same < 0 else before
    return other if abs(same) >= 9 and abs(delta(other)) <= 3 else anchor_year


class Anchor:
    """The reference date for relative expressions in one document."""

    def __init__(self, publication_date: dt.date | None):
        self.publication = publication_date
        self.narrative: tuple[int, int | None, int | None] | None = None  # (y, m, d) of the last absolute date
        self.quarter: tuple[int, int] | None = None  # (year, quarter) last named: "the quarter", "year-earlier"
        self.last_day: dt.date | None = None  # the last day named, absolute or relative: "that day"
        self.last_day_sentence: int | None = None  # start of the sentence that named it
        self.month: tuple[int, int] | None = None  # the last month named: "the same month a year ago"

    def for_precision(self, need: str):
        """(date parts, anchor value, source) for an expression that needs year / month / day precision."""
        if self.publication is not None:
            p = self.publication
            return (p.year, p.month, p.day), p.isoformat(), "publication_date"
        parts = self.narrative_at(need)
        return (parts, _fmt_parts(parts), "narrative") if parts is not None else (None, None, None)

    def narrative_day(self):
        """Last absolute day in the text, for 'two days later', 'the next day'."""
        if self.narrative and self.narrative[2] is not None:
            y, m, d = self.narrative
            return dt.date(y, m, d)
        return None

    def note(self, y: int, m: int | None = None, d: int | None = None) -> None:
        self.narrative = (y, m, d)

    def narrative_at(self, need: str):
        """The last absolute date in the text if it is at least as precise as `need` (year, month, day)."""
        if self.narrative is None:
            return None
        y, m, d = self.narrative
        if need == "month" and m is None or need == "day" and (m is None or d is None):
            return None
        return self.narrative


# ---------------------------------------------------------------------------
# Grammar matches -> values


def _value_from_match(kind: str, m: re.Match, doc, anchor: Anchor) -> DateMention | None:
    gd = m.groupdict()
    start, end = m.span("ext") if gd.get("ext") else m.span()  # a preposition that is not part of the expression
    mention = DateMention(start, end, m.string[start:end])
    tense, planned = _clause_tense(doc, start, end) if kind in (
        "md", "dm", "month", "weekday", "rel_named", "clock", "quarter", "the_quarter", "weekend", "holiday",
        "season") else ("past", False)
    if kind in ("md", "dm", "month", "weekday", "holiday", "season") and (tense == "past" or planned):
        # hanging off a noun or a non-finite verb, the date says when that thing was or will be, which the
        # main clause only hints at: "invited them to a ceremony on March 12"; a plan's date hanging off a
        # noun is not the plan's ("is trying to sell itself under a June agreement")
        attached = _attachment(doc, start, end)
        if tense == "past" and attached != "finite":
            tense = "past_near"
        elif planned and attached == "noun":
            tense = "nearest"  # "a June agreement", "the summit in April": the nearer of the two
    if kind in ("md", "dm", "month", "weekday", "clock", "holiday") and _FORWARD_CUE.search(m.string, max(0, start - 60), start):
        # a deadline or start point ("extended to Nov. 16", "effective Feb. 1", "until 9 a.m. Tuesday"):
        # ahead of the clause's own time, so a past clause may point to the coming date
        tense = {"past": "past_near", "present": "future"}.get(tense, tense)
    elif kind in ("md", "dm", "month", "weekday", "holiday", "season") and re.search(r"\bsince\s+$", m.string[max(0, start - 8):start], re.I):
        tense = "past"  # "the best week since November"

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
            y = resolve_month_year(parts[0], parts[1], mo, tense, day, parts[2])
            d = _valid_day(y, mo, day)
            if d:
                mention.value, mention.precision = d.isoformat(), "day"
    elif kind == "season_year":
        mention.value, mention.precision = f"{int(gd['y']):04d}-{SEASONS[gd['season'].lower()]}", "season"
    elif kind == "quarter_year":
        q = _QUARTERS[gd["q"].lower()]
        mention.value, mention.precision = f"{int(gd['y']):04d}-Q{q}", "quarter"
        anchor.quarter = (int(gd["y"]), q)
    elif kind == "decade":
        if gd.get("dec2"):
            before = m.string[max(0, m.start() - 12):m.start()]
            if re.search(r"\b(?:their|his|her|its|low|mid|high|upper|lower)\s*$", before, re.I):
                return None  # ages and temperatures ("in their 70s")
            mention.value, mention.precision = "19" + gd["dec2"][0], "decade"
        else:
            mention.value, mention.precision = gd["dec"][:3], "decade"
    elif kind in ("year", "year_mod"):
        y = int(gd["y"])
        before = m.string[max(0, m.start() - 12):m.start()]
        if kind == "year" and (_NOT_YEAR_BEFORE.search(before) or _is_quantity(doc, m.start(), m.end(), plural_only=True)
                               or _in_name(doc, m.start(), m.end())):
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
                # "last spring" in October is this year's: the latest (or next) such season, not the calendar's
                middle = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}[gd["season"].lower()]
                y = parts[0]
                if direction in ("last", "past"):
                    y = y if middle < parts[1] else y - 1
                elif direction in ("next", "coming"):
                    y = y if middle > parts[1] else y + 1
                mention.value, mention.precision = f"{y:04d}-{SEASONS[gd['season'].lower()]}", "season"
    elif kind == "deictic":
        word = gd["word"].lower()
        parts = relative("day")
        if parts:
            d = dt.date(*parts) + dt.timedelta(days={"yesterday": -1, "last": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word])
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
            if n is None and direction == "ago":  # "several years ago"
                mention.value, mention.precision = "PAST_REF", "reference"
            elif n is None:  # "a few days later": no date to give; TimeML keeps the stretch of time
                words = re.match(r"(.*?)\s+(?:earlier|later|previously)$", mention.text, re.S)
                mention.end_char = mention.start_char + len(words[1])
                mention.text = words[1]
                mention.type, mention.precision = "DURATION", "duration"
                mention.value = duration_value(None, unit)
            return mention if n is None else None
        need = "day" if unit in ("day", "week") else ("month" if unit == "month" else "year")
        if unit == "year" and n == 1 and anchor.quarter is not None and direction in ("ago", "earlier"):
            # results compared with "a year ago" / "a year earlier": the same quarter of the previous year
            mention.value, mention.precision = f"{anchor.quarter[0] - 1:04d}-Q{anchor.quarter[1]}", "quarter"
            return mention
        if direction == "ago":
            parts = relative(need)
            if parts:
                _offset(mention, parts, unit, -n)
        else:
            # "two days later", "a year earlier": from the date the narrative last named; a year or a month
            # earlier than nothing named is counted from the publication date ("sales rose from a year earlier")
            base = anchor.narrative_at(need)
            if need == "day" and anchor.last_day is not None:  # the last day named, even a relative one
                base = (anchor.last_day.year, anchor.last_day.month, anchor.last_day.day)
            if base is not None:
                mention.anchor, mention.anchor_source = _fmt_parts(base), "narrative"
            elif need != "day":
                base = relative(need)
            if base:
                _offset(mention, base, unit, n if direction == "later" else -n)
    elif kind == "next_day":
        base = anchor.last_day or anchor.narrative_day()
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
        if unit == "weekend":
            return None if n is None else mention  # "two weekends": no TIMEX unit for it
        if unit == "quarter" and re.match(r",?\s+of\b|\s+(?:point|percent|mile)", m.string[m.end():m.end() + 10]) \
                and not re.search(r"\b(?:consecutive|straight|successive|past|last|next|first|previous|coming|following)\b", m.group(0)):
            return None  # a fraction: "three-quarters of the vote", "a quarter point"
        mention.value = duration_value(n, unit)
    elif kind == "half_duration":
        n = _number(gd["n"]) if gd.get("n") else 0
        unit = gd["unit"].lower()
        unit = "century" if unit.startswith("centur") else unit.rstrip("s")
        mention.type, mention.precision = "DURATION", "duration"
        mention.value = None if n is None else half_duration_value(n, unit)
    elif kind == "bare_duration":
        mention.type, mention.precision = "DURATION", "duration"
        mention.value = duration_value(None, gd["unit"].rstrip("s"))
    elif kind == "set":
        mention.type, mention.precision = "SET", "set"
        word = (gd.get("word") or "").lower()
        unit = (gd.get("unit") or "").lower()
        if word:
            mention.value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y"}[word]
        elif unit:
            mention.value = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "morning": "XXXX-XX-XXTMO",
                             "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI"}[unit]
        elif gd.get("wd"):
            mention.value = f"XXXX-WXX-{WEEKDAYS[gd['wd'].lower()] + 1}"
        else:
            mention.value = f"XXXX-{_month_number(gd['m']):02d}"
    elif kind == "clock":
        _clock(mention, gd, anchor, relative, tense, _sentence_start(doc, start), m.string)
    elif kind == "month_rel_year":
        parts = relative("year")
        if parts:
            y = parts[0] + {"last": -1, "this": 0, "next": 1}[gd["dir"].lower()]
            mention.value, mention.precision = fmt_month(y, _month_number(gd["m"])), "month"
    elif kind == "quarter":
        q = _QUARTERS[gd["q"].lower()]
        parts = relative("month")
        if parts:
            y, cq = parts[0], _quarter_of(parts[1])
            if gd.get("dir") or gd.get("dir2"):
                y += {"last": -1, "previous": -1, "next": 1}.get((gd.get("dir") or gd.get("dir2")).lower(), 0)
            elif tense == "past":
                y = y if q <= cq else y - 1
            elif tense == "future":  # results of the quarter just ended are still to come
                y = y if q >= cq - 1 else y + 1
            mention.value, mention.precision = f"{y:04d}-Q{q}", "quarter"
            anchor.quarter = (y, q)
    elif kind == "the_quarter":
        which = (gd.get("which") or "").strip().lower()
        parts = relative("month")
        if parts:
            current = (parts[0], _quarter_of(parts[1]))
            if which == "current":
                y, q = current
            elif which or anchor.quarter is None and tense == "past":
                y, q = _previous_quarter(*current)  # the latest (completed) quarter
            elif anchor.quarter is not None:
                y, q = anchor.quarter  # the quarter the article is about
            else:
                y, q = current
            mention.value, mention.precision = f"{y:04d}-Q{q}", "quarter"
            anchor.quarter = (y, q)
    elif kind == "same_period":  # the period the article reports, a year before
        what = gd["what"]
        parts = relative("year")
        if what in ("quarter", "period") and anchor.quarter is not None:
            mention.value, mention.precision = f"{anchor.quarter[0] - 1:04d}-Q{anchor.quarter[1]}", "quarter"
        elif what in ("month", "period") and anchor.month is not None:
            mention.value, mention.precision = fmt_month(anchor.month[0] - 1, anchor.month[1]), "month"
        elif parts:
            mention.value, mention.precision = f"{parts[0] - 1:04d}", "year"
    elif kind == "year_earlier":
        parts = relative("month")
        if parts or anchor.quarter:
            if anchor.quarter is not None:
                y, q = anchor.quarter
            else:
                y, q = _previous_quarter(parts[0], _quarter_of(parts[1]))
            if gd.get("q"):
                q = _QUARTERS[gd["q"].lower()]
            if gd.get("what") == "quarter" or gd.get("q") or anchor.quarter is not None:
                mention.value, mention.precision = f"{y - 1:04d}-Q{q}", "quarter"
            else:
                mention.value, mention.precision = f"{(parts[0] if parts else y) - 1:04d}", "year"
    elif kind == "weekend":
        parts = relative("day")
        if parts:
            base = dt.date(*parts)
            direction = gd["dir"].lower()
            weeks = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
            if direction in ("the", "this") and tense == "past" and base.weekday() < 5:
                weeks = -1  # "over the weekend" in a report from Monday to Friday: the one just gone
            mention.value, mention.precision = fmt_week(base + dt.timedelta(weeks=weeks)) + "-WE", "week"
    elif kind == "recent_units":
        mention.type, mention.precision = "DURATION", "duration"
        mention.value = duration_value(None, gd["unit"].rstrip("s"))
    elif kind == "this_part":
        parts = relative("day")
        if parts:
            mention.type, mention.precision = "TIME", "time"
            mention.value = dt.date(*parts).isoformat() + "T" + {"morning": "MO", "afternoon": "AF", "evening": "EV"}[gd["part"]]
    elif kind == "the_day":
        # the day the article last named ("On Monday the index fell ... to end the day at"), else the
        # publication day
        if anchor.last_day is not None:
            mention.value, mention.precision = anchor.last_day.isoformat(), "day"
            mention.anchor, mention.anchor_source = anchor.last_day.isoformat(), "narrative"
        else:
            parts = relative("day")
            if parts:
                mention.value, mention.precision = dt.date(*parts).isoformat(), "day"
    elif kind == "numeric":  # 7/8/07: month first (English news), unless the first number cannot be a month
        a, b, c = int(gd["a"]), int(gd["b"]), int(gd["c"])
        y = c if c >= 100 else (2000 + c if c < 50 else 1900 + c)
        mo, day = (a, b) if a <= 12 else (b, a)
        d = _valid_day(y, mo, day)
        if d is None:
            return None
        mention.value, mention.precision = d.isoformat(), "day"
        anchor.note(d.year, d.month, d.day)
    elif kind == "my_spelled":  # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
        y = _spelled_year(gd)
        if y is None:
            return None
        if gd.get("m"):
            mention.value, mention.precision = fmt_month(y, _month_number(gd["m"])), "month"
            anchor.note(y, _month_number(gd["m"]))
        else:
            mention.value, mention.precision = f"{y:04d}-{SEASONS[gd['season'].lower()]}", "season"
    elif kind == "spelled_year":
        y = _spelled_year(gd)
        if y is None:
            return None
        mention.value, mention.precision = f"{y:04d}", "year"
        anchor.note(y)
    elif kind == "holiday":
        month_day = _holiday(gd["h"])
        parts = relative("month")
        if parts:
            mo = month_day(parts[0]).month
            y = resolve_month_year(parts[0], parts[1], mo, tense)
            mention.value, mention.precision = month_day(y).isoformat(), "day"
    elif kind == "season":
        season = gd["season"].lower()
        parts = relative("month")
        if parts:
            middle = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1}[season]
            y = resolve_month_year(parts[0], parts[1], middle, tense)
            mention.value, mention.precision = f"{y:04d}-{SEASONS[season]}", "season"
    elif kind == "century":
        word = gd["ord"].lower()
        n = _ORDINAL_NUMBER.get(word) or int(re.match(r"\d+", word)[0])
        mention.value, mention.precision = f"{n - 1:02d}", "century"
    elif kind == "year_period":
        y = int(gd["y"])
        if anchor.quarter is not None:  # "the 1988 quarter": the quarter reported, in 1988
            mention.value, mention.precision = f"{y:04d}-Q{anchor.quarter[1]}", "quarter"
        else:
            mention.value, mention.precision = f"{y:04d}", "year"
    elif kind == "year_ended":
        mention.type, mention.precision, mention.value = "DURATION", "duration", "P1Y"
    elif kind in ("the_year", "year_part"):
        ext = gd["ext"]
        # "that year", "the same year": the year the narrative last named; "the full year", "for the year",
        # "the end of the year": the year the article reports on, that of the quarter it reports if any
        base = anchor.narrative_at("year") if re.match(r"(?i)that|the\s+same", ext) else None
        if base is not None:
            mention.anchor, mention.anchor_source = _fmt_parts(base), "narrative"
            y = base[0]
        elif anchor.quarter is not None and re.search(r"\b(?:the|full|entire|whole|fiscal|calendar)\s+year$", ext, re.I):
            y = anchor.quarter[0]
        else:
            parts = relative("year")
            y = parts[0] if parts else None
        if y is not None:
            mention.value, mention.precision = f"{y:04d}", "year"
    elif kind == "narrative_unit":
        unit = gd["unit"].lower()
        need = {"week": "day", "month": "month"}.get(unit, "year")
        sign = 1 if gd["dir"].lower() in ("following", "next") else -1
        base = anchor.narrative_at(need)
        if base is not None:
            mention.anchor, mention.anchor_source = _fmt_parts(base), "narrative"
        else:
            base = relative(need)
        if base:
            _offset(mention, base, unit, sign)
    elif kind == "vague":
        word = gd["word"].lower()
        mention.precision = "reference"
        mention.value = "PRESENT_REF" if word in ("currently", "nowadays", "now", "current") else (
            "FUTURE_REF" if word.endswith("future") else "PAST_REF")
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


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}
_HALF = {"year": "6M", "month": "15D", "week": "3DT12H", "day": "T12H", "hour": "30M", "minute": "30S"}


def _spelled_year(gd: dict) -> int | None:
    """nineteen ninety-six -> 1996, two thousand and one -> 2001; None for "nineteen" alone."""
    century = 1900 if gd["c"].lower() == "nineteen" else 2000
    if gd.get("t"):
        rest = NUMBER_WORDS[gd["t"].lower()] + (NUMBER_WORDS[gd["u"].lower()] if gd.get("u") else 0)
    elif gd.get("teen") or gd.get("u2"):
        rest = NUMBER_WORDS[(gd.get("teen") or gd.get("u2")).lower()]
    else:
        rest = 0
    if century == 1900 and not (gd.get("t") or gd.get("teen")):
        return None
    return century + rest


def _holiday(name: str):
    """year -> date of a fixed or rule-based holiday."""
    key = re.sub(r"\s+", " ", name.lower())
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14)}
    if key in fixed:
        return lambda y: dt.date(y, *fixed[key])

    def thanksgiving(y: int) -> dt.date:  # fourth Thursday of November
        first = dt.date(y, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)

    return thanksgiving


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _previous_quarter(y: int, q: int) -> tuple[int, int]:
    return (y, q - 1) if q > 1 else (y - 1, 4)


def _fmt_parts(parts) -> str:
    y, m, d = parts
    return f"{y:04d}" if m is None else (fmt_month(y, m) if d is None else fmt_day(dt.date(y, m, d)))


def duration_value(n: int | None, unit: str) -> str | None:
    """TIMEX3 duration: P3Y, P2M, PT4H, P20Y for two decades, P1Q; X for an unknown quantity."""
    qty = "X" if n is None else str(n)
    if unit in ("hour", "minute", "second"):
        return f"PT{qty}{UNIT_CODES[unit]}"
    if unit in ("decade", "century"):
        return f"P{qty}{UNIT_CODES[unit]}" if n is None else f"P{n * (10 if unit == 'decade' else 100)}Y"
    code = UNIT_CODES.get(unit)
    return None if code is None or unit == "weekend" else f"P{qty}{code}"


def half_duration_value(n: int, unit: str) -> str | None:
    """n and a half units: P2Y6M, PT5H30M, PT30M for half an hour."""
    if unit in ("decade", "century"):
        return f"P{n * (10 if unit == 'decade' else 100) + (5 if unit == 'decade' else 50)}Y"
    half = _HALF.get(unit)
    if half is None:
        return None
    whole = f"{n}{UNIT_CODES[unit]}" if n else ""
    if unit in ("hour", "minute"):
        return f"PT{whole}{half}"
    return f"P{whole}{half}"


def _clock(mention: DateMention, gd: dict, anchor: Anchor, relative, tense: str, sentence: int, text: str) -> None:
    """A clock time on the day it names (a weekday, today...) or the anchor day: 2022-09-14T10:35(Z)."""
    mention.type, mention.precision = "TIME", "time"
    if gd.get("noon"):
        hh, mm = (12, 0) if gd["noon"].lower() == "noon" else (24, 0)
    else:
        hh, mm = int(gd["h"]), int(gd.get("mi") or 0)
        ap = (gd.get("ap") or "").lower()
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    parts = relative("day")
    if not parts:
        return
    day = dt.date(*parts)
    if anchor.last_day is not None and anchor.last_day_sentence == sentence:
        day = anchor.last_day  # "flew on Tuesday ... at 18:00 UTC"
    wd = (gd.get("wd") or "").lower()
    after = _DATE_AFTER_COMMA.match(text, mention.end_char)
    named = gd if gd.get("cm") else after.groupdict() if after else None
    if named:  # "5 p.m. EST Nov. 9", "16:15 UTC, June 1st"
        mo, dd = _month_number(named["cm"]), int(named["cd"])
        y = int(named["cy"]) if named.get("cy") else resolve_month_year(day.year, day.month, mo, tense, dd, day.day)
        day = _valid_day(y, mo, dd) or day
    elif wd in WEEKDAYS:
        day = resolve_weekday(day, WEEKDAYS[wd], tense)
    elif wd:
        day += dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[wd])
    zone = "Z" if (gd.get("tz") or "") in ("UTC", "GMT") else ""
    mention.value = f"{day.isoformat()}T{hh:02d}:{mm:02d}{zone}"


def _rel_unit(mention: DateMention, direction: str, unit: str, relative) -> None:
    sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(direction, 0)
    if unit in ("decade", "century") and direction in ("last", "past", "this"):
        # "over the past decade", "this century": TimeML writes the stretch of time (P10Y, P100Y)
        mention.type, mention.precision = "DURATION", "duration"
        mention.value = duration_value(1, unit)
        return
    need = {"week": "day", "month": "month", "quarter": "month"}.get(unit, "year")
    parts = relative(need)
    if not parts:
        return
    y, mo, d = parts
    if unit == "week":
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


def _is_quantity(doc, start: int, end: int, plural_only: bool = False) -> bool:
    """A number that counts something ("1500 tanks", "about 1999 people"): the next word is a plain noun
    (for a would-be year, a plural one: "the 1991 agreement" is a date)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.tag_ in (("NNS",) if plural_only else ("NNS", "NN")) and nxt.ent_type_ not in ("DATE", "TIME") and nxt.lower_ not in ("year", "years")


def _sentence_start(doc, char: int) -> int:
    span = doc.char_span(char, min(char + 1, len(doc.text)), alignment_mode="expand")
    return span.sent.start_char if span is not None and len(span) else -1


def _not_a_date(surface: str) -> bool:
    """Entities spaCy calls dates that are not: bare numbers ("49", "8,579.19", "1.1.1") and ages."""
    if re.search(r"\bage[ds]?\b|\b(?:years?|months?|weeks?|days?)[- ]old\b", surface, re.I):
        return True  # ages are not temporal expressions in TimeML
    return not re.search(r"[A-Za-z]", surface) and not re.search(r"\d{4}|\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2}", surface)


def _in_name(doc, start: int, end: int) -> bool:
    """A number inside the name of an organisation or a product ("the Russell 2000 Index", "Orion 1980")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in ("ORG", "PRODUCT", "FAC") for t in span):
        return True
    # between two proper nouns that are not dates: "the Russel 2000 Index"
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return all(t is not None and t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in (before, after))


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
    from pipeline.stages.parse import ents_of, text_of

    text = text_of(doc)
    candidates: list[tuple[int, int, str, re.Match]] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    for kind, rx in GRAMMAR:
        needs = NEEDS.get(kind)
        if needs and not any(w in lower for w in needs):
            continue
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
            if _is_quantity(doc, start, end) or _not_a_date(surface):
                continue
            value, precision, a_value, a_source = _dateparser_value(surface, anchor)
            if value is None and not (re.search(r"\d", surface) and re.search(
                    r"\b(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", surface, re.I)):
                continue  # no value to give: vague words ("the early days"), codes and prices ("80386")
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
            month = re.fullmatch(r"(\d{4})-(\d{2})", mention.value or "")
            if month:
                anchor.month = (int(month[1]), int(month[2]))
            day = re.match(r"(\d{4})-(\d{2})-(\d{2})", mention.value or "")
            if day and mention.type != "SET":
                anchor.last_day = _valid_day(*map(int, day.groups()))
                anchor.last_day_sentence = _sentence_start(doc, mention.start_char)
    return out
