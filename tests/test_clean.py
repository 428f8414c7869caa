"""Character references and lost apostrophes in article bodies (pipeline.stages.clean)."""

from __future__ import annotations

import pytest

from pipeline.stages.clean import clean_article, decode_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in Marks &amp; Spencer rose.", "Shares in Marks & Spencer rose."),
        ("The caf&eacute; in Lyon reopened.", "The café in Lyon reopened."),
        ("Canada&#8217;s premier spoke.", "Canada’s premier spoke."),
        ("A &#x201C;quiet&#x201D; week.", "A “quiet” week."),
        ("Peru&#191;s mines and Chile&#191;s ports", "Peru's mines and Chile's ports"),
        ("the firm¿s chief", "the firm's chief"),
    ],
)
def test_references_are_decoded(text: str, expected: str) -> None:
    assert decode_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "R&D spending at AT&T grew.",  # no reference: an ampersand in prose
        "Copyright &copy 2004 and &nosuchname; stay.",  # incomplete or unknown references stay as written
        "Ella preguntó: ¿Dónde está?",  # Spanish opens a question after a space
        "Prices ¿ mostly flat ¿ held.",  # between spaces: no apostrophe to restore
        "Score 3¿4 today",  # between digits: not between letters
    ],
)
def test_prose_stays(text: str) -> None:
    assert decode_references(text) == text


def test_clean_article_decodes_before_the_rules() -> None:
    body = clean_article("Shares in Marks &amp; Spencer rose on Monday.\n\nThe retailer&#191;s chief was pleased.").body
    assert body == "Shares in Marks & Spencer rose on Monday.\n\nThe retailer's chief was pleased."


def test_decoded_control_characters_are_dropped() -> None:
    assert clean_article("Hello&#1; world, this is a body.").body == "Hello world, this is a body."
