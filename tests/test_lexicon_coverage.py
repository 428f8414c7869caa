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


# ---------------------------------------------------------------------------
# coverage pass by CAMEO category (issue 16): the verbs, phrasal verbs and verb + object readings news uses


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "source", "target"),
    [
        # COERCE: occupying territory (192), confiscating (1711), arresting (173), restricting movement (191),
        # administrative sanctions (172, 1721), withholding utilities (the codebook's withhold mode)
        ("Russia annexed Crimea in March 2014.", "annexed", "COERCE", "Russia", None),
        ("Kazakh police impounded the trucks of the Kyrgyz traders.", "impounded", "COERCE", "Kazakh", "Kyrgyz"),
        (
            "Spanish police apprehended two Moroccan smugglers near Ceuta.",
            "apprehended",
            "COERCE",
            "Spanish",
            "Moroccan",
        ),
        ("The Libyan coast guard intercepted a boat carrying 80 migrants.", "intercepted", "COERCE", "Libyan", None),
        ("Venezuela revoked the licence of the Colombian broadcaster.", "revoked", "COERCE", "Venezuela", "Colombian"),
        ("Russia cut off gas supplies to Ukraine in January.", "cut", "COERCE", "Russia", "Ukraine"),
        # SANCTION: reducing relations (161), halting negotiations (164), leaving an alliance
        ("Canada closed its embassy in Tehran.", "closed", "SANCTION", "Canada", None),
        ("Colombia broke off talks with the ELN rebels.", "broke", "SANCTION", "Colombia", None),
        ("Burkina Faso quit the alliance in January.", "quit", "SANCTION", "Burkina Faso", None),
        # ASSAULT: hostage-taking (181)
        ("Boko Haram fighters took twenty villagers hostage in Borno.", "took", "ASSAULT", "Boko Haram", None),
        ("Abu Sayyaf militants are holding two Dutch nurses hostage.", "holding", "ASSAULT", "Abu Sayyaf", "Dutch"),
        # RETREAT: returning persons (0841)
        ("Israel and Hamas exchanged prisoners in November.", "exchanged", "RETREAT", "Israel", None),
        # a swap is reciprocal: the first named acts on the second
        ("Armenia and Azerbaijan swapped prisoners on the border.", "swapped", "RETREAT", "Armenia", "Azerbaijan"),
        # COOPERATE: intelligence (064), judicial (063), military (062)
        ("Jordan and Egypt exchanged intelligence on the militants.", "exchanged", "COOPERATE", "Jordan", "Egypt"),
        ("Ethiopia handed over the suspects to Kenya.", "handed", "COOPERATE", "Ethiopia", "Kenya"),
        ("France sold weapons to the army of Chad.", "sold", "COOPERATE", "France", "Chad"),
        # MOBILIZE: increasing armed forces (154) and their alert (152)
        ("Turkey amassed troops on the Syrian border.", "amassed", "MOBILIZE", "Turkey", None),
        (
            "China scrambled fighter jets after Taiwanese planes entered the zone.",
            "scrambled",
            "MOBILIZE",
            "China",
            None,
        ),
        ("India redeployed troops to the Chinese border.", "redeployed", "MOBILIZE", "India", None),
        # SUPPORT: rallying support on behalf of (053)
        ("Argentina rallied behind the Bolivian president.", "rallied", "SUPPORT", "Argentina", None),
        # AID: debt forgiveness (071)
        ("Japan wrote off the debts of Zambia.", "wrote", "AID", "Japan", "Zambia"),
    ],
)
def test_cameo_category_words_propose_their_type(parse, text, trigger, event_type, source, target):
    found = [c for c in coded(parse, text) if c[0] == trigger]
    assert found, coded(parse, text)
    t, typ, sources, targets = found[0]
    assert typ == event_type
    assert source in sources
    if target is not None:
        assert target in targets


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Unions in Nigeria began industrial action over fuel prices.", "PROTEST"),
        ("The uprising against Assad began in Deraa.", "PROTEST"),
        ("The Moroccan annexation of Western Sahara angered Algeria.", "COERCE"),
        ("The Canadian airlift of food to Haiti began on Monday.", "AID"),
    ],
)
def test_cameo_category_nouns_propose_their_type(parse, text, event_type):
    assert event_type in types(parse, text), coded(parse, text)


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("The Peruvian collector amassed a fortune from silver mines.", "MOBILIZE"),  # amassing wealth
        ("The Chilean goalkeeper scrambled the ball away from the line.", "MOBILIZE"),  # a scramble in play
        ("Hackers in Brazil intercepted the passwords of bank customers.", "COERCE"),  # intercepting data
        ("The Dutch midfielder intercepted a pass in Rotterdam.", "COERCE"),  # intercepting a pass
        ("The Swiss bank revoked its offer in Zurich.", "COERCE"),  # withdrawing an offer
        ("The Kenyan shop closed its doors in Nairobi.", "SANCTION"),  # closing a shop
        ("The Irish striker quit the club in Dublin.", "SANCTION"),  # leaving a job
        ("The Polish referee held the ball in Warsaw.", "ASSAULT"),  # holding a thing
        ("The Egyptian firm took the contract in Cairo.", "ASSAULT"),  # taking a contract
        ("Students in Seoul exchanged information about courses.", "COOPERATE"),  # no intelligence shared
        ("The Mexican bank wrote off bad loans in Monterrey.", "AID"),  # an accounting write-off
        ("The Ugandan farmer cut off the branches in Gulu.", "COERCE"),  # cutting a thing
        ("The Romanian climber broke off a piece of rock near Brasov.", "SANCTION"),  # breaking a thing
        ("The Bolivian minister handed over the keys in La Paz.", "COOPERATE"),  # no suspect handed over
        ("The Norwegian shop sold apples in Oslo.", "COOPERATE"),  # selling goods
        ("Thousands of Kenyans rallied in Nairobi against the tax.", "SUPPORT"),  # a rally is a protest
    ],
)
def test_cameo_category_words_in_their_everyday_senses(parse, text, not_type):
    assert not_type not in types(parse, text), coded(parse, text)
