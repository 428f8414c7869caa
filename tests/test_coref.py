"""The shared pronoun resolver (pipeline.stages.coref): its default (nearest fitting mention) and the salience
keywords the quotes stage uses (`prefer`, `fallback`)."""

import pytest

from pipeline.stages import coref
from pipeline.stages.actors import extract_mentions
from pipeline.stages.records import Mention


def mention(start, name, kind="PERSON", title=None):
    return Mention(start, start + len(name), name, name, kind, title=title)


# offsets as in "Anna Berg (0) met Olof Lund (20) at the Nordbank (40) office; Kim Ek (70) ..."
MENTIONS = [
    mention(0, "Anna Berg"),
    mention(20, "Olof Lund"),
    mention(40, "Nordbank", "ORG"),
    mention(70, "Kim Ek"),
]


class Quote:
    def __init__(self, start_char, end_char):
        self.start_char, self.end_char = start_char, end_char


# a list whose mentions overlap is scanned instead of indexed: both must agree
OVERLAPPING = [*MENTIONS[:2], mention(22, "Lund"), *MENTIONS[2:]]


@pytest.mark.parametrize("mentions", [MENTIONS, OVERLAPPING])
def test_default_is_the_nearest_fitting_mention(mentions):
    assert coref.resolve_pronoun("she", 60, mentions).name in ("Olof Lund", "Lund")
    assert coref.resolve_pronoun("it", 60, mentions).name == "Nordbank"
    assert coref.resolve_pronoun("he", 10, mentions).name == "Anna Berg"
    assert coref.resolve_pronoun("he", 60, mentions, after_char=25) is None


@pytest.mark.parametrize("mentions", [MENTIONS, OVERLAPPING])
def test_prefer_wins_over_a_nearer_mention(mentions):
    subject = {"Anna Berg"}
    found = coref.resolve_pronoun("she", 60, mentions, prefer=lambda m: m.name in subject)
    assert found.name == "Anna Berg"
    # nothing preferred: the nearest, unless fallback is off
    assert coref.resolve_pronoun("she", 60, mentions, prefer=lambda m: False).name.endswith("Lund")
    assert coref.resolve_pronoun("she", 60, mentions, prefer=lambda m: False, fallback=False) is None


def test_prefer_keeps_the_window_and_the_excluded_spans():
    quotes = [Quote(1, 12)]  # Anna Berg is named inside a quote
    assert coref.resolve_pronoun("she", 60, MENTIONS, quotes, prefer=lambda m: m.name == "Anna Berg") is not None
    found = coref.resolve_pronoun("she", 60, MENTIONS, quotes, prefer=lambda m: m.name == "Anna Berg")
    assert found.name == "Olof Lund"  # the preferred one is excluded: the nearest admitted one
    assert coref.resolve_pronoun("she", 60, MENTIONS, after_char=10, prefer=lambda m: m.name == "Anna Berg").name == (
        "Olof Lund"
    )


def test_fallback_without_prefer_changes_nothing():
    for word in ("he", "it", "they"):
        assert coref.resolve_pronoun(word, 90, MENTIONS, fallback=False) is coref.resolve_pronoun(word, 90, MENTIONS)


@pytest.mark.parametrize(
    "text,name,subject",
    [
        ("Karin Moe thanked the voters in Bergen.", "Karin Moe", True),
        ("The voters thanked Karin Moe in Bergen.", "Karin Moe", False),
        ("The chairwoman of the board, Karin Moe, thanked the voters.", "Karin Moe", True),
        ("A former Karin Moe adviser thanked the voters.", "Karin Moe", False),
    ],
)
def test_subject_mentions(parse, text, name, subject):
    doc = parse(text)
    m = next(x for x in extract_mentions(doc) if x.name == name)
    assert coref.is_subject_mention(doc, m) is subject
