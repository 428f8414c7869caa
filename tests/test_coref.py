"""The shared pronoun resolver (pipeline.stages.coref): its default (nearest fitting mention) and the salience
keywords the quotes stage uses (`prefer`, `fallback`)."""

import dataclasses

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


def _pronoun(doc, word):
    return next(t for t in doc if t.text == word)


def _resolve_in(parse, text, word):
    """(plain nearest mention, mention resolved with the pronoun's parse) for the pronoun `word` of a text."""
    doc = parse(text)
    mentions = extract_mentions(doc)
    tok = _pronoun(doc, word)
    plain = coref.resolve_pronoun(tok.lower_, tok.idx, mentions)
    read = coref.resolve_pronoun(tok.lower_, tok.idx, mentions, token=tok)
    return (plain and plain.name), (read and read.name)


@pytest.mark.parametrize(
    "text,word,plain,read",
    [
        # gender from a given name of the shipped list: a "he" is not a Helen; unresolved rather than wrong
        ("Helen Voss opened the hearing in Oslo. He has apologised for the delay.", "He", "Helen Voss", None),
        # ... from a title
        ("Mrs Dale met the auditors in March. Later he resigned from the committee.", "he", "Dale", None),
        # ... from another mention of the same person: the subject "Finch" is Laura Finch, so "he" is Tom Gale
        (
            "Laura Finch ran the firm for a decade. Finch hired Tom Gale as a deputy. He said the accounts were sound.",
            "He",
            "Tom Gale",
            "Tom Gale",
        ),
        # a plural pronoun never refers to one person
        (
            "Rivermill Records signed the pianist Maria Lind last year. They will also tour Japan.",
            "They",
            "Maria Lind",
            "Rivermill Records",
        ),
        # a name inside the clause the pronoun's verb reports is not its antecedent
        (
            "Olav Brenn chaired the debate. This is the budget Harald Pike must defend, he said, urging calm.",
            "he",
            "Harald Pike",
            "Olav Brenn",
        ),
        # a place that only qualifies a noun ("the UK pop charts") is not what "it" refers to; a place named as
        # such is
        (
            "Record sales rose across the UK music market last year. It called the campaign a success.",
            "It",
            "UK",
            None,
        ),
        (
            "The UK left the customs union last year. It called the move a success.",
            "It",
            "UK",
            "UK",
        ),
        # "chairman" is said of women too: no gender evidence against "she"
        (
            "Mr Carl Hollis said the law was clear. Party chairman Petra Lind urged them to resign. "
            "She wrote a letter.",
            "She",
            "Petra Lind",
            "Petra Lind",
        ),
        # salience: the previous sentence's subject of a fitting kind before a nearer state
        (
            "Norvik Foods sued the government of Chile on Monday. It denies any wrongdoing.",
            "It",
            "Chile",
            "Norvik Foods",
        ),
    ],
)
def test_a_pronoun_read_in_its_parse_agrees_with_its_antecedent(parse, text, word, plain, read):
    assert _resolve_in(parse, text, word) == (plain, read)


@pytest.mark.parametrize(
    "text,word,read",
    [
        # a plural noun of people with no name, which the pronoun's clause hangs from, is the antecedent: unresolved
        (
            "Greenpeace backed the plan. The angry fishermen were so upset they blockaded the port of Calais.",
            "they",
            None,
        ),
        ("Amnesty International wrote to all four parties urging them to calm the campaign.", "them", None),
        ("NATO told the militias they must hand over their heavy weapons.", "they", None),
        # a name on the noun names the group; the subject of the pronoun's own verb is not the object's antecedent
        (
            "The Greek unions said Athens had left them no choice. Greek workers said they would strike.",
            "they",
            "Greek",
        ),
        ("The Green Party warned that voters would punish them in May.", "them", "Green Party"),
        ("The Green Party warned that voters would turn against them in May.", "them", "Green Party"),
        # a plural noun after the pronoun, or in a clause that does not govern it, blocks nothing
        (
            "Amnesty International said they had written to ministers about the prisoners.",
            "they",
            "Amnesty International",
        ),
    ],
)
def test_a_plural_pronoun_after_an_unnamed_group_stays_unresolved(parse, text, word, read):
    assert _resolve_in(parse, text, word)[1] == read


def test_a_name_introducing_a_quote_stays_the_antecedent_of_the_reporting_pronoun(parse):
    text = "Senator Mary Olsen rebuked him: “Your figures do not add up at all,” she said."
    assert _resolve_in(parse, text, "she")[1] == "Mary Olsen"


def test_gender_evidence_of_one_family_name_is_shared_unless_it_disagrees():
    sister = mention(0, "Ruth Carver")
    bare = mention(30, "Carver")
    assert coref.mention_gender(sister) == "f" and coref.mention_gender(bare) is None
    assert coref.document_genders([sister, bare])[id(bare)] == "f"
    # two people of one family name and two genders: the bare name has no gender
    brother = mention(60, "Paul Carver")
    assert id(bare) not in coref.document_genders([sister, bare, brother])
    assert coref.mention_gender(mention(0, "Vale", title="Mr")) == "m"
    assert coref.mention_gender(mention(0, "Vale Holdings", "ORG")) is None


@pytest.mark.parametrize(
    "text,name,gender",
    [
        ("Noor Adami, the group's chairwoman, opened the meeting.", "Noor Adami", "f"),
        ("The company's spokesman, Tarek Vill, declined to comment.", "Tarek Vill", "m"),
        ("Robin Ashe found herself at the centre of the row.", "Robin Ashe", "f"),
        ("Robin Ashe opened the meeting in Cork.", "Robin Ashe", None),
        ("In Swansea he met his future wife Glenys, now a councillor.", "Glenys", "f"),
        ("There she met her husband Dafydd, now a Labour MP.", "Dafydd", "m"),
    ],
)
def test_what_the_sentence_says_of_a_person_gives_the_gender(parse, text, name, gender):
    doc = parse(text)
    m = next(x for x in extract_mentions(doc) if x.name == name)
    assert coref.document_genders([m], doc).get(id(m)) == gender


def test_a_full_name_keeps_its_own_gender_evidence_not_its_family_names():
    # "Paul Carver" is a man by his given name; "Rose Carver" (a given name the list does not know) is not made one
    brother = mention(0, "Paul Carver")
    sister = mention(30, "Rose Carver")
    bare = mention(60, "Carver")
    genders = coref.document_genders([brother, sister, bare])
    assert genders[id(brother)] == "m" and id(sister) not in genders
    assert genders[id(bare)] == "m"  # a bare family name still takes the family's one gender
    again = mention(90, "Paul Carver")
    assert coref.document_genders([brother, again])[id(again)] == "m"


def _resolve_chained(parse, text, word, nth=-1):
    doc = parse(text)
    mentions = extract_mentions(doc)
    tok = [t for t in doc if t.lower_ == word][nth]
    found = coref.resolve_pronoun(
        word,
        tok.idx,
        mentions,
        after_char=0,
        prefer=lambda m: coref.is_main_subject_mention(doc, m),
        token=tok,
        chain=lambda t: 0,
    )
    return found.name if found is not None else None


@pytest.mark.parametrize(
    "text,word,expected",
    [
        # the chain: a "she" subject passes on its antecedent past a nearer name in another role
        (
            "Judge Helen Marsh opened the inquiry in Leeds. She questioned the witness Carl Dunne for an hour. "
            "Later she adjourned the hearing.",
            "she",
            "Helen Marsh",
        ),
        # a new person as the subject in between takes over
        (
            "Judge Helen Marsh opened the inquiry in Leeds. She adjourned it at noon. "
            "Counsel Ruth Ojo then read a statement. Later she left the court.",
            "she",
            "Ruth Ojo",
        ),
        # a person named in the sentence just before, in a sentence about a thing, beats an older subject
        (
            "Professor Alan Reid praised the report on Monday. The strongest objection came from Omar Haddad. "
            "He called it reckless.",
            "he",
            "Omar Haddad",
        ),
        # ... but not when that sentence has a person for its subject
        (
            "Professor Alan Reid praised the report on Monday. He thanked Omar Haddad for his help. "
            "He called it a milestone.",
            "he",
            "Alan Reid",
        ),
    ],
)
def test_a_pronoun_chain_and_the_nearest_sentence(parse, text, word, expected):
    assert _resolve_chained(parse, text, word) == expected


def test_a_described_person_as_the_subject_is_no_thing(parse):
    # "the music director" is a person: the name beside it in that sentence does not take over the chain
    text = (
        "Conductor Bill Tanner rehearsed all week. After the show, the music director attends the Winter Ball "
        "with Anna Price. He goes home early."
    )
    assert _resolve_chained(parse, text, "he") == "Bill Tanner"


def test_a_family_name_the_mentions_missed_is_still_the_nearer_subject(parse):
    # the named-entity pass misses "Ortega" as the subject: the resolver reads it as the earlier Luis Ortega
    text = (
        "Coach Luis Ortega was fined by the federation. Its president Pablo Ruiz changed his mind on Monday. "
        "Ortega insisted the remarks were harmless. He said he meant no offence."
    )
    doc = parse(text)
    at = text.index("Ortega insisted")
    mentions = [m for m in extract_mentions(doc) if m.start_char != at]
    tok = [t for t in doc if t.lower_ == "he"][0]
    found = coref.resolve_pronoun(
        "he",
        tok.idx,
        mentions,
        prefer=lambda m: coref.is_main_subject_mention(doc, m),
        token=tok,
        chain=lambda t: 0,
    )
    assert found is not None and found.name == "Luis Ortega"


def _resolve_retyped(parse, text, word, retyped=(), dropped=(), window_from=None):
    """The antecedent of the last `word` when the named-entity pass typed the names starting at `retyped` ORG and
    missed those at `dropped` (its errors, made by hand); the window starts at the text `window_from`."""
    doc = parse(text)
    at_org = {text.index(s) for s in retyped}
    at_missed = {text.index(s) for s in dropped}
    mentions = [
        dataclasses.replace(m, type="ORG") if m.start_char in at_org else m
        for m in extract_mentions(doc)
        if m.start_char not in at_missed
    ]
    lo = text.index(window_from) if window_from else 0
    tok = [t for t in doc if t.lower_ == word][-1]
    found = coref.resolve_pronoun(
        word,
        tok.idx,
        mentions,
        after_char=lo,
        prefer=lambda m: coref.is_main_subject_mention(doc, m),
        token=tok,
        chain=lambda t: lo,
    )
    return None if found is None else (found.name, found.type)


def test_a_family_name_typed_org_still_names_the_person(parse):
    # "Delgado" typed ORG is the salient subject: it names Rosa Delgado, not the nearer rival
    text = (
        "Senator Rosa Delgado toured the plant in Fresno. Her rival Ann Vance stayed away. "
        "Delgado promised new jobs for the valley. Later she met the workers."
    )
    assert _resolve_retyped(parse, text, "she", retyped=["Delgado promised"]) == ("Delgado", "ORG")


def test_a_given_name_and_family_name_typed_org_names_the_person(parse):
    # "Maria Delgado" typed ORG, with "Delgado" a person later in the document
    text = (
        "Tom Vance spoke first. Maria Delgado toured the plant in Fresno. Later she met the workers. "
        "Delgado said little."
    )
    assert _resolve_retyped(parse, text, "she", retyped=["Maria Delgado"]) == ("Maria Delgado", "ORG")


def test_a_name_modifying_a_noun_typed_org_is_no_person():
    mentions = [mention(0, "Rosa Delgado"), mention(40, "Delgado", "ORG"), mention(70, "Unitex", "ORG")]
    # without the parse nothing is read as a person; the parse decides a compound ("the Delgado campaign")
    assert coref.person_named(mentions) == {id(mentions[1])}
    assert coref.person_named([mention(0, "Delgado", "ORG")]) == set()  # no person of that family name


def test_a_missed_family_name_finds_its_person_before_the_window(parse):
    # "Ortega insisted" was missed and the window starts after Luis Ortega: the family name still finds him
    text = (
        "Coach Luis Ortega was fined by the federation. Its president Pablo Ruiz changed his mind on Monday. "
        "Ortega insisted the remarks were harmless. He said he meant no offence."
    )
    found = _resolve_retyped(parse, text, "he", dropped=["Ortega insisted"], window_from="Its president")
    assert found == ("Luis Ortega", "PERSON")


def test_the_source_of_according_to_is_the_topic_not_a_name_in_its_words(parse):
    text = (
        "General Mark Hollis retired in May. According to Hollis, the army has ignored Peter Shaw's warnings "
        "for years. He said the cuts had gone too far."
    )
    assert _resolve_retyped(parse, text, "he", dropped=["Hollis, the"]) == ("Mark Hollis", "PERSON")


def test_a_listed_given_name_alone_gives_its_gender_unless_a_family_bears_it():
    alone = mention(0, "James")
    assert coref.document_genders([alone]).get(id(alone)) == "m"
    # a family name of the document ("Carla James ... James"), or a title before it ("Dr James"): not a given name
    full, bare = mention(0, "Carla James"), mention(30, "James")
    assert coref.document_genders([full, bare]).get(id(bare)) != "m"
    titled = mention(0, "James", title="Dr")
    assert id(titled) not in coref.document_genders([titled])
    # a word no list knows says nothing
    other = mention(0, "Sunniva")
    assert id(other) not in coref.document_genders([other])


@pytest.mark.parametrize("word,read", [("She", None), ("He", "James")])
def test_a_pronoun_agrees_with_a_listed_given_name_alone(parse, word, read):
    text = f"James chaired the meeting in Leeds on Monday. {word} said the vote had been close."
    assert _resolve_in(parse, text, word) == ("James", read)


def test_the_only_full_name_of_a_family_takes_the_familys_gender():
    # "Kimberly" is no given name the list knows; "Mrs Lowe" later is the same family's only person
    full = mention(0, "Kimberly Lowe")
    titled = mention(40, "Lowe", title="Mrs")
    assert coref.document_genders([full, titled])[id(full)] == "f"
    # with two full names of that family, a full name keeps only its own evidence
    other = mention(80, "Dana Lowe")
    assert id(full) not in coref.document_genders([full, titled, other])


def test_he_never_stands_for_a_woman_the_document_titles_later(parse):
    text = (
        "Mr Hollis's conduct is being looked at. The watchdog is looking at his decision to give Kimberly Lowe free "
        "rail tickets. He is also being investigated over the visa application of Mrs Lowe's nanny."
    )
    assert _resolve_in(parse, text, "He")[1] != "Kimberly Lowe"


@pytest.mark.parametrize(
    "text,pronoun,name",
    [
        # an object pronoun is never the subject of its own clause, however near
        ("Omar Said chairs the party. Karim Haddad filed a complaint against him.", "him", "Omar Said"),
        ("Omar Said chairs the party. Karim Haddad later sued him for libel.", "him", "Omar Said"),
        ("Leila Amin chairs the party. Sara Nouri praised her on Monday.", "her", "Leila Amin"),
    ],
)
def test_an_object_pronoun_is_never_its_own_clauses_subject(parse, text, pronoun, name):
    doc = parse(text)
    mentions = extract_mentions(doc)
    tok = [t for t in doc if t.lower_ == pronoun][-1]
    read = coref.resolve_pronoun(tok.lower_, tok.idx, mentions, token=tok)
    assert read is not None and read.name == name
