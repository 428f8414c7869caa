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
   "the statement read"; the speaker is the cue's subject (inherited through
   coordination: "X added ... and asked");
2. pronoun speakers (he, she, they, it) resolve to the nearest preceding actor mention of
   a fitting kind outside quotes;
3. a quote with no cue continues the speaker of the quote just before it, or of a
   reported-speech verb in the sentence before ("Li said the US ... “In light of this ...”").
Fragments (fewer than four words, or a quoted name) are kept and marked `is_fragment`;
they never carry a speaker on to the next quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.stages.actors import _KIND_RANK, mention_for_token, resolve_pronoun

CUE_LEMMAS = {
    "say", "tell", "add", "write", "state", "declare", "announce", "note", "explain", "insist", "warn", "claim",
    "argue", "stress", "emphasize", "emphasise", "remark", "ask", "reply", "respond", "comment", "continue",
    "conclude", "acknowledge", "admit", "recall", "tweet", "post", "read", "quote", "report", "predict",
    "suggest", "complain", "urge", "pledge", "promise", "vow", "confirm", "deny", "describe", "observe",
    "assert", "maintain", "caution", "contend", "reveal", "mention", "testify", "shout", "joke", "concede",
    "estimate", "boast", "allege", "agree", "question", "demand", "counter", "recount", "exclaim", "wonder",
    "point", "reiterate", "underline", "underscore", "affirm", "proclaim", "assure", "told", "said",
    # verbs that characterise with someone's words: 'X called the ruling "a huge win"'
    "call", "dismiss", "laud", "praise", "label", "dub", "brand", "hail", "slam", "blast", "denounce", "criticize",
    "criticise", "accuse", "sing", "compare", "chant",
}
# nouns that speak for an organisation: "the statement read", "an editorial in the Global Times"
DOCUMENT_NOUNS = {"statement", "editorial", "report", "readout", "communique", "communiqué", "declaration",
                  "letter", "memo", "post", "tweet", "article", "notice", "release", "document", "survey", "study"}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_ANY = {"they", "it", "we", "i"}
OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
MIN_WORDS = 4
_DOUBLE_MARKS = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE) + '"]')
_SINGLE_MARKS = re.compile("[‘’']")


@dataclass
class QuoteSpan:
    start_char: int  # first character inside the marks
    end_char: int  # after the last character inside
    closed: bool
    paragraph: int

    def text(self, full: str) -> str:
        return full[self.start_char:self.end_char].strip()


@dataclass
class Quote:
    start_char: int
    end_char: int
    text: str
    sent_index: int
    speaker: str | None
    speaker_mention: object | None  # an actors.Mention
    cue: str | None
    attribution: str
    is_fragment: bool
    closed: bool
    paragraph: int = 0


# ---------------------------------------------------------------------------
# Quote spans


def _paragraphs(text: str):
    start = 0
    for m in re.finditer(r"\n+", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,;") and not after.isspace()


def find_quote_spans(text: str) -> list[QuoteSpan]:
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
    return any(s.start_char - 1 <= char <= s.end_char for s in spans)


def _speaker_from_token(tok, mentions, spans, quote_start: int):
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
        sub = {t.i for t in tok.subtree}
        inside = [x for x in mentions if x.token_start in sub and not _inside(spans, x.start_char)]
        if inside:
            m = min(inside, key=lambda x: (_KIND_RANK.get(x.type, 9), abs(x.token_start - tok.i)))
            if m.type != "PERSON" and tok.lemma_.lower() not in DOCUMENT_NOUNS and not tok.ent_type_:
                m = m if any(c.dep_ in ("compound", "flat") for c in tok.children) else None
    if m is not None:
        return m.text, m
    left = min((t.i for t in tok.subtree if t.dep_ in ("det", "amod", "compound", "poss", "nmod") or t is tok), default=tok.i)
    words = doc[left:tok.i + 1]
    return words.text, None


def _cue_speaker(cue, mentions, spans, quote_start: int):
    """(speaker text, mention, cue text) for a reporting cue token, or None."""
    lemma = cue.lemma_.lower()
    if lemma == "accord":  # according to X
        for to in cue.children:
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    text, m = _speaker_from_token(pobj, mentions, spans, quote_start)
                    return text, m, "according to"
        return None
    if lemma == "quote":
        # "Xinhua quoted Xi as saying" -> Xi; "X was quoted as saying" -> X
        for child in cue.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                text, m = _speaker_from_token(child, mentions, spans, quote_start)
                return text, m, "quoted ... as saying"
    # the subject, inherited through coordination and clause heads ("X added that ... and asked")
    first = None
    head = cue
    for _ in range(4):
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
    if first is not None:
        return first
    # a parse that missed the subject: '..." said Professor Mark Katz, ...' (inverted order), else the
    # name just before the cue: '"...," Rep. Elijah E. Cummings (D-Md.) said'
    after = [m for m in mentions if cue.idx < m.start_char <= cue.idx + 40 and m.type in ("PERSON", "ORG")]
    if after:
        m = min(after, key=lambda x: x.start_char)
        return m.text, m, cue.text
    before = [m for m in mentions if cue.idx - 60 <= m.start_char < cue.idx and m.type in ("PERSON", "ORG")
              and not _inside(spans, m.start_char) and m.start_char > quote_start]
    if before:
        m = max(before, key=lambda x: x.start_char)
        return m.text, m, cue.text
    return None


_CUE_FORMS = CUE_LEMMAS | {"accord", "make"}  # every lemma _is_cue can accept


def _is_cue(tok) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in _CUE_FORMS:  # most tokens: no need to look at children or tags
        return False
    if lemma == "accord" and any(c.lower_ == "to" for c in tok.children):
        return True
    # a reporting word with a subject is a cue whatever the tagger says ("the statement read" as a NOUN)
    if tok.pos_ not in ("VERB", "AUX") and lemma not in ("say", "tell") and not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if lemma == "make" and any(c.lower_ == "clear" for c in tok.children):
        return True
    return lemma in CUE_LEMMAS


def _find_cue(sent, spans, quote_start, mentions, before_only: bool = False):
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
    """Scare quotes and short fragments: fewer than four words."""
    return len(re.findall(r"[\w’'-]+", text)) < MIN_WORDS


def attribute(doc, spans: list[QuoteSpan], mentions, sentence_starts: list[int]) -> list[Quote]:
    """Speakers for quote spans of one parsed document."""
    import bisect

    from pipeline.stages.parse import sents_of, text_of

    text = text_of(doc)
    sents = list(sents_of(doc))
    starts = [s.start_char for s in sents]

    def sent_at(char: int):
        idx = max(bisect.bisect_right(starts, char) - 1, 0)
        return idx, sents[idx]

    quotes: list[Quote] = []
    previous: Quote | None = None
    for span in spans:
        q_text = span.text(text)
        fragment = is_fragment(q_text)
        found, attribution = None, "none"
        close_idx, close_sent = sent_at(min(span.end_char, len(text) - 1))
        open_idx, open_sent = sent_at(span.start_char)
        found = _dash_byline(text, span, mentions)
        if found is not None:
            attribution = "dash"
        else:
            found = _find_cue(close_sent, spans, span.start_char, mentions)
        if found is None and open_idx != close_idx:
            found = _find_cue(open_sent, spans, span.start_char, mentions)
        if found is None and close_idx + 1 < len(sents) and not re.search(
                r"[\w\n]", text[span.end_char:sents[close_idx + 1].start_char]) \
                and not _inside(spans, sents[close_idx + 1].start_char + 1):
            # the parser ended the sentence at the closing mark: '“… ?” Trump said.' (the next
            # sentence, in the same paragraph, opens with the cue, not with a quote of its own)
            nxt = sents[close_idx + 1]
            found = _find_cue(nxt[:6], spans, span.start_char, mentions)
        if found is None and open_idx > 0 and sents[open_idx - 1].text.rstrip().endswith(":"):
            found = _find_cue(sents[open_idx - 1], spans, span.start_char, mentions)
        if found is not None:
            attribution = attribution if attribution == "dash" else "cue"
        elif not fragment and _opens_sentence(text, open_sent.start_char, span.start_char):
            # continuation: reported speech in the sentence just before, or the quote before
            # (same or previous paragraph), whichever is nearer
            prior = None
            if open_idx > 0 and (previous is None or sents[open_idx - 1].start_char > previous.end_char):
                prior = _find_cue(sents[open_idx - 1], spans, span.start_char, mentions)
            if prior is not None:
                found, attribution = (prior[0], prior[1], None), "continuation"
            elif previous is not None and previous.speaker and span.paragraph - previous.paragraph <= 1 \
                    and open_idx - previous.sent_index <= 3:
                found = (previous.speaker, previous.speaker_mention, None)
                attribution = "continuation"
        speaker, mention, cue = found if found else (None, None, None)
        sent_index = max(bisect.bisect_right(sentence_starts, span.start_char) - 1, 0) if sentence_starts else open_idx
        q = Quote(span.start_char, span.end_char, q_text, sent_index, speaker, mention, cue, attribution, fragment,
                  span.closed, span.paragraph)
        quotes.append(q)
        if not fragment:
            previous = q
    return quotes


_DASH_BYLINE = re.compile(r"[”\"’'.,!?]*[^\S\n]*(?:―|—|–|--)[^\S\n]*(?P<name>[A-Z][\w'’.\-]*(?:[^\S\n]+(?:[A-Z][\w'’.\-]*|de|da|del|van|von|bin|al))*)")


def _dash_byline(text: str, span: QuoteSpan, mentions):
    """(speaker, mention, cue) for “…” ― Name: a dash and a capitalised name just after the quote."""
    m = _DASH_BYLINE.match(text, span.end_char, min(len(text), span.end_char + 120))
    if m is None:
        return None
    start, end = m.span("name")
    name = m.group("name").rstrip(".")
    if len(name) < 2:
        return None
    mention = next((x for x in mentions if start <= x.start_char < end and x.type in ("PERSON", "ORG", "NORP", "GPE")), None)
    return (mention.text if mention is not None else name), mention, text[m.start():start].strip(" \t”\"’'.,!?") or None


def _opens_sentence(text: str, sent_start: int, quote_start: int) -> bool:
    """Only marks and spaces stand between the sentence start and the quote."""
    return not re.search(r"\w", text[sent_start:quote_start])


def extract_quotes(doc, mentions, sentence_starts: list[int] | None = None) -> list[Quote]:
    from pipeline.stages.parse import text_of

    spans = find_quote_spans(text_of(doc))
    return attribute(doc, spans, mentions, sentence_starts or [])
