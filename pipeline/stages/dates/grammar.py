"""The date grammar: word tables and the regular expressions, one kind (rule name) per pattern.

Each entry of GRAMMAR_SOURCE is (kind, pattern); the kind names the handler that turns a match into a
TIMEX3 value (pipeline.stages.dates.handlers.HANDLERS). Patterns are tried in this order and a match
overlapping an earlier one is dropped, so the longer, more specific forms come first.
"""

from __future__ import annotations

import re

from pipeline.stages.regex_guard import guarded

# ---------------------------------------------------------------------------
# Words

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **{w: i for i, w in enumerate(_UNITS_WORDS, start=1)},
    **{w: i for i, w in enumerate(_TEENS, start=10)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    "hundred": 100,
    "a hundred": 100,
    "several": None,
    "a few": None,
    "few": None,
    "many": None,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
}
NUMBER_WORDS.update(
    {f"{t}{sep}{u}": NUMBER_WORDS[t] + NUMBER_WORDS[u] for t in _TENS for u in _UNITS_WORDS for sep in "- "}
)
UNIT_CODES = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "hour": "H",
    "minute": "M",
    "second": "S",
    "weekend": "WE",
    "quarter": "Q",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# the month a season is centred on, to place "last spring" or "in winter" in a year
SEASON_MIDDLE_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# days from the anchor day: "yesterday", "last night", "tomorrow"
DEICTIC_DAYS = {"yesterday": -1, "last": -1, "today": 0, "tonight": 0, "tomorrow": 1}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}
# half of a unit, for "two and a half years" (P2Y6M) and "half an hour" (PT30M)
HALF_UNITS = {"year": "6M", "month": "15D", "week": "3DT12H", "day": "T12H", "hour": "30M", "minute": "30S"}
# recurrences: "daily", "every week", "every morning"
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y"}
SET_UNITS = {
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "year": "P1Y",
    "morning": "XXXX-XX-XXTMO",
    "evening": "XXXX-XX-XXTEV",
    "night": "XXXX-XX-XXTNI",
}
# "last", "next"...: -1 for the one before, 1 for the one after, 0 (absent) for this one
DIRECTION_SIGNS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}

# ---------------------------------------------------------------------------
# Pattern pieces

_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_WD_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# capitalised, or all in capitals as wire timelines and headlines write them ("SATURDAY, FEB 14 - ...")
_MONTH = r"(?P<{g}>" + _MONTH_NAMES + "|" + _MONTH_NAMES.upper().replace(r"\.?", r"\.?") + ")"
_WEEKDAY = r"(?P<{g}>" + _WD_NAMES + "|" + _WD_NAMES.upper() + ")"
_DAYNUM = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[5-9]\d\d|20\d\d)"
_NUMBER_WORD_RX = (
    "(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(_UNITS_WORDS)
    + "))?|"
    + "|".join(_TEENS)
    + "|"
    + "|".join(_UNITS_WORDS)
    + "|a hundred|hundred|a couple of|a couple|a few|few|several|many|an|a"
)
# a number never starts inside another ("10,000 years ago" is not "000 years ago"); thousands separators kept
_NUM = r"(?<![\d,.])(?P<n>(?i:\d{1,3}(?:,\d{3})+|\d+|" + _NUMBER_WORD_RX + r"))"
_UNIT_ADJ = (
    r"(?:(?:consecutive|straight|successive|full|more|additional|further|trading|business|working|calendar)"
    r"\s+)?"
)
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade|centur(?:y|ie)|hour|minute|weekend|quarter))s?"

_WD_PREFIX = r"(?:" + _WEEKDAY.format(g="wd") + r",?\s+)?"
_WD_WORDS = _WD_NAMES + "|" + _WD_NAMES.upper()
_DAY_AFTER = (
    r"(?:\s+(?:on\s+)?(?:(?P<wd>"
    + _WD_WORDS
    + r"|today|yesterday|tomorrow)\b|"
    + _MONTH.format(g="cm")
    + r"\s+"
    + _DAYNUM.format(g="cd")
    + r"\b(?!,?\s*\d)))?"
)
# a date just after a clock time and a comma gives its day: "at 16:15 UTC, June 1st"
DATE_AFTER_COMMA = re.compile(
    r",\s*(?:on\s+)?"
    + _MONTH.format(g="cm")
    + r"\s+"
    + _DAYNUM.format(g="cd")
    + r"\b(?:,?\s+(?P<cy>1[5-9]\d\d|20\d\d)\b)?"
)
_ORDINAL_Q = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal)"
_ORDINAL_WORDS = [
    "twenty-first",
    "twenty first",
    "twentieth",
    "nineteenth",
    "eighteenth",
    "seventeenth",
    "sixteenth",
    "fifteenth",
    "Twenty-first",
    "Twentieth",
    "Nineteenth",
    "Eighteenth",
]
ORDINAL_NUMBER = {
    "twenty-first": 21,
    "twenty first": 21,
    "twentieth": 20,
    "nineteenth": 19,
    "eighteenth": 18,
    "seventeenth": 17,
    "sixteenth": 16,
    "fifteenth": 15,
}
# "the year" that is not the year reported on: "the year before", "the year's", "the year two thousand"
_NOT_THAT_YEAR = (
    r"(?![\s-]*(?:-|'s|’s|before|after|earlier|ago|two|nineteen|\d|of\b|when|in\s+which|that|ended"
    r"|ending|ends))"
)
_PLURAL_UNIT = r"(?P<unit>years|months|weeks|days|decades|hours|minutes)"
_SPELLED_REST = (
    r"(?:\s+(?P<t>"
    + "|".join(_TENS)
    + r")(?:[\s-](?P<u>"
    + "|".join(_UNITS_WORDS)
    + r"))?|\s+(?P<teen>"
    + "|".join(_TEENS)
    + r")|\s+(?P<u2>"
    + "|".join(_UNITS_WORDS)
    + r"))?\b"
)
_SPELLED_CENTURY = r"(?P<c>[Nn]ineteen|[Tt]wo\s+thousand(?:\s+and)?)"


# a count before "hours later" makes a span, no moment ("48 hours later", "Forty-eight hours later", "several hours
# later"): fixed-width lookbehinds, one per count word
_COUNT_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy"
    " eighty ninety hundred several many some few"
).split()
_NO_COUNT_BEFORE = r"(?<!\d\s)" + "".join(rf"(?<![{w[0].upper()}{w[0]}]{w[1:]}\s)" for w in _COUNT_WORDS)

GRAMMAR_SOURCE: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?\b"),
    # clock times: "10:35 a.m.", "9 a.m. EST Tuesday", "18:00 UTC", "noon Thursday"
    (
        "clock",
        r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[AaPp]\.[Mm]\.?|[AaPp][Mm]\b)"
        r"(?:\s+(?P<tz>[A-Z]{2,4}T|UTC|GMT)\b)?" + _DAY_AFTER,
    ),
    ("clock", r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT)\b" + _DAY_AFTER),
    ("clock", r"\b(?P<noon>[Nn]oon|[Mm]idnight)" + _DAY_AFTER),
    ("clock", r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT)\b" + _DAY_AFTER),
    (
        "dmy",
        r"\b"
        + _WD_PREFIX
        + _DAYNUM.format(g="d")
        + r"\s+(?:of\s+)?"
        + _MONTH.format(g="m")
        + r",?\s+"
        + _YEAR.format(g="y")
        + r"\b",
    ),
    (
        "mdy",
        r"\b"
        + _WD_PREFIX
        + _MONTH.format(g="m")
        + r"\s+"
        + _DAYNUM.format(g="d")
        + r"(?:,\s*|\s+)"
        + _YEAR.format(g="y")
        + r"\b",
    ),
    (
        "my",
        r"\b(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?"
        + _MONTH.format(g="m")
        + r",?\s+(?:of\s+)?"
        + _YEAR.format(g="y")
        + r"\b",
    ),
    ("month_rel_year", r"\b" + _MONTH.format(g="m") + r"\s+(?:of\s+)?(?P<dir>this|last|next)\s+year\b"),
    ("md", r"\b" + _WD_PREFIX + _MONTH.format(g="m") + r"\s+" + _DAYNUM.format(g="d") + r"\b(?!\s*(?:,\s*)?\d)"),
    ("dm", r"\b" + _WD_PREFIX + _DAYNUM.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="m") + r"\b(?!,?\s+\d)"),
    (
        "season_year",
        r"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?"
        + _YEAR.format(g="y")
        + r"\b",
    ),
    (
        "quarter_year",
        r"\b(?:[Tt]he\s+)?" + _YEAR.format(g="y") + r"\s+(?:fiscal\s+)?" + _ORDINAL_Q + r"[\s-]+quarter\b",
    ),
    (
        "quarter_year",
        r"\b(?:the\s+)?"
        + _ORDINAL_Q
        + r"[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:of\s+)?(?:fiscal\s+)?"
        + _YEAR.format(g="y")
        + r"\b",
    ),
    # year-earlier / year-ago figures: the same quarter (or period) a year before the one last named
    (
        "same_period",
        r"\b[Tt]he\s+(?:same|corresponding|comparable)\s+(?P<what>period|quarter|month|week)\s+(?:of\s+)?"
        r"(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))\b",
    ),
    (
        "year_earlier",
        r"\b(?:[Tt]he\s+)?(?:year-earlier|year-ago)(?:\s+(?:" + _ORDINAL_Q + r"[\s-]+)?(?P<what>quarter|period))?\b",
    ),
    (
        "quarter",
        r"\b(?:[Tt]he\s+)?" + _ORDINAL_Q + r"[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:(?P<dir>this|last"
        r"|next)\s+year|the\s+(?P<dir2>current|previous)\s+year))?",
    ),
    (
        "the_quarter",
        r"\b[Tt]he\s+(?P<which>latest\s+|most\s+recent\s+|current\s+|recent\s+|just-ended\s+)?"
        r"(?:fiscal\s+)?quarter\b(?!\s+(?:of|century|mile|point|percent|share))",
    ),
    ("decade", r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0)'?s\b"),
    ("decade", r"(?:\b[Tt]he\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:'|’|\b)(?P<dec2>[2-9]0)'?s\b"),
    ("weekend", r"\b(?P<dir>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s+weekend\b"),
    (
        "rel_unit",
        r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Cc]urrent)\s+(?:fiscal\s+)?"
        r"(?P<unit>week|month|year|quarter|decade|century)\b",
    ),
    ("recent_units", r"\b[Rr]ecent\s+(?P<unit>days|weeks|months|years|decades)\b"),
    ("narrative_unit", r"\b(?:[Tt]he\s+)(?P<dir>following|previous|preceding|next)\s+(?P<unit>year|month|week)\b"),
    (
        "rel_named",
        r"\b(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday"
        r"|Friday|Saturday|Sunday)|(?P<m>January|February|March|April|May|June|July|August|September"
        r"|October|November|December)|(?P<season>spring|summer|autumn|fall|winter))\b",
    ),
    ("this_part", r"\b[Tt]his\s+(?P<part>morning|afternoon|evening)\b"),
    (
        "the_day",
        r"\b(?:(?:end|ends|ended|ending|finish|finished|finishing|start|started|for|during|in|on)\s+)"
        r"(?P<ext>the\s+(?:same\s+)?day)\b(?!\s+(?:before|after|of|when|that|trader|traders|care))",
    ),
    ("the_day", r"\b(?P<ext>[Tt]hat\s+(?:same\s+)?day|[Tt]he\s+same\s+day)\b(?!\s+(?:before|after|of|when))"),
    # "that night" only where "that" can be no conjunction before a noun ("said that night raids would go on"): at a
    # sentence's start, after a preposition or "later"/"earlier", or before a stop or a comma
    (
        "the_day_part",
        r"\b(?P<ext>(?:[Tt]he\s+same|[Tt]hat\s+same)\s+(?P<part>morning|afternoon|evening|night))\b"
        r"(?!\s+(?:before|after|of|when|that|which))",
    ),
    # a moment after the act the narrative last dated ("Shortly afterwards, ...", "Hours later the army ..."): that day;
    # never with an act of its own after "after" ("hours after the vote": that act's day, which may be another)
    (
        "moments_later",
        r"\b(?P<ext>(?:[Ss]hortly|[Ss]oon|" + _NO_COUNT_BEFORE + r"(?:[Mm]oments|[Mm]inutes|[Hh]ours)"
        r"|[Aa]\s+few\s+(?:minutes|hours))\s+(?:afterwards?|later|after(?=\s*[,.;]|\s*$)))\b",
    ),
    (
        "the_day_part",
        r"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n))(?P<ext>That\s+(?P<part>morning|afternoon|evening|night))\b",
    ),
    (
        "the_day_part",
        "(?:"
        + "|".join(
            rf"(?<=\b{w}\s)" for w in ("on", "by", "until", "from", "since", "later", "earlier", "late", "early")
        )
        + r")(?P<ext>that\s+(?P<part>morning|afternoon|evening|night))\b",
    ),
    ("the_day_part", r"\b(?P<ext>that\s+(?P<part>morning|afternoon|evening|night))\b(?=\s*[,.;:!?])"),
    (
        "deictic",
        r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
    ),
    ("deictic", r"(?<![Tt]he\s)\b(?P<word>[Ll]ast)\s+(?P<part>night|evening)\b"),
    (
        "century",
        r"\b(?:[Tt]he\s+)?(?P<ord>(?:1\d|2\d|[1-9])(?:st|nd|rd|th)|"
        + "|".join(_ORDINAL_WORDS)
        + r")[\s-]+[Cc]entury\b",
    ),
    # "the 1988 quarter", "the 1989 period": the quarter being reported, in that year
    (
        "year_period",
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+" + _YEAR.format(g="y") + r"\s+(?:fiscal\s+)?(?P<what>quarter|period)\b",
    ),
    ("span_rel", r"\b" + _NUM + r"\s+" + _UNIT + r"\s+(?P<dir>ago|earlier|later|previously)\b"),
    ("next_day", r"\b(?:[Tt]he\s+)(?P<dir>next|following|previous|preceding)\s+(?P<unit>day|morning|evening)\b"),
    ("set", r"\b(?P<word>daily|weekly|monthly|yearly)\b"),
    (
        "set",
        r"\b(?:[Ee]very|[Ee]ach)\s+(?:(?P<unit>day|week|month|year|morning|evening|night)|(?P<wd>"
        + _WD_WORDS
        + r")|"
        + _MONTH.format(g="m")
        + r")\b",
    ),
    (
        "half_duration",
        r"\b(?:the\s+(?:past|last|next|first|previous|coming|following)\s+)?"
        + _NUM
        + r"(?:\s+1/2|\s+and\s+a\s+half)\s+"
        + _UNIT
        + r"\b",
    ),
    ("half_duration", r"\b" + _NUM + r"\s+" + _UNIT + r"\s+and\s+a\s+half\b"),
    ("half_duration", r"\b[Hh]alf\s+an?\s+" + _UNIT + r"\b"),
    (
        "duration",
        r"\b(?:the\s+(?:(?:past|last|next|first|previous|coming|following)\s+)?)?(?!(?:1[5-9]|20)\d\d\b)"
        + _NUM
        + r"(?:[\s-]+)"
        + _UNIT_ADJ
        + _UNIT
        + r"(?![\s-]+(?:ago|earlier|later|old|previously))\b",
    ),
    (
        "bare_duration",
        r"\b(?:for|over|within|in)\s+(?P<ext>" + _PLURAL_UNIT + r")\b(?!\s+(?:ago|earlier|later|old|of))",
    ),
    ("bare_duration", r"\b(?:over|through|throughout)\s+(?P<ext>the\s+(?P<unit>years|decades))\b"),
    ("numeric", r"(?<![\d/.])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<c>\d{4}|\d{2})(?![\d/])"),
    (
        "my_spelled",
        r"\b(?:(?:[Tt]he\s+)?(?P<season>spring|summer|autumn|winter|fall)\s+of\s+|"
        + _MONTH.format(g="m")
        + r"\s+(?:of\s+)?)"
        + _SPELLED_CENTURY
        + _SPELLED_REST,
    ),
    ("spelled_year", r"\b(?:[Tt]he\s+year\s+)?" + _SPELLED_CENTURY + _SPELLED_REST),
    (
        "holiday",
        r"\b(?P<h>Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year's\s+(?:Eve|Day)|Thanksgiving(?:\s+Day)?"
        r"|Independence\s+Day|Halloween|Valentine's\s+Day)\b",
    ),
    (
        "season",
        r"\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Oo]ver)\s+)?(?P<ext>(?:the\s+)?"
        r"(?:(?:early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|winter|Spring|Summer|Autumn|Winter))\b"
        r"(?!\s+(?:of\s+)?(?:\d|last|next|this))",
    ),
    # "the year ended March 31": a fiscal year, told by its length (TimeML: DURATION P1Y)
    (
        "year_ended",
        r"\b(?P<ext>[Tt]he\s+(?:fiscal\s+|full\s+)?year)\s+(?:that\s+)?"
        r"(?:ended|ending|ends|to\s+(?=[A-Z]))",
    ),
    # "for the year", "earlier in the year": the year the article reports on
    ("the_year", r"\b(?P<ext>(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?:fiscal\s+)?year)\b" + _NOT_THAT_YEAR),
    (
        "the_year",
        r"\b(?:[Ff]or|[Oo]f|[Tt]hroughout|[Dd]uring)\s+(?P<ext>the\s+(?:fiscal\s+|full\s+|calendar\s+)?year)\b"
        + _NOT_THAT_YEAR,
    ),
    (
        "year_part",
        r"\b(?P<ext>(?:[Tt]he\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+year"
        r"|[Tt]he\s+(?:full|entire|whole|same)\s+year|[Tt]hat\s+(?:same\s+)?year)\b",
    ),
    (
        "year_mod",
        r"\b(?:the\s+)?(?P<mod>early|mid|late|end of|beginning of|start of|middle of)[\s-]+"
        + _YEAR.format(g="y")
        + r"\b",
    ),
    ("weekday", r"\b" + _WEEKDAY.format(g="wd") + r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    ("month", r"\b" + _MONTH.format(g="m") + r"\b"),
    (
        "year",
        r"(?<![\d$€£.,])" + _YEAR.format(g="y") + r"(?![\d%]|\s*(?:km|kilomet|mile|metre|meter|people|troops"
        r"|soldiers|tonnes|tons|barrels|dollars|yuan|euros|percent)\b|,\d|\.\d)",
    ),
    (
        "vague",
        r"\b(?P<word>[Rr]ecently|the past|the (?:near |distant |foreseeable )?future|[Nn]owadays|[Cc]urrently"
        r"|[Nn]ow(?![-\w])|current(?!\s+(?:account|accounts|affairs|events|prices|dollars|assets|liabilities"
        r"|events))(?=\s+[a-z]))\b",
    ),
]
# compiled with a first-character guard (pipeline.stages.regex_guard): the same matches, about half the scan time
GRAMMAR: list[tuple[str, re.Pattern]] = [(name, guarded(rx)) for name, rx in GRAMMAR_SOURCE]

# Words every match of a kind holds (any one, in lower case): a text without them skips the kind's patterns.
# Only a scan is saved: each entry must hold for every pattern of the kind (tests check it on the grammar).
NEEDS: dict[str, tuple[str, ...]] = {
    "season_year": ("spring", "summer", "autumn", "fall", "winter"),
    "quarter_year": ("quarter",),
    "quarter": ("quarter",),
    "the_quarter": ("quarter",),
    "same_period": ("same", "corresponding", "comparable"),
    "year_earlier": ("year-",),
    "decade": ("0s", "0's", "0’s"),
    "weekend": ("weekend",),
    "recent_units": ("recent",),
    "narrative_unit": ("following", "previous", "preceding", "next"),
    "this_part": ("this",),
    "the_day": ("day",),
    "the_day_part": ("morning", "afternoon", "evening", "night"),
    "moments_later": ("after", "later"),
    "deictic": ("yesterday", "today", "tomorrow", "tonight", "last"),
    "century": ("century",),
    "year_period": ("quarter", "period"),
    "span_rel": ("ago", "earlier", "later", "previously"),
    "next_day": ("next", "following", "previous", "preceding"),
    "set": ("daily", "weekly", "monthly", "yearly", "every", "each"),
    "half_duration": ("half", "1/2"),
    "numeric": ("/",),
    "my_spelled": ("nineteen", "thousand"),
    "spelled_year": ("nineteen", "thousand"),
    "season": ("spring", "summer", "autumn", "winter"),
    "year_ended": ("year",),
    "the_year": ("year",),
    "year_part": ("year",),
}


def kinds() -> list[str]:
    """Every kind of the grammar, once each, in grammar order."""
    return list(dict.fromkeys(kind for kind, _ in GRAMMAR_SOURCE))


# ---------------------------------------------------------------------------
# Context words around a match

# Words before a bare year that make it a quantity, not a date.
NOT_YEAR_BEFORE = re.compile(
    r"(?:No\.?|number|about|some|over|nearly|almost|than|(?:total|number|sum|out|maximum"
    r"|minimum|average|height|depth|altitude|crowd|force|score) of|US\$|\$|Article|article"
    r"|page|route|Route|flight|Flight)\s*$"
)
# Words before "'70s" that make it an age or a temperature ("in their 70s", "the low 80s").
AGE_BEFORE = re.compile(r"\b(?:their|his|her|its|low|mid|high|upper|lower)\s*$|\b(?:over|under)-?\s*$", re.I)
# After "quarter": a fraction ("three-quarters of the vote", "a quarter point") unless the words before make it a
# stretch of time ("two consecutive quarters").
FRACTION_AFTER = re.compile(r",?\s+of\b|\s+(?:point|percent|mile)")
QUARTERS_OF_TIME = re.compile(r"\b(?:consecutive|straight|successive|past|last|next|first|previous|coming|following)\b")
