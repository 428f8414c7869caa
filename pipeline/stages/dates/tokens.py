"""Checks on spaCy's tokens around a would-be date: quantities, names, proper nouns, sentences."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def is_quantity(doc: Doc, start: int, end: int, plural_only: bool = False) -> bool:
    """A number that counts something ("1500 tanks", "about 1999 people"): the next word is a plain noun
    (for a would-be year, a plural one: "the 1991 agreement" is a date)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return (
        nxt.tag_ in (("NNS",) if plural_only else ("NNS", "NN"))
        and nxt.ent_type_ not in ("DATE", "TIME")
        and nxt.lower_ not in ("year", "years")
    )


def sentence_start(doc: Doc, char: int) -> int:
    """Start of the sentence holding the character, -1 when none does.

    The sentence is looked up among the document's sentence starts (a bisection): `Span.sent` walks the tokens
    back to the sentence start and `doc.text` rebuilds the whole text, per call."""
    import bisect

    from pipeline.stages.parse import doc_cache, sents_of, text_of

    span = doc.char_span(char, min(char + 1, len(text_of(doc))), alignment_mode="expand")
    if span is None or not len(span):
        return -1
    starts = doc_cache(doc, "sentence_token_starts", lambda d: [s.start for s in sents_of(d)])
    return sents_of(doc)[max(bisect.bisect_right(starts, span.start) - 1, 0)].start_char


def not_a_date(surface: str) -> bool:
    """Entities spaCy calls dates that are not: bare numbers ("49", "8,579.19", "1.1.1") and ages."""
    if re.search(r"\bage[ds]?\b|\b(?:years?|months?|weeks?|days?)[- ]old\b", surface, re.I):
        return True  # ages are not temporal expressions in TimeML
    return not re.search(r"[A-Za-z]", surface) and not re.search(r"\d{4}|\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2}", surface)


def in_name(doc: Doc, start: int, end: int) -> bool:
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


def is_proper(doc: Doc, start: int, end: int) -> bool:
    """Every word of the span is a proper noun or part of a date ("May" the month, not the verb)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.tag_ == "NNP" or t.ent_type_ == "DATE" for t in span)


_OPENING_QUOTES = "\"'“‘«"
_CLOSING_QUOTES = "\"'”’»"


@functools.cache
def _work_nouns() -> frozenset[str]:
    """Nouns that name a work: pipeline/data/dates_work_titles.tsv."""
    from pipeline.stages.lexicon import data_rows

    return frozenset(r["word"] for r in data_rows("dates_work_titles.tsv"))


def work_title(text: str, start: int, end: int, max_chars: int) -> bool:
    """The would-be date text[start:end] is (part of) the title of a work: a bare number right after a work noun
    ("the film 2046"), or any date inside a quotation of at most `max_chars` characters that opens right after one
    ("the song 'July'", "the album "Sunday Morning Blues"")."""
    before = text[max(0, start - max_chars) : start]
    opening = max(before.rfind(q) for q in _OPENING_QUOTES)
    title_start = None
    if opening >= 0 and (opening == 0 or before[opening - 1].isspace()) and "\n" not in before[opening:]:
        closing = [text.find(q, end, end + max_chars) for q in _CLOSING_QUOTES]
        if any(c >= 0 and not re.search(r"[.!?]\s", text[end:c]) for c in closing):
            title_start = max(0, start - max_chars) + opening
    elif text[start:end].isdigit():
        title_start = start
    if title_start is None:
        return False
    word = re.search(r"([A-Za-z]+)\s+$", text[max(0, title_start - 30) : title_start])
    return word is not None and word[1].lower() in _work_nouns()


def in_quotation(doc: Doc, at: int) -> bool:
    """The character lies inside a quotation: a speaker's "today" or "tomorrow" ("Today it is Samia, tomorrow it
    will be any one of us") is the speaker's time, not a day the narrative moved to ("the same day" after it)."""
    import bisect

    from pipeline.stages.parse import doc_cache, text_of
    from pipeline.stages.quote_spans import find_quote_spans

    # the quotes of a text follow one another without overlapping: the last one starting at or before `at` holds it
    # or none does (a look-up in log time: the events stage asks for every date of every act)
    spans = doc_cache(doc, "quote_spans", lambda d: find_quote_spans(text_of(d)))
    starts = doc_cache(doc, "quote_starts", lambda d: [q.start_char for q in spans])
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i].end_char
