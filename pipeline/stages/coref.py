"""Mentions looked up from tokens, and pronouns resolved to them: the one resolver that quotes (speakers) and
events (argument roles) share.

`resolve_pronoun` alone is the nearest mention of a fitting kind (he/she: a person; it: a state or an
organisation; others: any actor). Given the pronoun's token it also reads the parse: a plural pronoun is never
one person, nor a place or state named as such; a person's gender, where the document tells it (a title, a given
name or a gendered noun of pipeline/data/coref_gender_words.tsv, an apposition or a reflexive, shared with a
bare family name by the mentions of that family name unless they disagree; a listed given name alone, "James",
unless a full name of the document bears it as its family name), agrees with the pronoun; a name inside
the clause the pronoun's verb reports is not the antecedent, nor, for "it", a place that only qualifies a noun ("the
UK pop charts"); the subject of a sentence wins over a nearer name (salience). With a window for earlier
pronouns (`chain`, as the quotes' speakers use it) a pronoun follows its chain ("X said ... He added ... he
said": X) and a person introduced in the sentence just before, in a sentence
about a thing, wins over an older subject (`resolve_in_chain`). A person's pronoun also refers to a family name the
named-entity pass typed ORG when a person of the document bears it (`person_named`: "Hillary Clinton ... Clinton
leaned in"), and to the person of a family name the mentions missed as a main subject or as the source of
"according to X", found by the index of family names anywhere before."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from pipeline.stages.parse import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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


def pronoun_gender(word: str) -> str | None:
    """The gender a personal pronoun states ("he": "m", "her": "f"), else None."""
    return _PRONOUN_GENDER.get(word.lower())


def noun_gender(word: str) -> str | None:
    """The gender the shipped list gives a noun for a person ("spokeswoman": "f", "vicar": None), else None."""
    return _gender_words().get(("noun", word.lower()))


def given_name_gender(word: str) -> str | None:
    """The gender the shipped list gives a given name (pipeline/data/coref_gender_words.tsv), else None."""
    return _gender_words().get(("given", word.lower()))


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
    return given_name_gender(names[0].rstrip(".")) if len(names) > 1 else None


_REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}


def parse_gender(doc: Doc, m: Mention) -> str | None:
    """A person mention's gender by what its own sentence says of it: a noun in apposition ("Jane Doe, the
    group's chairwoman"; "the actor, John Doe") or right before the name ("his wife Glenys"), or a reflexive
    bound to it ("Doe himself", "Doe found herself ...": the subject of the reflexive's verb)."""
    head = mention_head(doc, m)
    if head is None:
        return None
    words = _gender_words()
    nouns = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    nouns += [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]  # "his wife Glenys"
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


def person_named(mentions: Sequence[Mention], doc: Doc | None = None) -> set[int]:
    """id(mention) of the mentions typed otherwise that name a person of the document: a bare family name typed ORG
    ("Clinton leaned in ...", "Trump revised his plan") when a person of the document bears that family name
    ("Hillary Clinton"), or a listed given name and a family name typed ORG ("Paul Ryan") when a person of the
    document bears that family name ("Ryan said"); never one that modifies a noun ("the Trump campaign": a
    compound in the parse)."""
    families = {words[-1] for m in mentions if m.type == "PERSON" and len(words := (m.name or m.text).split()) > 1}
    surnames = {words[-1] for m in mentions if m.type == "PERSON" and (words := (m.name or m.text).split())}
    given = _gender_words()
    out = set()
    for m in mentions:
        words = (m.name or m.text).split()
        if m.type != "ORG" or not words:
            continue
        if not (
            (len(words) == 1 and words[0] in families)
            or (len(words) > 1 and words[-1] in surnames and ("given", words[0].lower()) in given)
        ):
            continue
        head = mention_head(doc, m) if doc is not None else None
        if head is None or head.dep_ != "compound":
            out.add(id(m))
    return out


def document_genders(
    mentions: Sequence[Mention], doc: Doc | None = None, persons: set[int] | None = None
) -> dict[int, str]:
    """id(mention) -> gender for the person mentions of a document (and those of `persons`, ids of mentions typed
    otherwise that name a person: `person_named`): a mention's own evidence (its title or given
    name; with the parse, also an apposition or a reflexive, `parse_gender`), else that of the other mentions of
    the same person: a bare family name takes the gender of the mentions of that family name ("Hillary Clinton ...
    Clinton said") when they agree (two people of one family name and two genders leave it without one); a full
    name takes that of the same full name ("Rose Carver" is not "Paul Carver", whose given name says "m"), or, when
    it is the document's only full name of its family, that of its family ("Kimberly Lowe ... Mrs Lowe": "f"); a
    listed given name alone, with no evidence besides, gives its gender (`_lone_given_name_gender`)."""
    persons = persons or set()
    own = {
        id(m): mention_gender(m) or (parse_gender(doc, m) if doc is not None else None)
        for m in mentions
        if m.type == "PERSON"
    }
    groups: dict[str, set[str]] = {}
    for m in mentions:
        if own.get(id(m)):
            groups.setdefault(_person_group(m), set()).add(own[id(m)])
            groups.setdefault(_full_name(m), set()).add(own[id(m)])
    full_names: dict[str, set[str]] = {}  # family name -> the full names of the document bearing it
    for m in mentions:
        if m.type == "PERSON" and len((m.name or m.text).split()) > 1:
            full_names.setdefault(_person_group(m), set()).add(_full_name(m))
    out = {}
    for m in mentions:
        if m.type != "PERSON" and id(m) not in persons:
            continue
        full = _full_name(m)
        alone = len(full_names.get(_person_group(m), ())) <= 1  # no other full name of that family
        group = groups.get(_person_group(m) if len(full.split()) < 2 else full, set())
        if not group and alone:
            group = groups.get(_person_group(m), set())
        found = own.get(id(m)) or (next(iter(group)) if len(group) == 1 else None)
        if found is None and m.type == "PERSON" and len(full.split()) == 1 and not group:
            found = _lone_given_name_gender(m, full_names)
        if found:
            out[id(m)] = found
    return out


def _lone_given_name_gender(m: Mention, full_names: dict[str, set[str]]) -> str | None:
    """The gender the shipped list (coref_gender_words.tsv) gives a person named by one word alone, without a
    title, when no full name of the document bears that word as its family name ("my parents, James and Olive ...":
    "m"; not "LeBron James ... James said", whose family name says nothing of the gender)."""
    if m.title:
        return None
    word = (m.name or m.text).split()[0].lower()
    return None if word in full_names else given_name_gender(word)


def _full_name(m: Mention) -> str:
    """A person mention's name as a key: "=" and its words, lower case (never equal to a family-name key)."""
    return "=" + " ".join((m.name or m.text).lower().split())


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
        self._persons: set[int] | None = None
        self._families: dict[str, tuple[list[int], list[Mention]]] | None = None

    def persons(self, doc: Doc | None = None) -> set[int]:
        """id(mention) of the mentions typed otherwise that name a person (`person_named`), computed once."""
        if self._persons is None:
            self._persons = person_named(self._mentions, doc)
        return self._persons

    def family(self, word: str, doc: Doc | None = None) -> tuple[list[int], list[Mention]]:
        """(start offsets, mentions) of the person mentions (and those naming a person, `persons`) whose name of
        several words ends with the word, in order; the table is built once."""
        if self._families is None:
            named = self.persons(doc)
            families: dict[str, list[Mention]] = {}
            for m in self._mentions:
                words = (m.name or m.text).split()
                if (m.type == "PERSON" or id(m) in named) and len(words) > 1:
                    families.setdefault(words[-1], []).append(m)
            self._families = {w: ([m.start_char for m in ms], ms) for w, ms in families.items()}
        return self._families.get(word, ([], []))

    def gender(self, m: Mention, doc: Doc | None = None) -> str | None:
        """The gender the document's evidence gives a person mention (document_genders, read in `doc`, the
        mentions' parse), computed once."""
        if self._genders is None:
            self._genders = document_genders(self._mentions, doc, self.persons(doc))
        return self._genders.get(id(m))

    def of_kinds(self, kinds: frozenset[str], doc: Doc | None = None) -> tuple[list[int], list[Mention]]:
        """(start offsets, mentions) of the mentions of these types, in order; a person's kinds also take the
        mentions typed otherwise that name a person of the document (`person_named`, read in `doc`)."""
        key = kinds | ({"+named"} if doc is not None and kinds == _PERSON_KINDS else set())
        if key not in self._kinds:
            named = self.persons(doc) if "+named" in key else set()
            ms = [m for m in self._mentions if m.type in kinds or id(m) in named]
            self._kinds[key] = ([m.start_char for m in ms], ms)
        return self._kinds[key]


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


def window_start(tok: Token, sentences: int, spans: Sequence | None = None, chains: bool = True) -> int:
    """A pronoun's window, shared by the quotes' speakers and the events' sides: the first character of the sentence
    `sentences` before the token's own. Sentences whose subject is the same pronoun ("He urged ... He also
    criticised ...") continue the chain and are not counted, nor sentences that open inside a quote (given
    `spans`): what a speaker says names nobody the narrative introduces (up to four times as many sentences in all).
    Without `chains` (the events' sides, whose chain of pronouns is `resolve_in_chain`'s) only the quotes' sentences
    are left uncounted, and not those whose words outside the quote give the speaker by a common noun ('"...," the
    chief prosecutor said'): the person a pronoun after it most likely means, unnamed."""
    doc, sent = tok.doc, tok.sent
    counted = walked = 0
    while counted < sentences and walked < 4 * sentences and sent.start > 0:  # a bounded walk on long texts
        sent = doc[sent.start - 1].sent
        walked += 1
        quoted = spans is not None and in_any_span(
            spans, next((t.idx for t in sent if not t.is_punct), sent.start_char)
        )
        chained = chains and any(t.lower_ == tok.lower_ and t.dep_ in ("nsubj", "nsubjpass") for t in sent)
        if quoted and not chains and _unnamed_teller(sent, spans):
            quoted = False  # '"... the law," the chief prosecutor said. He also accused ...': he is the prosecutor
        if not quoted and not chained:
            counted += 1
    return sent.start_char


def _unnamed_teller(sent: Span, spans: Sequence) -> bool:
    """A common noun outside the quotes is a subject of the sentence ('"...," the chief prosecutor said')."""
    return any(t.dep_ == "nsubj" and t.pos_ == "NOUN" and not in_any_span(spans, t.idx) for t in sent)


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


def pronoun_kinds(word: str) -> frozenset[str]:
    """The kinds of mention a pronoun may refer to (he/she: a person; it: a state or an organisation; others: any)."""
    return _PERSON_KINDS if word in PRONOUNS_PERSON else (_IT_KINDS if word in ("it", "its") else _ANY_KINDS)


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
    chain: Callable[[Token], int] | None = None,
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
    plain nearest-mention search above.

    With `token` and `chain` (a pronoun's window: the first character its antecedent may start at) the nearest
    sentence that holds a candidate decides (`resolve_in_chain`): its subject first, else its likeliest other
    candidate, never an older subject over it; and the same pronoun as the subject of a nearer sentence passes on
    its own antecedent ("X said ... He added ... He also said": X; a new person as the subject in between takes
    over); it falls back on the nearest candidate whatever `fallback` says."""

    word = word.lower()
    kinds = pronoun_kinds(word)
    index = _mention_index(mentions)
    if token is not None:
        kinds, agrees, prefer = agreement_rules(word, token, mentions, kinds, prefer)
        accept = agrees if accept is None else (lambda m, _a=accept: _a(m) and agrees(m))
        if word in ("it", "its") and "NORP" not in kinds:
            # "The Italian government reacted angrily ... it accused": the body the demonym qualifies, its state
            kinds = kinds | {"NORP"}
            accept = _or_a_qualified_body(token.doc, accept)
    if token is not None and chain is not None and index.ordered:
        cands = _candidates(index, kinds, before_char, after_char, accept, excluded_spans, token.doc)
        return resolve_in_chain(token, word, after_char, before_char, cands, prefer, chain, mentions, excluded_spans)
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
    doc = token.doc if token is not None else None
    return _preferred(_candidates(index, kinds, before_char, after_char, accept, excluded_spans, doc), prefer, fallback)


# singular nouns of a state's body that a demonym qualifies ("the Italian government", "the Kenyan army"): "it"
# refers to the body, which acts for the demonym's state
DEMONYM_BODY_NOUNS = frozenset(
    {"government", "ministry", "army", "military", "navy", "embassy", "cabinet", "administration", "junta"}
    | {"regime", "parliament", "presidency", "delegation"}
)


def _or_a_qualified_body(doc: Doc, accept: Callable[[Mention], bool]) -> Callable[[Mention], bool]:
    """`accept`, admitting a demonym only where it qualifies a state's body (`_qualifies_a_body`)."""
    return lambda m: (m.type != "NORP" or _qualifies_a_body(doc, m)) and accept(m)


def _qualifies_a_body(doc: Doc, m: Mention) -> bool:
    """The demonym mention qualifies a singular noun of a state's body that is the subject of its clause ("The
    Italian government reacted angrily"; never "an Israeli army post", "a protest with the Israeli army")."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    if span.root.dep_ not in ("amod", "compound") or head.tag_ != "NN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return head.lemma_.lower() in DEMONYM_BODY_NOUNS and any(c.lower_ == "the" for c in head.children)


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


def _candidates(
    index: _MentionIndex,
    kinds: frozenset[str],
    before_char: int,
    after_char: int,
    accept: Callable[[Mention], bool] | None,
    excluded_spans: Sequence,
    doc: Doc | None = None,
) -> Iterator[Mention]:
    """The admitted mentions of fitting kinds before `before_char` and from `after_char` on, nearest first; with
    the parse (`doc`), a person's kinds take the mentions typed otherwise that name a person (`person_named`)."""
    starts, fitting = index.of_kinds(kinds, doc)
    for i in range(bisect.bisect_left(starts, before_char) - 1, -1, -1):
        m = fitting[i]
        if m.start_char < after_char:
            return
        if (accept is None or accept(m)) and not in_any_span(excluded_spans, m.start_char):
            yield m


def _chain_links(token: Token, word: str, after_char: int, before_char: int, excluded_spans: Sequence) -> list[Token]:
    """Earlier occurrences of the same pronoun as the subject of a clause, outside quotes, from `after_char` on and
    before `before_char` (and the pronoun), nearest first: the links of its chain."""
    doc = token.doc
    span = doc.char_span(after_char, min(before_char, token.idx), alignment_mode="contract")
    if span is None:
        return []
    return [
        t
        for t in reversed(span)
        if t.lower_ == word and t.dep_ in _SUBJECT_DEPS and not in_any_span(excluded_spans, t.idx)
    ]


_THING_PRONOUNS = frozenset({"it", "this", "that", "there", "what"})
_DETERMINERS = frozenset({"det", "poss", "nummod"})


def _root_subject_is_thing(sent: Span) -> bool:
    """The main clause of the sentence has a thing for its subject, or none: "it", "this", "there" or a common noun
    with a determiner ("One dissenting view came from X", "It's an issue, with X ..."); never a name, a personal
    pronoun, a noun for a person ("the music director") or a bare noun ("Analysts", a misspelt name the tagger took
    for a noun)."""
    subjects = [t for t in sent if t.dep_ in _SUBJECT_DEPS | {"expl"} and t.head.dep_ == "ROOT"]
    if not subjects:
        return True
    t = subjects[0]
    if t.pos_ == "PRON" or t.dep_ == "expl":
        return t.lower_ in _THING_PRONOUNS
    from pipeline.stages.quotes import is_person_noun  # the word lists of the described speakers ("the director")

    return (
        t.pos_ == "NOUN"
        and t.ent_type_ != "PERSON"
        and any(c.dep_ in _DETERMINERS for c in t.children)
        and not is_person_noun(t.lemma_.lower())
    )


def _missed_subject(
    token: Token,
    lo: int,
    hi: int,
    mentions: list[Mention],
    excluded_spans: Sequence,
    cands: list[Mention],
    accept: Callable[[Mention], bool] | None = None,
) -> Mention | None:
    """The candidate a bare family name refers to when it is the main subject of a sentence between `lo` and `hi`,
    or the source of "according to X", and the mentions missed it (no mention holds the word): the nearest such
    word whose family name an admitted candidate bears, else (given `accept`) the nearest earlier person of that
    family name anywhere before ("Donald Trump ... Trump revised his plan"); None without one."""
    doc = token.doc
    span = doc.char_span(lo, min(hi, token.idx), alignment_mode="contract") if lo < min(hi, token.idx) else None
    if span is None:
        return None
    for t in reversed(span):
        if (
            t.pos_ == "PROPN"
            and (_main_subject_token(t) or _according_to_source(t))
            and t.text[:1].isupper()
            and mention_for_token(t, mentions) is None
            and not in_any_span(excluded_spans, t.idx)
        ):
            found = next((m for m in cands if (m.name or m.text).split()[-1:] == [t.text]), None)
            if found is None and accept is not None:
                found = _family_mention(t, mentions, accept, excluded_spans)
            if found is not None:
                return found
    return None


def _main_subject_token(t: Token) -> bool:
    """The token is the subject of its sentence's main verb."""
    return t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT"


def _according_to_source(t: Token) -> bool:
    """The token is the source of an "according to X" attribution."""
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


def _family_mention(
    t: Token, mentions: list[Mention], accept: Callable[[Mention], bool], excluded_spans: Sequence
) -> Mention | None:
    """The nearest earlier person mention anywhere before the token whose name of several words ends with the
    token's word ("Donald Trump" for a bare "Trump" the mentions missed), admitted by `accept`; by the index of
    family names, not a scan."""
    starts, found = _mention_index(mentions).family(t.text, t.doc)
    for m in reversed(found[: bisect.bisect_left(starts, t.idx)]):
        if accept(m) and not in_any_span(excluded_spans, m.start_char):
            return m
    return None


_CHAIN_LINKS_MAX = 8


def resolve_in_chain(
    token: Token,
    word: str,
    after_char: int,
    before_char: int,
    candidates: Iterable[Mention],
    prefer: Callable[[Mention], bool],
    window: Callable[[Token], int],
    mentions: list[Mention],
    excluded_spans: Sequence,
    depth: int = _CHAIN_LINKS_MAX,
) -> Mention | None:
    """The antecedent of a pronoun (`token`) among `candidates` (admitted, nearest first):
    * a person named in the sentence just before the pronoun's, in whatever role, when that sentence's main clause
      has a thing for its subject (`_root_subject_is_thing`): "One dissenting view came from X. He said ...": X,
      not an older subject;
    * else the same pronoun as the subject of a clause nearer than the preferred candidate (the main subject of its
      sentence) passes on its own antecedent, resolved in its own `window` (up to `depth` links back): "X said ...
      He added ... He also said" is X however far the chain runs; a new person as a subject in between takes over;
    * else a family name as the main subject of a nearer sentence that the mentions missed ("Roos insisted ..."):
      the admitted candidate of that family name;
    * else the nearest preferred candidate, else the nearest."""
    doc = token.doc
    cands = list(candidates)
    best = next((m for m in cands if prefer(m)), cands[0] if cands else None)
    links = _chain_links(token, word, after_char, before_char, excluded_spans) if depth > 0 else []
    link = links[0] if links else None
    text = text_of(doc)  # spaCy rebuilds doc.text from its tokens on every access
    own = doc.char_span(before_char, before_char + 1, alignment_mode="expand") if before_char < len(text) else None
    own_sent = own[0].sent if own is not None and len(own) else token.sent  # the sentence the quote or pronoun opens
    if cands and best is not cands[0] and own_sent.start > 0:
        previous = doc[own_sent.start - 1].sent
        nearest = cands[0]
        if (
            previous.start_char <= nearest.start_char < previous.end_char
            and best.start_char < previous.start_char
            and _root_subject_is_thing(previous)
            and not any(_according_to_source(t) for t in previous)  # "According to X, the plan ...": X's words
            and (link is None or link.idx < previous.start_char)
        ):
            return nearest
    floor = max(best.start_char if best is not None else after_char, link.idx if link is not None else after_char)
    missed = (
        _missed_subject(
            token,
            floor,
            before_char,
            mentions,
            excluded_spans,
            cands,
            agreement_rules(word, token, mentions, pronoun_kinds(word), prefer)[1],
        )
        if word in _PRONOUN_GENDER
        else None
    )
    if missed is not None:
        return missed
    if link is not None and (
        best is None or link.idx > best.start_char or (token.sent != link.sent and _outranked_by_link(link, best))
    ):
        kinds, agrees, _ = agreement_rules(word, link, mentions, pronoun_kinds(word), prefer)
        lo = window(link)
        linked = _candidates(_mention_index(mentions), kinds, link.idx, lo, agrees, excluded_spans, doc)
        found = resolve_in_chain(link, word, lo, link.idx, linked, prefer, window, mentions, excluded_spans, depth - 1)
        if found is not None:
            return found
    return best


def _outranked_by_link(link: Token, best: Mention) -> bool:
    """The chain's pronoun opens the sentence that names the candidate after it, or is its main subject and the
    candidate the subject of a clause inside it ("He added a note of caution, should X return too soon"): the
    pronoun, not X, carries the chain on to a later sentence. (Within that sentence X stays the nearer
    antecedent: "He said Mr X was naive if he accepted the offer".)"""
    sent = link.sent
    if not (sent.start_char <= best.start_char < sent.end_char and link.idx < best.start_char):
        return False
    opens = all(t.is_punct or t.is_space for t in sent[: link.i - sent.start])
    return opens or (link.head.dep_ == "ROOT" and not is_main_subject_mention(link.doc, best))


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
    group = _unnamed_group_antecedent(token, mentions) if word in PRONOUNS_PLURAL else None
    own_subject = _clause_subject(token) if word in OBJECT_PRONOUNS else None
    own_phrases = _phrases_before_subject(token)

    def agrees(m: Mention) -> bool:
        if own_subject is not None and (head := mention_head(doc, m)) is not None and head in own_subject:
            return False  # "X filed a complaint against him": him is never X, the subject of its own clause
        if group is not None and m.start_char < group.idx:
            return False  # "the campaigners were so angered they ...": they are the campaigners, no one named before
        if gender is not None and index.gender(m, doc) not in (None, gender):
            return False
        if word in PRONOUNS_PERSON and _workplace(doc, m):
            return False  # "X, an economist at consultancy Ferris. She said": Ferris is where X works
        if gender is not None and _beside_pronoun(doc, m, gender):
            return False  # "He and the Archbishop spoke out. ... he criticised": the pronoun's chain, not its partner
        if own_phrases and any(lo <= m.start_char < hi for lo, hi in own_phrases):
            return False  # "In a statement to the ASX, it said": whom its own clause addresses is not "it"
        if word in ("it", "its") and m.type == "GPE" and _modifier(doc, m):
            return False  # "the UK pop charts ... It has called it": the place only qualifies the charts
        if reported is not None and reported[0] <= m.start_char < reported[1] and not _quote_between(doc, m, token):
            head = mention_head(doc, m)
            return head is None or not _in_reported(head, token)
        return True

    return kinds, agrees, (prefer if prefer is not None else (lambda m: is_subject_mention(doc, m)))


# pronouns that are objects only: a reflexive says its own subject, these never do
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _phrases_before_subject(token: Token) -> list[tuple[int, int]]:
    """Character ranges of whom the prepositional phrases that open the clause of a subject pronoun, or of the clauses
    that report it, address or meet (`_addressed`: "In a statement to the ASX, it said it had asked ...", "After talks
    with X, they agreed"): never the subject; not "according to" (a source)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    out = []
    verb = token.head
    while True:
        for p in verb.children:
            if p.dep_ == "prep" and p.i < token.i and p.lower_ != "according" and p.right_edge.i < token.i:
                out.extend(_addressed(p))
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return out
        verb = verb.head


def _addressed(phrase: Token) -> list[tuple[int, int]]:
    """Character ranges of whom an opening phrase addresses or meets: the objects of its "to", "with" and "from"
    ("In a letter to the Senate", "After talks with X"; not "Despite the ministry's pledges")."""
    return [
        (g.left_edge.idx, g.right_edge.idx + len(g.right_edge))
        for p in phrase.subtree
        if p.dep_ == "prep" and p.lower_ in ("to", "with", "from")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _clause_subject(token: Token) -> list[Token]:
    """The subject (with its conjuncts) of the clause an object pronoun is in ("filed a complaint against him":
    the filer), found through the noun and preposition phrases it sits in; [] when it is not an object."""
    if token.dep_ not in ("dobj", "pobj", "dative", "iobj"):
        return []
    t = token.head
    while t.pos_ != "VERB" and t.dep_ in ("prep", "pobj", "dobj", "attr") and t.head.i != t.i:
        t = t.head
    if t.pos_ != "VERB":
        return []
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return [subject, *subject.conjuncts] if subject is not None else []


def _workplace(doc: Doc, m: Mention) -> bool:
    """A name after "at" on a noun, alone or right after a bare common noun ("an economist at consultancy Ferris",
    "vice-president of research at analysts Gartner", "a director at Moore Keller"): the place a person works,
    never a person "he" or "she" refers to ("the man at the wheel, Jo Kerr" is a person: a comma and a determiner)."""
    head = mention_head(doc, m)
    if head is None:
        return False
    t = head
    if (
        t.dep_ in ("appos", "compound")
        and t.head.pos_ == "NOUN"
        and t.head.i < t.i
        and not any(c.dep_ in _DETERMINERS or c.is_punct for c in t.head.children)
        and not any(w.is_punct for w in doc[t.head.i : t.i])
    ):
        t = t.head
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "at" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def _beside_pronoun(doc: Doc, m: Mention, gender: str) -> bool:
    """The mention is coordinated with a pronoun of that gender ("He and the Archbishop of Canterbury", "Mr X and
    she"): another person than the one the pronoun, and the same pronoun after it, stands for."""
    head = mention_head(doc, m)
    if head is None:
        return False
    partners = list(head.conjuncts)
    return any(t.pos_ == "PRON" and _PRONOUN_GENDER.get(t.lower_) == gender for t in partners)


@functools.cache
def _group_nouns() -> frozenset[str]:
    """Nouns of people and of groups a plural pronoun may stand for (events_word_classes.tsv `agent_noun`,
    `state_noun`, `group_noun`)."""
    from pipeline.stages.lexicon import word_sets

    classes = word_sets("events_word_classes.tsv", group="class")
    return frozenset().union(*(classes.get(c, frozenset()) for c in ("agent_noun", "state_noun", "group_noun")))


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _unnamed_group_antecedent(token: Token, mentions: list[Mention]) -> Token | None:
    """For "they" / "them": the nearest plural noun of people or groups before the pronoun, with no name on it, that
    is an argument of a clause the pronoun's clause hangs from, or the noun that clause describes ("the campaigners
    were so angered they threatened ...", "wrote to all three parties urging them ...", "told the rebels they must
    leave"): the pronoun's likely antecedent, which names no actor, so no name before it is the antecedent. The
    subject of the pronoun's own verb is never the antecedent of its object ("Labour said voters would punish
    them": Labour). "Iraqi officials" is named: no such noun."""
    if token.lower_ not in ("they", "them"):
        return None
    best = None
    own = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.head)  # "turn against them": turn
    for clause in [token.head, *token.head.ancestors]:
        nouns = [clause] if clause.pos_ == "NOUN" else []
        for c in clause.children:
            if c.dep_ in _ARGUMENT_DEPS:
                nouns.append(c)
            elif c.dep_ == "prep":
                nouns += [g for g in c.children if g.dep_ == "pobj"]
        nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
        for n in nouns:
            if n.i >= token.i or (best is not None and n.i <= best.i):
                continue
            if clause.i == own.i and token.dep_ not in _SUBJECT_DEPS and n.dep_ in _SUBJECT_DEPS:
                continue  # binding: "voters would punish them", "voters turned against them" is not the voters
            if _unnamed_group(n, mentions):
                best = n
    return best


def _unnamed_group(n: Token, mentions: list[Mention]) -> bool:
    """A plural noun of people or groups that no name heads or qualifies ("campaigners", "all three parties"; not
    "Labour MPs", "Iraqi officials", "the Kurds")."""
    if n.tag_ not in ("NNS", "NNPS") or n.lemma_.lower() not in _group_nouns():
        return False
    return mention_for_token(n, mentions) is None and not any(
        c.dep_ in _NAMING_DEPS and mention_for_token(c, mentions) is not None for c in n.children
    )


def _modifier(doc: Doc, m: Mention) -> bool:
    """The mention's name modifies a noun after it ("the UK pop charts", "US officials"): a compound or an adjective
    in the parse, not a noun phrase of its own."""
    head = mention_head(doc, m)
    return head is not None and head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i


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
    return any(ch in _QUOTE_MARKS for ch in text_of(doc)[m.end_char : token.idx])


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
        subject = _subject_from(head)  # ... or the name beside the subject's phrase ("the head of X, Jo Roe, said")
        subject_of_outer = (subject is not None and subject.head.i == outer.i) or any(
            t.dep_ in _SUBJECT_DEPS and t.head.i == outer.i for t in [head, *head.ancestors][:3]
        )
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
    subject = subject_of(doc, m)
    verb = subject.head if subject is not None else None
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.dep_ == "ROOT"


def is_subject_mention(doc: Doc, m: Mention) -> bool:
    """The mention is the subject of its clause (itself, or through an apposition or a coordination: "the union's
    chairman, Kevin Moore, said"; "Smith and Jones said"; never as a modifier: "the Obama administration official
    said"; nor a name the parse set beside a thing inside the subject's phrase: "ITV's head of drama, Jo Roe, said"
    is Jo Roe's): the salient person a later "he" or "she" most likely refers to."""
    return subject_of(doc, m) is not None


def subject_of(doc: Doc, m: Mention) -> Token | None:
    """The subject token the mention is, or names (see is_subject_mention); None when it is no subject."""
    return _subject_from(mention_head(doc, m))


def _subject_from(tok: Token | None) -> Token | None:
    """The subject token a name's head is, or names through an apposition or a coordination; else None."""
    for _ in range(4):
        if tok is None:
            return None
        if tok.dep_ in _SUBJECT_DEPS:
            return tok
        if (
            tok.dep_ == "poss"
            and tok.ent_type_ in ("GPE", "ORG", "NORP")
            and tok.head.dep_ in _SUBJECT_DEPS
            and tok.head.lemma_.lower() in _organ_nouns()
        ):
            return tok.head  # "Egypt's foreign ministry accused X. It urged ...": the state its organ acts for
        if tok.dep_ == "appos" and (_of_thing_in_phrase(tok.head) or place_in_person_phrase(tok)):
            tok = tok.head.head.head  # "head [of drama], Jo Roe": the name is the head's
            continue
        if tok.dep_ not in _NAME_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


@functools.cache
def _organ_nouns() -> frozenset[str]:
    """Organs of a state (events_word_classes.tsv `state_noun`: "ministry", "army", "government"): the state or body
    whose organ is the subject acts through it."""
    from pipeline.stages.lexicon import word_sets

    return word_sets("events_word_classes.tsv", group="class").get("state_noun", frozenset())


def place_in_person_phrase(name: Token) -> bool:
    """A person's name the parse set in apposition to a place or a body named after a preposition on a noun for a
    person ("the BBC's correspondent in Lima, Rachel Stone, said"; "a spokesman at Acme, Jim Bell"): the name is
    the person the noun describes, never the place's. A country's name (lexicon) is a place however the
    named-entity pass typed it ("Norway's ambassador to Malawi, Ingrid Solberg": "Malawi" typed a person)."""
    from pipeline.stages.lexicon import country_of_name
    from pipeline.stages.quotes import is_person_noun

    place = name.head
    prep = place.head
    words = [c.text for c in place.children if c.dep_ == "compound" and c.i < place.i] + [place.text]
    return (
        name.ent_type_ == "PERSON"
        and place.dep_ == "pobj"
        and place.pos_ == "PROPN"
        and (place.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or country_of_name(" ".join(words)) is not None)
        and prep.dep_ == "prep"
        and prep.head.pos_ == "NOUN"
        and is_person_noun(prep.head.lemma_.lower())
    )


def _of_thing_in_phrase(noun: Token) -> bool:
    """The noun is the object of a preposition on another noun ("head of drama", "minister for trade") and names
    no person: a name in apposition to it describes the other noun."""
    from pipeline.stages.quotes import person_nouns  # the listed nouns for persons ("entertainment" is none)

    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.lemma_.lower() not in person_nouns()
        and not noun.tag_.endswith("S")
    )
