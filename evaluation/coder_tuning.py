"""Choosing the coder's thresholds (pipeline.config.CoderSettings) by cross-validation on PLV-format sentences.

`python -m pipeline eval --plv FILE --tune-coder`: the sentences are coded once (rule candidates and the coder's
distribution for each); every setting of a small grid is then applied without re-parsing. Five folds by sentence:
the best setting on four folds (mean of relation-label accuracy and macro-F1) labels the fifth, so the printed
figures are held-out figures of the tuning; the setting best on all sentences is printed as the one to adopt.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import itertools

from evaluation.evaluate import Score, code_candidates
from evaluation.plv import score_relations
from evaluation.readers.plv import read_plv

GRID = {
    "none_min": (0.5, 0.7, 0.9, 1.01),
    "none_margin": (1.0, 3.0),
    "keep_ratio": (0.0, 0.1, 0.25, 0.5),
    "switch_min": (0.3, 0.5, 0.7),
    "propose_min": (0.1, 0.15, 0.2, 0.3, 0.4, 1.01),
}
FOLDS = 5


def _fold(sentence: str) -> int:
    return int(hashlib.sha256(sentence.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def apply_coder(cands: list[tuple], setting: dict | None = None) -> list:
    """A sentence's events from its candidates (`code_candidates`) under one setting of the coder's thresholds,
    through the events stage's own decisions (pipeline.stages.events.coded / proposed); candidates are copied."""
    from pipeline.config import Settings, use
    from pipeline.stages import events as events_mod

    cfg = Settings()
    cfg = dataclasses.replace(cfg, coder=dataclasses.replace(cfg.coder, **(setting or {})))
    rules = [(copy.copy(e), d) for e, d in cands if e.candidate_kind == "rule"]
    proposals = [(copy.copy(e), d) for e, d in cands if e.candidate_kind == "proposal"]
    with use(cfg):
        events, _ = events_mod.coded([e for e, _ in rules], [d for _, d in rules])
        return events + events_mod.proposed([e for e, _ in proposals], [d for _, d in proposals])


def _events(candidates_of: dict[str, list[tuple]], setting: dict) -> dict[str, list]:
    """Each sentence's events under one setting of the coder's thresholds."""
    return {sentence: apply_coder(cands, setting) for sentence, cands in candidates_of.items()}


def _objective(score: Score) -> float:
    return (score.figures["relation-label accuracy"] + score.figures["relation-label macro-F1"]) / 2


def tune(path: str) -> Score:
    relations = read_plv(path)
    sentences = list(dict.fromkeys(r.sentence for r in relations))
    candidates_of = dict(zip(sentences, code_candidates(sentences)))
    settings = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    events_by_setting = [_events(candidates_of, s) for s in settings]

    def best(fold_out: int | None) -> int:
        rels = [r for r in relations if _fold(r.sentence) != fold_out]
        return max(range(len(settings)), key=lambda i: _objective(score_relations(rels, events_by_setting[i])))

    held: dict[str, list] = {}
    chosen = []
    for k in range(FOLDS):
        i = best(k)
        chosen.append(settings[i])
        held |= {s: events_by_setting[i][s] for s in sentences if _fold(s) == k}
    overall = best(None)
    rules_only = _events(
        candidates_of, {"none_min": 2.0, "none_margin": 1.0, "keep_ratio": 0.0, "switch_min": 2.0, "propose_min": 2.0}
    )
    s = Score()
    cv = score_relations(relations, held)
    base = score_relations(relations, rules_only)
    final = score_relations(relations, events_by_setting[overall])
    for name in ("relation-label accuracy", "relation-label macro-F1", "type recall", "type precision"):
        s.figures[f"rules alone: {name}"] = base.figures[name]
        s.figures[f"coder, cross-validated: {name}"] = cv.figures[name]
        s.figures[f"coder, best on all (to adopt): {name}"] = final.figures[name]
    for k, c in enumerate(chosen):
        s.figures[f"fold {k} chose {c}"] = ""
    s.figures[f"best on all: {settings[overall]}"] = ""
    for line in [k for k in cv.figures if k.startswith("  ")]:
        s.figures["cv" + line] = cv.figures[line]
    return s
