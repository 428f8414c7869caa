"""TIMEX3 values: formatting dates at their precision, durations, and reading numbers and words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pipeline.stages.dates.grammar import HALF_UNITS, HOLIDAYS, MONTH_ABBR, MONTHS, NUMBER_WORDS, SEASONS, UNIT_CODES

Parts = tuple[int, int | None, int | None]  # (year, month, day) of a date, as precise as it was written


# ---------------------------------------------------------------------------
# Formatting


def fmt_day(d: dt.date) -> str:
    return d.isoformat()


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_year(y: int) -> str:
    return f"{y:04d}"


def fmt_quarter(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def fmt_season(y: int, season: str) -> str:
    return f"{y:04d}-{SEASONS[season.lower()]}"


def fmt_parts(parts: Parts) -> str:
    y, m, d = parts
    return f"{y:04d}" if m is None else (fmt_month(y, m) if d is None else fmt_day(dt.date(y, m, d)))


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
    half = HALF_UNITS.get(unit)
    if half is None:
        return None
    whole = f"{n}{UNIT_CODES[unit]}" if n else ""
    if unit in ("hour", "minute"):
        return f"PT{whole}{half}"
    return f"P{whole}{half}"


# ---------------------------------------------------------------------------
# Calendar arithmetic


def shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def valid_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def previous_quarter(y: int, q: int) -> tuple[int, int]:
    return (y, q - 1) if q > 1 else (y - 1, 4)


def holiday(name: str) -> Callable[[int], dt.date]:
    """year -> date of a fixed or rule-based holiday."""
    key = re.sub(r"\s+", " ", name.lower())
    if key in HOLIDAYS:
        return lambda y: dt.date(y, *HOLIDAYS[key])

    def thanksgiving(y: int) -> dt.date:  # fourth Thursday of November
        first = dt.date(y, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)

    return thanksgiving


# ---------------------------------------------------------------------------
# Words -> numbers


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR[w[:4] if w.startswith("sept") else w[:3]]


def number(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower())
    digits = w.replace(",", "")
    return int(digits) if digits.isdigit() else NUMBER_WORDS.get(w)


def spelled_year(gd: dict) -> int | None:
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


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def underspecified_value(surface: str) -> str | None:
    """The TIMEX3 value, unknown parts as X, of a weekday, a month or a day of a month named without a year, for an
    expression that has no anchor (an undated text): "Tuesday" -> XXXX-WXX-2, "Friday night" -> XXXX-WXX-5TNI,
    "in June" -> XXXX-06, "3 March" / "March 3" -> XXXX-03-03, "Boxing Day" -> XXXX-12-26; None for any other."""
    words = re.sub(r"^(?:on|in|last|this|the)\s+", "", surface.strip().lower().rstrip("."))
    words = re.sub(r"\s+", " ", words)
    m = re.fullmatch(r"(\w+?)(?:'s)?(?: (morning|afternoon|evening|night))?", words)
    if m and m[1] in _WEEKDAY_NAMES and not surface.lower().startswith(("last", "this")):
        return f"XXXX-WXX-{_WEEKDAY_NAMES.index(m[1]) + 1}" + (f"T{_PARTS[m[2]]}" if m[2] else "")
    if words in HOLIDAYS:
        return "XXXX-{:02d}-{:02d}".format(*HOLIDAYS[words])
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+\.?)|([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?", words)
    if m:
        day, name = (int(m[1]), m[2]) if m[1] else (int(m[4]), m[3])
        month = MONTHS.get(name.rstrip("."))
        if month and valid_day(2000, month, day):
            return f"XXXX-{month:02d}-{day:02d}"
        return None
    month = MONTHS.get(words)
    return f"XXXX-{month:02d}" if month else None
