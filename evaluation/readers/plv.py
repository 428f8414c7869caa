"""PLV-format relation files (tab-separated): a news sentence with its source and target marked
(`<s>…</s>`, `<t>…</t>` in `marked_sentence`) and the PLOVER type of the source's action on the target
(`gold_root`, 15 labels: YIELD stands for PLOVER's RETREAT and CONCEDE together)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"</?[st]>")


@dataclass(frozen=True)
class Relation:
    """One marked relation: the plain sentence, the character spans of source and target in it, the gold type."""

    sentence: str
    source: tuple[int, int]
    target: tuple[int, int]
    label: str


def spans_of(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """The sentence without its marks, and the span of each marked part in it ('s' source, 't' target)."""
    plain: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    length = 0
    for m in _TAG.finditer(marked):
        plain.append(marked[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        tag = m.group(0)
        if tag.startswith("</"):
            spans[tag[2]] = (opened.pop(tag[2], length), length)
        else:
            opened[tag[1]] = length
    plain.append(marked[pos:])
    return "".join(plain), spans


def read_plv(path: str | Path) -> list[Relation]:
    """Every row with a gold type whose marks could be read."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            label = (row.get("gold_root") or "").strip()
            if not label:
                continue
            sentence, spans = spans_of(row["marked_sentence"])
            if "s" not in spans or "t" not in spans:
                continue
            out.append(Relation(sentence, spans["s"], spans["t"], label))
    return out
