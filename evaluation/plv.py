"""Event types on PLV-style relations: news sentences with a marked source and target and the gold PLOVER type.

Each sentence is coded by the pipeline's own stages (parse, actors, quotes, events) as a one-sentence document.
Figures, as the events issue defines them:

* type recall: share of relations whose gold type is among the sentence's event types;
* type precision: share of the sentences' events whose type is a gold type of that sentence;
* relation label: the type of the system event whose source and target mentions overlap the marked spans most,
  else the sentence's most common event type, else none; its accuracy and macro-F1 over the gold labels;
* a per-type table (precision, recall, F1 of the relation label) and the most frequent confusions.

PLOVER's RETREAT and CONCEDE are scored as YIELD, the label PLV uses for both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from evaluation.evaluate import TO_PLOVER_08, Score, code_sentences, reliability
from evaluation.readers.plv import Relation, read_plv

TO_PLV = TO_PLOVER_08  # PLV labels both YIELD
NONE = "(none)"


def plv_type(event_type: str) -> str:
    return TO_PLV.get(event_type, event_type)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _side_overlap(spans: Sequence[tuple[int, int]], marked: tuple[int, int]) -> int:
    return max((_overlap(s, marked) for s in spans), default=0)


def relation_label(events: list, rel: Relation) -> str:
    """The label the pipeline gives a marked relation (see the module docstring)."""
    best, best_score = None, 0
    for e in events:
        score = _side_overlap(e.source_spans, rel.source) + _side_overlap(e.target_spans, rel.target)
        if score > best_score:
            best, best_score = e, score
    if best is not None:
        return plv_type(best.event_type)
    if events:
        counts = Counter(plv_type(e.event_type) for e in events)
        return max(counts, key=lambda t: (counts[t], t))
    return NONE


def per_type(gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, float, int]]:
    """label -> (precision, recall, F1, gold count) of the relation labels."""
    out = {}
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        n_pred, n_gold = pred.count(label), gold.count(label)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        out[label] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, n_gold)
    return out


def score_relations(relations: list[Relation], events_of: dict[str, list]) -> Score:
    """Figures, per-type lines and confusions for relations whose sentences were coded into `events_of`."""
    gold_types: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        gold_types[r.sentence].add(r.label)
    gold = [r.label for r in relations]
    pred = [relation_label(events_of[r.sentence], r) for r in relations]
    recall_hits = sum(r.label in {plv_type(e.event_type) for e in events_of[r.sentence]} for r in relations)
    system = [(s, plv_type(e.event_type)) for s, evs in events_of.items() for e in evs]
    table = per_type(gold, pred)
    s = Score()
    s.figures["relations"] = len(relations)
    s.figures["sentences"] = len(events_of)
    s.figures["type recall"] = recall_hits / max(len(relations), 1)
    s.figures["type precision"] = sum(t in gold_types[sent] for sent, t in system) / max(len(system), 1)
    s.figures["relation-label accuracy"] = sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)
    s.figures["relation-label macro-F1"] = sum(f for _, _, f, _ in table.values()) / max(len(table), 1)
    s.figures["relations with no event in the sentence"] = sum(not events_of[r.sentence] for r in relations)
    s.figures["events per sentence"] = len(system) / max(len(events_of), 1)
    for label, (p, r, f, n) in table.items():
        s.figures[f"  {label:<10} P {p:.2f} R {r:.2f} F1 {f:.2f} (n={n})"] = ""
    for (g, p), n in Counter((g, p) for g, p in zip(gold, pred) if g != p).most_common(10):
        s.figures[f"  confusion {g} -> {p}"] = n
    reliability(
        [
            (e.confidence, int(t in gold_types[sent]))
            for sent, evs in events_of.items()
            for e, t in ((e, plv_type(e.event_type)) for e in evs)
        ],
        s,
    )
    s.misses = [f"{g} -> {p}: {r.sentence[:150]}" for g, p, r in zip(gold, pred, relations) if g != p]
    return s


def score_plv(path: str) -> Score:
    """Code every sentence of a PLV-format file with the pipeline and score the relations."""
    relations = read_plv(path)
    sentences = list(dict.fromkeys(r.sentence for r in relations))
    events_of = dict(zip(sentences, code_sentences(sentences)))
    return score_relations(relations, events_of)
