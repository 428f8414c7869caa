"""TempEval-3 Task A scoring of the dates stage on TimeML and MEANTIME texts (read by `evaluation.readers.timeml`).

Scoring, as the TempEval-3 overview defines it (§4.1): a system expression matches a gold one strictly
when the extents are identical and in a relaxed way when they overlap; precision, recall and F1 for
both; value and type are compared on relaxed matches, and value F1 = relaxed F1 × value accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from evaluation.readers.timeml import TimeMLDoc

if TYPE_CHECKING:
    from spacy.language import Language


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class TimexScore:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a system one
    relaxed_system: int = 0  # system expressions overlapping a gold one
    value_ok: int = 0
    type_ok: int = 0
    errors: list[str] = field(default_factory=list)
    keep_errors: int = 200

    def error(self, message: str) -> None:
        """Keep `message` while fewer than `keep_errors` are kept."""
        if len(self.errors) < self.keep_errors:
            self.errors.append(message)

    def figures(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp, sr = self.strict / max(self.system, 1), self.strict / max(self.gold, 1)
        rp, rr = self.relaxed_system / max(self.system, 1), self.relaxed_gold / max(self.gold, 1)
        relaxed_f1 = f1(rp, rr)
        matched = max(self.relaxed_gold, 1)
        return {
            "strict P": sp,
            "strict R": sr,
            "strict F1": f1(sp, sr),
            "relaxed P": rp,
            "relaxed R": rr,
            "relaxed F1": relaxed_f1,
            "value accuracy": self.value_ok / matched,
            "value F1": relaxed_f1 * self.value_ok / matched,
            "type F1": relaxed_f1 * self.type_ok / matched,
        }


def _score_document(d: TimeMLDoc, system: list, score: TimexScore) -> None:
    """Add one document's matches to `score`: each gold expression against the system ones it overlaps (the
    closest in extent gives the value and type); system expressions overlapping no gold one are spurious."""
    gold = [(_trim(d.text, g.start, g.end), g) for g in d.timexes]
    score.gold += len(gold)
    score.system += len(system)
    used: set[int] = set()
    for (gs, ge), g in gold:
        overlapping = [i for i, m in enumerate(system) if m.start_char < ge and gs < m.end_char]
        if not overlapping:
            score.error(f"{d.doc_id}: missed {g.text!r} ({g.type} {g.value})")
            continue
        score.relaxed_gold += 1
        best = min(overlapping, key=lambda i: abs(system[i].start_char - gs) + abs(system[i].end_char - ge))
        m = system[best]
        used.update(overlapping)
        if (m.start_char, m.end_char) == (gs, ge):
            score.strict += 1
        if m.value == g.value:
            score.value_ok += 1
        else:
            score.error(f"{d.doc_id}: {g.text!r} gold {g.value} ({g.type}), got {m.text!r} {m.value} ({m.type})")
        if m.type == g.type:
            score.type_ok += 1
    score.relaxed_system += len(used)
    for i, m in enumerate(system):
        if i not in used:
            score.error(f"{d.doc_id}: spurious {m.text!r} {m.value}")


def score_documents(docs: list[TimeMLDoc], nlp: Language | None = None, keep_errors: int = 200) -> TimexScore:
    """Run the pipeline's date stage on each text (anchored on its DCT) and score it."""
    from pipeline.stages.dates import find_dates
    from pipeline.stages.parse import load_model

    nlp = nlp or load_model()
    score = TimexScore(keep_errors=keep_errors)
    parsed = nlp.pipe([d.text for d in docs], batch_size=16)
    for d, doc in zip(docs, parsed):
        end = len(d.text) if d.annotated_end is None else d.annotated_end
        _score_document(d, [m for m in find_dates(doc, d.dct) if m.start_char < end], score)
    return score
