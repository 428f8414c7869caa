"""The event lexicon's coverage of the PLOVER codebook's verbs and event nouns (issue 16).

Each group of words the codebooks name (the PLOVER codebook's type and mode descriptions, the CAMEO->PLOVER
table's category names) proposes a candidate of its type; where a word has a common sense that is no
interaction, a negative case checks that sense codes nothing of that type. Sentences are made up for these tests.
"""

import pytest

from tests.test_events import rule_events


def coded(parse, text):
    """(trigger, type, source names, target names) of the rules' candidates of a text."""
    return [
        (e.trigger, e.event_type, [m.name for m in e.sources], [m.name for m in e.targets])
        for e in rule_events(parse, text)
    ]


def types(parse, text):
    return {e.event_type for e in rule_events(parse, text)}


# ---------------------------------------------------------------------------
# verbs the codebooks name


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "source", "target"),
    [
        # COOPERATE: judicial cooperation (CAMEO 063) and working together
        (
            "Portugal extradited a fugitive accountant to Brazil on Monday.",
            "extradited",
            "COOPERATE",
            "Portugal",
            "Brazil",
        ),
        ("Norway teamed up with Iceland to monitor fishing fleets.", "teamed", "COOPERATE", "Norway", "Iceland"),
        # SUPPORT: initiating or resuming diplomatic ties; SANCTION: reducing or breaking them (CAMEO 161)
        ("Ecuador restored diplomatic relations with Peru last spring.", "restored", "SUPPORT", "Ecuador", "Peru"),
        ("Qatar upgraded its ties with Oman to full embassies.", "upgraded", "SUPPORT", "Qatar", "Oman"),
        ("Bahrain downgraded relations with Lebanon after the row.", "downgraded", "SANCTION", "Bahrain", "Lebanon"),
        ("Gambia broke ties with Taiwan in 2013.", "broke", "SANCTION", "Gambia", "Taiwan"),
        ("Algeria recalled its ambassador from Mali.", "recalled", "SANCTION", "Algeria", "Mali"),
        # CONCEDE: yielding (CAMEO 08)
        ("Ghana gave in to pressure from Nigeria over the levy.", "gave", "CONCEDE", "Ghana", "Nigeria"),
        (
            "The Hungarian government bowed to demands from the European Commission.",
            "bowed",
            "CONCEDE",
            "Hungarian",
            "European Commission",
        ),
        # RETREAT: returning persons
        ("Greece repatriated forty migrants to Albania.", "repatriated", "RETREAT", "Greece", "Albania"),
        # REQUEST: demanding
        ("Chile pressed for a new round of talks with Bolivia.", "pressed", "REQUEST", "Chile", "Bolivia"),
        ("Haiti implored the United Nations to send more doctors.", "implored", "REQUEST", "Haiti", "United Nations"),
        # ACCUSE: criticising, objecting, bringing to trial
        ("Turkey lambasted Greece over the treatment of migrants.", "lambasted", "ACCUSE", "Turkey", "Greece"),
        ("Poland objected to the Lithuanian pipeline plan.", "objected", "ACCUSE", "Poland", "Lithuanian"),
        (
            "Argentina deplored the British military exercises near the islands.",
            "deplored",
            "ACCUSE",
            "Argentina",
            "British",
        ),
        # REJECT: refusing
        ("Finland snubbed Russia at the Arctic forum.", "snubbed", "REJECT", "Finland", "Russia"),
        ("Serbia turned down an offer of mediation from Croatia.", "turned", "REJECT", "Serbia", "Croatia"),
        # COERCE: repression, arrests, deportation
        ("Belarusian police rounded up dozens of students in Minsk.", "rounded", "COERCE", "Belarusian", None),
        ("Eritrea persecuted members of the Ethiopian opposition.", "persecuted", "COERCE", "Eritrea", "Ethiopian"),
        # ASSAULT: physical violence
        (
            "Gunmen from al-Shabaab murdered two Kenyan teachers in Mandera.",
            "murdered",
            "ASSAULT",
            "al-Shabaab",
            "Kenyan",
        ),
        ("Russian soldiers gunned down three Chechen villagers.", "gunned", "ASSAULT", "Russian", "Chechen"),
        # AID: military assistance (training, arms) and shelter for refugees (asylum)
        ("British instructors trained Ukrainian soldiers near Lviv.", "trained", "AID", "British", "Ukrainian"),
        ("Iran armed the Houthi rebels for years.", "armed", "AID", "Iran", "Houthi"),
        ("Uganda hosts more than a million South Sudanese refugees.", "hosts", "AID", "Uganda", "South Sudanese"),
        # MOBILIZE: testing weapons systems
        ("Pakistan tested a missile over the Arabian Sea on Friday.", "tested", "MOBILIZE", "Pakistan", None),
    ],
)
def test_codebook_verbs_propose_their_type(parse, text, trigger, event_type, source, target):
    found = [c for c in coded(parse, text) if c[0] == trigger]
    assert found, coded(parse, text)
    t, typ, sources, targets = found[0]
    assert typ == event_type
    assert source in sources
    if target is not None:
        assert target in targets


# ---------------------------------------------------------------------------
# event nouns the codebooks name


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Algeria and Tunisia held war games near their border.", "COOPERATE"),
        ("Thai and Lao police began joint patrols along the river.", "COOPERATE"),
        ("Estonia agreed on intelligence sharing with Finland.", "COOPERATE"),
        ("On Monday, Mali's junta made concessions to the ECOWAS mediators.", "CONCEDE"),
        ("The Egyptian air force carried out an air strike on Libyan militants.", "ASSAULT"),
        ("Kenyan nurses staged a walkout over unpaid wages.", "PROTEST"),
        ("Croatia's refusal to sign the accord angered Serbia.", "REJECT"),
        ("Iran announced a missile test on Sunday.", "MOBILIZE"),
        ("Japan expressed solidarity with Turkey after the earthquake.", "SUPPORT"),
        ("Venezuela ordered the expulsion of the Panamanian ambassador.", "SANCTION"),
    ],
)
def test_codebook_nouns_propose_their_type(parse, text, event_type):
    assert event_type in types(parse, text), coded(parse, text)


# ---------------------------------------------------------------------------
# the same words in senses that are no interaction of that type


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("Toyota recalled 5,000 vehicles in Japan.", "SANCTION"),  # a product recall
        ("The French singer bowed to the audience in Paris.", "CONCEDE"),  # a bow
        ("The Irish minister gave a speech in Dublin.", "CONCEDE"),  # "gave" without "in"
        ("Samsung tested a new phone in Seoul.", "MOBILIZE"),  # testing a product
        ("The Olympic champion from Ethiopia trained in Kenya for the race.", "AID"),  # training oneself
        ("Starbucks hosted a party for its staff in Seattle.", "AID"),  # hosting without refugees
        ("Suez lost its water concession in Chile to a local firm.", "CONCEDE"),  # a contract, not a concession
        ("The Dutch chef pressed the garlic in Amsterdam.", "REQUEST"),  # pressing without "for"
        ("The Welsh team broke the record in Cardiff.", "SANCTION"),  # breaking a record
        ("The Danish minister restored the old chapel in Aarhus.", "SUPPORT"),  # restoring a building
    ],
)
def test_interaction_readings_need_their_object_or_particle(parse, text, not_type):
    assert not_type not in types(parse, text), coded(parse, text)


def test_crowd_control_weapons_fired_at_people_are_an_assault(parse):
    evs = rule_events(parse, "Zambian riot police fired tear gas at opposition supporters in Lusaka.")
    assert [e.event_type for e in evs if e.trigger == "fired"] == ["ASSAULT"]
    assert not [e for e in rule_events(parse, "The power station fired gas turbines all winter.") if e.sources]
