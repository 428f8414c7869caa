"""PolNeAR (brat standoff) articles read as texts with gold quotes and their sources.

Gold quotes: in every attribution whose Content holds quotation marks, each run of four or more words
between quotation marks is a gold quote; its speaker is the attribution's Source span (if any), kept with its
offsets and the attribution's Cue (for scoring by kind of source). The Source spans of all attributions, quoted
or not, are kept too (`Article.sources`): the stand-in antecedents of pronoun sources.
One annotation file per article, chosen deterministically (the first annotator metadata.tsv lists,
else the first file name).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")


@dataclass
class GoldQuote:
    start: int
    end: int
    source: str | None
    cue: str | None = None  # the attribution's Cue span ("said", "tweeted", ":")
    source_start: int | None = None  # offset of the Source span's first character
    source_end: int | None = None  # ... and after its last


@dataclass
class Article:
    name: str
    text: str
    quotes: list[GoldQuote]
    publication_date: str | None = None
    # (start, text) of the Source span of every attribution, quoted or not ("X said that ..."), in order
    sources: list[tuple[int, str]] | None = None


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        a, b = part.split()[-2:]
        out.append((int(a), int(b)))
    return out


def _parse_ann(ann: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, list[str]]]]:
    """(text-bound annotations: id -> (label, spans), events: role -> annotation ids) of a brat .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, meta, _surface = (line.split("\t") + ["", ""])[:3]
            label, rest = meta.split(" ", 1)
            spans[tid] = (label, _spans(rest))
        elif line.startswith("E"):
            args: dict[str, list[str]] = {}
            for arg in line.split("\t")[1].split():
                role, ref = arg.split(":")
                args.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            events.append(args)
    return spans, events


def read_sources(text: str, ann: str) -> list[tuple[int, str]]:
    """(start, text) of the Source span of every attribution of one article, quoted or not, in text order."""
    spans, events = _parse_ann(ann)
    found = set()
    for ev in events:
        if ev.get("Source"):
            s_spans = spans[ev["Source"][0]][1]
            found.add((s_spans[0][0], " ".join(text[a:b] for a, b in s_spans)))
    return sorted(found)


def read_ann(text: str, ann: str) -> list[GoldQuote]:
    """The gold quotes of one article: quoted runs of four words or more in each attribution's Content."""
    spans, events = _parse_ann(ann)
    quotes: list[GoldQuote] = []
    for ev in events:
        source, s_start, s_end, cue = None, None, None, None
        if ev.get("Source"):
            s_spans = spans[ev["Source"][0]][1]
            source = " ".join(text[a:b] for a, b in s_spans)
            s_start, s_end = s_spans[0][0], s_spans[-1][1]
        if ev.get("Cue"):
            cue = " ".join(text[a:b] for a, b in spans[ev["Cue"][0]][1])
        for cid in ev.get("Content", []):
            for a, b in spans[cid][1]:
                for m in QUOTED.finditer(text, a, b):
                    if len(re.findall(r"\w+", m.group(1))) >= 4:
                        quotes.append(GoldQuote(m.start(1), m.end(1), source, cue, s_start, s_end))
    return quotes


def _read_metadata(metadata: str | Path | None) -> tuple[dict[str, str], dict[str, str]]:
    """(file name -> first annotator, file name -> publication date) from metadata.tsv, if it exists."""
    first_annotator, dates = {}, {}
    if metadata and Path(metadata).exists():
        with open(metadata, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                first_annotator[row["filename"]] = (row["annotators"] or "").split("|")[0]
                dates[row["filename"]] = row["publication_date"]
    return first_annotator, dates


def read_folder(folder: str | Path, metadata: str | Path | None = None) -> list[Article]:
    """The articles of a split folder (text/*.txt, attributions/*.ann) that have an annotation file."""
    folder = Path(folder)
    first_annotator, dates = _read_metadata(metadata)
    anns = sorted((folder / "attributions").glob("*.ann"))
    articles = []
    for txt in sorted((folder / "text").glob("*.txt")):
        name = txt.stem
        candidates = [a for a in anns if a.stem.startswith(name)]
        preferred = [a for a in candidates if a.stem == f"{name}_{first_annotator.get(name)}"]
        chosen = (preferred or candidates)[:1]
        if not chosen:
            continue
        text = txt.read_text(encoding="utf-8")
        ann = chosen[0].read_text(encoding="utf-8")
        articles.append(Article(name, text, read_ann(text, ann), dates.get(name), read_sources(text, ann)))
    return articles
