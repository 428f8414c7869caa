"""Mentions looked up from tokens, and pronouns resolved to them: the one resolver that quotes (speakers) and
events (argument roles) share.

`resolve_pronoun` alone is the nearest mention of a fitting kind (he/she: a person; it: a state or an
organisation; others: any actor). Given the pronoun's token it also reads the parse: a plural pronoun is never
one person, nor a place or state named as such; a person's gender, where the document tells it (a title, a given
name or a gendered noun of pipeline/data/coref_gender_words.tsv, an apposition or a reflexive, shared by the
mentions of one family name unless they disagree), agrees with the pronoun; a name inside the clause the
pronoun's verb reports is not the antecedent; the subject of a sentence wins over a nearer name (salience)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipeline.stages.records import Mention

# A mention's name covers the tokens whose offsets lie in [start_char, end_char)

_KIND_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}


@functools.cache
def _gender_words() -> dict[tuple[str, str], str]:
    """(class, word) -> gender ("m" or "f") of pipeline/data/coref_gender_words.tsv: titles and given names."""
    from pipeline.stages.lexicon import data_rows

    return {(r["class"], r["word"]): r["gender"] for r in data_rows("coref_gender_words.tsv")}


def mention_gender(m: Mention) -> str | None:
    """A person mention's own gender evidence: its title ("Mr", "Mrs", "Queen"), else its given name when the
    shipped list gives one gender for it ("Hillary Clinton"); None without evidence (most single names)."""
    if m.type != "PERSON":
        return None
    words = _gender_words()
    if m.title and not m.title.startswith("acronym:"):
        found = words.get(("title", m.title.lower().split()[0]))
        if found:
            return found
    for word in (m.title or "").lower().split()[1:]:  # "Liverpool spokeswoman", "Oscar-winning actress"
        found = words.get(("noun", word))
        if found:
            return found
    names = (m.name or "").split()
    return words.get(("given", names[0].lower().rstrip("."))) if len(names) > 1 else None


_REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}


def parse_gender(doc: Doc, m: Mention) -> str | None:
    """A person mention's gender by what its own sentence says of it: a noun in apposition ("Jane Doe, the
    group's chairwoman"; "the actor, John Doe") or a reflexive bound to it ("Doe himself", "Doe found herself
    ...": the subject of the reflexive's verb)."""
    head = mention_head(doc, m)
    if head is None:
        return None
    words = _gender_words()
    nouns = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    for noun in nouns:
        found = _REFLEXIVE_GENDER.get(noun.lower_) or words.get(("noun", noun.lemma_.lower()))
        if found:
            return found
    if head.dep_ in ("nsubj", "nsubjpass"):
        for c in head.head.children:
            if c.dep_ in ("dobj", "pobj", "npadvmod", "appos") and c.lower_ in _REFLEXIVE_GENDER:
                return _REFLEXIVE_GENDER[c.lower_]
    return None


def _person_group(m: Mention) -> str:
    """The mentions that may name one person in a document: those of one family name (the last word; not the
    coreference key, which joins a bare "Clinton" to one of two Clintons)."""
    return ((m.name or m.text).split() or [""])[-1].lower()


def document_genders(mentions: Sequence[Mention], doc: Doc | None = None) -> dict[int, str]:
    """id(mention) -> gender for the person mentions of a document: a mention's own evidence (its title or given
    name; with the parse, also an apposition or a reflexive, `parse_gender`), else that of the other mentions of
    the same person ("Hillary Clinton ... Clinton said"), when they agree (two people of one family name and two
    genders leave the bare name without a gender)."""
    own = {
        id(m): mention_gender(m) or (parse_gender(doc, m) if doc is not None else None)
        for m in mentions
        if m.type == "PERSON"
    }
    groups: dict[str, set[str]] = {}
    for m in mentions:
        if own.get(id(m)):
            groups.setdefault(_person_group(m), set()).add(own[id(m)])
    out = {}
    for m in mentions:
        if m.type != "PERSON":
            continue
        group = groups.get(_person_group(m), set())
        found = own[id(m)] or (next(iter(group)) if len(group) == 1 else None)
        if found:
            out[id(m)] = found
    return out


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
        self._genders: dict[int, str] | None = None

    def gender(self, m: Mention, doc: Doc | None = None) -> str | None:
        """The gender the document's evidence gives a person mention (document_genders, read in `doc`, the
        mentions' parse), computed once."""
        if self._genders is None:
            self._genders = document_genders(self._mentions, doc)
        return self._genders.get(id(m))

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
    token: Token | None = None,
) -> Mention | None:
    """The nearest preceding mention of a fitting kind (he/she: a person; it: a state or an organisation), starting
    at or after `after_char`, outside `excluded_spans` (quotes, marks included) and, when given, one that `accept`
    admits.

    With `prefer` (salience: the subject of its sentence, say), the nearest admitted mention that `prefer` also
    admits wins over nearer ones; when none does, the nearest admitted one if `fallback`, else None (unresolved
    rather than a guess). Without `prefer` the two keywords change nothing.

    With `token` (the pronoun in its parse) the resolver reads the parse and the document's evidence
    (`agreement_rules`): a plural pronoun never refers to a single person; a person whose gender the document
    states (title, given name, other mentions of the same person) agrees with the pronoun; a name inside the
    clause the pronoun's verb reports ("This is the plan X wants, he said") is not the antecedent; and, unless
    `prefer` is given, the subject of its sentence wins over a nearer name (salience). Without `token` it is the
    plain nearest-mention search above."""

    word = word.lower()
    kinds = _PERSON_KINDS if word in PRONOUNS_PERSON else (_IT_KINDS if word in ("it", "its") else _ANY_KINDS)
    index = _mention_index(mentions)
    if token is not None:
        kinds, agrees, prefer = agreement_rules(word, token, mentions, kinds, prefer)
        accept = agrees if accept is None else (lambda m, _a=accept: _a(m) and agrees(m))
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


_GROUP_KINDS = frozenset({"ORG", "NORP"})


def agreement_rules(
    word: str,
    token: Token,
    mentions: list[Mention],
    kinds: frozenset[str],
    prefer: Callable[[Mention], bool] | None,
) -> tuple[frozenset[str], Callable[[Mention], bool], Callable[[Mention], bool]]:
    """(kinds, accept, prefer) for a pronoun read in its parse (see resolve_pronoun): number, gender, the
    reported clause, and the subject's salience."""
    doc = token.doc
    index = _mention_index(mentions)
    if word in PRONOUNS_PLURAL:
        # a group or a people, never one person; nor a place or state by its name ("Oslo ... they")
        kinds = frozenset(kinds - {"PERSON", "GPE"}) or _GROUP_KINDS
    gender = _PRONOUN_GENDER.get(word)
    reported = _reported_clause(token)

    def agrees(m: Mention) -> bool:
        if gender is not None and index.gender(m, doc) not in (None, gender):
            return False
        if reported is not None and reported[0] <= m.start_char < reported[1] and not _quote_between(doc, m, token):
            head = mention_head(doc, m)
            return head is None or not _in_reported(head, token)
        return True

    return kinds, agrees, (prefer if prefer is not None else (lambda m: is_subject_mention(doc, m)))


_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def _reported_clause(token: Token) -> tuple[int, int] | None:
    """(start, end) offsets of the pronoun's sentence when the pronoun is the subject of a verb that reports a
    clause ("..., he said"; "He said the plan X wanted ..."); else None."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    if not any(c.dep_ in _REPORTED_DEPS for c in verb.children) and verb.dep_ not in _REPORTED_DEPS:
        return None
    sent = token.sent
    return sent.start_char, sent.end_char


_QUOTE_MARKS = frozenset('"“”«»„')


def _quote_between(doc: Doc, m: Mention, token: Token) -> bool:
    """A quotation stands between the name and the pronoun: the name introduces the quote ("X scolded him: “…”
    she said"), it is not part of the clause the pronoun's verb reports."""
    return any(ch in _QUOTE_MARKS for ch in doc.text[m.end_char : token.idx])


def _in_reported(head: Token, pronoun: Token) -> bool:
    """The name (its head token) lies in the clause the pronoun's verb reports: under one of the verb's clausal
    complements ("said [X had to defend]"), or, when the reporting clause is itself set inside the reported
    sentence ("[This is the record X must defend], he said": the verb a parataxis or a complement of that
    sentence's root), anywhere in that sentence outside the reporting clause and not its subject."""
    verb = pronoun.head
    for c in verb.children:
        if c.dep_ in _REPORTED_DEPS and c.left_edge.i <= head.i <= c.right_edge.i:
            return True
    if verb.dep_ in _REPORTED_DEPS and verb.head.i != verb.i and verb.i > verb.head.i:
        outer = verb.head
        inside_outer = outer.left_edge.i <= head.i <= outer.right_edge.i
        inside_verb = verb.left_edge.i <= head.i <= verb.right_edge.i
        subject_of_outer = any(t.dep_ in _SUBJECT_DEPS and t.head.i == outer.i for t in [head, *head.ancestors][:3])
        return inside_outer and not inside_verb and not subject_of_outer
    return False


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_DEPS = frozenset({"flat", "appos", "conj"})  # not compound: "the Obama administration official"


def mention_head(doc: Doc, m: Mention) -> Token | None:
    """The token that heads a mention's name in the parse (None when the offsets fall between tokens)."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def is_main_subject_mention(doc: Doc, m: Mention) -> bool:
    """The mention is the subject of its sentence's main clause (or of a clause coordinated with it), not of a
    clause inside it ("David Davis criticised the way Mr Blunkett introduced the rules": Davis)."""
    if not is_subject_mention(doc, m):
        return False
    tok = mention_head(doc, m)
    while tok is not None and tok.dep_ in _NAME_DEPS | _SUBJECT_DEPS and tok.head.i != tok.i:
        if tok.dep_ in _SUBJECT_DEPS:
            break
        tok = tok.head
    verb = tok.head if tok is not None else None
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.dep_ == "ROOT"


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
