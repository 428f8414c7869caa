"""Implied targets: a verbal act with no stated target aims at its source's counterpart in the document."""

from pipeline.stages.counterparts import counterpart, crowd_organisers, implied_targets

TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "AGREE", "PROTEST"})


def ev(eid: str, etype: str, src: list[str], tgt: list[str], text: str | None = "they", target: str | None = None):
    return {
        "event_id": eid,
        "event_type": etype,
        "source_actor_ids": src,
        "target_actor_ids": tgt,
        "source_text": text,
        "target_text": target if target is not None else ("them" if tgt else None),
    }


def test_a_warning_with_no_target_aims_at_the_side_the_source_deals_with():
    # the nurses' union demanded pay talks with the health ministry; the ministry rejected it; the union warned ...
    events = [
        ev("e1", "REQUEST", ["union"], ["ministry"]),
        ev("e2", "REJECT", ["ministry"], ["union"]),
        ev("e3", "THREATEN", ["union"], []),
    ]
    assert implied_targets(events, TYPES) == {"e3": "ministry"}


def test_the_counterpart_counts_both_directions_and_the_most_frequent_wins():
    events = [
        ev("e1", "ACCUSE", ["opposition"], ["president"]),
        ev("e2", "REJECT", ["president"], ["opposition"]),
        ev("e3", "ACCUSE", ["opposition"], ["court"]),
        ev("e4", "REJECT", ["opposition"], []),
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
    # a phrase no actor stands for leaves the target open ("called on ministers to act": the government); a hostile
    # source thanking someone takes no opponent ("thanked the mediators")
    events = [
        ev("e1", "ACCUSE", ["hamas"], ["israel"]),
        ev("e2", "SUPPORT", ["hamas"], [], target="the mediators"),
        ev("e3", "REQUEST", ["hamas"], [], target="ministers"),
    ]
    assert implied_targets(events, TYPES) == {"e3": "israel"}


def test_a_cooperative_act_takes_a_partner_and_a_hostile_one_an_opponent():
    # the EU sanctioned Russia and agreed a deal with Ukraine; later "EU ministers agreed to extend the mission"
    events = [
        ev("e1", "SANCTION", ["eu"], ["russia"]),
        ev("e2", "ACCUSE", ["eu"], ["russia"]),
        ev("e3", "AGREE", ["eu"], ["ukraine"]),
        ev("e4", "AGREE", ["eu"], []),
        ev("e5", "THREATEN", ["eu"], []),
    ]
    assert implied_targets(events, TYPES) == {"e4": "ukraine", "e5": "russia"}
    # with hostile pairs only, an agreement implies no one
    hostile = [ev("e1", "ACCUSE", ["eu"], ["russia"]), ev("e2", "SUPPORT", ["eu"], [])]
    assert implied_targets(hostile, TYPES) == {}


def test_an_implied_target_is_never_one_of_the_sources():
    events = [
        ev("e1", "AGREE", ["minister_a"], ["minister_b"]),
        ev("e2", "ACCUSE", ["minister_a"], ["cartel"]),
        ev("e3", "REQUEST", ["minister_a", "minister_b"], []),
    ]
    assert implied_targets(events, TYPES) == {"e3": "cartel"}


def test_events_without_a_source_imply_nothing_and_filled_targets_do_not_feed_others():
    events = [
        ev("e1", "REQUEST", [], []),
        ev("e2", "ACCUSE", ["a"], ["b"]),
        ev("e3", "REJECT", ["b"], []),
        ev("e4", "REQUEST", ["c"], []),
    ]
    # e3 gets a (its only stated pair); c has no stated pair, and e3's implied target does not count as one
    assert implied_targets(events, TYPES) == {"e3": "a"}
    assert counterpart(["c"], [("a", "b", "ACCUSE")], "REQUEST") is None


def test_a_state_is_never_the_implied_target_of_its_own_side():
    actors = {
        "ruritania": {"type": "GPE", "country": "MDA", "sector": None, "name": "Moldova"},
        "finance_minister": {"type": "PERSON", "country": "MDA", "sector": "GOV"},
        "attorney": {"type": "PERSON", "country": "MDA", "sector": None},
        "president": {"type": "PERSON", "country": None, "sector": "GOV"},
        "dockers_union": {"type": "ORG", "country": "MDA", "sector": "LAB"},
        "rebels": {"type": "ORG", "country": None, "sector": "REB"},
    }
    events = [
        ev("e2", "REQUEST", ["finance_minister"], ["ruritania"]),
        ev("e3", "REQUEST", ["finance_minister"], []),
        ev("e4", "REJECT", ["attorney"], ["ruritania"]),
        ev("e5", "REJECT", ["attorney"], []),
        # a leader the text gives no country may be the state's own ("Zelensky praised Ukraine's air force")
        ev("e6", "REQUEST", ["president"], ["ruritania"]),
        ev("e7", "REQUEST", ["president"], []),
        # a union or rebels may face their own state
        ev("e8", "PROTEST", ["dockers_union"], ["ruritania"]),
        ev("e9", "THREATEN", ["dockers_union"], []),
        ev("e10", "ACCUSE", ["rebels"], ["ruritania"]),
        ev("e11", "THREATEN", ["rebels"], []),
    ]
    assert implied_targets(events, TYPES, actors) == {"e9": "ruritania", "e11": "ruritania"}


def test_an_event_whose_clause_states_no_source_takes_no_implied_target():
    # "Eleven people had been prosecuted": the source was supplied, not stated
    events = [ev("e1", "ACCUSE", ["prosecutors"], ["smuggler"]), ev("e2", "ACCUSE", ["prosecutors"], [], text=None)]
    assert implied_targets(events, TYPES) == {}


def test_a_place_that_is_no_state_is_never_an_implied_target():
    actors = {
        "students": {"type": "NORP", "country": "SRB", "sector": "EDU", "name": "Serbian students"},
        "river": {"type": "GPE", "country": None, "sector": None, "name": "Danube"},
        "town": {"type": "GPE", "country": "SRB", "sector": None, "name": "Novi Sad"},
        "serbia": {"type": "GPE", "country": "SRB", "sector": None, "name": "Serbia"},
    }
    # the students blocked a bridge over the river and a road into the town; they then demanded ...
    events = [
        ev("e1", "PROTEST", ["students"], ["river"]),
        ev("e2", "PROTEST", ["students"], ["town"]),
        ev("e3", "REQUEST", ["students"], []),
    ]
    assert implied_targets(events, TYPES, actors) == {}
    events.append(ev("e4", "PROTEST", ["students"], ["serbia"]))
    assert implied_targets(events, TYPES, actors) == {"e3": "serbia"}


def crowd_ev(eid, etype, src, tgt, target, source="police", evidence="They were dispersed at the march."):
    return {**ev(eid, etype, src, tgt, source, target), "evidence": evidence}


ACTORS = {
    "union": {"type": "ORG", "sector": "LAB", "country": "GHA", "name": "Ghana Nurses Union"},
    "alliance": {"type": "ORG", "sector": None, "country": "GHA", "name": "Coastal Fishers Alliance"},
    "police": {"type": "ORG", "sector": "COP", "country": "GHA", "name": "Ghana Police Service"},
    "nurses": {"type": "NORP", "sector": "HLH", "country": "GHA", "name": "Ghanaian nurses"},
    "bank": {"type": "ORG", "sector": "BUS", "country": "GHA", "name": "Cedi Bank"},
    "mensah": {"type": "PERSON", "sector": None, "country": "GHA", "name": "Kofi Mensah"},
}
FORCE = frozenset({"ASSAULT", "COERCE", "RETREAT"})
WORDS = frozenset({"nurses", "nurse", "workers", "worker", "fishermen", "fisherman"})


def test_force_on_a_crowd_aims_at_the_organisation_leading_the_protests():
    # the nurses' union marched twice; police fired tear gas at hundreds of nurses and detained 40 people
    events = [
        ev("e1", "PROTEST", ["union"], []),
        ev("e2", "PROTEST", ["union"], ["mensah"]),
        crowd_ev("e3", "ASSAULT", [], ["nurses"], "hundreds of nurses"),
        crowd_ev("e4", "COERCE", ["police"], [], "40 people"),
        crowd_ev("e5", "RETREAT", ["police"], [], "12 of the detained nurses"),
    ]
    assert crowd_organisers(events, FORCE, ACTORS, WORDS) == {"e3": "union", "e4": "union", "e5": "union"}


def test_a_named_target_a_non_state_source_or_no_crowd_keeps_its_target():
    events = [
        ev("e1", "PROTEST", ["alliance"], []),
        crowd_ev("e2", "COERCE", ["police"], ["mensah"], "Kofi Mensah"),  # a named person
        crowd_ev("e3", "COERCE", ["bank"], [], "200 workers", "the bank"),  # a firm's lockout is no state force
        crowd_ev("e4", "COERCE", ["police"], [], "the harbour"),  # no crowd
        crowd_ev("e5", "ACCUSE", ["police"], [], "hundreds of fishermen"),  # words, no force
    ]
    assert crowd_organisers(events, FORCE, ACTORS, WORDS) == {}


def test_no_organiser_without_a_protest_by_an_organisation_or_on_a_tie():
    force = crowd_ev("e9", "COERCE", ["police"], [], "hundreds of workers")
    by_a_group = [ev("e1", "PROTEST", ["nurses"], []), force]  # a social group, no organisation
    tie = [ev("e1", "PROTEST", ["union"], []), ev("e2", "PROTEST", ["alliance"], []), force]
    by_a_state_body = [ev("e1", "PROTEST", ["police"], []), force]
    for events in (by_a_group, tie, by_a_state_body):
        assert crowd_organisers(events, FORCE, ACTORS, WORDS) == {}


def test_a_boycott_leads_no_crowd_and_suspects_are_no_crowd():
    force = crowd_ev("e9", "COERCE", ["police"], [], "hundreds of workers")
    boycott = {**ev("e1", "PROTEST", ["union"], []), "trigger": "boycotted"}
    assert crowd_organisers([boycott, force], FORCE, ACTORS, WORDS) == {}
    march = {**ev("e1", "PROTEST", ["union"], []), "trigger": "marched"}
    suspects = crowd_ev("e8", "COERCE", ["police"], [], "five suspected members of a smuggling ring")
    assert crowd_organisers([march, force, suspects], FORCE, ACTORS, WORDS) == {"e9": "union"}


def test_only_a_states_force_at_home_acts_on_the_organisers_crowd():
    march = {**ev("e1", "PROTEST", ["union"], []), "trigger": "marched"}
    actors = {
        **ACTORS,
        "steelco": {"type": "ORG", "sector": None, "country": "GHA", "name": "Volta Steel"},
        "army": {"type": "ORG", "sector": "MIL", "country": "GHA", "name": "Ghana Armed Forces"},
        "peru_police": {"type": "ORG", "sector": "COP", "country": "PER", "name": "Peruvian National Police"},
    }
    events = [
        march,
        crowd_ev("e2", "ASSAULT", [], [], "12 people", source="Gunmen"),  # an armed group, unnamed
        crowd_ev("e3", "ASSAULT", [], [], "dozens of people", source=None),  # no source: anyone's
        crowd_ev("e4", "ASSAULT", ["steelco"], [], "dozens of workers", source="the company"),  # a firm, no sector
        {**crowd_ev("e5", "COERCE", ["peru_police"], [], "200 students"), "source_country": "PER"},  # abroad
        crowd_ev("e6", "COERCE", [], [], "40 Afghan migrants", source="the coast guard"),  # no protest's crowd
        crowd_ev("e7", "COERCE", [], [], "63 people", source=None),  # detained: a state's act
        crowd_ev("e8", "ASSAULT", ["army"], [], "hundreds of workers", source="soldiers"),
    ]
    assert crowd_organisers(events, FORCE, actors, WORDS) == {"e7": "union", "e8": "union"}


def test_a_boycott_told_with_a_light_verb_leads_no_crowd():
    boycott = {**ev("e1", "PROTEST", ["union"], []), "trigger": "staged", "evidence": "The union staged a boycott."}
    force = crowd_ev("e9", "COERCE", ["police"], [], "30 people")
    assert crowd_organisers([boycott, force], FORCE, ACTORS, WORDS) == {}


def test_force_on_people_outside_any_protest_keeps_its_target():
    # the union marched; elsewhere soldiers killed people in an ambush and police shot robbers: no protest's crowd
    march = {**ev("e1", "PROTEST", ["union"], []), "trigger": "marched"}
    ambush = crowd_ev("e2", "ASSAULT", [], [], "15 people", "soldiers", "Soldiers killed 15 people in an ambush.")
    robbery = crowd_ev("e3", "ASSAULT", [], [], "three people", "police", "Police shot three people in a robbery.")
    assert crowd_organisers([march, ambush, robbery], FORCE, ACTORS, WORDS) == {}


def test_an_organiser_with_no_country_is_at_home_where_its_protests_are():
    actors = {**ACTORS, "front": {"type": "ORG", "sector": "LAB", "country": None, "name": "Teachers Front"}}
    march = {**ev("e1", "PROTEST", ["front"], []), "trigger": "marched", "source_country": "KEN"}
    abroad = {**crowd_ev("e2", "ASSAULT", [], [], "hundreds of students"), "source_country": "UGA"}
    home = {**crowd_ev("e3", "ASSAULT", [], [], "hundreds of teachers"), "source_country": "KEN"}
    assert crowd_organisers([march, abroad, home], FORCE, actors, WORDS | {"students", "teachers"}) == {"e3": "front"}


def test_the_month_march_and_a_military_strike_are_no_protest_words():
    march = {**ev("e1", "PROTEST", ["union"], []), "trigger": "marched"}
    month = crowd_ev("e2", "ASSAULT", [], [], "15 people", "police", "In March, police killed 15 people in a shootout.")
    strike = crowd_ev(
        "e3", "ASSAULT", [], [], "20 people", "soldiers", "After a strike by bandits, soldiers killed 20 people."
    )
    picket = crowd_ev(
        "e4", "COERCE", [], [], "12 people", "police", "Police arrested 12 striking workers and 12 people."
    )
    assert crowd_organisers([march, month, strike, picket], FORCE, ACTORS, WORDS) == {"e4": "union"}
