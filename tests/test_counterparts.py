"""Implied targets: a verbal act with no stated target aims at its source's counterpart in the document."""

from pipeline.stages.counterparts import counterpart, implied_targets, state_sides

TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"})


def ev(eid: str, etype: str, src: list[str], tgt: list[str], text: str | None = "they") -> dict:
    return {"event_id": eid, "event_type": etype, "source_actor_ids": src, "target_actor_ids": tgt, "source_text": text}


def test_a_warning_with_no_target_aims_at_the_side_the_source_deals_with():
    # the nurses' union demanded pay talks with the health ministry; the ministry offered 3%; the union warned ...
    events = [
        ev("e1", "REQUEST", ["union"], ["ministry"]),
        ev("e2", "AGREE", ["ministry"], ["union"]),
        ev("e3", "THREATEN", ["union"], []),
    ]
    assert implied_targets(events, TYPES) == {"e3": "ministry"}


def test_the_counterpart_counts_both_directions_and_the_most_frequent_wins():
    events = [
        ev("e1", "ACCUSE", ["opposition"], ["president"]),
        ev("e2", "REJECT", ["president"], ["opposition"]),
        ev("e3", "SUPPORT", ["opposition"], ["court"]),
        ev("e4", "REQUEST", ["opposition"], []),
    ]
    assert implied_targets(events, TYPES) == {"e4": "president"}


def test_a_tie_or_no_stated_pair_implies_nothing():
    tie = [
        ev("e1", "ACCUSE", ["farmers"], ["government"]),
        ev("e2", "ACCUSE", ["farmers"], ["retailers"]),
        ev("e3", "THREATEN", ["farmers"], []),
    ]
    assert implied_targets(tie, TYPES) == {}
    alone = [ev("e1", "ACCUSE", ["rebels"], ["army"]), ev("e2", "THREATEN", ["mayor"], [])]
    assert implied_targets(alone, TYPES) == {}


def test_physical_acts_and_stated_targets_are_left_alone():
    events = [
        ev("e1", "REQUEST", ["police"], ["crowd"]),
        ev("e2", "COERCE", ["police"], []),
        ev("e3", "REQUEST", ["police"], ["organisers"]),
        ev("e4", "ACCUSE", ["police"], ["crowd"]),
    ]
    assert implied_targets(events, TYPES) == {}


def test_an_implied_target_is_never_one_of_the_sources():
    # two ministers issue the appeal together; their pair with each other is no counterpart
    events = [
        ev("e1", "SUPPORT", ["minister_a"], ["minister_b"]),
        ev("e2", "SUPPORT", ["minister_a"], ["minister_b"]),
        ev("e3", "ACCUSE", ["minister_a"], ["cartel"]),
        ev("e4", "REQUEST", ["minister_a", "minister_b"], []),
    ]
    assert implied_targets(events, TYPES) == {"e4": "cartel"}


def test_events_without_a_source_imply_nothing_and_filled_targets_do_not_feed_others():
    events = [
        ev("e1", "REQUEST", [], []),
        ev("e2", "ACCUSE", ["a"], ["b"]),
        ev("e3", "REJECT", ["b"], []),
        ev("e4", "REQUEST", ["c"], []),
    ]
    # e3 gets a (its only stated pair); c has no stated pair, and e3's implied target does not count as one
    assert implied_targets(events, TYPES) == {"e3": "a"}
    assert counterpart(["c"], [("a", "b")]) is None


def test_a_state_is_never_the_implied_target_of_its_own_government_or_officials():
    actors = [
        {"actor_id": "ruritania", "type": "GPE", "country": "RUR", "sector": None},
        {"actor_id": "finance_minister", "type": "PERSON", "country": "RUR", "sector": "GOV"},
        {"actor_id": "attorney", "type": "PERSON", "country": "RUR", "sector": None},
        {"actor_id": "dockers_union", "type": "ORG", "country": "RUR", "sector": "LAB"},
        {"actor_id": "imf", "type": "ORG", "country": None, "sector": "IGO"},
    ]
    side_of = state_sides(actors)
    states = frozenset({"ruritania"})
    assert side_of == {"ruritania": "RUR", "finance_minister": "RUR", "attorney": "RUR"}
    events = [
        ev("e1", "SUPPORT", ["imf"], ["ruritania"]),
        ev("e2", "REQUEST", ["finance_minister"], ["ruritania"]),
        ev("e3", "REQUEST", ["finance_minister"], []),
        ev("e4", "REJECT", ["attorney"], ["ruritania"]),
        ev("e5", "REJECT", ["attorney"], []),
        ev("e6", "PROTEST", ["dockers_union"], ["ruritania"]),
        ev("e7", "THREATEN", ["dockers_union"], []),
    ]
    # the minister and an official of no known sector are the state's own side; a union may face its state
    assert implied_targets(events, TYPES | {"PROTEST"}, side_of, states) == {"e7": "ruritania"}


def test_an_event_whose_clause_states_no_source_takes_no_implied_target():
    # "Eleven people had been prosecuted": the source was supplied, not stated
    events = [ev("e1", "ACCUSE", ["prosecutors"], ["smuggler"]), ev("e2", "ACCUSE", ["prosecutors"], [], text=None)]
    assert implied_targets(events, TYPES) == {}
