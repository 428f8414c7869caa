"""Events and claims: one PLOVER-coded event per predicate, with its actors, date and evidence.

Triggers are verbs (by lemma) and a few event nouns ("meeting", "invasion", "sanctions");
light verbs ("provide", "express", "hold", "impose", "send", "pledge") take the type of
their object noun ("pledged support" -> SUPPORT, "imposed sanctions" -> SANCTION). The
lexicon follows the PLOVER codebook's definitions and the CAMEO->PLOVER table (e.g. release
and surrender are RETREAT, strikes and boycotts are PROTEST, expelling and suspending are
SANCTION); it is data, in pipeline/data/: events_verbs.tsv, events_nouns.tsv, the verbs whose
object decides their reading (events_object_readings.tsv: "lifted sanctions" is RETREAT),
phrasal verbs (events_particles.tsv: "called on", "cracked down") and the word classes the
rules below name (events_word_classes.tsv: light verbs, intention and refusal heads, reporting
verbs, place nouns ...).

Arguments come from the dependency parse: source = subject (the agent in the passive,
inherited through "vowed to" / coordination), target = object or the object of a
fitting preposition ("met with", "called on", "sanctions against"); "a meeting between
X and Y" gives both. Each argument resolves to actor mentions: the mention at the head,
else the mentions in its phrase (persons first), with compound actors kept
("China and Kazakhstan"). A demonym on an agent noun ("Kazakh authorities") stands for
its state. Events with no actor at all are not written.

Argument roles: a place that is no state (a town, a region, a building) is never the source, nor the target
of a locative phrase ("met in Geneva"); a state or a capital standing for its government is an actor, as CAMEO
codes them ("Beijing said", "troops arrived in Bosnia"). A coordinated subject of a symmetric or reciprocal
predicate gives both sides ("X and Y met / signed": X -> Y). Personal pronouns resolve to an actor named in
their sentence or the one before that is no place; relative pronouns to the noun their clause describes;
"neither", "all", "what" to nobody. Senses: readings that are no interaction code nothing ("pleaded guilty",
"a coalition called X", "warned that profits would fall", an event word inside a name such as "Live Aid").

Each event also records negation, modality (asserted / intended / future /
hypothetical), whether it is a reported claim (inside a quote, or under a reporting
verb) and by whom, and its date: an expression attached to the predicate or the only
date in the sentence, else the publication date (`date_source` says which). How far the
rules climb the parse is set in pipeline.config.EventsSettings.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages import coder, event_dates, groups, lexicon, sectors
from pipeline.stages.actors import (
    body_word,
    dateline_country,
    document_country,
    honorific,
    place_nouns,
    state_offices,
    title_words,
)
from pipeline.stages.coref import (
    PRONOUNS_PLURAL,
    mention_for_token,
    mention_gender,
    mention_head,
    mentions_in_subtree,
    mentions_starting,
    noun_gender,
    pronoun_gender,
    pronoun_kinds,
    resolve_pronoun,
    window_start,
)
from pipeline.stages.dates.tokens import in_quotation
from pipeline.stages.descriptions import (
    ACTING_ONLY,
    MEMBER_NOUNS,
    armed_group,
    based_in,
    common_noun,
    description_kinds,
    is_force_post,
    resolve_description,
    resolve_force_post,
    resolve_members,
    resolve_members_of,
    resolve_plural_description,
    state_named,
    state_or_people,
)
from pipeline.stages.lexicon import data_rows, word_sets
from pipeline.stages.parse import doc_cache, sents_of, text_of
from pipeline.stages.records import DroppedEvent, Event, Mention, Quote
from pipeline.stages.relevance import document_topic, is_state, political, political_document, sporting_body

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pipeline.stages.dates import DateMention  # the dates stage's record

Code = tuple[str, str | None]  # (PLOVER type, mode)

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE", "ASSAULT"}
TARGET_PREPS = {"to", "with", "against", "on", "at", "for", "from", "toward", "towards", "into", "in"}
HYPOTHETICAL = {"would", "could", "may", "might", "should", "can", "must"}
CONDITION_MARKS = {"if", "unless"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
PLURAL_FIRST_PERSON = {"we", "us", "our"}
# "called X": the small model often parses the object of "call" as an object predicate (oprd)
OBJECT_DEPS = {"dobj", "oprd"}
# Named entities whose words are names, not events ("Live Aid", "Operation Protective Edge")
NAME_ENTITIES = {"ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "LAW", "PERSON", "GPE", "LOC", "NORP"}
# Pronouns resolved to an earlier actor mention; relative pronouns take the noun their clause describes; other
# pronouns ("neither", "all", "what") name no actor
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "himself", "herself"}
PERSONAL_PRONOUNS |= {"itself", "themselves"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# "any foreign national can be detained", "every protester", "no government": people in general, no side of an event
GENERIC_DETERMINERS = {"any", "every", "no", "each"}
# Prepositions that place an event: "in Dili", "near the town of Samarra", "at a jail in Dili"
# verbs a body does on its own when it sits: "the cabinet discussed", "the board meets in April"
SITTING_VERBS = {"discuss", "meet", "convene", "gather", "debate", "deliberate"}
CLAIM_REJECTING = {"reject", "dismiss", "refute", "rebut", "dispute", "brush"}
ASSERTIONS = {"allegation", "accusation", "claim", "report", "rumour", "rumor", "story", "speculation"}
ROUTE_PREPS = {"between", "to", "from"}
PROMISES = {"promise", "pledge", "vow"}
ORDINAL_WORDS = {"first", "second", "third", "last", "only", "next", "latest"}
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})  # "wo" is "won't" split
SITTING_NOUNS = {"meeting", "call", "session", "conference", "gathering", "assembly", "hearing"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"}


@dataclass(frozen=True)
class EventLexicon:
    """The event words of pipeline/data/events_*.tsv (see their header comments)."""

    verbs: dict[str, Code]  # verb lemma -> code
    nouns: dict[str, Code]  # event noun -> code
    object_readings: dict[str, dict[str, str]]  # verb -> object word ("_": any) -> type
    particles: dict[str, list[tuple[str | None, Code]]]  # verb -> [(particle or None: any object, code)], in order
    light_verbs: frozenset[str]
    light_only_nouns: frozenset[str]
    requested_things: frozenset[str]
    intent_heads: frozenset[str]
    attempt_heads: frozenset[str]
    negating_heads: frozenset[str]
    claim_verbs: frozenset[str]
    disposition_passives: frozenset[str]
    place_nouns: frozenset[str]
    site_nouns: frozenset[str]
    reciprocal_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    forecast_verbs: frozenset[str]
    question_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    outsider_nouns: frozenset[str]
    qualified_agent_nouns: frozenset[str]
    showing_verbs: frozenset[str]
    contest_words: frozenset[str]
    wish_adverbs: frozenset[str]
    aptitude_adjectives: frozenset[str]
    need_adjectives: frozenset[str]
    speaking_verbs: frozenset[str]
    state_nouns: frozenset[str]
    participation_verbs: frozenset[str]
    participation_nouns: frozenset[str]
    assembly_verbs: frozenset[str]
    onlooker_nouns: frozenset[str]
    onlooker_purpose_verbs: frozenset[str]
    non_state_modifiers: frozenset[str]
    detaining_authorities: frozenset[str]
    home_justice_nouns: frozenset[str]
    authored_nouns: frozenset[str]
    circumstance_preps: frozenset[str]
    threat_nouns: frozenset[str]
    penalty_words: frozenset[str]
    describing_verbs: frozenset[str]
    actor_object_verbs: frozenset[str]
    verbal_attack_verbs: frozenset[str]
    head_object_verbs: frozenset[str]
    media_nouns: frozenset[str]
    amount_nouns: frozenset[str]
    increase_nouns: frozenset[str]
    media_names: frozenset[str]
    leaving_verbs: frozenset[str]
    quantity_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    wish_verbs: frozenset[str]
    kin_nouns: frozenset[str]
    raising_passives: frozenset[str]
    force_words: frozenset[str]
    harm_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    verbal_attack_adjectives: frozenset[str]
    troop_nouns: frozenset[str]
    perpetrator_words: frozenset[str]
    stateless_agent_nouns: frozenset[str]
    claimed_attack_nouns: frozenset[str]
    generic_attack_nouns: frozenset[str]
    abduction_words: frozenset[str]
    other_act_words: frozenset[str]
    spoken_act_nouns: frozenset[str]
    passive_object_verbs: frozenset[str]
    spokesperson_nouns: frozenset[str]
    state_organ_words: frozenset[str]
    patient_nouns: frozenset[str]
    object_verbs: frozenset[str]
    recipient_verbs: frozenset[str]
    statement_verbs: frozenset[str]
    request_frame_verbs: frozenset[str]
    meeting_light_verbs: frozenset[str]
    circumstance_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    capability_nouns: frozenset[str]
    manner_nouns: frozenset[str]
    government_nouns: frozenset[str]
    critic_nouns: frozenset[str]
    decision_nouns: frozenset[str]
    reaction_verbs: frozenset[str]
    supplying_verbs: frozenset[str]
    aid_recipient_nouns: frozenset[str]
    supply_nouns: frozenset[str]
    cessation_verbs: frozenset[str]
    dismissal_verbs: frozenset[str]
    state_on_verbs: frozenset[str]
    state_place_nouns: frozenset[str]
    partnered_nouns: frozenset[str]
    joint_process_nouns: frozenset[str]
    removal_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    leaving_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    drawing_verbs: frozenset[str]
    state_act_verbs: frozenset[str]
    charge_verbs: frozenset[str]
    state_granted_nouns: frozenset[str]
    disciplinary_charge_words: frozenset[str]
    armament_nouns: frozenset[str]
    answering_verbs: frozenset[str]
    organising_verbs: frozenset[str]
    protest_forms: frozenset[str]
    protest_people: frozenset[str]
    held_people: frozenset[str]
    state_asset_nouns: frozenset[str]
    office_verbs: frozenset[str]
    visit_host_verbs: frozenset[str]
    happening_nouns: frozenset[str]
    avoiding_verbs: frozenset[str]
    release_nouns: frozenset[str]
    travel_verbs: frozenset[str]
    occasion_nouns: frozenset[str]
    closure_verbs: frozenset[str]
    personal_state_organs: frozenset[str]
    side_member_nouns: frozenset[str]
    persisting_verbs: frozenset[str]
    suffered_harm_verbs: frozenset[str]
    mission_nouns: frozenset[str]
    expectation_verbs: frozenset[str]
    generic_act_verbs: frozenset[str]
    disapproval_words: frozenset[str]
    generic_act_nouns: frozenset[str]
    opposing_verbs: frozenset[str]
    dissuading_verbs: frozenset[str]
    granting_verbs: frozenset[str]
    permission_nouns: frozenset[str]
    trade_measure_nouns: frozenset[str]
    pair_person_nouns: frozenset[str]
    pair_state_nouns: frozenset[str]
    causative_verbs: frozenset[str]
    prospect_heads: frozenset[str]
    public_nouns: frozenset[str]
    text_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    exercise_nouns: frozenset[str]
    joint_words: frozenset[str]
    alliance_nouns: frozenset[str]
    directed_verbs: frozenset[str]
    likelihood_heads: frozenset[str]


@functools.cache
def event_lexicon() -> EventLexicon:
    """The event lexicon, read once."""
    readings: dict[str, dict[str, str]] = {}
    for r in data_rows("events_object_readings.tsv"):
        readings.setdefault(r["verb"], {})[r["object"]] = r["type"]
    particles: dict[str, list[tuple[str | None, Code]]] = {}
    for r in data_rows("events_particles.tsv"):
        particles.setdefault(r["verb"], []).append((r["particle"], (r["type"], r["mode"])))
    word_classes = word_sets("events_word_classes.tsv", group="class")

    def words(word_class: str) -> frozenset[str]:
        return word_classes.get(word_class, frozenset())

    return EventLexicon(
        verbs={r["lemma"]: (r["type"], r["mode"]) for r in data_rows("events_verbs.tsv")},
        nouns={r["noun"]: (r["type"], r["mode"]) for r in data_rows("events_nouns.tsv")},
        object_readings=readings,
        particles=particles,
        light_verbs=words("light_verb"),
        light_only_nouns=words("light_only_noun"),
        requested_things=words("requested_thing"),
        intent_heads=words("intent_head"),
        attempt_heads=words("attempt_head"),
        causative_verbs=words("causative_verb"),
        prospect_heads=words("prospect_head"),
        public_nouns=words("public_noun"),
        text_nouns=words("text_noun"),
        issuing_verbs=words("issuing_verb"),
        exercise_nouns=words("exercise_noun"),
        joint_words=words("joint_word"),
        alliance_nouns=words("alliance_noun"),
        directed_verbs=words("directed_verb"),
        likelihood_heads=words("likelihood_head"),
        negating_heads=words("negating_head"),
        claim_verbs=words("claim_verb"),
        disposition_passives=words("disposition_passive"),
        place_nouns=words("place_noun"),
        site_nouns=words("site_noun"),
        reciprocal_verbs=words("reciprocal_verb"),
        naming_verbs=words("naming_verb"),
        forecast_verbs=words("forecast_verb"),
        question_verbs=words("question_verb"),
        agent_nouns=words("agent_noun"),
        outsider_nouns=words("outsider_noun"),
        qualified_agent_nouns=words("qualified_agent_noun"),
        showing_verbs=words("showing_verb"),
        contest_words=words("contest_word"),
        wish_adverbs=words("wish_adverb"),
        aptitude_adjectives=words("aptitude_adjective"),
        need_adjectives=words("need_adjective"),
        speaking_verbs=words("speaking_verb"),
        state_nouns=words("state_noun"),
        participation_verbs=words("participation_verb"),
        participation_nouns=words("participation_noun"),
        assembly_verbs=words("assembly_verb"),
        onlooker_nouns=words("onlooker_noun"),
        onlooker_purpose_verbs=words("onlooker_purpose_verb"),
        non_state_modifiers=words("non_state_modifier"),
        detaining_authorities=words("detaining_authority"),
        home_justice_nouns=words("home_justice_noun"),
        authored_nouns=words("authored_noun"),
        circumstance_preps=words("circumstance_prep"),
        threat_nouns=words("threat_noun"),
        penalty_words=words("penalty_word"),
        describing_verbs=words("describing_verb"),
        actor_object_verbs=words("actor_object_verb"),
        verbal_attack_verbs=words("verbal_attack_verb"),
        head_object_verbs=words("head_object_verb"),
        media_nouns=words("media_noun"),
        amount_nouns=words("amount_noun"),
        increase_nouns=words("increase_noun"),
        media_names=words("media_name"),
        leaving_verbs=words("leaving_verb"),
        quantity_nouns=words("quantity_noun"),
        crowd_nouns=words("crowd_noun"),
        wish_verbs=words("wish_verb"),
        kin_nouns=words("kin_noun"),
        raising_passives=words("raising_passive"),
        force_words=words("force_word"),
        harm_verbs=words("harm_verb"),
        giving_verbs=words("giving_verb"),
        verbal_attack_adjectives=words("verbal_attack_adjective"),
        troop_nouns=words("troop_noun"),
        perpetrator_words=words("perpetrator_word"),
        stateless_agent_nouns=words("stateless_agent_noun"),
        claimed_attack_nouns=words("claimed_attack_noun"),
        generic_attack_nouns=words("generic_attack_noun"),
        abduction_words=words("abduction_word"),
        other_act_words=words("other_act_word"),
        spoken_act_nouns=words("spoken_act_noun"),
        passive_object_verbs=words("passive_object_verb"),
        spokesperson_nouns=words("spokesperson_noun"),
        state_organ_words=words("state_organ_word"),
        patient_nouns=words("patient_noun"),
        object_verbs=words("object_verb"),
        recipient_verbs=words("recipient_verb"),
        statement_verbs=words("statement_verb"),
        request_frame_verbs=words("request_frame_verb"),
        meeting_light_verbs=words("meeting_light_verb"),
        circumstance_nouns=words("circumstance_noun"),
        claim_nouns=words("claim_noun"),
        capability_nouns=words("capability_noun"),
        manner_nouns=words("manner_noun"),
        government_nouns=words("government_noun"),
        critic_nouns=words("critic_noun"),
        decision_nouns=words("decision_noun"),
        reaction_verbs=words("reaction_verb"),
        supplying_verbs=words("supplying_verb"),
        aid_recipient_nouns=words("aid_recipient_noun"),
        supply_nouns=words("supply_noun"),
        cessation_verbs=words("cessation_verb"),
        dismissal_verbs=words("dismissal_verb"),
        state_on_verbs=words("state_on_verb"),
        state_place_nouns=words("state_place_noun"),
        partnered_nouns=words("partnered_noun"),
        joint_process_nouns=words("joint_process_noun"),
        removal_verbs=words("removal_verb"),
        transfer_verbs=words("transfer_verb"),
        leaving_nouns=words("leaving_noun"),
        receiving_verbs=words("receiving_verb"),
        drawing_verbs=words("drawing_verb"),
        state_act_verbs=words("state_act_verb"),
        charge_verbs=words("charge_verb"),
        state_granted_nouns=words("state_granted_noun"),
        disciplinary_charge_words=words("disciplinary_charge_word"),
        armament_nouns=words("armament_noun"),
        answering_verbs=words("answering_verb"),
        organising_verbs=words("organising_verb"),
        protest_forms=words("protest_form"),
        protest_people=words("protest_people"),
        held_people=words("held_person"),
        state_asset_nouns=words("state_asset_noun"),
        office_verbs=words("office_verb"),
        visit_host_verbs=words("visit_host_verb"),
        happening_nouns=words("happening_noun"),
        avoiding_verbs=words("avoiding_verb"),
        release_nouns=words("release_noun"),
        travel_verbs=words("travel_verb"),
        occasion_nouns=words("occasion_noun"),
        closure_verbs=words("closure_verb"),
        personal_state_organs=words("personal_state_organ"),
        side_member_nouns=words("side_member_noun"),
        persisting_verbs=words("persisting_verb"),
        suffered_harm_verbs=words("suffered_harm_verb"),
        mission_nouns=words("mission_noun"),
        expectation_verbs=words("expectation_verb"),
        generic_act_verbs=words("generic_act_verb"),
        disapproval_words=words("disapproval_word"),
        generic_act_nouns=words("generic_act_noun"),
        opposing_verbs=words("opposing_verb"),
        dissuading_verbs=words("dissuading_verb"),
        granting_verbs=words("granting_verb"),
        permission_nouns=words("permission_noun"),
        trade_measure_nouns=words("trade_measure_noun"),
        pair_person_nouns=words("pair_person_noun"),
        pair_state_nouns=words("pair_state_noun"),
    )


ROUTE_WHERE = frozenset({"through", "along"})  # "marched through Minsk": where, as a locative says


def location_country(tok: Token) -> str | None:
    """The country of the place a locative phrase of the predicate, its subject or its object names ("rioted
    at a jail in Dili", "a bombing near the town of Samarra killed", "marched through Minsk"); None when there is
    none. Places inside other phrases ("in reaction to events in China") do not locate the event."""
    from pipeline.stages.actors import _entity_text, country_for_place

    place_nouns = event_lexicon().place_nouns
    for h in _located_heads(tok):
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE | ROUTE_WHERE:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not (
                    pobj.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or pobj.lemma_.lower() in place_nouns
                ):
                    continue
                for p in pobj.subtree:
                    if p.ent_type_ in ("GPE", "LOC", "FAC", "NORP") and p.ent_iob_ == "B":  # NORP: a town misread
                        code, _ = country_for_place(_entity_text(p))
                        if code:
                            return code
    return None


def _located_heads(tok: Token) -> list:
    """The predicate, its subject and object (and those of its complement), and what they are "of" ("the deputy
    chief of Israel's militia ally in southern Lebanon"): the words a locative phrase may hang on."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "advcl")]
    heads += [g for h in heads[1:] if h.dep_ in ("xcomp", "advcl") for g in h.children if g.dep_ in ("dobj",)]
    for h in list(heads[1:]):
        for _ in range(settings().events.location_of_steps):
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            h = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if h is None:
                break
            heads.append(h)
    return heads


def source_country(source_countries: list[str | None], location: str | None) -> tuple[str | None, str | None]:
    """(country, basis) of an event's source: the first source actor's country the text places ('actor'); when
    no source is placed (an unnamed or unplaced actor: "prisoners rioted in Dili"), the country where the
    event happens, as CAMEO codes unidentified actors ('location')."""
    placed = next((c for c in source_countries if c), None)
    if placed:
        return placed, "actor"
    return (location, "location") if location else (None, None)


# ---------------------------------------------------------------------------
# Coding a predicate


PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "over", "in"})


def _particle_code(tok: Token, lex: EventLexicon) -> Code | None:
    """Phrasal verbs: a particle or preposition right after the verb ("called on", "asked for") or a word of
    its object ("cut ties"), tried in table order."""
    particle_codes = lex.particles.get(tok.lemma_.lower(), ())
    if not particle_codes:
        return None
    # a particle wherever it stands ("called the strike off", "set a bomb off"); a preposition right after the verb
    prts = {
        c.lower_ for c in tok.children if (c.dep_ == "prep" and c.i == tok.i + 1) or c.dep_ in OBJECT_DEPS | {"prt"}
    }
    # the noun of a preposition right after the verb: "took to the streets" ("to streets")
    prts |= {
        g.lower_ for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 for g in c.children if g.dep_ == "pobj"
    }
    # "with" says the partner wherever it stands: "spoke by phone with X", "worked closely with Y"
    prts |= {c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"}
    prts |= _left_words(tok)  # "pulled out of the talks": what is left works as the object
    # "out" or "of" right after the object: "drove the villagers out of their homes", "stripped X of his licence"
    after_object = {o.right_edge.i + 1 for o in tok.children if o.dep_ in OBJECT_DEPS}
    prts |= {c.lower_ for c in tok.children if c.dep_ == "prep" and c.i in after_object and c.lower_ in ("out", "of")}
    # "into" and its noun right after the object: "took three activists into custody"
    prts |= {
        w
        for c in tok.children
        if c.dep_ == "prep" and c.i in after_object and c.lower_ == "into"
        for w in (c.lower_, *(g.lower_ for g in c.children if g.dep_ == "pobj"))
    }
    # a particle the parse read as an adverb after the object: "pulled its troops back", "called the strike off"
    prts |= {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.i in after_object and c.lower_ in PARTICLES}
    # "let free", "set free": a complement right after the verb works as its particle
    prts |= {c.lower_ for c in tok.children if c.i == tok.i + 1 and c.dep_ in ("ccomp", "xcomp", "acomp", "advmod")}
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    if nxt is not None and nxt.dep_ == "amod" and any(o.is_ancestor(nxt) for o in objects):
        prts.add(nxt.lower_)  # "set free eleven journalists", parsed as the object's adjective
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "mark" and tok.doc[tok.i + 1].head.head.i == tok.i:
        prts.add(tok.doc[tok.i + 1].lower_)  # "called for the embargo to be lifted": "for" marks the clause
    for prt, code in particle_codes:
        if all(w in prts for w in prt.split()) if prt else True:
            if prt is None and not any(c.dep_ in OBJECT_DEPS for c in tok.children):
                continue
            return code
    return None


def _left_words(tok: Token) -> set[str]:
    """What a verb of leaving leaves, named by its "from" / "out of" phrase ("withdrew from the treaty", "pulled out
    of the talks"): the phrase's noun and lemma."""
    out: set[str] = set()
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [
        g
        for c in tok.children
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away")
        for g in c.children
        if g.dep_ == "prep"
    ]
    for c in preps:
        if c.lower_ in ("from", "of"):
            out |= {w for g in c.children if g.dep_ == "pobj" for w in (g.lower_, g.lemma_.lower())}
    return out


def _object_reading(tok: Token, obj: Token | None, readings: dict[str, str]) -> Code | None:
    """The reading the verb's object, complement or particle selects ("lifted sanctions" -> RETREAT, "pleaded
    guilty" -> NONE); the specific words first, then "_" (any object or particle)."""
    # the object, or the passive subject ("sanctions were lifted", "the single was released")
    words = {c.lower_ for c in tok.children if c.dep_ in OBJECT_DEPS | {"prt", "acomp", "nsubjpass"}}
    words |= {c.lower_ for c in _small_clauses(tok)}  # "found the commander guilty"
    # "agreed on a ceasefire", "agreed to a trade deal": the object of the verb's own "to" / "on" phrase; the means
    # of "by" / "over" ("spoke by phone", "talked over the telephone")
    for c in tok.children:
        # "by" of an active verb parsed as a passive's agent ("X and his counterpart, Y, spoke by telephone")
        if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "on", "by", "over") and c.i > tok.i:
            for g in c.children:
                if g.dep_ == "pobj":
                    words |= {g.lower_, g.lemma_.lower()} | {x.lower_ for x in g.children if x.dep_ == "compound"}
            if c.i + 1 < len(tok.doc):
                words.add(tok.doc[c.i + 1].lower_)  # "put its navy on standby", the noun parsed as a verb
    words |= {c.lemma_.lower() for c in tok.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}}
    words |= {k for c in tok.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"} for k in _hyphen_keys(c)}
    words |= _left_words(tok)  # "withdrew from the treaty"
    words |= {c.lower_ for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1}  # "fired at protesters"
    if _passive_participle(tok):  # "figures released by the Cabinet Office": the noun it describes
        words |= {tok.head.lower_, tok.head.lemma_.lower()}
    if obj is not None:
        words |= {c.lower_ for c in obj.children if c.dep_ in ("compound", "prep")}
        words |= {g.lower_ for c in obj.children if c.dep_ == "prep" for g in c.children}
    # the object's conjuncts too; troops among them make a deployment ("sent tanks and extra troops to the border")
    listed = {w for c in (obj.conjuncts if obj is not None else ()) for w in (c.lower_, c.lemma_.lower())}
    if any(readings.get(w) == "MOBILIZE" for w in listed):
        return ("MOBILIZE", None)
    for w in sorted(words) + sorted(listed):
        if w in readings and w != "_":
            return (readings[w], None)
    if "_" in readings and (obj is not None or any(c.dep_ == "prt" for c in tok.children)):
        return (readings["_"], None)
    return None


def _light_verb_code(tok: Token, lex: EventLexicon) -> Code | None:
    """A light verb takes the type of its object noun, or of a compound on it ("launched a mediation effort"). A
    light verb of intent ("offered help", "promised talks") with a cooperative noun expresses the intention to do it:
    AGREE (CAMEO 03x); a pledge of support is support itself ("pledged full support for the plan": SUPPORT), as
    news-event annotators read it."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in lex.amount_nouns | lex.increase_nouns:
        # "began a new round of joint exercises", "staged a series of strikes": the noun after the amount; "announced
        # an increase in funding": the noun increased
        preps = ("of",) if obj.lemma_.lower() in lex.amount_nouns else ("in", "of")
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in preps), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), obj) if of is not None else obj
    heads = [obj, *_shared_head(obj)] if obj is not None else []  # "expand trade and investment ties": the ties
    for cand in [h for head in heads for h in (head, *(c for c in head.children if c.dep_ == "compound"))]:
        for key in (*_modified_keys(cand), cand.lemma_.lower(), cand.lower_):
            if key in lex.nouns:
                if key in lex.partnered_nouns and not _partnered(tok, cand):
                    continue  # "improve transport links", "race relations": no one on the other side
                code = lex.nouns[key]
                if tok.lemma_.lower() in lex.meeting_light_verbs and code[0] != "CONSULT":
                    return None  # "had talks"; not "had broken promises", "has six developers"
                if tok.lemma_.lower() in lex.intent_heads and code[0] in COOPERATIVE - {"SUPPORT"}:
                    return ("AGREE", None)
                if tok.lemma_.lower() in lex.intent_heads and code[0] == "ACCUSE":
                    return ("AGREE", None)  # "promised an inquiry into his death": a promise to look into it
                return code
    return None


def _shared_head(obj: Token) -> list[Token]:
    """The noun a bare modifier shares with its conjunct ("trade and investment ties": trade ties and investment
    ties), as the parse hangs it: a bare singular object whose conjunct has a modifier of its own; none for two
    things ("impose costs or demands")."""
    if obj.tag_ != "NN" or any(c.dep_ in ("det", "amod", "poss", "compound") for c in obj.children):
        return []
    return [c for c in obj.conjuncts if any(m.dep_ == "compound" for m in c.children)]


def _partnered(verb: Token, noun: Token) -> bool:
    """A "with" or "between" phrase on the noun or its verb, or a nationality on the noun ("ties with Chile",
    "relations between X and Y", "Franco-German relations"): the noun names a tie between actors."""
    holders = (verb, noun)
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for h in holders for c in h.children):
        return True
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)


PERMISSION_VERBS = frozenset({"allow", "permit", "let", "authorise", "authorize"})
ENABLING_VERBS = frozenset({"help", "enable", "assist"})  # "helped Nepal rebuild bridges": Nepal is helped


def _permitted(tok: Token) -> Token | None:
    """The one a verb of permission lets act, or a verb of helping helps, the subject of its clause ("allow Germany
    to re-export", "let inspectors visit", "helped Nepal rebuild"), of the predicate itself or of the infinitive it
    governs ("refused to allow Germany to ...")."""
    for verb in [tok] + [c for c in tok.children if c.dep_ == "xcomp"]:
        if verb.lemma_.lower() not in PERMISSION_VERBS | ENABLING_VERBS:
            continue
        for clause in verb.children:
            if clause.dep_ in ("ccomp", "xcomp") and clause.pos_ in ("VERB", "AUX"):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    return subject
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and verb is not tok:
            return obj  # "refused to allow inspectors into the site"
    return None


def _small_clauses(tok: Token) -> list:
    """An adjective complement with its own subject: "found the commander guilty", "declared the vote void"."""
    return [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"]


def _modified_keys(tok: Token) -> list[str]:
    """A noun with its adjective or noun modifier, as the nouns table may list it ("legal action", "court
    battle"); first the whole word a hyphen joins the noun into, spelled with or without it ("sit-in", "cease-fire":
    the tokenizer splits them, leaving "in" and "fire" as the head)."""
    modified = [f"{c.lower_} {tok.lemma_.lower()}" for c in tok.children if c.dep_ in ("amod", "compound")]
    return _hyphen_keys(tok) + modified


def _hyphen_keys(tok: Token) -> list[str]:
    """The word a hyphen with no space around it makes of the token and the one before ("cease - fire" ->
    "cease-fire", "ceasefire"), with and without the hyphen; [] when the token ends no such word."""
    i, doc = tok.i, tok.doc
    if i < 2 or doc[i - 1].text not in ("-", "‐") or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    first = doc[i - 2].lower_
    return [f"{first}-{tok.lower_}", f"{first}{tok.lower_}", f"{first}{tok.lemma_.lower()}"]


def _condemning_naming(tok: Token, lex: EventLexicon) -> bool:
    """A naming verb with an object and a predicate that condemns it ("called the move unfriendly", "branded the
    sanctions illegal", "described the raid as a provocation": events_word_classes `disapproval_word`): a criticism
    of the object, not a name given."""
    if tok.lemma_.lower() not in lex.naming_verbs or tok.dep_ == "acl":
        return False
    # "branded [the sanctions unjustified]": the parse may make the object the subject of a small clause
    small = [c for c in tok.children if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children)]
    if not small and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
    preds += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    for c in tok.children:
        if c.dep_ == "dobj":  # "called the move unfriendly": the parse may hang the adjective on the object
            preds += [g for g in c.children if g.dep_ in ("amod", "oprd") and g.i > c.i]
    words = {w for p in preds for w in (p.lemma_.lower(), p.lower_)}
    words |= {g.lemma_.lower() for p in preds for g in p.children if g.dep_ in ("amod", "compound")}
    return bool(words & lex.disapproval_words)


def _naming(tok: Token, lex: EventLexicon) -> bool:
    """'a coalition called X', 'called the plan a disgrace': a naming verb as a participle on a noun, or with an
    object and its predicate, names; it does not interact."""
    if tok.lemma_.lower() not in lex.naming_verbs:
        return False
    deps = {c.dep_ for c in tok.children}
    # an object and its predicate; a lone "oprd" is the small model's usual parse of the person called on the phone
    if (tok.dep_ == "acl" and tok.tag_ == "VBN") or ("dobj" in deps and bool(deps & {"oprd", "xcomp"})):
        return True
    if "nsubjpass" in deps and deps & {"oprd", "attr", "xcomp"}:
        return True  # "the post was called Secretary of State": a name given
    if sum(c.dep_ in ("dobj", "dative") for c in tok.children) >= 2:
        return True  # "calling it a fairy tale", parsed with two objects: what it is called
    # "a chapter in the report, called the Operating Review": a participle after a comma, with no subject of its
    # own, names what comes before it
    after_comma = tok.i > 0 and tok.doc[tok.i - 1].text == ","
    own_subject = deps & {"nsubj", "nsubjpass", "aux", "auxpass"}
    return after_comma and tok.tag_ in ("VBN", "VBD") and not own_subject and bool(deps & {"oprd", "dobj", "attr"})


def _question(tok: Token, lex: EventLexicon) -> bool:
    """'asked Lula about the strike', 'asked whether Poland would ...': a question, not a request (which asks
    someone to do something, or for something)."""
    if tok.lemma_.lower() not in lex.question_verbs:
        return False
    children = list(tok.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    asks_about = any(c.dep_ == "prep" and c.lower_ == "about" for c in children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in children):
        return True  # "asking the critical questions"
    if not any(c.dep_ == "dobj" for c in children):
        rest = tok.doc[tok.i + 1 : tok.sent.end].text.rstrip(" \"'\u201d\u2019")
        if rest.endswith("?"):
            return True  # 'Mr X asked: "Would it not be ironic ...?"': a question put, not a request
    asks_whether = any(
        c.dep_ in ("ccomp", "advcl")
        and any(m.lower_ in ("if", "whether") or m.tag_ in ("WDT", "WP", "WRB") for m in c.children)
        for c in children
    )
    after = tok.right_edge.i + 1  # "heard asking X if he is ...": the parse hung the clause elsewhere
    right_after = after < len(tok.doc) and tok.doc[after].lower_ in ("if", "whether")
    return asks_about or asks_whether or right_after


def _withheld_statement(tok: Token, lex: EventLexicon) -> bool:
    """'declined to comment', 'refused to rule out a bid', 'would not confirm': refusing to say something is no
    interaction (CAMEO 011, a statement), unlike refusing to meet, pay or release."""
    if tok.lemma_.lower() not in lex.negating_heads:
        return False
    said = lex.statement_verbs | lex.claim_verbs

    def withheld(c: Token) -> bool:
        if c.lemma_.lower() == "answer":  # "refused to answer questions", not "refused to answer the summons"
            return any(o.dep_ == "dobj" and o.lemma_.lower() == "question" for o in c.children)
        return c.lemma_.lower() in said

    return any(c.dep_ == "xcomp" and withheld(c) for c in tok.children)


def _denial_of_a_claim(tok: Token, lex: EventLexicon) -> bool:
    """'denied the report', 'denies conspiring to commit fraud', 'denied that he had lied', 'rejected the allegation
    that ...': denying a claim is a statement, not a rejection; denying someone entry, a visa or permission is one
    (REJECT), and so is rejecting a proposal or a demand."""
    if tok.lemma_.lower() in CLAIM_REJECTING:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        # "rejected the allegation that ...", but not "rejected his proposal that Europe follow" nor
        # "the court rejected the claim filed by ..." (a lawsuit); a report or a claim its author's name owns ("rejected
        # a report by EU observers", "dismissed Amnesty's allegations") is rejected from that author: a REJECT
        return obj is not None and obj.lemma_.lower() in ASSERTIONS and not _authored(obj)
    if tok.lemma_.lower() != "deny":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "pcomp") or (c.dep_ == "dobj" and c.tag_ == "VBG") for c in tok.children):
        return True
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        # "the cuts, which the Tories deny", "a charge the government denies": the claim the clause describes
        return tok.dep_ == "relcl" or not any(c.dep_ in ("dative", "iobj") for c in tok.children)
    return obj.lemma_.lower() in lex.claim_nouns or (obj.lower_ in ("which", "that") and tok.dep_ == "relcl")


def _authored(noun: Token) -> bool:
    """A statement noun whose author a name gives: a possessive name ("Amnesty's report") or a "by" or "from" phrase
    holding a name ("a report by EU observers", "claims from the opposition party X")."""
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        kinds = ("ORG", "PERSON") if prep.lower_ == "from" else ("ORG", "GPE", "NORP", "PERSON")
        for g in prep.children:
            # "reports from Washington", "reports from Spain": where the reports come from, no author
            if g.dep_ == "pobj" and any(
                t.ent_type_ in kinds or (t.pos_ == "PROPN" and not t.ent_type_) for t in g.subtree
            ):
                return True
    return False


def _opinion(tok: Token) -> bool:
    """'I agree with Greg', 'agreed about what happened', 'agree that prices are high': sharing a view, no
    agreement to act (which has an infinitive, an object or an "on" / "to" phrase)."""
    if tok.lemma_.lower() != "agree":
        return False
    deps = {c.dep_ for c in tok.children}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if deps & {"xcomp", "dobj"} or preps & {"on", "to", "upon"}:
        return False
    speaker = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in tok.children)
    return "ccomp" in deps or bool(preps & {"with", "about"}) or speaker  # "I agree ..."


def _standing_by_words(tok: Token, lex: EventLexicon) -> bool:
    """'standing by his remarks', 'stood by her comments': keeping to what one said is a statement, not support."""
    if tok.lemma_.lower() != "stand":
        return False
    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    said = {"remark", "comment", "word", "statement"} | lex.claim_nouns
    return by is not None and any(g.dep_ == "pobj" and g.lemma_.lower() in said for g in by.children)


def _signed_person(tok: Token) -> bool:
    """'I'm signed here for this season', 'the striker was signed by Chelsea': a player or artist under contract."""
    if tok.lemma_.lower() != "sign":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and (subj.pos_ == "PRON" or subj.ent_type_ == "PERSON")


def _acknowledgement(tok: Token) -> bool:
    """'recognised that controls were essential', 'accepts that mistakes were made': acknowledging a statement is
    itself a statement, not recognition of a state or acceptance of a proposal."""
    if tok.lemma_.lower() not in ACKNOWLEDGING:
        return False
    deps = {c.dep_ for c in tok.children}
    stated = any(c.dep_ == "ccomp" and c.tag_ != "VBG" for c in tok.children)  # not "accept refugees fleeing"
    if tok.lemma_.lower() in ("assure", "reassure"):
        return stated  # "assured their people that ...": a statement to them
    return stated and not deps & {"dobj", "dative"}


def _state_participle(tok: Token) -> bool:
    """'he has since become withdrawn', 'the party seemed divided': a participle describing a state after a
    copular verb, no act."""
    if tok.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in COPULAS - {"get"} for c in tok.children):
        return True  # "has since become withdrawn", parsed as a passive
    return tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.lemma_.lower() in COPULAS


def _showing(tok: Token) -> bool:
    """'Demonstrate' in its sense of showing: with an object or a clause ("have demonstrated that we can win",
    "must demonstrate their commitment"), not a protest ("students demonstrated against the war")."""
    showing = event_lexicon().showing_verbs
    return tok.lemma_.lower() in showing and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)


def _asked(tok: Token) -> bool:
    """The verb of a direct question: its clause opens with the auxiliary before the subject and ends in a question
    mark ("Should the United Kingdom approve the treaty?", "Will Iran sign?"): what is asked, not what was done."""
    if tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next(
        (c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")), None
    )
    if subj is None or aux is None or aux.i > subj.i:
        return False
    end = max(t.i for t in tok.subtree)
    after = tok.doc[end + 1 : min(end + 3, len(tok.doc))]
    return any(t.text == "?" for t in after) or tok.doc[end].text == "?"


def _armament_read_as_verb(tok: Token, lex: EventLexicon) -> bool:
    """A bare verb conjoined to a noun with an arms noun right after it as its object ("reinforcements and attack
    helicopters"): the noun before a weapon, which the parse read as a verb."""
    if tok.tag_ != "VB" or tok.dep_ != "conj" or tok.head.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.head.i == tok.i and nxt.lemma_.lower() in lex.armament_nouns


def _verb_code(tok: Token, lex: EventLexicon) -> Code | None:
    """A verb's code: phrasal verb, object reading, light verb with its object noun, else its own."""
    lemma = tok.lemma_.lower()
    if _condemning_naming(tok, lex):
        return ("ACCUSE", None)  # "called the move unfriendly", "branded the sanctions illegal": a criticism
    if _naming(tok, lex) or _question(tok, lex) or _withheld_statement(tok, lex):
        return None
    if _denial_of_a_claim(tok, lex) or _state_participle(tok) or _acknowledgement(tok):
        return None
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "for" and tok.lower_ == "granted":
        return None  # "taken for granted"
    if _opinion(tok) or _signed_person(tok) or _standing_by_words(tok, lex) or _asked(tok) or _showing(tok):
        return None
    if tok.dep_ == "amod":
        return None  # "allied targets", "the detained men": a participle describing a noun, no act of the clause
    if _armament_read_as_verb(tok, lex):
        return None  # "sent reinforcements and attack helicopters": arms of a kind, parsed as a verb and its object
    if lemma in lex.intent_heads and any(c.dep_ == "xcomp" for c in tok.children):
        if (lex.verbs.get(lemma) or ("", None))[0] == "REQUEST":
            return None  # "the study sought to assess ...": an attempt; what is attempted is the event, if any
    if _dismissal(tok, lex):
        return ("SANCTION", None)  # "ordered the UN mission to leave", "told French diplomats to quit": expulsion
    if _ordered_closure(tok, lex):
        return ("COERCE", None)  # "ordered the newspaper to suspend publication": a restriction imposed (CAMEO 172)
    if lemma in lex.request_frame_verbs:
        deps = {c.dep_ for c in tok.children}
        infinitive = any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children)
        if "dobj" in deps and infinitive:
            if _forces_sent(tok):
                return ("MOBILIZE", None)  # "ordered 500 police officers to guard the mine": a deployment
            return ("REQUEST", None)  # "challenged the minister to resign", "told X to leave" (not "told us: ...")
        own = any(g.dep_ == "poss" and g.pos_ == "PRON" for c in tok.children if c.dep_ == "dobj" for g in c.children)
        if "dobj" in deps and _sent_back_to(tok) and not own:  # not "ordered his troops back to barracks"
            return ("REQUEST", None)  # "ordered the doctors back to work", "told the strikers back to their posts"
    code = _particle_code(tok, lex)
    if code is not None:
        return code
    obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
    if lemma == "invite" and obj is not None and obj.lemma_.lower() in lex.requested_things:
        return ("REQUEST", None)  # "invited troops from the CSTO": a request for help
    if lemma in lex.office_verbs and _person_acted_on(tok):
        return ("SANCTION", None)  # "sacked the interior minister", "Vrabel was dismissed on Tuesday"
    if lemma in lex.visit_host_verbs and _person_acted_on(tok):
        return ("CONSULT", "visit")  # "the president received the foreign minister"
    readings = lex.object_readings.get(lemma)
    if readings:
        code = _object_reading(tok, obj, readings)
        if code is not None:
            return code
    if lemma in lex.light_verbs:
        code = _light_verb_code(tok, lex)
        if code is not None:
            return code
    if lemma == "hold" and _held_in_detention(tok):
        return ("COERCE", None)  # "was held by police for ten days", "held the activist without charge"
    return lex.verbs.get(lemma)


WITHDRAWAL_VERBS = frozenset({"withdraw", "leave", "stop", "halt", "return", "pull", "cease", "retreat", "stand"})
# tasks forces are deployed for
SECURITY_TASKS = frozenset({"guard", "secure", "patrol", "protect", "pursue", "reinforce", "deploy", "hunt", "defend"})
SECURITY_TASKS |= {"restore", "occupy", "surround", "seal", "man"}


def _forces_sent(tok: Token) -> bool:
    """An order's object is a state's forces sent to act ("ordered 2,000 troops to Narino to pursue the attackers",
    "ordered 500 police officers to guard the mine"): a deployment (MOBILIZE), no request to another side; not
    forces told to withdraw or stop ("ordered its troops to pull back"), nor an armed group ordered to disarm."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.lemma_.lower() in STATE_FORCE_NOUNS or description_kinds().get(obj.lower_) == "forces"):
        return False
    task = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if task is None or task.lemma_.lower() in WITHDRAWAL_VERBS:
        return False
    # sent somewhere ("ordered 2,000 troops to Narino to pursue ..."), or to a task of force ("to guard the mine");
    # "ordered police to investigate", "directed the police to release the journalists": requests
    sent = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "towards") for c in tok.children)
    return sent or task.lemma_.lower() in SECURITY_TASKS


# where an order sends strikers or sides back: their work, not a place or barracks
BACK_TO_WORK = frozenset({"work", "class", "classes", "school", "schools", "duty", "post", "posts", "job", "jobs"})
BACK_TO_WORK |= {"table", "talks", "wards", "classrooms", "offices"}


def _sent_back_to(tok: Token) -> bool:
    """An order's "back to" phrase sending its object back to work ("ordered the doctors back to work", "back to
    the negotiating table"): an order (REQUEST: the PLOVER codebook's requests, demands and orders); not troops sent
    back to barracks nor people back to a country."""
    for c in tok.children:
        if c.lower_ != "back":
            continue
        for prep in (g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"):
            if any(x.dep_ == "pobj" and x.lemma_.lower() in BACK_TO_WORK for x in prep.children):
                return True
    return False


# nouns of visitors a host receives, besides titles ("received a delegation from Kenya")
VISITOR_NOUNS = frozenset({"delegation", "delegations", "envoy", "envoys", "counterpart", "emissary"})


def _person_acted_on(tok: Token) -> bool:
    """The verb's object or passive subject is one person, by name or by a title ("the interior minister", "army
    chief X"), or a visiting delegation; not people counted or named by a plural noun ("fired 2,000 workers",
    "received 300 refugees"), not one shot at ("were fired on"), not people removed from a place ("ousted troops
    from Goma")."""
    if any(
        c.dep_ in ("prep", "agent", "prt") and c.lower_ in ("on", "upon", "at") and c.i == tok.i + 1
        for c in tok.children
    ):
        return False  # "were fired on by militants", "fired at the crowd"
    for c in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > tok.i):
        if any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "EVENT") for g in c.children):
            return False  # "ousted troops from Goma": driven from a place, no one removed from office

    def one_person(c: Token) -> bool:
        if c.ent_type_ == "PERSON" and c.tag_ in ("NNP", "NN"):
            return True
        return c.pos_ == "NOUN" and c.tag_ == "NN" and description_kinds().get(c.lemma_.lower()) == "title"

    acted = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.lemma_.lower() in event_lexicon().visit_host_verbs and any(c.lower_ in VISITOR_NOUNS for c in acted):
        return True
    if tok.lemma_.lower() not in event_lexicon().visit_host_verbs and any(_state_servants(c, tok) for c in acted):
        return True  # "dismissed 11 soldiers", "sacked three judges": removed from a state's service
    return any(one_person(c) for c in acted)


# people in a state's service: removing them is a sanction, not a business's layoff ("fired 2,000 workers")
STATE_SERVANT_NOUNS = frozenset(
    {"soldier", "judge", "diplomat", "prosecutor", "governor", "minister", "ambassador", "policeman", "policewoman"}
    | {"colonel", "magistrate"}
)
# people a club or a firm has too: in a state's service only when a state removes them ("the government dismissed
# three senior officials", "Mexico fired 40 police officers"; never "the club sacked two officials")
SHARED_SERVANT_NOUNS = frozenset({"official", "officer", "commander", "general"})


def _state_servants(c: Token, verb: Token) -> bool:
    """A plural noun of people in a state's service ("11 soldiers", "three senior judges"; "officials" removed by
    a state)."""
    if c.tag_ != "NNS":
        return False
    lemma = c.lemma_.lower()
    return lemma in STATE_SERVANT_NOUNS or lemma in SHARED_SERVANT_NOUNS and _state_subject(verb)


def _state_subject(verb: Token) -> bool:
    """The verb's subject is a state, a demonym or a noun of a state's government or forces ("Mexico", "the
    Nigerian government", "the army")."""
    kinds = description_kinds()
    for s in (c for c in verb.children if c.dep_ == "nsubj"):
        if s.ent_type_ in ("GPE", "NORP") or kinds.get(s.lemma_.lower()) in ("government", "forces"):
            return True
    return False


# what says that people held are detained: where ("in custody", "in jail") or how ("without charge", "incommunicado")
DETENTION_WORDS = frozenset(
    {"custody", "detention", "jail", "prison", "cell", "cells", "charge", "incommunicado", "captivity", "camp"}
)


def _a_person(t: Token) -> bool:
    """A person by name, by a noun of people, or by a noun of people in apposition ("X, a union leader")."""
    if t.ent_type_ == "PERSON" or _people(_counted(t)) or any(a.dep_ == "appos" and _people(a) for a in t.children):
        return True
    return t.pos_ == "NOUN" and description_kinds().get(t.lemma_.lower()) == "title"  # "the mayor was held"


def _held_in_detention(tok: Token) -> bool:
    """ "hold" with a person or people as its object or passive subject, in a phrase of detention ("in custody",
    "without charge"), by a state's forces ("held by police", "security forces held"), or for a time ("was held for
    ten days"): a detention (CAMEO 173), not "held talks" nor "held a rally"."""
    held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_a_person(c) for c in held):
        return False
    for c in tok.children:
        words = {g.lower_ for g in c.subtree}
        if c.dep_ in ("prep", "advmod") and words & DETENTION_WORDS:
            return True
        if c.dep_ == "agent" or c.dep_ == "nsubj" and _people(c):
            return True  # "held by police", "police held"
        if c.dep_ == "prep" and c.lower_ == "for" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree):
            return True
    return False


def _counted_on_light_verb(tok: Token, lex: EventLexicon) -> bool:
    """The noun an amount or an increase counts, as the object of a light verb ("a series of strikes", "an
    increase in funding"): the light verb codes it."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "in"):
        return False
    counted = tok.head.head
    return (
        counted.lemma_.lower() in lex.amount_nouns | lex.increase_nouns
        and counted.dep_ in OBJECT_DEPS | {"nsubjpass"}
        and counted.head.lemma_.lower() in lex.light_verbs
    )


PARTICIPATION_HEADS = frozenset({"part", "participate", "attend", "join"})


def _refused_part(tok: Token) -> bool:
    """An event noun one refuses or declines to take part in ("refused to take part in the talks", "declined to
    attend the summit"): the refusal is the event."""
    assembly = _assembled_for(tok)
    if assembly is not None:  # "refused to gather at the rally"
        return assembly.dep_ == "xcomp" and assembly.head.lemma_.lower() in event_lexicon().negating_heads
    t = tok.head
    if tok.dep_ == "pobj" and t.lower_ == "in":
        t = t.head  # "part in", "participate in"
    elif tok.dep_ != "dobj":
        return False  # "attend the summit", "join the talks"
    if t.lemma_.lower() == "part" and t.dep_ == "dobj":
        t = t.head  # "take part in"
    taking_part = t.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in t.children)
    if not taking_part and t.lemma_.lower() not in PARTICIPATION_HEADS:
        return False
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in event_lexicon().negating_heads


def _object_of_compound_participle(tok: Token) -> bool:
    """The noun is the object inside an unhyphenated compound adjective before another noun, which the parse reads
    as a present participle on the noun with the next noun as its object ("returning unaccompanied asylum seeking
    children", "peace keeping troops")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.tag_ != "VBG":
        return False
    return (
        nxt.head.i == tok.i and nxt.dep_ == "acl" and any(c.dep_ == "dobj" and c.i == nxt.i + 1 for c in nxt.children)
    )


# what one may do, not what one did: "a right of appeal", "the power of veto", "the option of sanctions"
ENTITLEMENT_NOUNS = frozenset({"right", "power", "option", "possibility"})


def _noun_code(tok: Token, lex: EventLexicon) -> Code | None:
    """An event noun's code, unless it is coded on its light verb or selects its verb's reading, is a protest's
    purpose or is a word of a name
    ("Band Aid", "the Red Cross Aid Fund": a proper noun or inside a named entity)."""
    key = next((k for k in _modified_keys(tok) if k in lex.nouns), None)
    key = key or (tok.lower_ if tok.lower_ in lex.nouns else tok.lemma_.lower())
    if key in lex.light_only_nouns or key not in lex.nouns:
        return None
    if tok.tag_ in ("NNP", "NNPS") or tok.ent_type_ in NAME_ENTITIES:
        return None
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" and _people(tok.head):
        return None  # "riot police", "strike leaders", "protest organisers": people of a kind, no act
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in lex.armament_nouns:
        return None  # "attack helicopters", "assault rifles", "strike aircraft": arms of a kind, no act
    if any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in tok.children):
        return None  # "would retaliate against any US strike", "no talks": a kind of act, none done
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ENTITLEMENT_NOUNS:
        return None  # "had a right of appeal to the tribunal", "the power of veto": what one may do, nothing done
    if _object_of_compound_participle(tok):
        return None  # "asylum seeking children", "peace keeping troops": a kind of people, no act
    if _refused_part(tok):
        return None  # "refused to take part in the talks": talks without it, if any, are no act of its
    if tok.dep_ in OBJECT_DEPS | {"nsubjpass"} and tok.head.lemma_.lower() in lex.light_verbs:
        return None  # coded on the light verb
    if _counted_on_light_verb(tok, lex):
        return None  # "staged a series of strikes", "announced an increase in funding": coded on the light verb
    readings = lex.object_readings.get(tok.head.lemma_.lower(), {})
    if tok.dep_ in OBJECT_DEPS | {"nsubjpass"} and any(w in readings for w in (tok.lower_, tok.lemma_.lower(), key)):
        return None  # it selects its verb's reading ("lifted sanctions", "sanctions were lifted"): one event
    kind_of = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head  # "a note of protest"
    if tok.dep_ in ("pobj", "compound") and kind_of.dep_ in OBJECT_DEPS and kind_of is not tok:
        verb_readings = lex.object_readings.get(kind_of.head.lemma_.lower(), {})
        if any(w in verb_readings for w in (tok.lower_, tok.lemma_.lower(), key)):
            return None  # "sent a note of protest", "delivered a protest note": the kind of what the verb does
    if tok.dep_ in ("xcomp", "advcl", "pobj") and _purpose_of_protest(tok):
        return None
    if key in ("call", "calls") and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.children):
        return ("REQUEST", None)  # "rejected calls for the publication", "his call for a pause": a demand
    if key in ("call", "calls") and _called_out_by(tok.head.head) is not None and tok.head.head.i != tok.i:
        return None  # "rallied at the call of the movement": the protest's caller, told in the protest; no phone call
    heeding = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head  # "responding to a call"
    if key in ("call", "calls") and tok.dep_ in ("dobj", "pobj") and heeding.lemma_.lower() in lex.answering_verbs:
        return None  # "answering a call by the movement", "heeded calls from the union": an appeal to its own side,
        # told in what those who heed it do; no phone call
    return lex.nouns[key]


def _code(tok: Token) -> Code | None:
    """The (type, mode) a verb or an event noun codes, None for other words and for readings that are no
    interaction (type NONE in the lexicon)."""
    pos = tok.pos_
    code = None
    if pos == "VERB" or (pos == "AUX" and tok.lemma_.lower() == "have"):
        code = _verb_code(tok, event_lexicon())
    elif pos == "NOUN":
        code = _noun_code(tok, event_lexicon())
    if pos == "VERB" and (code is None or code[0] in ("SUPPORT", "CONCEDE", "RETREAT")) and _money_given(tok):
        code = ("AID", None)  # "gave $2 million to Nigeria", "provided €45m support": economic aid (CAMEO 071)
    if pos == "VERB" and (code is None or code[0] in ("SUPPORT", "CONCEDE", "RETREAT")) and _supplies_given(tok):
        code = ("AID", None)  # "delivered 30 ambulances to Ukraine", "handed over medical supplies to Moldova"
    if code is not None and code[0] in CONFLICTUAL and _ceased(tok):
        code = ("RETREAT", None)  # "stopped shelling the city", "ceased attacks on the convoy": de-escalation
    if pos == "VERB" and code is None and _done_jointly(tok):
        code = ("COOPERATE", None)  # "Kenya and Uganda jointly built a bridge"
    if pos == "VERB" and _human_shield(tok):
        code = ("ASSAULT", None)  # "used civilians as human shields" (CAMEO 184)
    if pos == "VERB" and _expulsion_idiom(tok):
        code = ("SANCTION", None)  # "declared the consul persona non grata", "gave the envoy 72 hours to leave"
    if pos == "VERB" and code is None and _troops_leaving(tok):
        code = ("RETREAT", None)  # "Kenyan troops began leaving Somalia": a withdrawal (CAMEO 0874)
    if code is not None and code[0] == "PROTEST" and _military_strike(tok):
        code = ("ASSAULT", None)  # "carried out strikes against Hamas targets", "missile strikes": force, no walkout
    if code is not None and (_referenced(tok) or _act_as_subject(tok) or _not_taken_part(tok)):
        return None
    if code is not None and pos == "VERB" and _word_of_a_name(tok):
        return None  # "the Directorate for Investigating Organised Crime", "the Committee to Protect Journalists"
    if code is not None and _hedged_report(tok):
        return None  # "Mr X is alleged to have said ...": the writer's hedge, no one accuses
    return None if code is None or code[0] == "NONE" else code


# the small words that join the capitalised words of a body's name ("Committee to Protect Journalists", "Directorate
# for Investigating Organised Crime", "Campaign Against Arms Trade")
NAME_JOINS = frozenset({"for", "to", "of", "against", "on", "and"})


def _word_of_a_name(tok: Token) -> bool:
    """A capitalised verb inside a name: after a capitalised word and a joining word ("Directorate for
    Investigating", "Committee to Protect", "Movement for Defending") and before a capitalised word
    ("Investigating Organised Crime", "Protect Journalists"), in a sentence of prose: another verb of it is written
    in lower case ("... searched 14 addresses", "... said"), not one attributing the line after a comma. A
    headline in title case writes its verbs capitalised ("Police Move to Arrest Opposition Leader over Protests",
    "Kenya to Deport British Journalist, says Interior Ministry"): its verb stays."""
    doc = tok.doc
    if not tok.is_title or tok.i < 2 or tok.i + 1 >= len(doc) or tok.is_sent_start:
        return False
    join, before, after = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
    if join.lower_ not in NAME_JOINS or not join.is_lower or not before.is_title or not after.is_title:
        return False
    return any(
        t.pos_ in ("VERB", "AUX") and t.is_lower and t.i != tok.i and not _trailing_attribution(t, tok)
        for t in tok.sent
    )


def _trailing_attribution(verb: Token, tok: Token) -> bool:
    """The verb attributes the line in a clause of its own after a comma that follows the trigger, with its speaker
    in that clause ("Kenya to Deport British Journalist, says Interior Ministry", "..., police warn"): a headline's
    source, no sign of prose (never "Lawyers from X, a rights group, told reporters": their own verb)."""
    if verb.lemma_ not in _ATTRIBUTION_VERBS or verb.i <= tok.i:
        return False
    commas = [i for i in range(tok.i + 1, verb.i) if verb.doc[i].text == ","]
    return bool(commas) and any(c.dep_ == "nsubj" and c.i > commas[-1] for c in verb.children)


# verbs that attribute a line to its source, in headlines too ("..., says Interior Ministry", "..., Netanyahu tells
# cabinet")
_ATTRIBUTION_VERBS = frozenset({"say", "tell", "report", "claim", "warn", "insist"})


def _hedged_report(tok: Token) -> bool:
    """An agentless passive of alleging or reporting raised over an infinitive ("X is alleged to have said ...",
    "comments X is alleged to have made", "was reported to have fled"): the writer hedges what X did, no one is
    named accusing; never "was accused of", nor "is alleged by police to have ..." (an agent accuses)."""
    if tok.lemma_.lower() not in HEDGING_VERBS or tok.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "relcl"
    return passive and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.children)


# verbs of alleging or reporting a writer raises over an infinitive to hedge ("is alleged to have", "is said to")
HEDGING_VERBS = frozenset({"allege", "report", "rumour", "rumor", "say", "believe", "claim"})


SUMMONING_VERBS = frozenset({"summon", "convene"})  # ("invited X to negotiate": X negotiates)


def _summoned_for(tok: Token) -> Token | None:
    """For an infinitive of purpose on a verb of summoning ("summoned the ambassador to protest", "invited the
    envoys to discuss"), that verb: whom it summoned is whom the purpose acts on; else None."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() not in SUMMONING_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return head if any(_summoned(c) for c in head.children) else None


def _summoned(c: Token) -> bool:
    """The object of a verb of summoning, or a noun after it the parse made a second subject ("summoned Myanmar's
    ambassador, X, to protest")."""
    return c.dep_ in OBJECT_DEPS or c.dep_ == "nsubj" and c.i > c.head.i


DEADLINE_NOUNS = frozenset({"hour", "day", "week"})


def _expulsion_idiom(tok: Token) -> bool:
    """An expulsion told by an idiom: "declared X persona non grata", "gave X 72 hours to leave (the country)",
    "was given a week to leave"."""
    lemma = tok.lemma_.lower()
    if lemma == "declare":
        return any(t.lower_ == "persona" and t.nbor(2).lower_ == "grata" and _said_of(t, tok) for t in tok.subtree)
    if lemma in ("give", "grant"):
        return any(
            t.lemma_.lower() == "leave" and t.head.lemma_.lower() in DEADLINE_NOUNS and _leaves_the_country(t, tok)
            for t in tok.subtree
        )
    return False


def _said_of(t: Token, verb: Token) -> bool:
    """The token hangs on the verb through no other verb, and no verb stands between them ("declared the consul
    persona non grata"; not "declared it would retaliate after Estonia named two diplomats persona non grata")."""
    if any(w.pos_ in ("VERB", "AUX") for w in verb.doc[verb.i + 1 : t.i]):
        return False
    while t.i != verb.i:
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i != verb.i and t.pos_ in ("VERB", "AUX"):
            return False
    return True


DIPLOMAT_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "consul", "attache", "attaché", "chargé", "charge"})


def _leaves_the_country(leave: Token, give: Token) -> bool:
    """The deadline is to leave the country ("72 hours to leave the country"), or is given to a diplomat ("gave the
    consul 48 hours to leave"): an expulsion, not an evacuation order ("gave residents 24 hours to leave their
    homes")."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "country" for c in leave.children):
        return True
    given = [c for c in give.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    return any(t.lemma_.lower() in DIPLOMAT_NOUNS for g in given for t in g.subtree)


def _declared_persons(tok: Token, mentions: list[Mention], sources: list[Mention]) -> list[Mention]:
    """The actors named between "declared" and "persona non grata" ("declared two Russian diplomats persona non
    grata": Russia), wherever the parse hung them; never the declaring side's own."""
    end = next((t.idx for t in tok.doc[tok.i + 1 : tok.sent.end] if t.lower_ == "persona"), tok.idx)
    own = {m.country for m in sources if m.country} | {m.key or m.name for m in sources}
    return [
        m for m in mentions if tok.idx < m.start_char < end and m.country not in own and (m.key or m.name) not in own
    ]


def _not_taken_part(tok: Token) -> bool:
    """An event noun whose participant's verb is negated ("did not attend the talks", "was not at the meeting"): no
    part taken, and no refusal told either."""
    if tok.pos_ != "NOUN":
        return False
    clause = _participant_clause(tok)
    return clause is not None and clause is not tok and any(c.dep_ == "neg" for c in clause.children)


def _act_as_subject(tok: Token) -> bool:
    """A gerund that is the subject of its clause, done by no one it names ("allowing FDI is compromising India's
    self-reliance", "imposing sanctions would be a mistake"): an act spoken of, not one done."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "poss") for c in tok.children):
        return False
    if tok.dep_ in ("csubj", "csubjpass"):
        return True
    # "said allowing FDI is compromising ...": the gerund parsed as the reporting verb's complement
    reported = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in event_lexicon().claim_verbs
    return reported and tok.i == tok.head.i + 1 and any(c.dep_ == "ccomp" for c in tok.children)


REASON_PREPS = {"ACCUSE": ("of", "for"), "COERCE": ("for",), "SANCTION": ("for",), "SUPPORT": ("for",)}


def _opposed_act(tok: Token) -> bool:
    """A gerund a verb of opposing takes ("opposes imposing sanctions", "objected to sending troops":
    events_word_classes `opposing_verb`), or one someone is urged not to do ("warned NATO against deploying troops":
    `dissuading_verb`)."""
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "against":
        return head.head.pos_ == "VERB" and head.head.lemma_.lower() in event_lexicon().dissuading_verbs
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head  # "objected to sending troops"
    elif tok.dep_ not in ("xcomp", "dobj"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in event_lexicon().opposing_verbs


def _referenced(tok: Token) -> bool:
    """An event the sentence only refers to, which another predicate is about: an event noun that a reaction verb
    takes ("rejected an appeal from the UN", "dismissed the ultimatum": events_word_classes `reaction_verb`), or
    what someone is accused, blamed, arrested or punished for ("accused X of collaborating with Israel", "blamed
    Israel for the bombing", "was jailed for spying for Iran": alleged, not reported as done); and what such a noun's
    infinitive asks or offers ("rejected an ultimatum to hand over the pilots")."""
    head = tok.head
    if tok.dep_ == "conj" and head.i != tok.i and (head.pos_ == "NOUN" or (head.tag_ == "VBG" == tok.tag_)):
        return _referenced(head)  # "blamed it on slow growth and military operations", "accused X of arming and
        # fighting alongside Y": as the first conjunct
    if _opposed_act(tok):
        return True  # "opposes imposing sanctions on Russia": what is opposed has not happened
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and head.dep_ == "ccomp":
        return _condemning_naming(head.head, event_lexicon())  # "branded [the sanctions unjustified]"
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in event_lexicon().reaction_verbs or _condemning_naming(head, event_lexicon())
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and head is not tok:
        return _referenced(head)  # "rejected an ultimatum to hand over the pilots": what it demanded, not done
    if tok.dep_ == "xcomp" and head.pos_ == "VERB" and head is not tok:
        return _referenced(head)  # "accused X of trying to seize power": what is tried is as alleged as the trying
    if tok.dep_ not in ("pobj", "pcomp") or head.dep_ != "prep":
        return False
    verb = head.head
    blamer = verb.head if verb.dep_ == "dobj" else verb  # "on" hung on the object: "blamed [the flooding on X]"
    if blamer.lemma_.lower() == "blame" and head.lower_ == "on":
        return True  # "blamed the deficit on military operations in Iraq": a cause named, no act reported
    code = event_lexicon().verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    return code is not None and head.lower_ in REASON_PREPS.get(code[0], ())


def _own_subject(tok: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in tok.children)


OBSTRUCTING_VERBS = frozenset({"block", "barricade", "blockade", "seal", "cordon", "close", "shut"})


def _forces_subject(tok: Token) -> bool:
    """The subject is a state's forces by their noun ("police", "troops", "the army", "soldiers": coref_descriptions
    kind forces), whose obstruction is coercion, not a protest."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    kinds = description_kinds()
    return kinds.get(subj.lower_) == "forces" or kinds.get(subj.lemma_.lower()) == "forces"


def _troops_subject(tok: Token) -> bool:
    """The subject is armed forces ("NATO peacekeeping troops", "a first batch of Bangladeshi soldiers")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.lemma_.lower() in event_lexicon().troop_nouns for t in subj.subtree)


def _crowd_acts(tok: Token) -> bool:
    """The subject is a crowd or people in the street ("protesters torched cars", "thousands of farmers blocked the
    roads", "rioters stormed the building"; events_word_classes.tsv `crowd_noun`), the verb's own or that of the verb
    it is conjoined with: their force or obstruction is a riot or a blockade of protest (CAMEO 144, 145), no armed
    attack."""
    holder = tok
    while holder.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
        holder = holder.head
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    lex = event_lexicon()
    if subj.lemma_.lower() in lex.quantity_nouns or subj.pos_ == "NUM":
        counted = [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        subj = counted[0] if counted else subj
    return subj.lemma_.lower() in lex.crowd_nouns


def _troops_leaving(tok: Token) -> bool:
    """Armed forces leaving a place ("troops have begun leaving Afghanistan", "the soldiers quit the town"): the
    verb (a leaving verb) has a place or state for its object and troops for its subject, its own or that of the
    verb it completes ("began leaving")."""
    if tok.lemma_.lower() not in event_lexicon().leaving_verbs:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    holder = tok.head if tok.dep_ == "xcomp" and not _own_subject(tok) else tok
    return _troops_subject(holder)


def _attack_in_words(tok: Token) -> bool:
    """An attack made in words: the attack noun (or a light verb's object) described as a rhetorical one ("a
    scathing attack", "a stinging attack"), or the predicate's clause quoting what was said ("attacked the
    minister, calling him a liar")."""
    lex = event_lexicon()
    attack = tok if tok.pos_ == "NOUN" else next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
    if attack is not None and attack.lemma_.lower() == "attack":
        if any(c.dep_ == "amod" and c.lower_ in lex.verbal_attack_adjectives for c in attack.children):
            return True
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.lemma_.lower() == "attack" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True  # "attacked Labour's pledges as 'vacuous'": a verdict, in words
    return any(
        c.dep_ in ("advcl", "xcomp", "conj")
        and c.tag_ == "VBG"
        and c.lemma_.lower() in lex.naming_verbs | {"say", "describe", "brand", "accuse"}
        for c in verb.children
    )


POLITICAL_SECTORS = frozenset({"PTY", "GOV", "LEG"})


def _political_attack(tok: Token, sources: list[Mention], targets: list[Mention]) -> bool:
    """An attack in a political contest, made in words: "attack" or "clash" (the verb, the noun or a light verb's
    object) by parties, or by people on parties or office holders, with no word of force on it ("the latest Tory
    attack on his record", "Blair attacked the Lib Dems", "Labour and the Tories clashed over tax"; not "Hamas
    fighters attacked a post", "gunmen attacked the mayor")."""
    lex = event_lexicon()
    attack = tok
    if tok.pos_ != "NOUN" and tok.lemma_.lower() not in lex.contest_words:  # "launched an attack on ..."
        attack = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), tok)
    if attack.lemma_.lower() not in lex.contest_words or not sources:
        return False
    if any(t.lemma_.lower() in lex.force_words for t in list(attack.subtree) + list(tok.children) if t.i != attack.i):
        return False
    if not targets and _unnamed_agent(tok, OBJECT_DEPS) is not None:
        return False  # "Sinn Fein attacked the police": people without a name attacked, not a party's words
    if all(m.sector == "PTY" for m in sources):
        return True
    return (
        bool(targets)
        and all(m.type == "PERSON" for m in sources)
        and all(m.sector in POLITICAL_SECTORS for m in targets)
    )


def _met_with_reaction(tok: Token) -> bool:
    """ "Was met with" a thing ("the plan was met with protests", "met with scepticism"): how something was received,
    not a meeting; "was met by the president", "were met with the envoy" (people) are meetings."""
    if tok.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    objects = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    return any(not (_people(_counted(g)) or g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) for g in objects)


TOPIC_PREPS = ("over", "about")


def _attack_over_words(tok: Token) -> bool:
    """An attack (the verb, or an attack noun and the verb it stands on: "went on the offensive") whose "over" or
    "about" phrase names a thing it is about ("over comments he made", "over its spending plans"), with no word of
    force: a dispute in words. "Over the border", "an offensive over Gaza" name places, not topics."""
    lex = event_lexicon()
    heads = [tok] + ([tok.head, tok.head.head] if tok.pos_ == "NOUN" else [])
    # also on the one attacked or clashed with ("clashed with ministers about how ...": the parse hangs it there)
    sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    topics = [
        g
        for h in heads + sides
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    # a thing ("over comments he made"), or a question ("about how the heads of inquiries are chosen", "over whether
    # to cut taxes")
    if not any(g.dep_ == "pcomp" or _topic(g, lex) for g in topics):
        return False
    if _unnamed_agent(tok, OBJECT_DEPS) is not None:
        return False  # "Sinn Fein attacked the police over the raids": people attacked, as in _political_attack
    if _war_fought(tok) or _forceful(t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree):
        return False  # "fought a border war over the promontory", "troops clashed with villagers over ...": arms
    if _forceful(t for g in sides for t in g.subtree):
        return False  # "clashed with troops over how the shrine is shared": arms
    return not _forceful_outside_topics(heads)


def _topic(g: Token, lex: EventLexicon) -> bool:
    """A word naming what a dispute is about: a common word of no entity, place, event or people ("comments",
    "plans", "remarks", however tagged)."""
    if g.ent_type_ or g.pos_ in ("PROPN", "PRON", "NUM") or not g.is_alpha:
        return False
    lemma = g.lemma_.lower()
    return lemma not in lex.place_nouns | lex.state_nouns and lemma not in lex.nouns and not _agent_noun(g)


def _critics_attack(tok: Token) -> bool:
    """A verbal attack verb whose subject names people who attack in words ("critics attacked the plan", "opposition
    MPs slammed the minister", "rights campaigners lashed out at Cairo": events_word_classes `critic_noun`), with no
    word of force on the verb's phrases ("critics attacked the base with rockets" stays an assault)."""
    lex = event_lexicon()
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or _counted(subj).lemma_.lower() not in lex.critic_nouns:
        return False
    return not _forceful_outside_topics([tok])


def _forceful_outside_topics(heads: list[Token]) -> bool:
    """A word of force among the phrases of the heads but their subjects, outside what an "over" or "about" phrase
    names as the topic ("attacked the administration over the war in Iraq": words; "with rockets": force)."""
    words = [t for h in heads for c in h.children if c.dep_ != "nsubj" for t in c.subtree]
    topics = {x.i for t in words if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS for x in t.subtree}
    return _forceful(t for t in words if t.i not in topics)


def _forceful(tokens: Iterable[Token]) -> bool:
    """Whether a word of force or harm is among the tokens ("with rockets", "killing", "troops"): an attack of arms."""
    lex = event_lexicon()
    return any(t.lemma_.lower() in lex.force_words | lex.harm_verbs for t in tokens)


# what two sides fight with arms when it is the object of "fight" or "wage" ("fought a border war", "waged a brief
# war"); never a war that words or a field make no war of arms ("a trade war", "a war of words", "a war on drugs")
ARMED_CONFLICT_NOUNS = frozenset({"war", "skirmish", "gunfight", "firefight", "shootout"})
UNARMED_WARS = frozenset(
    {"trade", "price", "patent", "culture", "bidding", "ratings", "legal", "turf", "propaganda", "tariff", "currency"}
    | {"court", "courtroom", "advertising", "media", "talent", "format", "console", "browser", "budget", "pay"}
)


def _war_fought(tok: Token) -> bool:
    """ "Djibouti and Eritrea fought a border war", "waged a brief war": an armed conflict fought, no other sense of
    "fight" (never "fought a trade war", "a war of words", "a war on drugs")."""
    if tok.lemma_.lower() not in ("fight", "wage"):
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ARMED_CONFLICT_NOUNS):
        words = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
        if words & UNARMED_WARS or any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for c in obj.children):
            continue
        return True
    return False


def _money_given(tok: Token) -> bool:
    """A giving verb ("give", "provide", "donate", "grant") whose object is a sum of money ("$2 million", "€45m in
    support", "$4 million worth of medicines")."""
    if tok.lemma_.lower() not in event_lexicon().giving_verbs:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    own, todo = [], [obj]  # the object and its modifiers, not its phrases ("an estimate of £1.8m" is no sum given)
    while todo:
        t = todo.pop()
        own.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSAL_DEPS | {"pcomp", "prep"})
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in own)


def _supplies_given(tok: Token) -> bool:
    """A supplying verb ("deliver", "ship", "hand over", "airlift") whose object is goods of relief or arms
    (events_word_classes `supply_noun`: "ambulances", "medical supplies", "fuel", "drones") and that names whom
    they go to ("to Ukraine", or a second object: "sent Haiti tents"): material aid (CAMEO 07)."""
    lex = event_lexicon()
    if tok.lemma_.lower() not in lex.supplying_verbs:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_supply(o, lex) for o in objs + [x for o in objs for x in o.conjuncts]):
        return False  # "handed out tarpaulins and hygiene kits": any of the goods listed
    whom = [c for c in tok.children if c.dep_ == "dative"]
    whom += [
        g
        for h in (tok, *objs)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("to", "for")
        for g in c.children
    ]
    return any(_actor_word(w) or w.lemma_.lower() in lex.aid_recipient_nouns for w in whom)


def _actor_word(tok: Token) -> bool:
    """A word that names an actor a thing can be given to: a state, organisation or nationality ("Ukraine", "the
    UN", "the Somali army"), not a customer or a place of business."""
    if tok.ent_type_ in ("GPE", "ORG", "NORP") or lexicon.country_of_name(tok.text):
        return True  # a state's name the tagger took for a person's ("delivered rice to Malawi")
    return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.children)


def _supply(tok: Token, lex: EventLexicon) -> bool:
    """Goods of relief or arms: the noun, a compound on it, or what an amount of it counts ("a shipment of grain",
    "20 tonnes of rice")."""
    # the words before it, also those joined in a hyphenated compound ("search-and-rescue teams")
    before = [c for c in tok.children if c.dep_ in ("compound", "nmod")]
    before += [x for c in before for x in c.conjuncts]
    words = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in before}
    if words & lex.supply_nouns:
        return True
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted is not None and _amount(tok) and _supply(counted, lex)


def _ceased(tok: Token) -> bool:
    """A conflictual act that a verb of ceasing takes ("stopped shelling the city", "halted attacks on the
    convoy"): the act is ended, a de-escalation (CAMEO 08), not done."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "dobj") or head.lemma_.lower() not in event_lexicon().cessation_verbs:
        return False
    if tok.dep_ == "xcomp":
        return tok.tag_ == "VBG"
    # a noun: one's own act ended ("halted its offensive"), not another's prevented ("police stopped an attack")
    return head.lemma_.lower() != "stop" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _done_jointly(tok: Token) -> bool:
    """A verb done "jointly" ("Kenya and Uganda jointly built a bridge"), or a light verb with a joint object
    ("launched a joint industrial zone"; not a text, "issued a joint statement"): material cooperation (CAMEO
    06), whatever the act."""
    lex = event_lexicon()
    if any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in tok.children):
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or tok.lemma_.lower() not in lex.light_verbs or obj.lemma_.lower() in lex.text_nouns:
        return False
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in obj.children)


def _dismissal(tok: Token, lex: EventLexicon) -> bool:
    """ "ordered the UN mission to leave", "told French diplomats to quit the country", "were ordered to leave": a
    verb of ordering (events_word_classes `dismissal_verb`) whose infinitive is a leaving verb, with someone
    ordered: an expulsion (CAMEO 166), not a request."""
    if tok.lemma_.lower() not in lex.dismissal_verbs:
        return False
    ordered = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    for c in tok.children:
        # the infinitive or its conjunct ("ordered the agency to close its offices and leave the country")
        leaving = [
            x
            for x in [c, *(c.conjuncts if c.dep_ in ("xcomp", "ccomp") else ())]
            if x.lemma_.lower() in lex.leaving_verbs
        ]
        if not any(_leaves_a_state(x, lex) for x in leaving):
            continue
        if c.dep_ == "xcomp" and ordered:
            return True
        if c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True  # "told the mission to leave" parsed with the infinitive's own subject
    return False


def _ordered_closure(tok: Token, lex: EventLexicon) -> bool:
    """ "ordered the newspaper to suspend publication", "told the charity to shut down", "were ordered to close": a
    verb of ordering (`dismissal_verb`) with someone ordered and an infinitive of closing (`closure_verb`): a
    restriction imposed on them (COERCE, CAMEO 172), not a request; an order to stop an act of their own against
    others ("ordered the troops to stop firing") is told by the act's own words."""
    if tok.lemma_.lower() not in lex.dismissal_verbs or tok.lemma_.lower() == "give":
        return False
    ordered = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.lemma_.lower() not in lex.closure_verbs:
            continue
        if not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            continue
        stopped = [g for g in c.children if g.dep_ in ("xcomp", "dobj")]
        if any(g.tag_ == "VBG" or g.lemma_.lower() in lex.nouns for g in stopped):
            return False  # "ordered the troops to stop firing", "told Iraq to halt its offensive": an act stopped
        return ordered or c.dep_ == "ccomp"
    return False


def _leaves_a_state(verb: Token, lex: EventLexicon) -> bool:
    """What a leaving verb leaves is a state or territory ("the country", "Iraq", "the region") or unsaid ("ordered
    the envoy to leave"); not a house or a show ("was ordered to leave the house")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is None or obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in lex.state_place_nouns


def _human_shield(tok: Token) -> bool:
    """ "used / held civilians as human shields": people used as shields (CAMEO 184, ASSAULT)."""
    as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    as_ += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]
    shields = [g for c in as_ for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "shield"]
    return any(any(m.lower_ == "human" for m in g.children) for g in shields)


def _attack_means(verb: Token) -> Token | None:
    """The attack a passive of harm was suffered in ("was assassinated in an Israeli strike", "were wounded in a
    Russian attack"): an ASSAULT noun (or a strike) in its "in" / "during" phrase; None otherwise."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or not _harmed_in(verb):
        return None
    lex = event_lexicon()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            code = lex.nouns.get(noun.lower_) or lex.nouns.get(noun.lemma_.lower())
            if noun.lemma_.lower() == "strike" or (code is not None and code[0] == "ASSAULT"):
                return noun
    return None


def _harmed_in(verb: Token) -> bool:
    """A verb of harm to people, done or suffered ("killed", "assassinated", "wounded", "died")."""
    lex = event_lexicon()
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.harm_verbs | lex.suffered_harm_verbs


def _military_strike(tok: Token) -> bool:
    """A strike by arms: the strike noun (or a light verb's object) with a word of force on it ("air strikes",
    "drone strike"), aimed at a military target ("strikes on rebel positions"), or carried out by armed forces
    ("the air force carried out strikes")."""
    strike = tok if tok.pos_ == "NOUN" else next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
    if strike is None or strike.lemma_.lower() != "strike":
        return False
    words = event_lexicon().force_words
    if any(c.lower_ in words for c in strike.children if c.dep_ in ("compound", "amod")):
        return True
    aimed = [g for c in strike.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
    if any(g.lemma_.lower() in words for g in aimed):
        return True
    if strike.dep_ == "nsubj" and strike.head.lemma_.lower() in event_lexicon().harm_verbs:
        return True  # "a strike on a school bus killed 40 children"
    if strike.dep_ == "pobj" and strike.head.lower_ in ("in", "by") and _harmed_in(strike.head.head):
        return True  # "was assassinated in an Israeli strike", "were killed in a drone strike"
    verb = strike.head if strike.dep_ in ("dobj", "nsubjpass") else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subj is not None and any(t.lemma_.lower() in words for t in subj.subtree)


def _purpose_of_protest(tok: Token) -> bool:
    """'staged a hunger strike to demand ...': the demand is the protest's purpose, not an event of its own."""
    lex = event_lexicon()
    head = tok.head
    for _ in range(settings().events.purpose_max_steps):
        if head.pos_ in ("VERB", "NOUN"):
            code = lex.verbs.get(head.lemma_.lower()) if head.pos_ == "VERB" else lex.nouns.get(head.lower_)
            if code and code[0] == "PROTEST":
                return True
            obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
            if head.pos_ == "VERB" and obj is not None and lex.nouns.get(obj.lower_, (None,))[0] == "PROTEST":
                return True
            if (
                head.pos_ == "VERB"
                and lex.object_readings.get(head.lemma_.lower(), {}).get(getattr(obj, "lower_", ""), "") == "PROTEST"
            ):
                return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


# ---------------------------------------------------------------------------
# Arguments


@dataclass(frozen=True)
class _QuoteArea:
    """A quote of the document, its speaker's mention looked up: "we"/"I" inside it is the speaker."""

    start_char: int
    end_char: int
    speaker_mention: Mention | None


def _args_of(
    tok: Token,
    rels: set[str],
    mentions: list[Mention],
    spans: list[_QuoteArea],
    places: bool = True,
    acting: bool = False,
) -> tuple[list, str | None]:
    """The mentions of the nearest child in `rels` that has any, and that child's phrase (`places`, `acting`: see
    `_arg_mentions`)."""
    # the nearest child first: a mis-parse can hang two subjects on one verb
    for child in sorted(tok.children, key=lambda c: (abs(c.i - tok.i), c.i)):
        if child.dep_ in rels and _part_of_another(child):
            continue  # "The protesters, many of them employed by US firms, blocked": the protesters, not the firms
        if child.dep_ in rels and _noun_before_its_name(child):
            continue  # "accused the Canadian miner Sahel Crest Gold Corp", the parse's two objects: the name
        if child.dep_ in rels:
            found = _arg_mentions(child, mentions, spans, places, acting)
            if found:
                for first in _cut_conjuncts(child):
                    found = [m for m in _arg_mentions(first, mentions, spans, places, acting) if m not in found] + found
                if _relative_subject(child, tok):
                    if child.lower_ != "which" and _people(_counted(tok.head)) and _of_people(tok.head):
                        continue  # "mothers of the slain protesters, who were detained": which, unsure
                    return found, _before_clause(tok.head, tok)  # "23 Indian fishermen who were arrested": the
                    # fishermen, as written
                return found, _phrase(child)
    return [], None


def _noun_before_its_name(noun: Token) -> bool:
    """A common noun right before a name the parse made a second argument of the same verb ("the Canadian miner
    [Sahel Crest Gold Corp]" as two objects): the noun describes the name."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return False
    name = noun.doc[noun.i + 1]
    if name.pos_ != "PROPN" or not name.ent_type_:
        return False
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return head.dep_ == noun.dep_ and head.head.i == noun.head.i


def _cut_conjuncts(subject: Token) -> list[Token]:
    """Subjects the parse hung on the verb beside this one, joined to it by their own "and" ("Villanueva-Ocampo and
    Malaysian Foreign Minister Azman Harun held a call": two subjects of "held"): one coordinated subject."""
    return [
        c
        for c in subject.head.children
        if c.dep_ == subject.dep_
        and c.i < subject.i
        and any(g.dep_ == "cc" and g.lower_ in ("and", "&") and g.i > c.i for g in c.children)
        and not any(t.dep_ == subject.dep_ and c.i < t.i < subject.i for t in subject.head.children)
    ]


PART_WORDS = frozenset({"many", "some", "most", "all", "several", "few", "none", "both", "each", "one", "dozens"})


def _part_of_another(t: Token) -> bool:
    """A quantity "of them" in apposition to another subject of the same verb ("The protesters, many of them ...,
    blocked"): those people again, whatever its own phrase names."""
    if t.dep_ != "nsubj" or t.lower_ not in PART_WORDS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children) for c in t.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < t.i for c in t.head.children)


def _persons_hung_on_state(tok: Token, mentions: list[Mention]) -> list[Token]:
    """The persons' names the parse made conjuncts of the state in a name's "of" phrase ("[Therese Mbuyi] of [Congo]
    and [Emmanuel Habimana] of Rwanda": Habimana is Mbuyi's conjunct, not Congo's)."""

    def kind(t: Token) -> str | None:
        m = mention_for_token(t, mentions)
        return m.type if m is not None else None

    return [
        c
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and kind(o) == "GPE"
        for c in o.conjuncts
        if kind(c) == "PERSON"
    ]


def _arg_mentions(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], places: bool | str = True, acting: bool = False
) -> list:
    """Actor mentions for an argument head, with coordinated actors ("China and Kazakhstan"). Without `places`, an
    argument that is itself a place which is no state ("Mombasa hosted", "met in Geneva") names no actor; a place
    that modifies the argument still stands for its affiliation ("New Mexico's chief justice"). `acting`: the
    argument acts (a subject), so a thing acts for no actor named deep inside it ("the growth of flights to
    Britain", "the new system of fees in England"; see `_thing_owners`)."""
    out = []
    # "his Israeli counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas": the parse hangs the next
    # member on the apposition; it is the argument's conjunct all the same
    after_apposition = [
        c for a in tok.children if a.dep_ == "appos" for c in a.conjuncts if c.pos_ in ("NOUN", "PROPN")
    ]
    # "A of Congo and B of Rwanda met": the parse hangs the next person on the first one's state
    after_apposition += [
        c for a in [tok, *(a for a in tok.children if a.dep_ == "appos")] for c in _persons_hung_on_state(a, mentions)
    ]
    # "MUSCAT, Nov 18 (Reuters) - Yemen's government and the rebels swapped ...": the parse made the dateline's place
    # the subject and hung the real one on it as an apposition
    in_dateline = tok.idx < (event_dates.document_dateline_end(tok.doc) or 0)
    datelined = [a for a in tok.children if a.dep_ == "appos"] if in_dateline else []
    # the dateline's place is where the story was filed, no side, when the real subject hung on it names an actor
    # ("NAIROBI, Kenya - A Kenyan court sentenced": the Kenyan court; "NAIROBI - A court sentenced": Nairobi's)
    filed = in_dateline and any(_phrase_mentions(a, mentions) for a in datelined)
    for t in ([] if filed else [tok]) + [c for c in tok.conjuncts] + datelined + after_apposition:
        apposed = None
        if t.dep_ == "dobj" and t.lower_ in PART_WORDS and (counted := _counted(t)).lower_ in ("them", "us"):
            t = counted  # "detained several of them": they (never "none of them", no one)
        if not places:
            at = mention_for_token(t, mentions)
            if at is not None and is_place(at):
                continue
        if t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and spans:  # "us", not "the US"
            # "we will support Kazakhstan," Xi said: the speaker of the quote
            q = _quote_at(spans, t.idx)
            m = q.speaker_mention if q is not None else None
            if m is not None and t.lower_ in PLURAL_FIRST_PERSON:
                m = _speaks_for(t.doc, m, mentions) or m  # '"we support ...," said X, a spokesman for the EU': the EU
        elif t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
            m = None if acting and _thing(t.head.head) else _relative_antecedent(t, mentions)
        elif t.lower_ == "it" and (_expletive(t) or _inside_it(t) or _thing_before_conjunct(t)):
            m = None  # "it is important to support teachers", "it took the album for him to be assured": no one
        elif t.lower_ in PERSONAL_PRONOUNS:
            group = _reporting_group(t) or _nearer_group(t)
            if group is not None and group.left_edge.i <= t.i <= group.right_edge.i:
                group = None  # "members of X and their supporters": the pronoun inside the group's own phrase
            if group is not None:  # "Tamil rebels said they would release ...": they are the rebels
                out.extend(x for x in _arg_mentions(group, mentions, spans, places, acting=True) if x not in out)
                continue
            if (ahead := _cataphor(t, mentions)) is not None:  # "before his arrest, Mr Karimi gave interviews"
                if ahead not in out:
                    out.append(ahead)
                continue
            # the quotes' window: a quote's own sentences are not counted
            window = window_start(t, settings().events.pronoun_max_sentences, spans, chains=False)
            base = _antecedent(t.doc, _quote_at(spans, t.idx) if spans else None)
            bound = _bound_by_object(t, mentions) | _bound_by_subject(t, mentions)
            accept = base if not bound else (lambda m, a=base, b=bound: a(m) and (m.key or m.name) not in b)
            m = resolve_pronoun(
                t.lower_,
                t.idx,
                mentions,
                spans,
                after_char=window,
                accept=accept,
                token=t,
                chain=lambda link: window_start(link, settings().events.pronoun_max_sentences, spans, chains=False),
            )  # "X urged ... He also said ... He called on ...": the chain leads back to X
            if m is not None and not accept(m):
                m = None  # a chain link outside the quote led to its speaker: unresolved rather than wrong
            if m is None and t.lower_ in SINGULAR_PRONOUNS and _quote_at(spans, t.idx) is None:
                # "X was arrested ... [a sentence naming no one] ... charged him": the one person named further back
                m = _sole_candidate(t, mentions, spans, accept)
            office = _unnamed_office(t) if m is None and t.lower_ in ("he", "she", "him", "her") else None
            if office is not None:  # "Georgia's prime minister announced ... He accused the bloc": the state's office
                out.extend(x for x in _arg_mentions(office, mentions, spans, places, acting) if x not in out)
                continue
        elif (pair := _pair_reference(t, mentions)) is not None:
            out.extend(x for x in pair if x not in out)  # "the two agreed", "both leaders signed": the two just named
            continue
        elif t.pos_ == "PRON":  # "neither", "all", "what", "some": no named actor
            m = None
        else:
            found = _phrase_mentions(t, mentions)
            if found and _former(t):  # "a former Home Office minister called for ...": no longer acts for it
                found = [x for x in found if not t.left_edge.idx <= x.start_char < t.idx]
            if acting and found and _thing(t):
                owners = {x.idx for x in _thing_owners(t)}
                found = [x for x in found if x.start_char in owners]
            apposed = _loose_apposition(t, mentions)
            m = mention_for_token(t, mentions) or _leaders_state(t, mentions) or apposed or _whose_body(t, mentions)
            if m is None and (post := resolve_force_post(t, mentions)) is not None:
                m, found = post, []  # "attacked an army base in Narino": the story's state's forces, not the place
            if m is None and t.lower_ in ACTING_ONLY and not any(_within(x, t) for x in found):
                # "accused police of beating strikers in Lima": the story's police, not a place of the accusation
                m = resolve_description(t, mentions, _sentence_start(t, settings().events.description_max_sentences))
            if m is None and _missed_person(t):
                # "Labour's Mr Livingstone" with no mention there: the document's one Livingstone, never Labour
                found = []
                m = _named_elsewhere(t, mentions)
            m = m or next(
                (x for x in _preferred(t, found) if (places or not _place_object(t, x)) and not _place_inside(t, x)),
                None,
            )  # "gunmen in Kaduna": where they are, no actor (a capital stands for its state: "police in Tbilisi")
            if m is None and found and all(_place_inside(t, x) or (not places and _place_object(t, x)) for x in found):
                # "a court in Ouargla": the place says only where, the description says who; not a place of another
                # state than the story's ("a court in Manchester" in a Moscow story stays unresolved)
                story = document_country(mentions, t.doc)
                if all(x.country is None or x.country == story for x in found):
                    found = []
            if m is None and not found and (several := resolve_plural_description(t, mentions)):
                out.extend(x for x in several if x not in out)  # "the unions rejected it": the unions named before
                continue
            if m is None and not found:  # "the chancellor", "the party": an actor named before
                window = _sentence_start(t, settings().events.description_max_sentences)
                # people of an organisation's kind: the document's one organisation of that kind ("union leaders")
                m = (
                    resolve_description(t, mentions, window)
                    or resolve_members(t, mentions, 0)
                    or resolve_members_of(t, mentions, window)  # "met leaders of the protest movement"
                    or _described_owners_body(t, mentions, window)  # "two of the company's senior managers"
                    or _described_states_organ(t, mentions, window)  # "the country's foreign minister"
                )
            if m is None and not found:
                m = _same_head_antecedent(t, mentions)  # "a Honduran army patrol ... fired on the patrol"
            if m is None and not found and (owner := _owned_force(t)) is not None:
                # "its fighters overran a base", "their troops withdrew": the forces of the pronoun's actor; "his
                # ministry", "her army": the state of the person who heads it
                owners = [_persons_state(x, mentions) for x in _arg_mentions(owner, mentions, spans, places, acting)]
                owners = [x for x in owners if x is not None]
                out.extend(x for x in owners if x not in out)
                continue
            owner = _owned_force(t) if m is None or m.type == "PERSON" else None
            holder = next(
                (
                    x
                    for x in found
                    if owner is not None and x.type == "PERSON" and x.start_char <= owner.idx < x.end_char
                ),
                None,
            )
            if holder is not None and owner.pos_ == "PROPN" and holder.sector == "GOV":
                # "Mwakasege's ministry accused ...": the minister's state; a person of no known state stays himself
                m = _persons_state(holder, mentions) or m
            if m is not None and m is not apposed and m.type == "PERSON" and _someone_elses(t, m):
                m = None  # "Brown's closest ally", "the minister's spokesman": another person, unnamed
        if m is not None and m not in out:
            out.append(m)
            in_phrase = t.left_edge.idx <= m.start_char <= t.right_edge.idx
            if t.pos_ not in ("PRON",) and not (m.start_char <= t.idx < m.end_char) and m is not apposed and in_phrase:
                # "representatives from China, India and Brazil": the list's other members are sides too (not those
                # listed with the actor a description refers back to: "Russia and X ... the Central Asian state")
                out.extend(x for x in _listed_with(t.doc, m, mentions) if x not in out)
    return out


SINGULAR_PRONOUNS = frozenset({"he", "him", "she", "her"})  # "it" may be any thing named between


def _cataphor(t: Token, mentions: list[Mention]) -> Mention | None:
    """A person's pronoun in a phrase fronted before its clause's subject ("In the days before his arrest, Mr Karimi
    gave interviews", "After her release, Ms Obi said"): the subject, a person's mention after the phrase, when it
    agrees in gender where both tell it and no person who agrees is named in the sentence before or earlier in the
    pronoun's own (then the pronoun looks back as ever: "X was killed on Monday. Hours after his killing, Y vowed
    revenge": X)."""
    if t.lower_ not in ("he", "him", "his", "she", "her"):
        return None
    phrase, verb = t, t.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        phrase, verb = verb, verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.pos_ not in ("VERB", "AUX") or subj is None or phrase.dep_ not in ("prep", "advcl", "npadvmod"):
        return None
    if not phrase.right_edge.i < subj.left_edge.i:
        return None  # no phrase fronted before the subject ("His lawyer said", "X, after his release, said")
    m = mention_for_token(subj, mentions)
    if m is None or m.type != "PERSON":
        return None
    said = pronoun_gender(t.lower_)

    def agrees(x: Mention) -> bool:
        named = mention_gender(x)
        return said is None or named is None or said == named

    before = _sentence_start(t, 1)
    if any(x.type == "PERSON" and before <= x.start_char < t.idx and agrees(x) for x in mentions):
        return None
    return m if agrees(m) else None


def _sole_candidate(
    t: Token, mentions: list[Mention], spans: list[_QuoteArea], accept: Callable[[Mention], bool]
) -> Mention | None:
    """A singular pronoun's antecedent beyond its own window: up to `events.pronoun_sole_sentences` sentences back,
    when every mention of a fitting kind there (persons for "he", "she"; states and organisations for "it"), outside
    quotations, names one actor that agrees with the pronoun; else None (two candidates: unresolved, no guess)."""
    start = _sentence_start(t, settings().events.pronoun_sole_sentences)
    kinds = pronoun_kinds(t.lower_)
    fitting = [
        m
        for m in mentions
        if start <= m.start_char < t.idx and m.type in kinds and _quote_at(spans, m.start_char) is None and accept(m)
    ]
    if len({m.key or m.name for m in fitting}) != 1 or _unnamed_person_between(t, fitting[-1].end_char, mentions):
        return None
    m = resolve_pronoun(t.lower_, t.idx, mentions, spans, after_char=start, accept=accept, token=t)
    return m if m is not None and accept(m) and (m.key or m.name) == (fitting[0].key or fitting[0].name) else None


def _unnamed_person_between(t: Token, start: int, mentions: list[Mention]) -> bool:
    """One person between offset `start` and the pronoun t that may be its antecedent without a mention, in any role:
    a name the recogniser missed ("JRM commander Gatluak Puok Tut warned ..., and he demanded"), a person's office or
    job ("police arrested a senior opposition official ... He accused", "detained a journalist ... He")."""
    doc = t.doc
    span = doc.char_span(start, t.idx, alignment_mode="expand")
    for x in span if span is not None else ():
        if x.i >= t.i or x.pos_ not in ("NOUN", "PROPN") or x.tag_ not in ("NN", "NNP"):
            continue  # "officers searched the newsroom": no antecedent of a singular pronoun
        if (
            x.pos_ == "PROPN"
            and x.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and x.ent_type_ in ("", "PERSON")  # never "on Monday"
            and mention_for_token(x, mentions) is None
        ):
            return True
        if _people(x) or noun_gender(x.lower_) or x.lower_ in title_words():
            return True
    return False


def _former(t: Token) -> bool:
    """A noun of a person's office or job marked as past ("a former minister", "ex-ambassador")."""
    return any(c.dep_ == "amod" and c.lower_ in ("former", "ex", "onetime", "one-time") for c in t.children)


def _same_head_antecedent(t: Token, mentions: list[Mention]) -> Mention | None:
    """For "the" and a noun of no event ("the patrol", "the convoy"), the actor that qualified the nearest earlier
    noun phrase of the same head word in the sentences just before ("a Honduran army patrol entered ... troops fired
    on the patrol": Honduras); None when that phrase names none or two."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return None
    lemma = t.lemma_.lower()
    if lemma in event_lexicon().nouns or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in t.children):
        return None
    start = _sentence_start(t, settings().events.description_max_sentences)
    by_start = {m.start_char: m for m in mentions}
    for prev in reversed(t.doc[: t.sent.start]):
        if prev.idx < start:
            break
        if prev.pos_ != "NOUN" or prev.lemma_.lower() != lemma:
            continue
        if prev.dep_ == "appos" and (apposed := mention_for_token(prev.head, mentions)) is not None:
            return apposed  # "the Movement for Unity, a Russia-friendly party, ... the party": the one it describes
        named = [
            by_start[w.idx]
            for c in prev.children
            if c.dep_ in ("amod", "compound", "poss", "nmod")
            for w in c.subtree
            if w.idx in by_start
        ]
        return named[0] if len({m.key or m.name for m in named}) == 1 else None
    return None


def _within(m: Mention, t: Token) -> bool:
    """The mention lies in the token's phrase ("police in Tbilisi")."""
    return t.left_edge.idx <= m.start_char < t.right_edge.idx + len(t.right_edge.text)


PAIR_WORDS = frozenset({"two", "both"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _pair_reference(t: Token, mentions: list[Mention]) -> list[Mention] | None:
    """The two actors a plural reference points back to: "the two" or "both" alone, or a plural of persons or of
    states (events_word_classes `pair_person_noun`, `pair_state_noun`; "side" and "party" fit either) with "the",
    "both" or "two" ("the two leaders", "both countries", "the ministers", "the two sides"): the two actors of that
    kind named in the nearest sentence that names any, from its own sentence back `events.description_max_sentences`
    sentences; None when that sentence names fewer or more than two (unresolved rather than a guess), or the phrase
    names an actor of its own. A place the sentence names as where ("met in Nairobi") is no side unless nothing else
    gives two; the source or hearer of a report ("told AFP") never is. "Both sides", "the two parties" or "both" alone
    may be two actors of different kinds ("Ethiopia and the rebel front signed a truce ... urged both sides") when no
    kind alone gives two."""
    lex = event_lexicon()
    mixed = False
    if t.dep_ not in ARGUMENT_DEPS:
        return None
    marks = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet", "quantmod")}
    alone = t.lower_ == "both" or (t.lower_ == "two" and "the" in marks)  # not "two were killed": two others
    if alone and t.pos_ in ("NUM", "DET", "PRON") and not any(c.dep_ == "prep" for c in t.children):
        kinds, mixed = ("person", "state", "org"), True
    elif t.tag_ in ("NNS", "NNPS") and marks & (PAIR_WORDS | {"the"}):
        noun = t.lemma_.lower()
        if noun in lex.pair_person_nouns:
            # persons, else the states whose leaders the text names by their office ("Ghana's president met
            # Togo's president, and the two leaders signed")
            kinds = ("person", "leaders' state")
        elif noun in lex.pair_state_nouns:
            kinds = ("state",)
        elif noun in MUTUAL_NOUNS:
            kinds, mixed = ("person", "state", "org"), noun in SIDE_NOUNS
        else:
            return None
    else:
        return None
    if _phrase_mentions(t, mentions):
        return None
    starts = doc_cache(t.doc, "sentence_starts", lambda d: [s.start_char for s in sents_of(d)])
    ends = [s for s in starts if s <= t.idx]
    accept = _antecedent(t.doc)  # no place, nor a report's source or hearer ("told AFP")
    own = _clause_subject_side(t, mentions)
    for back in range(min(settings().events.description_max_sentences, len(ends) - 1) + 1):
        start = ends[len(ends) - 1 - back]
        end = t.idx if back == 0 else ends[len(ends) - back]
        named = [m for m in mentions if start <= m.start_char < end and accept(m) and not own(m)]
        sides = [m for m in named if not _named_as_where(t.doc, m)]
        pair = _pair_of_kinds(sides, kinds)
        if pair is None and mixed and len(found := _distinct([m for m in sides if _side_kind(m)])) == 2:
            pair = found  # "Ethiopia and the front signed a truce in Nairobi ... both sides"
        if pair is None and len(sides) < len(named):
            pair = _pair_of_kinds(named, kinds)  # "met X in Guatemala City and Y in Tegucigalpa ... both governments"
        if pair is not None:
            return pair or None
    return None


# nouns that name only states, for which two states a whole document is about may stand ("both governments")
STORY_PAIR_NOUNS = frozenset({"government", "country", "nation", "capital"})


def _internal_governments(doc: Doc) -> bool:
    """The document speaks of governments inside a state ("the federal and state governments", "the regional
    government"): "both governments" may be two of one state's."""

    def found(d: Doc) -> bool:
        return any(
            t.lemma_.lower() == "government"
            and any(c.lower_ in INTERNAL_GOVERNMENT_WORDS or _region_owner(c) for c in t.children)
            for t in d
        )

    return doc_cache(doc, "internal_governments", found)


def _region_owner(c: Token) -> bool:
    """A name owning a government that is no country ("Puntland's government", "the Kurdistan government")."""
    return (
        c.dep_ in ("poss", "compound")
        and c.ent_type_ in ("GPE", "LOC", "NORP", "ORG")
        and lexicon.country_of_name(c.text) is None
        and lexicon.country_of_demonym(c.text) is None
        and lexicon.country_of_city(c.text) is None
    )


INTERNAL_GOVERNMENT_WORDS = frozenset(
    {"federal", "state", "regional", "provincial", "local", "county", "rival", "parallel", "interim", "transitional"}
    | {"breakaway", "shadow", "autonomous", "separatist", "self-declared", "unity", "entity", "opposition", "exile"}
)


def _story_pair_phrase(t: Token, mentions: list[Mention]) -> bool:
    """ "both governments", "the two countries" (`STORY_PAIR_NOUNS`, with "both" or "the two") as an argument naming
    no actor of its own: a plural only states fit. Not "two governments in the region" (others), not "the states" or
    "the two neighbours" (villagers too), not a place phrase ("hailed in both capitals": where)."""
    if t.dep_ not in ARGUMENT_DEPS or t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in STORY_PAIR_NOUNS:
        return False
    marks = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet", "quantmod")}
    if not ("both" in marks or {"the", "two"} <= marks):
        return False
    if t.lemma_.lower() == "government" and _internal_governments(t.doc):
        return False  # "the federal and state governments ... both governments": one state's two
    return not _locative_object(t) and not _phrase_mentions(t, mentions)


def _states_of_the_story(t: Token, mentions: list[Mention]) -> list[Mention] | None:
    """The two states the document is about (`actors.document_pair`: "Chad closed its border with Sudan ... The AU
    urged both governments to show restraint"), by their names, for a pair phrase (`_story_pair_phrase`); None when
    the document is about no two states, or the phrase's clause names one of them outside the phrase ("the two
    countries accused Ethiopia": one of the two is another side)."""
    from pipeline.stages.actors import document_pair

    pair = document_pair(mentions, t.doc)
    states = [state_or_people(mentions, c) for c in pair] if pair else []
    if len(states) != 2 or any(m is None for m in states):
        return None
    clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # the clause's own arguments, not a clause joined to it ("urged both governments ... and said it would send an
    # envoy to N'Djamena")
    args = [c for c in clause.children if c.dep_ not in OTHER_CLAUSE_DEPS] if clause is not None else []
    others = [m for c in args for m in mentions_in_subtree(c, mentions) if not _within(m, t)]
    return None if any(m.country in pair for m in others) else states


OTHER_CLAUSE_DEPS = frozenset({"conj", "cc", "advcl", "ccomp", "parataxis", "punct"})


def _story_pair_sides(
    rules: list[tuple[Token, Event]], first: int, by_start: dict[int, Mention], mentions: list[Mention]
) -> None:
    """An event one of whose sides is a pair phrase ("both governments", "the two countries") that no sentence near
    resolved (`_pair_reference`) takes the two states the document is about (`_states_of_the_story`), when its
    other side is known and neither of them ("The AU urged both governments", "The two countries accused Sudan"),
    or, for the pair as the subject, there is no other side ("the two governments met"). Never when the other side
    is one of the two, is unresolved ("He urged both governments") or is a person of no known country: whose side
    the caller is, the text does not say here."""
    for tok, e in rules[first:]:
        for role in ("targets", "sources"):
            text = e.target_text if role == "targets" else e.source_text
            if getattr(e, role) or not text:
                continue
            phrase = next((t for t in tok.sent if _story_pair_phrase(t, mentions) and _phrase(t) == text), None)
            states = _states_of_the_story(phrase, mentions) if phrase is not None else None
            if states is None:
                continue
            other = [by_start[s] for s in (e.sources if role == "targets" else e.targets) if s in by_start]
            if role == "targets" and not other:
                continue
            pair = {m.country for m in states}
            if any(m.country in pair or (m.type == "PERSON" and not m.country) for m in other):
                continue
            setattr(e, role, [m.start_char for m in states])


def _clause_subject_side(t: Token, mentions: list[Mention]) -> Callable[[Mention], bool]:
    """Whether a mention is the side of the subject of the clause whose object the plural reference is: that actor,
    or, for a state's own side (a state, its government, diplomats, forces), its state ("Philippine Foreign Secretary
    X called on both sides": the sides are never the Philippines; "the Armenian Church urged both sides": Armenia
    may be one). The subject's own reference ("both sides agreed") excludes nothing."""
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i:
        return lambda m: False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the subject's own actor, never a place or an apposition in its phrase ("the British High Commission in
    # Gaborone", "Chancellor X, the ÖBP leader": his party may be one of both parties)
    found = [x for c in subjects for x in [mention_for_token(c, mentions)] if x is not None and not is_place(x)]
    keys = {x.key or x.name for x in found}
    # only a state's own side leaves its state out: never a church's, an opposition leader's or a union's
    countries = _state_side_countries(found)
    return lambda m: (m.key or m.name) in keys or (m.country in countries and (is_state(m) or m.type == "NORP"))


# sectors of a state's own side: its government, diplomats, forces and police
_STATE_SIDE_SECTORS = frozenset({"GOV", "DIP", "MIL", "COP"})


def _state_side_countries(ms: list[Mention]) -> set[str]:
    """The countries of the mentions that are a state's own side: the state, its government, diplomats, forces."""
    return {m.country for m in ms if m.country and (is_state(m) or m.sector in _STATE_SIDE_SECTORS)}


def _side_kind(m: Mention) -> bool:
    """A side of any kind: a person, a state, an organisation, or a people standing for its state ("the Malian
    government")."""
    return _pair_kind(m) is not None or (m.type == "NORP" and m.country is not None)


def _pair_of_kinds(named: list[Mention], kinds: tuple[str, ...]) -> list[Mention] | None:
    """The two actors of the first kind the mentions name two of; [] when one kind names more than two (no guess);
    None when none names two."""
    for kind in kinds:
        if kind == "leaders' state":
            if any(_pair_kind(m) == "person" for m in named):
                break
            kind = "state"
        fitting = _distinct([m for m in named if _pair_kind(m) == kind])
        if len(fitting) == 2:
            return fitting
        if len(fitting) > 2:
            return []
    return None


# nouns for the sides of an interaction, whatever their kind ("both sides": a state and a rebel front)
SIDE_NOUNS = frozenset({"side", "party"})


def _named_as_where(doc: Doc, m: Mention) -> bool:
    """A place named as where something happens ("met in Nairobi", "talks in Ethiopia"), no side."""
    head = mention_head(doc, m)
    return head is not None and m.type in ("GPE", "LOC", "FAC") and _locative_object(head)


def _pair_kind(m: Mention) -> str | None:
    if m.type == "PERSON":
        return "person"
    if is_state(m):
        return "state"
    return "org" if m.type == "ORG" else None


def _distinct(ms: list[Mention]) -> list[Mention]:
    """The first mention of each actor, in order."""
    seen: dict[str, Mention] = {}
    for m in ms:
        seen.setdefault(m.key or m.name, m)
    return list(seen.values())


def _unnamed_office(t: Token) -> Token | None:
    """For "he" or "she" that names no one: the subject of the sentence before (or of the pronoun's own sentence,
    earlier) when it is an office of state named by no person ("Georgia's prime minister", "the foreign minister":
    `descriptions.STATE_OFFICES`); its holder acts for the state."""
    from pipeline.stages.descriptions import STATE_OFFICES

    sent = t.sent
    doc = t.doc
    sentences = [sent] + ([doc[sent.start - 1].sent] if sent.start > 0 else [])
    for s in sentences:
        subjects = [
            w for w in s if w.dep_ in ("nsubj", "nsubjpass") and w.i < t.i and w.lemma_.lower() in STATE_OFFICES
        ]
        for w in reversed(subjects):
            if not any(x.ent_type_ == "PERSON" for x in w.subtree) and not any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in w.children
            ):
                return w
    return None


def _accused_in_clause(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str | None]:
    """An accusation stated as a clause ("the Commission alleged that Microsoft had abused its position", "Iran
    complained that Britain had ignored its requests"): the clause's subject is the one accused; not a thing
    ("alleged that the election was rigged") nor the accuser itself."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return [], None
    found, text = _args_of(clause, {"nsubj", "nsubjpass"}, mentions, spans, places=False)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    src = {id(m) for m in sources}
    # the subject itself or its own words ("Chile", "Chilean agents", "Chile's navy"), not a place deep in its
    # phrase ("the tender in Nairobi")
    found = [m for m in found if id(m) not in src and subject is not None and not _behind_preposition(m, subject)]
    if not found and subject is not None and _agent_noun(subject) and subject.lower_ not in PERSONAL_PRONOUNS:
        return [], _phrase(subject)  # "alleged the firms were abusing ...": unnamed, still the accused
    return (found, text) if found else ([], None)


# what one side puts to another, that the other rejects or accepts ("rejected the offer", "accepted it")
PROPOSAL_NOUNS = frozenset(
    {"offer", "proposal", "plan", "demand", "request", "terms", "ultimatum", "bid", "compromise", "draft", "package"}
)
PROPOSING_VERBS = frozenset({"offer", "propose", "table", "submit", "present", "demand", "request", "float", "unveil"})
PROPOSAL_SENTENCES = 1  # how many sentences before the rejection the offer may be told


def _proposal_maker(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str] | None:
    """For a rejection or an acceptance of "it" or of an offer no one owns ("the government offered an 8% rise ...
    the unions rejected it", "... turned down the proposal"), the side that made the offer: the subject of the
    nearest verb of proposing ("offered", "proposed", "tabled") before it in its sentence or the one before, never
    the rejecter itself (no actor, only the subject's words, when it names none: "the rebels offered a truce, and
    the army accepted it" stays without a target rather than take an actor "it" would stand for); else None."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in obj.children):
        return None
    if not (obj.lower_ == "it" or obj.lemma_.lower() in PROPOSAL_NOUNS and _definite(obj)):
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children):
        return None  # "rejected the proposal by China": its maker is told
    lo = _sentence_start(tok, PROPOSAL_SENTENCES)
    own = {id(m) for m in sources}
    for v in reversed(tok.doc[: tok.i]):
        if v.idx < lo:
            return None
        if v.pos_ != "VERB" or v.lemma_.lower() not in PROPOSING_VERBS or v.tag_ == "VBN" and v.dep_ == "amod":
            continue
        if obj.lower_ != "it" and not _proposes(v, obj):
            continue  # "Pakistan requested a loan ... India rejected the proposal": another thing
        found, text = _args_of(v, {"nsubj"}, mentions, spans, places=False, acting=True)
        found = [m for m in found if id(m) not in own and (m.key or m.name) not in {s.key or s.name for s in sources}]
        return found, text or _phrase(next((c for c in v.children if c.dep_ == "nsubj"), v))
    return None


# the verbs that make each proposal noun ("rejected the demand" after "demanded ..."); other nouns, any verb of
# proposing whose object they are ("put forward a plan ... rejected the plan")
PROPOSAL_VERBS_OF = {
    "proposal": {"propose", "offer"},  # "he offered to phase in the changes ... the unions rejected the proposal"
    "offer": {"offer", "propose"},
    "demand": {"demand"},
    "request": {"request"},
}

# verbs asking another side for a thing ("called on the minister to introduce a rent freeze", "demanded a pay rise")
REQUESTING_VERBS = frozenset({"call", "urge", "demand", "ask", "press", "appeal", "seek", "request", "petition"})
REQUEST_ECHO_SENTENCES = 4  # how many sentences before a rejection the request for the same thing may be told


def _requester(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str] | None:
    """For a rejection or an acceptance of a thing no one owns that another side asked for a few sentences before
    ("She called on the minister to introduce a three-year rent freeze ... The prime minister rejected a rent
    freeze"), that side: the subject of the nearest request (a verb of asking in its REQUEST reading, not negated)
    whose asked-for thing (its object, its "for" phrase, or the object of the act it asks for: `_asked_things`) is
    the same noun with no narrowing noun the request lacks ("a rent freeze" answers no call for "a wage freeze");
    never the rejecter itself. A pronoun subject is kept as the target's words (the actor it stands for, when
    named); an unnamed asker gives no target rather than another guess."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in obj.children):
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children):
        return None
    narrowing = _narrowing_nouns(obj)
    lo = _sentence_start(tok, REQUEST_ECHO_SENTENCES)
    own = {m.key or m.name for m in sources}
    for v in reversed(tok.doc[: tok.sent.start]):
        if v.idx < lo:
            return None
        if v.pos_ != "VERB" or v.lemma_.lower() not in REQUESTING_VERBS or v.dep_ in ("amod", "acl"):
            continue  # ("has asked": a perfect tense asks too)
        if (_code(v) or ("",))[0] != "REQUEST" or any(c.dep_ == "neg" for c in v.children):
            continue  # "called the ceasefire a sham": naming, no request; "did not call for a pay rise"
        asked = [
            t for t in _asked_things(v) if t.lemma_.lower() == obj.lemma_.lower() and narrowing <= _narrowing_nouns(t)
        ]
        if not asked:
            continue
        found, text = _args_of(v, {"nsubj"}, mentions, spans, places=False, acting=True)
        found = [m for m in found if (m.key or m.name) not in own]
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is None or not found and subject.pos_ != "PRON":
            return None  # asked by no one the text names: no target rather than another guess
        return found, text or _phrase(subject)
    return None


# acts a request asks another side to do that bring the asked-for thing about ("to introduce a rent freeze")
ENACTING_VERBS = frozenset(
    {"introduce", "impose", "grant", "give", "hold", "approve", "adopt", "allow", "declare", "provide", "pass", "set"}
    | {"sign", "accept", "agree", "call", "open", "offer", "restore", "raise", "cut", "lift", "end", "extend"}
)


def _asked_things(v: Token) -> list[Token]:
    """What a request asks for: its object ("demanded a recount"), its "for" phrase ("asked for a recount", "called
    for a freeze"), the object of an act it asks for that brings the thing about ("called on the minister to
    introduce a freeze"; never "asked the court to dismiss the case", "sought to avoid a referendum")."""
    things = [c for c in v.children if c.dep_ == "dobj"]
    things += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    acts = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ENACTING_VERBS]
    acts += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.subtree if g.dep_ == "xcomp"]
    things += [o for a in acts if a.lemma_.lower() in ENACTING_VERBS for o in a.children if o.dep_ == "dobj"]
    return [t for t in things if t.pos_ == "NOUN"]


def _narrowing_nouns(noun: Token) -> set[str]:
    """The nouns narrowing a noun ("rent" in "a rent freeze")."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")}


VETO_VERBS = frozenset({"veto", "block"})
BILL_NOUNS = frozenset({"bill", "law", "legislation", "amendment", "amendments", "budget", "measure"})
PASSING_VERBS = frozenset({"pass", "adopt", "approve"})


def _bill_passer(tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]) -> list[Mention]:
    """For a veto of a bill no one owns ("the president vetoed the bill"), the side the text tells passed that very
    kind of bill, anywhere in the document ("parliament passed the bill in its third reading"): the subject of a verb
    of passing with the same noun as its object, by name; else none."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in BILL_NOUNS or any(c.dep_ in ("poss", "agent") for c in obj.children):
        return []
    own = {m.key or m.name for m in sources}
    for v in tok.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in PASSING_VERBS or v.i == tok.i:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == obj.lemma_.lower() for c in v.children):
            continue
        found, _ = _args_of(v, {"nsubj"}, mentions, spans, places=False, acting=True)
        found = [m for m in found if (m.key or m.name) not in own]
        if found:
            return found
    return []


def _proposes(verb: Token, obj: Token) -> bool:
    """The verb of proposing made the thing the object names: by its own noun's verb ("demanded ... the demand") or
    with that noun as its object ("tabled a plan ... the plan")."""
    noun = obj.lemma_.lower()
    if verb.lemma_.lower() in PROPOSAL_VERBS_OF.get(noun, ()):
        if verb.lemma_.lower() == "offer" and not _offers_terms(verb):
            return False  # "offered its condolences", "offered support": no terms another side could turn down
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() == noun for c in verb.children)


def _offers_terms(verb: Token) -> bool:
    """An offer of terms: to do something ("offered to phase in the changes") or of a proposal, a deal or an act
    ("offered a ceasefire", "offered a 4% rise"); not of feelings or backing ("offered its condolences")."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    lex = event_lexicon()
    return any(
        c.dep_ in ("dobj", "dative")
        and (c.lemma_.lower() in PROPOSAL_NOUNS or c.lemma_.lower() in lex.nouns or c.lemma_.lower() in OFFER_TERMS)
        for c in verb.children
    )


OFFER_TERMS = frozenset({"rise", "increase", "deal", "pay", "settlement", "truce", "amnesty", "concession", "raise"})


def _object_is_it(tok: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def _definite(t: Token) -> bool:
    """A noun with "the", "this" or "that"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)


def _behind_preposition(m: Mention, head: Token) -> bool:
    """The mention hangs under the head through a preposition ("the tender in Nairobi")."""
    span = head.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    t = span.root if span is not None and len(span) else None
    while t is not None and t.i != head.i and t.head.i != t.i:
        if t.dep_ in ("prep", "pobj"):
            return True
        t = t.head
    return False


NAMED_HOLDER_ORGANS = frozenset({"ministry", "government", "administration", "cabinet", "department"})


def _owned_force(t: Token) -> Token | None:
    """The possessive pronoun ("its", "their") on a noun of armed forces, an organ of state or a side's members ("its
    fighters", "their troops", "its ministry", "thousands of its members"): they act for the pronoun's actor, and are
    acted on as it; None for other nouns ("its economy")."""
    lex = event_lexicon()
    t = _counted(t)  # "several thousand of its members"
    if t.lemma_.lower() not in lex.troop_nouns | lex.state_nouns | lex.side_member_nouns and not _organ(t):
        return None
    # a person's own organ of state is the state's ("his ministry", "her agency"); a person's party, firm or union is
    # no state's
    personal = t.lemma_.lower() in lex.troop_nouns | lex.state_nouns | lex.personal_state_organs
    owners = ("its", "their", "his", "her") if personal else ("its", "their")
    # a named person's own organ of state too ("Mwakasege's ministry also accused ...": the minister's state); never
    # a named leader's fighters or forces ("Kony's fighters", "Haftar's forces": no state's)
    organ = t.lemma_.lower() in lex.personal_state_organs | NAMED_HOLDER_ORGANS
    return next(
        (c for c in t.children if c.dep_ == "poss" and (c.lower_ in owners or organ and c.pos_ == "PROPN")),
        None,
    )


def _persons_state(m: Mention, mentions: list[Mention]) -> Mention | None:
    """For a person, the state of the person's country as the document names it (None when it names none); any other
    actor itself."""
    if m.type != "PERSON":
        return m
    # a family name alone takes its full name's country ("Mwakasege" after "Tanzanian minister Halima Mwakasege")
    country = m.country or next((x.country for x in mentions if x.key and x.key == m.key and x.country), None)
    return state_or_people(mentions, country) if country else None


def _whose_body(t: Token, mentions: list[Mention]) -> Mention | None:
    """For a people noun with "whose" ("the African Union, whose chairman praised ..."), the organisation or state the
    relative clause describes: the noun is its official."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children) or not _agent_noun(t):
        return None
    clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    body = mention_for_token(clause.head, mentions)
    return body if body is not None and body.type in ("ORG", "GPE") else None


def _listed_with(doc: Doc, m: Mention, mentions: list[Mention]) -> list[Mention]:
    """The mentions coordinated with a mention inside a phrase ("from China, India and Brazil": India, Brazil)."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for c in span.root.conjuncts:
        x = mention_for_token(c, mentions)
        if x is not None and x is not m and not is_place(x):
            out.append(x)
    return out


EXTRAPOSING = {"be", "take", "seem", "appear", "remain", "make", "become"}


def _expletive(t: Token) -> bool:
    """ "It" standing for a clause put after its verb ("it is vital to act", "it took years for them to agree",
    "it was decided that ..."), or after the adjective of a small clause ("makes it hard for either to back down",
    "found it difficult to agree"), not for an actor."""
    head = t.head
    if t.dep_ == "nsubj" and head.pos_ == "ADJ" and any(c.dep_ in ("advcl", "xcomp", "ccomp") for c in head.children):
        return True
    if t.dep_ not in ("nsubj", "nsubjpass", "expl") or head.lemma_.lower() not in EXTRAPOSING | {"decide", "agree"}:
        return False
    if head.lemma_.lower() in ("decide", "agree") and not any(c.dep_ == "auxpass" for c in head.children):
        return False  # "it was agreed that ..." stands for a clause; "the company said it had agreed to ..." for itself
    return any(c.dep_ in ("xcomp", "ccomp", "csubj", "advcl") and c.i > t.i for c in head.children) and (
        head.lemma_.lower() != "be" or any(c.dep_ in ("acomp", "attr") for c in head.children)
    )


INSIDE_PREPS = frozenset({"in", "inside", "within", "throughout"})


def _thing_before_conjunct(t: Token) -> bool:
    """ "it" as the subject of a clause joined to one whose subject is a thing ("the law allows X, but it does not
    allow Y", "the plan was welcomed and it will help Z"): that thing, no actor."""
    verb = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first is not None and first.pos_ == "NOUN" and _thing(first) and not first.ent_type_


def _inside_it(t: Token) -> bool:
    """ "it" as what something is in, put before the verb ("In it he alleges ...", "Inside it, officials said ..."):
    a book, a report or a place, no actor; not after the verb ("invested in it", "wants a future in it")."""
    prep = t.head
    return (
        t.dep_ == "pobj" and prep.lower_ in INSIDE_PREPS and prep.head.pos_ in ("VERB", "AUX") and prep.i < prep.head.i
    )


def _reporting_group(t: Token) -> Token | None:
    """For "they" as the subject of a reported clause, the plural subject of the reporting verb ("opposition
    leaders said they would boycott the poll"): the group that speaks of itself."""
    if t.lower_ in ("its", "their") and t.dep_ == "poss":
        return _reporting_owner(t)
    if t.lower_ not in PRONOUNS_PLURAL | {"it"} or t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = t.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in event_lexicon().claim_verbs:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if t.lower_ == "it":  # "the ministry said it had expelled ...", "his agency said it had detained ...": the organ
        return subj if subj is not None and subj.pos_ == "NOUN" and _organ(subj) and not _plural(subj) else None
    plural = _plural(subj)
    return subj if plural and subj.pos_ in ("NOUN", "PROPN") else None


def _reporting_owner(t: Token) -> Token | None:
    """For "its" or "their" in the subject of a reported clause, the reporting verb's subject when it is an
    organisation's noun of the same number ("the union said 19 of its members were arrested": the union's)."""
    head = t.head
    while (
        head.dep_ in ("pobj", "prep") or head.pos_ in ("NOUN", "NUM", "ADP") and head.dep_ not in ("nsubj", "nsubjpass")
    ):
        if head.head.i == head.i:
            return None
        head = head.head
    clause = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in event_lexicon().claim_verbs:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not _organ(subj) or _plural(subj) != (t.lower_ == "their"):
        return None
    return subj


def _organ(t: Token) -> bool:
    """A noun of an organ of a state or of an organisation ("ministry", "agency", "army", "the union")."""
    kind = description_kinds().get(t.lemma_.lower())
    return t.lemma_.lower() in event_lexicon().state_nouns or kind in ("body", "forces", "party", "company")


def _nearer_group(t: Token) -> Token | None:
    """For "they", "them" or "their", unnamed people before the pronoun, in its sentence or the one before, with no
    named actor between them as a subject: the nearest group that is a subject, or, for a pronoun that is no
    subject and with no name between, the nearest group in any role ("Prosecutors have targeted a ranch owned by
    Agroflora. They plan to seize it": the prosecutors; "asked councils to show restraint ... ask them": the
    councils; "Iranian authorities arrested journalists. They accused X": the authorities). It is the pronoun's
    likeliest antecedent, so no named actor further back stands for it (the group's own named affiliation does:
    "Labour MPs")."""
    if t.lower_ not in PRONOUNS_PLURAL:
        return None
    lo = _sentence_start(t, 1)
    doc = t.doc
    named = False  # a name seen on the way back: only a group that is a subject still comes before it
    for i in range(t.i - 1, -1, -1):
        g = doc[i]
        if g.idx < lo:
            return None
        if g.ent_type_ and g.ent_type_ != "NORP":
            if g.dep_ in ("nsubj", "nsubjpass") and g.head.dep_ != "ccomp":
                return None  # a named subject comes first (not one of a reported clause): the resolver decides
            named = True
            continue
        group = g.tag_ in ("NNS", "NNPS") and g.dep_ != "compound" and _people(g) and not _in_phrase_of(g, t)
        if group and (g.dep_ in ("nsubj", "nsubjpass") or not (named or t.dep_ in ("nsubj", "nsubjpass"))):
            return g  # a subject pronoun stands for a subject ("Iranian authorities arrested journalists. They ...")
    return None


def _in_phrase_of(g: Token, t: Token) -> bool:
    """The noun is inside the pronoun's own phrase ("their own members")."""
    head = t.head if t.dep_ == "poss" else t
    return head.left_edge.i <= g.i <= head.right_edge.i


def _counted(t: Token) -> Token:
    """The noun a count stands for ("thousands of villagers", "a number of MPs", "several of them": the villagers,
    the MPs, them), else the token itself."""
    for _ in range(3):  # "tens of thousands of students", "31 of its activists"
        part = t.lower_ in PART_WORDS and t.lower_ != "none"  # "none of them": no one
        if t.lemma_.lower() not in event_lexicon().quantity_nouns and not part and t.pos_ != "NUM":
            return t
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is None or part and counted.pos_ == "PRON" and counted.lower_ not in ("them", "us"):
            return t  # "some of those arrested": not "those", a thing
        t = counted
    return t


def _thing(t: Token) -> bool:
    """A common noun naming a thing: no people, organ of state, place or event ("system", "figures", "study")."""
    lex = event_lexicon()
    t = _counted(t)
    if t.pos_ != "NOUN" or t.ent_type_:
        return False
    lemma = t.lemma_.lower()
    if _agent_noun(t) or description_kinds().get(lemma) in ORGANISATION_KINDS or is_force_post(t):
        return False  # people; an organisation of a kind ("armed groups that signed", "the parties that voted"); a
        # post of forces ("an army base")
    return lemma not in lex.state_nouns | lex.place_nouns | lex.outsider_nouns and lemma not in lex.nouns


ORGANISATION_KINDS = frozenset({"group", "armed_group", "party", "company", "bloc"})


def _retort(tok: Token, mentions: list[Mention]) -> bool:
    """ "Shot back", "hit back", "fired back" with nothing shot at, by a state by its name or capital or by a named
    person: an answer in words, no force ("Moscow shot back on Thursday"); armed people shooting back ("the guards
    shot back, killing two", "soldiers shot back at the gunmen") use force."""
    if tok.lemma_.lower() not in ("shoot", "hit", "fire") or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children
    ):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    speaker = mention_for_token(subject, mentions) if subject is not None else None
    if speaker is None or not (speaker.type == "PERSON" or (speaker.type == "GPE" and is_state(speaker))):
        return False
    aimed = (
        c
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ in ("at", "on")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    )
    return not any(c.dep_ in ("dobj", "dative") for c in tok.children) and next(aimed, None) is None


def _not_a_doer(t: Token) -> bool:
    """A thing or an act named by its noun ("the figures", "the complaints"), which acts on no one."""
    return _thing(t) or (t.pos_ == "NOUN" and not t.ent_type_ and _counted(t).lemma_.lower() in event_lexicon().nouns)


def _thing_owners(t: Token) -> list:
    """The words of a thing's phrase that can say whose it is: its modifiers ("Britain's economy", "the Commission
    study") and its "by" / "of" / "from" objects with theirs ("a report by the UN"), not deeper phrases."""
    out = [t]
    for c in t.children:
        if c.dep_ in NAME_MODIFIERS:
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in ("by", "of", "from"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
                    out.extend(x for m in g.children if m.dep_ in NAME_MODIFIERS for x in m.subtree)
    return out


CLAUSAL_DEPS = {"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj"}


# verbs of a third party's part in others' act ("a truce mediated by Qatar")
MEDIATING_VERBS = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "chair", "arrange", "oversee"})


def _mediated_parties(tok: Token, mentions: list[Mention], spans: list[_QuoteArea]) -> tuple[list, str | None]:
    """The parties of an act a participle of mediation describes ("Sudan and the RSF agreed to a truce, mediated by
    Saudi Arabia": Sudan and the RSF): the subject of the clause the mediated noun sits in."""
    if tok.dep_ not in ("acl", "advcl") or tok.lemma_.lower() not in MEDIATING_VERBS:
        return [], None
    t = tok.head
    while t.pos_ != "VERB" and t.head.i != t.i:
        t = t.head
    return _args_of(t, {"nsubj"}, mentions, spans, places=False) if t.pos_ == "VERB" else ([], None)


def _phrase_mentions(tok: Token, mentions: list[Mention], skip: Token | None = None) -> list[Mention]:
    """The mentions of an argument's phrase (`mentions_in_subtree`). For people without a name ("the president",
    "officials") only those of the noun's own modifiers (`_own_modifiers`), not those inside a clause or a deeper
    phrase: in "accused the president of excluding Iraq from the budget" Iraq is no side of the accusation.
    `skip`: a child whose words are left out (a participle describing the noun)."""
    found = mentions_in_subtree(tok, mentions)
    if not found:
        return found
    inner: set[int] = {t.idx for t in skip.subtree} if skip is not None else set()
    # a relative clause describes its noun, it names no side ("the singer, who dated Kate Moss, was arrested",
    # "an amnesty to people who hid savings under the regime of X");
    # nor does a clause deeper in the phrase ("a plan of delaying the vote until the court had ruled")
    inner.update(t.idx for c in tok.subtree if c.dep_ == "relcl" and c.i != tok.i for t in c.subtree)
    inner.update(t.idx for x in tok.subtree if x.dep_ == "advcl" and x.i != tok.i for t in x.subtree)
    inner.update(_meeting_topic(tok))  # "a meeting on Palestinian reform is hosted by X": what it is about
    # a participle's place describes where the noun is ("foreign banks operating in Brazil", "troops based in
    # Kuwait"): where, no side (its agent stays: "firms owned by China")
    inner.update(
        t.idx
        for x in tok.subtree
        if x.dep_ == "acl" and x.tag_ in ("VBG", "VBN")
        for p in x.children
        if p.dep_ == "prep" and p.lower_ in LOCATIVE
        for t in p.subtree
    )
    # a third party's part in it ("a truce mediated by Qatar", "talks hosted by Norway"): the mediator, no side
    inner.update(
        t.idx
        for x in tok.subtree
        if x.dep_ == "acl" and x.tag_ == "VBN" and x.lemma_.lower() in MEDIATING_VERBS
        for p in x.children
        if p.dep_ == "agent"
        for t in p.subtree
    )
    found = [
        m for m in found if m.start_char not in inner and _preps_down(tok, m) <= settings().events.phrase_max_preps
    ]
    if tok.lemma_.lower() in event_lexicon().outsider_nouns:
        return [m for m in found if m.start_char in _outsiders_own(tok)]
    if tok.lemma_.lower() not in event_lexicon().agent_nouns:
        return found
    own = {t.idx for t in _own_modifiers(tok)}
    return [m for m in found if m.start_char in own]


def _preps_down(tok: Token, m: Mention) -> int:
    """How many prepositions lie between an argument's head and a name in its phrase ("calls for the publication of
    advice on the legality of the Iraq war": Iraq is four down)."""
    t = tok.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    t = t.root if t is not None and len(t) else None
    n = 0
    while t is not None and t.i != tok.i and t.head.i != t.i:
        n += t.dep_ == "prep"
        t = t.head
    return n


NAME_MODIFIERS = {"amod", "compound", "poss", "nmod", "appos", "nummod", "det"}


def _outsiders_own(tok: Token) -> set[int]:
    """The words that say who people named by their tie to another actor are ("the owner of Repsol", "critics of
    the government", "Microsoft's rivals", "Yukos shareholders": that other actor is not they): an apposed name
    ("its owner, John Smith") or a nationality ("American investors"), nothing else of the phrase."""
    own = {t.idx for c in tok.children if c.dep_ == "appos" for t in c.subtree}
    # "his predecessor as foreign secretary, Lord Hurd": the name apposed to the role it is given
    own.update(
        t.idx
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for g in p.children
        if g.dep_ == "pobj"
        for c in g.children
        if c.dep_ == "appos"
        for t in c.subtree
    )
    own.update(c.idx for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
    return own


# nouns of a body a name before them names ("the Civic Unity party", "the Latvia First movement")
NAMED_BODY_NOUNS = frozenset(
    {"party", "movement", "alliance", "union", "front", "coalition", "bloc", "federation", "association", "group"}
)


def _preferred(tok: Token, found: list[Mention]) -> list[Mention]:
    """An argument phrase's mentions, the one it stands for first: an apposed name ("its envoy, John Smith"), then
    its possessor ("Turkey's bid to join the EU", "Britain's envoy to the UN": Turkey, Britain), then the rest in
    their order (persons first, nearest the head), a place phrase's last ("his Argentine counterpart in Santiago")."""
    # an apposed name, not a description set beside the head ("gunmen from X, an armed group aligned with the Tripoli
    # authorities": the description's own phrases name another actor)
    apposed = {
        t.idx for c in tok.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for t in c.subtree
    }
    if tok.pos_ == "NOUN":  # "the captain of the trawler, Manuel Otero": the person the parse set beside the trawler
        apposed |= {t.idx for c in tok.subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON" for t in c.subtree}
    owner = {t.idx for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    # the noun's own words before what its phrases and clauses name: "a Chinese offer to build a port in Colombo"
    own = {t.idx for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree}
    # where the people are comes after who they are: "his Argentine counterpart in Santiago"
    where = {t.idx for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE for t in c.subtree}
    # an organisation's noun with its own name as a modifier names that body before its possessor: "Kalnina's Civic
    # Unity party" is the party, "Kenya's ruling Jubilee party" Jubilee
    named = tok.lemma_.lower() in NAMED_BODY_NOUNS
    # people of a body come under the body before their nationality: "two Ethiopian employees of the WFP" are the
    # WFP's
    employer = (
        {t.idx for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for t in c.subtree}
        if tok.lemma_.lower() in MEMBER_NOUNS
        else set()
    )
    return sorted(
        found,
        key=lambda m: (
            not (m.type == "ORG" and m.start_char in employer),
            not (named and m.type == "ORG" and m.start_char in own),
            m.start_char not in apposed,
            m.start_char not in owner,
            m.start_char not in own,
            m.start_char in where,
            _depth_under(tok, m),  # "sanctions on Nicaraguan officials, including two Supreme Court justices"
        ),
    )


def _clause_maker(obj: Token) -> Token | None:
    """The subject of a relative clause on an object noun that makes or plans the thing ("a march the ANS had
    planned", "the proposal Kenya tabled"), else None: the one whose thing the act is aimed at."""
    for c in obj.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in MAKING_VERBS:
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
                return subj
    return None


MAKING_VERBS = frozenset(
    {"plan", "organise", "organize", "call", "propose", "table", "submit", "put", "make", "offer", "draft", "present"}
    | {"announce", "stage", "hold", "launch", "pass", "adopt", "issue", "sponsor", "back", "introduce"}
)


def _depth_under(tok: Token, m: Mention) -> int:
    """How many steps down the parse the mention's head lies from the phrase's head (deep phrases say less of whom
    the phrase is about: its own modifiers before the members a list under it names)."""
    span = tok.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    t, steps = (span.root if span is not None and len(span) else tok), 0
    while t.i != tok.i and t.head.i != t.i and steps < 50:
        t, steps = t.head, steps + 1
    return steps


OWNER_PREPS = {"of", "from"} | LOCATIVE


def _own_modifiers(tok: Token, depth: int = 0) -> list:
    """A people noun's words that can say whose they are: the noun, its modifiers ("the Kenyan president", "Iran's
    envoy") and the objects of its prepositions with their own modifiers ("the president of Kenya", "workers in
    plants in Germany": through "of", "from" and place prepositions); not what a clause or another phrase says
    ("accused the governor of hiding payments to Uganda")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in NAME_MODIFIERS:
            out.extend(c.subtree)
        elif c.dep_ == "prep" and (depth == 0 or c.lower_ in OWNER_PREPS) and depth < 3:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend(_own_modifiers(g, depth + 1))
                    out.extend(x for m in g.children if m.dep_ in ("conj", "cc") for x in m.subtree)
    return out


def _place_object(t: Token, m: Mention) -> bool:
    """A place that is no state, as the object of a preposition inside an argument's phrase ("a visit to Kumasi"):
    where, not who. As a modifier it stands for its affiliation ("the Mombasa governor")."""
    at = next((x for x in t.subtree if x.idx == m.start_char), None)
    span = t.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if m.type == "GPE" and not is_state(m) and span is not None and _where(span.root):
        # "protests in the city of El Alto", "wounded in Normandy", "a hearing in San Francisco": a town or a region
        # (whether the gazetteer knows it or not), where, not who
        return True
    if not is_state(m) and span is not None and _names_a_place(span.root):
        return True  # "reopen the Torkham border crossing", "the Mombasa port": the place's own name
    if not is_place(m):
        # "held talks in Brussels": a city in a place phrase of a meeting or an act is where, however much a capital
        event_noun = t.lower_ in event_lexicon().nouns or t.lemma_.lower() in event_lexicon().nouns
        return event_noun and at is not None and _locative_object(at) and at.head.head.i == t.i and _city(m)
    return at is None or at.dep_ not in ("compound", "amod", "poss", "nmod")


def _names_a_place(root: Token) -> bool:
    """The name is a compound of a site noun, directly or through other compounds ("the Torkham border crossing",
    "Mombasa port": events_word_classes `site_noun`; not "the Mombasa governor", "the BBC headquarters"), also as a
    conjunct of one ("the Masnaa and Jousieh crossings")."""
    t = root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    while t.dep_ in ("compound", "nmod") and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in event_lexicon().site_nouns:
            return True
    return False


def _city(m: Mention) -> bool:
    """A city, capitals included ("Brussels", "Lisbon")."""
    return bool(lexicon.country_of_city(m.name) or lexicon.country_of_seat(m.name))


def _where(t: Token) -> bool:
    """The object of a place preposition, or the name of a place noun ("the city of El Alto")."""
    if _locative_object(t):
        return True
    lex = event_lexicon()
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lex.place_nouns


def _locative_object(t: Token) -> bool:
    """The object of a place preposition ("in Brussels", "at the summit in Paris")."""
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in LOCATIVE


def _someone_elses(t: Token, m: Mention) -> bool:
    """A people noun whose person mention is only its possessor ("Brown's ally", "her lawyer", "Lucy's mother"): the
    noun names another person. A state's or an organisation's people act for it ("Iran's envoy"); persons do not."""
    lex = event_lexicon()
    if t.lemma_.lower() not in lex.agent_nouns | lex.kin_nouns or m.start_char <= t.idx < m.end_char:
        return False
    if t.lemma_.lower() in lex.government_nouns:
        return False  # "Blair's government": his own
    owners = [c for c in t.children if c.dep_ == "poss"]
    owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(any(x.idx == m.start_char for x in c.subtree) for c in owners)  # "X's lawyer", "the father of X"


def _passive_participle(tok: Token) -> bool:
    """'the firms accused of fraud', 'six men detained in Lagos': a past participle on a noun, whose noun it acts
    on (not the main verb the parse misread as one, `_misread_main_verb`)."""
    return (
        tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and not _misread_main_verb(tok)
    )


CAUSATIVE_HEADS = frozenset({"have", "get", "order"})


def _causative(tok: Token) -> bool:
    """A past participle that "have", "get" or "order" makes someone else's act ("tried to have Baikal's assets
    frozen", "got the envoy expelled", "the court ordered the activist jailed"): the participle's subject undergoes
    it, the subject of "have" brings it about; not what befalls one's own ("had its ambassador expelled":
    `_own_thing`; "could face having assets seized")."""
    return (
        tok.tag_ in ("VBN", "VBD")  # "have the envoy expelled": the parse often reads a past tense
        and tok.dep_ in ("ccomp", "xcomp", "oprd")
        and tok.head.lemma_.lower() in CAUSATIVE_HEADS
        and tok.head.tag_ != "VBG"  # "could face having assets seized": what befalls the subject
        and any(c.dep_ in ("nsubj", "nsubjpass") and not _own_thing(c) for c in tok.children)
    )


def _ordered_object(tok: Token) -> bool:
    """A past participle on the object of "order", "have" or "get" ("ordered the editor released", "had the
    protesters removed"): the subject of "order" brings it about."""
    noun = tok.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in CAUSATIVE_HEADS and not _own_thing(noun)


def _own_thing(t: Token) -> bool:
    """A phrase with a possessive pronoun ("had its ambassador expelled", "got their accounts frozen"): what happens
    to it happens to the subject of "have", no causative."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)


def _misread_main_verb(tok: Token) -> bool:
    """A past tense the parse hung as a participle on the sentence's subject, which it made the root: "X, chairman
    of Y, called on Z to ..." (the name, its apposition or relative clause between commas, then the verb; a
    headline's "Six men detained in Lagos" has neither), or a protest with no object or agent ("Hundreds of
    students protested outside ...", "Dozens of workers marched to ..."): a crowd's act, nothing done to the
    crowd."""
    noun = tok.head
    if tok.dep_ == "relcl" and tok.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "The X, the bloc to which both belong, on Thursday called on ...": a past tense with no subject or relative
        # word of its own after the name's apposition, read as a second relative clause
        return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and _after_commas(tok, noun)
    if tok.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or tok.i < noun.i:
        return False
    if (event_lexicon().verbs.get(tok.lemma_.lower()) or ("", None))[0] == "PROTEST" and not any(
        c.dep_ == "agent" or c.dep_ in OBJECT_DEPS for c in tok.children
    ):
        return True  # "Hundreds of students protested outside ...": a crowd's act, which nobody undergoes
    return _after_commas(tok, noun)  # or a relative clause between commas: "Russia, which has bases in both, ..."


def _after_commas(tok: Token, noun: Token) -> bool:
    """The verb comes after the noun's apposition or relative clause and its closing comma, with only the verb's own
    words (an adverbial: "on Thursday") after that comma."""
    if tok.i < noun.i or not any(c.dep_ in ("appos", "relcl") and noun.i < c.i < tok.i for c in noun.children):
        return False
    k = tok.i - 1
    own = {t.i for t in tok.subtree}
    while k > noun.i and tok.doc[k].text != "," and k in own:
        k -= 1
    return k > noun.i and tok.doc[k].text == ","


# prepositions that take only a place ("near Zubin Potok", "outside the town"): a name under one is where, even one
# the recogniser tagged an organisation
PLACE_PREPS = frozenset({"near", "outside", "around", "across", "throughout", "beside"})


def _unknown_body(m: Mention) -> bool:
    """An organisation of no known sector: what the recogniser tagged one and nothing confirms."""
    return m.type == "ORG" and not m.sector


def _nearest_preposition(x: Token, t: Token) -> str | None:
    """The nearest preposition above token x below the argument t, lower case; None without one."""
    while x.i != t.i and x.head.i != x.i:
        if x.dep_ == "prep":
            return x.lower_
        x = x.head
    return None


def _place_inside(t: Token, m: Mention) -> bool:
    """A place that is no state named in a place phrase inside an argument's phrase ("gunmen in Kaduna", "girls
    kidnapped in Kaduna state", "clashed with gunmen near the village of X"): where, no side; not through "of" ("the
    governor of Kaduna state": whose; but "the village of X" names the village), nor as the argument's own modifier
    ("Kaduna residents")."""
    span = t.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    x = span.root if span is not None and len(span) else None
    if x is not None and not is_state(m) and _names_a_place(x):
        return True  # "reopen the Torkham border crossing": the crossing's name
    if x is not None and _unknown_body(m) and _nearest_preposition(x, t) in PLACE_PREPS:
        return True  # "raided the village near Zubin Potok" (tagged an organisation): only a place is "near"
    # a capital stands for its state where people are ("police in Tbilisi") or harm is done ("a market in Kabul":
    # its state's people, as CAMEO codes victims), not where a text is signed or a protest held ("signed the
    # constitution in Rome", "dispersed the march in Santiago")
    capital = is_state(m) and lexicon.country_of_name(m.name) is None and _text_or_protest(t)
    # people who act for no state are only where a state's name places them ("gunmen in Kenya's north")
    stateless = _stateless_people(t)
    if not is_place(m) and not _unstated_place(m) and not capital and not stateless:
        return _where_an_act_was(t, x)
    while x is not None and x.i != t.i and x.head.i != x.i:
        if x.dep_ == "prep" and x.lower_ == "of" and x.head.lower_ in place_nouns().get("of", frozenset()):
            x = x.head  # "near the hamlet of X": the "of" names the hamlet; the preposition above it says where
            continue
        if x.dep_ == "prep":
            # the nearest preposition above the place says what it is to the phrase ("a ship on Lesbos": where; "its
            # assault on Khan Younis", "sanctions on Transnistria": an act's target)
            nouns = event_lexicon().nouns
            on_a_thing = x.lower_ in ("on", "off") and t.lower_ not in nouns and t.lemma_.lower() not in nouns
            return x.lower_ in LOCATIVE or on_a_thing and not is_state(m)
        x = x.head
    return False


def _where_an_act_was(t: Token, x: Token | None) -> bool:
    """A state named where an act told inside a subject's phrase happened ("leaders of the movement behind the
    protests in Nepal met ...": the protests were in Nepal; the leaders are no Nepal's), not the subject's own place
    ("police in Kenya"); an object's stays its side ("investigating torture inside Bangladeshi prisons", "appealed
    for an end to the fighting in Sudan")."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    nouns = event_lexicon().nouns
    while x is not None and x.i != t.i and x.head.i != x.i:
        if x.dep_ == "prep":
            head = x.head
            return x.lower_ in LOCATIVE and head.i != t.i and head.pos_ == "NOUN" and head.lemma_.lower() in nouns
        x = x.head
    return False


def _stateless_people(t: Token) -> bool:
    """People who act for no state wherever they are (events_word_classes `stateless_agent_noun`: "gunmen",
    "kidnappers", "rebels"; a plural opening a sentence may be read as a name: "Rebels in Chad attacked")."""
    return _stateless_noun(t.lemma_.lower()) or _stateless_noun(t.lower_)


def _stateless_noun(word: str) -> bool:
    """A noun of people who act for no state (events_word_classes `stateless_agent_noun`), in the singular or the
    plural as written ("gunmen", "kidnappers")."""
    nouns = event_lexicon().stateless_agent_nouns
    return word in nouns or word.removesuffix("s") in nouns or word.replace("men", "man") in nouns


def _text_or_protest(t: Token) -> bool:
    """A text that is signed or issued ("the constitution", "a treaty") or a protest ("the march")."""
    lex = event_lexicon()
    lemma = t.lemma_.lower()
    return lemma in lex.text_nouns or (lex.nouns.get(lemma) or ("",))[0] == "PROTEST"


def _in_locative(tok: Token, m: Mention) -> bool:
    """Whether the mention sits in a locative phrase of the predicate ("met in Kampala")."""
    span = tok.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    t = span.root if span is not None else None
    while t is not None and t.head.i != t.i and t.head.i != tok.i:
        t = t.head
    return t is not None and t.head.i == tok.i and t.dep_ == "prep" and t.lower_ in LOCATIVE


def _state_where(tok: Token, mentions: list[Mention], targets: list[Mention]) -> list[Mention]:
    """The state where the predicate happens, by name: its place's country ("were arrested in Dubai": the UAE), else
    the country the story is about (`descriptions`: "the government" of the story); none when the text never names
    it as a state, or when those acted on are that state's people by name ("the Britons were detained" in a British
    story: abroad, by whom the text does not say)."""
    code = location_country(tok) or _granted_into(tok) or document_country(mentions, tok.doc)
    if any(m.type == "NORP" and m.country == code for m in targets):
        return []
    state = state_named(mentions, code) if code else None
    return [state] if state is not None else []


def _agentless_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    )


def _unnamed_agent(tok: Token, rels: set[str]) -> str | None:
    """The phrase of a child in `rels` that names people without a name ("police", "three journalists", "Kenyan
    troops", "thousands of Tutsis": an agent noun of events_word_classes.tsv or a people's name, no actor mention
    in it), else None. A relative pronoun stands for the noun its clause describes ("the miners, who were arrested
    by soldiers": the miners)."""
    for child in tok.children:
        if child.dep_ not in rels:
            continue
        if _relative_subject(child, tok):
            noun = _counted(tok.head)
            if (
                child.lower_ != "which"  # "fired at protesters, which killed three": the act, not the people
                and _people(noun)
                and not _habitual(tok)
                and not _of_people(noun)
                and not any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children)
            ):
                return _before_clause(tok.head, tok)
            continue
        if _people(_counted(child)) and not any(
            c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in child.children
        ):
            return _phrase(child)
    return None


def _of_people(noun: Token) -> bool:
    """People of other people ("relatives of the victims, who were killed", "mothers of the slain protesters, who
    were detained"): which of the two a relative clause after them tells of, the parse cannot say, whichever noun it
    hung the clause on."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _people(noun.head.head):
        return True
    of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(_people(g) or _people_word(g) for g in of)  # "families of the missing, who were abducted"


# adjectives that stand for people after "the" ("the missing", "the dead"), whatever the tagger read
PEOPLE_ADJECTIVES = frozenset({"missing", "dead", "wounded", "injured", "disappeared", "detained", "displaced"})


def _people_word(t: Token) -> bool:
    """An adjective standing for people ("the missing", "the dead", "the wounded")."""
    return t.lower_ in PEOPLE_ADJECTIVES and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _relative_subject(child: Token, clause: Token) -> bool:
    """The child is the relative pronoun a relative clause's verb takes as an argument ("the miners, who were
    arrested"): it stands for the noun the clause describes (`clause.head`)."""
    return child.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl"


def _habitual(verb: Token) -> bool:
    """A verb in the simple present with no auxiliary ("the gangs who attack our people", "farmers who block roads
    every week"): what a kind of people does, no act that took place."""
    return verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _before_clause(noun: Token, clause: Token) -> str:
    """The phrase of the noun a relative clause describes, up to the clause ("the miners, who ...": "the miners")."""
    words = [t for t in noun.subtree if t.i < clause.left_edge.i]
    while words and words[-1].is_punct:
        words.pop()
    return noun.doc[words[0].i : words[-1].i + 1].text if words else noun.text


def _unnamed_passive_agent(agent: Token) -> str | None:
    """The phrase of a passive's "by" agent that names people without a name ("were arrested by police", "by
    border guards", `_unnamed_agent`), never the manner of the act ("dispersed by force", "by excessive force")."""
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if noun is None or (noun.lemma_.lower() == "force" and noun.tag_ == "NN"):
        return None
    return _unnamed_agent(agent, {"pobj"})


def _committed_to_a_cause(tok: Token) -> bool:
    """A passive of commitment whose object is a cause, not an act toward someone ("is committed to poverty
    reduction", "remains committed to free trade"); "committed to talks with X", "committed to sending troops"
    are acts (an event noun, or a clause)."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in event_lexicon().disposition_passives:
        return False
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    return obj is not None and obj.pos_ == "NOUN" and _thing(obj)


def _promise_to_no_one(tok: Token) -> bool:
    """A promise of the speaker's own plans ("pledged the party would cut taxes", "promised a positive campaign"),
    not of an act toward others ("pledged $40m in aid", "promised talks"): no event noun in what is promised."""
    if tok.lemma_.lower() not in PROMISES:
        return False
    nouns = event_lexicon().nouns
    promised = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for t in c.subtree]
    return not any(t.pos_ == "NOUN" and t.lower_ in nouns for t in promised)


def _own_defended(tok: Token, etype: str, targets: list) -> bool:
    """Defending one's own ("defended his decision", "defended its record"): no other actor supported."""
    if etype != "SUPPORT" or targets or tok.lemma_.lower() != "defend":
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    owner = _noun_agent(obj) if obj is not None else None
    while owner is not None and owner.pos_ != "PRON":
        owner = _noun_agent(owner)  # "his party's posters"
    return owner is not None and owner.pos_ == "PRON"


def _wish(tok: Token) -> bool:
    """ "asked to be excused", "asked not to be named": an infinitive and no one asked (not "were asked to vote",
    "the adviser they asked to cut costs")."""
    if tok.dep_ == "relcl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    asked = any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in ("for", "of") for c in tok.children
    )
    return not asked and any(c.dep_ == "xcomp" for c in tok.children)


def _speaker_of_itself(tok: Token, spans: list[_QuoteArea]) -> bool:
    """Inside a quote, the speaker ("I", "we") as the subject of a predicate with no one acted on: what the speaker
    says of itself, not an act toward another actor."""
    if _quote_at(spans, tok.idx) is None:
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "xcomp":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "we have to fight"
    return subj is not None and subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON"


def _practice(tok: Token) -> bool:
    """A gerund in a phrase on a noun, with no subject of its own ("the policy of detaining suspects", "our
    approach to imprisoning vulnerable people"): a practice described, not an act done."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "pcomp"
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ == "NOUN"
        and not any(c.dep_ in ("nsubj", "poss") for c in tok.children)
    )


def _named_after(tok: Token) -> bool:
    """An event noun with its owner on it ("the Butler inquiry", "Lord Hutton's report"), as a name is."""
    return any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON") for c in tok.children)


def _private(tok: Token) -> bool:
    """The predicate acts on the source's own family ("met his wife", "sued her husband"): private life."""
    kin = event_lexicon().kin_nouns
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            objs = [c]
        elif c.dep_ == "prep":
            objs = [x for x in c.children if x.dep_ == "pobj"]
        else:
            continue
        # one's own family ("his wife"), not another's ("detained the sons of the former president")
        if any(
            o.lemma_.lower() in kin and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children) for o in objs
        ):
            return True
    return False


# people who work for a body or belong to it ("the company's senior managers", "the group's leaders")
STAFF_NOUNS = frozenset(
    {"manager", "director", "engineer", "executive", "employee", "staff", "worker", "technician", "member"}
    | {"leader", "official", "officer", "commander", "fighter", "delegate", "representative", "negotiator"}
)


def _described_owners_body(t: Token, mentions: list[Mention], window: int) -> Mention | None:
    """People of a body a description names as their owner ("detained two of the company's senior managers", "the
    ministry's staff"): the organisation or state the description stands for; never a person's ("the minister's
    aides": another person, unnamed)."""
    people = _counted(t)
    plural = people.tag_ in ("NNS", "NNPS") or people.lower_ == "staff"
    if not plural or people.lemma_.lower() not in STAFF_NOUNS:
        return None  # never people opposed to it or held by it ("the government's opponents", "the group's hostages")
    owner = next((c for c in people.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    m = resolve_description(owner, mentions, window) if owner is not None else None
    return m if m is not None and m.type in ("ORG", "GPE") else None


# descriptions of a state as a possessor: "the country's army", "the nation's president"
STATE_DESCRIPTION_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})


def _described_states_organ(t: Token, mentions: list[Mention], window: int) -> Mention | None:
    """An organ, force or official of a state a description names as its owner ("the country's foreign minister",
    "the nation's army", "the country's military authorities"): the state the description stands for, as "the
    country" alone does; never a body that is only in the country ("the country's largest union") nor its people."""
    lex = event_lexicon()
    if t.lemma_.lower() not in lex.state_nouns | lex.troop_nouns or _former(t):
        return None  # "the country's former president": no longer the state's
    words = lex.non_state_modifiers
    if any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or c.lemma_.lower() in words or c.lower_ in words)
        for c in t.children
    ):
        return None  # "the country's opposition leader", "the country's Kurdish forces": in the country, not the state
    owner = next(
        (
            c
            for c in t.children
            if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in STATE_DESCRIPTION_NOUNS
        ),
        None,
    )
    if owner is None:
        return None
    before = {m.key or m.name for m in mentions if window <= m.start_char < owner.idx and is_state(m)}
    if len(before) > 1:
        return None  # "The US imposed sanctions on Cuba. The country's government ...": which country is not said
    m = resolve_description(owner, mentions, window)
    return m if m is not None and m.type == "GPE" else None


def _agent_noun(t: Token) -> bool:
    """A noun of people (events_word_classes.tsv `agent_noun`); one that names people only with a word saying whose
    or which (`qualified_agent_noun`: "senior union figures") is a number or a thing bare ("promised a figure")."""
    lex = event_lexicon()
    lemma = t.lemma_.lower()
    if lemma in lex.qualified_agent_nouns and not any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
        return False
    return lemma in lex.agent_nouns


def _people(t: Token) -> bool:
    """People without a name: an agent noun ("police", "villagers") or a people's plural name ("Kurds")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    return _agent_noun(t) or (t.ent_type_ == "NORP" and (t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s")))


def _named_elsewhere(t: Token, mentions: list[Mention]) -> Mention | None:
    """For a titled family name the mentions missed ("Labour's Mr Livingstone"), the document's person of that family
    name ("Ken Livingstone" before or after), the nearest of its mentions; None when no person or several people of
    the document bear it."""
    same = [m for m in mentions if m.type == "PERSON" and len(m.name.split()) > 1 and m.name.split()[-1] == t.text]
    if len({m.key or m.name for m in same}) != 1:
        return None
    return min(same, key=lambda m: abs(m.start_char - t.idx))


def _loose_apposition(t: Token, mentions: list[Mention]) -> Mention | None:
    """A person's name set off by commas right after a people noun's phrase, which the parse hung elsewhere ("calling
    on the senior judge in England and Wales, Lord Woolf, to ...": Lord Woolf, not England) or apposed to a place in
    it ("arrested the leader of the protest in Nairobi, Peter Kamau"). None unless the noun is an agent noun and the
    name stands alone between two commas (or ends the sentence)."""
    doc = t.doc
    if not _agent_noun(t):
        return None
    for c in t.subtree:  # "the leader of the protest in Nairobi, Peter Kamau": a person apposed to a place
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.head.ent_type_ in ("GPE", "LOC", "FAC"):
            m = mention_for_token(c, mentions)
            if m is not None and m.type == "PERSON":
                return m
    after = t.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    end = after + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and end - after <= 4:
        end += 1  # the name, with its title ("Lord Woolf", "Dr Ann Kelly")
    if end == after + 1 or (end < len(doc) and doc[end].text not in (",", ".")):
        return None  # no name alone there, or a clause goes on ("the judge, Lord Woolf said")
    name = doc[after + 1 : end]
    found = mentions_starting(mentions, name.start_char, name.end_char)
    return next((x for x in found if x.type == "PERSON" and x.end_char <= name.end_char), None)


def _leaders_state(t: Token, mentions: list[Mention]) -> Mention | None:
    """A government named by its leader ("Tony Blair's government", "the Bush administration": events_word_classes
    `government_noun`) stands for the leader's state: the document's first mention of that state by name, else the
    leader; None for any other noun."""
    if t.lemma_.lower() not in event_lexicon().government_nouns:
        return None
    for c in t.children:
        leader = mention_for_token(c, mentions) if c.dep_ in ("poss", "compound") else None
        if leader is not None and leader.type == "PERSON":
            key = leader.key or leader.name
            country = leader.country or next(
                (m.country for m in mentions if (m.key or m.name) == key and m.country), None
            )
            states = [m for m in mentions if country and m.country == country and _named_state(m)]
            by_name = [m for m in states if lexicon.country_of_name(m.name)]  # "Canada" before "Ottawa"
            return next(iter(by_name + states), leader)
    return None


def _named_state(m: Mention) -> bool:
    """A state named as such: a country, or its capital standing for it."""
    return m.type == "GPE" and is_state(m)


def _missed_person(t: Token) -> bool:
    """A person's name the mentions missed: a proper noun after an honorific ("Mr", "Mrs", "Dr": actors.honorific)."""
    return t.pos_ == "PROPN" and any(c.dep_ == "compound" and honorific(c) for c in t.children)


def _speaks_for(doc: Doc, speaker: Mention, mentions: list[Mention]) -> Mention | None:
    """The organisation or state a person speaks for, as an apposition on the person says: "X, a spokesman for the
    EU", "X, a director of Group Menatep", "X, the company's chairman" (its "for"/"of" object or possessor)."""
    if speaker.type != "PERSON":
        return None
    head = mention_head(doc, speaker)
    if head is None:
        return None
    roles = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    for role in roles:
        owners = [c for c in role.children if c.dep_ == "poss"]
        owners += [g for c in role.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children]
        for owner in owners:
            m = mention_for_token(owner, mentions) or next(iter(_phrase_mentions(owner, mentions)), None)
            if m is not None and m.type in ("ORG", "GPE") and not is_place(m):
                return m
    return None


def _bound_by_object(t: Token, mentions: list[Mention]) -> set[str]:
    """For a subject pronoun, the actors its own verb's object describes ("It accused the firm of ...": the firm the
    description stands for is not "it"): keys of what those definite descriptions resolve to."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    window = _sentence_start(t, settings().events.description_max_sentences)
    found = (resolve_description(o, mentions, window) for o in t.head.children if o.dep_ in OBJECT_DEPS)
    return {m.key or m.name for m in found if m is not None}


def _done_by_its_means(tok: Token) -> bool:
    """A verb that only says someone acted back (events_word_classes `generic_act_verb`: "retaliated", "responded")
    whose "by" or "with" phrase codes an act of its own ("retaliated by expelling diplomats", "responded with
    air strikes"): that act is the event."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in event_lexicon().generic_act_verbs:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "with")):
        if any(g.dep_ in ("pcomp", "pobj") and _code(g) is not None for g in prep.children):
            return True
    return False


def _bound_by_subject(t: Token, mentions: list[Mention]) -> set[str]:
    """For an object pronoun that is no reflexive ("Khartoum urged it to reconsider", "Paris summoned him", "talks
    with them"), the actors its own verb's subject names: an object pronoun never stands for its clause's subject
    (that is "itself"); keys of those actors. Possessives ("closed its border") may stand for the subject."""
    if t.dep_ not in ("dobj", "iobj", "dative", "pobj") or t.lower_ not in ("it", "him", "her", "them"):
        return set()
    verb = t.head.head if t.dep_ == "pobj" else t.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "vowed to punish it"
    elif not subjects and verb.dep_ == "advcl":
        # "suspended the party, accusing it of ...": a participle's doer is its clause's active subject; never a
        # passive's ("was impeached, forcing him to hand over power": him, the one impeached)
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    keys = {m.key or m.name for s in subjects for m in mentions_in_subtree(s, mentions)}
    window = _sentence_start(t, settings().events.description_max_sentences)
    described = (resolve_description(s, mentions, window) for s in subjects if s.pos_ == "NOUN")
    return keys | {m.key or m.name for m in described if m is not None}


def _relative_antecedent(t: Token, mentions: list[Mention]) -> Mention | None:
    """'Nigeria, which accused ...': the noun the relative clause describes, from the words before the clause."""
    noun = t.head.head
    clause_start = t.head.left_edge.idx
    at = mention_for_token(noun, mentions)
    if at is not None:
        return at
    one = _one_of_whom(noun)
    if one is not None and (named := mention_for_token(one, mentions)) is not None:
        return named  # "X, one of 38 inmates who have refused food": X among them
    before = [m for m in mentions_in_subtree(noun, mentions) if m.start_char < clause_start]
    if before:
        return before[0]
    # "according to the militia, which accused ...": the actor the description stands for
    return resolve_description(noun, mentions, _sentence_start(noun, settings().events.description_max_sentences))


def _one_of_whom(noun: Token) -> Token | None:
    """The name a plural noun counts in: "X, one of 38 inmates": X (the apposition "one of" hangs on), "X was one of
    a dozen groups": X (the subject "one of" is said of); else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ != "one":
        return None
    one = prep.head
    if one.dep_ == "appos":
        return one.head
    if one.dep_ == "attr" and one.head.lemma_ == "be":  # "The FRN was one of a dozen groups that signed": the FRN
        return next((c for c in one.head.children if c.dep_ == "nsubj"), None)
    return None


def _sentence_start(t: Token, back: int) -> int:
    """Start offset of the sentence `back` sentences before the token's (a pronoun's antecedent lies in it or
    after it)."""
    import bisect

    starts = doc_cache(t.doc, "sentence_starts", lambda d: [s.start_char for s in sents_of(d)])
    i = max(bisect.bisect_right(starts, t.idx) - 1 - back, 0)
    return starts[i] if starts else 0


def _not_place(m: Mention) -> bool:
    return not is_place(m)


def _antecedent(doc: Doc, quote: _QuoteArea | None = None) -> Callable[[Mention], bool]:
    """A mention a pronoun side may stand for: no place, nor the source a report is attributed to ("according to
    Reuters, they plan to seize the farm": not Reuters), nor the one a statement is made to ("X told the Reuters
    news agency: 'we will fight them'": not Reuters), nor, for a pronoun inside a quote, its speaker (who says "I":
    'X argued: "He has apologised"' is someone else)."""
    speaker = quote.speaker_mention if quote is not None else None
    speaker_key = (speaker.key or speaker.name) if speaker is not None else None

    def accept(m: Mention) -> bool:
        if is_place(m):
            return False
        if speaker_key is not None and (m.key or m.name) == speaker_key:
            return False
        head = mention_head(doc, m)
        if head is None:
            return True
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:  # "the Reuters news agency"
            head = head.head
        according = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
        told = head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() in event_lexicon().claim_verbs
        return not (according or told)

    return accept


def _phrase(tok: Token) -> str:
    """An argument as written: its phrase, or its head word when the phrase is long; never the dateline the parse
    hung on the first sentence's subject ("GUATEMALA CITY, March 13 (Reuters) - Guatemala and Honduras")."""
    sub = list(tok.subtree)
    charge = next((c for c in sub if c.i > tok.i and _charge_phrase(c)), None)
    if charge is not None:  # "accused [an Evening Standard journalist] of being like a guard": the charge is no side
        sub = [t for t in sub if t.i < charge.i]
    if sub[0].idx < event_dates.DATELINE_MAX_START and (line := event_dates.document_dateline_end(tok.doc)):
        sub = [t for t in sub if t.idx >= line] or [tok]
    text = text_of(tok.doc)
    start = text.rfind("\n", 0, sub[0].idx) + 1
    start += len(text[start : sub[0].idx]) - len(text[start : sub[0].idx].lstrip())
    heading = event_dates.HEADING_DATE.match(text, start)
    if heading and sub[0].idx < heading.end():
        # "MONDAY - Police raided ...", "SATURDAY, FEB 14 - Artillery shelled": the timeline's heading is no word
        # of the subject
        sub = [t for t in sub if t.idx >= heading.end()] or [tok]
    when = _trailing_when(tok, sub)
    if when is not None:  # "The Krakow Court of Appeal on Friday sentenced": the day is the act's, no word of the side
        sub = [t for t in sub if t.i < when] or [tok]
    return tok.doc[sub[0].i : sub[-1].i + 1].text if len(sub) <= settings().events.max_phrase_words else tok.text


def _trailing_when(tok: Token, sub: list[Token]) -> int | None:
    """The first token of a date phrase the parse hung on an argument's head at its phrase's end ("on Friday", "last
    week", "in 2023"): its last right child, when that child's phrase ends the argument's and is all date and is no
    "of" phrase ("the victims of 1973", "survivors of 1948": which ones, not when); else None."""
    rights = [c for c in tok.rights if c.i > tok.i]
    if not rights:
        return None
    c = rights[-1]
    words = list(c.subtree)
    if words[-1].i != sub[-1].i or (c.dep_ == "prep" and c.lower_ not in WHEN_PREPS):
        return None
    content = [w for w in words if w.i != c.i or c.dep_ != "prep"]
    content = [w for w in content if not w.is_punct]
    return words[0].i if content and all(w.ent_type_ == "DATE" for w in content) else None


WHEN_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "by"})


def is_place(m: Mention) -> bool:
    """A place that is no state: a town, a region, a building ("Mombasa", "the Middle East"). A country, or a
    capital or seat of government standing for its government ("Beijing said", "the Kremlin"), is an actor, as
    CAMEO codes them."""
    if m.type not in ("GPE", "LOC", "FAC") or is_state(m):
        return False
    # a GPE is a place when the gazetteer knows it as a city (the NER also tags persons and movements GPE)
    return m.type != "GPE" or lexicon.country_of_city(m.name) is not None


def _source(tok: Token, mentions: list[Mention], spans: list[_QuoteArea]) -> tuple[list[Mention], str | None]:
    """The source mentions and their phrase: subject, passive agent or stance holder, inherited upwards; places
    that are no state are never the source ("the border town of X attacked"). An event noun's source is its own
    (see `_noun_source`)."""
    if tok.pos_ == "NOUN":
        return _noun_source(tok, mentions, spans)
    return _clause_source(tok, mentions, spans)


def _noun_source(tok: Token, mentions: list[Mention], spans: list[_QuoteArea]) -> tuple[list[Mention], str | None]:
    """An event noun's source: its possessor or modifier ("Russia's attack", "the Russian attack", "US aid"), its
    "by" phrase ("an attack by rebels"), else the subject of the clause only when that subject takes part in the
    event it names: through a light or participation verb ("held talks", "joined the talks", "took part in
    talks") or a circumstantial phrase ("said after talks with X"). The subject of any other verb is no side of
    the noun's event ("India rejected aid", "Germany criticised the talks", "the hunt for the organisers of the
    attack")."""
    owner_deps = {"amod", "compound"} if _patient_noun(tok) else {"poss", "amod", "compound"}
    if (received := _receiving_verb(tok)) is not None:
        found, text = _args_of(tok, {"amod", "compound"}, mentions, spans, places=False)  # "Haiti received US aid"
        if found:
            return found, text
        for from_ in (c for h in (tok, received) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
            found, text = _args_of(from_, {"pobj"}, mentions, spans, places=False)
            if found:
                return found, text  # "received $5m in aid from Canada": Canada gives
        return [], None  # the giver is unnamed; the subject only receives
    if (joined := _joined_gathering(tok)) is not None:
        found, text = _clause_source(joined, mentions, spans)
        if found:  # "Germany attended a NATO summit": Germany meets NATO (the modifier is the other side)
            return found, text
    found, text = _args_of(tok, owner_deps, mentions, spans, places=False)
    if found and _reacted_to_by_owner(tok, found, mentions, spans):
        found, text = [], None  # "Davis welcomed his apology": "his" is another's, not the welcomer's
    # "the London meeting": where; a seat of government's possessive is its government ("Rome's loan to X")
    possessive = {t.idx for t in tok.children if t.dep_ == "poss" for t in t.subtree}
    found = [
        m
        for m in found
        if not (m.type == "GPE" and lexicon.country_of_city(m.name)) or (m.start_char in possessive and is_state(m))
    ]
    found = [m for m in found if not _opposed(tok.doc, m)]  # "anti-French demonstrations": France is the target
    if any(c.lower_ in event_lexicon().perpetrator_words for c in tok.children if c.dep_ in ("amod", "compound")):
        found = [m for m in found if m.type not in ("GPE", "NORP")]  # "the US terror attacks": the US was attacked
    if _visit_noun(tok):
        found = [m for m in found if m.type not in ("GPE", "NORP")]  # "Mr Straw's China trip": China is visited
        if not found:  # the visitor is the possessor, behind the place nearer the noun
            found, text = _args_of(tok, {"poss"}, mentions, spans, places=False)
            found = [m for m in found if m.type not in ("GPE", "NORP")]
    if found:
        return found, text
    froms = ("by",) if tok.lemma_.lower() in event_lexicon().leaving_nouns else ("by", "from")  # "exit from the EU"
    drawn = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in event_lexicon().drawing_verbs else None
    drawn_from = [] if drawn is None else [c for c in drawn.children if c.dep_ == "prep" and c.lower_ == "from"]
    for by in [c for c in tok.children if c.dep_ == "prep" and c.lower_ in froms] + drawn_from + _hung_by(tok):
        # ("the arrest drew criticism from the US": the verb's "from", the parse hung it there)
        # "an attack by rebels", "a protest from the Thai government", "aid from Japan"
        found, text = _args_of(by, {"pobj"}, mentions, spans, places=False)
        if found:
            return found, text
    clause = _participant_clause(tok)
    return _clause_source(clause, mentions, spans) if clause is not None else ([], None)


# an event noun's phrases that say what it is done to: "the attack on the embassy", "the seizure of the tanker"
PATIENT_PREPS = frozenset({"on", "of", "against", "at"})


def _hung_by(noun: Token) -> list[Token]:
    """The "by" phrase of an event noun that the parse hung on the noun of its "on", "of" or "against" phrase ("the
    attack on its embassy by al-Shabaab", "the seizure of the tanker by Iran"): the doer of the act, never the thing
    acted on. Not where that noun is an event noun with a doer of its own ("the release of a report by the UN":
    the report's)."""
    out = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")):
            if _code(obj) is not None or obj.lemma_.lower() in event_lexicon().authored_nouns:
                continue  # "a speech by Putin", "the publication of a report by the UN": the work's author
            out.extend(c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" and _doer_phrase(c))
    return out


def _doer_phrase(by: Token) -> bool:
    """A "by" phrase that can name who acts: a name, or people or an organ of a state ("by al-Shabaab", "by the
    junta"); never a place or a thing ("by the Malian border", "by the name of X")."""
    lex = event_lexicon()
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.pos_ == "PROPN" or _people(obj) or obj.lemma_.lower() in lex.state_nouns | lex.troop_nouns


def _caused_by_an_act(tok: Token, agent: Token) -> bool:
    """A causative verb's "by" phrase that names an act ("forced by the resignation of X", "prompted by the
    collapse of talks"), not someone who acts."""
    lex = event_lexicon()
    if tok.lemma_.lower() not in lex.causative_verbs:
        return False
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    lemma = obj.lemma_.lower() if obj is not None and obj.pos_ == "NOUN" else ""
    return lemma in lex.nouns or lemma in lex.happening_nouns


def _organiser_of_subject(verb: Token) -> Token | None:
    """The "by" phrase of a participle that says who brought the subject's people out ("hundreds of drivers organised
    by the federation", "farmers led by the union": events_word_classes `organising_verb`): whoever did acts through
    them, before a nationality the subject's phrase names ("Ecuadorean drivers")."""
    caller = _heeded_caller(verb)
    if caller is not None:
        return caller
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    nouns = [subj, *(g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
    lex = event_lexicon()
    for noun in nouns:
        for part in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            agent = next((c for c in part.children if c.dep_ == "agent"), None)
            if agent is not None and part.lemma_.lower() in lex.organising_verbs:
                return agent
    return None


# nouns of a call that brings people out: "at the call of", "at the urging of", "on the initiative of"
CALL_NOUNS = frozenset({"call", "calls", "behest", "urging", "instigation", "initiative", "invitation", "appeal"})


def _assembles(verb: Token) -> bool:
    """People come together at or for a protest in this verb's clause ("gathered at a rally", `_assembled_for`)."""
    found = (_assembled_for(g) for c in verb.children if c.dep_ == "prep" for g in c.children)
    return any(a is not None and a.i == verb.i for a in found)


def _called_out_by(verb: Token) -> Token | None:
    """The "of" phrase of the call the verb's people acted on, when its subject names no actor ("thousands rallied
    at the call of the X movement", "farmers marched on the initiative of the union"), or the "by" agent of the
    protest they joined ("rallied at a protest called by Serb List", "marched in a protest organised by the
    union"): the caller acts through them."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("at", "on", "upon", "in", "during", "for"):
            continue
        for call in (g for g in c.children if g.dep_ == "pobj" and g.lower_ in CALL_NOUNS and c.lower_ != "for"):
            of = next((x for x in call.children if x.dep_ == "prep" and x.lower_ == "of"), None)
            if of is not None:
                return of
        for protest in (g for g in c.children if g.dep_ == "pobj" and _protest_noun(g)):
            for acl in (x for x in protest.children if x.dep_ == "acl" and x.lemma_.lower() in CALLING_VERBS):
                agent = next((x for x in acl.children if x.dep_ == "agent"), None)
                if agent is not None:
                    return agent  # "rallied at a protest called by Serb List", "in a march organised by the union"
    return None


CALLING_VERBS = frozenset({"call", "organise", "organize", "lead", "stage", "convene", "announce"})


def _protest_noun(t: Token) -> bool:
    """A noun of a protest ("a protest", "a rally", "the march", "a sit-in")."""
    lex = event_lexicon()
    return (lex.nouns.get(t.lemma_.lower()) or ("",))[0] == "PROTEST" or t.lemma_.lower() in lex.protest_forms


def _swallowed_subject(verb: Token) -> Span | None:
    """The words between a sentence's opening phrase and its finite verb when the parse ran them into that phrase
    and left the verb without a subject ("In a show of solidarity, the drivers' union, the X, staged a strike": the
    union and its name, parsed as conjuncts of "solidarity"); else None."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    sent = verb.sent
    opening = sent[0]
    if opening.dep_ != "prep" or opening.head.i != verb.i:
        return None
    comma = next((t for t in sent if opening.i < t.i < verb.i and t.text == ","), None)
    if comma is None or not opening.is_ancestor(verb.doc[comma.i + 1]) and verb.doc[comma.i + 1].head.i != comma.i:
        return None  # the words after the comma are no part of the opening phrase: the parse gave them a role
    end = verb.i
    while end > comma.i + 1 and verb.doc[end - 1].text in (",", "-", "\u2013", "\u2014"):
        end -= 1
    return verb.doc[comma.i + 1 : end] if end > comma.i + 1 else None


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# nouns of a span of time that measure how long after or before another act one came ("days after gunmen killed ...")
SPAN_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})


def _time_phrase_subject(verb: Token) -> Token | None:
    """The subject the parse put inside a time phrase on the verb ("..., days after armed men who crossed the river
    killed 11 villagers": "men" parsed as the object of "after" on "days", the verb left without a subject): a
    finite verb with no subject of its own and no conjunct's (a conjunct shares its head's: "recalled its envoy
    and, days after France, suspended arms sales"), and "after", "before" or "since" on it or on a span of time on
    it (SPAN_NOUNS) with an object whose phrase ends right before the verb and names people or an actor; else None.
    That clause is its own, not its head's."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ == "conj":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    spans = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_NOUNS]
    words = [c for h in [verb, *spans] for c in h.children if c.dep_ in ("prep", "mark")]
    for word in (w for w in words if w.lower_ in ("after", "before", "since")):
        obj = next((c for c in word.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i + 1 == verb.i and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            if _people(obj) or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return obj  # (a thing is no doer: "after an exchange of fire on their border killed ...")
    return None


def _heeded_caller(verb: Token) -> Token | None:
    """The "by" or "from" phrase of the call the verb's subject heeds ("workers answering a call by the
    confederation staged a strike", "farmers, heeding an appeal from the union, blocked ...": events_word_classes
    `answering_verb`), whoever the parse hangs the participle on (the subject, the verb, or the verb on it): the
    caller acts through them."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    parts = [c for c in subj.children if c.dep_ == "acl"] if subj is not None else []
    parts += [c for c in verb.children if c.dep_ == "csubj"]
    if verb.dep_ == "ccomp" and not any(c.dep_ in ("aux", "mark") for c in verb.head.children):
        parts.append(verb.head)  # "workers answering a call by X staged a strike" parsed with "staged" below
    lex = event_lexicon()
    for part in parts:
        if part.tag_ != "VBG" or part.lemma_.lower() not in lex.answering_verbs:
            continue
        calls = [c for c in part.children if c.dep_ == "dobj"]
        calls += [g for c in part.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        for call in calls:
            by = next((c for c in call.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            if by is not None:
                return by
    return None


def _maker_of_subject(verb: Token) -> Token | None:
    """The "by" phrase of a participle on the verb's subject, when the subject is a thing someone made, fired or
    sent ("a bomb planted by ETA exploded", "a rocket fired by the rebels hit a school", "a letter signed by 40 MPs
    urged ..."): whoever did so acts through it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    for part in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = next((c for c in part.children if c.dep_ == "agent"), None)
        if agent is not None:
            return agent
    return None


def _reacted_to_by_owner(tok: Token, found: list[Mention], mentions: list[Mention], spans: list[_QuoteArea]) -> bool:
    """An event noun with a possessive pronoun, the object of a verb that reacts to it ("welcomed his apology",
    "criticised her decision", "rejected their offer"), whose pronoun was read as that verb's own subject: one
    does not react to one's own act, so the pronoun stands for someone else. Light and participation verbs take
    one's own ("announced his resignation", "made his apology")."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    verb = tok.head
    if poss is None or poss.pos_ != "PRON" or tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    lex = event_lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.light_verbs | lex.meeting_light_verbs | lex.participation_verbs or lex.verbs.get(lemma) is None:
        return False
    subject, _ = _args_of(verb, {"nsubj"}, mentions, spans, places=False, acting=True)
    return bool(subject) and {id(m) for m in found} <= {id(m) for m in subject}


def _receiving_verb(tok: Token) -> Token | None:
    """The verb whose subject gets the aid an aid noun names ("Haiti received aid", "won $2bn in loans", "secured
    emergency funding": events_word_classes `receiving_verb`), None for other nouns and verbs."""
    lex = event_lexicon()
    code = lex.nouns.get(tok.lower_) or lex.nouns.get(tok.lemma_.lower())
    if tok.pos_ != "NOUN" or code is None or code[0] != "AID":
        return None
    held = tok
    if held.dep_ == "pobj" and held.head.lower_ in ("in", "of") and _amount(held.head.head):
        held = held.head.head  # "received $5 million in aid"
    if held.dep_ == "dobj" and held.head.lemma_.lower() in lex.receiving_verbs:
        return held.head
    return None


def _joined_gathering(tok: Token) -> Token | None:
    """The verb of a clause whose subject joins a meeting or accord an organisation's name or possessive modifies
    ("the senator attended a Hamas meeting", "Japan joined the EU talks", "Iran took part in OPEC's summit"): the
    subject is one side, the organisation the other. None for light verbs ("Germany held an EU meeting"), mere
    presence ("was not at the Downing Street meeting") and other nouns."""
    lex = event_lexicon()
    if tok.pos_ != "NOUN" or not _gathering(tok, lex):
        return None
    verb = _participant_clause(tok)
    if verb is None:
        return None
    part = any(c.dep_ == "dobj" and c.lemma_.lower() in lex.participation_nouns for c in verb.children)
    return verb if part or verb.lemma_.lower() in lex.participation_verbs else None


def _described_owner(obj: Token, mentions: list[Mention]) -> Mention | None:
    """The actor a description owning the object stands for: its possessor ("attacked the government's plans",
    "hailed his chancellor's performance") or a bare "government" before its noun ("criticised government policy"),
    resolved as "the government" and "the chancellor" are (pipeline.stages.descriptions)."""
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is None:
        owner = next(
            (c for c in obj.children if c.dep_ in ("compound", "nmod") and c.lower_ == "government" and not c.n_lefts),
            None,
        )
    if owner is None:
        return None
    return resolve_description(owner, mentions, _sentence_start(owner, settings().events.description_max_sentences))


def _patient_noun(tok: Token) -> bool:
    """An event noun whose possessor undergoes it ("his arrest", "Khodorkovsky's trial", "the prisoners' release"):
    the possessor is the target, never the source."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in event_lexicon().patient_nouns


def _opposed(doc: Doc, m: Mention) -> bool:
    """The mention is what an "anti-" word opposes ("anti-French", "anti-American protests")."""
    start = m.start_char
    text = text_of(doc)
    return text[start : start + 5].lower() == "anti-" or (start >= 5 and text[start - 5 : start].lower() == "anti-")


def _visit_noun(tok: Token) -> bool:
    """A noun naming a visit ("trip", "visit", "tour"): a country on it is where the visitor goes."""
    lex = event_lexicon()
    code = lex.nouns.get(tok.lower_) or lex.nouns.get(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and code is not None and code[1] == "visit"


def _participant_clause(tok: Token) -> Token | None:
    """The verb whose subject takes part in the event an event noun names, None when no verb's does: the noun is
    the object of a light or participation verb, the object of a participation verb's preposition ("took part in
    the talks"), or the object of a circumstantial preposition ("after talks with X")."""
    lex = event_lexicon()
    takes_part = lex.light_verbs | lex.participation_verbs | lex.cessation_verbs
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        return _participant_clause(tok.head)  # "talks and negotiations": as the first
    head = tok.head
    if tok.dep_ == "dobj" and head.tag_ == "VBG" and head.lower_ in lex.circumstance_preps and _gathering(tok, lex):
        # "following talks with X", parsed as a verb on the phrase before it: the main clause's subject took part
        clause = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp")), None)
        return clause
    if tok.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head if head.lemma_.lower() in takes_part else None
    if tok.dep_ != "pobj" or head.dep_ != "prep":
        return None
    if head.lower_ in ("in", "of") and _amount(head.head):
        return _participant_clause(head.head)  # "provided $2 million in aid", "sent a shipment of aid"
    means = _means_verb(tok, head, lex)
    if means is not None:
        return means
    if head.lower_ == "with" and head.head.lemma_.lower() in lex.persisting_verbs:
        return head.head  # "pressed ahead with air strikes", "went ahead with the boycott": the subject's own act
    if head.lower_ in ("with", "by") and head.head.lemma_.lower() in lex.generic_act_verbs:
        return head.head  # "responded with air strikes", "retaliated with tariffs": the subject's own act
    if head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if verb.lemma_.lower() in takes_part or (head.lower_ in lex.circumstance_preps and _gathering(tok, lex)):
            return verb
        with_partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        if head.lower_ == "for" and verb.lemma_.lower() in lex.travel_verbs and with_partner and _gathering(tok, lex):
            return verb  # "flew to Tehran for talks with X", "was in Kyiv for a meeting with Y": the traveller meets
        if head.lower_ == "in" and not any(c.dep_ in ("det", "poss") for c in tok.children):
            return verb  # "summoned the ambassador in protest", "are in talks with": the subject's own act
        if _assembled_for(tok) is not None:
            return verb  # "gathered at a rally", "assembled for a march": the crowd protests
        if head.lower_ == "on" and verb.lemma_.lower() in lex.state_on_verbs:
            if not any(c.dep_ == "poss" for c in tok.children):
                return verb  # "went on strike", "have been on hunger strike", "was on a visit to Kenya"
        part = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "took part in"
        if part is not None and part.lemma_.lower() in lex.participation_nouns:
            return verb
    owner = head.head
    if head.lower_ in lex.circumstance_preps and owner.dep_ == "dobj" and owner.head.pos_ == "VERB":
        if _gathering(tok, lex) and not any(c.dep_ == "poss" for c in owner.children):
            return owner.head  # "endorsed that call during talks with X", parsed on the object: the endorser met X
    return None


def _means_verb(tok: Token, prep: Token, lex: EventLexicon) -> Token | None:
    """The verb a protest noun is the means of ("paralysed hospitals with a nationwide strike", "brought the country
    to a halt with a general strike", the phrase parsed on the verb or on its object or complement): its subject
    protests. Not a reaction ("was met with protests") nor a meeting."""
    if prep.lower_ not in ("with", "through") or (lex.nouns.get(tok.lower_) or ("",))[0] != "PROTEST":
        return None
    verb = prep.head
    while verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj") and verb.head.i != verb.i:
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "brought the country to a halt with ..."
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lex.reaction_verbs or verb.lemma_.lower() == "meet":
        return None
    return verb


def _amount(tok: Token) -> bool:
    """A quantity: a number or a noun counted by one ("$2 million", "a shipment", "200 tonnes")."""
    return (
        tok.like_num
        or tok.tag_ == "CD"
        or any(c.dep_ == "nummod" for c in tok.children)
        or (tok.lemma_.lower() in event_lexicon().amount_nouns)
    )


def _assembled_for(tok: Token) -> Token | None:
    """The verb of people coming together "at" or "for" the protest a noun names ("gathered at a rally", "assembled
    for a march": events_word_classes `assembly_verb`), None otherwise. Not a verb with an object ("gathered
    information at the protest"), nor one whose subject is there to watch, guard or help (events_word_classes
    `onlooker_noun`, forces and organs of a state: "police converged at the demonstration", "reporters gathered at
    the rally")."""
    lex = event_lexicon()
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("at", "for") or not _protest_noun(tok):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.assembly_verbs:
        return None
    if any(c.dep_ == "dobj" for c in verb.children) or (verb.dep_ == "pcomp" and verb.head.lower_ == "from"):
        return None  # "gathered information at the protest"; "prevented supporters from gathering at the rally"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "on") for c in tok.children):
        return None  # "a demonstration of the new drone", "a march on Goma": a display, an advance
    if any(_onlooker_purpose(c) for c in (*verb.children, *tok.children)):
        return None  # "assembled at the rally to keep order", "gathered at the march to treat the wounded"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        who = _counted(subj)
        if who.lemma_.lower() in lex.onlooker_nouns | lex.troop_nouns | lex.state_nouns:
            return None
        crowd = who.pos_ == "NUM" or who.lemma_.lower() in lex.quantity_nouns or who.pos_ == "PRON"
        if not (crowd or _people(who) or who.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
            return None  # "momentum gathered for a general strike": no one comes
    return verb


def _onlooker_purpose(c: Token) -> bool:
    """A purpose clause of someone at a protest to watch over, report or help ("to keep order", "to treat the
    injured", "to interview protesters": events_word_classes `onlooker_purpose_verb`)."""
    return (
        c.dep_ in ("advcl", "xcomp", "acl")
        and c.lemma_.lower() in event_lexicon().onlooker_purpose_verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    )


def _gathering(tok: Token, lex: EventLexicon) -> bool:
    """An event noun that names a meeting or an accord (CONSULT, AGREE, COOPERATE): its participants are those
    present, so a clause's subject "after" or "at" it took part."""
    code = lex.nouns.get(tok.lower_) or lex.nouns.get(tok.lemma_.lower())
    return code is not None and code[0] in SYMMETRIC - {"ASSAULT"}


ORDER_NOUNS = frozenset({"order", "orders", "instruction", "instructions", "command", "behest"})


def _orderer(tok: Token) -> Token | None:
    """The "of" phrase of the orders an agentless passive was done on ("was closed on the orders of Monrovia", "were
    arrested on the instructions of the governor", "at the behest of X"); else None."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "under", "by")):
        noun = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ in ORDER_NOUNS), None)
        of = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ == "of"), None) if noun else None
        if of is not None:
            return of
    return None


SUMMONING_OFFICES = frozenset({"ministry", "office", "palace", "headquarters", "department", "chancellery"})


def _summoning_office(tok: Token) -> Token | None:
    """The office an agentless passive summons someone to ("the ambassador was summoned to the foreign ministry",
    "was called in to the Foreign Office"): the summoner; else None."""
    called_in = tok.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children)
    if tok.lemma_.lower() != "summon" and not called_in:
        return None
    heads = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    for prep in (p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"):
        office = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if office is not None and office.lemma_.lower() in SUMMONING_OFFICES:
            return office
    return None


def _whose_subject(head: Token) -> Token | None:
    """The name before ", whose" when the parse made the "whose" clause the main clause, with the name as a second
    subject ("Cleric X, whose party holds 41 seats, endorsed ...": X endorsed); else None."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not any(g.lower_ == "whose" for g in subjects[1].children if g.dep_ == "poss"):
        return None
    return subjects[0] if subjects[0].i < subjects[1].i else None


def _clause_source(tok: Token, mentions: list[Mention], spans: list[_QuoteArea]) -> tuple[list[Mention], str | None]:
    """A predicate's source from its clause: subject, passive agent or stance holder, inherited upwards. A past
    participle on a noun ("the firms accused of fraud") has only its "by" agent."""
    lex = event_lexicon()
    if _causative(tok):  # "Yukos tried to have Baikal's assets frozen": Yukos, not Baikal
        return _clause_source(tok.head, mentions, spans)
    if _misread_main_verb(tok):  # "X, chairman of Y, called on Z": X
        found = _arg_mentions(tok.head, mentions, spans, places=False, acting=True)
        return found, (_phrase_head(tok.head) if found else None)
    if _passive_participle(tok) or _passive_conjunct(tok):
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None and _ordered_object(tok):  # "the judge ordered the editor released": the judge
            return _clause_source(tok.head.head, mentions, spans)
        if agent is None:
            return [], None
        found, text = _args_of(agent, {"pobj"}, mentions, spans, places=False)
        # "three journalists detained by police on Friday": a side without a name, as an active subject's
        return (found, text) if found else ([], _unnamed_passive_agent(agent))
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "the unions meeting Mr Prescott": the noun a present participle describes does it; "those seeking
        # permits": the people it describes, whoever the main clause's subject is
        found = _arg_mentions(tok.head, mentions, spans, places=False, acting=True)
        own = range(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
        found = [m for m in found if m.start_char not in own]  # "a treaty recognising Kosovo": not Kosovo
        unnamed = _unnamed_agent(tok.head.head, {tok.head.dep_})
        if not found and not unnamed and _issued_text(tok.head):
            # "passed a resolution censuring Iran", "issued a statement condemning the raid": the text's author
            return _clause_source(tok.head.head, mentions, spans)
        return found, (_phrase_head(tok.head) if found or unnamed else None)
    controller = _object_controller(tok)
    if controller is not None:
        # "prompting unions to threaten action", "forced the minister to resign": the object acts
        found = _arg_mentions(controller, mentions, spans, places=False, acting=True)
        if found:
            return found, _phrase(controller)
        unnamed = _unnamed_agent(tok.head, {controller.dep_})
        if unnamed is not None:
            return [], unnamed
    head, came_from = tok, None
    for _ in range(settings().events.source_max_steps):
        own = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        # a thing, or an act ("said the complaints were fabricated and rejected their demands"), undergoes
        undergoer = next((c for c in head.children if c.dep_ == "nsubjpass" and _not_a_doer(c)), None)
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if (own or undergoer or passive) is not None and _reported_conjunct(
            came_from, head, own or undergoer or passive
        ):
            # "said the count had been rigged and demanded a recount": the reporter demanded
            came_from, head = head, head.head  # "Greenpeace says the rules are weak, and has asked ...": Greenpeace
            continue
        whose = _whose_subject(head) if came_from is not None else None
        if whose is not None:  # "X, whose party holds 41 seats, endorsed ...": the parse hung the verb on the clause
            found = _arg_mentions(whose, mentions, spans, places=False, acting=True)
            return found, (whose.doc[whose.left_edge.i : whose.i + 1].text if found else None)
        organiser = _organiser_of_subject(head)  # "drivers organised by the federation blocked ...": the federation
        if organiser is not None:
            found, text = _args_of(organiser, {"pobj"}, mentions, spans, places=False, acting=True)
            if found:
                return found, text
        found, text = _args_of(head, {"nsubj"}, mentions, spans, places=False, acting=True)
        if found and not all(m.type == "NORP" for m in found):
            return found, text
        caller = _called_out_by(head) if (_code(head) or ("",))[0] == "PROTEST" or _assembles(head) else None
        if caller is not None:  # "thousands rallied at the call of the X movement": the X movement; "thousands of
            # Serbs rallied at a protest called by Serb List": the organiser over the people it called out
            called, called_text = _args_of(caller, {"pobj"}, mentions, spans, places=False, acting=True)
            if called:
                return called, called_text
        if found:
            return found, text
        swallowed = _swallowed_subject(head)
        if swallowed is not None:  # "In a show of solidarity, the drivers' union, the X, staged ...": the X
            found = [m for m in mentions if swallowed.start_char <= m.start_char < swallowed.end_char]
            found = [m for m in found if not is_place(m)]
            if found:
                return found[-1:], swallowed.text
        timed = _time_phrase_subject(head)
        if timed is not None:  # "days after armed men ... killed": the men, named or not; never the head's subject
            found = _arg_mentions(timed, mentions, spans, places=False, acting=True)
            return found, timed.doc[timed.left_edge.i : timed.i + 1].text
        maker = _maker_of_subject(head)  # "a bomb planted by ETA killed ...": ETA
        if maker is not None:
            found, text = _args_of(maker, {"pobj"}, mentions, spans, places=False, acting=True)
            if found:
                return found, text
        for aux in (c for c in head.children if c.dep_ in ("aux", "auxpass") and c.pos_ == "AUX"):
            found, text = _args_of(aux, {"nsubj"}, mentions, spans, places=False, acting=True)
            if found:
                return found, text  # "the UK was prepared to veto": the subject hung on the auxiliary
        unnamed = _unnamed_agent(head, {"nsubj"})
        if unnamed is not None:
            return [], unnamed  # "police arrested ...": a side without a name
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        if agent is not None:
            found, text = _args_of(agent, {"pobj"}, mentions, spans, places=False, acting=True)
            if found:
                return found, text
            unnamed = _unnamed_passive_agent(agent) if head is tok else None  # never a passive above it:
            # "were prevented by police from marching" (the students march)
            if unnamed is not None:
                return [], unnamed  # "were arrested by police": a side without a name, as "police arrested ..."
        elif (attack := _attack_means(head)) is not None:
            # "was assassinated in an Israeli strike", "were killed in a Russian air raid": the attack's own
            # modifier did it
            found, text = _args_of(attack, {"amod", "compound", "poss"}, mentions, spans, places=False)
            if found:
                return found, text
        elif head.lemma_.lower() in lex.disposition_passives or (
            head.lemma_.lower() in lex.raising_passives and head is not tok
        ):
            # "Vietnam is committed to opening up": a stance, whose holder is the grammatical subject; "Kennedy
            # is expected to attack the plan": the subject of the raising passive does the act
            found, text = _args_of(head, {"nsubjpass"}, mentions, spans, places=False)
            if found:
                return found, text
        owner = _noun_agent(head.head) if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") else None
        if owner is not None:
            # "the decision by France to cut tariffs", "Iran's plan to enrich uranium": the noun's own agent acts,
            # not the subject of the clause the noun stands in ("Germany welcomed the decision by France ...")
            found = _arg_mentions(owner, mentions, spans, places=False, acting=True)
            return found, (_phrase(owner) if found or _people(_counted(owner)) else None)
        if head is tok and any(c.dep_ == "auxpass" for c in tok.children):
            stray = _stray_agent(tok)
            if stray is not None:  # "were offered free passes by the Executive": the agent hung on the object
                return _args_of(stray, {"pobj"}, mentions, spans, places=False, acting=True)
            orderer = _orderer(tok)
            if orderer is not None:  # "the crossing was closed on the orders of Monrovia": Monrovia closed it
                found, text = _args_of(orderer, {"pobj"}, mentions, spans, places=False, acting=True)
                if found:
                    return found, text
            office = _summoning_office(tok)
            if office is not None:  # "was summoned to the foreign ministry": the ministry summoned
                found = _arg_mentions(office, mentions, spans, places=False, acting=True)
                summoned, _ = _args_of(tok, {"nsubjpass"}, mentions, spans, places=False)
                found = [m for m in found if not m.country or m.country not in {s.country for s in summoned}]
                if found:  # never the summoned envoy's own state's ministry
                    return found, _phrase(office)
            break  # "after being given a funding increase": a passive's source is its agent, no other subject
        if own is not None:
            break  # the clause has its own subject, naming no actor ("higher prices forced the government"): no
            # other clause's subject acts here
        # climb through infinitives, coordination and noun modifiers to the clause with the subject:
        # "issued a declaration demanding ..." -> the subject of "issued"
        if (
            head.dep_ in ("xcomp", "conj", "advcl", "acl", "dobj", "pobj", "prep", "oprd", "acomp", "pcomp")
            and head.head.i != head.i
        ):
            if _past_on_infinitive(head):
                # "said the vessels had switched off their transponders to hide their activity and accused the
                # owner": a past tense shares no infinitive's "to"; it is a conjunct of the finite verb above
                came_from, head = head, head.head.head
                continue
            came_from, head = head, head.head
            continue
        break
    return [], None


# acts done in words, which a reporter does in the breath of a report ("said ... and accused the owner"), unlike acts
# of force the reported clause's subject does ("said the fighters had crossed to attack a village and killed six")
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def _past_on_infinitive(verb: Token) -> bool:
    """A past tense with no subject or auxiliary of its own that the parse conjoined to an infinitive ("to hide their
    activity and accused the owner")."""
    inf = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and inf.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)
        and inf.head.i != inf.i
    )


def _reported_conjunct(conj: Token | None, clause: Token, subject: Token) -> bool:
    """A finite verb after a reported clause, hung on that clause by the parse, that is the reporting verb's
    conjunct: with "has" or "did" after a clause whose subject is a thing ("Greenpeace says the rules are too weak,
    and has asked the Commission to ...": the rules asked nothing), or a past tense after a clause with a modal,
    "did" or a present tense ("said Labour would set out plans and attacked the Tory plans"); "X said the talks
    were useful and would resume" and "said the army may try and deport them" keep the clause's subject."""
    if (
        conj is None
        or conj.dep_ != "conj"
        or (
            conj.head.i != clause.i
            and not (
                _past_on_infinitive(conj)
                and conj.head.head.i == clause.i
                and (_not_a_doer(subject) or (_code(conj) or ("",))[0] in VERBAL_TYPES)
            )
        )
        or clause.dep_ != "ccomp"
        or clause.head.lemma_.lower() not in event_lexicon().claim_verbs
    ):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() in ("have", "do") for c in conj.children) and _not_a_doer(subject):
        return True
    # a past tense cannot share the clause's modal or "did" ("said Labour would set out plans and attacked the Tory
    # plans": the reporter attacked), nor, after a comma, continue its present ("says the demands are exorbitant,
    # and had sought refuge")
    had = [c for c in conj.children if c.dep_ == "aux" and c.lower_ == "had"]  # "... are exorbitant, and had sought"
    own_aux = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and c not in had for c in conj.children)
    clause_aux = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "do") for c in clause.children)
    cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < conj.i), None)
    comma = cc is not None and cc.i > 0 and conj.doc[cc.i - 1].text == ","  # ", and had sought": a new clause
    # a past tense the tagger read as a participle: its object says it acts ("had been hurt and accused police")
    past = conj.tag_ == "VBD" or (conj.tag_ == "VBN" and _acting_participle(conj))
    if own_aux or not (past or (conj.tag_ == "VBN" and had)):
        return False
    # nor continue its perfect ("said the response had been slow and demanded his resignation"), nor be done by
    # the clause's subject when that is a thing ("said the plan was unfair and demanded talks")
    perfect = past and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    # nor, after a comma, go on from a state or a passive with an act in words ("said 580 children were among those
    # sent back, and accused the authorities of ...": those who were something, or underwent it, did not accuse)
    stative = clause.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in clause.children)
    verbal = comma and stative and (_code(conj) or ("",))[0] in VERBAL_TYPES
    return clause_aux or (comma and clause.tag_ in ("VBZ", "VBP")) or perfect or verbal or _not_a_doer(subject)


def _after_comma_and(conj: Token) -> bool:
    """The conjunct follows ", and" (a new clause of its own rather than a second participle: "were detained, and
    urged")."""
    cc = next((c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i), None)
    return cc is not None and cc.i > 0 and conj.doc[cc.i - 1].text == ","


def _passive_conjunct(tok: Token) -> bool:
    """A participle conjoined to a passive, with no subject or auxiliary of its own, is passive too: "having been
    charged with fraud and repeatedly denied bail", "were arrested and beaten" (the subject underwent it)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") or tok.head.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    if _acting_participle(tok):
        return False  # "said its supporters had been hurt and accused police of ...": a verb with an object acts
    if tok.tag_ == "VBD" and _after_comma_and(tok) and (_code(tok) or ("",))[0] in VERBAL_TYPES:
        return False  # "said 40 people were detained, and urged Kenya to free them": the reporter urged
    undergoer = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    if undergoer is not None and _not_a_doer(undergoer) and _reported_conjunct(tok, tok.head, undergoer):
        return False  # "said the count had been rigged and demanded a recount": the reporter's own act (a thing
        # demands nothing; "said the men had been arrested and denied bail" stays passive)
    return any(c.dep_ == "auxpass" for c in tok.head.children)


def _acting_participle(tok: Token) -> bool:
    """A bare participle with an object that no passive keeps ("accused police of ..."; not "denied bail":
    events_word_classes `passive_object_verb`): it acts, a past tense the tagger read as a participle."""
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "had attacked no one": a tense of its own
    return (
        any(c.dep_ == "dobj" for c in tok.children) and tok.lemma_.lower() not in event_lexicon().passive_object_verbs
    )


def _stray_agent(tok: Token) -> Token | None:
    """The "by" phrase a passive's agent is parsed into when it follows the object ("pensioners were offered free
    passes by the Executive", "were promised savings by the party"): the object's "by" preposition, when the
    passive has no agent of its own and the object is no event noun with an agent of its own ("were promised an
    inquiry by the council" is still the council's promise)."""
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
        by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None and any(g.dep_ == "pobj" for g in by.children):
            return by
    return None


def _noun_agent(noun: Token) -> Token | None:
    """Who a noun's act is by: its possessor ("Iran's plan", "his decision") or its "by" object ("a decision by
    the court"), else None."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    return None


def _circumstance(prep: Token) -> bool:
    """'in the wake of fears over BSE', 'in advance of the summit', 'in the face of protests': a phrase of time or
    cause, whose objects are no side."""
    words = event_lexicon().circumstance_nouns
    return any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in prep.children)


def _clause_free(tok: Token) -> list:
    """The words of a phrase not inside a clause on it or on its words (participles, relative clauses, "of
    waiting until ...")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSAL_DEPS | {"pcomp"})
    return out


def _object_controller(tok: Token) -> Token | None:
    """The object of the verb an infinitive complements, which is the infinitive's subject ("urged Iran to talk",
    "prompting unions to threaten action"); None for subject control ("promised voters to cut taxes" is rare, and
    an intention's holder is its subject)."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i or tok.head.lemma_.lower() in event_lexicon().intent_heads:
        return None
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return None  # "ordered him held in detention": a participle's small clause, the object undergoes it
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)


# verbs whose charge is an "of" phrase ("charged with", "indicted on" take theirs elsewhere)
ACCUSING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve"})
# heads whose own "of" phrase says who they are ("dozens of protesters", "members of parliament")
GROUP_HEADS = frozenset(
    {"dozen", "dozens", "score", "scores", "number", "hundreds", "thousands", "millions", "member", "members"}
    | {"leader", "leaders", "group", "groups", "part", "some", "many", "most", "all", "rest", "majority", "victims"}
)


def _charge_phrase(c: Token) -> bool:
    """An "of" phrase with a gerund, the act a side is accused of ("accused the president of excluding Iraq", "of
    being involved", "of spying"), or after the object of a verb of accusing, a common noun ("accused the president
    of fraud", "convicted the mayor of bribery"; never a name: "accused the president of Chile")."""
    if c.dep_ != "prep" or c.lower_ != "of":
        return False
    if any(
        (g.dep_ == "pcomp" and (g.tag_ == "VBG" or _gerund_aux(g))) or (g.dep_ == "pobj" and g.tag_ == "VBG")
        for g in c.children
    ):
        return True
    # a bare noun ("of fraud", "of war crimes"; not "members of the opposition party", "members of parliament of
    # lying": a group's own "of" phrase has a determiner or another "of" phrase after it or on the verb)
    arg = c.head
    return (
        arg.dep_ in ("dobj", "nsubjpass")
        and arg.head.lemma_.lower() in ACCUSING_VERBS
        and arg.lower_ not in GROUP_HEADS
        and c.i == list(arg.rights)[-1].i
        and not any(x.dep_ == "prep" and x.lower_ == "of" for x in arg.head.children)  # the charge is the verb's
        and any(
            g.dep_ == "pobj"
            and g.pos_ == "NOUN"
            and not g.ent_type_
            and g.lower_ not in title_words()  # "the minister of finance": a portfolio, no charge
            and not any(d.dep_ in ("det", "poss", "prep") for d in g.children)
            for g in c.children
        )
    )


def _gerund_aux(verb: Token) -> bool:
    """A participle after "being" or "having" ("of being deeply involved", "of having lied")."""
    return any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG" for a in verb.children)


def _phrase_head(tok: Token) -> str:
    """A noun with its modifiers, without the clauses on it ("the five unions")."""
    words = [t for t in _thing_owners(tok) if t.i <= tok.i] if tok.pos_ == "NOUN" else [tok]
    return tok.doc[min(t.i for t in words) : tok.i + 1].text


def _included(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], src: set[int]
) -> tuple[list[Mention], str | None]:
    """The actors an "including" phrase on the predicate names among the people its object counts ("detained 40
    people overnight, including two union leaders"): the parse hangs the phrase on the verb when a word stands
    between."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and _people(_counted(c)) for c in tok.children):
        return [], None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            found = [m for m in _arg_mentions(c, mentions, spans, places=False) if id(m) not in src]
            found = found or [
                m for g in c.children if g.dep_ == "pobj" for m in _arg_mentions(g, mentions, spans, places=False)
            ]
            found = [m for m in found if id(m) not in src]
            if found:
                return found, _phrase(c)
    return [], None


def _protest_form(tok: Token) -> bool:
    """The trigger, or a light verb's object, is a form of protest ("a blockade", "staged a blockade")."""
    forms = event_lexicon().protest_forms
    return tok.lemma_.lower() in forms or any(c.dep_ == "dobj" and c.lemma_.lower() in forms for c in tok.children)


CIVIL_SECTORS = frozenset({"LAB", "NGO", "CVL", "EDU", "REL", "OPP"})


def _civil(m: Mention | None) -> bool:
    """A union, a civil group, a school, a church or the opposition: no state's organ (None: no side named)."""
    return m is not None and m.sector in CIVIL_SECTORS


def _doer_of_when_clause(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea]
) -> tuple[list[Mention], str | None]:
    """The subject of a "when" or "as" clause on an agentless passive that tells an act of force or coercion by a
    named actor ("were detained when the agency seized their boats"): the one who did it; else no one."""
    # the clause on the verb, or on its date ("were detained on July 29, when ...")
    clauses = [c for c in tok.children if c.dep_ == "advcl"]
    clauses += [
        r for p in tok.children if p.dep_ == "prep" for g in p.children for r in g.children if r.dep_ == "relcl"
    ]
    for c in clauses:
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") and m.i < c.i for m in c.children):
            continue
        code = _code(c)
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue  # "were arrested when they attacked ...": the held people themselves
        # a road blocked by gunmen is their coercion, not a protest ("were seized when gunmen from X blocked the road")
        armed = (
            code is not None
            and code[0] == "PROTEST"
            and _stateless_people(subj)
            and not _state_act(tok, event_lexicon())
        )  # (people seized or abducted, never detained or arrested: a state's acts)
        if code is None or (code[0] != "COERCE" and not armed):
            continue  # a seizure, a raid, a detention; not an attack the held people may have made
        found, text = _args_of(c, {"nsubj"}, mentions, spans, places=False, acting=True)
        held = {m.key or m.name for m in _args_of(tok, {"nsubjpass"}, mentions, spans)[0]}
        if found and not ({m.key or m.name for m in found} & held):
            return found, text
    return [], None


# a state's forces named by their kind ("troops", "soldiers", "police officers"), besides the forces descriptions
STATE_FORCE_NOUNS = frozenset(
    {"troop", "soldier", "contingent", "battalion", "brigade", "warship", "marine", "paratrooper", "commando"}
    | {"policeman", "policemen", "officer", "gendarme", "reinforcement", "reservist"}
)


def _unnamed_state_forces(noun: Token) -> bool:
    """A plural noun of a state's forces with no word naming whose ("soldiers", "additional troops", "riot police";
    never "rebel troops", "the militia's fighters"): the forces of the state where they act, as CAMEO codes them."""
    if noun.lemma_.lower() not in STATE_FORCE_NOUNS and description_kinds().get(noun.lower_) != "forces":
        return False
    armed = event_lexicon().troop_nouns - STATE_FORCE_NOUNS  # "fighter", "militant", "gunman"
    qualifiers = [c for c in noun.subtree if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i]
    return not any(
        q.lemma_.lower() in armed | {"rebel", "militia", "insurgent", "opposition"} or q.ent_type_ or q.dep_ == "poss"
        for q in qualifiers
    )


def _state_undergone(tok: Token, lex: EventLexicon) -> bool:
    """An agentless passive of an act only a state does (`_state_act`: "47 people were detained"), or a passive
    joined to one ("was arrested and charged": the charge, after a state's arrest, is the state's too; "14 soldiers
    were arrested in Bissau, and two officers were captured": a clause of its own, the same state's act)."""
    if _agentless_passive(tok) and (_state_act(tok, lex) or _state_granted(tok, lex)):
        return True
    if _agentless_passive(tok) and tok.dep_ == "conj" and _agentless_passive(tok.head):
        return _state_act(tok.head, lex)  # "14 soldiers were arrested, and two men were captured": one state's acts
    return (
        _passive_conjunct(tok)
        and not any(c.dep_ == "agent" for c in tok.children)  # "was arrested and sued by the landlord": the landlord
        and _agentless_passive(tok.head)
        and _state_act(tok.head, lex)
    )


def _granted_into(tok: Token) -> str | None:
    """The state a passive's granted thing leads into ("was refused entry to the United States", "denied a visa to
    Britain"): the country of a state's name in the object's "to" or "into" phrase; else None."""
    from pipeline.stages.actors import _entity_text

    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
            for p in prep.subtree:
                if p.ent_type_ == "GPE" and p.ent_iob_ == "B" and (code := lexicon.country_of_name(_entity_text(p))):
                    return code
    return None


def _state_granted(tok: Token, lex: EventLexicon) -> bool:
    """A passive that keeps as its object what only a state grants or refuses a person (events_word_classes
    `state_granted_noun`: "was refused entry", "were denied bail", "was granted asylum")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.state_granted_nouns for c in tok.children)


def _state_act(tok: Token, lex: EventLexicon) -> bool:
    """An act only a state's officers or courts do to people (events_word_classes `state_act_verb`: "detained",
    "indicted", "convicted"), or a charge (`charge_verb`: "were charged with sedition") that is no sports or
    professional body's disciplinary one (`disciplinary_charge_word` in its "with", "over", "for" or "after" phrase:
    "was charged with misconduct", "with breaching the league's rules", "after the match")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.state_act_verbs:
        return True
    if lemma not in lex.charge_verbs:
        return False
    phrases = [c for c in tok.children if c.dep_ in ("prep", "advcl") and c.lower_ in CHARGE_PREPOSITIONS]
    words = lex.disciplinary_charge_words
    return not any(t.lower_ in words or t.lemma_.lower() in words for p in phrases for t in p.subtree)


CHARGE_PREPOSITIONS = frozenset({"with", "over", "for", "after", "following"})  # what a charge is for, or after


def _object_agent(tok: Token) -> Token | None:
    """A "by" agent the parse hung on an active verb with a subject, right after its event-noun object ("police
    dispersed a march by the union"): the object's own "by" phrase; else None."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if agent is None or obj is None or not _own_subject(tok) or any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if agent.i != obj.right_edge.i + 1 or obj.lemma_.lower() not in event_lexicon().nouns:
        return None
    return agent


# nouns that sum up the clause before them after a comma ("..., a move condemned by X", "..., a decision welcomed by Y")
SUMMARY_NOUNS = frozenset({"move", "decision", "step", "measure", "action", "announcement", "ruling", "order"})


def _summarised_act(tok: Token) -> Token | None:
    """For a participle reacting to a noun that sums up the clause before it ("the White House threatened to impose
    tariffs, a move condemned by Danish business groups"; "expelled two diplomats, a decision welcomed by the
    opposition"), that clause's verb; else None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    noun = tok.head
    if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    verb = noun.head
    for _ in range(3):  # the parse may hang the noun on the clause's object ("impose tariffs, a move ...")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ == "xcomp" and not _own_subject(verb):
        verb = verb.head  # "threatened to impose tariffs, a move ...": who threatened
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


# nouns of an organisation's employees ("OSE workers", "the airline's staff")
EMPLOYEE_NOUNS = frozenset({"worker", "workers", "employee", "employees", "staff", "workforce", "personnel"})


def _protest_aimed(tok: Token) -> bool:
    """The protest says what or whom it is against, over or outside ("held a protest against the AfD", "marched
    over cuts"), on its verb or its noun."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "pobj", "prep"))]
    holders += [g for c in holders[1:] for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("against", "over", "outside") for h in holders for c in h.children)


# verbs of what a crowd voices or carries while it protests: "chanting slogans against X", "carrying banners against Y"
PROTEST_CRY_VERBS = frozenset(
    {"chant", "shout", "sing", "carry", "hold", "wave", "brandish", "raise", "protest", "demonstrate", "campaign"}
)


def _chanted_against(tok: Token) -> Token | None:
    """The object of "against" in a participle of the crowd's own cries or placards that goes with the protest
    ("marched through the capital, chanting slogans against the president", "burning flags and shouting slogans
    against Addis Ababa"), on the participle or its object; never a clause with a subject, an auxiliary or a
    conjunction of its own ("as the team was playing against X") nor another verb ("celebrating a win against X")."""
    clauses = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    clauses += [k for c in clauses for k in c.conjuncts if k.tag_ == "VBG"]
    for clause in clauses:
        if clause.lemma_.lower() not in PROTEST_CRY_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in clause.children
        ):
            continue
        holders = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and not _thing(obj):  # "against the backdrop of the embassy": where, no one
                return obj
    return None


# nouns of what was said, that a rejection answers ("rejected the findings", "dismissed the figure")
SAID_NOUNS = frozenset({"finding", "figure", "statement", "account", "assertion", "version", "remark", "comment"})
# verbs of saying whose subject a rejection of what was said answers ("said", "claimed", "estimated"); never
# "reported", an outlet's ("the ministry said ..., Reuters reported")
SAYING_VERBS = (event_dates.REPORTING_VERBS - {"report"}) | {"claim", "allege", "estimate", "insist"}


def _said_object(tok: Token) -> Token | None:
    """The object of a verb that names, with "the", "this", "that", "these" or "those", something said and no one's
    ("rejected the findings", "dismissed that account"; "account" only with "this" or "that", never a bank's; never
    "the ombudsman's statement", "the figure for May", "a statement")."""
    if tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in SAID_NOUNS:
        return None
    dets = {c.lower_ for c in obj.children if c.dep_ == "det"}
    if not dets & ({"this", "that"} if obj.lemma_.lower() == "account" else {"the", "this", "that", "these", "those"}):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in obj.children):
        return None
    return obj


def _states_own(m: Mention) -> bool:
    """A state, a people's word for it, or a body of its government, forces or diplomacy."""
    return is_state(m) or m.sector in _STATE_SIDE_SECTORS or m.type == "NORP"


def _latest_sayer(tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]) -> list:
    """The one actor who said something in the sentence before the rejection or in its own sentence before it: the
    subject of a verb of saying (`SAYING_VERBS`: "observers said the vote was marred") or a quote's speaker, passing
    over the rejecting side and, for a state's side, its state's own bodies and people; none when no such actor, or
    more than one, said something there (unresolved rather than guessed)."""
    own = {m.key or m.name for m in sources}
    # a state's own side passes over its state's bodies too (never an opposition party's or a union's)
    states = _state_side_countries(sources)
    start = _sentence_start(tok, 1)
    first = tok.doc.char_span(start, start + 1, alignment_mode="expand")
    said: list[Mention] = []
    for t in tok.doc[first.start if first is not None else tok.sent.start : tok.i]:
        if t.pos_ == "VERB" and t.lemma_.lower() in SAYING_VERBS:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                said += _arg_mentions(subj, mentions, spans, places=False, acting=True)
    said += [q.speaker_mention for q in spans if start <= q.start_char < tok.idx and q.speaker_mention is not None]
    others = [m for m in said if (m.key or m.name) not in own and not (m.country in states and _states_own(m))]
    return others[:1] if len({m.key or m.name for m in others}) == 1 else []


def _employer_of_subject(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The organisation whose employees are the predicate's subject by a modifier or a possessive ("OSE workers",
    "the airline's staff", "employees of Acme"; also of the verb an event noun hangs on: "X staff went on strike");
    never a state's or a people's name ("Chilean workers")."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in EMPLOYEE_NOUNS:
        return None
    owners = [c for c in subj.children if c.dep_ in ("compound", "poss", "nmod")]
    owners += [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "at") for g in c.children]
    for owner in owners:
        m = mention_for_token(owner, mentions)
        if m is not None and m.type == "ORG" and m.sector not in ("GOV", "LAB"):
            return m
    return None


def _named_among(tok: Token, mentions: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Actors named after "among them" in the predicate's clause ("31 people had been detained, among them Omar
    Campbell", "arrested 40 protesters, among them two lawmakers, A and B", "met six groups, among them X"): some of
    those the act was done to or met, by name; never in another clause, never a side already taken, never a name
    describing them ("among them X, a member of the Y party") nor where or when ("..., at the Custom House")."""
    keys = {m.key or m.name for m in taken}
    for c in tok.children:
        if c.dep_ not in ("npadvmod", "advcl", "appos", "dep", "dobj", "nsubjpass", "attr"):
            continue
        for holder in [c, *[g for g in c.children if g.dep_ == "appos"]]:
            among = next((p for p in holder.children if p.dep_ == "prep" and p.lower_ == "among"), None)
            if among is None or not any(g.dep_ == "pobj" and g.lower_ == "them" for g in among.children):
                continue
            # the names themselves: the phrase's head, its conjuncts and the names in apposition to them ("two
            # lawmakers, A and B"); never a name inside a description of them ("X, a member of the Y party"), where
            # or when ("..., at the Custom House")
            heads = [holder, *holder.conjuncts]
            heads += [a for h in list(heads) for a in h.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
            heads += [c for h in list(heads) for c in h.conjuncts if c not in heads]
            found: list[Mention] = []
            for h in heads:
                m = mention_for_token(h, mentions)
                if m is not None and m not in found and (m.key or m.name) not in keys and m.type in ("PERSON", "ORG"):
                    found.append(m)
            return found
    return []


def _target(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str | None]:
    """The target mentions and their phrase: object, passive subject, prepositional object. A place that is no
    state is never the target ("a visit to Sheffield"): it says where."""
    src = {id(m) for m in sources}
    if _causative(tok):  # "to have Baikal's assets frozen": what is frozen is Baikal's
        found, text = _args_of(tok, {"nsubj", "nsubjpass"}, mentions, spans, places=False)
        return [m for m in found if id(m) not in src], text
    if _patient_noun(tok):  # "his arrest", "Khodorkovsky's trial": the possessor undergoes it
        found, text = _args_of(tok, {"poss"}, mentions, spans, places=False)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    if _passive_participle(tok):  # the noun it describes is what it acts on: "the firms accused of fraud"
        found = [m for m in _arg_mentions(tok.head, mentions, spans, places=False) if id(m) not in src]
        if found:
            return found, _phrase(tok.head)
        if _people(_counted(tok.head)):
            return [], _phrase_head(tok.head)  # "foreign nationals detained in the UK": the people, not the UK
    summed = _summarised_clause(tok)
    if summed is not None and (_code(tok) or ("",))[0] in REACTION_TYPES:
        # "invited X to talks, an offer the opposition leader spurned": whoever made the offer
        found, text = _clause_source(summed, mentions, spans)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    partners = _partners(tok, mentions, spans, src)  # "held talks with X and Y": every partner
    if partners[0]:
        return partners
    if (received := _receiving_verb(tok)) is not None:  # "Haiti received aid from Canada": Haiti
        found, text = _clause_source(received, mentions, spans)
        return [m for m in found if id(m) not in src], text
    if _joined_gathering(tok) is not None:  # "Germany attended a NATO summit": NATO
        found, text = _args_of(tok, {"poss", "amod", "compound"}, mentions, spans, places=False)
        found = [m for m in found if id(m) not in src and not (m.type == "GPE" and lexicon.country_of_city(m.name))]
        if found:
            return found, text
    if tok.lemma_.lower() in event_lexicon().transfer_verbs:
        # "handed over the soldier's body to a Kenyan delegation": whom it is given to, not the thing or its owner
        found, text = _prep_targets(_recipient_phrases(tok), mentions, spans, src)
        if found:
            return found, text
    if any(c.dep_ == "auxpass" for c in tok.children) and tok.lemma_.lower() in event_lexicon().passive_object_verbs:
        # "was refused entry at Lusaka airport", "were denied bail": the one refused, not the thing or its place
        found, text = _args_of(tok, {"nsubjpass"}, mentions, spans, places=False)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    owned = next((c for c in tok.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"), None)
    named = owned is not None and any(
        c.dep_ == "appos" and mention_for_token(c, mentions) is not None for c in owned.children
    )  # "dismissed the institute's director, Rodrigo Ulloa": the one named, not the institute
    if (
        not named
        and owned is not None
        and (owner := _described_owner(owned, mentions)) is not None
        and id(owner) not in src
    ):
        return [owner], _phrase(owned)  # "raided the federation's offices in Lima's centre": the federation's
    for rels in (OBJECT_DEPS | {"nsubjpass", "iobj", "dative"},):
        found, text = _args_of(tok, rels, mentions, spans, places=False)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    if _passive_conjunct(tok) and not any(c.dep_ == "dobj" for c in tok.children):
        # "was arrested and charged with ...": the one arrested
        found, text = _args_of(tok.head, {"nsubjpass"}, mentions, spans, places=False)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    if (misread := _object_agent(tok)) is not None:
        # "dispersed a march by the growers' union": the "by" phrase the parse hung on the active verb is its
        # object's (an event noun's doer), the side acted on
        found, text = _args_of(misread, {"pobj"}, mentions, spans, places=False)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    if (named := _included(tok, mentions, spans, src))[0]:
        return named  # "arrested 28 people overnight, including union leader X": X among them
    if (parties := _mediated_parties(tok, mentions, spans))[0]:
        return [m for m in parties[0] if id(m) not in src], parties[1]  # "a truce mediated by X": its parties
    permitted = _permitted(tok)  # "would not allow the United States to use its bases": who is (not) let act
    if permitted is not None:
        found = [m for m in _arg_mentions(permitted, mentions, spans, places=False) if id(m) not in src]
        if found:
            return found, _phrase(permitted)
    for small in _small_clauses(tok):  # "found the Liberian commander guilty": the clause's subject
        found, text = _args_of(small, {"nsubj"}, mentions, spans, places=False)
        if found:
            return found, text
    behind: set[str] = set()
    if (_code(tok) or ("",))[0] == "SUPPORT":  # "threw its weight behind Kenya", "stood by Moldova"
        behind = {"behind", "by"} if tok.lemma_.lower() == "stand" else {"behind"}
    target_preps = TARGET_PREPS | {"between", "of"} | behind
    preps = [c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in target_preps]
    # "handed the town back to the army": the phrase the parse hung on the verb's particle read as an adverb
    preps += [
        g for c in _back_or_over(tok) for g in c.children if g.dep_ == "prep" and g.lower_ in ("to", "with", "from")
    ]
    src_starts = {m.start_char for m in sources}
    preps = [p for p in preps if not any(t.idx in src_starts for t in p.subtree)]  # "a protest from X": the source
    preps = [p for p in preps if not _circumstance(p)]
    if _swallowed_subject(tok) is not None:  # the opening phrase that swallowed the subject says no target
        preps = [p for p in preps if p.i != tok.sent.start]
    about = _meeting_topic(tok)
    preps = [p for p in preps if p.idx not in about]  # "talks on North Korea": what is talked about
    # "Letwin, for the Tories, attacked ...": a "for" phrase before the verb says whom the source speaks for
    preps = [p for p in preps if not (p.lower_ == "for" and p.i < tok.i)]
    if tok.lemma_.lower() in event_lexicon().removal_verbs:  # "deported them to Algeria": where to, not whom
        preps = [p for p in preps if p.lower_ not in ("to", "into")]
    # to whom before where: "met with X in Geneva"; "met in Geneva", "arrested in Lahore" say where it happened, not
    # to whom, but a state or its capital in a locative phrase is the target as CAMEO codes it ("troops arrived in
    # Bosnia", "curfew in Sudan")
    found, text = _prep_targets([p for p in preps if not _locative(p, tok)], mentions, spans, src)
    if found:
        return found, text
    # the object's own prepositional phrase: "pledged support for efforts by Beijing", "invited troops from X"
    obj = next((c for c in tok.children if c.dep_ in ("dobj",)), None)
    if obj is not None and obj.lemma_.lower() in event_lexicon().manner_nouns:
        # "criticised the way the government handled the crisis": who acts in the clause on "the way"
        for clause in (c for c in obj.children if c.dep_ == "relcl"):
            found, text = _args_of(clause, {"nsubj", "nsubjpass"}, mentions, spans, places=False, acting=True)
            found = [m for m in found if id(m) not in src]
            if found:
                return found, text
    owner = _act_owner_pronoun(tok, obj)
    if owner is not None:  # "turned down her ceasefire proposal": whoever "her" is
        found = [m for m in _arg_mentions(owner, mentions, spans, places=False) if id(m) not in src]
        if found:
            return found[:1], _phrase(obj)
    named = _free_relative_named(tok)
    if named is not None:  # "hailed what it called the court's courage": the court's
        found = [m for m in _phrase_mentions(named, mentions) if id(m) not in src and not is_place(m)]
        if found:
            return found[:1], _phrase(named)
    if obj is not None:
        # a pronoun the act is aimed at inside the object's phrase: "filed a complaint against him"
        for g in (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children):
            if g.dep_ == "pobj" and g.pos_ == "PRON":
                found = [m for m in _arg_mentions(g, mentions, spans, places=False) if id(m) not in src]
                if found:
                    return found, _phrase(obj)
        near = {t.idx for t in _clause_free(obj)}  # not inside a clause on it: "a policy of waiting until X ..."
        found = [
            m
            for m in _phrase_mentions(obj, mentions)
            if id(m) not in src
            and not is_place(m)
            and not _place_object(obj, m)
            and not _place_inside(obj, m)  # "detained a rescue ship on Lesbos": where the ship was
            and m.start_char in near
            and not (m.type == "PERSON" and _someone_elses(obj, m))  # "criticised X's lawyer": not X
        ]
        if found:
            return found[:1], _phrase(obj)
        owner = _described_owner(obj, mentions)  # "attacked government red tape": the government's
        if owner is not None and id(owner) not in src:
            return [owner], _phrase(obj)
        if obj.pos_ == "NOUN" and (maker := _clause_maker(obj)) is not None:
            # "banned a march the ANS had planned", "rejected the plan the EU put forward": whose it is
            found = [m for m in _arg_mentions(maker, mentions, spans, places=False, acting=True) if id(m) not in src]
            if found:
                return found, _phrase(obj)
    # aid's target is whom its purpose helps: "sent doctors to help Malawi fight cholera", "lent Russia $6bn to help
    # the government buy ..."
    code = _code(tok) or ("", None)  # the predicate's own reading, looked up once for the rules below
    if code[0] == "AID":
        for purpose in (c for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in ENABLING_VERBS):
            helped = _permitted(purpose) or next((c for c in purpose.children if c.dep_ == "dobj"), None)
            if helped is not None:
                found = [m for m in _arg_mentions(helped, mentions, spans, places=False) if id(m) not in src]
                if found:
                    return found, _phrase(helped)
    # people without a name before a place: "detained three journalists in Nairobi", "clashed with police in Caracas",
    # "held a meeting with senior union figures"
    obj_preps = [p for p in obj.children if p.dep_ == "prep" and p.lower_ in _obj_target_preps(obj)] if obj else []
    unnamed = _unnamed_agent(tok, OBJECT_DEPS | {"nsubjpass"}) or next(
        (u for p in preps + obj_preps if not _locative(p, tok) and (u := _unnamed_agent(p, {"pobj"})) is not None),
        None,
    )
    if unnamed is not None:
        return [], unnamed
    own_countries = {x.country for x in sources if x.country}
    for prep in [p for p in preps if _locative(p, tok)]:
        fronted = _fronted(prep, tok)
        if fronted and code[0] in REACTION_TYPES:
            continue  # "In Beijing, a foreign ministry spokesman condemned ...": where the speaker is, no target
        found, text = _args_of(prep, {"pobj"}, mentions, spans, places=False)
        if fronted:  # "In Moscow, Russian troops attacked a convoy": the doers' own place, no target
            found = [m for m in found if m.country not in own_countries]
        # "a summit in Lisbon", "ministers are meeting in Brussels", "at a meeting in Thailand": a meeting's place,
        # however much a capital or a state; "troops arrived in Bosnia": its target
        meeting = code == ("CONSULT", None)
        found = [m for m in found if id(m) not in src and not (meeting or tok.pos_ == "NOUN" and _city(m))]
        # a court or a chamber the act takes place in is its venue ("filed in the District Court", "clashed in
        # parliament"), no side
        found = [m for m in found if m.sector not in VENUE_SECTORS]
        # a place named inside the phrase of an occasion ("at a ceremony in Rome"), not as the phrase's own noun, is
        # where the occasion was ("strikes on targets in Syria" keep Syria)
        heads = [g for g in prep.children if g.dep_ == "pobj"]
        if any(h.lemma_.lower() in event_lexicon().occasion_nouns for h in heads):
            found = [m for m in found if any(m.start_char <= h.idx < m.end_char for h in heads)]
        if found:
            return found, text
    mission = _protested_mission(tok) if code[0] == "PROTEST" else None
    if mission is not None:  # "protested outside the Iranian embassy": against whom the mission represents
        found, text = _args_of(mission, {"amod", "compound", "poss", "nmod"}, mentions, spans, places=True)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, _phrase(mission)
    # coordinated verbs share the object the last one takes: "arrested and charged two activists"
    if not any(c.dep_ in OBJECT_DEPS for c in tok.children):
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i:
                found, text = _args_of(c, OBJECT_DEPS, mentions, spans, places=False)
                found = [m for m in found if id(m) not in src]
                if found:
                    return found, text
                unnamed = _unnamed_agent(c, OBJECT_DEPS)
                if unnamed is not None:
                    return [], unnamed
    if _visit_noun(tok):  # "the China trip", "his Moscow visit": the country visited
        for c in tok.children:
            if c.dep_ in ("compound", "amod"):
                m = mention_for_token(c, mentions)
                if m is not None and m.type in ("GPE", "NORP") and id(m) not in src:
                    return [m], _phrase(c)
    # a demand's target is who is to act: "demanded (that) the federation investigate"
    if tok.pos_ == "VERB" and code[0] == "REQUEST":
        for x in tok.children:
            if x.dep_ in ("ccomp", "xcomp"):
                found, text = _args_of(x, {"nsubj"}, mentions, spans, places=False)
                found = [m for m in found if id(m) not in src]
                if found:
                    return found, text
    # a warning's target is who is to face what it threatens: "warned that Moscow would bear the consequences", "warned
    # that the government would requisition the strikers" (the clause's own target)
    if tok.pos_ == "VERB" and code[0] == "THREATEN" and tok.lemma_.lower() in event_lexicon().forecast_verbs:
        for x in (c for c in tok.children if c.dep_ == "ccomp" and not any(g.dep_ == "neg" for g in c.children)):
            if _faces_threat(x, event_lexicon()):  # (never a clause denied: "would not face retaliation")
                found, text = _args_of(x, {"nsubj", "nsubjpass"}, mentions, spans, places=False)
                if not found and (unnamed := _unnamed_agent(x, {"nsubj", "nsubjpass"})) is not None:
                    return [], unnamed  # "warned that bandits would face the full force of the army"
            elif (_code(x) or ("",))[0] in CONFLICTUAL:
                found, text = _target(x, mentions, spans, sources)
                if not found and text:
                    return [], text  # "would requisition striking dockers": people without a name
            else:
                continue
            found = [m for m in found if id(m) not in src]
            if found:
                return found, text
    # an inquiry's target is who the question is about: "is investigating whether the minister helped ..."
    if tok.pos_ == "VERB" and code[0] == "ACCUSE":
        for x in tok.children:
            if x.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in x.children):
                found, text = _args_of(x, {"nsubj", "nsubjpass"}, mentions, spans, places=False)
                found = [m for m in found if id(m) not in src]
                if found or _unnamed_agent(x, {"nsubj", "nsubjpass"}) is None:
                    return found, text
                return [], _unnamed_agent(x, {"nsubj", "nsubjpass"})
    # an intention's (or a refusal's) target is the intended action's: "vowed to deepen cooperation with
    # Kazakhstan", "refuses to accept Syria's denials"
    if tok.lemma_.lower() in event_lexicon().intent_heads | event_lexicon().negating_heads:
        for x in tok.children:
            if x.dep_ == "xcomp":
                return _target(x, mentions, spans, sources)
    return [], None


def _fronted(prep: Token, verb: Token) -> bool:
    """The phrase opens the clause, before its subject ("In La Paz, the minister rejected ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and prep.i < subject.left_edge.i


def _obj_target_preps(obj: Token) -> tuple[str, ...]:
    """The prepositions of a verb's object that say whom the act is aimed at: a partner's ("held a meeting with
    senior union figures"), and, when the object is an event noun (a light verb's: "launched a crackdown on the
    opposition", "imposed sanctions against officials"), its target's."""
    lex = event_lexicon()
    if any(k in lex.nouns for k in (*_hyphen_keys(obj), obj.lower_, obj.lemma_.lower())):
        return ("with", "between", "on", "against", "toward", "towards")
    return ("with", "between")


MISSION_PREPS = LOCATIVE | {"to", "outside", "opposite", "near", "toward", "towards", "before"}


def _protested_mission(tok: Token) -> Token | None:
    """The mission a protest is held at ("protested outside the Iranian embassy", "rallied in front of the US
    consulate", "marched to Israel's embassy": events_word_classes `mission_noun`): the noun, whose owner is the
    protest's target (the caller reads only protests); None for other places."""
    missions = event_lexicon().mission_nouns
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in MISSION_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.lower_ == "front":  # "in front of the embassy"
                of = (g for p in pobj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
                pobj = next(of, pobj)
            if pobj.lemma_.lower() in missions:
                return pobj
    return None


# ---------------------------------------------------------------------------
# Readings of a predicate


VENUE_SECTORS = frozenset({"JUD", "LEG"})  # courts and chambers: where a case is filed or a debate held


def _locative(prep: Token, tok: Token) -> bool:
    """A place preposition of the predicate, not a direction: "at" after a verb of aiming ("fired tear gas at the
    crowd", "threw stones at police": events_word_classes.tsv `directed_verb`) says at whom."""
    if prep.lower_ == "at" and tok.lemma_.lower() in event_lexicon().directed_verbs:
        return False
    return prep.lower_ in LOCATIVE


def _recipient_phrases(tok: Token) -> list[Token]:
    """The "to" phrases of a verb of giving, on the verb, on its particle ("handed it over to X", "gave it back
    to Y") or on the thing given, where the parse hung it there ("handed over X's remains to Y")."""
    heads = [tok, *_back_or_over(tok), *(c for c in tok.children if c.dep_ == "dobj")]
    return [p for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]


def _back_or_over(tok: Token) -> list[Token]:
    """The verb's particle "back" or "over", also where the parse read it as an adverb ("handed the town back")."""
    return [c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "over")]


def _prep_targets(
    preps: Iterable[Token], mentions: list[Mention], spans: list[_QuoteArea], src: set[int], located: bool = False
) -> tuple[list[Mention], str | None]:
    """The first of these prepositions whose object names actors other than the sources, with its phrase; a place of
    no state only where the phrase says whither (`located`: "deployed in Basra")."""
    for prep in preps:
        found, text = _args_of(prep, {"pobj"}, mentions, spans, places=False)
        where = not located and (prep.lower_ in WHERE_PREPS or prep.lower_ == "on" and _thing_done_on(prep.head))
        found = [m for m in found if id(m) not in src and not (where and _unstated_place(m))]
        if found:
            return found, text
    return [], None


WHERE_PREPS = frozenset({"at", "in"})


def _thing_done_on(verb: Token) -> bool:
    """A verb with an object of its own that is no event ("detained a rescue ship on Leros"): an "on" phrase on it
    says where; after an event's noun ("imposed sanctions on X") or no object ("cracked down on X") it says whom."""
    nouns = event_lexicon().nouns
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ not in nouns and obj.lemma_.lower() not in nouns


def _unstated_place(m: Mention) -> bool:
    """A place's name that is no state, whatever the gazetteer knows of it ("a ship held at Lesbos"): after "at" or
    "in" (or "on" after a thing acted on, `_thing_done_on`) it says where, never whom."""
    return m.type in ("GPE", "LOC", "FAC") and not is_state(m)


def _partners(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], src: set[int]
) -> tuple[list[Mention], str | None]:
    """The partners a light verb's event noun names ("held talks with X, and Y", "signed a pact with X"): the
    objects of its "with" or "between", every coordinated one; ([], None) when it names none."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in event_lexicon().nouns:
        return [], None
    partners = (p for p in obj.children if p.dep_ == "prep" and p.lower_ in ("with", "between"))
    return _prep_targets(partners, mentions, spans, src)


def recode(etype: str, negated: bool, modality: str, tok: Token) -> tuple[str, bool]:
    """PLOVER's reading of intentions and refusals (CAMEO 03x, 12x, 13x):
    an intention to cooperate is AGREE, an intention or condition to use conflictual means is
    THREATEN, a refusal to cooperate is REJECT."""
    if negated and _condition_clause(tok):
        return etype, negated  # "if Kosovo does not withdraw its police": a condition, no refusal
    if negated and etype in COOPERATIVE | {"AGREE"} and (not _absent(tok) or _disavowed(tok)):
        return "REJECT", False  # "would not sign", "has no desire to make concessions": a refusal
    conditional = any(_condition_clause(c) for c in tok.children)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "agree" and not negated:
        if _mutual_subject(tok.head):
            return "AGREE", negated  # "the two sides agreed to withdraw their troops": an accord between them
        if etype in CONFLICTUAL:
            return etype, negated  # "the EU agreed to impose sanctions on Iran": a decision to act, no threat
    if _offered(tok) and etype not in ("ASSAULT", "THREATEN"):
        return "AGREE", negated  # "offered to deploy a battalion to protect civilians": an offer, never a threat
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "threaten" and etype != "AGREE":
        return "THREATEN", negated  # "threatened to sue", "to boycott the talks", "to pull out of the talks" (CAMEO 13)
    if _condition_clause(tok) or _wished(tok) or _counterfactual(tok) or _obliged(tok) or _ought(tok) or _foreseen(tok):
        return etype, negated  # "unless the US works with Europe", "hopefully members will back him", "a deal that
        # could have forced them to buy", "have to approve the bill", "is likely to attack": a condition, a hope, a
        # past possibility, a requirement, a forecast; nobody's intention
    if modality in ("future", "intended", "hypothetical"):
        if _attempted(tok):
            return etype, negated  # "tried to arrest him", "attempted to mediate": done in part, no threat or promise
        if etype in CONFLICTUAL | {"PROTEST"} or (
            conditional and etype == "RETREAT" and (_leaves_a_process(tok) or _unless(tok))
        ):
            return "THREATEN", negated  # "would pull out of the talks if ...", "will withdraw its peacekeepers
            # unless ...": a threat; "would free the prisoners if X did the same": an offer (AGREE, CAMEO 035x)
        if etype in COOPERATIVE:
            return "AGREE", negated
    return etype, negated


OFFERING_VERBS = frozenset({"offer", "volunteer"})  # what is offered is cooperation offered (CAMEO 03x: AGREE)


def _offered(tok: Token) -> bool:
    """The infinitive an offering verb takes ("offered to send troops", "offered on Monday to deploy a battalion",
    parsed as a clause of purpose when a phrase comes between), not a purpose of an offer with an object ("offered
    aid to help the victims")."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in OFFERING_VERBS:
        return False
    if tok.dep_ == "xcomp":
        return True
    infinitive = _infinitive(tok)
    return tok.dep_ == "advcl" and infinitive and not any(c.dep_ == "dobj" for c in head.children)


MUTUAL_NOUNS = frozenset({"side", "party", "country", "nation", "state", "government", "leader", "neighbour", "rival"})


def _mutual_subject(verb: Token) -> bool:
    """A subject of several sides acting together: coordinated names ("Russia and Ukraine"), or a plural of sides
    ("the two sides", "both countries", "the rival parties")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.children):
        return True
    return subj.lemma_.lower() in MUTUAL_NOUNS and subj.tag_ in ("NNS", "NNPS")


def _unless(tok: Token) -> bool:
    """A condition the other side must meet to avert the act: "unless X ...", "if X does not ..."."""
    for clause in tok.children:
        if clause.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and any(c.dep_ == "neg" for c in clause.children)):
            return True
    return False


def _leaves_a_process(tok: Token) -> bool:
    """A withdrawal from something done together ("pull out of the talks", "quit the coalition", "withdraw from
    the treaty": events_word_classes `joint_process_noun`), not of troops or prisoners set free."""
    process = event_lexicon().joint_process_nouns
    words = [c for c in tok.children if c.dep_ in ("dobj", "prt", "prep")]
    words += [g for c in words if c.dep_ in ("prt", "prep") for g in c.children if g.dep_ in ("pobj", "prep")]
    words += [g for c in words if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in process or w.lower_ in process for w in words)


def _foreseen(tok: Token) -> str | None:
    """The modality a head of prospect or likelihood gives its infinitive ("is set to sign", "is to visit": future,
    "is likely to attack": hypothetical; events_word_classes.tsv `prospect_head`, `likelihood_head`), the teller's
    forecast, no one's intention; None for other heads. A participle head is the passive ("is expected to");
    "expects to" is an intention."""
    head, lex = tok.head, event_lexicon()
    if _expected_of_another(tok, lex):
        return "hypothetical"  # "analysts expect Moscow to expel diplomats": the teller's forecast
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return None
    lemma = head.lemma_.lower()
    if lemma == "be" and _infinitive(tok):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not _thing(subject):
            return "future"  # "the minister is to visit Kabul": arranged, to come ("the aim was to ...": no)
        return None
    if lemma in lex.likelihood_heads and head.pos_ == "ADJ":
        return "hypothetical"
    if lemma in lex.prospect_heads and (head.pos_ == "ADJ" or head.tag_ == "VBN"):
        return "future"
    return None


def _expected_of_another(tok: Token, lex: EventLexicon) -> bool:
    """An act a verb of expecting or predicting foresees of someone other than its subject ("analysts expect Moscow
    to expel diplomats", "observers predict the army will attack", "Moscow is predicted to retaliate":
    events_word_classes `expectation_verb`); not the subject's own plan ("Kenya expects to sign the deal")."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp") or head.lemma_.lower() not in lex.expectation_verbs:
        return False
    if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
        return True  # "Moscow is predicted to retaliate"
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _attempted(tok: Token) -> bool:
    """What an attempt head governs ("tried to arrest", "sought to expel", "an attempt to force the group to
    close", "tried to have the assets frozen"): an attempt, set about, not an intention announced to another
    (PLOVER's AGREE and THREATEN are announced)."""
    if _causative(tok):
        return _attempted(tok.head)  # "tried to have the assets frozen"
    head = tok.head
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
        return False  # "will try to attack": announced, as a vow is
    return tok.dep_ in ("xcomp", "acl") and head.lemma_.lower() in event_lexicon().attempt_heads


def _absent(tok: Token) -> bool:
    """Negated by saying it did not happen, not by anyone refusing it: "left without meeting the president", "no
    evidence that they met", "said nothing about supporting the dollar"."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("about", "of") and tok.head.head.lower_ in ("nothing", "none"):
        return True  # "said nothing about supporting the dollar": not even said, let alone done
    return _denied_content(tok)


def _disavowed(tok: Token) -> bool:
    """An act a noun with "no" says is not wanted or planned ("no desire to make concessions", "no plans to lift the
    ban"): a refusal of it, where "no evidence that they met" only says it did not happen."""
    if tok.dep_ != "acl" or not _infinitive(tok):
        return False
    noun = tok.head
    return noun.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def _condition_subject(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str | None]:
    """Whom a threat is aimed at when it names no one: the subject of its condition ("threatened to close the
    strait if the EU imposed an embargo", "vowed to retaliate unless Kyiv withdrew": the EU, Kyiv)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp"))]
    for h in heads:
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                found, text = _args_of(c, {"nsubj", "nsubjpass"}, mentions, spans, places=False)
                found = [m for m in found if m not in sources]
                if found:
                    return found, text
    return [], None


def _noun_read_as_verb(tok: Token) -> bool:
    """A plural noun of a measure the parse read as a verb with the noun before it as its subject, as the clause a
    light verb takes ("imposed [asset] freezes and travel bans on X"): the measure the light verb's subject
    imposes."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBZ" or tok.dep_ != "ccomp":
        return False
    if tok.head.lemma_.lower() not in event_lexicon().light_verbs:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        before is not None
        and before.dep_ == "nsubj"
        and before.head.i == tok.i
        and before.pos_ == "NOUN"
        and not any(True for _ in before.children)
        and not any(c.dep_ in ("aux", "neg") for c in tok.children)
    )


def _owned_act_read_as_verb(tok: Token) -> Token | None:
    """A plural act noun after a multi-word name that the parse read as a verb ("dismissed [African Union]
    demands[VBZ] for elections", "brushed aside [European Union] calls[VBZ] for restraint"), as the clause or
    adverbial of a verb that reacts to it: the name, the act's owner; else None."""
    if tok.tag_ != "VBZ" or tok.dep_ not in ("ccomp", "advcl") or tok.i == 0:
        return None
    lex = event_lexicon()
    if not (tok.lower_ in lex.nouns or tok.lemma_.lower() in lex.nouns) or any(
        c.dep_ in ("aux", "neg", "dobj") for c in tok.children
    ):
        return None
    head = tok.head
    if head.lemma_.lower() not in lex.reaction_verbs and (_code(head) or ("",))[0] not in REACTION_TYPES:
        return None
    owner = tok.doc[tok.i - 1]
    if owner.pos_ != "PROPN" or not any(c.dep_ == "compound" for c in owner.children):
        return None  # a name of one word before a verb is its subject ("Russia calls for talks")
    if owner.dep_ == "nsubj" and owner.head.i == tok.i or owner.dep_ == "dobj" and owner.head.i == head.i:
        return owner
    return None


def _owned_act_object(tok: Token) -> Token | None:
    """The owner of the act a reaction verb's clause names when the parse read that act noun as a verb
    (`_owned_act_read_as_verb`): the reaction's target."""
    return next((o for c in tok.children if (o := _owned_act_read_as_verb(c)) is not None), None)


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _force_purpose(tok: Token) -> Token | None:
    """The infinitive of purpose of a use of force that is itself coercion ("fired tear gas to disperse the
    marchers", "opened fire to break up the crowd"), else None; an attack as the purpose ("deployed troops to
    attack") is an act of its own."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and _infinitive(c) and (_code(c) or ("",))[0] == "COERCE":
            return c
    return None


def _purpose_of_force(tok: Token) -> Token | None:
    """The use of force an infinitive of coercion is the purpose of ("to disperse" in "opened fire to disperse"),
    else None."""
    if tok.dep_ not in ("advcl", "xcomp") or not _infinitive(tok):
        return None
    head = tok.head
    return head if head.pos_ == "VERB" and (_code(head) or ("",))[0] in FORCE_TYPES else None


def _summarised_clause(tok: Token) -> Token | None:
    """The clause an indefinite noun after a comma sums up, when the predicate is that noun's relative clause
    ("X invited Y to talks, an offer Y spurned"; "the ministry offered a raise, a proposal the union turned down";
    "a court freed him, a decision the embassy welcomed"), or the main verb the parse gave the noun as a subject
    (`_summed_as_subject`), or a participle on the noun of an opening "In a gesture welcomed by X" (`_framing_gesture`):
    that clause's verb, whose subject made what the reaction reacts to; else None."""
    contact = tok.dep_ == "acl" and any(c.dep_ == "nsubj" for c in tok.children)  # parsed as a clause on the noun
    if tok.dep_ == "ROOT" and not _any_object(tok):
        return _summed_as_subject(tok)
    if (framed := _framing_gesture(tok)) is not None:
        return framed
    if not (tok.dep_ == "relcl" or contact) or _any_object(tok):
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    if noun.left_edge.i == 0 or tok.doc[noun.left_edge.i - 1].text != ",":
        return None
    head = noun.head
    if noun.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        head = head.head
    elif noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in head.children):
        pass  # "offered a raise last week, a proposal the union rejected": parsed as the verb's second object
    elif noun.dep_ != "npadvmod":
        return None
    # the main clause only: a noun on a reported or embedded clause's word ("demanded that Algeria reopen the border,
    # a demand Algiers rejected") sums up the whole sentence, whose act the reaction finds told before
    return head if head.pos_ == "VERB" and head.dep_ == "ROOT" else None


def _summed_as_subject(tok: Token) -> Token | None:
    """The main clause the parse hung as a reported clause on the reaction, with the summing noun as a second
    subject or as the first word of the subject's phrase ("X handed over the body, a gesture the minister welcomed"
    parsed as "[X handed ...], a gesture the minister welcomed"): that clause's verb; else None. The noun is one of
    an act (`generic_act_nouns` or an event noun: "a gesture", "an offer") with "a", after a comma,
    before the reaction's own subject."""
    subjects = sorted((c for c in tok.children if c.dep_ == "nsubj"), key=lambda t: t.i)
    if len(subjects) == 2:
        det, noun = subjects[0].left_edge, subjects[0]
    elif len(subjects) == 1 and subjects[0].pos_ == "PROPN" and subjects[0].i - subjects[0].left_edge.i >= 2:
        det, noun = subjects[0].left_edge, tok.doc[subjects[0].left_edge.i + 1]  # "a gesture Minister X" as one
    else:
        return None  # not "..., a protest leader complained": a person's noun
    lex = event_lexicon()
    lemma = noun.lemma_.lower()
    if det.lower_ not in ("a", "an") or not (lemma in lex.generic_act_nouns or lemma in lex.nouns):
        return None
    if det.i == 0 or tok.doc[det.i - 1].text != ",":
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp" and c.i < det.i), None)


def _framing_gesture(tok: Token) -> Token | None:
    """The clause an opening "In a gesture welcomed by X, ..." frames ("In a move condemned by Y, Z expelled ..."):
    that clause's verb, whose subject made what the participle reacts to; else None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or not any(c.dep_ == "agent" for c in tok.children):
        return None
    noun, lex = tok.head, event_lexicon()
    if noun.lemma_.lower() not in lex.generic_act_nouns or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ != "in" or prep.head.pos_ != "VERB" or prep.i > prep.head.i:
        return None
    return prep.head


def _act_owner_pronoun(tok: Token, obj: Token | None) -> Token | None:
    """The possessive pronoun on the noun a reaction takes as its object ("turned down her ceasefire proposal",
    "welcomed their offer", "criticised his remarks"): the maker, whom the reaction is aimed at; else None (a noun of
    what one undergoes, "welcomed his release", names no maker)."""
    if obj is None or (_code(tok) or ("",))[0] not in REACTION_TYPES:
        return None
    if obj.pos_ != "NOUN" or _patient_noun(obj):
        return None  # "welcomed his release": the one released, no maker of anything
    return next((c for c in obj.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ != "its"), None)


def _free_relative_named(tok: Token) -> Token | None:
    """The thing a free relative object names ("praised what he called X's stance", "condemned what it described as
    Y's aggression"): the naming verb's second object or its "as" phrase, whose owner the act is aimed at; else
    None."""
    lex = event_lexicon()
    naming = lex.naming_verbs | lex.describing_verbs
    for c in tok.children:
        if c.dep_ not in ("ccomp", "dobj", "xcomp") or c.pos_ != "VERB" or c.lemma_.lower() not in naming:
            continue
        if not any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children):
            continue
        for w in c.children:
            if w.dep_ in ("oprd", "dobj") and w.lower_ != "what":
                return w
            if w.dep_ == "prep" and w.lower_ == "as":
                return next((g for g in w.children if g.dep_ == "pobj"), None)
    return None


def _infinitive(tok: Token) -> bool:
    """The verb has "to" as its auxiliary: an infinitive ("to deport", "to be given")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _intended_purpose(tok: Token, lex: EventLexicon) -> bool:
    """The purpose of an intended move ("prepared to head to Brussels to meet Bush", "plans to fly to Kabul to sign
    the deal"): an infinitive of purpose on an infinitive an intention head governs."""
    if tok.dep_ != "advcl" or not _infinitive(tok):
        return False
    move = tok.head
    return move.dep_ == "xcomp" and move.head.lemma_.lower() in lex.intent_heads


def _obliged(tok: Token) -> bool:
    """The predicate is what someone has or needs to do, not yet done (`_obligation_ahead`)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and _obligation_ahead(head)


def _obligation_ahead(head: Token) -> bool:
    """ "have to" / "need to" in the present or future ("have to approve", "will need to sign"): a requirement not
    yet met; "had to accept" says it was done."""
    return (
        head.tag_ in ("VBP", "VBZ")
        or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would") for c in head.children)
        or (head.tag_ == "VB" and any(c.dep_ == "aux" for c in head.children))
    )


def _ought(tok: Token) -> bool:
    """What someone says another ought to do ("Britain should take its share of refugees", "the UN ought to act"):
    an opinion, not the subject's intention ("we should talk to them" is the speaker's own)."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if (clause := _modal_clause(tok)).i != tok.i:
        tok, aux = clause, aux | {"ought"}  # the parse makes "ought" the verb, the act its complement
    if not aux & {"should", "ought"} and tok.lower_ != "ought":
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and not (subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON")  # "us", not "the US"


def _counterfactual(tok: Token) -> bool:
    """A past possibility that did not come about: a modal with "have" ("could have forced", "would have met")."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return "have" in aux and bool(aux & HYPOTHETICAL - {"must"})


def _condition_clause(tok: Token) -> bool:
    """The predicate heads a condition ("if X attacks", "unless the US works with Europe") or is part of one ("if
    you have the assembly taking control", "even if the minister asked and pleaded")."""
    t = tok
    for _ in range(settings().events.purpose_max_steps):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return True
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _wished(tok: Token) -> bool:
    """What a speaker hopes or deems needed, not what is done: an adverb of wishing on the predicate ("hopefully
    the members will back him"), a clause an adjective of need governs ("it is essential that Iran attends the
    talks", "it is important for Chile to be allowed into the bloc"), or another's act a verb of wishing governs
    (events_word_classes.tsv `wish_verb`: "wants Kenya to sign", "hopes Chile will return the land")."""
    lex = event_lexicon()
    if any(c.dep_ == "advmod" and c.lower_ in lex.wish_adverbs for c in tok.children):
        return True
    t = tok
    while t.dep_ in ("dobj", "pobj", "prep", "attr") and t.head.i != t.i:
        t = t.head  # an event noun reads with its verb ("that Iran attends the talks")
    for _ in range(settings().events.purpose_max_steps):
        if t.dep_ not in ("ccomp", "advcl", "xcomp", "csubj") or t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in t.children):
            return False  # "does not wish to opt for X, while India has rejected aid": told beside the wish
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        t = t.head
        if t.lower_ in lex.need_adjectives or any(
            c.dep_ == "acomp" and c.lower_ in lex.need_adjectives for c in t.children
        ):
            return True
        if own_subject and t.lemma_.lower() in lex.wish_verbs:
            return True  # "wants Kenya to sign the treaty", "hoped Britain would offer refuge": another's act, wished
    return False


DEMAND_MODALS = frozenset({"must", "should", "ought"})
# marks of an adverbial clause told beside another, not inside it: "while", "whereas", "although", "because"
ASIDE_MARKS = frozenset({"while", "whereas", "although", "though", "because", "since", "after", "before", "as"})


def _modal_clause(tok: Token) -> Token:
    """The token that holds the clause's subject and modal: the act itself, or "ought" when the parse makes it the
    verb and the act its complement ("said Norway ought to halt whaling")."""
    return tok.head if tok.dep_ == "xcomp" and tok.head.lower_ == "ought" else tok


def _endangering_thing(tok: Token) -> bool:
    """The verb of threatening has a thing for its subject, itself or through a relative pronoun ("rising prices
    threaten the recovery", "software like Linux, which threatens X's monopoly"): it endangers, no one threatens."""
    if tok.lemma_.lower() != "threaten" or tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        subj = tok.head  # the noun the relative clause describes
    return subj is not None and subj.pos_ == "NOUN" and _thing(subj)


def _avoided(tok: Token, lex: EventLexicon) -> bool:
    """An act a verb of avoiding keeps from (events_word_classes `avoiding_verb`), directly, through "from" or
    through "having to" ("avoided condemning Russia", "refrained from criticising Iran", "avoid having to resolve
    the dispute"): not done."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() == "have" and head.dep_ == "xcomp":
        head = head.head
    elif tok.dep_ == "pcomp" and head.lower_ == "from":
        head = head.head
    elif tok.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in lex.avoiding_verbs


# verbs a thing may be the subject of with no one acting: a danger, an election's result
THING_DONE = frozenset({"threaten", "oust", "unseat", "topple"})


def _thing_subject(tok: Token, mentions: list[Mention]) -> bool:
    """A verb that makes another act (events_word_classes.tsv `causative_verb`), or "threaten" (a danger), whose own
    active subject is a thing that names no actor (through a relative pronoun, the noun it stands for): "this" /
    "that", or a common noun of a thing (`_thing`) with no mention in its phrase ("this forced the council to ...",
    "higher prices forced the government to ..."); not an event noun ("the sanctions forced ..."), not people ("the
    protesters forced ...")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in event_lexicon().causative_verbs | THING_DONE:
        return False  # also "software which threatens its monopoly": a danger, no threat made; "elections in May
        # ousted many of his supporters": voters, not an actor, removed them
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.tag_ == "WDT" and tok.dep_ == "relcl":
        subj = tok.head  # "open source software like Linux, which threaten ...": the noun the clause describes
        if subj.dep_ == "pobj" and subj.head.lower_ in ("like", "as") and subj.head.head.pos_ == "NOUN":
            subj = subj.head.head  # an example's clause describes the kind it is an example of
    elif subj.pos_ == "PRON":  # not a relative "that" ("a bill that would"); "this threatens Egypt" may be said of
        # a side's act, as the speaker frames it
        return subj.lower_ in DEMONSTRATIVES and subj.tag_ == "DT" and tok.lemma_.lower() != "threaten"
    return _thing(subj) and not _phrase_mentions(subj, mentions)


def _issued_text(noun: Token) -> bool:
    """A text someone issues, the object of a verb that issues it ("passed a resolution", "issued a statement",
    "released a report"; events_word_classes.tsv `text_noun`, `issuing_verb`) or of a vote on a body's own text
    ("approved a resolution", `_voted_text`): what it says, its author says; not a text someone else reacts to ("Iran
    criticised a statement condemning Syria"), nor one not issued ("failed to adopt a resolution condemning X", "did
    not pass", "blocked the council from approving")."""
    lex = event_lexicon()
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lex.text_nouns:
        return False
    if verb.lemma_.lower() not in lex.issuing_verbs and not _voted_text(noun):
        return False
    return not _not_issued(verb, lex)


def _not_issued(verb: Token, lex: EventLexicon) -> bool:
    """The issuing verb is denied, or the complement of a verb of failing, refusing or blocking ("did not hesitate to
    issue" is issued)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "blocked the council from approving"
    return verb.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in lex.negating_heads | BLOCKING_VERBS


# verbs that keep a text from being issued: "blocked", "vetoed", "prevented" the council from approving it
BLOCKING_VERBS = frozenset({"block", "veto", "prevent", "stop", "bar"})
# verbs of a body voting a text, and the texts a body issues as its own ("approved a resolution", never "approved an
# agreement with Hamas", "approved a petition": others' texts)
VOTING_VERBS = frozenset({"approve", "adopt", "pass"})
OWN_TEXT_NOUNS = frozenset({"resolution", "declaration", "statement", "communique", "communiqué"})


def _voted_text(noun: Token) -> bool:
    """A body's own text it votes: a resolution, a declaration or a statement approved, adopted or passed, that no
    word gives to another author ("Guatemala's resolution", "a US resolution", "a resolution proposed by Egypt")."""
    if noun.head.lemma_.lower() not in VOTING_VERBS or noun.lemma_.lower() not in OWN_TEXT_NOUNS:
        return False
    return not any(
        c.dep_ == "poss"
        or c.dep_ in ("compound", "amod", "nmod")
        and c.ent_type_ in ("GPE", "NORP", "ORG")
        or c.dep_ == "acl"
        and c.tag_ == "VBN"
        for c in noun.children
    )


def _voted_own_text(tok: Token) -> bool:
    """A body votes a text of its own whose participle tells an act ("approved a resolution condemning Nicaragua",
    "adopted a declaration calling for a ceasefire"): the text's act, not an approval of anyone."""
    texts = [c for c in tok.children if c.dep_ == "dobj" and _voted_text(c) and _issued_text(c)]
    return any(a.dep_ == "acl" and a.tag_ == "VBG" and _code(a) is not None for t in texts for a in t.children)


def _strict_demand(tok: Token) -> bool:
    """ "must" demands of whoever its clause names; "should" and "ought to" appeal only to a named actor."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children)


def _demand(tok: Token) -> Token | None:
    """'X said Y must do Z', 'X said Y should do Z': a demand or an appeal from X to Y (CAMEO 10 and 02: REQUEST).
    'must have done' infers, it demands nothing ("there must have been a mistake"); "should" or "ought to" of the
    speaker's own side ("said we should talk to them") is its own intention, no appeal to another."""
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    clause = _modal_clause(tok)
    if clause.i != tok.i:
        aux.append("ought")
    modals = DEMAND_MODALS.intersection(aux)
    if tok.pos_ not in ("VERB", "AUX") or not modals or "have" in aux:
        return None
    if "must" not in modals and not _ought(clause):
        return None
    tok, head = clause, clause.head
    if tok.dep_ == "ccomp" and head.lemma_.lower() in event_lexicon().claim_verbs | {
        "conclude",
        "insist",
        "demand",
        "warn",
    }:
        return head
    return None


def _modality(tok: Token) -> tuple[bool, str]:
    """(negated, modality) from the predicate's auxiliaries and the head it complements (a causative's from its
    "have": "wants to have the envoy expelled" is intended)."""
    if _causative(tok):
        return _modality(tok.head)
    lex = event_lexicon()
    negated = (
        any(c.dep_ == "neg" for c in tok.children)
        or any(
            c.dep_ in OBJECT_DEPS | {"nsubjpass"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in tok.children
        )  # "made no apology", "gave no support", "no complaint had been made"
        or _absent(tok)  # "left without meeting the president", "no evidence that X attacked"
        or _disavowed(tok)  # "has no desire to make concessions"
    )
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if _bare_conjunct(tok):
        aux |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}  # "will meet X and sign": will sign
    if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in tok.head.children):
        aux |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}  # "there should be an inquiry": its modal
    modality = "asserted"
    if _condition_clause(tok) or _wished(tok):
        modality = "hypothetical"
    elif aux & FUTURE_AUX:
        modality = "future"
    elif aux & HYPOTHETICAL:
        modality = "future" if _reported_future(tok, aux, lex) else "hypothetical"
    if modality == "asserted":
        modality = _governed_modality(tok, lex) or modality
    if modality == "asserted" and _expected_of_another(tok, lex):
        modality = "hypothetical"  # "analysts expect Moscow to expel diplomats": a forecast
    if _decided_against(tok):
        negated = True  # "decided against lifting sanctions", "ruled out withdrawing forces": a refusal of the act
    if modality == "asserted" and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        # a gerund after a preposition is done as its verb is: "pledged to work towards lifting the ban" (intended),
        # "will move towards easing sanctions" (future)
        governing = _modality(tok.head.head)[1]
        modality = governing if governing != "asserted" else modality
    head = tok.head
    # an adverbial clause with a subject of its own ("while India rejected aid", "because Uganda attacked") is
    # its own assertion: the main clause's negation and modals are not its
    own_clause = tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    own_clause = own_clause or _time_phrase_subject(tok) is not None  # "days after gunmen killed ...", misparsed
    # so is a perfect participle: "having donated billions, Gates will call ...": done before, whatever comes next
    own_clause = own_clause or _perfect_participle(tok)
    # so is a participle with an agent of its own: "agreed to a truce, mediated by Qatar": Qatar's part, done
    own_clause = own_clause or (
        tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
    )
    if own_clause and modality == "asserted" and _future_time_clause(tok):
        modality = "future"  # "he will put Africa first when Britain chairs the summit": the present of a future
    if _avoided(tok, lex):
        return negated, "hypothetical"  # "refrained from criticising Iran", "avoid having to resolve it": not done
    # a participle set off by a comma after its head is an act beside it ("rejected the results, accusing the
    # commission of fraud", "did not attend, citing threats"): the head's refusal or negation is not its
    beside = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > head.i and tok.doc[tok.i - 1].text == ","
    if tok.dep_ in ("xcomp", "acl", "advcl") and head is not tok and not own_clause:
        lemma = head.lemma_.lower()
        if lemma in lex.negating_heads and not beside:
            negated = True
        if foreseen := _foreseen(tok):
            modality = foreseen  # "is set to sign", "is likely to attack": foreseen by the teller
        elif lemma in lex.intent_heads or _intended_purpose(tok, lex) or _aim_of_a_thing(tok):
            modality = "intended"
        elif _obliged(tok):
            modality = "hypothetical"  # "both chambers have to approve the bill": required, not done
        if any(c.dep_ == "neg" for c in head.children) and not beside:
            negated = True
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux",)}
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            # "would never be able to reach", "is unlikely to meet": the verb the adjective completes
            verb = head.head
            head_aux |= {c.lower_ for c in verb.children if c.dep_ == "aux"}
            negated = negated or any(c.dep_ == "neg" for c in verb.children)
            if modality == "asserted" and head_aux & HYPOTHETICAL:
                modality = "hypothetical"
        if modality == "asserted" and head_aux & FUTURE_AUX:
            modality = "future"
        elif modality == "asserted" and head_aux & HYPOTHETICAL:
            modality = "hypothetical"  # "arms China could use to threaten Taiwan"
    return negated, modality


def _complemented_act(tok: Token) -> Token | None:
    """The verb whose act the predicate only completes, so that it is done as that act is: the verb of an
    infinitive complement ("allow the UK to deport", "help Kenya to rebuild") or the verb whose object a participle
    describes ("sign an accord recognising the government"). None for a clause with a tense of its own."""
    head = tok.head
    if head.i == tok.i or tok.pos_ != "VERB":
        return None
    if tok.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and _infinitive(tok):
        return head
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
    ):
        return head.head
    return None


def _reported_future(tok: Token, aux: set[str], lex: EventLexicon) -> bool:
    """ "would" as the future of a past report ("officials said they would meet the envoy", "Iran announced it would
    resume talks"): what was said to be coming, not a hypothesis; not with another modal or a condition ("said they
    would meet if ..."), nor a past possibility ("would have met"). A conjunct is reported with its first ("said it
    welcomed the raid and would cooperate with investigators")."""
    if aux & HYPOTHETICAL != {"would"} or "have" in aux or any(_condition_clause(c) for c in tok.children):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "ROOT":
        # a main clause with "would" and no condition anywhere in its sentence continues a report ("The EU would
        # hold talks with Abbas next month", after "the minister said ..."): what was said to be coming
        return not any(t.lower_ in CONDITION_MARKS for t in tok.sent) and not tok.sent.text.rstrip().endswith("?")
    return tok.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in lex.claim_verbs


TIME_MARKS = {"when", "after", "before", "until", "once", "while", "as"}


def _bare_conjunct(tok: Token) -> bool:
    """A verb coordinated with another, with no subject or auxiliary of its own ("will meet the envoy and sign the
    deal", "may try and deport them"): it shares the first verb's modals, when in the bare form a modal takes."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "VERB"
        and tok.tag_ == "VB"  # a modal takes the bare form: "would set out plans ... and attacked" is past
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    )


def _future_time_clause(tok: Token) -> bool:
    """A clause of time in the present, with no modal of its own, on a clause in the future ("will put Africa first
    when Britain chairs the summit"): English puts the future of such clauses in the present."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in tok.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children) or tok.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.head.children)


def _aim_of_a_thing(tok: Token) -> bool:
    """An infinitive on a noun says what the thing is for, not what was done ("a clause to allow Spain to deport
    them", "a resolution to impose sanctions", "moves to lift the ban"); not on a decision or an attempt
    (events_word_classes `decision_noun`: "the decision to suspend flights") nor after an ordinal or a superlative
    ("the first leader to visit Iraq", "the last country to sign"): those were done."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.pos_ != "NOUN" or not _infinitive(tok):
        return False
    if noun.lemma_.lower() in event_lexicon().decision_nouns:
        return False  # "the decision to suspend flights": decided, done
    return not any(c.tag_ in ("JJS", "RBS") or c.lower_ in ORDINAL_WORDS for c in noun.children)


AGAINST_HEADS = frozenset({"decide", "vote", "rule", "come", "argue"})  # "decided against", "came out against"


def _decided_against(tok: Token) -> bool:
    """A gerund its actor decides or rules against: "decided against lifting", "voted against sending troops",
    "ruled out withdrawing" (with "out" as the verb's particle)."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in AGAINST_HEADS:
        return True
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "dobj")
        and head.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    )


def _governed_modality(tok: Token, lex: EventLexicon) -> str | None:
    """An event noun's modality from the verb whose object it is: what a verb of intent takes is intended ("Chirac
    wants a meeting with Merkel", "proposed talks"); the object of a light or participation verb shares that
    verb's modality ("will hold a summit next year": future; "offered to host talks": intended). None when the
    noun's verb asserts it ("held talks") or the token is no such noun."""
    assembly = _assembled_for(tok) if tok.pos_ == "NOUN" else None
    if assembly is not None:  # "will gather for a protest in March": future, as "will join a protest"
        modality = _modality(assembly)[1]
        return None if modality == "asserted" else modality
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":  # the head of an object is a verb, whatever its tag ("to host")
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if foreseen := _foreseen(verb):
        return foreseen  # "the figures are likely to spark criticism": a forecast of it
    if lemma in lex.intent_heads - PROMISES - {"agree", "commit", "committed"}:
        return "intended"
    if lemma in lex.light_verbs | lex.meeting_light_verbs | lex.participation_verbs | lex.receiving_verbs:
        modality = _modality(verb)[1]  # "before it can receive aid": only possible
        return None if modality == "asserted" else modality
    return None


def _denied_content(tok: Token) -> bool:
    """The predicate is what a noun with "no" says is not there: "no evidence that any prisoner was tortured",
    "no sign that troops had withdrawn" (the clause complements the noun)."""
    if tok.dep_ not in ("acl", "ccomp") or tok.head.pos_ != "NOUN":
        return False
    return any(d.dep_ == "det" and d.lower_ == "no" for d in tok.head.children)


class _QuoteList(list):
    """The document's quote areas in text order (they never overlap), looked up by offset in log time."""

    def __init__(self, areas: list[_QuoteArea]):
        super().__init__(sorted(areas, key=lambda q: q.start_char))
        self.starts = [q.start_char for q in self]


def _quote_at(spans: list[_QuoteArea], idx: int) -> _QuoteArea | None:
    """The quote area holding an offset, if any."""
    import bisect

    if isinstance(spans, _QuoteList):
        i = bisect.bisect_right(spans.starts, idx) - 1
        return spans[i] if i >= 0 and spans[i].start_char <= idx < spans[i].end_char else None
    return next((q for q in spans if q.start_char <= idx < q.end_char), None)


def _claim(tok: Token, spans: list[_QuoteArea], mentions: list[Mention]) -> tuple[bool, Mention | None]:
    """Whether the predicate is a claim (inside a quote, or under a reporting verb), and the claimant's mention."""
    q = _quote_at(spans, tok.idx)
    if q is not None:
        return True, q.speaker_mention
    t = tok
    claim_verbs = event_lexicon().claim_verbs
    for _ in range(settings().events.claim_max_steps):
        if t.dep_ in ("ccomp",) and t.head.lemma_.lower() in claim_verbs:
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            return True, (mention_for_token(subj, mentions) if subj is not None else None)
        if t.head.i == t.i:
            break
        t = t.head
    return False, None


# acts an authority reports having done itself in the passive: "Three men were arrested on Friday, police said"
REPORTED_BY_DOER_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT"})
# people freed by others than those who report it: "the hostages were freed, the army said" (a rescue, or kidnappers)
HOSTAGE_NOUNS = frozenset({"hostage", "captive", "abductee"})
RELEASE_VERBS = frozenset({"release", "free"})


def _reported_by_its_doer(
    tok: Token, etype: str, mentions: list[Mention], spans: list[_QuoteArea]
) -> tuple[list[Mention], str] | None:
    """For an agentless passive arrest, expulsion or release in a clause a state's force or organ reports ("Three men
    were arrested in Mombasa, police said", "the ministry said two diplomats had been expelled", "two detainees were
    released, Kosovo police said"): the reporter, who did it (the source), with its phrase. None for other acts
    ("were killed, police said": the police only report it), for hostages freed (a rescue, or their kidnappers), and
    for other reporters ("were arrested, witnesses said")."""
    lex = event_lexicon()
    if etype not in REPORTED_BY_DOER_TYPES or tok.pos_ != "VERB":
        return None
    deps = {c.dep_ for c in tok.children}
    if "auxpass" not in deps or "agent" in deps:
        return None
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if patient is None:
        return None
    held = _counted(patient)
    if etype == "RETREAT" and (held.lemma_.lower() in HOSTAGE_NOUNS or tok.lemma_.lower() not in RELEASE_VERBS):
        return None  # "the hostages were freed": a rescue or the kidnappers; "troops were withdrawn": whose troops
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in held.children):
        return None  # "the army said two of its soldiers had been captured": its own people, taken by others
    clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else tok  # "... were arrested and charged"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.claim_verbs:
        return None  # only the report's own clause: never "said it was untrue that 12 journalists had been arrested"
    found = _detaining_reporter(clause.head, patient, mentions, spans)
    if found is None:
        return None
    reporters = {m.country for m in found[0]}  # every reporter has a country (`_detaining_reporter`)
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "by")):
        elsewhere = _args_of(prep, {"pobj"}, mentions, spans)[0]
        if any(is_state(m) and m.country not in reporters for m in elsewhere):
            return None  # "were expelled from France, the Algerian ministry said": France expelled them
    return found


def _detaining_reporter(
    said: Token, patient: Token, mentions: list[Mention], spans: list[_QuoteArea]
) -> tuple[list[Mention], str] | None:
    """The subject of a reporting verb when it is a state's authority that arrests, expels or releases people
    (events_word_classes `detaining_authority`: police, army, ministry, government, prosecutors), with its phrase;
    None for others ("witnesses", "the embassy", "the rebels") and for a state's organ abroad speaking of its own
    nationals ("the foreign ministry said two Kenyan lorry drivers had been detained": held by another state), which
    only the state's own police, prosecutors and courts hold at home (`home_justice_noun`)."""
    lex = event_lexicon()
    reporter = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if reporter is None:
        return None
    head = _counted(reporter).lemma_.lower()
    if head not in lex.detaining_authorities:
        return None
    found = _arg_mentions(reporter, mentions, spans, places=False, acting=True)
    if not found or any(not m.country for m in found):
        return None  # "UN officials said ...": no state's authority
    if head not in lex.home_justice_nouns:
        held = {m.country for m in _arg_mentions(patient, mentions, spans, places=False)}
        if held & {m.country for m in found}:
            return None  # its own nationals, held by another state
    return found, _phrase(reporter)


DENYING_VERBS = frozenset({"deny", "refute"})


def _denied(tok: Token) -> bool:
    """The predicate is what a denial's clause says did not happen ("denied that its soldiers crossed the border",
    "denying the rebels had shelled it", "denied reports that troops had fired"): a claim denied, not an act told."""
    t = tok
    for _ in range(settings().events.claim_max_steps):
        head = t.head
        if t.dep_ == "ccomp" and head.lemma_.lower() in DENYING_VERBS:
            return not _denial_denied(head)
        if t.dep_ in ("acl", "ccomp") and head.dep_ == "dobj" and head.head.lemma_.lower() in DENYING_VERBS:
            return not _denial_denied(head.head)
        if head.i == t.i:
            break
        t = head
    return False


def _denial_denied(deny: Token) -> bool:
    """The denial is itself negated ("did not deny that", "nobody denies that"): what it says happened is told."""
    if any(c.dep_ == "neg" for c in deny.children):
        return True
    subj = next((c for c in deny.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in ("nobody", "none", "no-one") or any(g.lower_ == "no" for g in subj.children)


# ---------------------------------------------------------------------------
# Events of a document


@dataclass
class _Predicate:
    """A predicate's event type and arguments before its readings (modality, claim, date)."""

    etype: str
    mode: str | None
    is_demand: bool
    sources: list
    source_text: str | None
    targets: list
    target_text: str | None


def _trade_measure(tok: Token) -> bool:
    """A verb whose object is a trade measure (events_word_classes `trade_measure_noun`: tariffs, duties, quotas):
    a restriction (COERCE, as CAMEO 163 "impose embargo, boycott or sanctions" maps to PLOVER) only on another's
    goods ("tariffs on Chinese steel"); without a target it is a price or a scale."""
    nouns = event_lexicon().trade_measure_nouns
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(t.lower_ in nouns for o in objects for t in [o, *(c for c in o.children if c.dep_ == "compound")])


def _refused_permission(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea]
) -> tuple[list[Mention], str | None, list[Mention], str | None] | None:
    """(sources, source text, targets, target text) of a permission refused or granted that the parse read as the
    subject's own act: a verb of granting (events_word_classes `granting_verb`: refuse, deny, grant) with a
    permission as its object (`permission_noun`: entry, asylum, visas, bail) and either a "by" agent ("refugees
    refused asylum by Germany") or the permission's destination a state ("six Czechs refused entry to Britain"):
    the subject is who was refused, the agent or the destination's state refuses. None for an active reading
    ("Britain refused entry to six Czechs", "Russia denied access to Crimea": the subject is a state)."""
    lex = event_lexicon()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.granting_verbs or tok.tag_ not in ("VBD", "VBN"):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    permission = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.permission_nouns), None)
    if subject is None or permission is None or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    who, who_text = _args_of(tok, {"nsubj"}, mentions, spans)
    if any(is_state(m) for m in who):
        return None
    for by in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
        agents, agent_text = _args_of(by, {"pobj"}, mentions, spans, places=False)
        if agents:
            return agents, agent_text, who, who_text or _phrase(subject)
    for to in (c for c in permission.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        states, state_text = _args_of(to, {"pobj"}, mentions, spans)
        if states and all(is_state(m) for m in states):
            return states, state_text, who, who_text or _phrase(subject)
    return None


# naming a source: what one asks a reporter not to do ("asked not to be named", "requested anonymity")
NAMING_OF_SOURCES = frozenset({"name", "identify", "quote", "cite"})


def _anonymity(tok: Token) -> bool:
    """A request not to be named ("who asked not to be named", "asked not to be identified because ...", "requested
    anonymity"): what a source asks of the reporter, no event."""
    for c in tok.children:
        deps = {g.dep_ for g in c.children}
        if c.dep_ == "xcomp" and c.lemma_.lower() in NAMING_OF_SOURCES and {"neg", "auxpass"} <= deps:
            return True  # passive: "asked not to be named" (never "asked Uganda not to name the suspects")
        if c.dep_ == "dobj" and c.lemma_.lower() == "anonymity":
            return True
    return False


def _predicate(tok: Token, mentions: list[Mention], spans: list[_QuoteArea], must_heads: set[int]) -> _Predicate | None:
    """The event a token predicates with its arguments, None when it codes none or names no actor."""
    code = _code(tok)
    if code is not None and code[0] == "REQUEST" and tok.dep_ in ("advcl", "xcomp") and _purpose_of_protest(tok):
        code = None  # "blocked roads to demand ...": part of the protest
    if code is not None and code[0] == "THREATEN" and tok.lemma_.lower() in ULTIMATUM_VERBS and tok.dep_ == "advcl":
        if (_code(tok.head) or ("",))[0] == "SANCTION":
            code = None  # "expelled the ambassador, giving him 72 hours to leave": the expulsion's deadline
    if code is not None and code[0] == "COERCE" and _purpose_of_force(tok) is not None:
        code = None  # "opened fire to disperse the crowd": one act, told with its purpose
    sayer = _demand(tok) if tok.i in must_heads else None
    if code is None and sayer is None:
        return None
    if _retort(tok, mentions):
        return None  # "Moscow shot back on Thursday", "the ministry hit back": words in answer, told after
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is not None and _caused_by_an_act(tok, agent):
        return None  # "the reshuffle forced by the resignation of X": a happening caused it, no one forced anyone
    if sayer is not None:
        etype, mode = "REQUEST", None
        sources, source_text = _clause_source(sayer, mentions, spans)  # "..., saying the UN should lead": the
        # subject the participle or a conjunct shares
        clause = _modal_clause(tok)
        targets, target_text = _args_of(clause, {"nsubj"}, mentions, spans)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not _strict_demand(tok) and (not targets or subject is None or _thing(subject)):
            sayer = None  # "said reforms should build on GCSEs", "said the reforms in Germany should help": an
            # opinion of what should be, asked of no actor
    if sayer is None and code is None:
        return None
    if sayer is None:
        etype, mode = code
        sources, source_text = _source(tok, mentions, spans)
        targets, target_text = _target(tok, mentions, spans, sources)
        if etype == "THREATEN" and not targets:  # "threatened to close the strait if the EU imposed an embargo"
            conditioned = _condition_subject(tok, mentions, spans, sources)
            if conditioned[0] or not target_text:  # else the people without a name the threat is aimed at
                targets, target_text = conditioned
        if not targets and not target_text and (summarised := _summarised_act(tok)) is not None:
            # "the White House threatened to impose tariffs, a move condemned by X": X condemned the White House
            found, text = _args_of(summarised, {"nsubj"}, mentions, spans, places=False, acting=True)
            found = [m for m in found if (m.key or m.name) not in {s.key or s.name for s in sources}]
            targets, target_text = (found, text) if found else (targets, target_text)
        placed = not targets or all(_in_locative(tok, m) for m in targets)
        if etype == "PROTEST" and placed and (chanted := _chanted_against(tok)) is not None:
            # "rallied on Friday, chanting slogans against Washington": whom the crowd's words were against, rather
            # than where it marched ("marched in Nairobi, carrying banners against the president")
            found = [m for m in _arg_mentions(chanted, mentions, spans, places=False) if m not in sources]
            targets, target_text = (found, _phrase(chanted)) if found else (targets, target_text)
        if etype == "PROTEST" and (employer := _employer_of_subject(tok, mentions)) is not None:
            # "OSE workers, represented by the X union, held a stoppage": the workers protest against their employer,
            # which is no side of its own protest
            sources = [m for m in sources if (m.key or m.name) != (employer.key or employer.name)]
            source_text = source_text if sources else None
            if not targets and not target_text and not _protest_aimed(tok):  # against whom else the text says
                # ("against the AfD", "outside Downing Street over cuts"): that, not the employer
                targets, target_text = [employer], employer.text
        if among := _named_among(tok, mentions, sources + targets):
            targets = targets + among  # "detained 31 people, among them X", "met six groups, among them Y": those too
        if _noun_read_as_verb(tok):  # "imposed asset freezes on X": the imposer's measure, dated by its clause
            sources, source_text = _clause_source(tok.head, mentions, spans)
        if (owner := _owned_act_read_as_verb(tok)) is not None:  # "rejected European Union calls for restraint"
            sources, source_text = mentions_in_subtree(owner, mentions), owner.text
            targets, target_text = _clause_source(tok.head, mentions, spans)  # asked of whoever rejects it
        elif not targets and not target_text and (owned := _owned_act_object(tok)) is not None:
            targets, target_text = mentions_in_subtree(owned, mentions), owned.text  # "dismissed AU demands"
        # (a place it happened in is no target then: "in Kinshasa, police fired tear gas to scatter the marchers")
        where = bool(targets) and all(_in_locative(tok, m) for m in targets)
        purpose = _force_purpose(tok) if etype in FORCE_TYPES and (where or not targets and not target_text) else None
        if purpose is not None:  # "fired tear gas to disperse the marchers": whom the force was used on
            targets, target_text = _target(purpose, mentions, spans, sources)
        if (refused := _refused_permission(tok, mentions, spans)) is not None:
            sources, source_text, targets, target_text = refused
        if etype == "REJECT" and not targets and not target_text and (said := _said_object(tok)) is not None:
            # "X said the vote was rigged ... Y rejected the findings": whoever said what is rejected
            sayer = _latest_sayer(tok, mentions, spans, sources)
            targets, target_text = (sayer, _phrase(said)) if sayer else (targets, target_text)
        if etype == "ACCUSE" and not targets and not target_text and tok.pos_ == "VERB":
            targets, target_text = _accused_in_clause(tok, mentions, spans, sources)
        if not targets and (summons := _summoned_for(tok)) is not None:
            # "summoned Myanmar's ambassador to protest against the shelling": protested to whom was summoned
            whom = next(c for c in summons.children if _summoned(c))
            found = [m for m in _arg_mentions(whom, mentions, spans, places=False) if m not in sources]
            targets, target_text = found or targets, _phrase(whom)
        if etype == "SANCTION" and not targets and tok.lemma_.lower() == "declare" and _expulsion_idiom(tok):
            targets = _declared_persons(tok, mentions, sources) or targets
        if etype in ("REJECT", "AGREE") and tok.pos_ == "VERB" and (not targets or _object_is_it(tok)):
            # "the government offered 8% ... the unions rejected it": whose offer it was (never an actor "it" stood
            # for: the offer)
            targets, target_text = (
                _proposal_maker(tok, mentions, spans, sources)
                or _requester(tok, mentions, spans, sources)
                or (targets, target_text)
            )
        if etype == "REJECT" and not targets and tok.lemma_.lower() in VETO_VERBS:
            targets = _bill_passer(tok, mentions, spans, sources) or targets  # "vetoed the bill": who passed it
        if etype == "COERCE" and not targets and _trade_measure(tok):
            return None  # "raise utilities tariffs", "introduced the murder tariff": a price or a scale, no restriction
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
    two_sides = len(targets) >= 2 and not sources and not all(_in_locative(tok, m) for m in targets)
    if tok.pos_ == "NOUN" and etype in SYMMETRIC and (two_sides or between and targets):
        # "a meeting between X and Y": its sides, whoever hosted it ("Qatar hosted talks between X and Y")
        sources, targets, source_text = targets[:1], targets[1:], targets[0].text
    elif len(sources) >= 2 and not targets and _each_other(tok):
        # "Indonesia and Vietnam summoned each other's ambassadors": each side acts on the other
        sources, targets, target_text = sources[:1], sources[1:], None
    elif (
        len(sources) >= 2
        and _reciprocal(tok, etype)
        and all(_in_locative(tok, m) for m in targets)
        and (targets or not _unresolved_party(tok, etype, target_text))
    ):
        # "X and Y met / signed a treaty (in Z)": each side acts on the other; the place is where
        sources, targets, target_text = sources[:1], sources[1:], None
    if etype in ("ASSAULT", "COERCE") and tok.pos_ == "VERB" and _crowd_acts(tok):
        etype, mode = "PROTEST", None  # "protesters torched cars", "farmers blockaded the depots": a riot, a blockade
    elif etype == "COERCE" and _protest_form(tok) and all(map(_civil, sources or [None])):
        etype, mode = "PROTEST", None  # "the fishers' union, which organised the blockade": a protest, no coercion
    elif etype == "PROTEST" and tok.lemma_.lower() in OBSTRUCTING_VERBS and _forces_subject(tok):
        etype, mode = "COERCE", None  # "police blocked access to the party's headquarters": force, no protest (police
        # who protest over their pay still protest)
    if etype == "CONSULT" and mode == "visit" and tok.lemma_.lower() == "arrive" and _troops_subject(tok):
        etype, mode = "MOBILIZE", None  # "NATO troops arrived in Bosnia": a deployment, not a visit
    elif tok.lemma_.lower() == "arrive" and mode == "visit" and (not sources or not _own_subject(tok)):
        return None  # "116 people arrived in Kyrgyzstan", "supplies began to arrive": a visit is a named actor's
    unnamed_protest = (
        etype == "PROTEST"
        and source_text
        and (location_country(tok) is not None or (_group_named(tok, source_text) and _told_as_done(tok)))
    )
    if not sources and not targets and not (target_text and (source_text or _agentless_passive(tok))):
        # no named actor: only unnamed sides make an event ("police detained three journalists", "the reporters
        # were detained on Friday", where the passive leaves the source unsaid), or unnamed protesters in a named
        # country ("students throughout Indonesia staged demonstrations") or of a social group ("thousands of
        # farmers marched": the group is their actor)
        if not unnamed_protest:
            return None
    if tok.lemma_.lower() in SOURCE_STATED_VERBS and not sources and not source_text:
        return None  # "Jackie was evicted from the house": a show's or a landlord's act unless the text says whose
    if not sources and _thing_subject(tok, mentions):
        return None  # "this forced the government to cancel the contract", "the crisis forced the minister out": a
        # thing or a state of affairs acts on no one's behalf
    if etype == "THREATEN" and _forecast(tok):
        return None
    if etype == "THREATEN" and not sources and _endangering_thing(tok):
        return None  # "open source software, which threatens Microsoft's monopoly": a danger, no one's threat
    if tok.pos_ == "NOUN" and etype == "ACCUSE" and not targets and not target_text and _named_after(tok):
        return None  # "the Butler inquiry", "Sir Alan's inquiry failed to ...": an inquiry named, no one accused
    if etype == "AGREE" and not targets and not target_text and _promise_to_no_one(tok):
        return None  # "Howard pledged the party would ...", "he promised a positive campaign": to no one
    if etype == "AGREE" and not targets and not target_text and _assents(tok, sources):
        return None  # "Mr Wallace agreed and said the figures ...": agreeing with what was said, no accord
    if etype == "AGREE" and not targets and _committed_to_a_cause(tok):
        return None  # "the US is completely committed to poverty reduction": a stance, toward no one
    if _done_by_its_means(tok):
        return None  # "retaliated by expelling ten diplomats": the expulsion is the event
    if _private(tok):
        return None  # "met his future wife", "visited his mother": private life, no political interaction
    if etype == "SUPPORT" and _voted_own_text(tok):
        return None  # "approved a resolution condemning X": the resolution's act is the event, no support of X
    if _own_defended(tok, etype, targets):
        return None  # "Milburn defended his party's posters": a statement for one's own side, no one supported
    if tok.lemma_.lower() == "ask" and _wish(tok) or etype == "REQUEST" and _anonymity(tok):
        return None  # "asked not to be named", "asked to be excused": a wish, asked of no one; "an official who
        # asked not to be named", "requested anonymity": a source's terms with the reporter
    if _generic_subject(tok):
        return None  # "you cannot sue the government": anyone, no actor
    if _practice(tok):
        return None  # "our approach to imprisoning people", "my experience of working with children": a practice
    if not targets and not target_text and _speaker_of_itself(tok, spans):
        return None  # '"We have to fight," he said', '"I make no apologies"': the speaker's rhetoric, toward no one
    if etype in CONFLICTUAL and _ability_only(tok):
        return None  # "employers will no longer be able to force workers to retire": a power to coerce, no threat
    if _capability(tok) or _may(tok) or _aptitude(tok):
        return None  # "the power to detain suspects", "the right to strike", "bad at coordinating": not an act
    if (
        any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in tok.children)
        and (not targets or (target_text or "").lower() in REFLEXIVE)
        and not _blown_up(tok)
    ):
        return None  # "help Taiwan defend itself", "later killed himself": done to oneself, no one else; a suicide
        # bombing ("blew himself up at a checkpoint") is an attack on those around
    if etype == "CONSULT" and _speaks_alone(tok, sources, targets, target_text):
        return None  # "Mr Blair had spoken with such sincerity", "he talked for an hour": to no one named
    if etype == "CONSULT" and tok.lemma_.lower() == "discuss" and not _partner(tok, targets):
        return None  # "the report also discussed the scandal", "issues to be discussed": with no one
    if mode == "visit":
        # a county or town is where, not whom: unplaced, or in the visitor's own country ("Mr Kennedy visits
        # Manchester, Somerset and Torbay"); a state, or a place abroad ("Blair visited Kandahar"), is visited
        home = {m.country for m in sources if m.country}
        targets = [
            m for m in targets if not (m.type == "GPE" and not is_state(m) and (not m.country or m.country in home))
        ]
    if mode == "visit" and not targets:
        return None  # "a visit to Sheffield", "visiting constituencies": no one visited, only a place
    if etype == "CONSULT" and mode in (None, "phone") and _alone(tok, sources, targets, target_text):
        return None  # "the cabinet discussed military action", "the IMF meets in April": a body's own sitting
    public = _meets_the_public(tok) if etype == "CONSULT" else None
    if public is not None and all(m.start_char in _own_span(public) and m.type in PLACE_KINDS for m in targets):
        return None  # "spoke of meeting many people across the country", "met residents of Kibera": no counterpart
    if etype == "CONSULT" and _met_with_reaction(tok):
        return None  # "the plan was met with protests", "his remarks were met with anger": a reaction, no meeting
    if etype == "CONSULT" and (_to_the_press(tok, event_lexicon(), mentions) or _talks_about(tok, targets)):
        return None  # "speaking to the BBC's correspondent", "told reporters": a reporting frame
    lex = event_lexicon()
    verbal = tok.lemma_.lower() in lex.verbal_attack_verbs and etype == "ASSAULT"
    if verbal and _thing_object(tok, mentions, own=True) and sources and all(m.type == "PERSON" for m in sources):
        etype, mode = "ACCUSE", None  # "Letwin attacked government red tape": words, not force
    elif etype == "ASSAULT" and _attack_in_words(tok):
        etype, mode = "ACCUSE", None  # "launched a scathing attack on the government, calling it ...": words
    elif etype == "ASSAULT" and _political_attack(tok, sources, targets):
        etype, mode = "ACCUSE", None  # "the latest Tory attack", "Blair attacked the Lib Dems": a political contest
    elif etype == "ASSAULT" and _attack_over_words(tok):
        etype, mode = "ACCUSE", None  # "went on the offensive over comments", "attacked X over its spending plans"
    elif verbal and _critics_attack(tok):
        etype, mode = "ACCUSE", None  # "critics attacked the administration", "MPs slammed the minister": words
    elif verbal and _thing_object(tok, mentions, own=True):
        pass  # a thing attacked by no person: the senses below decide
    elif (
        tok.lemma_.lower() in lex.actor_object_verbs
        and not _read_object(tok, lex)
        and not _condemning_naming(tok, lex)  # "called the move unfriendly": a thing condemned, whoever did it
        and _thing_object(tok, mentions, own=tok.lemma_.lower() in lex.head_object_verbs)
        and not _war_fought(tok)  # "fought a border war": arms
    ):
        return None  # "met its targets", "fought poverty", "funds public services": another sense
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.object_verbs and not _has_object(tok):
        return None  # "her heart beats", "the plan worked": no one acted on
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.recipient_verbs and not targets and not target_text:
        if not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in tok.children):
            return None  # "helped by a rise in exports", "contribute to the planning": no one helped
    if etype == "MOBILIZE" and not sources and _agentless_passive(tok):
        # "British troops were deployed in Basra": the forces' side mobilises; where is the target (never the place
        # they were sent to as the side: "troops were sent to Bocaranga")
        sources, source_text = _args_of(tok, {"nsubjpass"}, mentions, spans, places=False, acting=True)
        targets, target_text = _located_targets(tok, mentions, spans, sources)
        forces = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        relative = forces is not None and _relative_subject(forces, tok)
        forces = tok.head if relative else forces  # "troops who were deployed to Port Sudan": the troops
        if not sources and forces is not None and _unnamed_state_forces(_counted(forces)):
            # "1,200 soldiers and police officers were deployed to Quevedo": the state where they deploy
            sources = _state_where(tok, mentions, targets)
            source_text = _before_clause(forces, tok) if relative else _phrase(forces)
            home = {m.country for m in sources}
            targets = [m for m in targets if m.country not in home]  # "deployed across Paris": where, no side
        elif not sources and relative:
            source_text = _before_clause(forces, tok)  # "extra troops who were deployed": the troops, unplaced
    if etype in HOLDING_TYPES and not sources and _agentless_passive(tok):
        # "the fishermen were detained on July 29, when the coast guard seized their trawlers": the one who seized
        sources, source_text = _doer_of_when_clause(tok, mentions, spans)
    granted = etype in ("REJECT", "CONCEDE", "RETREAT", "AGREE") and _state_granted(tok, lex)
    if (etype in ("COERCE", "ACCUSE") or granted) and not sources and _state_undergone(tok, lex):
        # "47 people were detained": the state where it happens arrests, as CAMEO codes the police ("were arrested
        # in Conakry, and X was captured": where the first clause happens)
        sources = _state_where(tok, mentions, targets)
        if not sources and tok.dep_ == "conj":
            sources = _state_where(tok.head, mentions, targets)
        if sources and (where := [m for m in targets if m.key == sources[0].key and _in_locative(tok, m)]):
            # "was arrested in Lebanon": where is who arrested, no target
            targets = [m for m in targets if m not in where]
            target_text = target_text if targets or target_text != where[0].text else None
    if etype in ("COERCE", "SANCTION") and sources and not targets and (crossing := _border_closed(tok)) is not None:
        # "Pakistani authorities sealed the crossing": the state across the border, the other one the story is about
        across = _other_state(mentions, sources)
        if across is not None:
            targets, target_text = [across], target_text or _phrase(crossing)
    if etype == "MOBILIZE" and (
        any(t.lemma_.lower().startswith("peacekeep") for t in tok.subtree) or "peacekeep" in (source_text or "").lower()
    ):
        etype, mode = (
            "AID",
            None,
        )  # troops sent to keep the peace (also "Russian peacekeepers began deploying"): CAMEO 074
    if etype == "COOPERATE" and len(sources) < 2 and _exercise_alone(tok):
        etype, mode = "MOBILIZE", None  # "China held military drills near Taiwan": a show of force (CAMEO 150)
    if etype == "PROTEST" and tok.lemma_.lower() == "protest" and sources and all(_state_side(tok, m) for m in sources):
        etype, mode = "ACCUSE", None  # a government's protest is an official complaint (CAMEO 114), not a rally
    protest = etype == "PROTEST" and (sources or source_text)  # also unnamed protesters ("students in Dhaka")
    if not targets and protest:
        targets, aim_text = _protest_aim(tok, mentions, spans, sources)
        target_text = target_text or aim_text
    if not targets and (protest or sources and (etype == "AID" or _pledged_aid(tok, etype))):
        targets = _implied_state(tok, etype, mentions, sources)
    private = sources and all(m.type == "PERSON" and not political(m) for m in sources)
    if etype == "AID" and not targets and private and not _recipient(tok):
        return None  # "donated $5m to local causes": a private person's gift to no one named, charity (an official's
        # grant package stays: "Indian minister Rajiv Menon announced the grant package")
    sources = _not_the_targets_state(tok, sources, targets, mentions)
    return _Predicate(etype, mode, sayer is not None, sources, source_text, targets, target_text)


def _recipient(tok: Token) -> bool:
    """The gift names whom it goes to by people or a body, though no actor ("gave $5m to flood victims", "to the
    hospital"): some recipient, not "causes" or "charity" in general."""
    for prep in (c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")):
        for g in (x for x in prep.children if x.dep_ == "pobj"):
            if _people(g) or g.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
                return True
    return False


def _not_the_targets_state(
    tok: Token, sources: list[Mention], targets: list[Mention], mentions: list[Mention]
) -> list[Mention]:
    """An organ of a state the sentence does not name ("the coast guard seized two Vietnamese trawlers", "the
    foreign ministry summoned Vietnam's ambassador"), read as the state the story is about, is never the state its
    act is aimed at (the state itself, its envoys, forces or vessels: `state_asset_noun`) when the story is filed
    from another state: it is that state's (unresolved when the text never names that state). Sides named in the
    sentence, acts on a state's people ("DUBAI - ... the authorities arrested 30 Iranian students"), and stories
    filed from the state acted on or from nowhere keep theirs."""
    sent = tok.sent
    if not sources or any(sent.start_char <= m.start_char < sent.end_char for m in sources):
        return sources  # named in its own sentence
    aimed = {m.country for m in targets if m.country and _state_aimed(tok.doc, m)}
    if not aimed or not all(is_state(m) and m.country in aimed for m in sources):
        return sources
    filed = dateline_country(tok.doc)
    if filed is None or filed in aimed:
        return sources  # a story filed from the state acted on, or from nowhere: its own organs, its own people
    other = state_named(mentions, filed)
    return [other] if other is not None else []


def _state_aimed(doc: Doc, m: Mention) -> bool:
    """The mention stands for a state across a border: the state by name, or the people's name, possessor or title of
    one of its envoys, missions, forces or vessels ("two Malaysian trawlers", "Malaysia's ambassador", "Ambassador
    X"); not of its citizens ("Iranian students")."""
    if is_state(m) and m.type == "GPE":
        return True
    assets = event_lexicon().state_asset_nouns
    if any(w.lower() in assets for w in (m.title or "").split()):
        return True
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    noun = root.head if root.dep_ in ("amod", "compound", "poss", "nmod", "appos") else root
    return noun.lemma_.lower() in assets or noun.lower_ in assets


def _pledged_aid(tok: Token, etype: str) -> bool:
    """A promise whose object is aid ("pledged $3 million in emergency aid")."""
    if etype != "AGREE" or tok.pos_ != "VERB":
        return False
    nouns = event_lexicon().nouns
    return any(
        (nouns.get(t.lemma_.lower()) or nouns.get(t.lower_) or ("",))[0] == "AID"
        for c in tok.children
        if c.dep_ == "dobj"
        for t in c.subtree
    )


def _protest_aim(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str | None]:
    """Whom a protest with no target of its own is aimed at when a participle beside it accuses or asks someone
    ("launched a strike, accusing the company of breaking its pledge", "blocked roads, demanding that the
    government resign"): that side; else nobody."""
    for c in tok.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and (_code(c) or ("",))[0] in ("ACCUSE", "REQUEST"):
            found, text = _target(c, mentions, spans, sources)
            if found:
                return found, text
    return [], None


def _implied_state(tok: Token, etype: str, mentions: list[Mention], sources: list[Mention]) -> list[Mention]:
    """The state a protest or aid that names no target is aimed at, as CAMEO codes them: the state where it
    happens, else the state the story is about ("supporters blocked roads in Ziguinchor": Senegal's government;
    "Japan pledged $3 million in emergency aid" in a story about Nepal's floods: Nepal). Aid goes to another
    state than its giver's; a state protests to no one here (its protest is an official complaint)."""
    if etype == "PROTEST" and tok.pos_ != "VERB" and _participant_clause(tok) is None:
        return []  # "posters which caused Tory protests": a complaint named, aimed where the text says; a protest
        # its protesters stage ("went on strike", "staged a sit-in") is told as their act, as a verb tells it
    if etype != "PROTEST" and any(s.type == "PERSON" for s in sources):
        return []  # "donated $5m to local causes": a person's gift, to no state
    where = [m for m in _state_where(tok, mentions, []) if m.key not in {s.key for s in sources}]
    if etype != "PROTEST" and any(s.country == m.country for s in sources for m in where):
        return []  # a state's aid at home is no aid to another
    return where


ACKNOWLEDGING = {"recognise", "recognize", "acknowledge", "accept", "admit", "concede", "assure", "reassure"}
COPULAS = {"become", "seem", "remain", "appear", "look", "feel", "grow", "stay", "get"}


def _capability(tok: Token) -> bool:
    """An infinitive on a noun of power, right or means ("the power to detain", "the right to strike", "the
    means to attack"), or a passive one on any noun ("issues to be discussed"): what may be done, no act."""
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    nouns = event_lexicon().capability_nouns
    if to.i > 0 and tok.doc[to.i - 1].lemma_.lower() in nouns and tok.doc[to.i - 1].pos_ == "NOUN":
        return True  # "current powers to detain", however the parse attaches the infinitive
    if tok.dep_ != "acl":
        return False
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    return passive or tok.head.lemma_.lower() in nouns


def _ability_only(tok: Token) -> bool:
    """An infinitive on "able" / "unable" / "capable" that a modal, a future or a negation makes a mere ability ("will
    be able to detain suspects", "would no longer be able to force workers"): for a conflictual act, no act and no
    threat; "was able to capture the town" tells that it was done."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.pos_ != "ADJ" or head.lemma_.lower() not in ("able", "unable", "capable"):
        return False
    verb = head.head if head.dep_ == "acomp" else head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for c in verb.children) or head.lemma_.lower() == "unable"
    return bool(aux & (FUTURE_AUX | HYPOTHETICAL | {"to"})) or negated


def _aptitude(tok: Token) -> bool:
    """A gerund an adjective of aptitude governs ("very bad at coordinating with anyone", "good at working with
    regulators", "capable of attacking"): what an actor is like, not what it did."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("at", "of"):
        return False
    words = event_lexicon().aptitude_adjectives  # not "guilty of attacking": that says it was done
    holder = tok.head.head  # the adjective, or the copula it completes ("was very bad at")
    return holder.lower_ in words or (
        holder.pos_ == "AUX" and any(c.dep_ == "acomp" and c.lower_ in words for c in holder.children)
    )


def _assents(tok: Token, sources: list) -> bool:
    """A person who "agreed" with nothing agreed to or with, and no one alongside: assent to what was said ("Mr
    Wallace agreed and said ..."), not an accord ("the two sides agreed", "agreed to the terms")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "agree" or len(sources) != 1 or sources[0].type != "PERSON":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or _plural(subj):
        return False
    return not any(c.dep_ in OBJECT_DEPS | {"xcomp", "ccomp", "prep", "dative", "advcl"} for c in tok.children)


def _may(tok: Token) -> bool:
    """What an actor can do, not what it did ("officers can now use force to detain suspects", "the court can
    fine firms"): "can" on the predicate or the verb it completes, not negated ("cannot accept" refuses)."""
    for t in (tok, tok.head if tok.dep_ in ("xcomp", "advcl") else None):
        if t is None:
            continue
        aux = [c for c in t.children if c.dep_ == "aux"]
        if any(c.lower_ == "can" for c in aux) and not any(c.dep_ == "neg" for c in t.children):
            return True
    return False


REFLEXIVE = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}


def _blown_up(tok: Token) -> bool:
    """ "Blew (himself) up": a bombing, whatever its object."""
    return tok.lemma_.lower() == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)


def _generic_subject(tok: Token) -> bool:
    """The subject is generic "you" or "one" ("you cannot sue the government")."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("you", "one") and c.pos_ == "PRON" for c in tok.children)


def _plural(subj: Token | None) -> bool:
    """A subject of several: a plural noun or coordinated names ("the leaders", "Iran and Iraq")."""
    return subj is not None and (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children))


def _partner(tok: Token, targets: list) -> bool:
    """Someone a discussion is held with: a target actor, or a "with" phrase, or sides coordinated in the subject
    ("Kirchner discussed the problem with Chirac", "Iran and Iraq discussed the border")."""
    topic = {t.idx for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    if any(m.start_char not in topic for m in targets):
        return True  # not the topic's own words ("discussed the Bulgarian visa scandal")
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in tok.children):
        return True
    if tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" for c in tok.head.children):
        return True  # "called Lavrov to discuss Syria", "received the ambassador to discuss trade"
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return _plural(subj)


def _speaks_alone(tok: Token, sources: list, targets: list, target_text: str | None) -> bool:
    """Speaking or talking by one side with no one spoken to ("had spoken with such sincerity", "talked at
    length"): a manner of speaking, no consultation; not "the two leaders talked", not "spoke to X"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in event_lexicon().speaking_verbs or targets or target_text:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    plural = _plural(subj)
    return (
        len(sources) <= 1
        and not plural
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "with")
            and any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON") or _people(g) for g in c.children)
            for c in tok.children
        )
    )


def _alone(tok: Token, sources: list, targets: list, target_text: str | None) -> bool:
    """A meeting with one side only: no one met, talked to or discussed with, and a single actor as the source
    (not "X and Y met", not "the leaders met"), or a body's own sitting ("the meeting of the PLP")."""
    if tok.pos_ == "NOUN" and not targets and not target_text and len(sources) == 1:
        # "the expected Army Board meeting", "the board's meeting": the body named on the noun is all there is
        own = {t.idx for c in tok.children if c.dep_ in ("compound", "poss") for t in c.subtree}
        own_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)  # "at its April meeting"
        return (sources[0].start_char in own or own_pronoun) and _participant_clause(tok) is None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in SITTING_NOUNS and not sources and len(targets) == 1:
        # "the meeting of the PLP", "a session of the Duma": the body's own sitting, with no one else
        of = {t.idx for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
        others = any(t.lower_ in ("with", "between", "and") for t in tok.subtree)  # "of the League with Iran"
        return (
            targets[0].type == "ORG" and targets[0].start_char in of and not others and _participant_clause(tok) is None
        )
    sitting = tok.lemma_.lower() in SITTING_VERBS or _holds_a_sitting(tok)
    if not sitting or targets or target_text or len(sources) != 1:
        return False
    if sources[0].type == "PERSON":
        return False  # a person discussing or meeting is with someone, even unsaid
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    plural = _plural(subj)
    return not plural and not any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children)


def _exercise_alone(tok: Token) -> bool:
    """Military exercises (the trigger or its object: events_word_classes.tsv `exercise_noun`) held with no word of
    a partner: no "joint" / "combined" / "bilateral" on them, no "with" or "between" phrase, no coordinated
    subject; the caller also reads two sources found as joint ("French and Egyptian warships ... war games")."""
    lex = event_lexicon()
    noun = tok if tok.pos_ == "NOUN" else next((c for c in tok.children if c.dep_ == "dobj"), None)
    war_games = noun is not None and noun.lower_ == "games" and any(c.lower_ == "war" for c in noun.children)
    if noun is None or (noun.lower_ not in lex.exercise_nouns and not war_games):
        return False
    joint = lex.joint_words
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "launched ten days of war games": the verb the phrase hangs from
    partner = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    if partner or any(
        t.lower_ in joint or (t.dep_ == "prep" and t.lower_ in ("with", "between")) for t in noun.subtree
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "the US and its allies launched war games", "US and Western allies", "NATO allies": together
    return not any(t.conjuncts or t.lemma_.lower() in lex.alliance_nouns for s in subjects for t in s.subtree)


PLACE_KINDS = frozenset({"GPE", "LOC", "NORP", "FAC"})  # what names where the public is or whose ("Kenyan voters")


def _own_span(noun: Token) -> set[int]:
    """The character offsets of a noun's phrase without its conjuncts ("residents of Kibera and President X": the
    residents' phrase only)."""
    others = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return {t.idx for t in noun.subtree if t.i not in others}


def _meets_the_public(tok: Token) -> Token | None:
    """The one met or talked to when it is the public at large: the object, or the object of "with" / "to", that is
    a noun of events_word_classes.tsv `public_noun` ("many people", "voters in Leeds", "members of the public");
    else None."""
    lex = event_lexicon()
    for m in (h for h in _met(tok) if h.dep_ in OBJECT_DEPS | {"dative", "pobj"}):
        m = _counted(m)
        if m.lemma_.lower() == "member":  # "members of the public"
            m = next((g for c in m.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), m)
        if m.pos_ == "NOUN" and m.lemma_.lower() in lex.public_nouns:
            return m
    return None


def _holds_a_sitting(tok: Token) -> bool:
    """ "held a meeting", "held a conference call" (of a meeting's type): a light verb with one meeting, not "held
    talks", which another side holds too."""
    if tok.lemma_.lower() not in event_lexicon().light_verbs | event_lexicon().meeting_light_verbs:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.tag_ == "NN" and obj.lemma_.lower() in SITTING_NOUNS


def _read_object(tok: Token, lex: EventLexicon) -> bool:
    """The verb's object is one its object readings name ("withdrew the bill"): that reading stands."""
    readings = lex.object_readings.get(tok.lemma_.lower(), {})
    return any(c.dep_ in OBJECT_DEPS and (c.lower_ in readings or c.lemma_.lower() in readings) for c in tok.children)


BORDER_NOUNS = frozenset({"border", "crossing", "frontier", "checkpoint"})  # lemmas
CLOSING_VERBS = frozenset({"close", "seal", "shut", "block"})


def _border_closed(tok: Token) -> Token | None:
    """The border or crossing a verb of closing shuts ("sealed the crossing", "closed the main border crossings",
    "the border was shut"), when no other side is named with it ("closed its border with Togo" names it); else None."""
    if tok.lemma_.lower() not in CLOSING_VERBS:
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BORDER_NOUNS:
            if not any(g.dep_ == "prep" and g.lower_ in ("with", "to", "into") for g in c.children):
                return c
    return None


def _other_state(mentions: list[Mention], sources: list[Mention]) -> Mention | None:
    """The one state the text names most besides the sources' own ("Pakistan ... Afghanistan ... Afghan traders"):
    the state across a border the sources close; None when two tie or none is named."""
    own = {m.country for m in sources if m.country}
    if not own:
        return None  # "M23 rebels closed the crossing": no state of theirs, no side across
    counts = Counter(m.country for m in mentions if m.country and m.country not in own and m.type in ("GPE", "NORP"))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return state_or_people(mentions, ranked[0][0])


def _located_targets(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str | None]:
    """The states or capitals in the predicate's place phrases ("deployed in Basra": Iraq), not its sources, nor a
    place whose state is unknown ("sent to Mongo")."""
    preps = (c for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE | {"to", "into"})
    found, text = _prep_targets(preps, mentions, spans, {id(m) for m in sources}, located=True)
    found = [m for m in found if not (_unstated_place(m) and m.country is None)]  # "sent to Mongo": no state known
    return (found, text) if found else ([], None)


def _has_object(tok: Token) -> bool:
    """The verb acts on something: an object, a passive subject, or a "with" / "against" / "on" / "at" phrase."""
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS | {"nsubjpass", "dative", "iobj", "agent"}:
            return True
        if c.dep_ == "prep" and c.lower_ in ("with", "against", "on", "at", "for", "to"):
            return True
    # a passive without its subject ("dozens feared captured"): someone was acted on
    return _passive_participle(tok) or (tok.tag_ == "VBN" and not any(c.lemma_ == "have" for c in tok.children))


def _state_side(tok: Token, m: Mention) -> bool:
    """A state or an organ of government acting as itself ("the Thai government", "China", not "workers in
    Germany" or "Venezuela's opposition parties", `_acting_state`): its protest is diplomatic."""
    return (m.type in ("GPE", "NORP") or (m.sector or "") == "GOV") and _acting_state(tok.doc, m)


MEETING_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _meeting_topic(tok: Token) -> set[int]:
    """The offsets of the words saying what a meeting or talks are about ("talks on North Korea", "a meeting on
    Palestinian reform", "a summit about Iraq's debt"): a topic, no side."""
    if tok.pos_ != "NOUN" or not _gathering(tok, event_lexicon()):
        return set()
    return {t.idx for c in tok.children if c.dep_ == "prep" and c.lower_ in MEETING_TOPIC_PREPS for t in c.subtree}


def _talks_about(tok: Token, targets: list) -> bool:
    """'was talking about skills', 'to talk about controlling immigration': a speech about something, with no one
    talked to, is no meeting."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in ("talk", "speak")
        and not targets
        and any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children)
    )


def _met(tok: Token) -> list:
    """Whom a predicate meets or talks to: its objects and datives, and the objects of its "to" / "with"."""
    heads = [c for c in tok.children if c.dep_ in OBJECT_DEPS | {"dative"}]
    return heads + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children]


def _to_the_press(tok: Token, lex: EventLexicon, mentions: list[Mention] | None = None) -> bool:
    """A meeting or talk with journalists ("speaking to the BBC's correspondent", "talked to reporters"), or with a
    media outlet or one of its programmes ("speaking to the BBC's Westminster Hour", "told Sky News"): what a
    source says to the press is a reporting frame, not an interaction."""
    heads = _met(tok)
    words = [w for h in heads if h.dep_ in OBJECT_DEPS | {"pobj", "dative"} for w in [h, *h.children]]
    linked = {"compound", "appos", "pobj", "dative", *OBJECT_DEPS}
    if any(w.lemma_.lower() in lex.media_nouns and w.dep_ in linked for w in words):
        return True
    named = [w for w in words if w.dep_ in linked | {"poss"}]
    if any(w.lower_ in lex.media_names for w in named):
        return True  # "told the BBC", "speaking to Reuters", "the BBC's Westminster Hour"
    outlets = [mention_for_token(w, mentions) for w in named] if mentions else []
    return any(m is not None and (m.sector == "MED" or sectors.org_sector(m.name or m.text) == "MED") for m in outlets)


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _thing_object(tok: Token, mentions: list[Mention], own: bool = False) -> bool:
    """The verb's object (or "with" object, or passive subject) is a thing, not an actor, people, a place or an
    event: no mention in its phrase, no pronoun, number or entity, not an agent, place or event noun. `own`: the
    head noun alone decides ("the tax plan of the party" is a thing, whoever's it is)."""
    lex = event_lexicon()
    obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}), None)
    if obj is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
        obj = tok.head  # "the high rates they charge", "the targets it met": the noun the clause describes
    if obj is None:  # "will not allow new factories to be built": the subject of the allowed clause
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        obj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    skip = None
    if obj is None and _passive_participle(tok):
        obj, skip = tok.head, tok  # "the choice offered to members"
    if obj is None:
        with_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        obj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    if obj is not None:
        obj = _counted(obj)
    if obj is not None and obj.pos_ == "PRON" and obj.lower_ in DEMONSTRATIVES:
        return True  # "the UN recognised this", "they fought that": a fact or a thing, no actor
    if obj is None or obj.pos_ in ("PRON", "PROPN", "NUM") or obj.ent_type_ or obj.like_num:
        return False
    if _agent_noun(obj) or obj.lemma_.lower() in lex.place_nouns | lex.state_nouns:
        return False  # people or a place
    if is_force_post(obj) and (lex.verbs.get(tok.lemma_.lower()) or ("",))[0] in FORCE_TYPES:
        return False  # "attacked an army base", "stormed a military barracks": the forces posted there
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.subtree):
        return False  # "charged the captain of the trawler, Manuel Otero": the person named beside it
    if obj.lower_ in lex.nouns:
        # an event ("hosted talks", "offered aid"); but force used on a non-violent event is a figure of speech
        # ("killing off demand", "shot down the proposal")
        return (lex.verbs.get(tok.lemma_.lower()) or ("", None))[0] == "ASSAULT" and lex.nouns[obj.lower_][
            0
        ] != "ASSAULT"
    return own or not _phrase_mentions(obj, mentions, skip)


WARNED_ABOUT = frozenset({"about", "of"})


def _forecast(tok: Token) -> bool:
    """'warned that profits would fall', 'warned the minister the party could not win': a warning verb whose
    clause threatens nothing is a forecast, whoever is warned. A clause threatens when it sets a condition ("if",
    "unless"), names a conflictual act ("would retaliate", "will impose sanctions") or consequences to face."""
    lex = event_lexicon()
    if tok.lemma_.lower() not in lex.forecast_verbs:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "advcl", "pobj", "prep")]
    # "about" / "of" hung on the object ("warned Mr Blair and Mr Brown about the dangers"): the warning's own phrase
    clauses += [
        p
        for o in tok.children
        if o.dep_ in OBJECT_DEPS
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in WARNED_ABOUT
    ]
    if any(_threatens(c, lex) for c in clauses):
        return False
    # a clause that threatens nothing, or nobody warned of anything that threatens ("warned of the dangers"), or
    # someone warned about what threatens nothing the warner does ("warned the ministers about the risks of delay")
    warned = any(c.dep_ in OBJECT_DEPS | {"dative", "iobj"} for c in tok.children)
    about = any(c.dep_ == "prep" and c.lower_ in WARNED_ABOUT for c in clauses)
    return any(c.dep_ == "ccomp" for c in clauses) or not warned or about


def _threatens(clause: Token, lex: EventLexicon) -> bool:
    """The warning's clause threatens: a condition ("unless"), what is to be faced ("consequences"), or a
    conflictual act by those who warn (a pronoun, their own side or no subject: "warned it would retaliate", "warned
    that his troops would attack"); an attack by others it predicts ("warned that a bombing could happen"), or by a
    thing a participle describes ("could be illegal without a resolution sanctioning force"), is a forecast."""
    described = {d.i for t in clause.subtree if t.dep_ in ("acl", "relcl") for d in t.subtree}
    for t in clause.subtree:
        if t.i in described:
            continue  # "without a resolution sanctioning military action": what a noun is, not what is threatened
        if t.dep_ == "mark" and t.lower_ in CONDITION_MARKS and _acted_consequence(t.head):
            return True
        if t.lemma_.lower() in lex.threat_nouns or _penalty_undergone(t, lex):
            return True
        if t.pos_ == "VERB":
            code = _code(t)
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            by_warner = not subjects or any(c.pos_ == "PRON" or _own_thing(c) for c in subjects)  # "it", "his
            # fighters", "her party": the warner's side
            if code is not None and code[0] in CONFLICTUAL | {"THREATEN"} and by_warner:
                return True
    return False


COERCIVE = frozenset({"COERCE", "SANCTION"})


def _penalty_undergone(t: Token, lex: EventLexicon) -> bool:
    """A penalty others undergo with no agent named, in a warning's clause: a passive of coercion or sanction or of a
    penalty word ("would be arrested", "would be fined", "will be answered"), one had done to them ("would have
    their wages docked") or gone without ("will not go unpunished": events_word_classes `penalty_word`); whoever
    warns lays it. A harm undergone ("civilians could be killed") is no penalty."""
    lemma = t.lemma_.lower()
    if t.pos_ == "ADJ":
        return lemma in lex.penalty_words and t.dep_ in ("acomp", "oprd")
    if t.pos_ != "VERB" or any(c.dep_ == "agent" for c in t.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in t.children)
    had_done = t.tag_ == "VBN" and t.dep_ == "ccomp" and t.head.lemma_.lower() == "have"
    if not (passive or had_done):
        return False
    return lemma in lex.penalty_words or (_code(t) or ("",))[0] in COERCIVE  # "fined": lemma repaired to "fine"


# verbs of what one is to undergo in a threat: "will bear the consequences", "would face retaliation"
FACING_VERBS = frozenset({"bear", "face", "suffer", "feel"})


def _faces_threat(clause: Token, lex: EventLexicon) -> bool:
    """The warning's clause says its subject will face what is threatened: a threat's noun as the object of a verb of
    facing ("would face retaliation", "will bear the consequences") or a penalty undergone ("would be punished").
    Never "pay a price": as often a cost foretold ("families would pay a higher price for bread") as a threat."""
    if _penalty_undergone(clause, lex):
        return True
    if clause.lemma_.lower() not in FACING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.threat_nouns for c in clause.children)


def _acted_consequence(condition: Token) -> bool:
    """A condition threatens when what follows from it is done by someone: "if the strike goes ahead, the company
    will sack them", "unless they pay, we will act"; when a thing undergoes it ("if refugees are turned away, lives
    could be put at risk", "if rates rise, prices will fall") it foretells."""
    consequence = condition.head if condition.dep_ == "advcl" else condition
    subjects = [c for c in consequence.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(
        c.pos_ in ("PRON", "PROPN") or c.ent_type_ in NAME_ENTITIES or _people(c) or _agent_noun(c) or _own_side(c)
        for c in subjects
    )


def _own_side(t: Token) -> bool:
    """People or an act a possessive pronoun makes someone's own ("his followers would join", "our members will
    walk out"), or a protest as its subject ("the stoppage would be extended", "the strike will spread"): done by
    whoever warns."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) and t.tag_ in ("NNS", "NNPS"):
        return True
    return t.pos_ == "NOUN" and (event_lexicon().nouns.get(t.lemma_.lower()) or ("",))[0] == "PROTEST"


def _each_other(tok: Token) -> bool:
    """The predicate's object or prepositional phrase says "each other" or "one another" ("summoned each other's
    envoys", "accused one another of ...")."""
    words = [t.lower_ for c in tok.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree]
    return any(words[i : i + 2] in (["each", "other"], ["one", "another"]) for i in range(len(words) - 1))


def _unresolved_party(tok: Token, etype: str, target_text: str | None) -> bool:
    """A target phrase of a person or a body no actor was found for, met ("the two unions met the health minister")
    or dealt with ("signed a deal with the ministry"): the subject's members act on it, not on one another (what they
    swap or sign is no party: "swapped 90 prisoners")."""
    if not target_text:
        return False
    heads = [c for c in tok.children if c.dep_ == "dobj" and etype == "CONSULT"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    return any(h.text in target_text and (_people(h) or _organ(h)) for h in heads)


def _reciprocal(tok: Token, etype: str) -> bool:
    """Whether a coordinated subject's members act on one another: symmetric types (meet, agree, clash) and
    reciprocal verbs (sign, ratify), also through a light verb ("held talks") or an intention ("agreed to reopen")."""
    if etype in SYMMETRIC:
        return True
    head = tok.head if tok.dep_ in ("dobj", "xcomp") else tok
    return (
        head.lemma_.lower() in event_lexicon().reciprocal_verbs
        or tok.lemma_.lower() in event_lexicon().reciprocal_verbs
    )


def _trigger(doc: Doc, tok: Token) -> str:
    """The predicate as written, with the intention it completes ("vowed to deepen")."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in event_lexicon().intent_heads:
        return text_of(doc)[tok.head.idx : tok.idx + len(tok.text)]
    return tok.text


def _evidence(doc: Doc, sent: Span) -> str:
    """The sentence as written, whitespace trimmed."""
    text = text_of(doc)
    start = sent.start_char
    while start < sent.end_char and text[start].isspace():
        start += 1
    return text[start : sent.end_char].strip()


def _event(
    doc: Doc,
    tok: Token,
    sent: Span,
    sent_index: int,
    p: _Predicate,
    mentions: list[Mention],
    spans: list[_QuoteArea],
    dates: Sequence[DateMention],
    publication_value: str | None,
) -> Event:
    """The event record of a predicate, with its readings."""
    negated, modality = _modality(tok)
    etype = p.etype
    if not p.is_demand:
        etype, negated = recode(etype, negated, modality, tok)
    if modality == "asserted" and (governor := _complemented_act(tok)) is not None:
        # "sought a deal to allow the UK to deport suspects": only intended, as the allowing is; after the type, as
        # the intention is another's (no threat by the UK)
        modality = _modality(governor)[1]
    targets, target_text = p.targets, p.target_text
    if etype == "THREATEN" and not targets and (not target_text or _leaves_a_process(tok)):
        targets, target_text = _threatened(tok, mentions, spans, p.sources)
    sources, source_text = p.sources, p.source_text
    if not sources and not source_text and (doer := _reported_by_its_doer(tok, etype, mentions, spans)) is not None:
        sources, source_text = doer  # "Three men were arrested on Friday, police said": the police arrested them
    is_claim, claimant = _claim(tok, spans, mentions)
    if _denied(tok):
        is_claim, claimant, negated = True, None, True  # "Bangui denied that its soldiers crossed": no crossing told
    date, date_source = event_dates.event_date(tok, sent, dates, publication_value)
    if date_source != "sentence" and _noun_read_as_verb(tok):
        told = event_dates.event_date(tok.head, sent, dates, publication_value)
        if told[1] == "sentence":
            date, date_source = told
    if date_source == "publication_date" and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
        # "..., at which the two sides agreed to reopen the crossing": the infinitive's act is dated as the verb it
        # completes ("agreed") is, where its own clause gives no date
        told = event_dates.event_date(tok.head, sent, dates, publication_value)
        if told[1] in ("sentence", "narrative"):
            date, date_source = told
    if date_source == "publication_date" and (clause := _circumstantial_clause_head(tok)) is not None:
        # "pulled out of the summit on Thursday after accusing Rwanda of ...": the nearest day the text gives, the
        # main clause's, is the best guess for a circumstance with none of its own ("narrative", not "sentence")
        told = event_dates.event_date(clause, sent, dates, publication_value)
        if told[1] == "sentence" and told[0]:  # the main clause's own day, never one it only takes from the story
            date, date_source = told[0], "narrative"
    if date_source != "sentence" and p.etype in FORCE_TYPES and (purpose := _force_purpose(tok)) is not None:
        # "opened fire to disperse the crowd on Monday": the purpose's date is the act's
        told = event_dates.event_date(purpose, sent, dates, publication_value)
        if told[1] == "sentence":
            date, date_source = told
    return Event(
        sent_index,
        etype,
        p.mode,
        _trigger(doc, tok),
        tok.idx,
        tok.idx + len(tok.text),
        [m.start_char for m in sources if not based_in(doc, m)],  # never "Madrid" of "the Madrid-based group"
        [m.start_char for m in targets if not based_in(doc, m)],
        source_text,
        target_text,
        date,
        date_source,
        is_claim,
        None if claimant is None else claimant.start_char,
        negated,
        modality,
        _evidence(doc, sent),
        location_country(tok),
    )


CIRCUMSTANCE_MARKS = frozenset({"after", "before", "upon"})  # "when" and "while" open clauses (mark), not phrases


def _circumstantial_clause_head(tok: Token) -> Token | None:
    """The verb a participle clause of circumstance hangs on ("left after accusing X", "walked out while protesting"):
    that verb; else None."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ not in CIRCUMSTANCE_MARKS or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def _threatened(
    tok: Token, mentions: list[Mention], spans: list[_QuoteArea], sources: list[Mention]
) -> tuple[list[Mention], str | None]:
    """Whom a threat with no one named is aimed at: the one its condition asks to act ("threatened to pull out of
    the talks unless Kosovo withdrew its police", "would quit the coalition if Labour backed the bill"), the subject
    of an if / unless clause on the threat or on the verb it completes ("threatened", "said")."""
    src = {id(m) for m in sources}
    holders = [tok]
    while holders[-1].dep_ in ("xcomp", "ccomp") and len(holders) < 3:
        holders.append(holders[-1].head)  # "threatened to quit ... unless", the clause parsed onto "said"
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children
            ):
                found, text = _args_of(clause, {"nsubj"}, mentions, spans, places=False)
                found = [m for m in found if id(m) not in src]
                if found:
                    return found, text
    return [], None


def extract_events(
    doc: Doc,
    mentions: list[Mention],
    dates: Sequence[DateMention],
    quotes: list[Quote],
    publication_value: str | None,
    sentence_starts: list[int] | None = None,
) -> list[Event]:
    """PLOVER events of one parsed document."""
    return code_events(doc, mentions, dates, quotes, publication_value, sentence_starts)[0]


def code_events(
    doc: Doc,
    mentions: list[Mention],
    dates: Sequence[DateMention],
    quotes: list[Quote],
    publication_value: str | None,
    sentence_starts: list[int] | None = None,
) -> tuple[list[Event], list[DroppedEvent]]:
    """PLOVER events of one parsed document, and the rule candidates kept out (the coder's NONE, off topic)."""
    by_start = {m.start_char: m for m in mentions}
    with_proposals = settings().coder.propose_min <= 1.0  # off by default: no verb is read for proposals then
    rules, proposals = candidates_of(doc, mentions, dates, quotes, publication_value, sentence_starts, with_proposals)
    events, dropped = coded(
        [e for _, e in rules],
        coder.read_candidates([t for t, _ in rules]),
        political_document(doc),
        lambda at: in_quotation(doc, at),
        lambda e: any(political(by_start[s]) for s in e.sources if s in by_start),
    )
    typed = proposed([e for _, e in proposals], coder.read_candidates([t for t, _ in proposals]))
    trigger = {id(e): tok for tok, e in rules + proposals}
    unrealized = [e for e in events + typed if _unrealized(trigger[id(e)], e)]
    dropped += [DroppedEvent(e.trigger_start, e.event_type, "unrealized") for e in unrealized]
    gone = {id(e) for e in unrealized}
    events = sorted((e for e in events + typed if id(e) not in gone), key=lambda e: e.trigger_start)
    kept = relevant_events(doc, events, by_start)
    kept_ids = {id(e) for e in kept}
    dropped += [DroppedEvent(e.trigger_start, e.event_type, "off_topic") for e in events if id(e) not in kept_ids]
    _group_sides(doc, kept, mentions, sentence_starts)
    return kept, dropped


def _group_sides(
    doc: Doc, events: list[Event], mentions: list[Mention], sentence_starts: list[int] | None = None
) -> None:
    """Give a side with no actor, or whose actors only qualify its noun (`_group_side`), the social group its words
    name ("police detained 17 students": the document's state's students; "the navy arrested 14 Indian fishermen":
    India's; pipeline.stages.groups), adding the group's mention to the document's mentions (in place, in
    order of offsets). The words are the side's text as the event wrote it, found in the event's sentence."""
    context: list[str | None] = []
    added: dict[int, Mention] = {}
    by_start = {m.start_char: m for m in mentions}
    for e in events:
        own_act = _own_act_noun(e.event_type)
        for side in ("sources", "targets"):
            text = e.source_text if side == "sources" else e.target_text
            span = _side_span(doc, e, text) if text else None
            act = None
            if span is None and side == "targets" and not e.targets:
                act = _act_object_span(doc, e, own_act)  # "ordered the arrest of dozens of students": the students
            span = span or act
            if span is None or not _group_side(span, getattr(e, side), by_start, own_act):
                continue
            if not context:
                context.append(document_country(mentions, doc))
            noun = groups.group_head(span, own_act)
            m = next((g for g in added.values() if noun is not None and g.start_char <= noun.idx < g.end_char), None)
            m = m or groups.group_mention(span, mentions + list(added.values()), context[0], own_act)
            if m is None:
                continue
            m = added.setdefault(m.start_char, m)  # one group mention serves every event on its words
            if sentence_starts:
                m.sent_index = max(bisect.bisect_right(sentence_starts, m.start_char) - 1, 0)
            setattr(e, side, [m.start_char])
            if act is not None:
                e.target_text = act.text
    if added:
        mentions.extend(added.values())
        mentions.sort(key=lambda m: m.start_char)


# sectors of organisations whose students, staff or clients are no members acting in their name ("students from
# the University of X", "workers at a state mine"), unlike a union's, a party's or a movement's
_INSTITUTION_SECTORS = frozenset({"EDU", "HLH", "BUS", "MED"})


def _group_side(
    span: Span, starts: list[int], by_start: dict[int, Mention], own_act: Callable[[Token], bool] | None = None
) -> bool:
    """The side may be a group: it has no actor, or its actors only qualify its group noun ("14 Indian fishermen",
    "Students from the University of Novi Sad": the people's adjective and the university place the group; the
    group acts, not India nor the university). Never a body's members ("dockers from the Transport Workers' Union":
    the union acts), nor a person the phrase names ("12 miners, including union leader X": X is arrested too)."""
    if not starts:
        return True
    noun = groups.group_head(span, own_act)
    if noun is None:
        return False
    first, last = noun.left_edge, noun.right_edge  # the noun's phrase, though the side's text be its head alone
    for s in starts:
        m = by_start.get(s)
        if not first.idx <= s < last.idx + len(last.text) or s == noun.idx or m is None or m.type == "PERSON":
            return False  # a person named in the group's phrase is a side of its own ("12 miners, including X")
        if _coordinated_with(noun, s):
            return False  # "students and the government signed", "protesters and two Reuters journalists": a side
        if m.type == "ORG" and m.sector not in _INSTITUTION_SECTORS and _membership(noun, s):
            return False  # the members of a union, a party, a movement: the body acts
    return True


_MEMBERSHIP_PREPS = frozenset({"of", "from", "with"})


def _coordinated_with(noun: Token, start: int) -> bool:
    """The words at `start` are a conjunct of the group noun's (or within one): a side of their own."""
    tok = next((t for t in noun.subtree if t.idx == start), None)
    while tok is not None and tok.i != noun.i:
        if tok.dep_ in ("conj", "appos") and tok.head.i == noun.i:
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _membership(noun: Token, start: int) -> bool:
    """The words at `start` tie the group noun's people to a body ("dockers from the union", "members of the party",
    "union members", "the party's activists"), not where they are ("students near the Congress building")."""
    tok = next((t for t in noun.subtree if t.idx == start), None)
    while tok is not None and tok.i != noun.i:
        if tok.head.i == noun.i and tok.dep_ in ("compound", "poss", "nmod"):
            return True
        if tok.dep_ == "prep":
            return tok.lower_ in _MEMBERSHIP_PREPS
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _own_act_noun(event_type: str) -> Callable[[Token], bool]:
    """Whether a noun names an act of the event's own type (events_nouns.tsv: "arrest" for COERCE), whose "of"
    phrase says whom the event is done to ("ordered the arrest of 23 students"); never another event's act ("condemned
    the arrest of 23 students": the condemnation aims at whoever arrested them)."""
    nouns = event_lexicon().nouns

    def own(tok: Token) -> bool:
        found = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
        return found is not None and found[0] == event_type

    return own


def _act_object_span(doc: Doc, e: Event, own_act: Callable[[Token], bool]) -> Span | None:
    """The "of" phrase of the event's own act a light verb's object names ("ordered the arrest of dozens of
    students"): the words of whom the act is done, else None."""
    trigger = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    if trigger is None:
        return None
    obj = next((c for c in trigger.root.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and own_act(c)), None)
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None) if obj is not None else None
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return doc[pobj.left_edge.i : pobj.right_edge.i + 1] if pobj is not None else None


# verbs whose act is coercion only when the text says who did it ("police evicted 400 families"; never "she was
# evicted from the house" in a game show)
SOURCE_STATED_VERBS = frozenset({"evict"})
# modal auxiliaries and verbs of intention: an act under one is told as possible, planned or wanted, not done
_NOT_DONE_AUX = frozenset({"could", "would", "may", "might", "will", "shall", "should", "can", "must", "'ll", "wo"})
_INTENT_VERBS = frozenset({"want", "plan", "threaten", "vow", "intend", "hope", "prepare", "consider", "decide"})


def _told_as_done(tok: Token) -> bool:
    """The predicate, or the verb an event noun hangs on ("went on strike", "took part in a march"), is told as
    done: no negation or modal on it or the two verbs above it, and no verb of intention above it ("did not want to
    go on strike", "could take part in a strike", "plan to march" are no protests yet)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    chain = [verb, *list(verb.ancestors)[:2]]
    for k, v in enumerate(chain):
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _NOT_DONE_AUX) for c in v.children):
            return False
        if k > 0 and v.lemma_.lower() in _INTENT_VERBS:
            return False
    return True


def _group_named(tok: Token, text: str) -> bool:
    """The side's words, as written in the predicate's sentence, name a social group ("thousands of farmers",
    "striking teachers": pipeline.stages.groups), which `_group_sides` makes an actor of; never refugees or
    migrants, whose marches are journeys ("refugees marched for miles to the border")."""
    span = _words_in_sentence(tok.doc, tok.sent, text)
    head = groups.group_head(span) if span is not None else None
    return head is not None and groups.group_nouns()[head.lemma_.lower()][1] not in groups.STATELESS_SECTORS


def _side_span(doc: Doc, e: Event, text: str) -> Span | None:
    """The words of an event's side as written in the event's sentence, else None."""
    trigger = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    return _words_in_sentence(doc, trigger.sent, text) if trigger is not None else None


def _words_in_sentence(doc: Doc, sent: Span, text: str) -> Span | None:
    """The first place a sentence writes these words, else None."""
    at = doc.text.find(text, sent.start_char, sent.end_char)
    return doc.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None


def _rejected_proposal(tok: Token) -> bool:
    """The act is the infinitive of a noun the clause's verb rejects ("turned down an invitation to join peace talks",
    "rejected an offer to hold talks", "dismissed calls to resign"): what was proposed, refused, so never done; the
    rejection is the event. Up to four steps up from the act to the infinitive on the noun."""
    t = tok
    for _ in range(4):
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.dep_ in ("dobj", "nsubjpass"):
            verb = t.head.head
            negated = any(c.dep_ == "neg" for c in verb.children)
            return (_code(verb) or ("",))[0] == "REJECT" and not negated
        if t.head.i == t.i:
            return False
        t = t.head
    return False


SPEECH_ACTS = frozenset({"REQUEST", "THREATEN"})
EPISTEMIC = frozenset({"may", "might", "must"})  # with "have": a past act inferred ("must have known"), not undone


def _unrealized(tok: Token, e: Event) -> bool:
    """An act told only as a possibility, a duty or an opinion ("the minister should resign", "both chambers have to
    approve the bill", "if the cabinet approves the deal", "arms China could use to threaten Taiwan"): modality
    hypothetical, so nothing was done and it is no event. Kept: appeals and threats, which are done by saying them
    (REQUEST, THREATEN); a refusal ("cannot accept the terms", "would not bow to demands": REJECT of a negated act);
    and an act offered on a condition ("would free the prisoners if the rebels did the same": an offer)."""
    if e.modality == "intended" and _rejected_proposal(tok):
        return True  # "turned down an invitation to join peace talks": the talks the invitation proposed never happen
    if e.modality != "hypothetical":
        return False
    if _condition_clause(tok):
        return True  # "would look scared if he refused to debate": the condition itself is never done
    if e.event_type in SPEECH_ACTS:
        # a threat or an appeal read from a conditional or required act is made by saying it ("would pull out if
        # ..."); the verb of threatening or asking itself only possible is not made ("could ask the UN for help",
        # "arms China could use to threaten Taiwan"), nor is an act that could not be done ("suspects who could not
        # be deported")
        own = (_code(tok) or ("",))[0] == e.event_type
        return own or e.negated
    if e.event_type == "REJECT" and any(c.dep_ == "neg" for c in tok.children):
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if "have" in aux and aux & EPISTEMIC:
        return False  # "hackers may have launched attacks": a past act told as likely, not a mere possibility
    if aux & DEMAND_MODALS:
        return True  # "if he believes in democracy he should resign": an opinion on a condition, no offer
    return not any(_condition_clause(c) for c in tok.children)


def candidates_of(
    doc: Doc,
    mentions: list[Mention],
    dates: Sequence[DateMention],
    quotes: list[Quote],
    publication_value: str | None,
    sentence_starts: list[int] | None = None,
    with_proposals: bool = True,
) -> tuple[list[tuple[Token, Event]], list[tuple[Token, Event]]]:
    """The predicates the rules read as PLOVER events with an actor, with their trigger tokens; and, in sentences
    where the rules read none and `with_proposals`, every other verb with an actor argument (typed by the coder:
    `proposed`)."""
    import bisect

    line = event_dates.document_dateline_end(doc)
    if line:  # "KINSHASA, Sept 17 (Reuters) - M23 rebels shelled ...": the dateline's place is where it was filed
        mentions = [m for m in mentions if m.start_char >= line]
    by_start = {m.start_char: m for m in mentions}
    # the quotes' offsets, and their speakers for "we"/"I" inside them
    spans = _QuoteList([_QuoteArea(q.start_char, q.end_char, by_start.get(q.speaker_mention)) for q in quotes])
    dates = event_dates.DateList(dates)
    rules: list[tuple[Token, Event]] = []
    proposals: list[tuple[Token, Event]] = []
    _repair_lemmas(doc)
    must_heads = {t.head.i for t in doc if t.lower_ in DEMAND_MODALS and t.dep_ == "aux"}  # the tokens _demand reads
    must_heads |= {t.i for t in doc if _modal_clause(t).i != t.i}
    for s_index, sent in enumerate(sents_of(doc)):
        # the segment stage's sentences start at their first word: so does the lookup
        first = next((t.idx for t in sent if not t.is_space), sent.start_char)
        idx = max(bisect.bisect_right(sentence_starts, first) - 1, 0) if sentence_starts else s_index
        found = len(rules)
        for tok in sent:
            p = _predicate(tok, mentions, spans, must_heads)
            if p is not None:
                rules.append((tok, _event(doc, tok, sent, idx, p, mentions, spans, dates, publication_value)))
        _claimed_acts_doers(sent, rules[:found], idx, mentions, spans, by_start)
        if len(rules) > found:
            rules[found:] = _one_event_per_action(rules[found:])
            _reaction_targets(rules, found, by_start, spans)
            _shared_reaction_targets(rules, found)
            _release_demand_targets(rules, found, by_start)
            _released_by_holder(rules, found, by_start)
            _protesters_sides(rules, found)
            _protest_organisers(rules, found, mentions, spans)
            _story_pair_sides(rules, found, by_start, mentions)
            continue
        if not with_proposals:
            continue
        for tok in sent:
            p = _open_predicate(tok, mentions, spans)
            if p is not None:
                proposals.append((tok, _event(doc, tok, sent, idx, p, mentions, spans, dates, publication_value)))
    return rules, proposals


REACTION_LOOKBACK = 2  # sentences back to the event a reaction's bare event noun refers to
# ... when "the" points back to it ("Ethiopia rejected the demand", "criticised the raid" ten sentences on): the whole
# text before (on four wire-style articles, 3 sentences back found 2 fewer such targets and none more rightly)
DEFINITE_REACTION_LOOKBACK = None


REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "CONCEDE"})
# acts that put down a protest named by its noun ("police dispersed the march", "broke up the rally"): aimed at the
# protest's own side, found as a reaction's target is
SUPPRESSION_TYPES = frozenset({"COERCE", "ASSAULT"})


CLAIM_LOOKBACK = 8  # sentences back to the acts a claim of responsibility may be for
CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})  # the acts a group claims: attacks, abductions, seizures


def _claimed_acts_doers(
    sent: Span,
    before: list[tuple[Token, Event]],
    sent_index: int,
    mentions: list[Mention],
    spans: list[_QuoteArea],
    by_start: dict[int, Mention],
) -> None:
    """A claim of responsibility in the sentence ("the X Front claimed responsibility on Monday", "X claimed the
    abduction in an audio message") makes the claimer the doer of the act it claims: the latest attack or abduction
    (`CLAIMED_TYPES`; of the claimed noun's type and words where the claim names one: `_claimed_words`) told in
    the `CLAIM_LOOKBACK` sentences before with no named doer (`_no_named_doer`: "armed men ... killed 11 villagers",
    "kidnapped by an armed group in western Niger"), and the acts told with it in its sentence. Only a claim made
    (a past or perfect verb, no negation, a subject that is someone: never "no group has claimed responsibility",
    "which claims attacks regularly") of one act told before (never "a bombing" or "the killing of a cleric", told
    there; "similar attacks", "attacks in the past"; a noun of no attack: "responsibility for the protests").
    Reactions after it then take the claimer as their target (`_reaction_targets`)."""
    for tok in sent:
        claimed = _claimed_act(tok)
        if claimed is None:
            continue
        claimers, text = _args_of(tok, {"nsubj"}, mentions, spans, places=False, acting=True)
        claimers = [m for m in claimers if m.type in ("ORG", "PERSON")]
        if not claimers:
            continue
        named = None if claimed is tok else claimed
        kind = None if named is None else (event_lexicon().nouns.get(named.lemma_.lower()) or (None,))[0]
        if named is not None and named.lemma_.lower() in event_lexicon().claimed_attack_nouns:
            kind = "ASSAULT"
        types = {kind} if kind in CLAIMED_TYPES else CLAIMED_TYPES
        words = _claimed_words(named)  # "the bombing": an act told by its verb; "the attack": any attack
        acts = [
            x
            for t, x in before
            if sent_index - x.sent_index <= CLAIM_LOOKBACK
            and x.event_type in types
            and (words is None or _tells(t, words))
            and _no_named_doer(x, by_start)
        ]
        if acts:
            latest = acts[-1].sent_index  # the act claimed, and the acts told with it ("killed ... and wounded")
            for x in (x for x in acts if x.sent_index == latest):
                x.sources, x.source_text = [m.start_char for m in claimers], text


def _claimed_words(named: Token | None) -> set[str] | None:
    """The words of the acts a claimed noun can be told by: its own and its verbs' (events_nominalisations.tsv: "the
    bombing": bombed), an abduction's words for an abduction (events_word_classes `abduction_word`: "the abduction":
    kidnapped, seized); None (any act of its type) for a bare claim or a noun of any attack (`generic_attack_noun`:
    "the attack", "the killing")."""
    lex = event_lexicon()
    if named is None or named.lemma_.lower() in lex.generic_attack_nouns:
        return None
    lemma = named.lemma_.lower()
    words = {lemma} | _nominalised_verbs().get(lemma, set())
    return words | lex.abduction_words if words & lex.abduction_words else words


def _claimed_act(tok: Token) -> Token | None:
    """The act a verb of claiming claims, when it is a claim of responsibility made for one act told before: the
    noun after "responsibility for" or the object ("claimed the abduction"), or the verb itself for a bare
    "claimed responsibility"; None for anything else (`_claimed_acts_doers`)."""
    if tok.lemma_.lower() != "claim" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
        return None  # "which claims attacks regularly", "would claim": no claim made
    if any(c.dep_ == "neg" for c in tok.children) or tok.dep_ == "relcl":
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.subtree) for c in tok.children):
        return None  # "have claimed similar attacks in the past"
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    claimed = obj
    if obj.lemma_.lower() in ("responsibility", "credit"):
        claimed = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children), None)
        if claimed is None:
            return tok  # "claimed responsibility on Monday": the act told before
    lemma, lex = claimed.lemma_.lower(), event_lexicon()
    if (lex.nouns.get(lemma) or ("",))[0] not in CLAIMED_TYPES and lemma not in lex.claimed_attack_nouns:
        return None  # "claimed victory", "responsibility for organising the protests": no act of force
    if claimed.tag_ in ("NNS", "NNPS") or any(c.lower_ in lex.other_act_words for c in claimed.children):
        return None  # "similar attacks", "previous raids": a kind of act, not the one told
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in claimed.children):
        return None  # "claimed responsibility for a bombing in X": an act told here, not one told before
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in claimed.children):
        return None  # "the killing of a cleric in the city": an act the claim itself tells
    return claimed


def _no_named_doer(x: Event, by_start: dict[int, Mention]) -> bool:
    """The act names no doer: no source and no subject ("were kidnapped", "an Iraqi contractor was killed"), or a
    subject of people who act for no state (`_stateless_words`: "armed men", "gunmen", "an armed group"), placed by
    a state at most ("an armed group in western Niger"); never a doer named or a state's forces ("Kenyan troops",
    "soldiers", "police")."""
    found = [by_start[s] for s in x.sources if s in by_start]
    if any(m.type in ("ORG", "PERSON") for m in found):
        return False
    text = x.source_text or ""
    if not text:
        return not found
    if not _stateless_words(text):
        return False
    return all(re.search(r"\b(?:in|from|of|across)\b.*\b" + re.escape(m.text), text) for m in found)


def _stateless_words(text: str) -> bool:
    """The phrase names people who act for no state: a stateless agent noun ("gunmen", "assailants") or people or
    a group called armed ("armed men", "an armed group")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return any(map(_stateless_noun, words)) or any(a == "armed" and b in ARMED_KINDS for a, b in zip(words, words[1:]))


ARMED_KINDS = frozenset({"man", "men", "group", "groups", "militia", "militias"})  # called armed: no state's people


def _reaction_targets(
    rules: list[tuple[Token, Event]], first: int, by_start: dict[int, Mention], spans: Sequence[_QuoteArea] = ()
) -> None:
    """The events from `first` on that react (condemn, welcome, reject, ...: `REACTION_TYPES`) to an act named only
    by a bare noun as the object ("Somalia condemned the expulsions", "Iran criticised the strikes") take as target
    the source of the latest act of that noun told in the `REACTION_LOOKBACK` sentences just before (with "the",
    which points back to it, anywhere before: "Egypt demanded ... [two sentences] ... Ethiopia rejected the
    demand"): one whose
    trigger, or a light verb's object, is that noun or its verb (events_nominalisations.tsv: "Kenya expelled two
    Somali diplomats", "Israel launched strikes"). Not a noun with an actor or a phrase of its own ("Israel's
    strikes", "the strikes on Gaza"), not the act told again ("the EU also imposed sanctions"), never the reactor
    itself ("Kenya defended the expulsions")."""
    verbs = _nominalised_verbs()
    nouns = event_lexicon().nouns
    for tok, e in rules[first:]:
        if e.event_type not in REACTION_TYPES | SUPPRESSION_TYPES or e.targets and not _only_where(tok, e, by_start):
            continue
        # the object, or the passive's subject ("the accord was welcomed by the AU")
        # (a common noun the tagger took for a name: "dispersed the march", the month's name in lower case)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and _act_noun_object(c)), None)
        if obj is None and tok.dep_ == "relcl" and common_noun(tok.head) and not _any_object(tok):
            obj = tok.head  # "..., a proposal the union turned down": the noun its relative clause describes
        if obj is None or _owned_by_people(obj):
            continue
        if _actor_said_there(obj, by_start, skip=tok) and not _undergone_by_reactor(obj, e, by_start):
            continue  # "Israel's strikes", "the strikes on Gaza", "the recent Israeli strikes": said there; "the
            # protesters' demands": whose, without a name
        generic = obj.lemma_.lower() in event_lexicon().generic_act_nouns  # "the move", "the decision": any act
        kind = None if generic else (nouns.get(obj.lemma_.lower()) or nouns.get(obj.lower_) or (None, None))[0]
        protest_form = obj.lemma_.lower() in event_lexicon().protest_forms  # "cleared the blockade"
        if e.event_type in SUPPRESSION_TYPES and kind != "PROTEST" and not protest_form:
            continue  # only a protest is suppressed as an act ("dispersed the march"): its protesters are the target
        acts = {obj.lemma_.lower()} | verbs.get(obj.lemma_.lower(), set())
        if not generic and _tells(tok, acts):
            continue  # "Syria launched the strikes too": the act again, no reaction
        told = None
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        lookback = DEFINITE_REACTION_LOOKBACK if definite and not generic else REACTION_LOOKBACK
        before = rules[:first] + _before_in_sentence(rules[first:], tok, e)
        if _on_the_acts_day(tok, e.date_source):  # "condemned the arrest on the day it happened": the arrest's day
            dated = ((t, x) for t, x in reversed(before) if x.date_source in ("sentence", "narrative"))
            day = next((x.date for t, x in dated if x.date and _tells(t, acts)), None)
            e.date, e.date_source = (day, "narrative") if day else (e.date, e.date_source)
        content = _asked_for(obj)
        if content is not None:
            # "rejected the demand for an apology": the act that asked for an apology, whatever else came between
            told = next(((t, x) for t, x in reversed(before) if x.sources and _asks_for(t, acts, content)), None)
        fitting = []
        side = _side_named_by_modifier(obj)  # "the rebel offensive", "the police crackdown": the rebels' act
        own_states = _states_spoken_for(e.sources, by_start)
        for t, x in reversed(before) if told is None else ():  # the latest first
            if lookback is not None and e.sent_index - x.sent_index > lookback:
                break
            if own_states and _acts_of_states(t.doc, x, own_states, by_start):
                continue  # "Turkish Defence Minister X brushed aside the criticism": not an act of Turkey's own
            cleared = protest_form and e.event_type in SUPPRESSION_TYPES
            if cleared and x.event_type != "PROTEST":
                continue  # a blockade cleared is the protesters' latest act ("blocked the bridge"), not a state's
            if kind == "ASSAULT" and _fought_back(t):
                continue  # "condemned the attack" after "troops fought back": the attack is the attackers', not the
                # defenders' answer to it
            if x.sources and (cleared or _tells(t, acts) or generic and _an_act(x) or _of_kind(x, kind)):
                if side is None or _done_by_side(tok.doc, x, side, by_start):
                    fitting.append((t, x))
        # an act told in the noun's own words before one merely of its kind ("drew criticism from the US ... X
        # condemned the arrest ... rejected the criticism": the criticism)
        told = (
            told or next((f for f in fitting if not generic and _tells(f[0], acts)), None) or next(iter(fitting), None)
        )
        doer = None if told or generic else _doer_of_act_told(tok, e, acts, lookback, spans, by_start)
        if doer is not None:
            e.targets, e.target_text = [doer.start_char], _phrase(obj)  # "the court ruled ... X rejected the ruling"
            continue
        if told is None and obj.lemma_.lower() in event_lexicon().spoken_act_nouns:
            critic = _quoted_critic(tok, e, spans, by_start, own_states)
            if critic is not None:  # "'...,' Maradiaga said. Portillo rejected the criticism": hers
                e.targets, e.target_text = [critic.start_char], _phrase_head(obj)
            continue
        if told is None or _actors(told[1].sources, by_start) & _actors(e.sources, by_start):
            continue
        t, x = told
        # a mutual act is both sides' ("Ethiopia and Eritrea signed an accord ... the accord was welcomed"); an
        # attack is its attacker's, never its victim's, and no side reacts to itself ("the rebels attacked its
        # soldiers, and the government condemned the attack")
        mutual = x.event_type != "ASSAULT" and _reciprocal(t, x.event_type)
        reactor = _actors(e.sources, by_start)
        doers = [d for d in (x.sources + x.targets if mutual else x.sources) if not _actors([d], by_start) & reactor]
        if doers:
            described = obj.i == tok.head.i and tok.dep_ == "relcl"  # only the noun, not the reaction's own clause
            text = tok.doc[obj.left_edge.i : obj.i + 1].text if described else _phrase(obj)
            e.targets, e.target_text = list(dict.fromkeys(doers)), text


def _doer_of_act_told(
    tok: Token,
    e: Event,
    acts: set[str],
    lookback: int | None,
    spans: Sequence[_QuoteArea],
    by_start: dict[int, Mention],
) -> Mention | None:
    """For a reaction to an act named by a noun whose verb no rule read as an event ("the court in The Hague ruled
    ... Gabon welcomed the ruling"), the subject of the latest verb of that noun told in the lookback (the whole text
    before for a noun with "the"); None when that subject is the reactor or the state the reactor speaks for (its
    people's name, its government or forces; not its courts)."""
    reactor = _actors(e.sources, by_start)
    own = _states_spoken_for(e.sources, by_start)
    mentions = list(by_start.values())
    start = 0 if lookback is None else _sentence_start(tok, lookback)
    for t in reversed(tok.doc[: tok.sent.start]):
        if t.idx < start:
            break
        if t.pos_ != "VERB" or t.lemma_.lower() not in acts:
            continue
        found, _ = _args_of(t, {"nsubj"}, mentions, list(spans), places=False, acting=True)
        if not found:
            continue
        m = found[0]
        if {m.key or m.name} & reactor or (m.country in own and _a_states_side(tok.doc, m) and m.sector != "JUD"):
            return None  # the reactor's own act, or his state's ("Israeli jets struck ... the defence minister
            # defended the strikes"); a state's court is another side ("the government rejected the court's ruling")
        return m
    return None


def _quoted_critic(
    tok: Token, e: Event, spans: Sequence[_QuoteArea], by_start: dict[int, Mention], own_states: set[str]
) -> Mention | None:
    """For words said against someone with no act of their kind told before ("rejected the criticism"), the speaker of
    the latest quote in the `REACTION_LOOKBACK` sentences before the reaction, when that quote speaks of the reactor's
    side (`_speaks_of_side`: '"The armed forces are not trained to run prisons," the ombudsman said. The defence
    minister rejected the criticism'). None when the latest quote is the reactor's own or a speaker's for the
    reactor's own state, or speaks of no one on the reactor's side ("'We stand by our manager,' the chairman said")."""
    start = _sentence_start(tok, REACTION_LOOKBACK)
    reactor = _actors(e.sources, by_start)
    latest = max((q for q in spans if start <= q.start_char < tok.idx), key=lambda q: q.start_char, default=None)
    m = latest.speaker_mention if latest is not None else None
    if m is None or {m.key or m.name} & reactor or _states_spoken_for([m.start_char], by_start) & own_states:
        return None  # no critic named, or the latest words are the reactor's own side's
    return m if _speaks_of_side(tok.doc, latest, e, by_start) else None


def _speaks_of_side(doc: Doc, q: _QuoteArea, e: Event, by_start: dict[int, Mention]) -> bool:
    """The quote names the reactor, an actor of the reactor's country, or a state's forces or government with no
    name ("the army", "the government") where the reactor has a country."""
    reactors = [m for s in e.sources if (m := by_start.get(s)) is not None]
    keys = {m.key or m.name for m in reactors}
    countries = {m.country for m in reactors if m.country}
    inside = [m for m in by_start.values() if q.start_char <= m.start_char < q.end_char]
    if any((m.key or m.name) in keys or (m.country and m.country in countries) for m in inside):
        return True
    span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
    kinds = description_kinds()
    return bool(countries) and span is not None and any(kinds.get(t.lower_) in ("forces", "government") for t in span)


# sectors of a state's own organs: its government, courts, police and forces (not its parliament, where opposition
# sits)
_STATE_ORGAN_SECTORS = frozenset({"GOV", "JUD", "COP", "MIL"})


# offices of a state that speak for no government: judges and ombudsmen condemn its police as another side
_INDEPENDENT_OFFICES = frozenset({"judge", "justice", "ombudsman"})


def _states_spoken_for(starts: list[int], by_start: dict[int, Mention]) -> set[str]:
    """The countries whose state the reactors speak for: a state itself, a body of its government, forces or courts,
    a person holding one of its offices ("Defence Minister X") or speaking for one of its bodies ("army spokesman X":
    events_word_classes `spokesperson_noun`, `state_organ_word`). An opposition party or a rights group speaks for
    none: it reacts to its own state's acts."""
    offices = state_offices()
    lex = event_lexicon()
    found = set()
    for s in starts:
        m = by_start.get(s)
        if m is None or not m.country:
            continue
        title = (m.title or "").lower().split()
        # a state's office, never a chamber's or a body's ("Sami Parliament President X", "union president X")
        office = (
            m.sector in (None, *_STATE_ORGAN_SECTORS)
            and not any(body_word(w) for w in title)
            and not (title and title[-1] in _INDEPENDENT_OFFICES)
            and any(" ".join(title[-k:]) in offices for k in (1, 2, 3) if len(title) >= k)
        )
        # "army spokesman X", "foreign ministry spokeswoman Y": the voice of a state's body
        office = office or (
            bool(title) and title[-1] in lex.spokesperson_nouns and bool(set(title) & lex.state_organ_words)
        )
        if (m.type == "GPE" and is_state(m)) or (m.type == "ORG" and m.sector in _STATE_ORGAN_SECTORS) or office:
            found.add(m.country)
    return found


def _acts_of_states(doc: Doc, x: Event, countries: set[str], by_start: dict[int, Mention]) -> bool:
    """Every doer of the act is one of these countries' states: the state, its people's name ("Israeli jets") or a
    body of its government, forces or courts."""
    doers = [by_start.get(s) for s in x.sources]
    return bool(doers) and all(m is not None and m.country in countries and _a_states_side(doc, m) for m in doers)


def _a_states_side(doc: Doc, m: Mention) -> bool:
    """A state, its people's name or a body of its government, forces or courts; never an armed group ("the Atakora
    Liberation Army": an army of no state)."""
    if m.type == "ORG" and m.sector == "MIL":
        return not armed_group(doc, m) and _names_its_state(m)  # "the Israel Defense Forces", not a "Liberation Army"
    if m.type == "ORG":
        return m.sector in _STATE_ORGAN_SECTORS
    return (m.type == "GPE" and is_state(m)) or m.type == "NORP"


def _names_its_state(m: Mention) -> bool:
    """The organisation's name holds its state's name or demonym ("Kenya Defence Forces", "Armed Forces of Ivory
    Coast")."""
    words = m.name.split()
    grams = words + [" ".join(p) for p in zip(words, words[1:])]
    return any(m.country in (lexicon.country_of_name(g), lexicon.country_of_demonym(g)) for g in grams)


# the kinds of side a modifier of an act's noun names ("the rebel offensive", "the army's assault")
MODIFIER_SIDES = frozenset({"armed_group", "forces", "government"})


def _side_named_by_modifier(obj: Token) -> str | None:
    """The kind of side a word before an act's noun names as its doer ("the rebel offensive": an armed group; "the
    police crackdown", "the army's assault", "the junta's decision": a state's forces or government), else None."""
    kinds = description_kinds()
    for c in obj.children:
        if c.dep_ in ("amod", "compound", "poss") and c.i < obj.i and c.is_lower:
            kind = kinds.get(c.lemma_.lower()) or kinds.get(c.lemma_.lower() + "s")
            if kind in MODIFIER_SIDES:
                return "armed_group" if kind == "armed_group" else "state"
    return None


def _done_by_side(doc: Doc, x: Event, side: str, by_start: dict[int, Mention]) -> bool:
    """The act's sources are of the side's kind: an armed group's; or, for a state's side, a state's (a state, its
    demonym, or a person or body of its government, forces or courts: a president who ordered the crackdown is as
    much the state as its police; never a firm's or a private person's)."""
    sources = [by_start[s] for s in x.sources if s in by_start]
    armed = any(armed_group(doc, m) for m in sources)
    if side == "armed_group":
        return armed
    return not armed and any(m.type in ("GPE", "NORP") or m.sector in STATE_SIDE_SECTORS for m in sources)


# sectors of a state's own people and bodies (a president, a ministry, the army, the police, a court)
STATE_SIDE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


# verbs of a day that is an act's own ("on the day it happened", "the day it took place"; never "took effect")
HAPPENING_VERBS = frozenset({"happen", "occur"})


def _happening(verb: Token) -> bool:
    """ "happened", "occurred", "took place": the act itself came about."""
    lemma = verb.lemma_.lower()
    return lemma in HAPPENING_VERBS or lemma == "take" and any(c.lower_ == "place" for c in verb.children)


def _on_the_acts_day(tok: Token, date_source: str | None) -> bool:
    """The reaction's own clause dates it by the day of the act it reacts to ("condemned the arrest on the day it
    happened"; "denounced the raid the same day" where that found no earlier sentence's date), not by a date of its
    own."""
    for t in tok.subtree:
        if t.lemma_.lower() != "day" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        if any(a.dep_ in ("ccomp", "relcl") for a in _up_to(t, tok)):
            continue  # a day inside a clause of its own, not the reaction's
        if any(c.lower_ == "same" for c in t.children) and date_source == "publication_date":
            return True
        if any(c.dep_ == "relcl" and _happening(c) for c in t.children):
            return True
    return False


def _up_to(t: Token, top: Token) -> list[Token]:
    """The tokens from `t` up to (not including) `top` along the heads."""
    out = []
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


DEFENCE_VERBS = frozenset({"retaliate", "repel", "repulse", "respond", "defend"})


def _fought_back(t: Token) -> bool:
    """An act of force told as an answer to another ("fought back", "hit back", "returned fire", "repelled the
    attackers", "retaliated"): the defence, not the attack a reaction's noun names."""
    if t.lemma_.lower() in DEFENCE_VERBS:
        return True
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children):
        return True
    return t.lemma_.lower() == "return" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children)


def _protesters_sides(rules: list[tuple[Token, Event]], first: int) -> None:
    """ "The strikers", "the protesters", "the crowd" with no name of their own, as a side the events from `first` on
    leave unnamed ("threw its weight behind the strikers", "police fired on the marchers", "the protesters blocked the
    road"): the named side of the latest protest the text told before; so is "them" that force is used on right
    after a protest ("... began a sit-in. Police rounded up 23 of them")."""
    people = event_lexicon().protest_people
    for tok, e in rules[first:]:
        for role in ("targets", "sources"):
            if getattr(e, role):
                continue
            noun = _protest_people_arg(tok, people, role)
            pronoun = noun is None and role == "targets" and e.event_type in FORCE_TYPES
            counted = _counted_people(tok) if pronoun and e.event_type == "COERCE" else None
            noun = noun if noun is not None else (_them(tok) or counted if pronoun else None)
            if noun is None:
                continue
            before = rules[:first] + _before_in_sentence(rules[first:], tok, e)
            if pronoun:  # "police rounded up 23 of them": the protesters of the sentence just before
                before = [(t, x) for t, x in before if x.sent_index >= e.sent_index - 1]
            protest = next((x for _, x in reversed(before) if x.event_type == "PROTEST" and x.sources), None)
            other = e.sources if role == "targets" else e.targets
            sides = [] if protest is None else [m for m in protest.sources if m not in other]
            if sides:
                setattr(e, role, list(sides))
                if role == "targets" and not e.target_text:
                    e.target_text = _phrase(noun)


PROTEST_ECHO_SENTENCES = 4  # how many sentences before an act on "the march" the protest may be told


def _protest_organisers(
    rules: list[tuple[Token, Event]], first: int, mentions: list[Mention], spans: list[_QuoteArea]
) -> None:
    """An act on a protest told before by its noun with no owner ("backed the march", "condemned the strike", "police
    broke up the sit-in") is aimed at whoever organised it: the named side of the latest protest the text told in the
    sentences before, or the actor a participle of organising names on an earlier protest noun ("the protest,
    organised by the X, brought traffic to a standstill"); the nearer of the two."""
    for tok, e in rules[first:]:
        if e is None or e.targets or e.event_type == "PROTEST":
            continue
        noun = _protest_object(tok)
        if noun is None:
            continue
        lo = _sentence_start(tok, PROTEST_ECHO_SENTENCES)
        before = [(t, x) for t, x in rules[:first] + _before_in_sentence(rules[first:], tok, e) if t.idx >= lo]
        # the latest protest told decides, named or not ("... thousands of activists marched in London. Police
        # broke up the march": theirs, not an earlier strike's organiser)
        told = next(((t, x) for t, x in reversed(before) if x.event_type == "PROTEST"), None)
        named = _organised_protest_before(noun, lo, mentions, spans)
        # (an event's sides are its mentions' start offsets)
        if named is not None and (told is None or named[0] > told[0].i):
            sides = [m.start_char for m in named[1]]
        else:
            sides = told[1].sources if told is not None else []
        by_start = {m.start_char: m for m in mentions}
        own = {by_start[i].key or by_start[i].name for i in e.sources if i in by_start}
        sides = [i for i in sides if i in by_start and (by_start[i].key or by_start[i].name) not in own]
        if sides:
            e.targets, e.target_text = list(sides), e.target_text or _phrase(noun)


def _protest_object(tok: Token) -> Token | None:
    """The predicate's object (or the object of its "behind" or "against") when it is a protest's noun with "the" or
    "this" and no owner or organiser of its own ("backed the march"; not "backed the union's strike", "the strike
    called by X")."""
    args = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod")]  # "backed the march": an npadvmod at times
    args += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("behind", "against") for g in c.children]
    for a in args:
        if not _protest_noun(a) or not _definite(a):
            continue
        if any(c.dep_ in ("poss", "acl", "relcl", "prep", "compound") for c in a.children):
            continue
        return a
    return None


def _protest_noun(t: Token) -> bool:
    """A common noun of a protest ("march", "strike", "sit-in"; also one the tagger took for a name in lower case)."""
    return common_noun(t) and (event_lexicon().nouns.get(t.lemma_.lower()) or ("",))[0] == "PROTEST"


def _organised_protest_before(
    noun: Token, lo: int, mentions: list[Mention], spans: list[_QuoteArea]
) -> tuple[int, list[Mention]] | None:
    """(token index, organisers) of the nearest protest noun before `noun` from offset `lo` that a participle of
    organising names the organiser of ("the protest, organised by the X, ...", "a strike called by the Y")."""
    lex = event_lexicon()
    for t in reversed(noun.doc[: noun.i]):
        if t.idx < lo:
            return None
        if not _protest_noun(t):
            continue
        for part in (c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            agent = next((c for c in part.children if c.dep_ == "agent"), None)
            if agent is None or part.lemma_.lower() not in lex.organising_verbs | CALLING_VERBS:
                continue
            found, _ = _args_of(agent, {"pobj"}, mentions, spans, places=False, acting=True)
            if found:
                return t.i, found
    return None


def _counted_people(tok: Token) -> Token | None:
    """The predicate's object or passive subject "people" counted and described by nothing else ("27 people were
    detained", "police arrested dozens of people"; never "20 people suspected of smuggling", nor an act told
    "separately"): detained at a protest, its protesters (`_protesters_sides`)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("separately", "elsewhere", "meanwhile") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        people = _counted(c)
        if people.lemma_.lower() not in ("people", "person") or (people is c and not _number_before(c)):
            continue
        if any(g.dep_ in ("acl", "relcl", "prep", "amod") for g in people.children if g.i > people.i):
            continue  # "people suspected of smuggling", "people in a raid on a rebel camp"
        return c
    return None


def _number_before(t: Token) -> bool:
    return any(
        c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ("several", "many", "dozens")) for c in t.children
    )


def _them(tok: Token) -> Token | None:
    """The predicate's object "them", also counted ("detained them", "rounded up 23 of them": `_counted`)."""
    return next((c for c in tok.children if c.dep_ == "dobj" and _counted(c).lower_ == "them"), None)


def _protest_people_arg(tok: Token, people: frozenset[str], role: str) -> Token | None:
    """The predicate's subject ("sources") or object, or the object of its preposition ("targets"), when it is
    "the" and a noun of protesting people (events_word_classes `protest_people`)."""
    if role == "sources":
        args = [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        args += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for a in args:
        if a.lemma_.lower() in people and any(c.lower_ == "the" for c in a.children):  # "the crowd" too
            return a
    return None


HOLDING_TYPES = frozenset({"COERCE", "ASSAULT"})  # detained, arrested, captured, abducted, seized


def _release_demand_targets(rules: list[tuple[Token, Event]], first: int, by_start: dict[int, Mention]) -> None:
    """A demand for someone's release or return ("demanded Petrovic's immediate release", "called for the release of
    the crew", "demanded their return") is aimed at whoever holds them: the source of the latest act of detention or
    capture told before it, on those people when the text names them ("police detained Petrovic"), else the latest
    such act; not at the people to be freed, nor at the demander ("the group that kidnapped the workers demanded
    the release of its fighters": its own act holds no one it asks for)."""
    for tok, e in rules[first:]:
        if e.event_type != "REQUEST":
            continue
        noun = _released_noun(tok) or (_held_people_asked_for(tok) if not e.targets else None)
        if noun is None:
            continue
        freed = {id(m) for m in e.targets}
        freed_keys = _actors(e.targets, by_start)
        before = rules[:first] + _before_in_sentence(rules[first:], tok, e)
        own = _actors(e.sources, by_start)  # the demander's own captures hold no one it asks to be freed
        holders = [x for _, x in before if x.event_type in HOLDING_TYPES and x.sources]
        holders = [x for x in holders if not (own and _actors(x.sources, by_start) <= own)]
        named = [x for x in holders if freed_keys and _actors(x.targets, by_start) & freed_keys]
        holder = (named or holders or [None])[-1]
        if holder is None:
            continue
        sides = [s for s in holder.sources if s not in freed]
        if sides:
            e.targets, e.target_text = list(dict.fromkeys(sides)), e.target_text or _phrase(noun)


# verbs of setting people free: told in the passive with no agent, whoever held them did it
RELEASE_VERBS = frozenset({"release", "free", "set"})


def _released_by_holder(rules: list[tuple[Token, Event]], first: int, by_start: dict[int, Mention]) -> None:
    """People freed in an agentless passive ("the crews were released on Wednesday", "the fishermen were set free")
    are freed by whoever held them: the source of the latest act of detention or capture told before on those
    people, by their actor or their noun ("the coast guard detained 41 fishermen ... the fishermen were
    released"); with no such act, no one."""
    for tok, e in rules[first:]:
        if e.event_type != "RETREAT" or e.sources or tok.lemma_.lower() not in RELEASE_VERBS:
            continue
        freed = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if freed is None or any(c.dep_ == "agent" for c in tok.children):
            continue
        freed_keys = _actors(e.targets, by_start)
        before = rules[:first] + _before_in_sentence(rules[first:], tok, e)
        holders = [x for _, x in before if x.event_type in HOLDING_TYPES and x.sources]
        noun = re.compile(rf"\b{re.escape(freed.lemma_.lower())}s?\b")
        named = [
            x
            for x in holders
            if freed_keys and _actors(x.targets, by_start) & freed_keys or noun.search((x.target_text or "").lower())
        ]
        holder = (named or [None])[-1]  # never whoever held anyone last: the text says whom they held
        if holder is None:
            continue
        sides = [s for s in holder.sources if s not in set(e.targets)]
        if sides:
            e.sources, e.source_text = list(dict.fromkeys(sides)), holder.source_text


def _released_noun(tok: Token) -> Token | None:
    """The noun of release a demand asks for (events_word_classes `release_noun`): its object ("demanded their
    return") or the object of its "for" ("called for the release of the crew")."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in event_lexicon().release_nouns:
            return c
        if c.dep_ == "prep" and c.lower_ == "for":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in event_lexicon().release_nouns:
                return obj
    return None


def _held_people_asked_for(tok: Token) -> Token | None:
    """The held people a demand asks something for ("called for the detainees to be granted due process", "urged
    that the prisoners be freed"): the subject of the clause it asks for, when it is "the" and a noun of people held
    (events_word_classes `held_person`); else None."""
    for clause in (c for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lemma_.lower() in event_lexicon().held_people and any(c.lower_ == "the" for c in subj.children):
                return subj
    return None


def _owned_by_people(obj: Token) -> bool:
    """The act noun's possessor is a noun of people or a plural ("the protesters' demands", "the workers' strike")."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and (c.tag_ == "NNS" or _people(c)) for c in obj.children)


def _any_object(tok: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS for c in tok.children)


def _only_where(tok: Token, e: Event, by_start: dict[int, Mention]) -> bool:
    """A suppression whose targets are only where it happened ("dispersed the march in Santiago")."""
    if e.event_type not in SUPPRESSION_TYPES:
        return False
    return all((m := by_start.get(s)) is not None and _in_locative(tok, m) for s in e.targets)


def _shared_reaction_targets(rules: list[tuple[Token, Event]], first: int) -> None:
    """A reaction with no target of its own that is a later conjunct of another reaction by the same side ("called
    the move unfriendly and demanded an explanation", "condemned the raid and urged restraint") is aimed where the
    first is."""
    by_i = {tok.i: e for tok, e in rules[first:]}
    for tok, e in rules[first:]:
        if e.targets or e.target_text or e.event_type not in REACTION_TYPES or tok.dep_ != "conj":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # a conjunct with a subject of its own: its own clause
        head = by_i.get(tok.head.i)
        if head is not None and head.event_type in REACTION_TYPES and head.targets and head.sources == e.sources:
            e.targets, e.target_text = list(head.targets), head.target_text


# a noun's type and the types of the acts it can name back ("the crackdown" after arrests or shots at protesters,
# "the sanctions" after imposed measures, which CAMEO 163 codes COERCE)
KINDRED_TYPES = {
    "COERCE": frozenset({"COERCE", "ASSAULT", "SANCTION"}),
    "SANCTION": frozenset({"SANCTION", "COERCE"}),
}


def _of_kind(x: Event, kind: str | None) -> bool:
    """The event is an act an event noun of that type names back ("the criticism" after "accused", "the crackdown"
    after "arrested", "the killings" after "shot dead"): of its type or a kindred one, and done."""
    if kind is None or x.modality != "asserted" or x.negated:
        return False
    return x.event_type in KINDRED_TYPES.get(kind, frozenset({kind}))


def _before_in_sentence(rules: list[tuple[Token, Event]], tok: Token, e: Event) -> list[tuple[Token, Event]]:
    """The events of the reaction's sentence told before it in another clause ("the rebels attacked its soldiers,
    and the government condemned the attack"): not one inside the reaction's own phrase."""
    return [
        (t, x)
        for t, x in rules
        if x is not e
        and x.sent_index == e.sent_index
        and t.i < tok.i
        and tok not in t.ancestors
        and t not in tok.subtree
    ]


def _an_act(x: Event) -> bool:
    """An event a generic noun ("the move", "the decision") can point back to: an act, not words about one, nor a
    meeting ("lifted after the ministers met ... welcomed the decision": no meeting is the decision)."""
    return x.event_type not in REACTION_TYPES | {"CONSULT"} and x.modality == "asserted" and not x.negated


def _when_phrase(c: Token) -> bool:
    """A preposition whose object is a time ("the demand within hours", "the strikes on Monday"): when the
    reaction came, not whose act it was."""
    return c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)


def _actors(starts: list[int], by_start: dict[int, Mention]) -> set[str]:
    """The actors (keys or names) of mentions given by their start offsets."""
    return {m.key or m.name for s in starts if (m := by_start.get(s)) is not None}


OWN_PHRASE_DEPS = frozenset({"poss", "prep", "compound", "amod", "acl", "relcl", "nmod"})


def _actor_said_there(obj: Token, by_start: dict[int, Mention], skip: Token | None = None) -> bool:
    """The act noun's own words or phrases name an actor ("Israel's strikes", "the strikes on Gaza", "the recent
    Israeli strikes"): the reaction's target is said there, if anywhere. A phrase that names none ("the call for
    talks", "the raid on the union's offices", "the truce on Friday") leaves the act to be found before."""
    for c in obj.children:
        if c.dep_ not in OWN_PHRASE_DEPS or _when_phrase(c) or skip is not None and c.i == skip.i:
            continue
        # a relative clause names the act's doer only as its own subject or agent ("the strikes, which Israel
        # launched"; not "the expulsion, which she said would deepen Nicaragua's isolation")
        reported = c.dep_ == "relcl" and c.lemma_.lower() in event_lexicon().claim_verbs | {"say"}
        said = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "agent")] if c.dep_ == "relcl" else [c]
        said = [] if reported else said  # "which X said would damage ties": X speaks, no doer named
        if any(t.idx in by_start for g in said for t in g.subtree):
            return True
    return False


def _act_noun_object(c: Token) -> bool:
    """A common noun, or a gerund used as one ("his sacking", "the shelling" tagged as verbs)."""
    return common_noun(c) or (c.tag_ == "VBG" and any(g.dep_ in ("poss", "det") for g in c.children))


def _undergone_by_reactor(obj: Token, e: Event, by_start: dict[int, Mention]) -> bool:
    """The act noun's only actor is a pronoun possessor standing for the reactor itself ("Kiprop decried his
    sacking"): he underwent the act, and whoever did it is found before, as for a bare noun."""
    poss = [c for c in obj.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].pos_ != "PRON" or poss[0].idx not in by_start:
        return False
    others = [c for c in obj.children if c.dep_ in OWN_PHRASE_DEPS and c.dep_ != "poss" and not _when_phrase(c)]
    if any(t.idx in by_start for c in others for t in c.subtree):
        return False
    return bool(_actors([poss[0].idx], by_start) & _actors(e.sources, by_start))


def _asked_for(obj: Token) -> str | None:
    """What a noun of asking asks for, by its "for" phrase ("the demand for an apology": "apology"); else None."""
    if (event_lexicon().nouns.get(obj.lemma_.lower()) or ("",))[0] != "REQUEST":
        return None
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"):
        asked = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if asked is not None:
            return asked.lemma_.lower()
    return None


def _asks_for(trigger: Token, acts: set[str], content: str) -> bool:
    """The event's phrase asks for the thing with one of the acts' words, a verb or a light verb's noun ("summoned
    the envoy and handed him a note demanding an apology", "issued a demand for an apology")."""
    return any(
        w.lemma_.lower() in acts and any(x.lemma_.lower() == content for x in w.subtree) for w in trigger.subtree
    )


def _tells(t: Token, acts: set[str]) -> bool:
    """The trigger is one of the acts' words, or a light verb with one as its object ("expelled", "launched
    strikes"); not a reaction to the same thing ("criticised the measures")."""
    if t.lemma_.lower() in acts:
        return True
    lex = event_lexicon()
    if t.lemma_.lower() in lex.light_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in acts for c in t.children):
        return True
    if t.lemma_.lower() in lex.issuing_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in acts & lex.text_nouns for c in t.children
    ):
        return True  # "signed a decree dismissing the governor ... rejected the decree": the decree's signer
    # what an agreement was to ("agreed to a ceasefire ... welcomed the ceasefire"): the act agreed on
    return (t.lemma_.lower() in ("agree", "sign")) and any(
        g.dep_ == "pobj" and g.lemma_.lower() in acts
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on")
        for g in c.children
    )


@functools.cache
def _nominalised_verbs() -> dict[str, set[str]]:
    """Noun -> the verbs whose act it names (events_nominalisations.tsv)."""
    out: dict[str, set[str]] = {}
    for r in data_rows("events_nominalisations.tsv"):
        out.setdefault(r["noun"], set()).add(r["verb"])
    return out


@functools.cache
def _lexicon_verbs() -> frozenset[str]:
    """Every verb the lexicon reads, by lemma (the heads of intentions, refusals and claims too: "hopes to sign"
    lemmatised "hop" loses its intention; penalties: "would be fined" lemmatised "fin")."""
    lex = event_lexicon()
    heads = lex.intent_heads | lex.negating_heads | lex.claim_verbs | lex.penalty_words
    return frozenset(lex.verbs) | frozenset(lex.particles) | frozenset(lex.object_readings) | lex.light_verbs | heads


def _repair_lemmas(doc: Doc) -> None:
    """Give a verb the lexicon's lemma when the parser's is no word it knows but the form is a regular inflection
    of one ("staged" lemmatised "stag": "stage"), in this run's copy of the parse only."""
    known = _lexicon_verbs()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() in known:
            continue
        word = tok.lower_
        for suffix, add in (("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + add in known:
                tok.lemma_ = word[: -len(suffix)] + add
                break


def _one_event_per_action(candidates: list[tuple[Token, Event]]) -> list[tuple[Token, Event]]:
    """A clause of the same type as the predicate it depends on is one action, one event: the intended action
    for an intention ("vowed to support Kazakhstan": the support, intended), else the governing predicate ("met
    in Kampala to discuss the border", "attacked the town and shelled it"); a conjunct that names a side of its own
    is a second act ("condemned the raids and accused Pristina of ..."). What a request asks for is the
    request's content, not an event ("urged Ghana to release the prisoners": one REQUEST)."""
    by_i = {tok.i: (tok, e) for tok, e in candidates}
    drop: set[int] = set()
    for tok, e in candidates:
        if e.event_type != "REQUEST" and _requested(tok):
            drop.add(tok.i)  # "called on the minister to denounce ...": what is asked for has not happened
            continue
        if tok.dep_ in ("xcomp", "ccomp") and tok.head.i in by_i and _ordered_closure(tok.head, event_lexicon()):
            drop.add(tok.i)  # "ordered the newspaper to suspend publication": the order is the one act
            continue
        if tok.pos_ == "NOUN" and (verb := _participant_clause(tok)) is not None and verb.i in by_i:
            if verb.lemma_.lower() in event_lexicon().intent_heads and by_i[verb.i][1].event_type == "AGREE":
                drop.add(tok.i)  # "pledged $5m in aid": the pledge (AGREE) is the one event
                continue
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            owner = tok.head.head
            if tok.head.lower_ == "of" and owner.dep_ == "dobj" and _amount(owner):
                owner = owner.head  # "made a series of criticisms": the light verb's event is the one event
            verb_event = by_i.get(owner.i)
            if verb_event is not None and verb_event[1].event_type == e.event_type and verb_event[0].i != tok.i:
                drop.add(tok.i)  # "gave $30 million for flood relief": the giving is the one AID event
                continue
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
            verb_event = by_i.get(tok.head.i)
            if verb_event is not None and verb_event[1].event_type == e.event_type and verb_event[0].i != tok.i:
                drop.add(tok.i)  # "the inquiry is investigating whether ...", "the attack killed 12": one act
                continue
        head = by_i.get(tok.head.i)
        if head is not None and tok.dep_ == "ccomp" and e.event_type == head[1].event_type == "THREATEN":
            drop.add(tok.i)  # "warned it would cut gas supplies unless Kyiv paid": the warning is the one threat,
            if e.targets:  # aimed at whom the act threatened would hit ("warned it could cut aid to Kabul if ...")
                head[1].targets, head[1].target_text = e.targets, e.target_text
            continue
        if head is None or head[0].i == tok.i or tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "advcl", "conj"):
            continue
        intention = tok.dep_ == "xcomp" and head[0].lemma_.lower() in event_lexicon().intent_heads
        if intention and head[1].event_type == "AGREE" and head[0].lemma_.lower() in PROMISES | {"agree"}:
            drop.add(head[0].i)  # "promised to seek compensation from X": one intended request, not a promise too
            continue
        if head[1].event_type != e.event_type:
            continue
        if tok.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # "expelled the envoy two days after Lima recalled its ambassador", "China urged restraint and
            # the UN called for calm": its own clause, its own act
        if tok.dep_ == "conj" and e.targets and not set(e.targets) <= set(head[1].targets):
            continue  # "condemned the raids and accused Pristina of ...": a second act, toward another side
        drop.add(head[0].i if intention else tok.i)
        purpose = tok.dep_ == "advcl" and _infinitive(tok)
        if purpose and e.targets and not head[1].targets:
            # "sent doctors to help Malawi fight cholera": the one act's target is the one its purpose names
            head[1].targets, head[1].target_text = e.targets, e.target_text
    return [(tok, e) for tok, e in candidates if tok.i not in drop]


REQUEST_LINKS = {"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "prep", "conj", "dobj"}
# prepositions placing a phrase's act before or during the request's ("after a meeting with X"): done, not asked for
DONE_BY_THEN_PREPS = frozenset({"after", "following", "since", "during", "amid"})
REQUEST_DEPTH = 4  # heads up to the request word: "asking for $320m to help pay for relief" (relief, for, pay, help)


def _perfect_participle(tok: Token) -> bool:
    """An adverbial perfect participle: "having signed the treaty, Chile ..."."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "having" for c in tok.children)


def _before_the_fact(tok: Token) -> bool:
    """An adverbial clause told as done before its head's act: a perfect participle ("having signed the treaty,
    Chile will ask ...") or a clause before its head with a past verb ("after Chile signed the treaty, ...")."""
    if tok.dep_ != "advcl":
        return False
    return _perfect_participle(tok) or (tok.i < tok.head.i and tok.tag_ == "VBD")


def _on_the_request(t: Token) -> bool:
    """The word a circumstance phrase hangs on is the request itself, or a participle or clause of circumstance on
    the main clause ("Speaking after a meeting with X, she demanded ..."), not an act the request asks for."""
    code = (_code(t) or ("", None))[0] if t.pos_ in ("VERB", "NOUN") else ""
    return code == "REQUEST" or t.dep_ in ("advcl", "ROOT") and t.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP")


def _requested(tok: Token) -> bool:
    """The predicate is what a request asks for: a clause or phrase under a REQUEST word, a few heads up ("called
    for the embargo to be lifted", "an EU demand for Turkey to recognise Cyprus", "urged talks"), also where the
    parse hung the infinitive elsewhere (`_asked_for_infinitive`)."""
    if _asked_for_infinitive(tok):
        return True
    t = tok
    for _ in range(REQUEST_DEPTH):
        infinitival = t.dep_ == "relcl" and _infinitive(t)
        if (t.dep_ not in REQUEST_LINKS and not infinitival) or t.head.i == t.i or _before_the_fact(t):
            return False  # an infinitive on a noun links too: "called for X to be given a free hand to investigate"
        if t.dep_ == "advcl" and _contrast_clause(t):
            return False  # "X urged restraint, while Y dismissed the appeal": a clause of its own, not what is asked
        if t.dep_ == "prep" and t.lower_ in DONE_BY_THEN_PREPS and _on_the_request(t.head):
            return False  # "demanded a seat after a meeting with X", "urged calm following the attack": it happened
            # (not "urged Germany to send missiles after a meeting": the meeting may be part of what is asked)
        link, t = t, t.head
        code = (_code(t) or ("", None))[0] if t.pos_ in ("VERB", "NOUN") else ""
        if link is tok and link.dep_ == "conj" and link.pos_ == "VERB" and code == "REQUEST" and t.pos_ == "VERB":
            # "demanded the release of its fighters and threatened to kill the captives": a second act of the
            # requester, joined to the request word itself ("urged X to halt the strikes and allow aid": what is
            # asked, joined to the asked act, climbs on)
            return False
        if code == "REQUEST" or code == "THREATEN" and t.lemma_.lower() in ULTIMATUM_VERBS:
            return True  # also what an ultimatum demands: "gave Armenia 24 hours to withdraw its troops"
        if link.dep_ == "xcomp" and _infinitive(link) and t.lemma_.lower() in event_lexicon().dissuading_verbs:
            return True  # "warned Serbia not to attack Kosovo": what is warned against, not done
    return False


CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though", "but"})


def _contrast_clause(t: Token) -> bool:
    """An adverbial clause with a subject of its own set against its head by "while", "whereas", "although"."""
    return any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children
    )


# verbs that set a deadline or an ultimatum ("gave X 24 hours to leave", "set a deadline for X to ..."): what it
# demands is not done
ULTIMATUM_VERBS = frozenset({"give", "set", "issue", "impose"})


def _asked_for_infinitive(tok: Token) -> bool:
    """An infinitive right after "for X" on a REQUEST word ("despite a UN demand for Serbia to withdraw its troops",
    "a call for Israel to halt"), wherever the parse hung it: what is asked for, not done."""
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i), None)
    if to is None or to.i == 0:
        return False
    asked = tok.doc[to.i - 1]
    if asked.dep_ == "conj":
        asked = asked.head  # "for Serbia and Croatia to withdraw"
    prep = asked.head
    if asked.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return False
    word, lex = prep.head, event_lexicon()
    if word.pos_ == "NOUN":  # the noun's own reading, even where it is only referred to ("despite a demand")
        noun = word.lemma_.lower()
        return noun in ("call", "appeal") or (lex.nouns.get(noun) or ("",))[0] == "REQUEST"
    return word.pos_ == "VERB" and (_verb_code(word, lex) or ("",))[0] == "REQUEST"


def _open_predicate(tok: Token, mentions: list[Mention], spans: list[_QuoteArea]) -> _Predicate | None:
    """A verb the lexicon does not know, with a source and a target actor: a candidate for the coder to type.
    Reporting, naming and auxiliary verbs are not."""
    lex = event_lexicon()
    if tok.pos_ != "VERB" or tok.lemma_.lower() in lex.claim_verbs | lex.naming_verbs | lex.forecast_verbs:
        return None
    if tok.dep_ == "acl":
        return None  # a participle describing a noun ("villages belonging to X") is no act of the clause's subject
    sources, source_text = _source(tok, mentions, spans)
    if not sources:
        return None
    targets, target_text = _target(tok, mentions, spans, sources)
    if not targets:
        return None
    return _Predicate("NONE", None, False, sources, source_text, targets, target_text)


def coded(
    candidates: list[Event],
    cats: list[dict[str, float]],
    political: bool = False,
    quoted: Callable[[int], bool] = lambda at: True,
    political_side: Callable[[Event], bool] = lambda e: False,
) -> tuple[list[Event], list[DroppedEvent]]:
    """The rule candidates the trained coder reads as events (given its distribution for each), with its type and a
    calibrated confidence (pipeline.stages.coder); the others as dropped. `political`: the document is about
    politics (`political_document`), where the coder's NONE needs more weight to drop an act a named side is told
    to have done (asserted, not negated, outside quotation marks: `quoted` says which offsets lie inside them; an act
    reported by a verb of saying, "A court granted bail to X, her lawyer said", is told when its source is a political
    side, `political_side`: never a football federation or a stock exchange an official is told to have acted as)."""
    from collections import Counter

    kept: list[tuple[Event, coder.Reading]] = []
    dropped: list[DroppedEvent] = []
    for e, dist in zip(candidates, cats):
        # the higher bar only for an act told as done by a named side, outside any quotation ("will visit", "we
        # must show", "protests are expected" stay the coder's to drop)
        told = (
            political
            and bool(e.sources)
            and e.modality == "asserted"
            and not e.negated
            and not (e.is_claim and (quoted(e.trigger_start) or not political_side(e)))
        )
        reading = coder.decide(e.event_type, dist, told)
        if reading.event_type is None:
            dropped.append(DroppedEvent(e.trigger_start, e.event_type, "not_an_event"))
            continue
        if reading.changed:
            e.event_type, e.mode, e.type_source = reading.event_type, None, "coder"
        kept.append((e, reading))
    per_sentence = Counter(e.sent_index for e, _ in kept)
    return [_with_confidence(e, reading, per_sentence[e.sent_index] - 1) for e, reading in kept], dropped


def proposed(proposals: list[Event], cats: list[dict[str, float]]) -> list[Event]:
    """The verbs the rules do not know that the coder reads as an event (given its distribution for each): at most
    one per sentence, its most probable, when the coder's best type reaches `coder.propose_min`
    (pipeline.stages.coder.propose)."""
    best: dict[int, tuple[float, Event, coder.Reading]] = {}
    for e, dist in zip(proposals, cats):
        reading = coder.propose(dist)
        if reading is None:
            continue
        if e.sent_index not in best or reading.probability > best[e.sent_index][0]:
            best[e.sent_index] = (reading.probability, e, reading)
    out = []
    for _, e, reading in best.values():
        e.event_type, e.mode, e.type_source = reading.event_type, None, "coder"
        out.append(_with_confidence(e, reading))
    return out


def _with_confidence(e: Event, reading: coder.Reading, others: int = 0) -> Event:
    """The event with its calibrated confidence; `others`: the other events read in its sentence."""
    named = bool(e.source_text) and e.source_text.lower() not in PERSONAL_PRONOUNS | RELATIVE_PRONOUNS
    e.features = coder.features(reading, bool(e.targets), named, others)
    e.confidence = coder.confidence(e.features)
    return e


def relevant_events(doc: Doc, events: list[Event], by_start: dict[int, Mention]) -> list[Event]:
    """The events of an off-topic document (sport, entertainment, technology, business: pipeline.stages.relevance)
    that have a state or a political actor on one side (the visitor's side for a visit: "the band will tour Japan" is
    no interaction with Japan); every event of other documents."""
    if document_topic(doc) is None:
        return events

    def sides(e: Event) -> list[int]:
        return e.sources if e.mode == "visit" else e.sources + e.targets

    titles: dict[str, set[str]] = {}
    for m in by_start.values():
        if m.key and m.title and sectors.title_sector(m.title.lower())[1] == "GOV":  # an office, not "Mr"
            titles.setdefault(m.key, set()).add(m.title)
    placed = {m.key for m in by_start.values() if m.key and m.country}

    def political_side(m: Mention) -> bool:
        # not a person of no state whom only a common noun of office shows in government: in a business story
        # "president X", "senior vice president X" runs a firm ("President X", "Governor X" hold a state's office)
        held = titles.get(m.key or "", set())
        if (
            m.type == "PERSON"
            and m.sector == "GOV"
            and m.key not in placed
            and held
            and all(t[:1].islower() for t in held)
        ):
            return False
        return _acting_state(doc, m)

    return [e for e in events if any(political_side(by_start[o]) for o in sides(e) if o in by_start)]


def _acting_state(doc: Doc, m: Mention) -> bool:
    """A political side acting as itself: a state or political actor heading its phrase ("Britain said", "the EU
    fined"), or a nationality on an organ of the state ("Israeli troops"); not a nationality describing a person
    or a thing ("a Russian tennis player", "Scottish prisons", "South Korea's industry")."""
    if not political(m) or sporting_body(m):
        return False
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or m.type not in ("GPE", "NORP"):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "between the UK and Saudi Arabia": a list's members stand where its first does
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        return False  # "a strong performance in China": where, not who acts
    if root.dep_ == "pobj" and root.head.lower_ in ROUTE_PREPS and _thing(root.head.head):
        return False  # "flights between the UK and Saudi Arabia", "exports to China": a thing's ends
    if root.dep_ not in ("amod", "compound", "poss", "nmod") or root.head.i in range(span.start, span.end):
        # in a sport story "England" alone is a team; "Britons", "the French" alone are people, not their state
        return m.type == "GPE" and document_topic(doc) != "sport"
    return root.head.lemma_.lower() in event_lexicon().state_nouns
