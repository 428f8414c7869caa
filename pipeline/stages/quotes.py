"""Direct quotations and their speakers.

Finding quotes: by their marks, paragraph by paragraph (pipeline.stages.quote_spans, `find_quote_spans`).

Finding speakers (`attribute`), in order:
0. a dash and a name right after the closing mark, on the same line (“…” ― Sonya Herrid): the
   byline form of vox pops, epigraphs and quote lists;
1. a reporting cue outside the quote in the sentence that holds the closing mark, else the
   one that holds the opening mark, else a preceding sentence ending in a colon: verbs of
   saying (said, told, added, wrote, asked ...), "X quoted Y as saying", "according to X", "X went on:",
   "the statement read" (the words: pipeline/data/quotes_word_classes.tsv); the speaker is the
   cue's subject (inherited through coordination: "X added ... and asked", also where the parse made the first
   verb a complement of a verb of saying with no subject: "He denied the charge, said the police had “…”"; a
   group of an organisation's members, "members of the X union", for
   that organisation; "one of the men" speaks as written, never "one"); a verb of saying inside the
   clause another cue reports is no cue ("She says it underscores that ...": "says"); a definite description
   as the subject is the person it describes again ("the 34-year-old", "the Ealing North MP": the person
   given that age, title or apposition, else the main subject of a recent sentence; a noun that shows a person
   before a name, a player's position or a gendered noun too: "the DJ", "the fly-half", "the widow"; a capitalised
   title before a name the mentions missed: "Bishop Ansel Brook ... The bishop told"); a sentence ending in a
   colon with no verb of saying introduces its person subject ("Mr X is confident though: “…”", also when the
   parse runs that clause and the quote into one sentence); a cue of a relative clause on a noun ("told a woman
   who suggested ... that “…”") comes after the sentence's other cues, and the sentence after a quote lends no cue
   of a clause on a noun ("X, who was compared to Y, ..."); a passive cue's speaker is its agent, never a name
   beside it; a cue with a named subject that ends in a colon before the quote speaks even inside the clause
   another cue reports ("the book claims that Mr X told Mr Y: “…”"); a participle cue with no subject of its
   own speaks for the subject of the verb it qualifies, a passive one included when that verb is the sentence's
   main verb ("After saying her knee was “…”, she was taken to hospital"); a definite singular demonym as the
   subject ("the 58-year-old Frenchman told") is the person described again, never the nation; an inverted cue
   the parse gave an object and no subject ('“…,” added a docker at Felixstowe') has that person for speaker; a
   name the parse swallowed into the phrase that opens the sentence, no comma before the cue ("In a speech in
   Leeds Mr Straw said of …"), is the cue's speaker, not the place or party named in the phrase or the object;
2. pronoun speakers (he, she, they, it) resolve with the shared resolver (pipeline.stages.coref): the
   subject of a recent sentence first, else the nearest mention of a fitting kind outside quotes, agreeing
   in gender where the document tells it (titles, given names, gendered nouns: coref_gender_words.tsv) and
   in number ("they" is never one person), never a name inside the clause the pronoun's verb reports; a
   pronoun follows its chain ("X said ... He added ... he said": X; quoted sentences do not count against
   the window) and a person named in the sentence just before, in a sentence about a thing ("One dissenting
   view came from X."), wins over an older subject; an unnamed described person ("a spokesman") or, for "it",
   document or institution ("the statement") as a later subject wins over the names before it, unless it
   describes a named person again ("the singer": the name; "the Cardinal": the person of that title; "The
   film's director is X": X; "the prime minister" after "He said ...": the person the pronoun is); a full name
   the mentions missed as the main subject of a sentence after the person found, agreeing in gender, wins over
   that older person ("In an essay, Jane Doe (missed) acknowledged ... “…,” she wrote"); a name set beside a place
   after a preposition in the subject's phrase is the subject ("The BBC's correspondent in Lima, Rachel Stone,
   told": coref), and a description set beside a name by a comma is that name ("Mirza, the first Indian woman
   to win a title, ... she said": Mirza, found by the mentions or not);
3. a quote with no cue continues the speaker of the quote just before it, or of a
   reported-speech verb in the sentence before ("Li said the US ... “In light of this ...”");
   one left open and still without a speaker takes that of the quote that continues it right
   away ('"First part. "Second part," X said': X for both); one that continues no one, right after a sentence
   with no words of its own quoted whose main subject is a named person, is that person's ("Sen. X pointed to
   ... “…”"); one that makes its own sentence takes the person or organisation the sentence right after it names
   ("“…” Those were the words of club owner Sam Tate", "That was the message from Acme Motors") or says was then
   speaking, talking or reacting ("“…” Alan Ross was speaking after his side lost"), asked before 3;
4. a quote set inside a clause with no verb of saying, as an argument of its verb ("X attacked “…”", "X thanked
   fans “…”"), is the clause subject's when that is a person; never a title, a linking verb ("X would be “…”": said
   of X) or a clause on a noun (asked before 3, for a quote that does not open its sentence).
A round-up's line with a label and no quotation marks ("Jane Doe: It is a dark day ..."), in a run of
two such lines or more, is a quote of its words, spoken by the label's person (`find_label_lines`).
Fragments (fewer than `quotes.min_words` words, 4 by default, or a quoted name) are kept and
marked `is_fragment`; they never carry a speaker on to the next quote. The distances and windows
of these rules are settings (pipeline.config.QuotesSettings).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages.coref import (
    _KIND_RANK,
    in_any_span,
    is_main_subject_mention,
    is_subject_mention,
    mention_for_token,
    mention_gender,
    mention_head,
    mentions_in,
    mentions_starting,
    noun_gender,
    pronoun_gender,
    resolve_pronoun,
    window_start,
)
from pipeline.stages.descriptions import holds_title, resolve_description
from pipeline.stages.lexicon import data_rows
from pipeline.stages.parse import text_of
from pipeline.stages.quote_spans import QuoteSpan, find_quote_spans
from pipeline.stages.quote_spans import paragraphs as _paragraphs
from pipeline.stages.records import Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@functools.cache
def _words(word_class: str) -> frozenset[str]:
    """The words of one class of quotes_word_classes.tsv."""
    return frozenset(r["word"] for r in data_rows("quotes_word_classes.tsv") if r["class"] == word_class)


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """Reporting verbs (pipeline/data/quotes_word_classes.tsv): verbs of saying, and verbs that characterise with
    someone's words ('X called the ruling "a huge win"')."""
    return _words("saying") | _words("characterising")


@functools.cache
def document_nouns() -> frozenset[str]:
    """Nouns that speak for an organisation: "the statement read", "an editorial in the Global Times"."""
    return _words("document")


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns that describe a person ("one trader", "a spokeswoman"): quotes_word_classes.tsv and the role words of
    actors_title_words.tsv."""
    from pipeline.stages.actors import role_words

    return _words("person") | {w.rstrip(".") for w in role_words()}


@functools.cache
def name_role_nouns() -> frozenset[str]:
    """The single words that show a person when they stand before a name ("DJ Tom Hayes", "fly-half Owen Price":
    actors_context_words.tsv), no institution or document among them."""
    from pipeline.stages.actors import context_words

    before = {w for (w, where), kind in context_words().items() if where == "before" and kind == "PERSON"}
    return frozenset(w for w in before if " " not in w) - institution_nouns() - document_nouns()


_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|ant|ent)$")
_POSITION_SUFFIX = re.compile(r"^[a-z]+-(?:back|half)$")  # a player's position: "centre-back", "fly-half"


def is_person_noun(lemma: str) -> bool:
    """A noun for a person: listed, else one of the agent endings ("wholesaler", "economist", "guardian",
    "resident") that is no institution or document."""
    return lemma in person_nouns() or (
        _PERSON_SUFFIX.search(lemma) is not None
        and lemma not in institution_nouns()
        and lemma not in document_nouns()
        and lemma not in generic_words()
    )


def is_speaker_noun(lemma: str) -> bool:
    """A noun for a person as a cue's subject ("the DJ says", "the centre-back said", "the widow told"): a noun
    for a person (`is_person_noun`), a word that shows a person before a name (`name_role_nouns`: "DJ",
    "fly-half"), a noun the gender list gives a gender ("widow", "daughter": coref.noun_gender) or a player's
    position ("centre-back", "scrum-half"). Only the quotes' descriptions read it: the resolver keeps
    `is_person_noun`."""
    return (
        is_person_noun(lemma)
        or lemma in name_role_nouns()
        or noun_gender(lemma) is not None
        or _POSITION_SUFFIX.match(lemma) is not None
    )


def noun_lemma(tok: Token) -> str:
    """The lower-case lemma of a noun, with the word a hyphen joins to it ("fly-half", "centre-back": the parse
    splits them into three tokens)."""
    doc = tok.doc
    i = tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


@functools.cache
def institution_nouns() -> frozenset[str]:
    """Nouns that name an organisation without naming it ("the ministry said")."""
    return _words("institution")


@functools.cache
def generic_words() -> frozenset[str]:
    """Words for nobody in particular ("someone tells me", "people say"): a speaker given no name."""
    return _words("generic")


@functools.cache
def _cue_forms() -> frozenset[str]:
    """Every lemma _is_cue can accept: a cheap first test for every token."""
    return cue_lemmas() | {"accord", "make", "put", "go", "come"} | _words("finding")  # every lemma _is_cue can accept


PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_ANY = {"they", "it", "we", "i"}
PRONOUNS_RESOLVED = {"he", "she", "him", "her", "they", "it"}  # "I" and "we" speak for themselves: never resolved
SPEAKER_TYPES = ("person", "organisation", "document", "unknown")


@dataclass
class _Attributed:
    """A quote while its document is read: the speaker's mention itself, not yet its offset."""

    span: QuoteSpan
    text: str
    sent_index: int
    speaker: str | None
    mention: Mention | None
    cue: str | None
    attribution: str
    is_fragment: bool
    speaker_type: str = "unknown"
    lead: int = 0  # spaces inside the opening mark, before the quote's first word
    trail: int = 0  # ... and inside the closing mark, after its last

    def record(self) -> Quote:
        """The quote's record: its span is its words, so that it slices the text to `text` exactly."""
        return Quote(
            self.span.start_char + self.lead,
            self.span.end_char - self.trail,
            self.text,
            self.sent_index,
            self.speaker,
            None if self.mention is None else self.mention.start_char,
            self.cue,
            self.attribution,
            self.is_fragment,
            self.span.closed,
            self.speaker_type,
        )


# ---------------------------------------------------------------------------
# Attribution


def _inside(spans: list[QuoteSpan], char: int) -> bool:
    """The character is inside one of the quotes (or on its marks); by bisection over the quotes' offsets."""
    return in_any_span(spans, char)


def mention_type(m: Mention) -> str:
    """A speaker's type from its mention: a person, else an organisation (companies, states, peoples)."""
    return "person" if m.type == "PERSON" else "organisation"


def _phrase_text(tok: Token, upto: int | None = None) -> str:
    """The words of a noun phrase up to its head (determiners, modifiers, numbers: "one Lagos trader"), or up to
    the character `upto` when given (a mention inside the phrase: "a statement from the foreign ministry")."""
    doc = tok.doc
    left = min(
        (t.i for t in tok.subtree if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod") or t is tok),
        default=tok.i,
    )
    if upto is not None:
        span = doc.char_span(doc[left].idx, upto, alignment_mode="expand")
        if span is not None and len(span) <= 12:
            return span.text
    return doc[left : tok.i + 1].text


def _path_deps(tok: Token, head: Token) -> list[str]:
    """The dependency labels from a token up to `head` (its ancestor), nearest first."""
    deps = []
    while tok.i != head.i and tok.head.i != tok.i:
        deps.append(tok.dep_)
        tok = tok.head
    return deps


_NAME_PART = frozenset({"compound", "flat", "appos", "nmod"})  # a name beside the head: "Mr X", "X, the chairman"
_OF_DOCUMENT = frozenset({"prep", "pobj", "agent", "acl", "compound", "nmod", "poss", "appos", "amod"})


def _names_head(deps: list[str]) -> bool:
    """A person reached by these dependencies (the person's own first) names the phrase's head: in apposition or
    compound ("His former partner at Lenox, Lawrence Cummings"), never the object of a preposition or a possessor
    ("the lawyer for Michael Stone", "Obama's former strategist")."""
    return bool(deps) and deps[0] in _NAME_PART and not {"poss", "relcl", "acl"} & set(deps)


def _sentence_start(doc: Doc, char: int) -> int:
    """The first character of the sentence holding the character."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.start_char if span is not None and len(span) else char


def _sentence_end(doc: Doc, char: int) -> int:
    """The character after the sentence holding the character."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.end_char if span is not None and len(span) else char


def _described_subject_after(tok: Token, lo: int, spans: list[QuoteSpan]) -> Token | None:
    """The last described person with no name that is the subject of a main clause between `lo` and the token ("A
    US Embassy spokesman said ... he added"): the pronoun's likelier antecedent than a name before it. For "it", a
    described document or institution instead ("The party's statement said: … It added: …")."""
    doc = tok.doc
    start = doc.char_span(lo, tok.idx, alignment_mode="expand") if lo < tok.idx else None
    if start is None:
        return None
    described = _described_thing if tok.lower_ == "it" else _described_subject
    return next((t for t in reversed(start) if described(t, spans) and not _plural(t)), None)


def _described_thing(tok: Token, spans: list[QuoteSpan]) -> bool:
    """The token is a document or an institution with no name of its own ("the statement", "the ministry") as the
    subject of a main clause, outside quotes."""
    lemma = tok.lemma_.lower()
    return (
        _main_subject(tok)
        and tok.pos_ == "NOUN"
        and not tok.ent_type_
        and (lemma in document_nouns() or lemma in institution_nouns())
        and not _inside(spans, tok.idx)
    )


def _plural(tok: Token) -> bool:
    """A plural noun ("analysts", "top executives"): never what "he" or "she" refers to."""
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")


def _described_subject(tok: Token, spans: list[QuoteSpan]) -> bool:
    """The token is an unnamed described person ("the minister", "a neighbour"; "the Cardinal", a title as a noun)
    as the subject of a main clause, outside quotes."""
    noun = tok.pos_ == "NOUN" and not tok.ent_type_
    title = tok.pos_ == "PROPN" and tok.ent_type_ in ("", "NORP", "ORG") and _definite(tok)
    return (
        (noun or title)
        and _main_subject(tok)
        and not any(c.dep_ == "appos" for c in tok.children)
        and not _named_beside_place(tok)  # "An analyst in Frankfurt, Eva Roth, said": named
        and tok.lemma_.lower() in person_nouns()  # listed only: "the weather" is no person
        and not _inside(spans, tok.idx)
    )


def _named_beside_place(tok: Token) -> bool:
    """A person's name the parse set in apposition to a place or a body after a preposition on the noun ("an
    analyst in Frankfurt, Eva Roth"): the noun is named (coref: the name is the noun's subject)."""
    from pipeline.stages.coref import place_in_person_phrase

    return any(
        t.dep_ == "appos" and t.head.head.head.i == tok.i and place_in_person_phrase(t)
        for t in tok.subtree
        if t.i > tok.i
    )


def resolve_speaker_pronoun(
    tok: Token, quote_start: int, mentions: list[Mention], spans: list[QuoteSpan]
) -> tuple[Mention | None, Token | None]:
    """(mention, described person) a pronoun speaker refers to: the shared resolver with salience and agreement
    (coref.resolve_pronoun with the pronoun's token). Candidates are named outside quotes in the last
    `quotes.pronoun_max_sentences` sentences, agree in gender where the document tells it (a title, a given name,
    another mention of the person) and in number ("they" is never one person), and are not named inside the clause
    the pronoun's own verb reports; the subject of a sentence wins over a nearer name in an object or prepositional
    position; a pronoun follows its chain (coref.resolve_in_chain: quoted sentences do not count against the
    window). An unnamed described person (singular) as the subject of a later sentence ("A spokesman said ... he
    added") wins over the names before it: the pronoun then refers to that description (no mention), unless the
    description refers back ("the singer": the named person; "the Cardinal": the person of that title)."""
    doc = tok.doc
    low = tok.lower_
    sentences = settings().quotes.pronoun_max_sentences
    lo = window_start(tok, sentences, spans)
    before = min(quote_start, tok.idx)
    m = resolve_pronoun(
        low,
        before,
        mentions,
        spans,
        after_char=lo,
        prefer=lambda x: is_main_subject_mention(doc, x),
        fallback=True,
        token=tok,
        chain=lambda link: window_start(link, sentences, spans),
    )
    if m is not None and low in PRONOUNS_PERSON:
        m = _relative_clause_antecedent(doc, m, low, mentions, spans) or m
    if low not in PRONOUNS_PERSON and low != "it":
        return m, None
    # a described subject in a later sentence than a named subject, or in the sentence of a name in another role
    since = (
        lo
        if m is None
        else (_sentence_end(doc, m.start_char) if is_subject_mention(doc, m) else _sentence_start(doc, m.start_char))
    )
    if m is not None and m.start_char < lo:
        return m, None  # found through its chain or a family name the mentions missed: no described subject between
    described = _described_subject_after(tok, since, spans)
    if described is None:
        return m, None
    apposed = _apposed_name(described, mentions, spans) if low != "it" else None
    if apposed is not None and _agrees(low, apposed):
        return apposed, None  # "Mirza, the first Indian woman to win a title, will face ... she said": Mirza
    if low != "it" and _definite(described):
        named = _titled_person(described, mentions, spans, low)
        if named is not None:
            return named, None  # "Cardinal Jan Roos ... the Cardinal will say": the person of that title
        if m is not None and m.type == "PERSON" and not _described_before(described, lo, spans, mentions):
            return m, None  # "Ann Vale ... The singer pulled out ... she said": the named person described again
    return None, described


def _according_source(
    tok: Token, m: Mention | None, described: Token | None, mentions: list[Mention], spans: list[QuoteSpan]
) -> Token | None:
    """The person a he or she continues when its sentence, or the one before, tells its facts 'according to' that
    person ("The church was built by Thomas Hale, according to the vicar. “…,” he said": the vicar, not Hale): the
    source of the account goes on speaking, unless the pronoun's person is named or described after it. A singular
    person, named or described, agreeing in gender; never words inside a quote."""
    sent = tok.sent
    lo = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    source = None
    for t in tok.doc[lo : tok.i]:
        if t.lemma_.lower() == "accord" and not _inside(spans, t.idx):
            for to in (c for c in t.children if c.lower_ == "to"):
                source = next((c for c in to.children if c.dep_ == "pobj"), source)
    if source is None or _inside(spans, source.idx) or _plural(source):
        return None
    if (m is not None and m.start_char > source.idx) or (described is not None and described.i > source.i):
        return None
    named = mention_for_token(source, mentions)
    want = pronoun_gender(tok.lower_)
    if named is not None:
        return source if named.type == "PERSON" and _agrees(tok.lower_, named) else None
    have = noun_gender(source.lemma_.lower())
    return source if is_person_noun(source.lemma_.lower()) and not (want and have and want != have) else None


def _agrees(pronoun: str, m: Mention) -> bool:
    """The person's own gender evidence (coref.mention_gender: a title, a given name) does not contradict the
    pronoun's."""
    want, have = pronoun_gender(pronoun), mention_gender(m)
    return not (want and have and want != have)


def _relative_clause_antecedent(
    doc: Doc, m: Mention, low: str, mentions: list[Mention], spans: list[QuoteSpan]
) -> Mention | None:
    """The person a relative clause holding the found name describes, when that person is the subject of a clause
    and agrees with the pronoun ("The injury means Garcia, who has been linked with a move for Paul Dunn, will be
    without a striker. “…,” he said": Garcia, not Paul Dunn); else None."""
    head = mention_head(doc, m)
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None) if head is not None else None
    if clause is None or clause.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    person = mention_for_token(clause.head, mentions)
    if person is None or person is m or person.type != "PERSON" or _inside(spans, person.start_char):
        return None
    return person if _agrees(low, person) else None


def _named_by_copula(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The person a description as the subject of "be" is named as ("The musical's director is Matthew Warchus"):
    the person mention that is the verb's complement, outside quotes; else None."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    for attr in (c for c in verb.children if c.dep_ == "attr" and not _inside(spans, c.idx)):
        m = mention_for_token(attr, mentions)
        if m is not None and m.type == "PERSON":
            return m
    return None


def _definite(tok: Token) -> bool:
    """A description that refers back ("the singer", "the veteran prosecutor", "the music director"): "the" and no
    possessor, name, prepositional phrase or relative clause to introduce someone new ("the company's spokesman",
    "the spokesman for X", "the Tom Ford designer"); a club, a party or a place in a compound on a noun for a
    person only qualifies the role of the person named before ("Tom Harlow scored twice ... the Wasps flanker said",
    "the England captain", "the Tory MP")."""
    person = is_speaker_noun(noun_lemma(tok))
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        (c.dep_ in ("poss", "prep", "relcl", "acl", "nmod", "appos") and not _title_complement(c))
        or (  # "the music director" still refers back
            c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_) and not (person and _role_qualifier(c))
        )
        for c in tok.children
    )


_ROLE_QUALIFIERS = frozenset({"", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _titled(tok: Token, m: Mention) -> bool:
    """The person bears the description's noun as a title or in an apposition ("Steve Pound, MP for Ealing North"),
    with the same office (`_same_office`)."""
    lemma = tok.lemma_.lower()
    return (holds_title(m, [lemma]) or _apposition_holds(tok.doc, m, lemma)) and _same_office(tok, m)


def _office_words(tok: Token) -> set[str]:
    """The words before a description's noun that make it another office than the bare title (word classes
    counterpart and past: "the shadow chancellor", "the deputy leader", "the former minister")."""
    return {
        c.lower_
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in (_words("counterpart") | _words("past"))
    }


def _same_office(tok: Token, m: Mention) -> bool:
    """The person holds the office the description names, not its counterpart: "the shadow chancellor" is never
    "Chancellor Gordon Brown" and "the leader" never "Deputy Leader Ann Roy"; the description's words of office
    (`_office_words`) are in the person's title or apposition, and the counterpart words of the title are in the
    description (a past office may go unsaid: "Former Governor X ... the governor said")."""
    words = _office_words(tok)
    held = set((m.title or "").lower().replace("-", " ").split())
    head = mention_head(tok.doc, m)
    if head is not None:
        for noun in [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else []):
            held |= {t.lower_ for t in noun.subtree}
    return words <= held and not ((held & _words("counterpart")) - words)


def _qualified_role(tok: Token) -> bool:
    """A noun for a person with a club, a party or a place in its compound (`_role_qualifier`)."""
    return is_speaker_noun(noun_lemma(tok)) and any(c.dep_ == "compound" and _role_qualifier(c) for c in tok.children)


def _role_qualifier(c: Token) -> bool:
    """A compound that names a club, a party or a place on a noun for a person ("the Wasps flanker", "the Leicester
    striker", "the England captain"): a name in one or more capitalised words, none of them typed a person ("the
    Trump adviser" is someone new, an adviser of Trump's)."""
    words = list(c.subtree)
    return all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.ent_type_ in _ROLE_QUALIFIERS for w in words)


def _title_complement(prep: Token) -> bool:
    """An "of" phrase that completes a title, a bare common noun with no name ("the secretary of state", "the
    chief of staff"): part of the description, not someone new it introduces ("the head of the agency")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and len(objects) == 1
        and objects[0].pos_ in ("NOUN", "PROPN")
        and objects[0].text.islower()  # "state" the tagger may take for a name, never "the State Department"
        and not any(c.dep_ in ("det", "poss", "prep", "compound", "amod") for c in objects[0].children)
    )


def _titled_person(tok: Token, mentions: list[Mention], spans: list[QuoteSpan], pronoun: str = "") -> Mention | None:
    """The nearest earlier person named with the description's noun as a title or part of one ("Cardinal Jan Roos",
    "Chief Constable Ed Marsh" for "the chief constable" or "the constable"), agreeing with the pronoun that
    refers to the description, if any ("Sam Cole has backed fellow coach Lisa Grant ... the coach said ... he
    said": not Lisa Grant)."""
    lemma = tok.lemma_.lower()  # titles read as the events' definite descriptions read them
    return resolve_pronoun(
        "he",
        tok.idx,
        mentions,
        spans,
        accept=lambda x: holds_title(x, [lemma]) and _same_office(tok, x) and _agrees(pronoun, x),
    )


def _described_before(tok: Token, lo: int, spans: list[QuoteSpan], mentions: list[Mention]) -> bool:
    """The same noun described an unnamed person as a subject earlier, from `lo` on ("A spokesman for X said ... The
    spokesman added"): the description refers back to that person, not to a name. An earlier definite description
    that itself finds its named person ("Tony Blair says ... The prime minister said ... the prime minister added")
    described nobody unnamed."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    span = doc.char_span(lo, tok.idx, alignment_mode="contract") if lo < tok.idx else None
    return span is not None and any(
        t.lemma_.lower() == lemma
        and _office_words(t) == _office_words(tok)  # "The chancellor hailed ..." is not "the shadow chancellor"
        and _described_subject(t, spans)
        and (not _definite(t) or _described_person(t, mentions, spans) is None)
        for t in span
    )


def _surname_mention(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The person a bare family name speaker refers to when the parse gave it no mention of its own ("Coach Dan
    Price ... Price said", "Xi Jinping ... Xi told"): the nearest earlier person mention whose name of several words
    ends or starts with it."""
    word = tok.text

    def named(m: Mention) -> bool:  # the family name last ("Dan Price") or first ("Xi Jinping")
        words = (m.name or "").split()
        return len(words) > 1 and word in (words[0], words[-1])

    return resolve_pronoun("he", tok.idx, mentions, spans, accept=named)


def _speaker_from_token(
    tok: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int
) -> tuple[str, Mention | None, str]:
    """(speaker text, mention, speaker type) for the token that heads a cue's subject: a named actor; a personal
    pronoun resolved; a document ("the statement", "emails released by X": the organisation it speaks for as its
    mention); a described person ("one Lagos trader", "a spokeswoman for X": no mention, never the place or company
    named beside them); an institution ("the ministry"); a generic speaker ("someone", "people": no name)."""
    low = tok.lower_
    lemma = tok.lemma_.lower()
    if low in PRONOUNS_RESOLVED:
        m, described = resolve_speaker_pronoun(tok, quote_start, mentions, spans)
        source = _according_source(tok, m, described, mentions, spans) if low in PRONOUNS_PERSON else None
        if source is not None:
            found = _speaker_from_token(source, mentions, spans, quote_start)
            if found[2] in ("person", "organisation"):  # "the Bishop", a person noun the tagger made a body
                return found  # "…, according to the vicar. “…,” he said": the vicar
        newer = _newer_missed_person(tok, m, spans, mentions) if m is not None else None
        if newer is not None:
            return newer, None, "person"  # "X said ... In an essay, Jane Doe (missed) acknowledged ... she wrote"
        if m is not None:
            return m.name, m, "person" if low in PRONOUNS_PERSON else mention_type(m)
        if described is not None and low == "it":
            return _speaker_from_token(described, mentions, spans, quote_start)  # a document or an institution
        if described is not None:
            # "The film's director is X ... he said"; "X insists ... The French star ... he told"
            named = _named_by_copula(described, mentions, spans) or _described_person(described, mentions, spans, low)
            if named is not None and _agrees(low, named):
                return named.text, named, "person"
        if low in PRONOUNS_PERSON and (described is None or _refers_back(described, spans, mentions)):
            missed = _missed_person(described or tok, spans, low, mentions)
            if missed is not None:
                return missed, None, "person"  # a name the mentions missed, as the subject of a recent sentence
        if described is not None:
            name = _apposed_missed_name(described, spans) if low in PRONOUNS_PERSON else None
            name = name or (_name_after_employer(described, spans) if low in PRONOUNS_PERSON else None)
            name = name or (_missed_titled_name(described, spans, mentions) if low in PRONOUNS_PERSON else None)
            return (name or _phrase_text(described)), None, "person"
        return tok.text, None, "person" if low in PRONOUNS_PERSON else "unknown"
    if tok.tag_ in ("WP", "WDT") or low in ("who", "which", "that"):
        # a relative pronoun: the noun its clause describes ("Jane Doe, who said ...")
        noun = tok.head.head if tok.head.dep_ in ("relcl", "acl") else None
        if noun is not None and noun.i != tok.i and noun.pos_ in ("NOUN", "PROPN"):
            return _speaker_from_token(noun, mentions, spans, quote_start)
        return tok.text, None, "unknown"
    if low in ("himself", "herself"):  # "Mr X - himself a former executive - said": the person it stresses
        named = _person_named_in(tok, mentions, spans)
        if named is not None:
            return named.text, named, "person"
    if tok.pos_ == "NOUN" and (missed := _name_after_employer(tok, spans)) is not None:
        return missed, None, "person"  # "a spokesman for DLF Builders, Dr Vancheshwar, told the BBC": the name
    partitive = _partitive_speaker(tok, mentions, spans)
    if partitive is not None:
        return partitive  # "one of the men said": one of them, never the bare "one"
    if tok.pos_ == "PRON" or low in generic_words() or lemma in generic_words():
        return _phrase_text(tok), None, "unknown"
    if _demonym_person(tok):
        # "the 55-year-old Frenchman told", "the Norwegian said": a person of that nation described again, never
        # the nation or an organisation the tagger made of the word
        named = _apposed_name(tok, mentions, spans) or _described_person(tok, mentions, spans)
        return (named.text, named, "person") if named is not None else (_phrase_text(tok), None, "person")
    titled = _titled_after_body(tok, mentions, spans)
    if titled is not None:
        return titled.text, titled, "person"  # "the X Union secretary-general Jane Doe told ...": Jane Doe
    m = mention_for_token(tok, mentions)
    if m is not None:
        return m.text, m, mention_type(m)
    inside = [(x, i) for x, i in mentions_in(tok, mentions) if not _inside(spans, x.start_char)]
    doc = tok.doc
    document = lemma in document_nouns() or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in document_nouns() for c in tok.children
    )
    if document:
        # the organisation (or person) a document speaks for: named in its phrase
        near = [(x, i) for x, i in inside if set(_path_deps(doc[i], tok)) <= _OF_DOCUMENT]
        if near:
            x = min(near, key=lambda xi: (_KIND_RANK.get(xi[0].type, 9), abs(xi[1] - tok.i)))[0]
            return _phrase_text(tok, max(x.end_char, tok.idx + len(tok))), x, "document"
        return _phrase_text(tok), _document_issuer(tok, mentions, spans), "document"
    # a name beside the head ("Chinese Ambassador to Kazakhstan Zhang Xiao", "Mr X, a former executive at Y"):
    # only a person, by apposition or compound; never one reached through a preposition or a possessive
    persons = [(x, i) for x, i in inside if x.type == "PERSON" and _names_head(_path_deps(doc[i], tok))]
    if persons:
        x = min(persons, key=lambda xi: abs(xi[1] - tok.i))[0]
        return x.text, x, "person"
    members = _members_spoken_for(tok, inside, mentions, spans)
    if members is not None:  # "Members of the Teachers' Union marched ..., demanding that it “…”": the union
        return _phrase_text(tok, max(members.end_char, tok.idx + len(tok))), members, "organisation"
    if tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        orgs = [x for x, i in inside if doc[i].dep_ in ("compound", "flat") or i == tok.i]
        return (orgs[0].text, orgs[0], "organisation") if orgs else (_phrase_text(tok), None, "organisation")
    described = _described_person(tok, mentions, spans)
    if described is not None and _qualified_role(tok) and not _titled(tok, described):
        # "X scored ... the Wasps flanker said": as written, of the person named before
        return _phrase_text(tok), described, "person"
    if described is not None:
        return described.text, described, "person"  # "the former minister said": the person described again
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start):
        # a name the mentions missed ("Mr Hollis", "... Price said"): the nearest earlier person of that surname,
        # else the name as written
        m = _surname_mention(tok, mentions, spans)
        if m is not None:
            return m.text, m, "person"
        return _phrase_text(tok), None, "person"
    named_org = _described_organisation(tok, mentions, spans)
    if named_org is not None:
        return named_org.text, named_org, "organisation"  # "the company added": the business named before
    if lemma in institution_nouns():
        # "the Kent council": the organisation is the institution, not the place named in its phrase
        orgs = [x for x, i in inside if x.type == "ORG" and doc[i].dep_ in ("compound", "flat")]
        return (orgs[0].text, orgs[0], "organisation") if orgs else (_phrase_text(tok), None, "organisation")
    if is_speaker_noun(noun_lemma(tok)):
        # a person named before the description in its phrase, however the parse attached the name ("Ms X -
        # herself a former banker - said"), never through a preposition or a possessive ("the lawyer for X")
        named = _person_named_in(tok, mentions, spans)
        if named is not None:
            return named.text, named, "person"
        body = _body_spoken_for(tok, inside, mentions, spans) if lemma in SPOKESPERSON_NOUNS else None
        if body is not None:
            return _phrase_text(tok), body, "person"  # "a Commission spokesman": he speaks for the Commission
        return (_missed_titled_name(tok, spans, mentions) or _phrase_text(tok)), None, "person"
    # another noun: an organisation named in its compound ("the Reuters tally"), else the description
    orgs = [x for x, i in inside if x.type == "ORG" and any(c.dep_ in ("compound", "flat") for c in tok.children)]
    if orgs:
        return orgs[0].text, orgs[0], "organisation"
    return _phrase_text(tok), None, "unknown"


# people who speak for the body they belong to (an analyst, a worker or a lawyer at a firm speaks for themselves)
SPOKESPERSON_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "official", "officials"}
    | {"representative", "representatives"}
)


def _body_spoken_for(
    tok: Token, inside: list[tuple[Mention, int]], mentions: list[Mention], spans: list[QuoteSpan]
) -> Mention | None:
    """The organisation or state an unnamed spokesperson or official speaks for: named beside the noun ("a European
    Commission spokesperson", "a Defence Ministry official"), in its "for", "of" or "at" phrase ("a spokesman for
    the Finance Ministry"), or its possessor ("Meridian's spokeswoman"; "its spokesman", "the ministry's
    spokesman": the organisation they refer back to in the `quotes.pronoun_max_sentences` sentences before), or
    the body a common noun beside them or in that phrase refers back to ("a ministry spokeswoman", "a spokesperson
    for the group"); never one named deeper ("a spokesman for the union's Oslo branch")."""
    doc = tok.doc
    if FORMER.search(doc[tok.left_edge.i : tok.i].text):
        return None  # "a former Kremlin spokesman", "the ex- spokesman" speak for no one but themselves
    for x, _ in sorted(inside, key=lambda xi: abs(xi[1] - tok.i)):
        head = mention_head(doc, x)
        if x.type not in ("ORG", "GPE") or head is None:
            continue
        # the name's head itself beside the noun, or the object of its own "for", "of" or "at": never a name
        # inside another word's phrase ("a US embassy spokesman", "a spokesman for the union's Oslo branch")
        beside = head.head.i == tok.i and head.dep_ in ("compound", "nmod", "amod", "flat", "poss")
        of = (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.lower_ in ("for", "of", "at")
            and head.head.head.i == tok.i
        )
        if of and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text != "(" for c in head.children
        ):
            return None  # "a spokeswoman for the X Union, Ilze Ozola, said": a person the text names, however tagged
            # (never the body's acronym in brackets: "the Uganda Wildlife Authority (UWA)")
        if beside or of:
            return x
    lo = window_start(tok, settings().quotes.pronoun_max_sentences, spans)
    # a body's common noun beside the noun or in its phrase: the body the text named before ("a ministry spokeswoman",
    # "a spokesperson for the group")
    # (never a noun with a name of its own: "a Labour party spokesman" is no latest party the text named)
    nouns = [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and not any(g.pos_ == "PROPN" or g.ent_type_ for g in c.children)
    ]
    nouns += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(d.lower_ == "the" for d in g.children)
    ]
    for noun in nouns:
        m = resolve_description(noun, mentions, lo, definite=True)
        if m is not None and m.type in ("ORG", "GPE"):
            return m
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or mention_for_token(owner, mentions) is not None:
        return None
    if owner.lower_ in ("its", "their"):
        m = resolve_pronoun("it", owner.idx, mentions, spans, after_char=lo, token=owner)
    elif owner.pos_ == "NOUN":
        m = resolve_description(owner, mentions, lo)
    else:
        return None
    return m if m is not None and m.type in ("ORG", "GPE") else None


# a group of an organisation's own members speaks for it ("members of the X union", "Greenpeace activists"); never its
# supporters or critics, nor one member alone
MEMBER_NOUNS = frozenset({"member", "representative", "delegate", "delegation", "activist"})
_GROUP_NOUNS = frozenset({"delegation"})  # a group in the singular
# bodies whose members speak for themselves, never for the body: chambers and councils ("Members of Parliament
# said", "two members of the Security Council"), and any body a qualified few of its members oppose
_CHAMBER_SECTORS = frozenset({"LEG"})
_CHAMBER_WORDS = frozenset({"parliament", "congress", "senate", "assembly", "council", "committee", "chamber", "house"})


def _members_spoken_for(
    tok: Token, inside: list[tuple[Mention, int]], mentions: list[Mention], spans: list[QuoteSpan]
) -> Mention | None:
    """The organisation a group of its members as a cue's subject speaks for ("Members of the Teachers' Union
    marched ..., demanding that it “…”", "representatives of the X association said", "Greenpeace activists
    said"): a plural noun of members (or a group noun: "the union's delegation") with no word that picks a few of
    them ("dissident members", "some members", "two members"), with the organisation named or referred back to as
    `_body_spoken_for` finds a spokesperson's; never a chamber or a council, whose members speak for themselves
    ("Members of Parliament said"); else None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in MEMBER_NOUNS or not (_plural(tok) or lemma in _GROUP_NOUNS):
        return None
    if any(c.dep_ in ("amod", "nummod", "quantmod") or c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
        return None  # "dissident members", "some members", "two members": a few, maybe against the body
    body = _body_spoken_for(tok, inside, mentions, spans)
    if body is None or body.type != "ORG" or body.sector in _CHAMBER_SECTORS:
        return None
    return None if set(body.name.lower().split()) & _CHAMBER_WORDS else body


_PARTITIVES = frozenset({"one", "another"})


def _partitive_speaker(
    tok: Token, mentions: list[Mention], spans: list[QuoteSpan]
) -> tuple[str, Mention | None, str] | None:
    """(speaker text, mention, type) for one out of a group ("one of the men said", "another of the protesters told
    AFP"): the name set beside it ("One of the protesters, Maria Gonzalez, told Reuters"), else the words up to the
    group's noun ("one of the men"), a person when the group is of persons; the group's organisation for its mention
    only when the group is a named organisation itself ("one of the Tiburones"): one member alone speaks for no
    body. None for any other word, or with no group named."""
    if tok.lower_ not in _PARTITIVES or tok.pos_ not in ("NUM", "PRON", "DET", "NOUN"):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ not in ("NOUN", "PROPN") or _inside(spans, group.idx):
        return None
    named = next((mention_for_token(c, mentions) for c in tok.children if c.dep_ == "appos"), None)
    if named is not None and named.type == "PERSON":
        return named.text, named, "person"  # "One of the protesters, Maria Gonzalez, told Reuters": the name
    text = tok.doc[tok.i : group.i + 1].text
    m = mention_for_token(group, mentions)
    m = m if m is not None and m.type == "ORG" else None  # one member alone speaks for no body
    person = m is not None or is_speaker_noun(noun_lemma(group))
    return text, m, "person" if person else "unknown"  # "one of the banks" is no person


FORMER = re.compile(r"\b(?:former|ex\b|ex-|retired|one-?time|onetime|previous|outgoing|erstwhile)", re.IGNORECASE)
ISSUING_VERBS = frozenset(
    {"issue", "release", "publish", "send", "post", "put", "circulate", "present", "file", "sign", "adopt", "pass"}
    | {"approve", "write", "submit", "deliver", "lodge"}
)
# parts of a document (document nouns): quoted as "the annex", they speak for whoever issued the latest document of
# any kind
DOCUMENT_PARTS = frozenset({"annex", "appendix"})


def _document_issuer(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """Who issued a document quoted with "the" and no name in its phrase ("the statement said"): the issuer of the
    latest document of its kind the text told in the `quotes.pronoun_max_sentences` sentences before, where the
    text says who ("X issued a statement", "a statement from X", "X's report", "a UN report", "in a statement, X
    said"); a part of a document ("the annex said") takes the latest document of any kind. None when that latest
    document's issuer goes unsaid, for "a separate statement" or "another report" (a new one), and where none is
    told."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    lo = window_start(tok, settings().quotes.pronoun_max_sentences, spans)
    part = tok.lemma_.lower() in DOCUMENT_PARTS
    docs = document_nouns()
    for t in reversed(tok.doc[: tok.sent.start]):
        if t.idx < lo:
            return None
        if t.pos_ != "NOUN" or _inside(spans, t.idx):
            continue
        if t.lemma_.lower() == tok.lemma_.lower() or part and t.lemma_.lower() in docs:
            return _issuer_of(t, mentions, spans)  # the latest of its kind decides, its issuer said or not
    return None


def _issuer_of(t: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The actor a document noun says issued it: a name beside it ("a UN report"), its possessor, its "from" or "by"
    phrase, the subject of the verb of issuing it is the object of (the agent of that verb's passive), or the subject
    of the reporting verb its "in" phrase belongs to ("In a statement, X said")."""

    def named(x: Token) -> Mention | None:
        m = mention_for_token(x, mentions)
        return m if m is not None and m.type in ("ORG", "PERSON", "GPE") and not _inside(spans, m.start_char) else None

    def object_named(prep: Token) -> Mention | None:
        return next((m for g in prep.children if g.dep_ == "pobj" and (m := named(g)) is not None), None)

    def agent_of(verb: Token) -> Mention | None:
        return next((m for a in verb.children if a.dep_ == "agent" and (m := object_named(a)) is not None), None)

    for c in t.children:
        m = named(c) if c.dep_ in ("compound", "poss") else None
        if m is not None and (c.dep_ == "poss" or m.type != "PERSON"):  # "Oxfam's report", "a UN report"
            return m
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and (m := object_named(c)) is not None:
            return m
        if c.dep_ == "acl" and c.tag_ == "VBN" and (m := agent_of(c)) is not None:  # "a statement released by X"
            return m
    verb = t.head
    if t.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return named(subject) if subject is not None else None
    if t.dep_ == "nsubjpass" and verb.lemma_.lower() in ISSUING_VERBS:
        return agent_of(verb)  # "the resolution was adopted by the Security Council"
    if t.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in cue_lemmas() | {"accuse", "warn"}:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return named(subject) if subject is not None else None
    return None


_PEOPLE_ENDINGS = ("ch", "sh", "ese", "ss", "s")  # "the French", "the British", "the Chinese", "the Swiss": a people


def _demonym_person(tok: Token) -> bool:
    """A definite singular noun for one person of a nation ("the Frenchman", "the 31-year-old Norwegian", "the
    Swede"): a listed demonym (lexicon_demonyms.tsv, actors_person_demonyms.tsv) written with a capital, never an
    adjectival people's name ("the French", "the Chinese") nor a plural, nor one with a possessor ("Norway's")."""
    from pipeline.stages import lexicon
    from pipeline.stages.actors import person_demonyms

    word = tok.text
    return (
        word[:1].isupper()
        and tok.tag_ in ("NN", "NNP")
        and not word.lower().endswith(_PEOPLE_ENDINGS)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ == "poss" for c in tok.children)
        and (lexicon.country_of_demonym(word) is not None or word.casefold() in person_demonyms())
    )


# words that join two sides or lead a phrase of its own: a body and a person with one between them are two
# ("the union and its leader X", "the union, X", "officials of the union with X")
_JOINING_WORDS = frozenset(
    {"and", "or", "&", ",", "of", "for", "at", "with", "by", "from", "to", "in", "on", "'s", "alongside", "besides"}
    | {"including", "plus", "together", "like", "than", "as", "without", "against", "behind", "under"}
)


def _titled_after_body(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The person a body's name and a title lead up to, at the end of the subject's phrase ("Kenya Union of Doctors
    (KUDD) secretary-general Dr Jane Doe told ...", "Zambia Congress of Trade Unions (ZCTU) president John Doe said":
    the parse makes the person the body's conjunct or the object of its "of"): the person's mention, when only a
    title, an acronym or brackets stand between the two; never two sides ("the union and its leader Jane Doe",
    "the union, Jane Doe ...", "alongside X": `_JOINING_WORDS`) nor a person a clause names (`_clause_word`)."""
    body = mention_for_token(tok, mentions)
    if body is None or body.type == "PERSON":
        return None
    doc = tok.doc
    end = tok.right_edge.idx + len(tok.right_edge)
    person = next(
        (m for m in mentions if m.type == "PERSON" and m.end_char == end and m.start_char >= body.end_char), None
    )
    if person is None or _inside(spans, person.start_char):
        return None
    between = [t for t in doc[tok.i : tok.right_edge.i + 1] if body.end_char <= t.idx < person.start_char]
    if not between or any(t.lower_ in _JOINING_WORDS or _clause_word(t) for t in between):
        return None  # never a person a relative clause of the body names ("the union that elected X", "which
        # sacked president Y"): only a title, an acronym or brackets
    return person


def _clause_word(t: Token) -> bool:
    """A verb, an auxiliary or a relative word: a clause of its own between a body and a name (never a participle
    in a title: "acting president", "newly elected secretary-general")."""
    if t.tag_ in ("WDT", "WP", "WP$") or t.lower_ in ("that", "who", "which"):
        return True
    return t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod", "npadvmod")


def _apposed_name(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The person named right before a description, set off by a comma ("Mirza, the first Indian woman to win a
    title, will face ..."; "Pelletier, the Frenchman, said"): a name the parse attached beside the description (an
    apposition either way, or a loose modifier of the same verb) rather than as the subject it is."""
    doc = tok.doc
    left = tok.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return None
    name = doc[left - 2]
    m = mention_for_token(name, mentions)
    if m is None or m.type != "PERSON" or _inside(spans, m.start_char):
        return None
    head = mention_head(doc, m)
    if head is None:
        return None
    beside = (
        (tok.dep_ == "appos" and tok.head.i == head.i)
        or (head.dep_ == "appos" and head.head.i == tok.i)
        or (head.dep_ in ("npadvmod", "nmod", "dep") and head.head.i == tok.head.i)
    )
    return m if beside else None


def _apposed_missed_name(tok: Token, spans: list[QuoteSpan]) -> str | None:
    """The name a described person is in apposition to, as the subject, when the mentions missed it ("Okafor, the
    youngest player in the squad, will start ..."): the name as written; else None."""
    head = tok.head
    if tok.dep_ != "appos" or head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass") or head.i > tok.i:
        return None
    words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i] + [head]
    if _inside(spans, words[0].idx) or not all(w.text[:1].isupper() for w in words):
        return None
    return tok.doc[words[0].i : head.i + 1].text


def _name_after_employer(tok: Token, spans: list[QuoteSpan]) -> str | None:
    """The person's name set in apposition after the body a described speaker works for ("a spokesman for DLF
    Builders, Dr Vancheshwar, told ...": the parse hangs the name on the body), when the mentions missed it and an
    honorific or a given name shows a person: the name as written; else None."""
    from pipeline.stages.actors import faker_given_names, honorific

    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            for name in (c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > body.i):
                words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name]
                if name.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or _inside(spans, words[0].idx):
                    continue
                if honorific(words[0]) or words[0].lower_ in faker_given_names():
                    return tok.doc[words[0].i : name.i + 1].text
    return None


def _missed_titled_name(tok: Token, spans: list[QuoteSpan], mentions: list[Mention]) -> str | None:
    """The name the mentions missed that bears a definite description's noun as its title earlier in the text,
    outside quotes ("…, Cardinal Cormac Murphy-O'Connor has said. … The cardinal used a Christmas message …": the
    cardinal is Cormac Murphy-O'Connor; "Bishop Ansel Brook", typed an organisation): the title capitalised, then
    two capitalised names or more, none a person's mention (the resolver weighed those); the nearest; else None."""
    if not _definite(tok):
        return None
    doc = tok.doc
    lemma = tok.lemma_.lower()
    for t in reversed(doc[: tok.i]):
        if t.lower_ != lemma or not t.text[:1].isupper() or t.i + 2 >= tok.i or _inside(spans, t.idx):
            continue
        words = []
        for w in doc[t.i + 1 : tok.i]:
            joined = w.text == "-" and not w.whitespace_ and not doc[w.i - 1].whitespace_  # "Murphy-O'Connor"
            if not joined and (w.pos_ != "PROPN" or not w.text[:1].isupper()):
                break
            words.append(w)
        while words and words[-1].text == "-":
            words.pop()
        if len([w for w in words if w.text != "-"]) < 2 or any(_person_mention(w, mentions) for w in words):
            continue
        return doc[words[0].i : words[-1].i + 1].text
    return None


def _described_organisation(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The organisation a definite description as a cue's subject stands for ("EMI said ... the company added",
    "the party said"), read as the events read descriptions (pipeline.stages.descriptions: the one fitting
    organisation named within `quotes.pronoun_max_sentences` sentences, else the nearest that is its sentence's
    subject); None for a person's office or when nothing fits."""
    m = resolve_description(tok, mentions, window_start(tok, settings().quotes.pronoun_max_sentences, spans))
    return m if m is not None and m.type in ("ORG", "GPE", "NORP") else None


_AGE = re.compile(r"[,(]\s*(?:aged\s+)?(\d{1,3})\s*[,)]")


def _age_of(tok: Token) -> str | None:
    """The age a description gives ("the 34-year-old": "34"), else None."""
    if tok.lower_ != "old":
        return None
    found = re.match(r"(\d{1,3})-year", tok.doc[tok.left_edge.i : tok.i + 1].text.split()[-1] if tok.i else "")
    return found.group(1) if found else None


def _described_person(
    tok: Token, mentions: list[Mention], spans: list[QuoteSpan], pronoun: str | None = None
) -> Mention | None:
    """The person a definite description as a cue's subject refers to ("the 34-year-old", "the Ealing North MP",
    "the former minister"): the nearest earlier person given that age ("Maria Olsen, 34,") or a title or an
    apposition that holds the description's noun ("Labour's Steve Pound, MP for Ealing North"); else, for a
    description that introduces nobody (`_definite`: no possessor, name, prepositional phrase or relative clause)
    and was not said of an unnamed person before, the person who is the main subject of a recent sentence (within
    `quotes.pronoun_max_sentences`; for an age no one was given too, never a person given another age), else
    the person "he" or "she" as the main subject of the sentence before refers to (`_chain_person`). None for an
    indefinite description ("a minister"), a plural, or a noun for no person: a place or a body inside the
    description is never the speaker."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _plural(tok):
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "the company's spokesman": someone new
    doc = tok.doc
    age = _age_of(tok)
    lemma = tok.lemma_.lower()
    if age is None and not is_speaker_noun(noun_lemma(tok)) and not _demonym_person(tok):
        return None
    if age is not None:

        def fits(m: Mention) -> bool:
            found = _AGE.match(text_of(doc), m.end_char, m.end_char + 12)
            return found is not None and found.group(1) == age

    else:

        def fits(m: Mention) -> bool:
            return (
                (holds_title(m, [lemma]) or _apposition_holds(doc, m, lemma))
                and _same_office(tok, m)
                and (pronoun is None or _agrees(pronoun, m))  # the pronoun that refers to the description
            )

    named = resolve_pronoun("he", tok.idx, mentions, spans, accept=fits)
    if named is not None or not _definite(tok):
        return named
    lo = window_start(tok, settings().quotes.pronoun_max_sentences, spans)
    if age is None and _described_before(tok, lo, spans, mentions):
        return None  # "A spokesman for X said ... The spokesman added": the unnamed person again

    def ageless(m: Mention) -> bool:  # an age no one was given: never a person given another age ("Ana Diaz, 24,")
        return age is None or _AGE.match(text_of(doc), m.end_char, m.end_char + 12) is None

    found = resolve_pronoun(
        "he",
        tok.idx,
        mentions,
        spans,
        after_char=lo,
        accept=ageless,
        prefer=lambda x: is_main_subject_mention(doc, x),
        fallback=False,
    )
    found = found if found is not None else _chain_person(tok, mentions, spans)
    if found is not None and _other_side_between(tok, found, mentions):
        return None  # "Harlow scored for Wasps ... the Leicester coach said": someone of the other side
    return found


def _other_side_between(tok: Token, found: Mention, mentions: list[Mention]) -> bool:
    """The description has a club, a party or a place in its compound (`_role_qualifier`) and another one is named
    between the person found and the description: the description may be of someone on that other side."""
    qualifiers = {w.text for c in tok.children if c.dep_ == "compound" and _role_qualifier(c) for w in c.subtree}
    if not qualifiers:
        return False
    head = mention_head(tok.doc, found)
    owners = [c for c in head.children if c.dep_ == "poss"] if head is not None else []  # "Labour's Anne Rix"
    if any(c.pos_ == "PROPN" and c.text not in qualifiers for c in owners):
        return True
    return any(
        m.type in ("ORG", "GPE", "NORP") and not set(m.text.split()) & qualifiers
        for m in mentions_starting(mentions, found.end_char, tok.idx)
    )


def _chain_person(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The person a "he" or "she" as the main subject of the sentence just before the token's (outside quotes)
    refers to ("Mr X also spoke of ... He said ... Later the prime minister said": X): a description that refers
    back to the person the narrative is about. Only the sentence just before: an older pronoun may be anyone."""
    doc = tok.doc
    lo = window_start(tok, 1, spans)
    span = doc.char_span(lo, tok.idx, alignment_mode="contract") if lo < tok.idx else None
    link = next(
        (
            t
            for t in reversed(span or [])
            if t.lower_ in PRONOUNS_PERSON and _main_subject(t) and not _inside(spans, t.idx)
        ),
        None,
    )
    if link is None:
        return None
    m, _ = resolve_speaker_pronoun(link, link.idx, mentions, spans)
    return m if m is not None and m.type == "PERSON" else None


_MISSED_ENT_TYPES = frozenset({"", "PERSON", "PRODUCT", "WORK_OF_ART"})


def _refers_back(described: Token, spans: list[QuoteSpan], mentions: list[Mention]) -> bool:
    """A definite description that was not said of an unnamed person before ("the French star", not "the spokesman"
    after "a spokesman said")."""
    lo = window_start(described, settings().quotes.pronoun_max_sentences, spans)
    return _definite(described) and not _described_before(described, lo, spans, mentions)


def _missed_person(
    tok: Token,
    spans: list[QuoteSpan],
    pronoun: str | None = None,
    mentions: list[Mention] | None = None,
    after: int = 0,
) -> str | None:
    """A person's name of two words or more that the mentions missed ("Marcel Desailly insists ...", a name the
    named-entity pass typed a product, or typed otherwise with a listed given name: "Nicola Sturgeon" as an ORG; never
    a person mention, which the resolver weighed already) as the main subject of a sentence before the token's, within
    `quotes.pronoun_max_sentences` sentences, the nearest first; agreeing in gender with the personal `pronoun`
    where a listed given name tells it; from `after` on, when given. Asked when the resolver found no person among
    the mentions, and after the sentence of the person it found (`_newer_missed_person`)."""
    from pipeline.stages.coref import given_name_gender, pronoun_gender

    doc = tok.doc
    lo = max(window_start(tok, settings().quotes.pronoun_max_sentences, spans), after)
    gender = pronoun_gender(pronoun or "")
    span = doc.char_span(lo, tok.sent.start_char, alignment_mode="contract") if lo < tok.sent.start_char else None
    for t in reversed(span or []):
        if not (t.pos_ == "PROPN" and _main_subject(t)):
            continue
        words = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i] + [t]
        if t.ent_type_ not in _MISSED_ENT_TYPES and given_name_gender(words[0].text) is None:
            continue  # typed otherwise, a person only by a listed given name ("Nicola Sturgeon" typed ORG)
        if len(words) < 2 or _inside(spans, t.idx) or not all(w.text[:1].isupper() for w in words):
            continue
        if mentions is not None and any(_person_mention(w, mentions) for w in words):
            continue  # a person the mentions hold: the resolver weighed it already (a "she" never takes "Lord X")
        given = given_name_gender(words[0].text)
        if gender is not None and given not in (None, gender):
            continue
        return doc[words[0].i : t.i + 1].text
    return None


def _newer_missed_person(tok: Token, m: Mention, spans: list[QuoteSpan], mentions: list[Mention]) -> str | None:
    """A person's name the mentions missed (`_missed_person`: a full name as the main subject, agreeing in gender)
    in a sentence after that of the person `m` the resolver found for the personal pronoun `tok`, and before the
    pronoun's own sentence: the nearer main subject outranks the older one ("Ann Vale said ... In an essay, Jane
    Doe acknowledged the problem. 'It is real,' she wrote": Jane Doe). Not when the resolver followed a chain of
    pronouns to `m` from before the window, nor when the same pronoun is the subject of a clause after the name
    (that pronoun's chain decides)."""
    low = tok.lower_
    if low not in PRONOUNS_PERSON or m.type != "PERSON":
        return None
    doc = tok.doc
    lo = window_start(tok, settings().quotes.pronoun_max_sentences, spans)
    after = _sentence_end(doc, m.start_char)
    if m.start_char < lo or after >= tok.sent.start_char:
        return None
    name = _missed_person(tok, spans, low, mentions, after=after)
    if name is None or name.split()[-1] == (m.name or m.text).split()[-1]:
        return None  # the found person again ("Dominic Grieve ... Mr Grieve said"): keep the mention
    at = text_of(doc).rfind(name, after, tok.sent.start_char)
    words = doc.char_span(at, at + len(name), alignment_mode="contract") if at >= 0 else None
    between = doc.char_span(at, tok.idx, alignment_mode="contract") if at >= 0 else None
    if words is None or between is None or not _bare_name(words, mentions):
        return None
    if any(t.lower_ == low and t.dep_ in ("nsubj", "nsubjpass") for t in between):
        return None
    return name


def _bare_name(words: Span, mentions: list[Mention]) -> bool:
    """The words are a name of their own: no determiner ("The Planning Minister", "the Scottish Executive"), no
    listed title or noun for a person ("Minister", "Mr": `person_nouns`) and none in a mention of any kind (the
    resolver weighed it)."""
    head = words[-1]
    return (
        not any(c.dep_ == "det" for c in head.children)
        and not any(w.lower_.rstrip(".") in person_nouns() for w in words)
        and all(mention_for_token(w, mentions) is None for w in words)
    )


def _person_mention(tok: Token, mentions: list[Mention]) -> bool:
    """The token is part of a mention typed PERSON."""
    m = mention_for_token(tok, mentions)
    return m is not None and m.type == "PERSON"


def _apposition_holds(doc: Doc, m: Mention, lemma: str) -> bool:
    """A noun in apposition to the person's name holds the word ("Steve Pound, MP for Ealing North")."""
    from pipeline.stages.coref import mention_head

    head = mention_head(doc, m)
    if head is None:
        return False
    nouns = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(lemma in {t.lemma_.lower() for t in noun.subtree} for noun in nouns)


_NOT_OF_PHRASE = frozenset({"prep", "pobj", "poss", "relcl", "acl", "agent"})


def _person_named_in(tok: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """A person named by a proper noun before a described person's head, in its own phrase: the person's mention,
    else the earlier person of that family name (_surname_mention)."""
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        if t.pos_ != "PROPN" or _inside(spans, t.idx) or _NOT_OF_PHRASE & set(_path_deps(t, tok)):
            continue
        m = mention_for_token(t, mentions)
        if m is None:
            m = _surname_mention(t, mentions, spans)
        if m is not None and m.type == "PERSON":
            return m
    return None


_Found = tuple  # (speaker text, mention or None, cue text or None, speaker type)


def _according_to(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """'according to X' -> X."""
    for to in cue.children:
        for pobj in to.children:
            if pobj.dep_ == "pobj":
                text, m, kind = _speaker_from_token(pobj, mentions, spans, quote_start)
                return text, m, "according to", kind
    return None


def _quoted_as_saying(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """'Xinhua quoted Xi as saying' -> Xi; 'X was quoted as saying' -> X."""
    for child in cue.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            text, m, kind = _speaker_from_token(child, mentions, spans, quote_start)
            return text, m, "quoted ... as saying", kind
    return None


def _quoting_verb(cue: Token) -> Token | None:
    """The verb "quote" a participle cue completes through "as" ("quoted Mr Hale as saying: “…”", "quoted the
    actress as saying she was “…”"), whose object is the speaker, not its subject (the outlet); else None."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.lemma_.lower() == "quote" else None


def _subject_speaker(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """The cue's subject, inherited through coordination and clause heads ("X added that ... and asked"; the first
    of coordinated verbs the parse made a complement before the cue: `_first_conjunct`): the first that is a
    person or an organisation (or a personal pronoun), else the first found."""
    first = None
    head = cue
    controlled = False  # the cue is a participle or an adverbial clause of `head`: its subject is head's subject
    joined = False  # the parse's complement before the cue taken for the first of coordinated verbs, once
    for _ in range(settings().quotes.subject_max_steps):
        # never a word of the quote, which the parser may take for a (second) subject ('"My reaction ...," X said');
        # a passive subject only for a participle's governing verb as the sentence's main verb ("After saying ...,
        # she was taken to hospital"), never the cue's own ("she was told": the hearer) nor that of a clause inside
        # the sentence ("X rejected the claim that Y had been sidelined, saying ...": the parse's attachment)
        deps = ("nsubj", "nsubjpass") if controlled and head.dep_ == "ROOT" else ("nsubj",)
        subjects = [c for c in head.children if c.dep_ in deps and not _inside(spans, c.idx)]
        # a parse that gives the cue two subjects ("The goalkeeper | Tom Ashdown said"): the named one first
        subj = min(subjects, key=lambda c: mention_for_token(c, mentions) is None, default=None)
        if subj is not None:
            text, m, kind = _speaker_from_token(subj, mentions, spans, quote_start)
            if kind != "unknown" and (m is None or m.type in ("PERSON", "ORG") or kind == "document"):
                return text, m, cue.text, kind
            first = first or (text, m, cue.text, kind)
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            head, controlled = head.head.head, True  # "he appeared ... for saying that", "despite admitting that"
            continue
        conjunct = _first_conjunct(head, spans, quote_start) if not subjects and not joined else None
        if conjunct is not None:
            head, joined = conjunct, True  # "He denied the charge, said the police had “…”": the subject of "denied"
            continue
        shown = _shown_speaker(head, mentions, spans) if first is None else None
        if shown is not None:
            return shown.text, shown, cue.text, "person"  # "the film showed X, talking about Y, telling the meeting"
        if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj":
            head = head.head.head  # "X backed the proposals saying ...": the participle parsed onto the object
            continue
        if head.dep_ not in ("conj", "ccomp", "xcomp", "advcl") or head.head.i == head.i:
            break
        controlled = head.dep_ == "advcl" and head.tag_ == "VBG"
        head = head.head
    return first


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _first_conjunct(verb: Token, spans: list[QuoteSpan], quote_start: int) -> Token | None:
    """The first of coordinated verbs that the parse hung before a verb of saying with no subject as its complement
    ("He denied the charge, said the police had “…” and left": "denied" a complement of "said"; "The minister
    thanked the donors, told reporters that …"): the verb's own complement, which holds the quote, comes after it,
    so the clause before, ending in a comma (and an adverb: ", then said") right before the verb, is no words it
    reports but a verb coordinated with it, whose subject is the speaker. Only a clause with a subject of its own,
    outside quotes; else None."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if after is None or not after.left_edge.idx <= quote_start < after.right_edge.idx + len(after.right_edge):
        return None
    doc = verb.doc
    for before in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        between = doc[before.right_edge.i + 1 : verb.i]
        if (
            not _inside(spans, before.left_edge.idx)
            and not _inside(spans, before.right_edge.idx)
            and len(between)
            and between[0].text == ","
            and all(t.pos_ == "ADV" for t in between[1:])
            and any(c.dep_ in ("nsubj", "nsubjpass") and not _inside(spans, c.idx) for c in before.children)
        ):
            return before
    return None


def _name_run_into_object(
    cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int
) -> _Found | None:
    """A coordinated cue with no subject of its own, right after "and" (or "but") and a name that the parse joined
    to the noun before it ("The 24-year-old has been recovering at home in Porto and Duarte said: …": Duarte, not
    the 24-year-old; "The bill cleared the Lords but Ann Rees told MPs"): that name, a person or an organisation,
    is the cue's subject; adverbs between the name and the cue are passed over ("and Duarte later said")."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    doc = cue.doc
    i = cue.i - 1
    while i > 0 and doc[i].pos_ == "ADV" and doc[i].head.i == cue.i:
        i -= 1
    name = doc[i]
    if i <= 0 or name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.i >= name.i or _inside(spans, name.idx):
        return None
    before = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if before is None or before.dep_ != "cc" or before.lower_ not in ("and", "but"):
        return None
    text, m, kind = _speaker_from_token(name, mentions, spans, quote_start)
    if kind not in ("person", "organisation") or m is None and not _name_like(text):
        return None
    return text, m, cue.text, kind


def _name_ending_opener(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """A cue right after a name that the parse swallowed into the phrase opening the sentence, no comma between
    ("In a speech in Leeds Mr Straw said of the Labour leader: …": Mr Straw, not 'Labour' nor 'Leeds Mr Straw';
    "After the match at Anfield Kerr said": Kerr, not 'the match'): the cue has no subject outside that phrase,
    and the name is where the run of capitalised words before the cue starts with an honorific ("Mr", "Dr"),
    else its words the name-finder typed a person after words it did not, else its last word when a person named
    before bears it as a family name."""
    from pipeline.stages.actors import honorific

    doc = cue.doc
    sent = cue.sent
    opener = doc[sent.start]
    if not (opener.pos_ in ("ADP", "SCONJ") or opener.tag_ == "VBG") or _inside(spans, cue.idx):
        return None
    i = cue.i - 1
    while i > sent.start and doc[i].pos_ == "ADV" and doc[i].head.i == cue.i:
        i -= 1
    end = i
    while i > sent.start and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i -= 1
    run = doc[i + 1 : end + 1]
    if len(run) < 2 or doc[end].dep_ in ("nsubj", "nsubjpass") or _inside(spans, run[0].idx):
        return None
    if any(t.is_punct for t in doc[sent.start : run.start]):
        return None  # "In Leeds, Mr Straw said": the parse has the subject
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > end for c in cue.children):
        return None
    titled = [t.i for t in run[:-1] if honorific(t)]
    if titled:
        start = titled[-1]
    elif run[-1].ent_type_ == "PERSON" and run[0].ent_type_ != "PERSON":
        start = next(t.i for t in reversed(run) if t.ent_type_ != "PERSON") + 1
    else:
        m = _surname_mention(run[-1], mentions, spans)
        if m is None or m.start_char >= sent.start_char:
            return None
        return run[-1].text, m, cue.text, "person"
    name = doc[start : end + 1]
    m = next((x for x in mentions if x.type == "PERSON" and name.start_char <= x.start_char < name.end_char), None)
    m = m or _surname_mention(run[-1], mentions, spans)
    return name.text, m, cue.text, "person"


def _shown_speaker(head: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> Mention | None:
    """The person a verb of showing or hearing has for its object when the cue is a participle on that verb ("the
    documentary showed X telling the meeting", "a tape caught X saying"), or for its subject in the passive ("X was
    heard saying", "X was recorded telling"): that person speaks, not the verb's subject (pipeline/data/
    quotes_word_classes.tsv, class showing)."""
    if head.tag_ != "VBG" or head.dep_ not in ("advcl", "acl", "xcomp", "ccomp"):
        return None
    verb = head.head
    while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.i != verb.i:
        verb = verb.head  # "showed X, apparently talking about Y, telling ..."
    if verb.dep_ == "dobj":
        verb = verb.head  # the participle parsed onto the object itself
    if verb.lemma_.lower() not in _words("showing"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and head.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # the passive: "X was heard saying", "X was recorded telling": its subject is the one heard
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    shown = mention_for_token(obj, mentions) if obj is not None else None
    return shown if shown is not None and shown.type == "PERSON" and not _inside(spans, shown.start_char) else None


def _name_near_cue(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """For a parse that missed the subject: a name just after the cue ('..." said Professor Mark Katz, ...',
    inverted order) or just before it ('"...," Rep. Elijah E. Cummings (D-Md.) said'); a person first, either side,
    then an organisation (an outlet after the cue is where it was said: '..." Flynn said on Fox News')."""
    cfg = settings().quotes
    after = [
        m
        for m in mentions_starting(mentions, cue.idx + 1, cue.idx + cfg.name_after_cue_chars + 1)
        if m.type in ("PERSON", "ORG") and not _inside(spans, m.start_char)  # never a name the quote says
    ]
    before = [
        m
        for m in mentions_starting(mentions, cue.idx - cfg.name_before_cue_chars, cue.idx)
        if m.type in ("PERSON", "ORG") and not _inside(spans, m.start_char) and m.start_char > quote_start
    ]
    for kind in ("PERSON", "ORG"):
        near = [m for m in after if m.type == kind][:1] + [m for m in before if m.type == kind][-1:]
        if near:
            return near[0].text, near[0], cue.text, mention_type(near[0])
    return None


def _response_source(cue: Token) -> Token | None:
    """Who a reply comes from: "come" with a noun of reply as its subject ('“…,” came the swift response from Acme
    Foods', "came the reply from the minister"): the object of "from" on the noun or on the verb; else None."""
    noun = next((c for c in cue.children if c.dep_ == "nsubj" and c.lemma_.lower() in _words("response")), None)
    if noun is None:
        return None
    for prep in (c for head in (noun, cue) for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _cue_speaker(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """(speaker text, mention, cue text) for a reporting cue token, or None."""
    lemma = cue.lemma_.lower()
    if lemma == "come":
        source = _response_source(cue)
        if source is None:
            return None
        text, m, kind = _speaker_from_token(source, mentions, spans, quote_start)
        return text, m, cue.text, kind
    if lemma == "accord":
        return _according_to(cue, mentions, spans, quote_start)
    if lemma == "quote":
        found = _quoted_as_saying(cue, mentions, spans, quote_start)
        if found is not None:
            return found
    quoting = _quoting_verb(cue)
    if quoting is not None:  # "The Post quoted Mr Hale as saying: “…”": the object of "quoted" speaks
        found = _quoted_as_saying(quoting, mentions, spans, quote_start)
        if found is not None:
            return found
    found = (
        _name_run_into_object(cue, mentions, spans, quote_start)
        or _name_ending_opener(cue, mentions, spans, quote_start)
        or _subject_speaker(cue, mentions, spans, quote_start)
    )
    if found is not None or _question_put(cue):
        return found
    answerer = _name_before_answer(cue, mentions, spans)
    if answerer is not None:
        return answerer
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return _agent_speaker(cue, mentions, spans, quote_start)
    return _inverted_object(cue, mentions, spans, quote_start) or _name_near_cue(cue, mentions, spans, quote_start)


_QUESTION_LEMMAS = frozenset({"ask", "question", "press", "quiz"})


def _question_put(cue: Token) -> bool:
    """The cue is a question put to the speaker, a participle with no subject of its own on the main clause ("When
    asked if Harris would play, Lind replied: “…”", "Asked whether Kane was fit, the manager said"): the names in the
    question are whom it is about, never the speaker, who is the subject of the main clause."""
    return (
        cue.lemma_.lower() in _QUESTION_LEMMAS
        and cue.tag_ == "VBN"
        and cue.dep_ in ("advcl", "ccomp", "csubj")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    )


def _name_before_answer(cue: Token, mentions: list[Mention], spans: list[QuoteSpan]) -> _Found | None:
    """The name right before a cue with no subject that answers a question put in a participle clause (`_question_put`),
    the parse having run the name into the question ("When asked if Harris would play on Saturday Lind replied"):
    that name is the speaker (a mention, else the capitalised words, never a date's)."""
    doc = cue.doc
    if cue.i == 0 or not any(_question_put(c) for c in cue.children):
        return None
    last = doc[cue.i - 1]
    if last.pos_ != "PROPN" or not last.text[:1].isupper() or _inside(spans, last.idx):
        return None
    m = mention_for_token(last, mentions)
    if m is not None:
        return (m.text, m, cue.text, mention_type(m)) if m.type in ("PERSON", "ORG") else None
    if last.ent_type_ in _NOT_NAMES:
        return None
    first = last
    while first.i > 0 and (w := doc[first.i - 1]).pos_ == "PROPN" and w.text[:1].isupper() and not w.ent_type_:
        first = w
    return doc[first.i : last.i + 1].text, None, cue.text, "person"


_NOT_NAMES = frozenset({"DATE", "TIME", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})


_ADDRESSEE_CUES = frozenset({"tell", "ask", "urge", "warn", "remind", "assure", "inform", "brief", "thank", "quote"})


def _inverted_object(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """The speaker of an inverted cue right after the closing mark that the parse gave an object and no subject
    ('"…," added a docker at Felixstowe', '"…," explained a shopkeeper in Leeds'): that object, when it is a person
    named or described, is the speaker, never a place or a company in its phrase. Not for a verb whose object is the
    hearer ("told", "asked") nor a characterising verb's object (what it characterises)."""
    doc = cue.doc
    quote = next((s for s in spans if s.start_char == quote_start), None)
    if (
        quote is None
        or cue.idx < quote.end_char
        or re.search(r"\w", text_of(doc)[quote.end_char : cue.idx])  # only the marks between: right after it
        or cue.lemma_.lower() not in _words("saying")
        or cue.lemma_.lower() in _ADDRESSEE_CUES
    ):
        return None
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    if obj is None or obj.left_edge.i != cue.i + 1:
        return None
    text, m, kind = _speaker_from_token(obj, mentions, spans, quote_start)
    if kind != "person" or (m is None and not is_person_noun(obj.lemma_.lower())):
        return None
    return text, m, cue.text, kind


def _agent_speaker(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """The speaker of a passive cue: its agent ("was described by X as “…”"); None without one ("X, who was
    compared to Y"): a name beside a passive verb is who it is said of or to, not who says it."""
    for agent in (c for c in cue.children if c.dep_ == "agent"):
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            text, m, kind = _speaker_from_token(pobj, mentions, spans, quote_start)
            return text, m, cue.text, kind
    return None


def _is_cue(tok: Token) -> bool:
    """A reporting cue: a verb of saying or characterising, 'according to', 'made clear'."""
    lemma = tok.lemma_.lower()
    if lemma not in _cue_forms():  # most tokens: no need to look at children or tags
        return False
    if lemma == "accord" and any(c.lower_ == "to" for c in tok.children):
        return True
    # a reporting word with a subject is a cue whatever the tagger says ("the statement read" as a NOUN)
    if (
        tok.pos_ not in ("VERB", "AUX")
        and lemma not in ("say", "tell")
        and not any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return False
    if lemma == "make" and any(c.lower_ == "clear" for c in tok.children):
        return True
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children):
        return True  # "as a ministry memo put it"
    if lemma == "come":  # '“…,” came the reply from X', never "X came from Leeds"
        return _response_source(tok) is not None
    if lemma == "go":  # "She went on: “…”", never "went on to win", "went on holiday"
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children) and not any(
            c.dep_ in ("xcomp", "dobj", "prep", "advcl", "ccomp") for c in tok.children
        )
    if lemma in _words("finding"):  # "the report found that ...": a document's findings, never a person's
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in document_nouns() for c in tok.children)
    return lemma in cue_lemmas()


def _find_cue(
    sent: Span,
    spans: list[QuoteSpan],
    quote_start: int,
    mentions: list[Mention],
    before_only: bool = False,
    clause_only: bool = False,
) -> _Found | None:
    """The speaker found by the cues of a sentence outside quotes, the nearest to the quote first; with
    `clause_only`, no cue of a clause on a noun (the sentence after a quote: "X, who was compared to Y, is ...",
    "Z's decision to call in X ...")."""
    cues = [t for t in sent if _is_cue(t) and not _inside(spans, t.idx) and not _of_quoted_words(t, spans)]
    if before_only:
        cues = [t for t in cues if t.idx < quote_start]
    if clause_only:
        cues = [t for t in cues if not _on_noun(t)]
    cues = [t for t in cues if not _reported_by(t, cues) or _introduces(t, quote_start)]
    # verbs of saying before "according to"; a cue of a relative clause on a noun after the others ("X, who said
    # Y, added", "told a woman who suggested ... that “…”"); the cue nearest the quote first
    cues.sort(key=lambda t: (t.lemma_.lower() == "accord", _in_relative_clause(t), abs(t.idx - quote_start)))
    generic = None
    for cue in cues:
        found = _cue_speaker(cue, mentions, spans, quote_start)
        if found is not None and found[3] != "unknown":
            return found
        generic = generic or found  # "anybody who complains ... 'quote'": another cue may name the speaker
    return generic


_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})


def _in_relative_clause(cue: Token) -> bool:
    """The cue is the verb of a relative clause on a noun, its subject a relative pronoun, or coordinated with one
    ("an architect who said he was stiffed", "X, who was compared to Y"): it tells of the noun, it does not introduce
    the sentence's quote (a clause the parse hung on a noun with a subject of its own, "claims he had told Y: “…”",
    is no relative clause)."""
    tok = cue
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok.dep_ == "relcl"
        and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS for c in tok.children)
    )


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def _of_quoted_words(cue: Token, spans: list[QuoteSpan]) -> bool:
    """The cue is the verb of a relative clause on a word inside quotation marks ('mocked “trickle-down magic”,
    which the minister once quoted', 'the motto “never give up”, which the coach often quoted'): the quoted words
    are a term the clause tells of, never the speaker, and the clause's subject did not say them here."""
    tok = cue
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # a relative pronoun for the object the verb says ("which", "that"): a cue the parse hung on a word of a quote
    # before it ('“…,” deputy director X said' as a clause on the quote's last word) stays a cue
    relative = any(c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    return relative and tok.head.i != tok.i and _inside(spans, tok.head.idx) and not _inside(spans, tok.idx)


def _on_noun(cue: Token) -> bool:
    """The cue is the verb of a clause on a noun, relative or not, or coordinated with one ("X, who was compared to
    Y", "the decision to call in X")."""
    tok = cue
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def _introduces(cue: Token, quote_start: int) -> bool:
    """The cue has a name for its subject and ends in a colon right before the quote's opening mark ("... that Mr X
    told Mr Y: “…”"): the quote is what that named person said, even inside the clause another cue reports (not a
    participle, "X told them Y had failed, saying: “…”", nor a description or a pronoun, "He said the minister had
    told them: “…”": the outer speaker's account, as the reported clause's own words are)."""
    doc = cue.doc
    before = text_of(doc)[: max(quote_start - 1, 0)].rstrip()
    if not before.endswith(":"):
        return False
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    named = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in cue.children)
    return named and colon is not None and len(colon) == 1 and colon[0].head.i == cue.i


def _reported_by(cue: Token, cues: list[Token]) -> bool:
    """The cue lies inside the clause another cue of the sentence reports ("She says it underscores that ...", "He
    said the minister had told them ..."): the outer verb is the quote's cue, not a verb of the reported words. Only
    clauses link the two (a complement, a coordination); a cue the parse hung on a noun ("... screened the musical
    he said") is no reported verb."""
    tok = cue
    for _ in range(settings().quotes.subject_max_steps * 2):
        if tok.head.i == tok.i or tok.dep_ not in _CLAUSE_LINKS:
            return False
        if tok.dep_ in ("ccomp", "parataxis") and any(c.i == tok.head.i for c in cues):
            return tok.dep_ == "ccomp" or tok.i > tok.head.i
        tok = tok.head
    return False


def is_fragment(text: str) -> bool:
    """Scare quotes and short fragments: fewer than `quotes.min_words` words (4)."""
    return len(re.findall(r"[\w’'-]+", text)) < settings().quotes.min_words


class _Sentences:
    """The parse's sentences, looked up by character offset."""

    def __init__(self, doc: Doc) -> None:
        from pipeline.stages.parse import sents_of

        self.spans = list(sents_of(doc))
        self.starts = [s.start_char for s in self.spans]

    def at(self, char: int) -> tuple[int, Span]:
        import bisect

        idx = max(bisect.bisect_right(self.starts, char) - 1, 0)
        return idx, self.spans[idx]


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _named_after(
    text: str, span: QuoteSpan, spans: list[QuoteSpan], mentions: list[Mention], sents: _Sentences
) -> _Found | None:
    """A quote that makes its own sentence, named in the sentence right after it, in the same paragraph, as the
    words of someone ('“…” Those were the words of club owner Sam Tate.', '“…” That was the promise from Laura
    Vance after her defeat.'): a demonstrative subject, "be", and a noun with "of", "from" or "by" someone, a person
    or an organisation; or as the person then speaking, the named subject of a progressive verb of an occasion of
    speech ('“…” Alan Ross was speaking after his side lost 4-0'); else None."""
    close_idx, _ = sents.at(min(span.end_char, len(text) - 1))
    if close_idx + 1 >= len(sents.spans):
        return None
    nxt = sents.spans[close_idx + 1]
    if re.search(r"[\w\n]", text[span.end_char : nxt.start_char]) or _inside(spans, nxt.start_char + 1):
        return None
    root = nxt.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if _speaking_occasion(root) and subj is not None and not _inside(spans, subj.idx):
        # "“…” Robert Young, the union's chairman, was speaking after the vote": the person then speaking
        found, m, kind = _speaker_from_token(subj, mentions, spans, span.start_char)
        if kind == "person" and (m is not None or _name_like(found)):
            return found, m, root.text, kind
        return None
    attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if root.lemma_.lower() != "be" or subj is None or subj.lower_ not in _DEMONSTRATIVES or attr is None:
        return None
    for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and not _inside(spans, c.idx)):
            found, m, kind = _speaker_from_token(pobj, mentions, spans, span.start_char)
            if kind in ("person", "organisation") and (m is not None or is_person_noun(pobj.lemma_.lower())):
                return found, m, attr.text, kind
    return None


def _speaking_occasion(verb: Token) -> bool:
    """A progressive verb of an occasion of speech ("was speaking after the vote", "was talking to reporters",
    "was reacting to the news": class speaking of quotes_word_classes.tsv): it tells when the person spoke."""
    return (
        verb.lemma_.lower() in _words("speaking")
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
    )


def _cue_sentence_after(
    text: str, span: QuoteSpan, spans: list[QuoteSpan], sents: _Sentences, close_idx: int
) -> Span | None:
    """The sentence after the closing mark when the parser ended the sentence at the mark: '“… ?” Trump said.'
    (in the same paragraph, opening with the cue, not with a quote of its own); else None."""
    if close_idx + 1 >= len(sents.spans):
        return None
    nxt = sents.spans[close_idx + 1]
    if re.search(r"[\w\n]", text[span.end_char : nxt.start_char]) or _inside(spans, nxt.start_char + 1):
        return None
    if any(_inside(spans, t.idx) for t in nxt) or any(
        _is_cue(t) and any(c.dep_ == "ccomp" for c in t.children) for t in nxt
    ):
        return None  # the sentence reports words of its own: "Corbett said he ...", "X said: “…”"
    if any(_is_cue(t) and _requests(t) for t in nxt[: settings().quotes.next_sentence_cue_words]):
        return None  # a request of its own: "Now X is calling for the council to pay", "Y has asked for a meeting"
    return nxt


def _requests(cue: Token) -> bool:
    """The cue asks for something, a phrase with "for" its complement ("calling for the council to pay", "asked
    for a meeting", "pushed for a vote"): it tells what the person wants, not the words of a quote before it."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children))
        or (c.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children))
        for c in cue.children
    )


def _speaker_by_cue(
    text: str, span: QuoteSpan, spans: list[QuoteSpan], mentions: list[Mention], sents: _Sentences
) -> _Found | None:
    """A reporting cue outside the quote in the sentence of the closing mark, else of the opening mark, else at
    the start of the sentence after the closing mark, else in a preceding sentence ending in a colon."""
    close_idx, close_sent = sents.at(min(span.end_char, len(text) - 1))
    open_idx, open_sent = sents.at(span.start_char)
    found = _find_cue(close_sent, spans, span.start_char, mentions)
    if found is None and open_idx != close_idx:
        found = _find_cue(open_sent, spans, span.start_char, mentions)
    if found is None:
        nxt = _cue_sentence_after(text, span, spans, sents, close_idx)
        if nxt is not None:
            words = nxt[: settings().quotes.next_sentence_cue_words]
            found = _find_cue(words, spans, span.start_char, mentions, clause_only=True)
    if found is None and open_idx > 0 and sents.spans[open_idx - 1].text.rstrip().endswith(":"):
        found = _find_cue(sents.spans[open_idx - 1], spans, span.start_char, mentions)
        if found is None:
            found = _colon_subject(sents.spans[open_idx - 1], spans, span.start_char, mentions)
    if found is None:
        colon = _colon_before(text, span, open_sent)
        verb = _colon_verb(colon, span) if colon is not None else None
        if verb is not None:  # the parse ran the colon's clause and the quote into one sentence
            found = _colon_subject(open_sent, spans, span.start_char, mentions, verb)
    return found


def _colon_before(text: str, span: QuoteSpan, sent: Span) -> Token | None:
    """The colon right before the quote's opening mark, inside the quote's own sentence ("Mr X is confident though:
    “…”" parsed as one sentence), else None; `_colon_verb` finds the verb of its clause."""
    before = text[sent.start_char : max(span.start_char - 1, sent.start_char)].rstrip()
    if not before.endswith(":"):
        return None
    colon = sent.doc.char_span(sent.start_char + len(before) - 1, sent.start_char + len(before), "expand")
    return colon[0] if colon is not None and len(colon) == 1 else None


def _colon_verb(colon: Token, span: QuoteSpan) -> Token | None:
    """The verb of the clause a colon right before a quote ends: the colon's head, or, when the parse hung the
    colon and that clause on the quote's own verb ('Her verdict is simple: “It has done nothing …”': "is" a
    complement of "done"), the clause's highest word before the colon; None when it has no verb."""
    if colon.head.idx < span.start_char:
        return colon.head
    if colon.i == 0:
        return None
    tok = colon.doc[colon.i - 1]
    while tok.head.i != tok.i and tok.head.idx < colon.idx:
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.head.idx < span.start_char and tok.head.i != tok.i:
        return None
    return tok


def _colon_subject(
    sent: Span, spans: list[QuoteSpan], quote_start: int, mentions: list[Mention], verb: Token | None = None
) -> _Found | None:
    """The speaker a sentence ending in a colon with no verb of saying introduces: the person who is the subject of
    its main clause, or of the `verb` the colon hangs on ("Mr Hale is confident though: “…”", "She was in no doubt:
    “…”"); None for any other subject ("The rules are clear: “…”")."""
    root = sent.root if verb is None else verb
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not _inside(spans, c.idx)), None)
    if subj is None:
        return None
    owner = _remark_owner(subj, spans)
    if owner is not None and owner.lower_ in ("his", "her"):  # "His plea to ministers was: “…”"
        m, _ = resolve_speaker_pronoun(owner, quote_start, mentions, spans)
        return (m.name, m, ":", "person") if m is not None and m.type == "PERSON" else None
    if owner is not None:
        subj = owner  # "Mr Reilly's reply was: “…”": the person whose reply it is
    text, m, kind = _speaker_from_token(subj, mentions, spans, quote_start)
    if kind != "person" or (
        m is None and subj.lower_ not in PRONOUNS_PERSON and not is_person_noun(subj.lemma_.lower())
    ):
        return None
    return text, m, ":", kind


def _remark_owner(subj: Token, spans: list[QuoteSpan]) -> Token | None:
    """The possessor of a noun for someone's words as the subject before a colon ("His plea to ministers was:
    “…”", "Her verdict on the scheme is simple: “…”", "Mr Reilly's reply was: “…”"): the one who said them;
    else None. Nouns of words and of reply are word classes (remark, response)."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or _plural(subj) or (lemma not in _words("remark") and lemma not in _words("response")):
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and not _inside(spans, c.idx)), None)


def _continuation(
    span: QuoteSpan,
    spans: list[QuoteSpan],
    mentions: list[Mention],
    sents: _Sentences,
    open_idx: int,
    previous: _Attributed | None,
) -> _Found | None:
    """The speaker a quote with no cue continues: reported speech in the sentence just before (when it follows
    the previous quote), else the previous quote's speaker when it is near enough; None otherwise."""
    if open_idx > 0 and (previous is None or sents.spans[open_idx - 1].start_char > previous.span.end_char):
        prior = _find_cue(sents.spans[open_idx - 1], spans, span.start_char, mentions)
        if prior is not None:
            return prior[0], prior[1], None, prior[3]
    cfg = settings().quotes
    if (
        previous is not None
        and previous.speaker
        and span.paragraph - previous.span.paragraph <= cfg.continuation_max_paragraphs
        and open_idx - sents.at(max(previous.span.end_char - 1, 0))[0] <= cfg.continuation_max_sentences
        and not _speaker_changes(previous, span, spans, mentions, sents)
    ):
        return previous.speaker, previous.mention, None, previous.speaker_type
    if open_idx > 0 and (previous is None or sents.spans[open_idx - 1].start_char > previous.span.end_char):
        subject = _narrative_subject(sents.spans[open_idx - 1], spans, mentions)
        if subject is not None:
            return subject.text, subject, None, "person"
    return None


def _narrative_subject(sent: Span, spans: list[QuoteSpan], mentions: list[Mention]) -> Mention | None:
    """The person named as the main subject of a sentence with no quotation of its own (`quotes.min_words` words
    or more), just before a quote that has no cue and continues no one ("Sen. X identified ... as one reason.
    “…”"): the person the narrative turned to, whose words follow."""
    text = text_of(sent.doc)
    if any(sent.start_char <= q.start_char < sent.end_char and not is_fragment(q.text(text)) for q in spans):
        return None  # a sentence with words of its own quoted (a title or a scare quote does not count)
    for m in mentions_starting(mentions, sent.start_char, sent.end_char):
        if m.type == "PERSON" and is_main_subject_mention(sent.doc, m):
            return m
    # a definite description of a person as the main subject ("Peter Oduya took charge in March. The former
    # striker has not lost a game since. “…”", "The 29-year-old constable pulled two children from the car"):
    # the person it refers back to
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _inside(spans, subject.idx) or subject.ent_type_ == "PERSON" or _plural(subject):
        return None
    return _described_person(subject, mentions, spans)


def _addressed(doc: Doc, m: Mention) -> bool:
    """The mention is spoken to: the object of a verb of saying ("asked Mr Lee", "told Jane Doe")."""
    tok = mention_head(doc, m)
    return (
        tok is not None
        and tok.dep_ in ("dobj", "dative", "pobj")
        and (tok.head if tok.dep_ != "pobj" else tok.head.head).lemma_.lower() in cue_lemmas()
    )


def _same_person(m: Mention, previous: _Attributed) -> bool:
    """The mention names the previous quote's speaker (the same mention, or the same last name)."""
    if previous.mention is not None and (m is previous.mention or m.name == previous.mention.name):
        return True
    last = (m.name or m.text).split()[-1:]
    return bool(last) and last[0] in (previous.speaker or "").split()


def _speaker_changes(
    previous: _Attributed, span: QuoteSpan, spans: list[QuoteSpan], mentions: list[Mention], sents: _Sentences
) -> bool:
    """In a sentence of its own between the previous quote and this one, another person is introduced or addressed:
    named as the subject of the sentence or spoken to ("Coach Dan Price disagreed.", "She turned and asked Mr
    Lee."), or an unnamed person as its subject ("A neighbour saw nothing."): the previous speaker is not carried
    over."""
    lo, hi = previous.span.end_char + 1, span.start_char - 1
    first, last = sents.at(lo)[0], sents.at(max(hi, lo))[0]  # by bisection: linear on long texts
    between = [s for s in sents.spans[first : last + 1] if s.start_char >= lo and s.end_char <= hi]
    for sent in between:
        for m in mentions_starting(mentions, sent.start_char, sent.end_char):
            if m.type != "PERSON" or _inside(spans, m.start_char) or _same_person(m, previous):
                continue
            head = mention_head(sent.doc, m)
            if head is not None and (_main_subject(head) or _addressed(sent.doc, m)):
                return True
        if any(_described_subject(t, spans) for t in sent):
            return True
    return False


def _main_subject(tok: Token) -> bool:
    """The token is the subject of its sentence's main verb (or of one coordinated with it), itself or through an
    apposition ("The coach, Dan Price, disagreed")."""
    if tok.dep_ in ("appos", "conj") and tok.head.dep_ in ("nsubj", "nsubjpass"):
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.head.dep_ == "ROOT" or (tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT")
    )


def _attribute_one(
    text: str,
    span: QuoteSpan,
    spans: list[QuoteSpan],
    mentions: list[Mention],
    sents: _Sentences,
    sentence_starts: list[int],
    previous: _Attributed | None,
) -> _Attributed:
    """One quote with its speaker: a dash byline, else a cue, else the speaker it continues."""
    import bisect

    q_text = span.text(text)
    fragment = is_fragment(q_text)
    open_idx, open_sent = sents.at(span.start_char)
    found, attribution = _dash_byline(text, span, mentions), "dash"
    if found is None:
        found, attribution = _speaker_by_cue(text, span, spans, mentions, sents), "cue"
    if found is None:
        found, attribution = _label_speaker(text, span, spans, mentions, open_sent.doc), "label"
    if found is None and not fragment and not _opens_sentence(text, open_sent.start_char, span.start_char):
        found, attribution = _clause_speaker(text, span, spans, mentions, open_sent), "cue"
    if found is None and not fragment and _opens_sentence(text, open_sent.start_char, span.start_char):
        found, attribution = _named_after(text, span, spans, mentions, sents), "cue"
    if found is None:
        attribution = "none"
        if not fragment and (
            _opens_sentence(text, open_sent.start_char, span.start_char) or _follows(text, previous, span)
        ):
            # continuation: reported speech in the sentence just before, or the quote before
            # (same or previous paragraph), whichever is nearer
            found = _continuation(span, spans, mentions, sents, open_idx, previous)
            attribution = "continuation" if found is not None else "none"
    speaker, mention, cue, kind = found if found else (None, None, None, "unknown")
    sent_index = max(bisect.bisect_right(sentence_starts, span.start_char) - 1, 0) if sentence_starts else open_idx
    raw = text[span.start_char : span.end_char]
    lead, trail = (len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())) if raw.strip() else (0, 0)
    return _Attributed(span, q_text, sent_index, speaker, mention, cue, attribution, fragment, kind, lead, trail)


def attribute(doc: Doc, spans: list[QuoteSpan], mentions: list[Mention], sentence_starts: list[int]) -> list[Quote]:
    """Speakers for quote spans of one parsed document."""
    text = text_of(doc)
    sents = _Sentences(doc)
    found: list[_Attributed] = []
    previous: _Attributed | None = None
    for span in spans:
        q = _attribute_one(text, span, spans, mentions, sents, sentence_starts, previous)
        found.append(q)
        if not q.is_fragment:
            previous = q  # fragments never carry a speaker on to the next quote
    _attribute_runs_backwards(text, found)
    return [q.record() for q in found]


def _attribute_runs_backwards(text: str, found: list[_Attributed]) -> None:
    """A quote left open (at a paragraph's end, or where the next one opens: '"First part. "Second part," X said')
    with no speaker of its own, that the next quote continues right away, gets that quote's speaker: the words
    of one run of quotation, attributed once at its end."""
    for q, nxt in reversed(list(zip(found, found[1:]))):
        if (
            q.speaker is None
            and not q.is_fragment
            and not q.span.closed
            and nxt.speaker
            and _follows(text, q, nxt.span)
        ):
            q.speaker, q.mention, q.speaker_type = nxt.speaker, nxt.mention, nxt.speaker_type
            q.attribution = "continuation"


_DASH_BYLINE = re.compile(
    r"[”\"’'.,!?]*[^\S\n]*(?:―|—|–|--)[^\S\n]*"
    r"(?P<name>[A-Z][\w'’.\-]*(?:[^\S\n]+(?:[A-Z][\w'’.\-]*|de|da|del|van|von|bin|al))*)"
)


_LINE_BYLINE = re.compile(
    r"[”\"’'.,!?]*[^\S\n]+"
    r"(?P<name>[A-Z][\w'’.\-]*(?:[^\S\n]+(?:[A-Z][\w'’.\-]*|de|da|del|van|von|bin|al))+)"
    r"(?:[^\S\n]*,[^\S\n]*[A-Z][^\n,.:;!?“”\"]*|[^\S\n]*\([^\n()]*\))?[^\S\n]*\.?[^\S\n]*(?:\n|$)"
)


_QUOTE_LINE = re.compile(r"^[^\S\n]*[“\"][^\n]*[”\"]", re.MULTILINE)


def _byline_lines(text: str) -> int:
    """How many lines open with a quote and end with a name after it, with no dash (`_line_byline`)."""
    return sum(_LINE_BYLINE.match(text, m.end()) is not None for m in _QUOTE_LINE.finditer(text))


def _line_byline(text: str, span: QuoteSpan, mentions: list[Mention]) -> re.Match | None:
    """A round-up line that opens with the quote and ends with a person's name, with no dash ('“My children have
    missed three weeks of school.” Ana Lopes, Exeter'): the match of that name, else None. The name is a person the
    mentions know, or, in a round-up of two or more such lines, words that read as a name, whatever type the
    mentions gave them (a person the name-finder took for a place: "Sue Park, Norwich")."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if text[line_start : span.start_char].strip(" \t“\"‘'"):
        return None
    m = _LINE_BYLINE.match(text, span.end_char, min(len(text), span.end_char + settings().quotes.byline_max_chars))
    if m is None:
        return None
    named = mentions_starting(mentions, *m.span("name"))
    if any(x.type == "PERSON" for x in named):
        return m
    if not _name_like(m.group("name")) or _byline_lines(text) < 2:
        return None
    return m


def _dash_byline(text: str, span: QuoteSpan, mentions: list[Mention]) -> _Found | None:
    """(speaker, mention, cue) for “…” ― Name: a dash and a capitalised name just after the quote; or a line that
    is only the quote and a person's name (`_line_byline`)."""
    m = _DASH_BYLINE.match(text, span.end_char, min(len(text), span.end_char + settings().quotes.byline_max_chars))
    types = ("PERSON", "ORG", "NORP", "GPE")
    if m is None:
        m, types = _line_byline(text, span, mentions), ("PERSON",)  # a line's name is a person's
    if m is None:
        return None
    start, end = m.span("name")
    name = m.group("name").rstrip(".")
    if len(name) < 2:
        return None
    mention = next((x for x in mentions_starting(mentions, start, end) if x.type in types), None)
    cue = text[m.start() : start].strip(" \t”\"’'.,!?") or None
    kind = mention_type(mention) if mention is not None else "person"
    return (mention.text if mention is not None else name), mention, cue, kind


_LABEL = re.compile(r"(?P<label>[^\W\d_][^\n:“”\"‘’]*?)[^\S\n]*:[^\S\n]*[“\"‘']?$")
_INTERVIEW_LABELS = frozenset({"q", "a", "question", "answer", "interviewer"})


def _label_speaker(
    text: str, span: QuoteSpan, spans: list[QuoteSpan], mentions: list[Mention], doc: Doc | None = None
) -> _Found | None:
    """(speaker, mention, cue, type) for a quote after a line's label and a colon, with no reporting verb: the
    round-ups of reactions ("Jane Doe, The Daily Post: “…”", "Jane Doe (economist): “…”") and interview
    transcripts ("DOE: “…”"). The label's first person is the speaker, else its first actor, else the label up to
    its first comma or bracket when it reads as a name (every word capitalised: no clause, "The odds are long
    though"); a question-and-answer letter names the interview's participant (`_interview_speaker`); a line with a
    question put to the speaker names nobody (given the parse, `doc`: "When asked if Harris would play Lind replied:
    “…”": Harris is whom it is about)."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    m = _LABEL.fullmatch(text, line_start, span.start_char)
    if m is None or _inside(spans, line_start) and line_start < span.start_char - 1:
        return None
    label = m.group("label").strip()
    head = re.split(r"[,(\[–—-]", label, maxsplit=1)[0].strip()
    if head.lower().rstrip(".") in _INTERVIEW_LABELS:
        return _interview_speaker(text, head, mentions, doc)
    if len(label.split()) > settings().quotes.label_max_words:
        return None
    words = doc.char_span(line_start, line_start + len(label), alignment_mode="contract") if doc is not None else None
    if words is not None and any(_question_put(t) for t in words):
        return None
    inside = [x for x in mentions_starting(mentions, line_start, line_start + len(label)) if x.type in _KIND_RANK]
    if inside:
        x = min(inside, key=lambda x: (x.type != "PERSON", x.start_char))
        return x.text, x, ":", mention_type(x)
    if not _name_like(head):
        return None  # "The odds are long though: “…”": a clause, not a label
    return head, None, ":", "person"


_QA_LINE = re.compile(r"^[^\S\n]*(?P<letter>Q|A|Question|Answer|QUESTION|ANSWER)[^\S\n]*:", re.MULTILINE)
_ASKING_LABELS = frozenset({"q", "question", "interviewer"})
_TALK_LEMMAS = frozenset({"interview", "speak", "talk", "chat"})


def _interview_roles(doc: Doc, mentions: list[Mention], before: int) -> tuple[Mention | None, Mention | None]:
    """(interviewer, interviewee): the persons named before a transcript's first line, as the subject and the
    object of a verb of interviewing or talking ("Our reporter Kate Lyle interviewed the chief executive, Ben
    Smith", "Kate Lyle spoke to Ben Smith", "Ben Smith was interviewed by Kate Lyle", "in an interview with Ben
    Smith"); the last named of each, else None."""
    asker = answerer = None
    for m in mentions:
        if m.start_char >= before or m.type != "PERSON":
            continue
        tok = mention_head(doc, m)
        if tok is None:
            continue
        if tok.dep_ == "appos":
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("to", "with") and head.head.lemma_.lower() in _TALK_LEMMAS:
            answerer = m
        elif tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() == "interview":
            asker = m
        elif head.lemma_.lower() == "interview" and tok.dep_ in ("dobj", "nsubjpass"):
            answerer = m
        elif head.lemma_.lower() in _TALK_LEMMAS and head.pos_ == "VERB" and tok.dep_ == "nsubj":
            asker = m
    return asker, answerer


def _interview_speaker(text: str, letter: str, mentions: list[Mention], doc: Doc | None) -> _Found | None:
    """The speaker of a question-and-answer transcript's line ("Q: …", "A: …"), in a document with lines of both
    letters: the interviewer for a question, the interviewee for an answer, as the text before the first line
    names them (`_interview_roles`); else None."""
    lines = list(_QA_LINE.finditer(text))
    letters = {x.group("letter").lower()[:1] for x in lines}
    if doc is None or letters != {"q", "a"}:
        return None
    asker, answerer = _interview_roles(doc, mentions, lines[0].start())
    m = asker if letter.lower().rstrip(".") in _ASKING_LABELS else answerer
    return (m.text, m, ":", "person") if m is not None else None


_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "van", "von", "der", "bin", "al", "le", "la"})


def _name_like(words: str) -> bool:
    """Every word of a label is capitalised, but for the particles of names ("Jane Doe", "DOE", "Jean de Lys")."""
    found = words.split()
    return bool(found) and found[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_PARTICLES for w in found)


def _is_title(words: str) -> bool:
    """Most words after the first capitalised: a title ("Four Weddings and a Funeral"), not someone's words."""
    found = re.findall(r"[^\W\d_][\w’'-]*", words)[1:]
    return bool(found) and 2 * sum(w[0].isupper() for w in found) >= len(found)


_COPULAS = frozenset({"be", "become", "seem", "remain", "look", "sound", "appear"})


def _clause_speaker(
    text: str, span: QuoteSpan, spans: list[QuoteSpan], mentions: list[Mention], sent: Span
) -> _Found | None:
    """A quote set inside a clause with no verb of saying, as an argument of its verb ("X has gone after Y as a “…”",
    "X attacked “…”"): the person who is the subject of the nearest verb above the quote outside it, named or a
    personal pronoun; None for any other subject ("The film tells of “…”"), a verb that only links ("X would be
    “…”": said of X) or describes a noun, a title ("X starred in “…”"), or a quote that runs past its sentence."""
    doc = sent.doc
    if span.end_char > sent.end_char or _is_title(span.text(text)):
        return None
    inner = doc.char_span(span.start_char, span.end_char, alignment_mode="contract")
    if inner is None or not len(inner):
        return None
    verb = inner.root
    while verb.head.i != verb.i and (_inside(spans, verb.idx) or verb.pos_ not in ("VERB", "AUX")):
        verb = verb.head
    if _inside(spans, verb.idx) or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _COPULAS:
        return None  # "the prediction that X would be “…”": said of X, not by X
    if verb.dep_ in ("acl", "relcl"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and not _inside(spans, c.idx)), None)
    if subj is None:
        return None
    found, m, kind = _speaker_from_token(subj, mentions, spans, span.start_char)
    if kind != "person" or (m is None and subj.lower_ not in PRONOUNS_PERSON) or (m is not None and m.type != "PERSON"):
        return None
    return found, m, verb.text, kind


def _follows(text: str, previous: _Attributed | None, span: QuoteSpan) -> bool:
    """The quote comes right after the previous one: only marks, spaces and punctuation between them ('… people'.
    "That would be …") even where the parse runs one sentence across both."""
    return previous is not None and not re.search(r"\w", text[previous.span.end_char : span.start_char])


def _opens_sentence(text: str, sent_start: int, quote_start: int) -> bool:
    """Only marks and spaces stand between the sentence start and the quote."""
    return not re.search(r"\w", text[sent_start:quote_start])


def extract_quotes(doc: Doc, mentions: list[Mention], sentence_starts: list[int] | None = None) -> list[Quote]:
    """The quotes of one parsed document, speakers among its mentions."""
    text = text_of(doc)
    spans = find_quote_spans(text)
    labelled = find_label_lines(text, mentions)
    if labelled:
        spans = sorted(spans + labelled, key=lambda s: s.start_char)
    return attribute(doc, spans, mentions, sentence_starts or [])


_LABEL_LINE = re.compile(r"(?P<label>[A-Z][^\n:“”\"‘’]*?)[^\S\n]*:[^\S\n]+(?P<words>[^\s“”\"‘'][^\n“”\"]*?)\s*$")


def find_label_lines(text: str, mentions: list[Mention]) -> list[QuoteSpan]:
    """The reactions of a round-up written without quotation marks, a line per speaker ("Jane Doe: It is a dark
    day for ...", "Mark Bell, editor: We will appeal ..."): in a run of two or more such lines, each line whose label
    (up to `quotes.label_max_words` words) starts with a person's name and whose words after the colon make a
    sentence (`quotes.min_words` words or more, ending in a full stop, a question or an exclamation mark) is a
    quote of what follows the colon; its speaker is the label's (`_label_speaker`). Lists ("Subs not used: X, Y"),
    results and headings name no person first or make no sentence."""
    cfg = settings().quotes
    found: list[tuple[int, QuoteSpan]] = []
    for p_index, (start, end) in enumerate(_paragraphs(text)):
        m = _LABEL_LINE.fullmatch(text, start, end)
        if m is None or len(m.group("label").split()) > cfg.label_max_words:
            continue
        words = m.group("words")
        if len(re.findall(r"[\w’'-]+", words)) < cfg.min_words or words.rstrip()[-1:] not in ".?!":
            continue
        first = next(iter(mentions_starting(mentions, start, start + 1)), None)
        if (first is None or first.type != "PERSON") and not _QA_LINE.match(text, start, end):
            continue  # a transcript's "Q:" and "A:" lines are words too
        found.append((p_index, QuoteSpan(m.start("words"), m.start("words") + len(words.rstrip()), True, p_index)))
    lines = {p for p, _ in found}
    return [span for p, span in found if p - 1 in lines or p + 1 in lines]
