"""Event types and sides on the CAMEO probes (evaluation/probes): one sentence per row, coded on its own.

Per row: `type found` when one of the sentence's events has the gold PLOVER type (RETREAT and CONCEDE count as
YIELD), `type and sides` when such an event also has the gold source and target. A side matches when the gold is
"-" (the sentence names none: anything goes), or an actor of the event has the gold name (the same name, one
containing the other, or the same last word) or, for a gold state, that state's country.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from evaluation.evaluate import Score, _code
from evaluation.plv import plv_type

if TYPE_CHECKING:
    from spacy.tokens import Doc


def read_probe(path: str) -> list[dict]:
    """The rows of a probe file (id, cameo, type, source, target, sentence), tab-separated with a header."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def state_code(name: str) -> str | None:
    """The ISO alpha-3 code of a state's name, None for anything else."""
    from pipeline.stages import lexicon

    return lexicon.country_of_name(name)


def side_matches(gold: str, actors: list[tuple[str, str | None]]) -> bool:
    """Whether the (name, country) actors hold the gold side (see the module docstring)."""
    if gold.strip() in ("", "-"):
        return True
    g = gold.lower()
    code = state_code(gold)
    for name, country in actors:
        n = name.lower()
        if n == g or (len(n) > 3 and (n in g or g in n)) or n.split()[-1] == g.split()[-1]:
            return True
        if code and country == code:
            return True
    return False


def score_probe(path: str) -> Score:
    rows = read_probe(path)
    coded = _code([r["sentence"] for r in rows], _events_with_mentions)
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    confusions: Counter = Counter()
    misses = []
    for row, pairs in zip(rows, coded):
        gold = row["type"]
        stats = per_type[gold]
        stats[0] += 1
        typed = [(e, ms) for e, ms in pairs if plv_type(e.event_type) == gold]
        sided = [
            e
            for e, ms in typed
            if side_matches(row["source"], _sides(e.sources, ms)) and side_matches(row["target"], _sides(e.targets, ms))
        ]
        stats[1] += bool(typed)
        stats[2] += bool(sided)
        confusions.update((gold, plv_type(e.event_type)) for e, _ in pairs if plv_type(e.event_type) != gold)
        if not sided:
            got = "; ".join(f"{e.event_type} '{e.trigger}'" for e, _ in pairs) or "no event"
            misses.append(f"{row['id']} {row['cameo']} {gold} {row['source']} -> {row['target']}: {got}")
    n = sum(s[0] for s in per_type.values())
    figures: dict = {
        "rows": n,
        "type found": sum(s[1] for s in per_type.values()) / n if n else 0.0,
        "type and sides": sum(s[2] for s in per_type.values()) / n if n else 0.0,
    }
    for t in sorted(per_type):
        total, typed_n, sided_n = per_type[t]
        figures[f"  {t:<10} type / sides (n={total})"] = f"{typed_n / total:.2f} / {sided_n / total:.2f}"
    for (g, s), k in confusions.most_common(5):
        figures[f"  other type given {g} -> {s}"] = k
    return Score(figures={f"probe: {k}": v for k, v in figures.items()}, misses=misses)


def _events_with_mentions(doc: Doc, ms: list, qs: list) -> list[tuple]:
    from pipeline.stages import events as events_mod

    return [(e, ms) for e in events_mod.extract_events(doc, ms, [], qs, None)]


def _sides(starts: list[int], mentions: list) -> list[tuple[str, str | None]]:
    by_start = {m.start_char: m for m in mentions}
    return [(by_start[s].name, by_start[s].country) for s in starts if s in by_start]
