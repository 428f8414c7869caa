"""Implied targets: an act with no stated target, aimed at the source's counterpart in its document.

News names the other side of an appeal, a warning or a refusal once and then leaves it implicit: "The unions
demanded talks with the prime minister. ... On Tuesday they warned of a second strike" (warned the government);
"X accused Y of ... . Y rejected the claims" (rejected X's). Where an event of one of the directed verbal kinds
(`events.implied_target_types`) has a source and no target actor (none stated, or a phrase no actor stands for: "called
on ministers", "backed its Pacific ally"), and the document's events with both sides stated pair that source with
one actor more often than with any other, that actor is the target (`target_basis` `counterpart`).

Only pairs of the same leaning count: a cooperative act (an agreement, praise) takes the source's partner in other
cooperative acts, a hostile one (an accusation, a threat, a refusal) its opponent in hostile ones; appeals count for
both ("EU imposed sanctions on Russia ... EU ministers also agreed to extend the mission": no agreement with Russia).
Physical acts (arrests, attacks) are left alone: their object is nearly always stated, and where it is not, the
source's usual counterpart is usually wrong (on the development key events 1 right of 7). A state is never the
implied target of its own side (its government, officials, forces: "Mr Bush called for spending restraint" is no
appeal to the United States), nor of a person whose state the text leaves unknown; nor is an event whose source the
clause does not state.

A crowd a state's force acts on takes the organisation that leads the document's protests (`crowd_organisers`,
`target_basis` `organiser`): "Workers of the X union marched on parliament ... Police fired tear gas at hundreds of
them and detained 40 people": the union is the side the police acted against, as a reader (and a coder) names it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from pipeline.stages import lexicon
from pipeline.stages.sectors import STATE_ORGAN_SECTORS

# sectors of actors that act for no state: their own state can be the other side ("the union warned" the government)
NON_STATE_SECTORS = frozenset(
    {"OPP", "PTY", "LAB", "NGO", "REB", "CVL", "BUS", "MED", "EDU", "REL", "IGO", "AGR", "HLH", "REF"}
)
COOPERATIVE = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})


def _leaning(event_type: str) -> frozenset[str]:
    """The event types whose pairs count for an event of this type: those of its leaning, and appeals."""
    if event_type in COOPERATIVE:
        return COOPERATIVE | {"REQUEST"}
    if event_type in HOSTILE:
        return HOSTILE | {"REQUEST"}
    return COOPERATIVE | HOSTILE | {"REQUEST"}


def _pairs(events: Sequence[dict]) -> list[tuple[str, str, str]]:
    """(source, target, event type) of the events with both sides stated, each event's pairs once."""
    out = []
    for e in events:
        for s in dict.fromkeys(e["source_actor_ids"]):
            out.extend((s, t, e["event_type"]) for t in dict.fromkeys(e["target_actor_ids"]) if t != s)
    return out


def _state_side(actor: Mapping | None) -> str | None:
    """The state an actor is or may act for (a country and no non-state sector), else None."""
    if actor is None or not actor.get("country"):
        return None
    return actor["country"] if actor["type"] == "GPE" or actor.get("sector") not in NON_STATE_SECTORS else None


def _place(actor: Mapping | None) -> bool:
    """A place that is no state ("the Danube", a town; a state is named by a state's name, "Congo" of either Congo):
    where an act happens, never the side an act is aimed at ("students blocked the bridge over the Danube ... they
    demanded": not of the Danube)."""
    if actor is None or actor["type"] != "GPE":
        return False
    return not actor.get("country") or lexicon.country_of_name(actor.get("name") or "") is None


def _own_state(source: str, state: str, actors: Mapping[str, Mapping]) -> bool:
    """The state `state` (a GPE) is the source's own side, or may be: its country is the source's state side, or the
    source is a person whose state the text leaves unknown ("Zelensky praised Ukraine's air force")."""
    a, s = actors.get(source), actors.get(state)
    if s is None or s["type"] != "GPE":
        return False
    if a is not None and a["type"] == "PERSON" and not a.get("country"):
        return True
    side = _state_side(a)
    return side is not None and side == s.get("country")


def counterpart(
    sources: Sequence[str],
    pairs: Sequence[tuple[str, str, str]],
    event_type: str,
    actors: Mapping[str, Mapping] | None = None,
) -> str | None:
    """The actor paired with `sources` in the most stated events of the event type's leaning, either way round;
    None on a tie or no pair. With `actors` (actor_id -> type, country, sector, name), no state of a source's own side
    and no place that is no state (`_place`)."""
    own = set(sources)
    kinds = _leaning(event_type)
    counts: Counter[str] = Counter()
    for s, t, kind in pairs:
        if kind not in kinds:
            continue
        if s in own and t not in own:
            counts[t] += 1
        elif t in own and s not in own:
            counts[s] += 1
    if actors is not None:
        for c in [c for c in counts if any(_own_state(s, c, actors) for s in sources) or _place(actors.get(c))]:
            del counts[c]
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def implied_targets(
    events: Sequence[dict], types: frozenset[str], actors: Mapping[str, Mapping] | None = None
) -> dict[str, str]:
    """event_id -> implied target actor for one document's events (dicts with event_id, event_type, source_text,
    source_actor_ids, target_actor_ids): events of `types` with a stated source and no target actor. `actors`
    (actor_id -> type, country, sector) keeps a source's own state out."""
    pairs = _pairs([e for e in events if e["source_actor_ids"] and e["target_actor_ids"]])
    out = {}
    for e in events:
        if e["event_type"] not in types or not e["source_actor_ids"] or not e["source_text"]:
            continue
        if e["target_actor_ids"]:
            continue
        other = counterpart(e["source_actor_ids"], pairs, e["event_type"], actors)
        if other is not None:
            out[e["event_id"]] = other
    return out


# sectors of organisations that lead protests: unions, movements, parties, NGOs, civil and professional bodies
ORGANISER_SECTORS = frozenset({"LAB", "CVL", "OPP", "PTY", "NGO", "EDU", "REL", "AGR", "HLH", "MED"})
# words of a crowd without a name, besides the group nouns (pipeline/data/groups_nouns.tsv) and their plurals
CROWD_WORDS = frozenset(
    {
        "people",
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "crowd",
        "crowds",
        "members",
        "supporters",
        "detainees",
        "participants",
    }
)
# words of people no protest's crowd is: held for a crime ("four suspected members of the gang"), or moved, held or
# caught up for other reasons than a protest ("40 Afghan migrants", "3,000 prisoners")
NO_CROWD_WORDS = frozenset(
    {"suspect", "suspects", "suspected", "gang", "gangs", "gunmen", "criminals", "smugglers", "traffickers"}
    | {"migrants", "refugees", "asylum-seekers", "prisoners", "hostages", "inmates"}
)
# words of a state's force an unnamed source is named by ("police", "security forces", "the authorities")
STATE_FORCE_WORDS = frozenset(
    {"police", "policemen", "policewomen", "officers", "soldiers", "troops", "army", "military", "forces"}
    | {"authorities", "gendarmes", "gendarmerie", "guards", "prosecutors", "court", "courts", "judge", "government"}
)
# words of an armed group's or a criminal's side, never a state's ("gunmen", "security forces of the militia")
NON_STATE_FORCE_WORDS = frozenset(
    {"gunmen", "militants", "rebels", "fighters", "attackers", "bandits", "insurgents", "jihadists", "gang", "gangs"}
    | {"militia", "militias", "guerrillas", "assailants", "mob"}
)


# words of a protest or of crowd control in the act's own sentence: the crowd acted on is a protest's ("fired tear
# gas at hundreds of workers marching on parliament", "dispersed the sit-in"), never a war's, a crime's or a storm's
PROTEST_CUES = re.compile(
    r"\b(?:protest\w*|(?-i:march(?:ed|es|ing|ers?)?)|rall(?:y|ies|ied|ying)|demonstrat\w*|strik(?:ing|ers?)"
    r"|sit-ins?|picket\w*|blockad\w*|crowds?|dispers\w*|tear[- ]?gas|water cannon|rubber bullets|walkouts?"
    r"|vigils?)\b",
    re.IGNORECASE,
)  # "march" in lower case only (never the month); "striking", "strikers", never "a strike", an attack's too


def _words(text: str | None) -> set[str]:
    return {w.strip(".,;:'\"()").lower() for w in (text or "").split()}


def _gathers_a_crowd(e: Mapping) -> bool:
    """A protest that gathers a crowd for a state's force to act on: no boycott (of a vote, a chamber, goods:
    "boycotted the vote", "staged a boycott of parliament")."""
    return "boycott" not in (e.get("trigger") or "").lower() and "boycott" not in (e.get("evidence") or "").lower()


def protest_organiser(events: Sequence[dict], actors: Mapping[str, Mapping]) -> str | None:
    """The organisation (an ORG of a non-state sector, `ORGANISER_SECTORS`, or of none the text shows: "the X
    Alliance") that is the source of most of the document's protests that gather a crowd (`_gathers_a_crowd`);
    None when none is, or on a tie."""
    counts: Counter[str] = Counter()
    for e in events:
        if e["event_type"] != "PROTEST" or not _gathers_a_crowd(e):
            continue
        for s in dict.fromkeys(e["source_actor_ids"]):
            a = actors.get(s)
            if a is not None and a["type"] == "ORG" and a.get("sector") in ORGANISER_SECTORS | {None}:
                counts[s] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _crowd(text: str | None, group_words: frozenset[str]) -> bool:
    """The words name a crowd without a name ("hundreds of workers", "63 people", "the protesters"), none that no
    protest's crowd is (`NO_CROWD_WORDS`: "four suspected members of the gang", "40 Afghan migrants")."""
    words = _words(text)
    return bool(words & (CROWD_WORDS | group_words)) and not words & NO_CROWD_WORDS


def _state_force(e: Mapping, actors: Mapping[str, Mapping]) -> bool:
    """The event's source is a state's: its actors are states or a state's organs (sectors.STATE_ORGAN_SECTORS:
    a ministry, the police, the army, a court), or, unnamed, words of a state's force (`STATE_FORCE_WORDS`: "riot
    police", "security forces"; never an armed group's, `NON_STATE_FORCE_WORDS`); an arrest or a detention with no
    source stated ("63 people were detained") is a state's act."""
    if e["source_actor_ids"]:
        found = [actors.get(s) for s in e["source_actor_ids"]]
        return all(a is not None and (a["type"] == "GPE" or a.get("sector") in STATE_ORGAN_SECTORS) for a in found)
    words = _words(e["source_text"])
    if words:
        return bool(words & STATE_FORCE_WORDS) and not words & NON_STATE_FORCE_WORDS
    return e["event_type"] == "COERCE"


def crowd_organisers(
    events: Sequence[dict], types: frozenset[str], actors: Mapping[str, Mapping], group_words: frozenset[str]
) -> dict[str, str]:
    """event_id -> the document's protest organiser (`protest_organiser`) for its events of `types` whose target is
    a crowd without a name (`_crowd`: no target actor, or only a social group's, type NORP) acted on by a state's
    force (`_state_force`: "police fired tear gas at hundreds of workers", "63 people were detained") of the
    organiser's state, where both are known (`_home`; never a crowd abroad in a round-up of several countries), in a
    sentence that tells a protest or crowd control (`PROTEST_CUES`; never a war's, a crime's or a storm's people)."""
    organiser = protest_organiser(events, actors)
    if organiser is None:
        return {}
    home = _home(organiser, events, actors)
    out = {}
    for e in events:
        if e["event_type"] not in types or organiser in e["source_actor_ids"]:
            continue
        if any((actors.get(t) or {}).get("type") != "NORP" for t in e["target_actor_ids"]):
            continue
        where = e.get("source_country")
        if home and where and home != where:
            continue
        if not PROTEST_CUES.search(e.get("evidence") or ""):
            continue  # "soldiers killed 15 people in an ambush", "police shot three robbers": no protest's crowd
        if _crowd(e["target_text"], group_words) and _state_force(e, actors):
            out[e["event_id"]] = organiser
    return out


def _home(organiser: str, events: Sequence[dict], actors: Mapping[str, Mapping]) -> str | None:
    """The organiser's state: its own country, else where its protests happen (their `source_country`, when one)."""
    own = (actors.get(organiser) or {}).get("country")
    if own:
        return own
    where = {
        e.get("source_country") for e in events if e["event_type"] == "PROTEST" and organiser in e["source_actor_ids"]
    }
    where.discard(None)
    return where.pop() if len(where) == 1 else None
