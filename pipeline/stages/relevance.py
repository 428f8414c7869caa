"""Relevance: this is a dataset of political and social interaction, not of matches won, films released or
quarterly results.

The signal is the document's topic: the words of pipeline/data/relevance_topics.tsv are counted over the document's
lemmas; a document whose sport, entertainment, technology or business words clearly outnumber its politics words
(at least `events.topic_min_words` of them and `events.topic_ratio` times the politics words) is off topic. In such
a document an event candidate is kept only when one of its sides is a state or a political actor (a state, its
capital standing for its government, or an organisation or person whose sector is political) or a trade union (a
strike, a wage demand, a union's deal with an employer are social interaction): "the EU fined Microsoft" and "the
union called a strike at the plant" stay in a business story, "Everton beat Liverpool" goes. In a sport document a
country's name is its team ("England beat France", "Japan will host the tournament"): there only an organ of the
state ("the Japanese government") or a political office or organisation is a political side. An organisation of
sport ("Premier League", "IAAF") is never a political side, whatever its sector pattern reads in "league" or
"international".
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages import lexicon
from pipeline.stages.lexicon import data_rows
from pipeline.stages.parse import doc_cache

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.stages.records import Mention

POLITICAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "REB", "IGO", "OPP", "PTY"})
# sides of social interaction that keep an event in an off-topic (business) story besides political ones
SOCIAL_SECTORS = frozenset({"LAB"})


@functools.cache
def topic_words() -> dict[str, str]:
    """lemma -> topic (sport, entertainment, business, politics)."""
    return {r["word"]: r["topic"] for r in data_rows("relevance_topics.tsv")}


def topic_counts(lemmas: list[str]) -> Counter:
    words = topic_words()
    return Counter(words[w] for w in lemmas if w in words)


def off_topic(counts: Counter) -> str | None:
    """The topic that puts a document off this dataset's subject, or None."""
    cfg = settings().events
    best = max(("sport", "entertainment", "technology", "business"), key=lambda t: (counts[t], t))
    if counts[best] >= cfg.topic_min_words and counts[best] >= cfg.topic_ratio * counts["politics"]:
        return best
    return None


def document_topic(doc: Doc) -> str | None:
    """The document's off-topic label (computed once per document), or None when it may hold political events."""
    return doc_cache(doc, "off_topic", lambda d: off_topic(topic_counts([t.lemma_.lower() for t in d])))


def political_topic(counts: Counter) -> bool:
    """Whether a document's topic words make it one about politics: `events.political_min_words` of politics and
    `events.political_ratio` times those of any other topic."""
    cfg = settings().events
    other = max(counts[t] for t in ("sport", "entertainment", "technology", "business"))
    return counts["politics"] >= cfg.political_min_words and counts["politics"] >= cfg.political_ratio * other


def political_document(doc: Doc) -> bool:
    """Whether the document is about politics (`political_topic`, computed once per document)."""
    return doc_cache(doc, "political", lambda d: political_topic(topic_counts([t.lemma_.lower() for t in d])))


def is_state(m: Mention) -> bool:
    """A country, or a capital or seat of government standing for its government ("Beijing said", "the Kremlin"),
    as CAMEO codes them."""
    return lexicon.country_of_name(m.name) is not None or lexicon.country_of_seat(m.name) is not None


def political(m: Mention) -> bool:
    """A state, its people as a state ("Kazakh authorities"), or an organisation or person whose sector is
    political or social (a trade union)."""
    if m.type in ("GPE", "NORP") and m.country and (m.type == "NORP" or is_state(m)):
        return True
    return (m.sector or "") in POLITICAL_SECTORS | SOCIAL_SECTORS


@functools.cache
def sport_body_words() -> frozenset[str]:
    """Words that make an organisation's name a body of sport (pipeline/data/relevance_sport_bodies.tsv)."""
    return frozenset(r["word"] for r in data_rows("relevance_sport_bodies.tsv"))


def sporting_body(m: Mention) -> bool:
    """An organisation of sport ("Premier League", "International Olympic Committee", "IAAF"): whatever its sector
    pattern reads in "league" or "international", no political side."""
    if m.type != "ORG":
        return False
    return any(w in sport_body_words() for w in (m.name or m.text).lower().replace("-", " ").split())
