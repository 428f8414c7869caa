"""Direct quotations and their speakers.

Finding quotes (`find_quote_spans`), paragraph by paragraph:
* curly (“ ”) and straight (") double marks; single marks (‘ ’ ') only in paragraphs
  with no double marks (British style), never an apostrophe;
* an opening mark while a quote is open closes the first quote there (a mark left open
  by the writer); a quote still open at the paragraph end runs to it (`closed=False`).
  One unbalanced mark never costs the rest of the article.

Finding speakers (`attribute`), in order:
0. a dash and a name right after the closing mark, on the same line (“…” ― Sonya Herrid): the
   byline form of vox pops, epigraphs and quote lists;
1. a reporting cue outside the quote in the sentence that holds the closing mark, else the
   one that holds the opening mark, else a preceding sentence ending in a colon: verbs of
   saying (said, told, added, wrote, asked ...), "X quoted Y as saying", "according to X",
   "the statement read" (the words: pipeline/data/quotes_word_classes.tsv); the speaker is the
   cue's subject (inherited through coordination: "X added ... and asked");
2. pronoun speakers (he, she, they, it) resolve to the nearest preceding actor mention of
   a fitting kind outside quotes;
3. a quote with no cue continues the speaker of the quote just before it, or of a
   reported-speech verb in the sentence before ("Li said the US ... “In light of this ...”").
Fragments (fewer than `quotes.min_words` words, 4 by default, or a quoted name) are kept and
marked `is_fragment`; they never carry a speaker on to the next quote. The distances and windows
of these rules are settings (pipeline.config.QuotesSettings).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages.coref import (
    _KIND_RANK,
    in_any_span,
    mention_for_token,
    mentions_in,
    mentions_starting,
    resolve_pronoun,
)
from pipeline.stages.lexicon import data_rows
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
def _cue_forms() -> frozenset[str]:
    """Every lemma _is_cue can accept: a cheap first test for every token."""
    return cue_lemmas() | {"accord", "make"}  # every lemma _is_cue can accept


PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_ANY = {"they", "it", "we", "i"}
OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
_DOUBLE_MARKS = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE) + '"]')
_SINGLE_MARKS = re.compile("[‘’']")


@dataclass
class QuoteSpan:
    start_char: int  # first character inside the marks
    end_char: int  # after the last character inside
    closed: bool
    paragraph: int

    def text(self, full: str) -> str:
        return full[self.start_char : self.end_char].strip()


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
        )


# ---------------------------------------------------------------------------
# Quote spans


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: text between newlines."""
    start = 0
    for m in re.finditer(r"\n+", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _straight_opens(text: str, i: int) -> bool:
    """A straight mark at i opens a quote: after a space or an opening punctuation, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,;") and not after.isspace()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """The quotations of a text, paragraph by paragraph (see the module docstring)."""
    spans: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(_paragraphs(text)):
        para = text[p_start:p_end]
        if not para.strip():
            continue
        has_double = _DOUBLE_MARKS.search(para) is not None
        open_at = None
        for mark in (_DOUBLE_MARKS if has_double else _SINGLE_MARKS).finditer(para):  # other characters do nothing
            ch, pos = mark.group(), p_start + mark.start()
            if has_double:
                is_open = ch in OPEN_DOUBLE or (ch == '"' and (open_at is None and _straight_opens(text, pos)))
                is_close = ch in CLOSE_DOUBLE or (ch == '"' and open_at is not None)
            else:
                is_open = ch in "‘'" and _straight_opens(text, pos)
                is_close = ch in "’'" and open_at is not None and (pos + 1 >= len(text) or not text[pos + 1].isalpha())
            if open_at is None and is_open:
                open_at = pos + 1
            elif open_at is not None and is_open and ch in OPEN_DOUBLE:
                spans.append(QuoteSpan(open_at, pos, False, p_index))  # a mark left open: close it here
                open_at = pos + 1
            elif open_at is not None and is_close:
                if pos > open_at:
                    spans.append(QuoteSpan(open_at, pos, True, p_index))
                open_at = None
        if open_at is not None:
            end = p_end
            while end > open_at and text[end - 1].isspace():
                end -= 1
            if end > open_at:
                spans.append(QuoteSpan(open_at, end, False, p_index))
    return [s for s in spans if s.text(text)]


# ---------------------------------------------------------------------------
# Attribution


def _inside(spans: list[QuoteSpan], char: int) -> bool:
    """The character is inside one of the quotes (or on its marks); by bisection over the quotes' offsets."""
    return in_any_span(spans, char)


def _speaker_from_token(
    tok: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int
) -> tuple[str, Mention | None]:
    """(speaker text, mention) for the token that heads a cue's subject."""
    doc = tok.doc
    low = tok.lower_
    if tok.pos_ == "PRON" or low in PRONOUNS_PERSON | PRONOUNS_ANY:
        m = resolve_pronoun(low, quote_start, mentions, spans)
        return (m.name if m else tok.text), m
    m = mention_for_token(tok, mentions)
    if m is None:
        # a mention inside the subject phrase: "Chinese Ambassador to Kazakhstan Zhang Xiao",
        # "an editorial in the Global Times"; persons first
        inside = [(x, i) for x, i in mentions_in(tok, mentions) if not _inside(spans, x.start_char)]
        if inside:
            m = min(inside, key=lambda xi: (_KIND_RANK.get(xi[0].type, 9), abs(xi[1] - tok.i)))[0]
            if m.type != "PERSON" and tok.lemma_.lower() not in document_nouns() and not tok.ent_type_:
                m = m if any(c.dep_ in ("compound", "flat") for c in tok.children) else None
    if m is not None:
        return m.text, m
    left = min(
        (t.i for t in tok.subtree if t.dep_ in ("det", "amod", "compound", "poss", "nmod") or t is tok), default=tok.i
    )
    words = doc[left : tok.i + 1]
    return words.text, None


_Found = tuple  # (speaker text, mention or None, cue text or None)


def _according_to(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """'according to X' -> X."""
    for to in cue.children:
        for pobj in to.children:
            if pobj.dep_ == "pobj":
                text, m = _speaker_from_token(pobj, mentions, spans, quote_start)
                return text, m, "according to"
    return None


def _quoted_as_saying(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """'Xinhua quoted Xi as saying' -> Xi; 'X was quoted as saying' -> X."""
    for child in cue.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            text, m = _speaker_from_token(child, mentions, spans, quote_start)
            return text, m, "quoted ... as saying"
    return None


def _subject_speaker(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """The cue's subject, inherited through coordination and clause heads ("X added that ... and asked"): the
    first that is a person or an organisation (or a personal pronoun), else the first found."""
    first = None
    head = cue
    for _ in range(settings().quotes.subject_max_steps):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and _inside(spans, subj.idx):
            subj = None  # the parser took a word of the quote for the subject ('"My reaction ...," X said')
        if subj is not None:
            text, m = _speaker_from_token(subj, mentions, spans, quote_start)
            if m is not None and m.type in ("PERSON", "ORG") or subj.lower_ in PRONOUNS_PERSON:
                return text, m, cue.text
            first = first or (text, m, cue.text)
        if head.dep_ not in ("conj", "ccomp", "xcomp", "advcl") or head.head is head:
            break
        head = head.head
    return first


def _name_near_cue(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """For a parse that missed the subject: a name just after the cue ('..." said Professor Mark Katz, ...',
    inverted order), else just before it ('"...," Rep. Elijah E. Cummings (D-Md.) said')."""
    cfg = settings().quotes
    after = [
        m
        for m in mentions_starting(mentions, cue.idx + 1, cue.idx + cfg.name_after_cue_chars + 1)
        if m.type in ("PERSON", "ORG")
    ]
    if after:
        m = min(after, key=lambda x: x.start_char)
        return m.text, m, cue.text
    before = [
        m
        for m in mentions_starting(mentions, cue.idx - cfg.name_before_cue_chars, cue.idx)
        if m.type in ("PERSON", "ORG") and not _inside(spans, m.start_char) and m.start_char > quote_start
    ]
    if before:
        m = max(before, key=lambda x: x.start_char)
        return m.text, m, cue.text
    return None


def _cue_speaker(cue: Token, mentions: list[Mention], spans: list[QuoteSpan], quote_start: int) -> _Found | None:
    """(speaker text, mention, cue text) for a reporting cue token, or None."""
    lemma = cue.lemma_.lower()
    if lemma == "accord":
        return _according_to(cue, mentions, spans, quote_start)
    if lemma == "quote":
        found = _quoted_as_saying(cue, mentions, spans, quote_start)
        if found is not None:
            return found
    found = _subject_speaker(cue, mentions, spans, quote_start)
    if found is not None:
        return found
    return _name_near_cue(cue, mentions, spans, quote_start)


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
    return lemma in cue_lemmas()


def _find_cue(
    sent: Span, spans: list[QuoteSpan], quote_start: int, mentions: list[Mention], before_only: bool = False
) -> _Found | None:
    """The speaker found by the cues of a sentence outside quotes, the nearest to the quote first."""
    cues = [t for t in sent if _is_cue(t) and not _inside(spans, t.idx)]
    if before_only:
        cues = [t for t in cues if t.idx < quote_start]
    # verbs of saying before "according to"; the cue nearest the quote first
    cues.sort(key=lambda t: (t.lemma_.lower() == "accord", abs(t.idx - quote_start)))
    for cue in cues:
        found = _cue_speaker(cue, mentions, spans, quote_start)
        if found is not None:
            return found
    return None


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
    return nxt


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
            found = _find_cue(nxt[: settings().quotes.next_sentence_cue_words], spans, span.start_char, mentions)
    if found is None and open_idx > 0 and sents.spans[open_idx - 1].text.rstrip().endswith(":"):
        found = _find_cue(sents.spans[open_idx - 1], spans, span.start_char, mentions)
    return found


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
            return prior[0], prior[1], None
    cfg = settings().quotes
    if (
        previous is not None
        and previous.speaker
        and span.paragraph - previous.span.paragraph <= cfg.continuation_max_paragraphs
        and open_idx - previous.sent_index <= cfg.continuation_max_sentences
    ):
        return previous.speaker, previous.mention, None
    return None


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
        attribution = "none"
        if not fragment and _opens_sentence(text, open_sent.start_char, span.start_char):
            # continuation: reported speech in the sentence just before, or the quote before
            # (same or previous paragraph), whichever is nearer
            found = _continuation(span, spans, mentions, sents, open_idx, previous)
            attribution = "continuation" if found is not None else "none"
    speaker, mention, cue = found if found else (None, None, None)
    sent_index = max(bisect.bisect_right(sentence_starts, span.start_char) - 1, 0) if sentence_starts else open_idx
    raw = text[span.start_char : span.end_char]
    lead, trail = (len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())) if raw.strip() else (0, 0)
    return _Attributed(span, q_text, sent_index, speaker, mention, cue, attribution, fragment, lead, trail)


def attribute(doc: Doc, spans: list[QuoteSpan], mentions: list[Mention], sentence_starts: list[int]) -> list[Quote]:
    """Speakers for quote spans of one parsed document."""
    from pipeline.stages.parse import text_of

    text = text_of(doc)
    sents = _Sentences(doc)
    quotes: list[Quote] = []
    previous: _Attributed | None = None
    for span in spans:
        q = _attribute_one(text, span, spans, mentions, sents, sentence_starts, previous)
        quotes.append(q.record())
        if not q.is_fragment:
            previous = q  # fragments never carry a speaker on to the next quote
    return quotes


_DASH_BYLINE = re.compile(
    r"[”\"’'.,!?]*[^\S\n]*(?:―|—|–|--)[^\S\n]*"
    r"(?P<name>[A-Z][\w'’.\-]*(?:[^\S\n]+(?:[A-Z][\w'’.\-]*|de|da|del|van|von|bin|al))*)"
)


def _dash_byline(text: str, span: QuoteSpan, mentions: list[Mention]) -> _Found | None:
    """(speaker, mention, cue) for “…” ― Name: a dash and a capitalised name just after the quote."""
    m = _DASH_BYLINE.match(text, span.end_char, min(len(text), span.end_char + settings().quotes.byline_max_chars))
    if m is None:
        return None
    start, end = m.span("name")
    name = m.group("name").rstrip(".")
    if len(name) < 2:
        return None
    mention = next(
        (x for x in mentions_starting(mentions, start, end) if x.type in ("PERSON", "ORG", "NORP", "GPE")), None
    )
    cue = text[m.start() : start].strip(" \t”\"’'.,!?") or None
    return (mention.text if mention is not None else name), mention, cue


def _opens_sentence(text: str, sent_start: int, quote_start: int) -> bool:
    """Only marks and spaces stand between the sentence start and the quote."""
    return not re.search(r"\w", text[sent_start:quote_start])


def extract_quotes(doc: Doc, mentions: list[Mention], sentence_starts: list[int] | None = None) -> list[Quote]:
    """The quotes of one parsed document, speakers among its mentions."""
    from pipeline.stages.parse import text_of

    spans = find_quote_spans(text_of(doc))
    return attribute(doc, spans, mentions, sentence_starts or [])
