"""TimeML (.tml) reading and TempEval-3 Task A scoring of the dates stage.

Reading: the DCT becomes the publication date; the text is the concatenated text content of <TEXT>;
gold TIMEX3 tags give extent (character offsets in that text), type and value. Works for TempEval-3
(TBAQ-cleaned, platinum) and for MEANTIME files converted to the same inline form.

Scoring, as the TempEval-3 overview defines it (§4.1): a system expression matches a gold one strictly
when the extents are identical and in a relaxed way when they overlap; precision, recall and F1 for
both; value and type are compared on relaxed matches, and value F1 = relaxed F1 × value accuracy.
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class TimeMLDoc:
    doc_id: str
    dct: dt.date | None
    text: str
    timexes: list[Timex] = field(default_factory=list)
    annotated_end: int | None = None  # only [0, annotated_end) was annotated (MEANTIME); None: the whole text


def _dct(root) -> dt.date | None:
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", t.get("value") or "")
            if m:
                return dt.date(*map(int, m.groups()))
    return None


def read_tml(path: str | Path) -> TimeMLDoc:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []

    def walk(el, inside_timex: Timex | None = None):
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(len(p) for p in parts)
            walk(child)
            if child.tag == "TIMEX3":
                end = sum(len(p) for p in parts)
                timexes.append(Timex(start, end, "".join(parts)[start:end], child.get("type") or "DATE", child.get("value")))
            if child.tail:
                parts.append(child.tail)

    if text_el is not None:
        walk(text_el)
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    return TimeMLDoc(doc_id, _dct(root), "".join(parts), timexes)


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

    def figures(self) -> dict[str, float]:
        def f1(p, r):
            return 2 * p * r / (p + r) if p + r else 0.0

        sp, sr = self.strict / max(self.system, 1), self.strict / max(self.gold, 1)
        rp, rr = self.relaxed_system / max(self.system, 1), self.relaxed_gold / max(self.gold, 1)
        relaxed_f1 = f1(rp, rr)
        matched = max(self.relaxed_gold, 1)
        return {
            "strict P": sp, "strict R": sr, "strict F1": f1(sp, sr),
            "relaxed P": rp, "relaxed R": rr, "relaxed F1": relaxed_f1,
            "value accuracy": self.value_ok / matched, "value F1": relaxed_f1 * self.value_ok / matched,
            "type F1": relaxed_f1 * self.type_ok / matched,
        }


def score_documents(docs: list[TimeMLDoc], nlp=None, keep_errors: int = 200) -> TimexScore:
    """Run the pipeline's date stage on each text (anchored on its DCT) and score it."""
    from pipeline.stages.dates import find_dates
    from pipeline.stages.parse import load_model

    nlp = nlp or load_model()
    score = TimexScore()
    parsed = nlp.pipe([d.text for d in docs], batch_size=16)
    for d, doc in zip(docs, parsed):
        end = len(d.text) if d.annotated_end is None else d.annotated_end
        system = [m for m in find_dates(doc, d.dct) if m.start_char < end]
        gold = [(_trim(d.text, g.start, g.end), g) for g in d.timexes]
        score.gold += len(gold)
        score.system += len(system)
        used: set[int] = set()
        for (gs, ge), g in gold:
            overlapping = [i for i, m in enumerate(system) if m.start_char < ge and gs < m.end_char]
            if not overlapping:
                if len(score.errors) < keep_errors:
                    score.errors.append(f"{d.doc_id}: missed {g.text!r} ({g.type} {g.value})")
                continue
            score.relaxed_gold += 1
            best = min(overlapping, key=lambda i: abs(system[i].start_char - gs) + abs(system[i].end_char - ge))
            m = system[best]
            used.update(overlapping)
            if (m.start_char, m.end_char) == (gs, ge):
                score.strict += 1
            if m.value == g.value:
                score.value_ok += 1
            elif len(score.errors) < keep_errors:
                score.errors.append(f"{d.doc_id}: {g.text!r} gold {g.value} ({g.type}), got {m.text!r} {m.value} ({m.type})")
            if m.type == g.type:
                score.type_ok += 1
        score.relaxed_system += len(used)
        for i, m in enumerate(system):
            if i not in used and len(score.errors) < keep_errors:
                score.errors.append(f"{d.doc_id}: spurious {m.text!r} {m.value}")
    return score


def read_folder(folder: str | Path) -> list[TimeMLDoc]:
    return [read_tml(p) for p in sorted(Path(folder).rglob("*.tml"))]


# ---------------------------------------------------------------------------
# MEANTIME (NewsReader CAT XML: tokens, then TIMEX3 markables anchored on token ids)

_NO_SPACE_BEFORE = re.compile(r"^([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“"}


ANNOTATED_SENTENCES = 5  # MEANTIME annotates the headline and the first sentences of the body (token sentences 0-5)


def _date_value(value: str) -> dt.date | None:
    """A DCT value: YYYY-MM-DD, or DD-MM-YYYY as one MEANTIME file writes it."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else None


def read_meantime(path: str | Path) -> TimeMLDoc:
    """Text rebuilt from tokens (one line per sentence, the date line left out: it is the DCT).

    Only the headline and the first body sentences (token sentences up to 5) carry annotations in MEANTIME
    (every event, entity and timex lies there); the whole text is read, and expressions found after the
    annotated part are not scored (`annotated_end`)."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    prev_sentence, prev_token = None, None
    annotated_end = 0
    date_line = []
    for t_id, sentence, word in tokens:
        if sentence == 1:
            date_line.append(word)
            continue  # the date line: its TIMEX3 is the document creation time
        if prev_sentence is not None:
            sep = "\n" if sentence != prev_sentence else (
                "" if _NO_SPACE_BEFORE.match(word) or prev_token in _NO_SPACE_AFTER else " ")
            parts.append(sep)
            length += len(sep)
        offsets[t_id] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        if sentence <= ANNOTATED_SENTENCES:
            annotated_end = length
        prev_sentence, prev_token = sentence, word
    text = "".join(parts)
    dct, timexes = None, []
    markables = root.find("Markables")
    for t in (markables.iter("TIMEX3") if markables is not None else []):
        anchors = [a.get("t_id") for a in t.iter("token_anchor")]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _date_value(t.get("value") or "")
            continue
        spans = [offsets[a] for a in anchors if a in offsets]
        if not spans:
            continue  # implicit timexes (no text) are not scored
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        timexes.append(Timex(start, end, text[start:end], t.get("type") or "DATE", t.get("value")))
    if dct is None and date_line:  # no CREATION_TIME tag: the article's own date line is its date
        import dateparser

        parsed = dateparser.parse(" ".join(date_line), languages=["en"])
        dct = parsed.date() if parsed else None
    return TimeMLDoc(root.get("doc_id") or Path(path).stem, dct, text, sorted(timexes, key=lambda x: x.start),
                     annotated_end=annotated_end)


def read_meantime_folder(folder: str | Path) -> list[TimeMLDoc]:
    return [read_meantime(p) for p in sorted(Path(folder).rglob("*.xml"))]
