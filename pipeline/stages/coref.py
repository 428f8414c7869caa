"""Mentions looked up from tokens, and pronouns resolved to them: the one resolver that quotes (speakers) and
events (argument roles) share."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipeline.stages.records import Mention

# A mention's name covers the tokens whose offsets lie in [start_char, end_char)

_KIND_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}


class _MentionIndex:
    """A document's mentions by offset, for the lookups below: each is a bisection instead of a scan of every
    mention (the lookups run per token, per quote and per argument: scans would be quadratic in the length of
    the document). Mentions of a document are sorted and never overlap; a list that is not (made by hand) is
    scanned as before (`ordered` False)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.starts = [m.start_char for m in mentions]
        self.ordered = all(m.start_char < m.end_char for m in mentions) and all(
            a.end_char <= b.start_char for a, b in zip(mentions, mentions[1:])
        )
        self._mentions = mentions
        self._kinds: dict[frozenset[str], tuple[list[int], list[Mention]]] = {}

    def of_kinds(self, kinds: frozenset[str]) -> tuple[list[int], list[Mention]]:
        """(start offsets, mentions) of the mentions of these types, in order."""
        if kinds not in self._kinds:
            ms = [m for m in self._mentions if m.type in kinds]
            self._kinds[kinds] = ([m.start_char for m in ms], ms)
        return self._kinds[kinds]


class _SpanIndex:
    """Spans (quotes) by offset: whether a character lies inside one or on its marks
    (`s.start_char - 1 <= char <= s.end_char`), by bisection over the spans' starts with the furthest end
    reached so far."""

    def __init__(self, spans: Sequence) -> None:
        bounds = sorted((s.start_char - 1, s.end_char) for s in spans)
        self.lows = [lo for lo, _ in bounds]
        self.reach: list[int] = []
        for _, hi in bounds:
            self.reach.append(max(hi, self.reach[-1]) if self.reach else hi)

    def covers(self, char: int) -> bool:
        j = bisect.bisect_right(self.lows, char) - 1
        return j >= 0 and self.reach[j] >= char


class _LastIndex:
    """The index of the last sequence asked about, rebuilt when another sequence (or one of another length)
    comes: quotes and events look up one document's mentions and quotes many times over. The sequence is held,
    so its id cannot be reused while the index is kept; the per-document lists are finished before they are
    looked up in (extract_mentions sets every type before it returns), so an index never goes stale."""

    def __init__(self, build: Callable) -> None:
        self._build = build
        self._last: tuple | None = None

    def __call__(self, seq: Sequence):
        last = self._last  # one read: safe if another thread replaces it meanwhile
        if last is not None and last[0] is seq and last[1] == len(seq):
            return last[2]
        index = self._build(seq)
        self._last = (seq, len(seq), index)
        return index


_mention_index = _LastIndex(_MentionIndex)
_span_index = _LastIndex(_SpanIndex)


def in_any_span(spans: Sequence, char: int) -> bool:
    """The character lies inside one of the spans (objects with start_char and end_char: quotes) or on its
    marks: `s.start_char - 1 <= char <= s.end_char`."""
    return bool(spans) and _span_index(spans).covers(char)


def mention_for_token(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The mention whose name holds the token."""

    index = _mention_index(mentions)
    if not index.ordered:
        return next((m for m in mentions if m.start_char <= tok.idx < m.end_char), None)
    i = bisect.bisect_right(index.starts, tok.idx) - 1
    return mentions[i] if i >= 0 and tok.idx < mentions[i].end_char else None


def mentions_starting(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The mentions that start at an offset in [lo, hi), in their order."""

    index = _mention_index(mentions)
    if index.ordered:
        return mentions[bisect.bisect_left(index.starts, lo) : bisect.bisect_left(index.starts, hi)]
    return [m for m in mentions if lo <= m.start_char < hi]


def mentions_in(tok: Token, mentions: list[Mention]) -> list[tuple[Mention, int]]:
    """The mentions whose name starts inside a token's phrase, with the index of that first token."""

    at = {t.idx: t.i for t in tok.subtree}
    index = _mention_index(mentions)
    if index.ordered:  # only the mentions starting between the phrase's first and last token can
        mentions = mentions[bisect.bisect_left(index.starts, min(at)) : bisect.bisect_right(index.starts, max(at))]
    return [(m, at[m.start_char]) for m in mentions if m.start_char in at]


def mentions_in_subtree(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """Mentions inside a token's phrase: persons first, then nearest to the head."""
    inside = sorted(mentions_in(tok, mentions), key=lambda mi: (_KIND_RANK.get(mi[0].type, 9), abs(mi[1] - tok.i)))
    return [m for m, _ in inside]


_PERSON_KINDS = frozenset({"PERSON"})
_IT_KINDS = frozenset({"ORG", "GPE"})
_ANY_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def resolve_pronoun(
    word: str,
    before_char: int,
    mentions: list[Mention],
    excluded_spans: Sequence = (),
    after_char: int = 0,
    accept: Callable[[Mention], bool] | None = None,
    *,
    prefer: Callable[[Mention], bool] | None = None,
    fallback: bool = True,
) -> Mention | None:
    """The nearest preceding mention of a fitting kind (he/she: a person; it: a state or an organisation), starting
    at or after `after_char`, outside `excluded_spans` (quotes, marks included) and, when given, one that `accept`
    admits.

    With `prefer` (salience: the subject of its sentence, say), the nearest admitted mention that `prefer` also
    admits wins over nearer ones; when none does, the nearest admitted one if `fallback`, else None (unresolved
    rather than a guess). Without `prefer` the two keywords change nothing."""

    word = word.lower()
    kinds = _PERSON_KINDS if word in PRONOUNS_PERSON else (_IT_KINDS if word in ("it", "its") else _ANY_KINDS)
    index = _mention_index(mentions)
    if not index.ordered:
        candidates = []  # a scan in list order, up to the first mention at or after before_char
        for m in mentions:
            if m.start_char >= before_char:
                break
            if m.start_char < after_char or (accept is not None and not accept(m)):
                continue
            if m.type in kinds and not in_any_span(excluded_spans, m.start_char):
                candidates.append(m)
        return _preferred(reversed(candidates), prefer, fallback)
    # the nearest first, walking back among the mentions of fitting kinds only (down to after_char)
    starts, fitting = index.of_kinds(kinds)

    def walk():
        for i in range(bisect.bisect_left(starts, before_char) - 1, -1, -1):
            m = fitting[i]
            if m.start_char < after_char:
                return
            if (accept is None or accept(m)) and not in_any_span(excluded_spans, m.start_char):
                yield m

    return _preferred(walk(), prefer, fallback)


def _preferred(
    nearest_first: Iterable[Mention], prefer: Callable[[Mention], bool] | None, fallback: bool
) -> Mention | None:
    """The first candidate (nearest first) that `prefer` admits, else the first if `fallback`; without `prefer`,
    the first."""
    first = None
    for m in nearest_first:
        if prefer is None:
            return m
        if prefer(m):
            return m
        first = first or m
    return first if fallback else None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_DEPS = frozenset({"flat", "appos", "conj"})  # not compound: "the Obama administration official"


def mention_head(doc: Doc, m: Mention) -> Token | None:
    """The token that heads a mention's name in the parse (None when the offsets fall between tokens)."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def is_subject_mention(doc: Doc, m: Mention) -> bool:
    """The mention is the subject of its clause (itself, or through an apposition or a coordination: "the union's
    chairman, Kevin Moore, said"; "Smith and Jones said"; never as a modifier: "the Obama administration official
    said"): the salient person a later "he" or "she" most likely refers to."""
    tok = mention_head(doc, m)
    for _ in range(4):
        if tok is None:
            return False
        if tok.dep_ in _SUBJECT_DEPS:
            return True
        if tok.dep_ not in _NAME_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
