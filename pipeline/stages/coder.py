"""The trained event coder: a small spaCy text classifier that reads each rule candidate's clause.

Candidates come from the rules (pipeline.stages.events: a predicate read as a PLOVER type, with its actors). The
coder (pipeline/data/coder/, a bag-of-ngrams `textcat` trained by `python -m pipeline train-coder` on the
PLOVER gold records, the NGEC synthetic headlines and stories and the project's own labelled sentences; see
training/README.md) reads the candidate's clause and gives a distribution over the 16 PLOVER types and NONE
(no political or social interaction). The decision, with thresholds in pipeline.config.CoderSettings:

* the coder's NONE outweighs every type by `none_margin` -> the candidate is dropped (not an event);
* the rule type keeps its reading while the coder gives it at least `keep_ratio` of its best type's probability;
* else the coder's best type replaces it when its probability is at least `switch_min`;
* else the rule type stays.

In a sentence where the rules read no event, a verb with a source and a target actor becomes an event of the
coder's best type when that type is at least `propose_min` probable (and more probable than NONE).

Each event's `confidence` is a logistic calibration (fitted by the training command on cross-validated
predictions, stored beside the weights in calibration.json) of the coder's probability for the final type,
whether coder and rules agree, and whether the event has a target and a named (not pronoun) source.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "coder"  # its files version the events (pipeline.versioning)
NONE = "NONE"
# children whose clauses are other predicates: a candidate's clause stops at them
OTHER_CLAUSES = {"ccomp", "parataxis", "advcl", "relcl", "conj", "csubj"}
# a noun or infinitive trigger reads with the verb that governs it ("imposed sanctions on", "vowed to retaliate")
GOVERNED = {"dobj", "xcomp", "pobj", "prep", "attr", "nsubjpass", "nsubj", "compound", "amod"}
CALIBRATION_FEATURES = ("logit_p", "logit_none", "agree", "has_target", "named_source", "crowded")


@dataclass(frozen=True)
class Reading:
    """The coder's verdict on one candidate."""

    event_type: str | None  # None: not an event
    probability: float  # the coder's probability of `event_type` (of NONE when dropped)
    agrees: bool  # the coder's best type is the rule type
    changed: bool  # the type differs from the rules'
    none: float = 0.0  # the coder's probability that the clause tells no event at all


_WEIGHTS: contextvars.ContextVar[Path | None] = contextvars.ContextVar("coder_weights", default=None)


@contextlib.contextmanager
def weights(path: Path | None) -> Iterator[None]:
    """Read with the weights in `path` (None: no coder, the rules alone) instead of the installed ones: for
    training and evaluation."""
    token = _WEIGHTS.set(path if path is not None else Path("/nonexistent"))
    try:
        yield
    finally:
        _WEIGHTS.reset(token)


def model_dir() -> Path:
    return _WEIGHTS.get() or MODEL_DIR


def model() -> Language | None:
    """The trained classifier, or None when no weights are installed (the rules alone decide)."""
    return _load(model_dir())


@functools.cache
def _load(path: Path) -> Language | None:
    import spacy

    if not (path / "config.cfg").exists():
        return None
    return spacy.load(path)


def calibration() -> dict[str, float]:
    """Coefficients of the confidence (intercept and one per CALIBRATION_FEATURES)."""
    return _calibration(model_dir())


@functools.cache
def _calibration(path: Path) -> dict[str, float]:
    file = path / "calibration.json"
    if not file.exists():
        return {"intercept": 0.0} | dict.fromkeys(CALIBRATION_FEATURES, 0.0)
    return json.loads(file.read_text(encoding="utf-8"))["coefficients"]


def clause_head(tok: Token) -> Token:
    """The verb whose clause a trigger reads with: itself for a verb, the governing verb for a noun or an
    infinitive ("imposed sanctions", "threatened to retaliate"), at most three steps up."""
    head = tok
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "xcomp":
            break
        if head.dep_ not in GOVERNED or head.head is head:
            break
        head = head.head
    return head


def clause_text(tok: Token) -> str:
    """The words of the trigger's clause: the governing verb's subtree without its other clauses."""
    head = clause_head(tok)
    keep: list[Token] = []
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in OTHER_CLAUSES and not (child.left_edge.i <= tok.i <= child.right_edge.i):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    for t in head.subtree:
        if t.i not in skip:
            keep.append(t)
    return "".join(t.text_with_ws for t in keep).strip()


def read_clauses(texts: list[str]) -> list[dict[str, float]]:
    """The coder's distribution over PLOVER types and NONE for each clause (empty dicts without a model)."""
    nlp = model()
    if nlp is None or not texts:
        return [{} for _ in texts]
    return [dict(d.cats) for d in nlp.pipe(texts, batch_size=256)]


def decide(rule_type: str, cats: dict[str, float], political: bool = False) -> Reading:
    """The event type of a candidate given the rules' type and the coder's distribution (module docstring); in a
    document about politics (`political`) NONE must reach `none_min_political` to drop it."""
    if not cats:
        return Reading(rule_type, 1.0, True, False)
    cfg = settings().coder
    types = {k: v for k, v in cats.items() if k != NONE}
    best = max(types, key=lambda k: (types[k], k))
    none = cats.get(NONE, 0.0)
    none_min = max(cfg.none_min, cfg.none_min_political) if political else cfg.none_min
    if none >= none_min and none >= cfg.none_margin * types[best]:
        return Reading(None, none, False, False, none)
    rule_p = types.get(rule_type, 0.0)
    if rule_p >= cfg.keep_ratio * types[best] or types[best] < cfg.switch_min:
        return Reading(rule_type, rule_p, best == rule_type, False, none)
    return Reading(best, types[best], False, True, none)


def propose(cats: dict[str, float]) -> Reading | None:
    """The coder's reading of a verb the rules do not know: its best type when at least `propose_min` probable
    and more probable than NONE; else None."""
    if not cats:
        return None
    cfg = settings().coder
    types = {k: v for k, v in cats.items() if k != NONE}
    best = max(types, key=lambda k: (types[k], k))
    if types[best] < cfg.propose_min or types[best] <= cats.get(NONE, 0.0):
        return None
    return Reading(best, types[best], False, True, cats.get(NONE, 0.0))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return round(math.log(p / (1 - p)), 6)


def features(reading: Reading, has_target: bool, named_source: bool, others: int = 0) -> dict[str, float]:
    """What the confidence is computed from (CALIBRATION_FEATURES): the coder's probability of the type and of no
    event at all (a clause that may tell none is less sure, whatever its type), agreement with the rules, the sides;
    `others`: the other events of its sentence (a sentence telling several events is one where each reading is
    less sure)."""
    return {
        "logit_p": _logit(reading.probability),
        "logit_none": _logit(reading.none),
        "agree": float(reading.agrees),
        "has_target": float(has_target),
        "named_source": float(named_source),
        "crowded": float(others > 0),
    }


def confidence(x: dict[str, float]) -> float:
    """The calibrated probability that the event's type is right (module docstring)."""
    c = calibration()
    z = c.get("intercept", 0.0) + sum(c.get(k, 0.0) * v for k, v in x.items())
    return round(1 / (1 + math.exp(-z)), 4)


def read_candidates(toks: list[Token]) -> list[dict[str, float]]:
    """The coder's distribution for each candidate's clause (one batch per document)."""
    return read_clauses([clause_text(t) for t in toks])
