"""PolNeAR (brat standoff) reading and quote/speaker scoring of the quotes stage.

Gold quotes: in every attribution whose Content holds quotation marks, each run of four or more words
between quotation marks is a gold quote; its speaker is the attribution's Source span (if any).
One annotation file per article, chosen deterministically (the first annotator metadata.tsv lists,
else the first file name).

Scoring: a system quote (four words or more) matches a gold quote when they overlap on at least half of
the gold quote's characters (each used once). Quote P/R/F1 on those matches; speaker accuracy on matched
quotes whose gold Source names someone (a capitalised name, not only a pronoun or a description): the
system speaker, or the name of the actor it resolves to, shares a capitalised word with the gold Source.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
NOT_NAMES = {"I", "He", "She", "They", "We", "It", "The", "A", "An", "His", "Her", "Their", "This", "That", "Mr", "Mrs",
             "Ms", "Dr", "Sen", "Rep", "Gov", "President", "Secretary", "Officials", "Sources"}


@dataclass
class GoldQuote:
    start: int
    end: int
    source: str | None


@dataclass
class Article:
    name: str
    text: str
    quotes: list[GoldQuote]
    publication_date: str | None = None


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        a, b = part.split()[-2:]
        out.append((int(a), int(b)))
    return out


def read_ann(text: str, ann: str) -> list[GoldQuote]:
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
    quotes: list[GoldQuote] = []
    for ev in events:
        source = None
        if ev.get("Source"):
            s_spans = spans[ev["Source"][0]][1]
            source = " ".join(text[a:b] for a, b in s_spans)
        for cid in ev.get("Content", []):
            for a, b in spans[cid][1]:
                for m in QUOTED.finditer(text, a, b):
                    if len(re.findall(r"\w+", m.group(1))) >= 4:
                        quotes.append(GoldQuote(m.start(1), m.end(1), source))
    return quotes


def read_folder(folder: str | Path, metadata: str | Path | None = None) -> list[Article]:
    folder = Path(folder)
    first_annotator, dates = {}, {}
    if metadata and Path(metadata).exists():
        with open(metadata, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                first_annotator[row["filename"]] = (row["annotators"] or "").split("|")[0]
                dates[row["filename"]] = row["publication_date"]
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
        articles.append(Article(name, text, read_ann(text, chosen[0].read_text(encoding="utf-8")), dates.get(name)))
    return articles


def _names(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[A-Z][\w’'-]+", s or "") if w not in NOT_NAMES}


@dataclass
class QuoteScore:
    gold: int = 0
    system: int = 0
    matched: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        p = self.matched / max(self.system, 1)
        r = self.matched / max(self.gold, 1)
        return {"quote P": p, "quote R": r, "quote F1": 2 * p * r / (p + r) if p + r else 0.0,
                "speaker accuracy (named sources)": self.speaker_right / max(self.speaker_scored, 1),
                "gold quotes": self.gold, "system quotes": self.system}


def score_articles(articles: list[Article], nlp=None, keep_errors: int = 300) -> QuoteScore:
    """Run the pipeline's actor and quote stages on each article and score quotes and speakers."""
    from pipeline.stages import actors as actors_mod
    from pipeline.stages import quotes as quotes_mod
    from pipeline.stages.parse import load_model

    nlp = nlp or load_model()
    score = QuoteScore()
    for art, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=8)):
        mentions = actors_mod.extract_mentions(art.name, doc)
        system = [q for q in quotes_mod.extract_quotes(doc, mentions) if len(re.findall(r"\w+", q.text)) >= 4]
        score.gold += len(art.quotes)
        score.system += len(system)
        used: set[int] = set()
        for g in art.quotes:
            best, best_overlap = None, 0
            for i, q in enumerate(system):
                overlap = min(g.end, q.end_char) - max(g.start, q.start_char)
                if i not in used and overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best is None or best_overlap < 0.5 * (g.end - g.start):
                if len(score.errors) < keep_errors:
                    score.errors.append(f"{art.name}: missed “{art.text[g.start:g.end][:70]}”")
                continue
            used.add(best)
            score.matched += 1
            gold_names = _names(g.source)
            if not gold_names:
                continue
            q = system[best]
            sys_names = _names(q.speaker) | (_names(q.speaker_mention.name) if q.speaker_mention is not None else set())
            score.speaker_scored += 1
            if gold_names & sys_names:
                score.speaker_right += 1
            elif len(score.errors) < keep_errors:
                score.errors.append(f"{art.name}: speaker of “{q.text[:50]}” gold {g.source!r}, got {q.speaker!r}")
        for i, q in enumerate(system):
            if i not in used and len(score.errors) < keep_errors:
                score.errors.append(f"{art.name}: spurious “{q.text[:60]}” ({q.speaker})")
    return score
