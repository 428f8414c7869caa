"""TimeML (.tml) files and MEANTIME (NewsReader CAT XML) files read as texts with gold time expressions.

TimeML: the DCT becomes the publication date; the text is the concatenated text content of <TEXT>; gold
TIMEX3 tags give extent (character offsets in that text), type and value. Works for TempEval-3 (TBAQ-cleaned,
platinum) and for MEANTIME files converted to the same inline form.

MEANTIME: tokens, then TIMEX3 markables anchored on token ids; the text is rebuilt from the tokens.
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


def _dct(root: ET.Element) -> dt.date | None:
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", t.get("value") or "")
            if m:
                return dt.date(*map(int, m.groups()))
    return None


def _walk(el: ET.Element, parts: list[str], timexes: list[Timex]) -> None:
    """Append the text content of `el` to `parts`, and a Timex for every TIMEX3 inside it (inner ones first)."""
    if el.text:
        parts.append(el.text)
    for child in el:
        start = sum(len(p) for p in parts)
        _walk(child, parts, timexes)
        if child.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            text = "".join(parts)[start:end]
            timexes.append(Timex(start, end, text, child.get("type") or "DATE", child.get("value")))
        if child.tail:
            parts.append(child.tail)


def read_tml(path: str | Path) -> TimeMLDoc:
    """One TimeML file: its DOCID (else the file name), DCT, the text of <TEXT> and its TIMEX3 tags."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    if text_el is not None:
        _walk(text_el, parts, timexes)
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    return TimeMLDoc(doc_id, _dct(root), "".join(parts), timexes)


def read_folder(folder: str | Path) -> list[TimeMLDoc]:
    """Every .tml file under `folder`, in path order."""
    return [read_tml(p) for p in sorted(Path(folder).rglob("*.tml"))]


# ---------------------------------------------------------------------------
# MEANTIME (NewsReader CAT XML: tokens, then TIMEX3 markables anchored on token ids)

_NO_SPACE_BEFORE = re.compile(r"^([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“"}


ANNOTATED_SENTENCES = 5  # MEANTIME annotates the headline and the first sentences of the body (token sentences 0-5)


@dataclass
class _MeantimeText:
    text: str
    offsets: dict[str, tuple[int, int]]  # token id -> (start, end) in text
    annotated_end: int
    date_line: list[str]  # the words of the date line (token sentence 1), left out of the text


def _date_value(value: str) -> dt.date | None:
    """A DCT value: YYYY-MM-DD, or DD-MM-YYYY as one MEANTIME file writes it."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else None


def _meantime_text(root: ET.Element) -> _MeantimeText:
    """The text rebuilt from the tokens: one line per sentence, words spaced as written, the date line left out."""
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
            sep = (
                "\n"
                if sentence != prev_sentence
                else ("" if _NO_SPACE_BEFORE.match(word) or prev_token in _NO_SPACE_AFTER else " ")
            )
            parts.append(sep)
            length += len(sep)
        offsets[t_id] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        if sentence <= ANNOTATED_SENTENCES:
            annotated_end = length
        prev_sentence, prev_token = sentence, word
    return _MeantimeText("".join(parts), offsets, annotated_end, date_line)


def _meantime_timexes(
    root: ET.Element,
    text: str,
    offsets: dict[str, tuple[int, int]],
) -> tuple[dt.date | None, list[Timex]]:
    """(the CREATION_TIME markable's date, the other TIMEX3 markables that have text, in text order)."""
    dct, timexes = None, []
    markables = root.find("Markables")
    for t in markables.iter("TIMEX3") if markables is not None else []:
        anchors = [a.get("t_id") for a in t.iter("token_anchor")]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _date_value(t.get("value") or "")
            continue
        spans = [offsets[a] for a in anchors if a in offsets]
        if not spans:
            continue  # implicit timexes (no text) are not scored
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        timexes.append(Timex(start, end, text[start:end], t.get("type") or "DATE", t.get("value")))
    return dct, sorted(timexes, key=lambda x: x.start)


def read_meantime(path: str | Path) -> TimeMLDoc:
    """Text rebuilt from tokens (one line per sentence, the date line left out: it is the DCT).

    Only the headline and the first body sentences (token sentences up to 5) carry annotations in MEANTIME
    (every event, entity and timex lies there); the whole text is read, and expressions found after the
    annotated part are not scored (`annotated_end`)."""
    root = ET.parse(path).getroot()
    read = _meantime_text(root)
    dct, timexes = _meantime_timexes(root, read.text, read.offsets)
    if dct is None and read.date_line:  # no CREATION_TIME tag: the article's own date line is its date
        import dateparser

        parsed = dateparser.parse(" ".join(read.date_line), languages=["en"])
        dct = parsed.date() if parsed else None
    return TimeMLDoc(root.get("doc_id") or Path(path).stem, dct, read.text, timexes, annotated_end=read.annotated_end)


def read_meantime_folder(folder: str | Path) -> list[TimeMLDoc]:
    """Every MEANTIME .xml file under `folder`, in path order."""
    return [read_meantime(p) for p in sorted(Path(folder).rglob("*.xml"))]
