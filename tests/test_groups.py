"""Social groups named by a common noun (pipeline.stages.groups) and the event sides they give."""

from pipeline.stages import groups
from pipeline.stages.actors import extract_mentions
from tests.test_events import events_of


def _head(parse, text):
    doc = parse(text)
    noun = groups.group_head(doc[:])
    return noun.text if noun is not None else None


def test_a_group_is_a_plural_noun_of_the_table_or_a_quantity_of_one(parse):
    assert _head(parse, "striking teachers") == "teachers"
    assert _head(parse, "hundreds of farmers") == "farmers"
    assert _head(parse, "some of the protesters") == "protesters"
    assert _head(parse, "about 300 of the migrants") == "migrants"  # a number of them
    assert _head(parse, "40 of the striking dockers") == "dockers"
    assert _head(parse, "a teacher") is None  # one person
    assert _head(parse, "hundreds of soldiers") is None  # a state's forces act as the state
    assert _head(parse, "thousands of people") is None  # no group of its own


def test_a_group_is_named_by_its_states_people(parse):
    assert groups.group_name("fishermen", "IND") == "Indian fishermen"
    assert groups.group_name("students", None) == "students"


def _sides(parse, text, pub):
    return [
        (
            e.event_type,
            [(m.name, m.type, m.country) for m in e.sources],
            [(m.name, m.type, m.country) for m in e.targets],
        )
        for e in events_of(parse, text, pub)
    ]


def test_an_arrested_group_of_the_documents_state_is_the_target(parse, pub):
    text = (
        "Peru's government declared an emergency in Lima on Monday, and Peruvian police cleared the main square. "
        "Peru's interior ministry said police had detained 23 students near the Congress building."
    )
    found = _sides(parse, text, pub)
    assert any(t == "COERCE" and ("Peruvian students", "NORP", "PER") in tgt for t, _, tgt in found), found


def test_a_peoples_adjective_on_a_group_gives_the_group_not_the_state(parse, pub):
    found = _sides(parse, "The Malaysian navy arrested nine Vietnamese fishermen off Terengganu on Sunday.", pub)
    assert any(t == "COERCE" and tgt == [("Vietnamese fishermen", "NORP", "VNM")] for t, _, tgt in found), found


def test_a_group_from_a_university_acts_itself_but_a_unions_members_act_for_the_union(parse, pub):
    found = _sides(
        parse,
        "Students from the University of Ibadan blocked the road to the governor's office on Monday. "
        "Nurses from the Ghana Registered Nurses Association protested outside the health ministry on Tuesday.",
        pub,
    )
    sources = [src for _, src, _ in found]
    assert any(src and src[0][0].endswith("students") and src[0][1] == "NORP" for src in sources), found
    assert not any(src and src[0][0].endswith("nurses") for src in sources), found


def test_groups_become_mentions_of_the_document_in_order(parse, pub):
    doc = parse("Police in Nairobi arrested 40 traders on Monday after traders blocked a market road.")
    ms = extract_mentions(doc)
    from pipeline.stages.dates import find_dates
    from pipeline.stages.events import extract_events

    extract_events(doc, ms, find_dates(doc, pub), [], pub.isoformat())
    assert [m.start_char for m in ms] == sorted(m.start_char for m in ms)
    assert any(m.type == "NORP" and m.name.endswith("traders") for m in ms)


def test_a_person_named_in_the_groups_phrase_stays_a_side(parse, pub):
    found = _sides(parse, "Police in Lusaka arrested 12 miners, including union leader Joseph Banda, on Monday.", pub)
    assert any(t == "COERCE" and ("Joseph Banda", "PERSON") in [x[:2] for x in tgt] for t, _, tgt in found), found


def test_the_group_an_ordered_act_is_done_to_is_its_target_but_not_a_reactions(parse, pub):
    text = (
        "Zambia's government cut maize subsidies in March. Zambian farmers blocked roads near Lusaka. "
        "The Lusaka High Court on Monday ordered the arrest of 30 farmers."
    )
    found = _sides(parse, text, pub)
    assert any(t == "COERCE" and tgt and tgt[0][0] == "Zambian farmers" for t, _, tgt in found), found
    found = _sides(parse, "Amnesty International condemned the arrest of 23 students in Tehran.", pub)
    assert not any(t == "ACCUSE" and any(x[1] == "NORP" for x in tgt) for t, _, tgt in found), found


def test_a_side_coordinated_with_a_group_stays_a_side(parse, pub):
    found = _sides(parse, "Police detained several protesters and two Reuters journalists in Caracas on Monday.", pub)
    assert any(t == "COERCE" and "Reuters" in [x[0] for x in tgt] for t, _, tgt in found), found


def test_refugees_are_never_of_their_host_state(parse, pub):
    text = (
        "Greece's coast guard rescued 50 refugees off Lesbos on Monday, Greece said. Greek police detained "
        "12 refugees in Athens. Greece's migration minister said 40 Afghan refugees were deported."
    )
    names = {x[0] for _, src, tgt in _sides(parse, text, pub) for x in src + tgt}
    assert "Greek refugees" not in names, names


def test_groups_of_states_sharing_a_peoples_name_stay_apart():
    assert groups.group_name("teachers", "COG") != groups.group_name("teachers", "COD")
    assert groups.group_name("students", "HKG") != groups.group_name("students", "CHN")
    assert groups.group_name("students", "XKX") != groups.group_name("students", None)


def test_one_group_mention_serves_every_event_on_its_words(parse, pub):
    found = _sides(
        parse,
        "A Malaysian court on Friday ordered the arrest of nine Vietnamese fishermen detained by the navy in May.",
        pub,
    )
    targets = [tgt for t, _, tgt in found if t in ("RETREAT", "COERCE")]
    assert targets and all(tgt == [("Vietnamese fishermen", "NORP", "VNM")] for tgt in targets), found


def test_every_group_noun_names_people_for_the_events():
    # a group the groups stage can make an actor of must be a side the events stage reads as people
    from pipeline.stages.events import event_lexicon
    from pipeline.stages.groups import group_nouns

    assert not [n for n in group_nouns() if n not in event_lexicon().agent_nouns]
