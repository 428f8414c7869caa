import pytest

from pipeline.stages.actors import extract_mentions
from pipeline.stages.quotes import extract_quotes, find_quote_spans


def quotes_and_mentions(parse, text):
    doc = parse(text)
    mentions = extract_mentions(doc)
    return extract_quotes(doc, mentions), mentions


def quotes_of(parse, text):
    return quotes_and_mentions(parse, text)[0]


def only(qs):
    full = [q for q in qs if not q.is_fragment]
    assert len(full) == 1, [(q.text, q.speaker) for q in qs]
    return full[0]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("“We will not give up our land under any circumstances,” said Prime Minister Boris Johnson.", "Johnson"),
        ("“We will not give up our land under any circumstances,” Angela Merkel told reporters in Berlin.", "Merkel"),
        ("Angela Merkel said: “We will not give up our land under any circumstances.”", "Merkel"),
        (
            "“The economy is recovering faster than anyone expected,” the central bank governor Mark Carney wrote on "
            "Twitter.",
            "Carney",
        ),
        (
            "“The economy is recovering faster than expected this spring,” Reuters quoted Janet Yellen as saying.",
            "Yellen",
        ),
        ('"The economy is recovering faster than expected this spring," according to Janet Yellen.', "Yellen"),
    ],
)
def test_cue_forms(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in q.speaker and q.attribution == "cue"


def test_pronoun_speaker_resolves_to_person(parse):
    qs, mentions = quotes_and_mentions(
        parse,
        "Senator Elizabeth Warren spoke to voters in Ohio.\n"
        "“This election is about working families and their future,” she said.",
    )
    q = only(qs)
    # the record refers to the speaker's mention by its start offset
    speaker = {m.start_char: m for m in mentions}.get(q.speaker_mention)
    assert speaker is not None and speaker.name.endswith("Warren")


def test_statement_read(parse):
    q = only(quotes_of(parse, "“Both sides agreed to expand trade and energy cooperation,” the joint statement read."))
    assert "statement" in q.speaker


def test_continuation_paragraph_keeps_speaker(parse):
    text = (
        "“We were attacked by armed groups from abroad,” President Tokayev said in a televised address.\n"
        "“Those who do not surrender will be destroyed without warning.”"
    )
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert [q.attribution for q in qs] == ["cue", "continuation"]
    assert all("Tokayev" in q.speaker for q in qs)


def test_unbalanced_mark_loses_nothing():
    text = "“First quote runs on and is never closed\nLater paragraph with “a closed quote of several words” here."
    spans = find_quote_spans(text)
    assert [s.closed for s in spans] == [False, True]
    assert text[spans[1].start_char : spans[1].end_char] == "a closed quote of several words"


def test_scare_quotes_are_fragments(parse):
    qs = quotes_of(parse, "Officials described the deal as a “golden era” for the region.")
    assert len(qs) == 1 and qs[0].is_fragment


def test_apostrophes_are_not_quotes():
    assert find_quote_spans("Russia’s army and China’s navy held drills, officials said.") == []


def test_dash_byline_names_the_speaker(parse):
    text = (
        "Readers told us what they think of the plan.\n"
        "“The new tax will hurt small shops more than anyone else in town.” ― Maria Lopez\n"
        "“I have waited ten years for a decent bus line to the hospital.”\u2014\u00a0Tom Becker.\n"
    )
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert [(q.speaker, q.attribution) for q in qs] == [("Maria Lopez", "dash"), ("Tom Becker", "dash")]


def test_a_word_of_the_quote_is_never_the_speaker(parse):
    q = only(
        quotes_of(
            parse, "“My reaction, that was outrageous,” the former campaign strategist David Axelrod said on CNN."
        )
    )
    assert "Axelrod" in q.speaker


def test_cue_in_the_sentence_after_the_closing_mark(parse):
    text = (
        "“Who would have believed that we would get almost fourteen million votes?” Trump said, looking at the crowd."
    )
    q = only(quotes_of(parse, text))
    assert q.speaker and "Trump" in q.speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Party chairman David Pepper called the decision “a huge win for the voters of this state.”", "Pepper"),
        (
            "“The most dangerous budget in a generation,” the opposition leader Anna Berg said, as Carl Holm looked "
            "on.",
            "Berg",
        ),
        ("Senator Mary Jones dismissed the plan as “a gift to the largest banks in the country.”", "Jones"),
    ],
)
def test_characterising_verbs_and_names_before_the_cue(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker and speaker in q.speaker
