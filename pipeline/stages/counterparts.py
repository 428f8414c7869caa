"""Implied targets: an act with no stated target, aimed at the source's counterpart in its document.

News names the other side of an appeal, a warning or a refusal once and then leaves it implicit: "The unions
demanded talks with the prime minister. ... On Tuesday they warned of a second strike" (warned the government);
"X accused Y of ... . Y rejected the claims" (rejected X's). Where an event of one of the directed verbal kinds
(`events.implied_target_types`) has a source and no target, and the document's events with both sides stated pair
that source with one actor more often than with any other, that actor is the target (`target_basis`
`counterpart`). Physical acts (arrests, attacks) are left alone: their object is nearly always stated, and where it
is not, the source's usual counterpart is usually wrong (on the development key events 1 right of 7). A state is never
the implied target of its own side (its government, officials, forces: "Mr Bush called for spending restraint" is no
appeal to the United States), nor is an event whose source the clause does not state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

# sectors of actors that act for no state: their own state can be the other side ("the union warned" the government)
NON_STATE_SECTORS = frozenset({"OPP", "PTY", "LAB", "NGO", "REB", "CVL", "BUS", "MED", "EDU", "REL", "IGO"})


def _pairs(events: Sequence[dict]) -> list[tuple[str, str]]:
    """(source, target) actor pairs of the events with both sides stated, each event's pairs once."""
    out = []
    for e in events:
        for s in dict.fromkeys(e["source_actor_ids"]):
            out.extend((s, t) for t in dict.fromkeys(e["target_actor_ids"]) if t != s)
    return out


def state_sides(actors: Sequence[dict]) -> dict[str, str]:
    """actor_id -> the country of each actor that is a state or may act for one (a country and no non-state
    sector); `states` are those of type GPE."""
    return {
        a["actor_id"]: a["country"]
        for a in actors
        if a["country"] and (a["type"] == "GPE" or a["sector"] not in NON_STATE_SECTORS)
    }


def counterpart(
    sources: Sequence[str],
    pairs: Sequence[tuple[str, str]],
    side_of: Mapping[str, str] | None = None,
    states: frozenset[str] = frozenset(),
) -> str | None:
    """The actor paired with `sources` in the most stated events, either way round; None on a tie or no pair.
    A state (`states`) whose country is the side (`side_of`) of one of the sources is no counterpart."""
    own = set(sources)
    sides = {side_of[s] for s in sources if side_of and s in side_of}
    counts: Counter[str] = Counter()
    for s, t in pairs:
        if s in own and t not in own:
            counts[t] += 1
        elif t in own and s not in own:
            counts[s] += 1
    for c in [c for c in counts if c in states and side_of and side_of.get(c) in sides]:
        del counts[c]
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def implied_targets(
    events: Sequence[dict],
    types: frozenset[str],
    side_of: Mapping[str, str] | None = None,
    states: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """event_id -> implied target actor for one document's events (dicts with event_id, event_type, source_text,
    source_actor_ids, target_actor_ids): events of `types` with a stated source and no target only."""
    pairs = _pairs([e for e in events if e["source_actor_ids"] and e["target_actor_ids"]])
    out = {}
    for e in events:
        if e["event_type"] not in types or not e["source_actor_ids"] or not e["source_text"] or e["target_actor_ids"]:
            continue
        other = counterpart(e["source_actor_ids"], pairs, side_of, states)
        if other is not None:
            out[e["event_id"]] = other
    return out
