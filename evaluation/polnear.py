"""Quote and speaker scoring of the quotes stage on PolNeAR articles (read by `evaluation.readers.polnear`).

Scoring: a system quote (four words or more) matches a gold quote when they overlap on at least half of
the gold quote's characters (each used once). Quote P/R/F1 on those matches; speaker accuracy on matched
quotes whose gold Source names someone (a capitalised name, not only a pronoun or a description): the
system speaker, or the name of the actor it resolves to, shares a capitalised word with the gold Source.
Speaker accuracy is also given by how the system found the speaker (`speaker_kind`) and by the kind of the gold
source (`source_kind`: named person, pronoun, round-up, post, document).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from evaluation.readers.polnear import Article, GoldQuote

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.stages.records import Mention, Quote

NOT_NAMES = {
    "I",
    "He",
    "She",
    "They",
    "We",
    "It",
    "The",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sen",
    "Rep",
    "Gov",
    "President",
    "Secretary",
    "Officials",
    "Sources",
}


def _names(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[A-Z][\w’'-]+", s or "") if w not in NOT_NAMES}


@dataclass
class QuoteScore:
    gold: int = 0
    system: int = 0
    matched: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    kind_scored: Counter = field(default_factory=Counter)
    kind_right: Counter = field(default_factory=Counter)
    source_scored: Counter = field(default_factory=Counter)
    source_right: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    keep_errors: int = 300

    def error(self, message: str) -> None:
        """Keep `message` while fewer than `keep_errors` are kept."""
        if len(self.errors) < self.keep_errors:
            self.errors.append(message)

    def figures(self) -> dict[str, float | str]:
        p = self.matched / max(self.system, 1)
        r = self.matched / max(self.gold, 1)
        return (
            {
                "quote P": p,
                "quote R": r,
                "quote F1": 2 * p * r / (p + r) if p + r else 0.0,
                "speaker accuracy (named sources)": self.speaker_right / max(self.speaker_scored, 1),
                "gold quotes": self.gold,
                "system quotes": self.system,
            }
            | {
                f"speaker accuracy, {kind} (n={n})": self.kind_right[kind] / n
                for kind, n in sorted(self.kind_scored.items())
            }
            | {
                # every kind is printed, "n/a" when the articles have none (PolNeAR has no round-ups)
                f"speaker accuracy by source, {kind} (n={self.source_scored[kind]})": (
                    self.source_right[kind] / self.source_scored[kind] if self.source_scored[kind] else "n/a"
                )
                for kind in SOURCE_KINDS
            }
        )


PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them"}


def speaker_kind(q: Quote) -> str:
    """How the system found a quote's speaker, for per-kind figures: `named` (a reporting cue with a name or a
    description; a pronoun resolved to its antecedent counts here), `pronoun` (a speaker left as a pronoun), `dash`
    (a name after a dash, as in round-ups), `continuation` (the previous quote's speaker) or `none`."""
    if q.attribution == "cue":
        return "pronoun" if (q.speaker or "").strip().lower() in PRONOUNS else "named"
    return q.attribution


SOURCE_KINDS = ("named person", "pronoun", "round-up", "post", "document")
_POST = re.compile(r"\b(tweet\w*|post\w*|twitter|facebook|instagram|retweet\w*)\b", re.IGNORECASE)


@functools.cache
def _document_words() -> frozenset[str]:
    from pipeline.stages.quotes import document_nouns

    return document_nouns() | {"ad", "ads", "email", "emails", "memo", "editorial", "op-ed", "transcript"}


def source_kind(g: GoldQuote, text: str) -> str | None:
    """The gold source's kind, for per-kind figures: `post` (the cue or the words between source and quote name
    a tweet or a post, Twitter, Facebook or Instagram), `document` (a statement, report, memo, ad, editorial ...),
    `round-up` (a line's label: the source starts its line and only punctuation and a colon stand between it and
    the quote), `pronoun` (a pronoun: PolNeAR does not annotate its antecedent, so it is scored against a stand-in,
    the nearest earlier annotated source with a name, quoted or reported: `_antecedents`; a lower bound), `named person`
    (any other source with a capitalised name); None for a source with neither (a description)."""
    if g.source is None:
        return None
    between = text[g.source_end : g.start] if g.source_end is not None and g.source_end <= g.start else ""
    if _POST.search(g.cue or "") or (len(between) < 120 and _POST.search(between)):
        return "post"
    if {w.lower() for w in re.findall(r"[\w’'-]+", g.source)} & _document_words():
        return "document"
    if (
        g.source_start is not None
        and (g.source_start == 0 or text[g.source_start - 1] == "\n")
        and re.fullmatch(r"[^\w\n]*:[^\w\n]*", between or "-")
    ):
        return "round-up"
    if g.source.strip().lower() in PRONOUNS:
        return "pronoun"
    return "named person" if _names(g.source) else None


def _antecedents(art: Article) -> dict[int, set[str]]:
    """For each gold quote with a pronoun source (by index): the names of the nearest annotated Source with a name
    that starts before it, of any attribution, quoted or reported ("X said that ...", `Article.sources`; of quoted
    ones only when the reader gave none). PolNeAR does not annotate a pronoun's antecedent: this is its stand-in,
    right when the pronoun refers to the last named source (most do), wrong when a person named outside any
    attribution or an earlier source is meant."""
    pool = art.sources if art.sources is not None else [(g.source_start, g.source) for g in art.quotes]
    named = sorted((start, _names(source)) for start, source in pool if start is not None and _names(source))
    starts = [start for start, _ in named]
    out = {}
    for i, g in enumerate(art.quotes):
        if g.source is not None and g.source.strip().lower() in PRONOUNS and g.source_start is not None:
            j = bisect.bisect_left(starts, g.source_start) - 1
            if j >= 0:
                out[i] = named[j][1]
    return out


def _best_match(g: GoldQuote, system: list, used: set[int]) -> int | None:
    """The unused system quote overlapping `g` most, if it covers at least half of it."""
    best, best_overlap = None, 0
    for i, q in enumerate(system):
        overlap = min(g.end, q.end_char) - max(g.start, q.start_char)
        if i not in used and overlap > best_overlap:
            best, best_overlap = i, overlap
    return None if best is None or best_overlap < 0.5 * (g.end - g.start) else best


def _speaker_names(q: Quote, mentions: list[Mention]) -> set[str]:
    """The names in a system quote's speaker and in the name of the mention it resolves to."""
    if q.speaker_mention is None:
        return _names(q.speaker)
    mention = {m.start_char: m for m in mentions}[q.speaker_mention]
    return _names(q.speaker) | _names(mention.name)


def _score_article(art: Article, system: list[Quote], mentions: list[Mention], score: QuoteScore) -> None:
    """Add one article's quote matches and speakers to `score`; unmatched system quotes are spurious."""
    score.gold += len(art.quotes)
    score.system += len(system)
    used: set[int] = set()
    antecedents = _antecedents(art)
    for gi, g in enumerate(art.quotes):
        best = _best_match(g, system, used)
        if best is None:
            score.error(f"{art.name}: missed “{art.text[g.start : g.end][:70]}”")
            continue
        used.add(best)
        score.matched += 1
        source = source_kind(g, art.text)
        wanted = antecedents.get(gi) if source == "pronoun" else _names(g.source)
        if source is not None and wanted:
            score.source_scored[source] += 1
            right = bool(wanted & _speaker_names(system[best], mentions))
            score.source_right[source] += right
            if not right and source == "pronoun":  # named sources' misses are listed below
                score.error(
                    f"{art.name}: speaker of “{system[best].text[:50]}” gold {g.source!r} (stand-in"
                    f" {' '.join(sorted(wanted))}), got {system[best].speaker!r}"
                )
        gold_names = _names(g.source)
        if not gold_names:
            continue
        q = system[best]
        score.speaker_scored += 1
        kind = speaker_kind(q)
        score.kind_scored[kind] += 1
        if gold_names & _speaker_names(q, mentions):
            score.speaker_right += 1
            score.kind_right[kind] += 1
        else:
            score.error(f"{art.name}: speaker of “{q.text[:50]}” gold {g.source!r}, got {q.speaker!r}")
    for i, q in enumerate(system):
        if i not in used:
            score.error(f"{art.name}: spurious “{q.text[:60]}” ({q.speaker})")


def score_articles(articles: list[Article], nlp: Language | None = None, keep_errors: int = 300) -> QuoteScore:
    """Run the pipeline's actor and quote stages on each article and score quotes and speakers."""
    from pipeline.stages import actors as actors_mod
    from pipeline.stages import quotes as quotes_mod
    from pipeline.stages.parse import load_model

    nlp = nlp or load_model()
    score = QuoteScore(keep_errors=keep_errors)
    for art, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=8)):
        mentions = actors_mod.extract_mentions(doc)
        system = [q for q in quotes_mod.extract_quotes(doc, mentions) if len(re.findall(r"\w+", q.text)) >= 4]
        _score_article(art, system, mentions, score)
    return score
