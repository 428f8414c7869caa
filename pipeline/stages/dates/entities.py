"""spaCy's DATE/TIME entities the grammar does not cover, parsed with dateparser.

`get_date_data(...).period` gives the precision; the parts dateparser fills in from its base date are
never written.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from pipeline.stages.dates.mention import Anchor, DateMention
from pipeline.stages.dates.timex import fmt_month, fmt_week
from pipeline.stages.dates.tokens import is_quantity, not_a_date

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DP_PERIOD = {"year": "year", "month": "month", "week": "week", "day": "day", "time": "time"}
_DDP_CACHE: dict = {}
_DDP_CACHE_SIZE = 256  # parsers kept, one per base day (memory, not output)
_UNITS = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", re.I)
_DURATION_UNITS = re.compile(r"\b(years?|months?|weeks?|days?|decades?)\b", re.I)
_RELATIVE = re.compile(r"\b(ago|last|next|this)\b", re.I)


def entity_mention(doc: Doc, text: str, start: int, end: int, anchor: Anchor) -> DateMention | None:
    """The mention of an entity text[start:end], or None when it is not a temporal expression or has no value
    and no unit of time; an absolute value becomes the narrative anchor."""
    surface = text[start:end]
    if is_quantity(doc, start, end) or not_a_date(surface):
        return None
    value, precision, a_value, a_source = dateparser_value(surface, anchor)
    if value is None and not (re.search(r"\d", surface) and _UNITS.search(surface)):
        return None  # no value to give: vague words ("the early days"), codes and prices ("80386")
    span = doc.char_span(start, end, alignment_mode="expand") or []
    typ = "TIME" if any(t.ent_type_ == "TIME" for t in span) else "DATE"
    if value is None and _DURATION_UNITS.search(surface) and not _RELATIVE.search(surface):
        typ = "DURATION"
    if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) and a_source is None:
        anchor.note(*[int(x) for x in value.split("-")])
    return DateMention(start, end, surface, typ, value, precision if value else None, a_value, a_source)


def dateparser_value(text: str, anchor: Anchor) -> tuple[str | None, str | None, str | None, str | None]:
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
    formats = {"year": f"{d.year:04d}", "month": fmt_month(d.year, d.month), "week": fmt_week(d)}
    value = formats.get(period, d.isoformat())
    return (
        value,
        period if period in _DP_PERIOD else "day",
        (None if has_year else anchor_value),
        (None if has_year else source),
    )


def _ddp(base: dt.datetime):
    from dateparser.date import DateDataParser

    key = base.date()
    if key not in _DDP_CACHE:
        if len(_DDP_CACHE) > _DDP_CACHE_SIZE:
            _DDP_CACHE.clear()
        _DDP_CACHE[key] = DateDataParser(
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True},
        )
    return _DDP_CACHE[key]
