"""The first-character guard must never change what a pattern matches; the date grammar's
word requirements (dates.NEEDS) must hold for every match of their kinds."""

import re

import pytest

from pipeline.stages import dates
from pipeline.stages.regex_guard import first_characters, guarded

from .conftest import ROOT, SHARED

MY_TEXT = """On Tuesday, March 3, 2015 the talks resumed; by 10:35 a.m. EST Nov. 9 they had stalled.
Three years ago, in the early 1990s and again in the '80s, prices rose 3.5% in the first quarter of 1988.
The year-earlier quarter, the same period a year ago, and the 1989 period all showed losses.
Last weekend, this morning, tonight and last night; every Monday, each year, daily and weekly.
Two and a half years, half an hour, 2 1/2 months, ten consecutive days, for years, over the decades.
In the spring of 1999, during summer, the winter of nineteen ninety-eight, the fall 2003 season.
The twenty-first century, the 19th century, Christmas Eve, New Year's Day, 12/25/1999 and 3/4/88.
Earlier in the year, for the fiscal year, the year ended March 31, the rest of the year, that same year.
Recent weeks, the latest quarter, the following month, the next day, the previous evening, that same day, ended the day.
That night, the same evening, that same morning. Hours later, shortly afterwards, soon after.
Now, currently, nowadays, the near future, the past, recently, current talks; noon Thursday; 18:00 UTC.
In 2004 some 2,000 troops and 1500 km; mid-2005, the end of 2010; this Friday, next March, last autumn.
"""


def _texts() -> list[str]:
    texts = [MY_TEXT, MY_TEXT.lower(), MY_TEXT.upper()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").rglob("*")) if p.is_file()]
    tbaq = SHARED / "external" / "tempeval3" / "TBAQ-cleaned"
    texts += [re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8")) for p in sorted(tbaq.rglob("*.tml"))[:60]]
    return texts


def _matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "pattern, first",
    [
        (r"\bfoo", "[f]"),
        (r"(?i:ab)c", "[Aa]"),
        (r"\b(?:the\s+)?x", "[tx]"),
        (r"(?<!\d)[0-3]?\d", "[0-3\\d]"),
        (r"(?:a|bc|)d", "[abd]"),
    ],
)
def test_first_characters(pattern, first):
    assert first_characters(pattern) == first


@pytest.mark.parametrize("pattern", [r"a?", r".x", r"[^a]b", r"(?:a|)b*", r"\b"])
def test_no_guard_when_the_first_characters_are_not_known(pattern):
    assert first_characters(pattern) is None
    assert guarded(pattern).pattern == pattern


def test_guard_keeps_a_top_level_alternation_whole():
    rx = guarded(r"ab|cd")
    assert [m.group(0) for m in rx.finditer("xab cd abcd")] == ["ab", "cd", "ab", "cd"]


def test_guarded_grammar_matches_exactly_what_the_plain_grammar_matches():
    texts = _texts()
    for (kind, source), (_, fast) in zip(dates.GRAMMAR_SOURCE, dates.GRAMMAR):
        plain = re.compile(source)
        assert fast.pattern != source, f"{kind}: no guard worked out"
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (kind, source[:60])


def test_every_match_of_a_kind_holds_one_of_the_words_its_kind_needs():
    texts = _texts()
    seen = set()
    for kind, source in dates.GRAMMAR_SOURCE:
        needs = dates.NEEDS.get(kind)
        if not needs:
            continue
        for text in texts:
            for m in re.finditer(source, text):
                assert any(w in m.group(0).lower() for w in needs), (kind, m.group(0))
                seen.add(kind)
    assert seen == set(dates.NEEDS), f"kinds never matched by the test texts: {set(dates.NEEDS) - seen}"
