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


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        (
            "Helen Frost praised the host of the show. “Rude, restless and badly prepared for the job,” she "
            "characterised the guest.",
            "Helen Frost",
            "characterised",
        ),
        (
            "Mark Ellery left the studio early. He characterized the debate this way: “a shouting match with no "
            "winners at all.”",
            "Mark Ellery",
            "characterized",
        ),
    ],
)
def test_characterise_is_a_reporting_cue(parse, text, speaker, cue):
    q = only(quotes_of(parse, text))
    assert (q.speaker, q.cue, q.attribution) == (speaker, cue, "cue")


def speaker_of(qs, mentions, q):
    """The name of the mention a quote's speaker links to (None when it links to none)."""
    m = {x.start_char: x for x in mentions}.get(q.speaker_mention)
    return None if m is None else m.name


@pytest.mark.parametrize(
    "text,speaker,kind",
    [
        # a described person: the place or company beside them is never the speaker
        ("“Fish prices doubled in a single week at the harbour,” one Bergen wholesaler said.", "wholesaler", "person"),
        (
            "“We expect the new plant to open next spring,” a Siemens spokeswoman told reporters.",
            "spokeswoman",
            "person",
        ),
        # a name with an apposition naming a company: the person, not the company
        (
            "Mr Halvorsen - a former director at rival Statoil - said: “Nobody in the industry saw this coming.”",
            "Halvorsen",
            "person",
        ),
        # an institution with no name
        ("“The rules will be reviewed before the summer recess,” the ministry said.", "ministry", "organisation"),
        # documents
        (
            "“Access to the site will remain closed until further notice,” the council statement said.",
            "statement",
            "document",
        ),
        (
            "The annual report said: “Water quality in the lower river has declined sharply since 2010.”",
            "report",
            "document",
        ),
        (
            "The Herald editorial board wrote: “This policy will fail the very people it claims to help.”",
            "board",
            "document",
        ),
    ],
)
def test_speaker_types(parse, text, speaker, kind):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "") and q.speaker_type == kind, (q.speaker, q.speaker_type)


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge will never be finished on time,” somebody told me at the market.",
        "People say: “The town has never been the same since the mine closed down.”",
    ],
)
def test_a_generic_speaker_gets_no_name(parse, text):
    qs, mentions = quotes_and_mentions(parse, "Mayor Lena Fischer opened the new library on Monday.\n" + text)
    q = only(qs)
    assert q.speaker_mention is None and q.speaker_type == "unknown" and "Fischer" not in (q.speaker or "")


def test_a_company_named_beside_a_described_person_is_not_the_speaker(parse):
    qs, mentions = quotes_and_mentions(
        parse, "“Sales collapsed after the storm,” an analyst at Norbank in Oslo said on Friday."
    )
    q = only(qs)
    assert q.speaker_mention is None and q.speaker_type == "person" and "analyst" in q.speaker


def test_pronoun_prefers_the_subject_over_a_nearer_object(parse):
    text = (
        "Senator Ruth Alvarez met the banker Peter Lindqvist in Stockholm on Tuesday.\n"
        "“We will not accept any more delays to the rail link,” she said afterwards."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Ruth Alvarez"


def test_pronoun_skips_a_person_named_inside_a_quote(parse):
    text = (
        "Coach Marta Dahl was furious after the game.\n"
        "“The referee gave Jonas Berg a penalty he never deserved,” she said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Marta Dahl"


def test_pronoun_after_a_described_subject_is_that_person(parse):
    text = (
        "Tickets sold out within minutes, said the promoter Oscar Lind.\n"
        "A spokesman for the stadium said: “We are adding a second night because demand was so high.” "
        "“Fans who missed out will have priority for the new date,” he added."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    last = [q for q in qs if not q.is_fragment][-1]
    assert last.speaker_mention is None and "spokesman" in last.speaker and last.speaker_type == "person"


def test_pronoun_stays_unresolved_far_from_any_name(parse):
    filler = "The weather stayed grey and wet all week. " * 6
    text = f"Professor Ingrid Holm gave a lecture on Monday.\n{filler}\n“Nobody expected this result at all,” she said."
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert q.speaker_mention is None and q.speaker == "she" and q.speaker_type == "person"


def test_a_roundup_label_names_the_speaker(parse):
    text = (
        "Here is how the papers reacted to the budget.\n"
        "Clara Novak, The Morning Star: “A bold and brave budget that few in the City expected.”\n"
        "Henrik Falk (economist): “This will reshape the housing market for years to come.”\n"
    )
    qs, mentions = quotes_and_mentions(parse, text)
    full = [q for q in qs if not q.is_fragment]
    assert [speaker_of(qs, mentions, q) for q in full] == ["Clara Novak", "Henrik Falk"]
    assert {q.attribution for q in full} == {"label"} and {q.speaker_type for q in full} == {"person"}


def test_an_interview_letter_names_nobody(parse):
    q = only(quotes_of(parse, "Q: Why did you leave?\nA: “I needed more time with my family after the tour.”"))
    assert q.speaker is None and q.speaker_type == "unknown"


@pytest.mark.parametrize("cue", ["tweeted", "wrote on Facebook", "posted on Instagram", "said in a post on X"])
def test_posts_name_their_author(parse, cue):
    qs, mentions = quotes_and_mentions(
        parse, f"The actor Jonas Eklund {cue}: “Thank you all for the amazing support over the years.”"
    )
    assert speaker_of(qs, mentions, only(qs)) == "Jonas Eklund"


def test_continuation_stops_when_another_person_speaks_up(parse):
    text = (
        "“The league must act now before more players get hurt,” said union chief Kevin Moore.\n"
        "Club owner Sandra Beck rejected the demand on Tuesday.\n"
        "“Nothing in the rules needs changing at this point in the season.”"
    )
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert "Moore" in qs[0].speaker and not (qs[1].speaker or "").endswith("Moore")


def test_continuation_goes_on_when_nobody_else_is_introduced(parse):
    text = (
        "“The league must act now before more players get hurt,” said union chief Kevin Moore.\n"
        "“We have waited long enough for the owners to listen to us.”"
    )
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert all("Moore" in q.speaker for q in qs) and qs[1].speaker_type == "person"


def test_a_sentence_after_the_quote_that_reports_its_own_words_is_no_cue(parse):
    text = (
        "“We have to be careful with young viewers,” the host Anna Sund said. “They should not see this.” "
        "Erik Borg said he had always tried to avoid swearing on air."
    )
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert all("Sund" in (q.speaker or "") for q in qs)


@pytest.mark.parametrize(
    "text,speaker,kind",
    [
        (
            "The rules require a “clear and lasting benefit to the local economy,” as a treasury memo put it.",
            "memo",
            "document",
        ),
        (
            "A Water Board study published in May found that the river carried “far more nitrate than any of the "
            "farms had declared.”",
            "study",
            "document",
        ),
        (
            "Governor Alice Brand drew criticism for saying that the new levy was “the fairest tax this state has "
            "ever had.”",
            "Alice Brand",
            "person",
        ),
    ],
)
def test_documents_that_put_or_find_and_cues_after_a_preposition(parse, text, speaker, kind):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "") and q.speaker_type == kind, (q.speaker, q.speaker_type)


def test_a_person_before_the_cue_beats_an_outlet_after_it(parse):
    text = (
        "“There is a deep rift between the board and the players,” Nils Strand, a former club captain, said on "
        "Monday on Radio Nord’s “Morning Sport.”"
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Nils Strand"


def test_a_person_addressed_after_the_cue_is_not_the_speaker(parse):
    text = (
        "“My answer to that is simple,” the party’s former treasurer said in an interview with Radio Nord’s Eva Lund."
    )
    q = only(quotes_of(parse, text))
    assert "treasurer" in q.speaker and q.speaker_mention is None


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the subject is a woman by her given name: "he" is the man named after her
        (
            "Susan Pratt chaired the inquiry into the crash. Pratt questioned the pilot, Martin Hale, for an hour.\n"
            "“I followed every procedure that I was trained to follow,” he said.",
            "Martin Hale",
        ),
        # a title tells the gender where the given name does not
        (
            "Mr Arlo Quist met Dr Bea Tamm at the clinic in Tartu.\n“We still need far more nurses here,” she said.",
            "Bea Tamm",
        ),
    ],
)
def test_a_pronoun_speaker_agrees_in_gender(parse, text, speaker):
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == speaker


def test_a_plural_description_is_not_what_he_or_she_refers_to(parse):
    text = (
        "Nina Sorel told the court the firm had misled savers.\n"
        "Senior managers denied any wrongdoing throughout the trial. "
        "“Nobody at the top was ever asked to answer for it,” she said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Nina Sorel"


def test_they_never_resolves_to_one_person(parse):
    text = (
        "Carl Brandt, the port director, met the Harbour Workers Union on Friday.\n"
        "“We will strike next week if nothing changes,” they said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert only(qs).speaker_type != "person" or only(qs).speaker_mention is None
    assert speaker_of(qs, mentions, only(qs)) != "Carl Brandt"


def test_it_after_a_described_document_is_that_document(parse):
    text = (
        "The council published its budget for Harlow on Monday.\n"
        "The council's statement said: “Spending on roads will rise by a fifth next year.” "
        "It added: “Libraries will keep their opening hours for at least two more years.”"
    )
    qs, mentions = quotes_and_mentions(parse, text)
    last = [q for q in qs if not q.is_fragment][-1]
    assert "statement" in last.speaker and last.speaker_type == "document"


def test_a_family_name_inside_the_speakers_description_names_the_speaker(parse):
    text = (
        "Wexford chief executive Ulla Brandt spoke in Leeds.\n"
        "Ms Brandt - herself a former banker at rival Norfin - said the merger was "
        "“the best deal our shareholders could have hoped for”."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)).endswith("Brandt") and only(qs).speaker_type == "person"


def test_a_name_inside_the_quote_after_the_cue_is_not_the_speaker(parse):
    text = "Broadband firm Nettle also backed the plans saying “we would be very pleased if Ofgem approves them soon”."
    qs, mentions = quotes_and_mentions(parse, text)
    assert only(qs).speaker != "Ofgem"


def test_a_reflexive_subject_is_the_person_it_stresses(parse):
    text = (
        "The new van was unveiled by Vektor chief executive Ulrich Bez. Vektor - whose vans are used by the army - "
        "will show it in Paris. Mr Bez - himself a former executive at rival Volvo - said the new van was the "
        "company's “most affordable van ever and makes the brand accessible”."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert speaker_of(qs, mentions, q) == "Ulrich Bez" and q.speaker_type == "person"


def test_he_is_the_main_clauses_subject_not_one_named_in_a_clause_inside(parse):
    qs, mentions = quotes_and_mentions(
        parse,
        "Opposition leader Maria Kovacs criticised the way Prime Minister Anna Horvath handled the strike. "
        '"There is real anger among nurses about these cuts," she said.',
    )
    speaker = {m.start_char: m for m in mentions}.get(only(qs).speaker_mention)
    assert speaker is not None and speaker.name.endswith("Kovacs")


def test_paragraphs_run_together_with_straight_marks_each_open_a_quote(parse):
    # paragraph breaks lost: each paragraph of the quote opened with a straight mark, none closed but the last
    text = (
        'The goalkeeper Tom Ashdown said: "It is my hundredth game for the club and I am proud of that. '
        '"The younger lads all feel the same about it. It is a fresh start for everyone here. '
        '"I want to lead by example in every match from now until the summer."'
    )
    spans = find_quote_spans(text)
    assert [s.closed for s in spans] == [False, False, True]
    assert text[spans[1].start_char :].startswith("The younger lads")
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert len(qs) == 3 and all("Ashdown" in (q.speaker or "") for q in qs), [(q.text, q.speaker) for q in qs]


@pytest.mark.parametrize(
    "text",
    [
        'He called the plan "a disgrace" and left the room.',
        'The band played "Blue Moon" twice. "It was a wonderful night for all of us," said Ann Rowe.',
        '"We lost. We will be back next year," the captain said. "That is a promise to our fans."',
    ],
)
def test_a_closing_straight_mark_still_closes(text):
    spans = find_quote_spans(text)
    assert all(s.closed for s in spans)
    assert all(not text[s.start_char : s.end_char].startswith(" ") for s in spans)


def test_a_pronoun_chain_keeps_its_first_antecedent(parse):
    # "he" after a "He" subject: the chain leads back to the person who started it, past a name in another role and
    # past the sentences of a quote, which introduce nobody
    text = (
        "Mayor Tomas Reyes opened the new bridge on Monday.\n"
        "“It is a great day. The city waited a long time. Everyone worked hard. We are all grateful.” "
        "He thanked the engineer Paul Okafor and the builders.\n"
        "“This bridge will change how people cross the river for decades,” he said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, [q for q in qs if not q.is_fragment][-1]) == "Tomas Reyes"


def test_a_new_subject_between_takes_over_the_chain(parse):
    text = (
        "Mayor Tomas Reyes opened the new bridge on Monday and thanked the builders.\n"
        "He praised the residents for their patience during the works.\n"
        "Opposition leader Victor Hale was less impressed by the ceremony.\n"
        "“The bridge came in two years late and far over budget,” he said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Victor Hale"


@pytest.mark.parametrize(
    "between",
    [
        "One dissenting view came from Dmitri Sokolov, an analyst at a Riga bank.",
        "The sharpest criticism was voiced by Dmitri Sokolov, an analyst at a Riga bank.",
    ],
)
def test_a_person_introduced_in_a_sentence_about_a_thing_is_the_next_he(parse, between):
    text = (
        "Most economists welcomed the rate cut, said Professor Lars Nyberg.\n"
        f"{between}\n"
        "“The central bank is acting far too late to save the housing market,” he said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    full = [q for q in qs if not q.is_fragment]
    assert speaker_of(qs, mentions, full[-1]) == "Dmitri Sokolov"


def test_a_definite_description_refers_back_to_the_named_person(parse):
    text = (
        "The singer Carla Mendes has pulled out of the festival in Porto.\n"
        "The singer cancelled all her concerts in Europe for the month.\n"
        "“I am so sorry to let down everyone who bought a ticket,” she said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Carla Mendes"


def test_a_title_used_as_a_noun_is_the_person_of_that_title(parse):
    text = (
        "Cardinal Anton Weiss will preach at the cathedral on Sunday.\n"
        "Bishop Mark Ellery also spoke about the refugees on Friday and criticised the government.\n"
        "On Sunday, the Cardinal will ask the congregation to pray for peace.\n"
        "“Peace is possible, and it is worth striving for every day,” he will say."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Anton Weiss"


def test_an_unnamed_spokesman_described_again_stays_unnamed(parse):
    text = (
        "Chief executive Nora Blix resigned on Monday.\n"
        "A spokesman for the airline said the board would meet on Friday.\n"
        "The spokesman declined to say who would replace the outgoing chief.\n"
        "“The search for a successor has already begun,” he said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert q.speaker_mention is None and "spokesman" in q.speaker


def test_expressing_a_feeling_reports_the_words_that_follow(parse):
    text = (
        "Tenant leader Maria Costa spoke at the hearing on Thursday.\n"
        "She expressed her anger at a landlord who “never fixed a single thing in ten years”. "
        "“We paid our rent every month and got nothing back for it.”"
    )
    qs, mentions = quotes_and_mentions(parse, text)
    full = [q for q in qs if not q.is_fragment]
    assert [speaker_of(qs, mentions, q) for q in full] == ["Maria Costa", "Maria Costa"]


def test_a_run_of_quotation_attributed_at_its_end_is_all_that_speakers(parse):
    text = (
        "The museum reopened on Saturday after two years of repairs.\n"
        '"We had to replace the whole roof and most of the wiring in the old wing.\n'
        '"It took far longer than any of us had hoped," says curator Ines Albers.'
    )
    qs, mentions = quotes_and_mentions(parse, text)
    full = [q for q in qs if not q.is_fragment]
    assert [speaker_of(qs, mentions, q) for q in full] == ["Ines Albers", "Ines Albers"]
    assert full[0].attribution == "continuation"


def test_a_closed_quote_without_a_cue_does_not_take_the_next_speaker(parse):
    text = (
        "The museum reopened on Saturday after two years of repairs.\n"
        'An old poster promising "a museum for every family in the city" hangs by the door.\n'
        '"It took far longer than any of us had hoped," says curator Ines Albers.'
    )
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert qs[0].speaker is None and "Albers" in qs[1].speaker


def test_a_definite_description_with_a_common_noun_compound_refers_back(parse):
    text = (
        "“We rehearse for weeks before every show,” says Bill Tanner.\n"
        "When the show is over, the music director goes home to his family.\n"
        "“I have a quiet drink and go to bed early,” he says."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    full = [q for q in qs if not q.is_fragment]
    assert speaker_of(qs, mentions, full[-1]) == "Bill Tanner"


def test_a_long_quote_is_continued_counting_from_its_end(parse):
    text = (
        '"Here is what I believe. Voters care about jobs. They care about rent. They care about schools. '
        'Nobody asks me about polls," Senator Dana Whitfield said, before turning to the budget. '
        '"So my message is simple: look at the record and ignore the noise."'
    )
    qs, mentions = quotes_and_mentions(parse, text)
    full = [q for q in qs if not q.is_fragment]
    assert [speaker_of(qs, mentions, q) for q in full] == ["Dana Whitfield", "Dana Whitfield"]


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        ('She went on: "What I would like to see is an independent body that checks the figures."', "Jane Roe"),
        ('She went on to win the seat. "It was a long night for all of us in the hall."', None),
    ],
)
def test_going_on_reports_what_follows_only_when_nothing_else_follows(parse, sentence, speaker):
    qs, mentions = quotes_and_mentions(parse, f"Labour MP Jane Roe spoke after the vote. {sentence}")
    assert speaker_of(qs, mentions, only(qs)) == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'The film showed Mayor Ann Kerr, apparently talking about the budget, telling the meeting: "We will not '
            'cut a single school place this year."',
            "Ann Kerr",
        ),
        (
            'A hidden microphone caught Senator Bill Hoyt telling an aide: "Nobody will ever read this report."',
            "Bill Hoyt",
        ),
        # a verb of another kind: the participle is its subject's ("backed X, saying")
        (
            'Coach Tim Rolf backed the new captain Joe Hart, saying: "He is the best leader we have had in years."',
            "Tim Rolf",
        ),
    ],
)
def test_a_person_shown_or_heard_speaking_is_the_speaker(parse, text, speaker):
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == speaker


def test_a_name_beside_the_subjects_prepositional_phrase_is_the_subject(parse):
    text = (
        "The finalists are Rose Hale and Tom Beck.\n"
        "The channel's controller of entertainment, Clara Mund, said she would renew the show. "
        "“There is much more to come this series and we are thrilled to keep going,” she said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Clara Mund"


@pytest.mark.parametrize(
    "text,speaker",
    [
        # "it" reports inside the clause "says" reports: the outer cue's subject speaks
        (
            "Mayor Lena Ortiz opened the new bridge in Tacoma on Friday. She says it proves that the old plan was "
            '"a waste of money from the very start of the project."',
            "Lena Ortiz",
        ),
        (
            "Union leader Rob Kemp met the workers at the depot on Monday. He said the minister had told them: "
            '"The depot will stay open for as long as it is needed."',
            "Rob Kemp",
        ),
    ],
)
def test_a_verb_of_saying_inside_the_reported_clause_is_not_the_cue(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker and q.cue in ("says", "said")


@pytest.mark.parametrize(
    "text,speaker",
    [
        # an age given beside the name
        (
            "Maria Olsen, 34, won the women's race in Leeds on Sunday. The 34-year-old said: "
            '"I have waited for this day for ten years."',
            "Maria Olsen",
        ),
        # an apposition that holds the description's noun, never the place inside the description
        (
            "Labour's Steve Pound, MP for Ealing North, spoke in the debate. The Ealing North MP said: "
            '"This bill will hurt the people who need help most."',
            "Steve Pound",
        ),
        # a description that introduces nobody refers back to the recent subject
        (
            "Jan Roe arrived at the inquiry in Cardiff on Monday. The former minister told reporters: "
            '"I regret nothing about the decisions we took."',
            "Jan Roe",
        ),
    ],
)
def test_a_description_of_a_named_person_as_the_subject(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker and q.speaker_mention is not None and q.speaker_type == "person"


@pytest.mark.parametrize(
    "text,speaker",
    [
        # indefinite: someone new
        (
            'A former minister told reporters in Cardiff: "I regret nothing about the decisions we took."',
            "A former minister",
        ),
        # a possessor introduces someone new too
        (
            "Dr Sara Lind spoke at the launch. The company's spokesman said: "
            '"We will publish the full results of the trial next year."',
            "The company's spokesman",
        ),
    ],
)
def test_a_description_that_introduces_someone_stays_a_description(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker and q.speaker_mention is None


def test_a_sentence_ending_in_a_colon_introduces_its_person_subject(parse):
    text = (
        "Captain Ivo Brandt led the rescue off the coast near Bergen. Brandt was in no doubt:\n"
        '"Without the volunteers on the second boat we would have lost all of them."'
    )
    q = only(quotes_of(parse, text))
    assert "Brandt" in q.speaker and q.speaker_mention is not None
    # a thing as the subject introduces no speaker
    text = 'The rules of the competition are clear:\n"Every entry must arrive before the end of the month to count."'
    assert only(quotes_of(parse, text)).speaker is None


def test_a_round_up_without_quotation_marks(parse):
    text = (
        "Reactions to the verdict:\n"
        "Helen Marsh: It is a dark day for the press and for every reader in the country.\n"
        "Mark Bell, editor of the Courier: We will appeal against the ruling as soon as we can.\n"
        "Subs not used: Hale, Price, Jones, Smith."
    )
    qs = quotes_of(parse, text)
    assert [(q.speaker, q.attribution) for q in qs] == [("Helen Marsh", "label"), ("Mark Bell", "label")]
    assert qs[0].text.startswith("It is a dark day") and text[qs[1].start_char : qs[1].end_char] == qs[1].text
    # one such line alone is no round-up
    assert quotes_of(parse, "Helen Marsh: It is a dark day for the press and for every reader in the country.") == []


def test_a_pronoun_after_a_description_of_a_name_the_mentions_missed(parse):
    # whatever the named-entity pass makes of the name, the main subject of a recent sentence is the person "he" is
    text = (
        "Veteran defender Peter Varga insists there is no chance of a repeat when his club meets Porto on Friday.\n"
        'The Hungarian star was part of the side beaten 4-0 in the final in 2011. "Things will be totally different '
        'this time," he told reporters.'
    )
    doc = parse(text)
    at = text.index("Peter Varga")
    mentions = [m for m in extract_mentions(doc) if not m.start_char <= at < m.end_char]  # the pass missed it
    q = only(extract_quotes(doc, mentions))
    assert q.speaker == "Peter Varga" and q.speaker_type == "person"
    # a listed given name of the other gender is not the antecedent of "she"
    text = text.replace("he told", "she told")
    doc = parse(text)
    mentions = [m for m in extract_mentions(doc) if not m.start_char <= at < m.end_char]
    assert only(extract_quotes(doc, mentions)).speaker != "Peter Varga"


def _without_mention_of(doc, name):
    """The document's mentions less the one holding `name`: a name the named-entity pass missed."""
    at = doc.text.index(name)
    return [m for m in extract_mentions(doc) if not m.start_char <= at < m.end_char]


@pytest.mark.parametrize("word", ["she", "he"])
def test_a_newer_main_subject_the_mentions_missed_outranks_an_older_person(parse, word):
    # the missed name is the main subject of the sentence before the quote: nearer than the person found before it
    text = (
        "“The budget leaves the coastal towns behind again,” said Oskar Lindqvist, a councillor in Hull.\n"
        "The ferry company has raised fares twice this year. In a newspaper column on Sunday, Tamsin Orrell "
        f"described the crossing as a lifeline. “Without it the island simply empties out,” {word} wrote."
    )
    doc = parse(text)
    qs = extract_quotes(doc, _without_mention_of(doc, "Tamsin Orrell"))
    assert [q.speaker for q in qs if q.text.startswith("Without")] == ["Tamsin Orrell"]


def test_a_newer_missed_name_does_not_outrank_its_own_chain_or_a_description(parse):
    # the same pronoun as a subject after the missed name: its chain decides, not the missed name
    text = (
        "Oskar Lindqvist, a councillor in Hull, spoke first. In a column on Sunday, Tamsin Orrell praised the "
        "crossing. He disagreed with her at length. “Without it the island would be better off,” he wrote."
    )
    doc = parse(text)
    q = only(extract_quotes(doc, _without_mention_of(doc, "Tamsin Orrell")))
    assert q.speaker == "Oskar Lindqvist"
    # the found person named again, missed the second time: still the person found, with its mention
    text = (
        "Tamsin Orrell, a councillor in Hull, spoke first. On Sunday Tamsin Orrell praised the crossing again. "
        "“Without it the island simply empties out,” she wrote."
    )
    doc = parse(text)
    second = text.index("Tamsin Orrell", 10)
    mentions = [m for m in extract_mentions(doc) if not m.start_char <= second < m.end_char]
    q = only(extract_quotes(doc, mentions))
    assert q.speaker == "Tamsin Orrell" and q.speaker_mention == 0
    # a role with a determiner is a description, not a missed name
    text = (
        "Oskar Lindqvist, a councillor in Hull, spoke first. The Harbour Master praised the crossing on Sunday. "
        "“Without it the island would simply empty out,” he said."
    )
    assert only(quotes_of(parse, text)).speaker != "Harbour Master"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Helen Frost spoke first. After saying her left knee was “so stiff I could barely climb the stairs,” she "
            "was taken to a clinic for tests.",
            "Helen Frost",
        ),
        (
            "After praising the crew as “the bravest people I have ever met,” Mark Ellery was escorted off the ship.",
            "Mark Ellery",
        ),
    ],
)
def test_a_participle_cue_speaks_for_the_passive_subject_of_the_main_verb(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert (q.speaker, q.attribution) == (speaker, "cue")


def test_a_passive_subject_is_no_speaker_of_its_own_cue_nor_of_an_inner_clause(parse):
    # "she was told": the hearer
    q = only(quotes_of(parse, "Helen Frost was told by the clerk that “the office is closed until further notice.”"))
    assert q.speaker != "Helen Frost"
    # the participle parsed onto a passive inside the object clause: not that clause's subject
    text = (
        "Ms Okafor rejected the charge that Mr Lindqvist had been overlooked by the selectors, insisting he would "
        "play a “vital” part in the tour ahead."
    )
    qs = quotes_of(parse, text)
    assert [q.text for q in qs] == ["vital"] and qs[0].speaker != "Mr Lindqvist"


def test_a_cue_the_parse_hangs_on_a_noun_is_not_reported_by_the_verb_before(parse):
    # "said" parsed as a relative clause on "drama" (under "Asked ... thought"): still the cue, its subject speaks
    text = (
        "Director Ruth Okafor opened the festival in Leeds on Friday. Asked whether she thought the network should "
        'have aired the controversial drama she said: "I do not know if they should have shown it at all."'
    )
    q = only(quotes_of(parse, text))
    assert q.speaker == "Ruth Okafor" and q.cue == "said"


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "Shares in Vantara fell by 12% on Monday after a profit warning.\n\n"
            '"Sales in January were lower than we expected and this will continue into March," the company added.\n',
            "Vantara",
            "organisation",
        ),
        (
            "Cardinal Thomas Winning spoke at the cathedral in Glasgow.\n\n"
            '"How is it that peace has not arrived in the Holy Land?" the cardinal asked.\n',
            "Cardinal Thomas Winning",
            "person",
        ),
    ],
)
def test_a_description_of_a_named_organisation_or_cleric_as_the_speaker(parse, text, speaker, kind):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker and q.speaker_type == kind and q.speaker_mention is not None


def test_an_organisation_description_with_no_organisation_before_stays_a_description(parse):
    text = (
        'The company\'s chairman, Peter Hall, spoke first.\n\n"We will appeal against the ruling," the company said.\n'
    )
    q = only(quotes_of(parse, text))
    assert q.speaker_mention is None


def test_a_relative_clause_cue_yields_to_the_cue_of_the_sentence(parse):
    # "who said" tells of the juror; the judge's own participle introduces the quote
    text = (
        "Judge Ann Price thanked the juror who said she had doubts, adding that "
        "“justice is served by honest doubt and by nothing else.”"
    )
    q = only(quotes_of(parse, text))
    assert "Price" in q.speaker
    # a relative clause with the only cue still gives its noun's speaker
    text = "Mayor Tom Reyes, who said “the budget will be balanced by next spring,” left the hall early."
    assert "Reyes" in only(quotes_of(parse, text)).speaker


def test_a_passive_cue_after_the_quote_names_no_speaker_beside_it(parse):
    # the cue in the next sentence's relative clause is passive: Haile Gebrselassie said nothing
    text = (
        "Kate Dunne said she was pleased with the run in Leeds. "
        '"I finally feel fit and ready to race again over the longer distances." '
        "Dunne, who was compared to the great Haile Gebrselassie as a junior, now trains alone."
    )
    q = only(quotes_of(parse, text))
    assert q.speaker == "Kate Dunne"
    # ... nor a cue in a clause on a noun ("the decision to call in X")
    text = (
        "Alan Hart will advise the touring side on its media work.\n\n"
        '"I hope I can help with the planning and the preparation," he said. "I am also looking forward to the '
        "final weeks of the tour.\" Woodward's decision to call in Prime Minister Tony Lamb's former adviser was "
        "criticised by some."
    )
    assert [q.speaker for q in quotes_of(parse, text) if not q.is_fragment] == ["Alan Hart", "Alan Hart"]
    # a passive cue's agent is its speaker
    text = "The plan was described by Finance Minister Ruth Cole as “a fair deal for every taxpayer in the land.”"
    assert "Cole" in only(quotes_of(parse, text)).speaker


def test_a_reported_cue_that_introduces_the_quote_with_a_colon_speaks(parse):
    text = "The memoir claims that Mr Hale told Ms Reed: “I will never work with you again, whatever happens.”"
    assert only(quotes_of(parse, text)).speaker == "Mr Hale"
    # a participle after a reported clause is still the outer speaker's ("X told ... Y did not ..., saying: “…”")
    text = (
        "Her uncle, Lewis Marr, told the newspaper Ford did not deserve any credit for his plea, saying: "
        "“Nothing at all is worth taking five years off a sentence.”"
    )
    assert only(quotes_of(parse, text)).speaker == "Lewis Marr"


def test_a_title_with_an_of_phrase_still_refers_back(parse):
    text = (
        "Mrs Julia Marsh spoke to voters in Leeds on Monday.\n"
        "The former secretary of state said that “our allies deserve much better than this from us.”"
    )
    q = only(quotes_of(parse, text))
    assert "Julia Marsh" in q.speaker and q.speaker_mention is not None
    # "the head of the agency" introduces someone new: no name
    text = text.replace("The former secretary of state", "The head of the agency")
    assert only(quotes_of(parse, text)).speaker_mention is None


def test_a_chairman_may_be_a_she(parse):
    text = (
        "Mr Carl Hollis said the law was clear. Party chairman Petra Lind urged the two men to resign in a letter.\n\n"
        'She said: "The party has taken legal advice and will act against you if it must."'
    )
    assert only(quotes_of(parse, text)).speaker == "Petra Lind"


def test_a_pronoun_of_the_other_gender_takes_no_named_subject(parse):
    # "she" after men only: unresolved, never the man who is the subject of the sentence before
    text = (
        "Lord Hale said he did not expect any problems at all.\n\n"
        '"Their dispute is about a very narrow point of law," she said.'
    )
    assert only(quotes_of(parse, text)).speaker == "she"


def test_a_quote_after_a_sentence_about_a_person_is_that_persons(parse):
    text = (
        "Pence spoke in Ohio on Monday.\n\n"
        "Senator Paula Reyes, who chairs the housing panel, pointed to rising rents as the main cause.\n\n"
        '"Families are being pushed out of the very cities they built."'
    )
    q = only(quotes_of(parse, text))
    assert q.speaker == "Senator Paula Reyes" and q.attribution == "continuation"
    # a thing as the subject: no speaker
    text = 'Rents rose by a tenth last year.\n\n"Families are being pushed out of the cities they built."'
    assert only(quotes_of(parse, text)).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("In a speech on Monday, Governor Ray Tull attacked “the reckless spending of the last ten years.”", "Tull"),
        ("Singer Ada Moss thanked her fans “for standing by me through the hardest year of my life”.", "Moss"),
        # a title, a verb that only links, a thing as the subject: no speaker
        ("Actor Sam Dole starred in “The Lord of the Rings” before he retired.", None),
        ("Fans hope that Dan Webb will be “the best player in the league by far.”", None),
        ("The exhibition follows “a town left without clean water for weeks on end.”", None),
    ],
)
def test_a_quote_inside_a_clause_with_no_verb_of_saying(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert (speaker is None and q.speaker is None) or (speaker is not None and speaker in (q.speaker or ""))


def test_a_colon_clause_the_parse_runs_into_the_quote_introduces_its_subject(parse):
    text = (
        "It will take a while to win the buyers back. Mr Ellis is confident though: "
        '"I think if they see the new screens they will notice a remarkable difference."'
    )
    q = only(quotes_of(parse, text))
    assert q.speaker == "Mr Ellis" and q.cue == ":"
    # a thing as the colon clause's subject: no speaker
    text = 'It took a while. The odds are long though: "I think if they see the new screens they will notice it."'
    assert only(quotes_of(parse, text)).speaker is None


def test_a_description_named_by_be_is_that_person(parse):
    text = (
        "The opera's young director is Hannah Vogt, best known for her work in Vienna. "
        '"The staging will mix text, dance and music on a scale never seen here," she said.'
    )
    assert only(quotes_of(parse, text)).speaker == "Hannah Vogt"


def test_a_description_said_again_refers_back_through_the_pronouns(parse):
    # the name is further back than the window; the pronouns of the sentences between carry it
    text = (
        "Sarah Collins opened the new market hall in Kent on Monday.\n\n"
        "She spoke of the rents. She visited three shops. She met the traders. She praised the builders.\n\n"
        "She said the town was in danger of losing its shops.\n\n"
        'Speaking at the market, the mayor said: "I am an issue and I always will be in this town."'
    )
    q = [q for q in quotes_of(parse, text) if not q.is_fragment][-1]
    assert "Collins" in q.speaker and q.speaker_mention is not None
    # a description that introduced an unnamed person is that person again, not a name
    text = (
        "Ines Roth opened the market on Monday. A spokesman for the council said the rents would rise.\n\n"
        'Later the spokesman said: "We have no choice but to raise the rents this year."'
    )
    assert only(quotes_of(parse, text)).speaker_mention is None


def _full(qs):
    return [q for q in qs if not q.is_fragment]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Arsene Duval has signed a new three-year contract with the club.\n"
            "The 58-year-old Frenchman told the club website: “My intention has always been to stay here and finish "
            "the job.”",
            "Arsene Duval",
        ),
        (
            "Anna Berg won the sprint title in Oslo on Sunday. “I did not expect to win so easily in such a strong "
            "field,” the Norwegian told reporters.",
            "Anna Berg",
        ),
        (
            "Tom Bradley finished fourth in the final on Friday night. “I gave everything I had but it was not enough "
            "in the end,” the American said afterwards.",
            "Tom Bradley",
        ),
    ],
)
def test_a_demonym_description_is_the_person_described_again(parse, text, speaker):
    qs, mentions = quotes_and_mentions(parse, text)
    q = _full(qs)[-1]
    assert q.speaker_type == "person" and speaker_of(qs, mentions, q) == speaker, (q.speaker, q.speaker_type)


@pytest.mark.parametrize(
    "text",
    [
        "Talks stalled on Tuesday. “We cannot accept these terms as they stand today,” the French said.",
        "Officials met in Geneva. “We want a deal that is fair to all of our farmers,” the Chinese said.",
    ],
)
def test_a_people_is_no_person_described(parse, text):
    q = only(quotes_of(parse, text))
    assert q.speaker_type == "organisation", (q.speaker, q.speaker_type)


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("“We have never seen the port this quiet in twenty years,” added a docker at Felixstowe.", "a docker"),
        ("“Sales have fallen sharply since the new tax came in,” explained a shopkeeper in Leeds.", "a shopkeeper"),
        ("“The queues get longer every single morning now,” added a nurse at St Mary's.", "a nurse"),
    ],
)
def test_an_inverted_cue_parsed_with_an_object_has_that_person_for_speaker(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert (q.speaker, q.speaker_type, q.speaker_mention) == (speaker, "person", None)


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "“The first quarter is the best time for us to raise fuel prices,” said Maria Lopez, the planning "
            "minister. The BBC's correspondent in Lima, Rachel Stone, told the World Service that there was likely "
            "to be a strong reaction. “The real question is whether they raise prices in one go or in stages,” she "
            "said.",
            "Rachel Stone",
        ),
        (
            "Maria Lopez, the planning minister, wants to raise fuel prices. Our correspondent in Lima, Rachel "
            "Stone, said there was likely to be a strong reaction. “The real question is whether they raise prices "
            "in one go,” she said.",
            "Rachel Stone",
        ),
        (
            "“Our troops will stay until the job is finished,” said General Paul Hart. The newspaper's reporter in "
            "Kabul, Tom Firth, wrote that few soldiers believed it. “Morale here is lower than at any time I can "
            "remember,” he wrote.",
            "Tom Firth",
        ),
        (
            "“Prices will rise again in the spring,” said Ann Cole, the bank's economist. An analyst in Frankfurt, "
            "Susan Clarke, said markets disagreed. “The market expects rates to fall, not rise, before the summer,” "
            "she said.",
            "Susan Clarke",
        ),
    ],
)
def test_a_name_set_beside_a_place_in_the_subject_is_the_subject(parse, text, speaker):
    qs, mentions = quotes_and_mentions(parse, text)
    q = _full(qs)[-1]
    assert speaker_of(qs, mentions, q) == speaker, q.speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Mirza, the first Indian woman to win a tour title, will now face Svetlana Kuznetsova. But she remains "
            "confident. “But everyone is beatable and I am looking forward to it,” she said.",
            "Mirza",
        ),
        (
            "Okafor, the youngest player in the squad, will start against Ghana on Sunday. “I have waited a long "
            "time for this chance and I will take it,” he said.",
            "Okafor",
        ),
        (
            "Hollis, a veteran of four World Cups, has been left out of the squad. “I am disappointed but I "
            "understand the decision,” he said.",
            "Hollis",
        ),
    ],
)
def test_a_pronoun_after_a_description_beside_a_name_is_that_name(parse, text, speaker):
    q = _full(quotes_of(parse, text))[-1]
    assert q.speaker == speaker and q.speaker_type == "person", (q.speaker, q.speaker_type)


@pytest.mark.parametrize(
    "text,speaker,kind",
    [
        (
            "“We are not going anywhere, whatever the board decides this week.” Those were the words of club owner "
            "Sam Tate on Friday.",
            "Sam Tate",
            "person",
        ),
        (
            "“I will be back next season and I will be stronger than ever.” That was the promise from Laura Vance "
            "after her defeat.",
            "Laura Vance",
            "person",
        ),
        (
            "“The company has no plans to close any of its British factories.” That was the message from Acme "
            "Motors on Monday.",
            "Acme Motors",
            "organisation",
        ),
        (
            "“Nobody in this town has seen anything like it before.” This is the view of one local shopkeeper.",
            "one local shopkeeper",
            "person",
        ),
    ],
)
def test_a_speaker_named_in_the_sentence_after_the_quote(parse, text, speaker, kind):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "") and q.speaker_type == kind, (q.speaker, q.speaker_type)


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Criticism came from Maria Holt, an economist at consultancy Ferris. She said: “The chain has been losing "
            "customers for three years.”",
            "Maria Holt",
        ),
        (
            "Another view came from Peter Lane, director at accountants Moore Keller. “The budget is better than it "
            "looks,” he said.",
            "Peter Lane",
        ),
        (
            "The loudest dissent came from Brian Castle, head of research at analysts Dorrell. He said: “I do not "
            "think the merger changes anything for shoppers.”",
            "Brian Castle",
        ),
    ],
)
def test_a_pronoun_never_refers_to_the_workplace_named_after_at(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or ""), q.speaker


@pytest.mark.parametrize(
    "text,speaker,asked",
    [
        (
            "When asked if Harris would play on Saturday Lind replied: “I could give you an answer now.”",
            "Lind",
            "Harris",
        ),
        (
            "Asked whether Kane was fit the manager Luis Ortega said: “He trained fully this morning and he looks "
            "sharp.”",
            "Ortega",
            "Kane",
        ),
        (
            "When asked if Mr Reid should resign Shaw told reporters: “That is a matter for him and his conscience.”",
            "Shaw",
            "Reid",
        ),
        (
            "Pressed on whether Doyle would resign Watts answered: “Nobody has asked him to and nobody will.”",
            "Watts",
            "Doyle",
        ),
    ],
)
def test_the_person_a_question_is_about_is_not_the_speaker(parse, text, speaker, asked):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "") and asked not in (q.speaker or ""), q.speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Tom Harlow scored twice in the second half. “We were second best for most of the game,” the Wasps "
            "flanker said.",
            "Tom Harlow",
        ),
        (
            "Ben Okafor was sent off after an hour. “The referee got every big call wrong tonight,” said the "
            "Leicester striker.",
            "Ben Okafor",
        ),
        (
            "Dan Lewis could not explain why his try was ruled out. “I was behind the ball the whole time,” said the "
            "Sale player.",
            "Dan Lewis",
        ),
        (
            "Amy Cole was appointed in June. “We have a young squad and a lot to learn,” said the Arsenal manager.",
            "Amy Cole",
        ),
    ],
)
def test_a_club_before_a_role_word_describes_the_person_named_before(parse, text, speaker):
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    # the speaker as written ("the Wasps flanker"), its mention the person named before
    m = {m.start_char: m for m in mentions}.get(q.speaker_mention)
    assert m is not None and m.name == speaker, (q.speaker, m)


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Tom Harlow scored twice for Wasps in the second half. “They were better than us in every department,” "
            "the Leicester coach said.",
            "the Leicester coach",
        ),
        (
            "Labour's Anne Rix opened the debate. “This bill is a mess from start to finish,” the Tory MP said.",
            "the Tory MP",
        ),
    ],
)
def test_a_role_word_of_another_side_stays_a_description(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker and q.speaker_mention is None, (q.speaker, q.speaker_mention)


@pytest.mark.parametrize(
    "text,speaker,last",
    [
        (
            "“The ruling was unfair on the players,” Ann Voss said. \"Coaches have been told to ask 'is that a "
            'penalty?\' "If they say no, we accept it and move on."',
            "Ann Voss",
            "If they say no",
        ),
        (
            "“The plan was costed properly,” Ella Marsh said. \"Buyers keep asking 'is it safe?' \"When they say "
            'yes, we sign the contract the same day."',
            "Ella Marsh",
            "When they say yes",
        ),
        (
            "Priya Nair told the inquiry: \"Every morning the foreman shouted 'get moving.' \"Nobody dared to tell "
            'him the scaffold was loose."',
            "Priya Nair",
            "Nobody dared",
        ),
    ],
)
def test_a_run_of_paragraphs_reopens_after_a_quotation_ending_a_sentence(parse, text, speaker, last):
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    q = next(q for q in qs if q.text.startswith(last))
    assert speaker in (q.speaker or ""), [(x.text, x.speaker) for x in qs]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("“We have nothing to hide,” came the response from Lena Fisk, the council leader.", "Lena Fisk"),
        (
            "The minister was asked whether he would resign. “Absolutely not, I have work to finish,” came the reply "
            "from Hugh Dorn, who has held the post since 2019.",
            "Hugh Dorn",
        ),
        ("“We will appeal against this decision,” came the swift response from Acme Foods.", "Acme Foods"),
        (
            "“Not a chance, we will strike on Monday,” came the blunt retort from the union's general secretary, Mary "
            "Byrne.",
            "Mary Byrne",
        ),
    ],
)
def test_reply_comes_from_its_source(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "") and q.attribution == "cue"


def test_came_from_a_place_is_no_cue(parse):
    q = only(quotes_of(parse, "“I never expected to play here,” said Tom Reid. The striker came from Leeds in May."))
    assert q.speaker == "Tom Reid"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Rovers manager Luis Garcia faces a crisis up front. The injury means Garcia, who has been linked with a "
            "move for Paul Dunn, will be without a striker for the final. “We will find a way,” he said.",
            "Garcia",
        ),
        (
            "Town boss Mike Adams is furious. The delay means Adams, who had hoped to sign Tom Kerr before the "
            "deadline, must wait another month. “It is frustrating for everyone,” he admitted.",
            "Adams",
        ),
        (
            "Sales fell, meaning Moss, who took over from founder Jack Reid in May, now faces questions from "
            "investors. “We knew this would be a hard year,” he said.",
            "Moss",
        ),
    ],
)
def test_pronoun_is_the_person_a_relative_clause_describes(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "")


def test_relative_clause_antecedent_agrees_in_gender(parse):
    q = only(
        quotes_of(
            parse,
            "The verdict means Ms Lowe, who had accused Mr Tom Fenwick of fraud, must pay costs. “I will appeal "
            "against this ruling,” he said.",
        )
    )
    assert "Lowe" not in (q.speaker or "")


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Chancellor Gordon Brown boasted of growth. But Oliver Letwin, for the Tories, attacked government debt, "
            'dubbing Mr Brown "Sir Spendalot". The shadow chancellor said Mr Brown\'s plans had "turned to dust in his '
            'hands" and said he was borrowing to spend.',
            "Letwin",
        ),
        (
            "Health Secretary Alan Johns announced the reforms on Monday. Responding for Labour, Kate Mills said the "
            "plans were rushed. The shadow health secretary told MPs: “These reforms will leave patients waiting "
            "longer.”",
            "Mills",
        ),
        (
            "Defence minister Paul Hart visited the base. His opposite number, Tim Grey, was less impressed. The "
            "shadow defence minister said: “The troops deserve better equipment than this.”",
            "Grey",
        ),
        (
            "Party leader Tom Hale arrived late on Sunday. Deputy leader Ann Roy opened the conference with a short "
            "speech. The leader told delegates: “We are ready to govern this country.”",
            "Hale",
        ),
        # the same office still finds its holder
        (
            "Chancellor Gordon Brown spoke in the Commons. Oliver Letwin listened from the opposition benches. The "
            "chancellor said: “Growth will reach three per cent next year.”",
            "Brown",
        ),
        (
            'Former minister Alan Marsh wrote to the committee. The former minister said the rules "have never been '
            'applied fairly" to backbenchers.',
            "Marsh",
        ),
    ],
)
def test_description_names_the_office_not_its_counterpart(parse, text, speaker):
    full = [q for q in quotes_of(parse, text) if len(q.text.split()) >= 4]
    assert full and all(speaker in (q.speaker or "") for q in full), [(q.text, q.speaker) for q in full]


def test_unnamed_holder_of_the_bare_title_is_not_the_counterpart_described_before(parse):
    q = only(
        quotes_of(
            parse,
            "The chancellor praised the growth figures on Tuesday. Karl Berg, for the Greens, attacked the plans. The "
            "shadow chancellor said: “This is the most reckless budget in twenty years.”",
        )
    )
    assert "Berg" in (q.speaker or "")


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Tom Hale has joined fellow comedy star Emma Ruiz in attacking the declining standards of radio drama. "
            "Speaking to the Listener, the star said there is too much shouting. “You get tired of shows with no "
            "care,” he complained.",
            "Tom Hale",
        ),
        (
            "Sam Cole has backed fellow coach Lisa Grant over the plan. Speaking to the Echo, the coach said the "
            "change was overdue. “We should have done this years ago,” he said.",
            "Sam Cole",
        ),
        (
            "Ann Lowe has backed fellow manager Peter Rudd over the ban. Speaking to a local radio station, the "
            "manager said the rules were unclear. “Nobody explained them to the clubs,” she said.",
            "Ann Lowe",
        ),
    ],
)
def test_described_person_agrees_with_the_pronoun(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or "")


def test_described_person_of_the_other_gender_is_never_the_speaker(parse):
    q = only(
        quotes_of(
            parse,
            "Tom Hale has joined fellow comedy stars Emma Ruiz and Carl Vance in attacking the declining standards of "
            "radio drama. Speaking to the Listener, the Three Idiots star said there is too much shouting. “You get "
            "tired of shows with no care,” he complained.",
        )
    )
    assert "Ruiz" not in (q.speaker or "")


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('The Daily Post quoted Mr Hale as saying: "I never took any money from the company."', "Hale"),
        ('The newspaper quoted the actress Lena Park as saying she was "deeply hurt by the rumours".', "Lena Park"),
        ('The agency quoted a police spokesman as saying: "Three men have been arrested so far."', "spokesman"),
    ],
)
def test_the_object_of_quoted_as_saying_speaks_before_the_quote(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or ""), q.speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'Later, in comments caught on a microphone, Jon Kilby was heard saying he was tired of "dealing with these '
            'incompetent people all day".',
            "Jon Kilby",
        ),
        ('Tom Reece was recorded saying that the deal was "a total disaster for the town".', "Tom Reece"),
        ('Dr Anna Lind was filmed saying the vaccine was "safe for every child in the country".', "Anna Lind"),
    ],
)
def test_the_subject_of_a_passive_verb_of_hearing_speaks(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert speaker in (q.speaker or ""), q.speaker


@pytest.mark.parametrize(
    "text,first",
    [
        (
            '"We have been waiting for months for an answer," said Helen Price, head of the residents\' group. '
            '"Nobody from the council has come to see us." Now Mark Tey is calling for the council to pay for it.',
            "Helen Price",
        ),
        (
            '"Our budget has been cut three years in a row," Ruth Kemp said. "We cannot go on like this." Dan Hollis '
            "has asked for an urgent meeting with the minister.",
            "Ruth Kemp",
        ),
        (
            '"The pitch was a disgrace all afternoon," said Neil Carter. "Somebody should answer for it." The league '
            "has called for an inquiry into the state of the ground.",
            "Neil Carter",
        ),
    ],
)
def test_a_request_in_the_sentence_after_a_quote_is_no_cue(parse, text, first):
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert [q.speaker for q in qs] == [first, first]


@pytest.mark.parametrize(
    "text",
    [
        'Economists have long mocked "supply-side trickle-down magic" which the minister himself once quoted.',
        'The club has adopted the motto "never give up" which the manager often quoted to his players.',
        'Critics seized on the phrase "a new dawn for the railways", which the minister had quoted at the launch.',
    ],
)
def test_quoted_words_a_relative_clause_tells_of_have_no_speaker(parse, text):
    qs = quotes_of(parse, text)
    assert len(qs) == 1 and qs[0].speaker is None, [(q.text, q.speaker) for q in qs]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Parish records show the church was built by Thomas Hale in 1620, according to the vicar. "
            '"The tower is older than most people think," he said.',
            "the vicar",
        ),
        (
            "Rescue teams reached the village of Maren Hill on Monday, according to our reporter. "
            '"People here have been without water for four days," he said.',
            "our reporter",
        ),
        (
            'The team trained without Peter Lund on Friday, according to the coach. "We will decide on his fitness in '
            'the morning," he said.',
            "the coach",
        ),
    ],
)
def test_a_pronoun_after_according_to_a_person_is_that_source(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'Tom Reed left the house at six, according to his wife. "I knew something was wrong when the phone rang," '
            "he said.",
            "Tom Reed",
        ),
        ('Sam Lowe was arrested on Friday, according to police. "I did nothing wrong at all," he said.', "Sam Lowe"),
        (
            'The factory will close in May, according to the union. Carl Boyd, its leader, was furious. "This is a '
            'betrayal of every worker here," he said.',
            "Carl Boyd",
        ),
    ],
)
def test_according_to_does_not_take_a_pronoun_it_cannot_be(parse, text, speaker):
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'The 24-year-old has been recovering at home in Porto and Duarte said: "His knee is much stronger than '
            'we expected."',
            "Duarte",
        ),
        (
            'Police searched two flats in Salford and Ward said: "We found nothing of any interest to the inquiry."',
            "Ward",
        ),
        (
            "The singer cancelled two concerts in Madrid and Moreno added: “She needs complete rest for at least a "
            "fortnight.”",
            "Moreno",
        ),
    ],
)
def test_name_run_into_the_object_before_a_coordinated_cue(parse, text, speaker):
    """A cue coordinated with no subject of its own, after "and" or "but" and a name the parse joined to the noun
    before it: the name speaks, not the subject of the first clause."""
    q = only(quotes_of(parse, text))
    assert q.speaker and speaker in q.speaker and q.attribution == "cue", (q.speaker, q.attribution)


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Peter Oduya took charge of the club in March. The former striker has not lost a game since. "
            "“We work harder than anyone else in the league and the results show it.”",
            "Peter Oduya",
        ),
        (
            "Police officer Lena Marsh was first at the scene. The 29-year-old constable pulled two children from "
            "the burning car. “I did not think about it, I just acted.”",
            "Lena Marsh",
        ),
        (
            "“We were the better side for most of the game,” said coach Anna Price.\n"
            "Her captain, Mark Jones, was booked twice in the first half. The defender was sent off soon after. "
            "“I let the team down and I will apologise to every one of them.”",
            "Mark Jones",
        ),
    ],
)
def test_quote_after_a_description_as_the_subject(parse, text, speaker):
    """A quote with no cue after a sentence whose main subject is a definite description of a person ("The former
    striker ...", "The 29-year-old constable ..."): the person the description refers back to."""
    qs, mentions = quotes_and_mentions(parse, text)
    q = [q for q in qs if not q.is_fragment][-1]
    assert speaker_of(qs, mentions, q) == speaker, (q.speaker, q.attribution)


@pytest.mark.parametrize(
    "text,speakers",
    [
        (
            "Your views on the strike:\n"
            "“Teachers deserve a fair wage and I support them fully.” Tom Baines, Hull\n"
            "“My children have missed three weeks of school this term already.” Ana Lopes, Exeter\n",
            ["Tom Baines", "Ana Lopes"],
        ),
        (
            "Readers on the new bridge toll:\n"
            '"Nobody who lives south of the river was asked about this." Grace Oyelaran (Gateshead)\n'
            '"The toll is fair if it pays for the repairs that were promised." David Whitlock.\n',
            ["Grace Oyelaran", "David Whitlock"],
        ),
        (
            "“I queued for four hours and the shop still ran out of stock.” Priya Mehta, Leicester",
            ["Priya Mehta"],
        ),
    ],
)
def test_round_up_line_ends_with_the_speakers_name(parse, text, speakers):
    """A line that opens with a quote and ends with a name, no dash before it: the name speaks (a person the
    mentions know, or a name in a round-up of two such lines or more)."""
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert [q.speaker for q in qs] == speakers


def test_a_sentence_after_the_quote_is_no_byline(parse):
    text = "“The council has let us all down again this year.” Tom Baines said the vote was a disgrace.\n"
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert all(q.attribution != "dash" for q in qs)


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "The farmers' leader Owen Pryce addressed the rally in Builth Wells. His plea to ministers was: "
            '"Give us five years to adapt before the subsidies go."',
            "Pryce",
        ),
        (
            "Carla Diaz, who runs a bakery in Hull, has seen her bills double. Her verdict on the scheme is simple: "
            '"It has done nothing for small firms like mine."',
            "Diaz",
        ),
        (
            "The shadow minister Tom Reilly was unimpressed by the offer. Mr Reilly's reply was: “The minister is "
            "hiding from the facts and everyone knows it.”",
            "Reilly",
        ),
    ],
)
def test_possessor_of_a_remark_before_a_colon_speaks(parse, text, speaker):
    """A noun for someone's words ("message", "verdict", "reply") as the subject of a clause ending in a colon:
    its possessor speaks, a pronoun resolved; the clause found even when the parse hung it on the quote's verb."""
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert speaker in (speaker_of(qs, mentions, q) or ""), (q.speaker, q.attribution)


@pytest.mark.parametrize(
    "text,speakers",
    [
        (
            "Our reporter Kate Lyle interviewed the agency's chief executive, Ben Smith.\n"
            "Q: “Why has the agency taken so long to act?”\n"
            "A: “We had to be sure of the facts before we moved against anyone.”\n",
            ["Kate Lyle", "Ben Smith"],
        ),
        (
            "Kate Lyle spoke to Ben Smith, the head of the agency, about the scandal.\n"
            "Q: Why has the agency taken so long to act on the warnings?\n"
            "A: We had to be sure of the facts before we moved against anyone.\n"
            "Question: Will anyone lose their job over this?\n"
            "Answer: That is a matter for the board and not for me.\n",
            ["Kate Lyle", "Ben Smith", "Kate Lyle", "Ben Smith"],
        ),
        (
            "The novelist Maria Ortiz was interviewed by our arts editor about her new book.\n"
            "Q: What made you return to the village where you grew up?\n"
            "A: I wanted to see whether it was still the place I had written about for twenty years.\n",
            [None, "Maria Ortiz"],
        ),
    ],
)
def test_question_and_answer_lines_of_an_interview(parse, text, speakers):
    """A transcript's "Q:" lines are the interviewer's and its "A:" lines the interviewee's, as the text before
    names them (the subject and the object of a verb of interviewing or talking); an interviewer not named
    speaks for nobody."""
    qs, mentions = quotes_and_mentions(parse, text)
    assert [speaker_of(qs, mentions, q) for q in qs if not q.is_fragment] == speakers


def test_lettered_options_are_no_interview(parse):
    text = (
        "The council has two options for the budget.\n"
        "A: Raise the tax by five percent and keep every library open.\n"
        "B: Close three libraries and freeze the tax for another year.\n"
    )
    assert [q for q in quotes_of(parse, text) if not q.is_fragment] == []


@pytest.mark.parametrize(
    "text,speakers",
    [
        (
            "Readers on the rail fares rise:\n"
            '"I pay more for my season ticket than I do for my rent." Paris Green, Reading\n'
            '"The trains are slower than they were when I started commuting." Jordan Hill, Crewe\n',
            ["Paris Green", "Jordan Hill"],
        ),
        (
            "Your views on the school meals plan:\n"
            '"My son finally eats a hot lunch every day." Chelsea Rowe, Leeds\n'
            '"It should have happened years ago in every school." Florence Nye, Bury\n',
            ["Chelsea Rowe", "Florence Nye"],
        ),
        (
            "What you told us about the floods:\n"
            '"The water came up through the floor in under an hour." Sydney Hart, Tewkesbury\n'
            '"We have been out of our house for three months now." Sue Park, Norwich\n',
            ["Sydney Hart", "Sue Park"],
        ),
    ],
)
def test_round_up_line_names_a_person_the_name_finder_took_for_a_place(parse, text, speakers):
    """In a round-up of lines ending with names, a name the mentions typed as a place or a firm, or missed, is a
    person's; never a cue read into the town after it ("Paris Green, Reading")."""
    qs = [q for q in quotes_of(parse, text) if not q.is_fragment]
    assert [(q.speaker, q.speaker_type, q.attribution) for q in qs] == [(s, "person", "dash") for s in speakers]


def test_possessor_of_a_reason_before_a_colon_speaks(parse):
    text = (
        "The council leader Paul Dane defended the cuts. His deputy, Mary Wells, resigned on Monday. Her reason "
        "was simple: “I cannot vote for a budget that closes every library in the borough.”"
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Mary Wells"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Jack Straw has criticised the opposition's tax plans. In a speech to the Policy Institute Mr Straw said "
            "of the Tory leader: “He is clever and quick but he is not a wise man.”",
            "Straw",
        ),
        (
            "In an interview with Radio Bremen Ms Brandt said: “The coalition will hold until the end of the year.”",
            "Ms Brandt",
        ),
        (
            "Ian Kerr's side lost 3-0 on Saturday. After the match at Anfield Kerr said: “We were second best in "
            "every department of the game.”",
            "Kerr",
        ),
        (
            "During a visit to the plant in Sheffield Mr Osei told workers: “Nobody here will lose their job this "
            "year.”",
            "Mr Osei",
        ),
    ],
)
def test_name_ending_an_opening_phrase_speaks(parse, text, speaker):
    """A name the parse swallowed into the phrase that opens the sentence, no comma before the cue, is the cue's
    speaker: not the place, outlet or party named in the phrase or the object, nor the phrase's own noun."""
    q = only(quotes_of(parse, text))
    assert q.speaker.endswith(speaker) and q.speaker_type == "person", (q.speaker, q.speaker_type)


def test_name_ending_an_opening_phrase_leaves_a_parsed_subject(parse):
    text = "In a statement on Monday the agency said: “We will review every one of these cases again this year.”"
    q = only(quotes_of(parse, text))
    assert q.speaker == "the agency"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Laura Bennett lost in the second round to Sarah Hughes, 24. “She played much better than me all "
            "afternoon,” the 29-year-old said.",
            "Laura Bennett",
        ),
        (
            "Daniel Moore scored twice as Porto beat Braga on Sunday. The 31-year-old said: “We needed this win "
            "after a bad month for the whole club.”",
            "Daniel Moore",
        ),
        (
            "Michael Carter was forced to pull out of qualifying to play in the final. “For me, this was a big "
            "success,” said the 20-year-old.",
            "Michael Carter",
        ),
    ],
)
def test_age_description_no_one_was_given_is_the_main_subject(parse, text, speaker):
    """An age description ("the 29-year-old") when no person was given that age is, like another definite
    description, the person who is the main subject of a recent sentence; never a person given another age."""
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "“The decision is a disgrace and we will fight it all the way.” Robert Young, the chairman of the union, "
            "was speaking after the vote.",
            "Robert Young",
        ),
        (
            "“We were well beaten and there are no excuses for that.” Alan Ross was speaking after his side lost 4-0 "
            "at home.",
            "Alan Ross",
        ),
        (
            "“I never thought I would win a medal at these games.” Emma Stone was talking to BBC Sport after the "
            "final.",
            "Emma Stone",
        ),
        (
            "“It is a sad day for the town and for everyone who worked there.” David Clark, who worked at the plant "
            "for 30 years, was reacting to the news.",
            "David Clark",
        ),
    ],
)
def test_person_speaking_in_the_sentence_after_a_quote(parse, text, speaker):
    """A quote that makes its own sentence is the words of the person the next sentence says was speaking, talking
    or reacting then."""
    q = only(quotes_of(parse, text))
    assert q.speaker == speaker and q.speaker_type == "person"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Tom Hayes, who presents the breakfast show, thinks the band will split within a year. “They all want "
            "to go solo and nobody can stop them,” says the DJ.",
            "Tom Hayes",
        ),
        (
            "James Wood, the Leeds defender, was sent off in the second half. “It was never a red card in a "
            "hundred years,” the centre-back said.",
            "James Wood",
        ),
        (
            "Owen Price kicked 18 points as Bath won at Gloucester. “The pack gave me a lot of good ball all "
            "afternoon,” the fly-half said.",
            "Owen Price",
        ),
        (
            "Mary Collins lost her husband in the blast last spring. “Nobody has told us anything at all since "
            "then,” the widow said.",
            "Mary Collins",
        ),
    ],
)
def test_description_by_a_role_a_position_or_a_gendered_noun_refers_back(parse, text, speaker):
    """A definite description as a cue's subject whose noun shows a person before a name ("DJ"), a player's position
    ("centre-back", "fly-half", split by the parse at the hyphen) or a noun with a gender ("widow") is the person
    named before, not an unnamed speaker or an unknown thing."""
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == speaker


def test_description_by_a_thing_stays_unnamed(parse):
    text = (
        "Anna Price edits the magazine. “In general we included only items that were potentially mobile,” said the "
        "magazine."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) is None


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Aid money is being wasted on war, Cardinal Cormac Kowal-Brennan has said. The cardinal used a Christmas "
            "message to attack the war. “How is it that peace has not arrived in the Holy Land?” the cardinal will "
            "ask.",
            "Cormac Kowal-Brennan",
        ),
        (
            "The ruling was a scandal, Bishop Ansel Brook told worshippers. Later the bishop said: “We will not stay "
            "silent on this matter or any other.”",
            "Ansel Brook",
        ),
        (
            "The money was raised by Bishop Ansel Brook. The bishop told the BBC: “Every parish in the county gave "
            "something, however small.”",
            "Ansel Brook",
        ),
    ],
)
def test_description_finds_a_titled_name_the_mentions_missed(parse, text, speaker):
    """A definite description whose noun is the capitalised title of a name earlier in the text that the mentions
    missed ("Cardinal Cormac Kowal-Brennan ... the cardinal said") is that name, also through a pronoun."""
    q = only(quotes_of(parse, text))
    assert q.speaker.endswith(speaker) and q.speaker_type == "person", q.speaker


def test_a_name_set_after_the_body_a_spokesman_works_for_is_the_speakers(parse):
    # "a spokesman for X, Dr Y, told ...": the parse hangs the name on X, the mentions may miss it; Y spoke
    text = (
        'A spokesman for Sunrise Builders, Dr Ramaswamy, told the BBC this will mean "better homes" for buyers. He '
        'said the firm will gain "real expertise and technology, while buyers will have more choice."'
    )
    speakers = [q.speaker for q in quotes_of(parse, text)]
    assert speakers == ["Dr Ramaswamy", "Dr Ramaswamy"], speakers
    # with no name, the description stays the speaker
    (q,) = quotes_of(parse, 'A spokesman for the ministry said: "We will appeal the ruling at once."')
    assert q.speaker == "A spokesman"


@pytest.mark.parametrize(
    "text,issuer",
    [
        # issued before, then quoted as "the statement"
        (
            "Harbour Line Ferries issued a statement on Monday evening. "
            "“We will suspend the night crossings until the inquiry reports,” the statement said.",
            "Harbour Line Ferries",
        ),
        # a statement from an organisation
        (
            "A statement from the Tenants' Federation followed within the hour. "
            "“Nobody was consulted before the rents went up,” the statement read.",
            "Tenants' Federation",
        ),
        # "in a statement, X said" and a later part of the same document
        (
            "In a statement, the Northern Miners' Union said it would appeal. "
            "“The ruling ignores every safety report since 2019,” the statement added.",
            "Northern Miners' Union",
        ),
        # a report published, then a part of it quoted
        (
            "The Audit Office published its annual report on Thursday. "
            "“Controls over procurement remain weak in four ministries,” the annex on defence said.",
            "Audit Office",
        ),
        # passive adoption; a name beside the document
        (
            "The resolution was adopted by the African Union on Sunday. "
            "“All foreign fighters must leave within 30 days,” the resolution said.",
            "African Union",
        ),
        (
            "Kenya came last in a new UNICEF report on school meals. "
            "“One child in three goes to class hungry,” the report said.",
            "UNICEF",
        ),
    ],
)
def test_a_document_quoted_again_speaks_for_whoever_issued_it(parse, text, issuer):
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert q.speaker_type == "document"
    assert speaker_of(qs, mentions, q) == issuer


def test_a_document_speaks_for_the_issuer_of_its_own_kind_only(parse):
    # the latest statement decides, not an earlier report of another body; a new statement is no earlier one
    text = (
        "Oxfam published a report on hunger on Monday. The Interior Ministry issued a statement rejecting it. "
        "“The report ignores the aid already delivered,” the statement said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Interior Ministry"
    text = (
        "Shell issued a statement on Monday. A separate statement was read out at the port. "
        "“We will not accept the closure of the terminal,” a separate statement said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert only(qs).speaker_mention is None
    # a country ranked in a report is no issuer
    text = "Chad ranked last in the report. “Hunger is worst in the Sahel,” the report said."
    qs, mentions = quotes_and_mentions(parse, text)
    assert only(qs).speaker_mention is None


def test_a_document_no_one_is_said_to_issue_speaks_for_no_one(parse):
    text = (
        "The minister Jon Berg visited the plant on Monday. "
        "“Safety standards at the plant fell short in nine respects,” the report said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert q.speaker_type == "document" and q.speaker_mention is None


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "“The talks will resume next week in Geneva,” a European Commission spokesperson said.",
            "European Commission",
        ),
        (
            "“No decision has been taken on the tariffs,” a spokesman for the Finance Ministry told reporters.",
            "Finance Ministry",
        ),
        (
            "“The ship left our waters on Sunday night,” a Kiribati Police Service spokeswoman said.",
            "Kiribati Police Service",
        ),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_named_beside_them(parse, text, body):
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert "spokes" in q.speaker and q.speaker_type == "person"
    assert speaker_of(qs, mentions, q) == body


def test_other_described_people_beside_a_body_still_speak_for_themselves(parse):
    for text in (
        "“Prices will fall before the summer,” an economist at Norbank said.",
        "“We were never told about the closure,” a Vestas worker said.",
        # a former spokesman speaks for himself; a place inside the body's phrase is not the body
        "“The talks were doomed from the start,” a former Kremlin spokesman said.",
        "“Two of our officers were injured,” a spokesman for the union's Oslo branch said.",
        "“The visa rules have not changed,” a US embassy spokesman said.",
    ):
        qs, mentions = quotes_and_mentions(parse, text)
        assert only(qs).speaker_mention is None, text


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Meridian Shipping said on Monday it would appeal. “The fine has no basis in law,” its spokeswoman said.",
            "Meridian Shipping",
        ),
        (
            "The Ministry of Fisheries seized the trawler on Friday. "
            "“The crew will be released once the fine is paid,” the ministry's spokesman told reporters.",
            "Ministry of Fisheries",
        ),
        ("“We have seen no evidence of a cyberattack,” a Defence Ministry official said.", "Defence Ministry"),
        (
            "“Nobody at the camp was injured,” Amnesty International's spokesman said on Sunday.",
            "Amnesty International",
        ),
        # the body's common noun beside them or in their phrase refers back to it
        (
            "The Transport Ministry suspended the licence. “The operator broke the rules,” a ministry "
            "spokeswoman said.",
            "Transport Ministry",
        ),
        (
            "Oxfam delivered food to the camp on Monday. “More trucks are waiting at the border,” a spokesperson for "
            "the group said.",
            "Oxfam",
        ),
    ],
)
def test_a_spokesperson_or_official_of_a_body_named_before_speaks_for_it(parse, text, body):
    qs, mentions = quotes_and_mentions(parse, text)
    q = only(qs)
    assert speaker_of(qs, mentions, q) == body, (q.speaker, q.speaker_mention)


def test_a_spokesperson_named_after_the_body_is_never_the_body_but_an_acronym_does_not_stop_it(parse):
    text = "A spokeswoman for the Baltic Fishers Union, Ilze Ozola, said: “We will stay until the quotas change.”"
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) != "Baltic Fishers Union"
    text = "“Two rangers were injured,” a spokesman for the Uganda Wildlife Authority (UWA) said."
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) == "Uganda Wildlife Authority"
    # a body's noun with a name of its own is that body, not the latest of its kind the text named
    text = (
        "The Tories attacked the plan on Monday. “This election is a choice between two futures,” a Labour party "
        "spokesman said."
    )
    qs, mentions = quotes_and_mentions(parse, text)
    assert speaker_of(qs, mentions, only(qs)) != "Tories"
    # a former spokesman, however the parse hangs "former", speaks for himself
    text = "“The talks were doomed,” the one-time spokesman of the Andean Growers Federation said."
    qs, mentions = quotes_and_mentions(parse, text)
    assert only(qs).speaker_mention is None


def test_a_quote_after_the_first_of_coordinated_verbs_is_that_verbs_subjects(parse):
    # "X denied the charge, said ... “…”": the parse makes the first verb a complement of "said", which has no
    # subject of its own; the first verb's subject speaks (a pronoun resolved as for a plain "she said")
    cases = [
        (
            "The general denied any wrongdoing, said his troops had “followed every rule of engagement” and refused "
            "further questions.",
            "general",
        ),
        (
            "Police chief Omar Haddad praised the volunteers, then said the town had been “spared a far worse night”.",
            "Haddad",
        ),
        (
            "Mayor Lena Fischer was furious. She rejected the report, said the auditors had “misread every single "
            "figure” and walked out.",
            "Fischer",
        ),
        (
            "Coach Dana Whitfield watched in silence. Her assistant shook his head, said the referee had “lost "
            "control of the game” and walked off.",
            "assistant",
        ),
        # not where the verb of saying has a subject of its own, before it or after it
        ("Ana Ruiz lost the vote, Tomas Berg said the result was “a clear message from the members”.", "Berg"),
        (
            "The economy is in trouble, said Finance Minister Rui Costa, adding that reforms were “overdue by a "
            "decade”.",
            "Costa",
        ),
    ]
    for text, speaker in cases:
        q = only(quotes_of(parse, text))
        assert speaker in (q.speaker or ""), (text, q.speaker)


def test_a_bare_spokesperson_is_no_one_elses_voice(parse):
    # "an official said" after a sentence about an organisation: the official is often the other side's (the
    # accused ministry, the army a newspaper reported on), so no body is guessed; a body or a name of their own wins
    cases = [
        (
            "Rights Watch accused the Interior Ministry of torturing detainees. “These claims are completely false,” "
            "an official said.",
            None,
        ),
        (
            "The Daily Courier reported that the army had left the town. “We pulled back to regroup,” an official "
            "said.",
            None,
        ),
        (
            "The Red Cross sent three convoys into the city. “We need far more access to reach the wounded,” a "
            "spokeswoman for the World Food Programme said.",
            "World Food Programme",
        ),
        (
            "The Red Cross sent three convoys into the city. “We need far more access to reach the wounded,” "
            "spokeswoman Ana Silva said.",
            "Ana Silva",
        ),
    ]
    for text, body in cases:
        qs, mentions = quotes_and_mentions(parse, text)
        q = only(qs)
        assert speaker_of(qs, mentions, q) == body, (text, q.speaker, speaker_of(qs, mentions, q))


def test_a_group_of_an_organisations_members_speaks_for_it(parse):
    # members, delegates or activists of an organisation, as the cue's subject: the organisation
    cases = [
        (
            "Members of the Teachers' Union marched to the ministry, demanding that it “pay every teacher before the "
            "holidays”.",
            "Teachers' Union",
        ),
        (
            "Delegates of the National Nurses Union told the hearing that wards were “dangerously short of staff "
            "every night”.",
            "National Nurses Union",
        ),
        (
            "Activists of the Clean Air Coalition chained themselves to the gates, saying the plant was “poisoning "
            "our children every day”.",
            "Clean Air Coalition",
        ),
        # never its supporters or critics, a few qualified members, a chamber's members, nor one member alone
        (
            "Dissident members of the Unity Party said the leadership had become “hopelessly corrupt and out of "
            "touch”.",
            None,
        ),
        ("Members of Parliament said the bill was “rushed through without any proper scrutiny”.", None),
        ("Supporters of the Green Party said the result was “a historic breakthrough for the whole movement”.", None),
        ("Critics of the Finance Ministry said the budget was “a fantasy built on borrowed money”.", None),
        ("A member of the Dockers' Union said the strike would “close every port in the country”.", None),
    ]
    for text, body in cases:
        qs, mentions = quotes_and_mentions(parse, text)
        q = only(qs)
        assert speaker_of(qs, mentions, q) == body, (text, q.speaker, speaker_of(qs, mentions, q))


def test_a_described_speaker_named_beside_the_state_of_the_post_is_the_name_for_a_later_pronoun(parse):
    # "X's ambassador to Y, NAME, said ... “…,” she said": the name, even where the named-entity pass takes the
    # state Y for a person (the parse hangs the name on it)
    cases = [
        (
            "Sweden's ambassador to Mali, Ingrid Dahl, said the mission would end in June. “It has been a long and "
            "costly effort,” she said.",
            "Ingrid Dahl",
        ),
        (
            "Finland's envoy to Malawi, Aino Virtanen, said the talks would resume in May. “Both sides want a "
            "solution,” she added.",
            "Aino Virtanen",
        ),
        # the name is the subject, the pronoun's antecedent over an earlier person's
        (
            "Coach Bruno Alves refused to quit. Sweden's ambassador to Mali, Ingrid Dahl, said on Friday that the "
            "mission would end. “It has been a long and costly effort,” she said.",
            "Ingrid Dahl",
        ),
        (
            "Canada closed its embassy in Haiti. The country's ambassador to Haiti, Sophie Tremblay, said staff had "
            "left safely. “It was the only responsible choice,” she said.",
            "Sophie Tremblay",
        ),
        # a description with no name stays the description
        (
            "Anna Berg met the press on Monday. Norway's ambassador to Malawi said the aid would resume. “We have "
            "seen real progress,” she said.",
            None,
        ),
    ]
    for text, name in cases:
        qs, mentions = quotes_and_mentions(parse, text)
        q = only(qs)
        assert speaker_of(qs, mentions, q) == name, (text, q.speaker)
        assert name is not None or q.speaker == "Norway's ambassador"


def test_one_of_a_group_is_the_speaker_as_written(parse):
    # "one of the men said": the speaker is "one of the men", never the bare "one"; an actor only for a group
    # that is a named organisation itself
    cases = [
        ("Police detained four men near the border. “We were only looking for work,” one of the men said.", None),
        (
            "Thousands marched through the capital. “We will not go home until he resigns,” one of the protesters "
            "told AFP.",
            None,
        ),
        ("“The water came in so fast we could not save anything,” said one of the residents.", None),
        ("One of the nurses told the BBC that the ward had “run out of oxygen twice this week”.", None),
        # one member alone speaks for no body
        (
            "Greenpeace staged a protest in Oslo. “Drilling here is madness,” one of the Greenpeace activists said.",
            None,
        ),
        (
            "Four members of Los Tiburones were arrested. “We were only looking for work,” one of the men said.",
            None,
        ),
    ]
    for text, body in cases:
        qs, mentions = quotes_and_mentions(parse, text)
        q = only(qs)
        assert q.speaker.lower().startswith("one of the ") and q.speaker_type == "person", (text, q.speaker)
        assert speaker_of(qs, mentions, q) == body, (text, speaker_of(qs, mentions, q))


def test_one_of_a_group_named_beside_it_is_the_name(parse):
    q = only(
        quotes_of(parse, "One of the protesters, Maria Gonzalez, told Reuters: “This march is only the start of it.”")
    )
    assert q.speaker == "Maria Gonzalez"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            '"This is no victory for anyone. It is a return to sanity," Ghana Union of Nurses and Midwives (GUNM) '
            "secretary-general Dr Ama Owusu told journalists after the signing.",
            "Ama Owusu",
        ),
        (
            '"The strike goes on. Nobody has paid us," Zambia Congress of Trade Unions (ZCTU) president Joseph '
            "Mwansa said on Friday outside the ministry.",
            "Joseph Mwansa",
        ),
    ],
)
def test_a_person_after_a_bodys_name_and_title_is_the_speaker(parse, text, speaker):
    # the parse may make the person a conjunct of the body with no "and": the person speaks, not the body
    q = only(quotes_of(parse, text))
    assert speaker in q.speaker and q.speaker_type == "person"


def test_a_body_coordinated_with_a_person_stays_the_speaker(parse):
    text = '"We will strike again. Nobody listens," the Ghana Teachers Union and its leader Kofi Boateng said.'
    q = only(quotes_of(parse, text))
    assert q.speaker == "Ghana Teachers Union"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            '"It was a fair vote," the Malawi Union of Nurses that elected secretary-general Ruth Phiri said on '
            "Friday.",
            "Malawi Union of Nurses",
        ),
        (
            '"It is over," the Zambia Congress of Trade Unions (ZCTU) which sacked president Joseph Mwansa said.',
            "Zambia Congress of Trade Unions",
        ),
        (
            '"We are ready," the Ghana Teachers Union alongside activist Kofi Boateng told reporters.',
            "Ghana Teachers Union",
        ),
    ],
)
def test_a_person_a_bodys_clause_or_company_names_is_no_speaker(parse, text, speaker):
    (q,) = quotes_of(parse, text)
    assert q.speaker == speaker


def test_a_participle_in_the_title_before_the_person_keeps_the_person_the_speaker(parse):
    text = (
        '"We will not be silenced by threats. Never," Kenya Union of Journalists (KUJ) newly elected president '
        "Grace Achieng told reporters."
    )
    q = only(quotes_of(parse, text))
    assert "Grace Achieng" in q.speaker


def test_a_woman_titled_chairman_is_still_she(parse):
    # "chairman" names women too: it gives no gender, so "She" finds the chairman, not the man named before her
    qs, mentions = quotes_and_mentions(
        parse,
        "Tomas Varga, now the Civic Union's deputy leader, said the seats were his to keep. Party chairman Helena "
        "Novak urged the two men to resign in a letter on Monday.\n"
        'She said: "The party has taken legal advice and we will go to court if we must."',
    )
    q = only(qs)
    speaker = {m.start_char: m for m in mentions}.get(q.speaker_mention)
    assert speaker is not None and speaker.name.endswith("Novak")
