"""Actors: named mentions resolved to one row per real-world actor across the corpus.

Per document (`extract_mentions`):
1. spaCy's PERSON/ORG/GPE/NORP entities, repaired: country names, capitals and
   demonyms from the lexicon win over the statistical label; a span whose words are
   those of a person named elsewhere in the document is a person ("Kassym-Jomart
   Tokayev" tagged ORG, "Li Zhanshu" tagged GPE); leading country words are cut from
   person names ("Kazakhstan Zhang Xiao").
2. titles and countries: the words before a name ("Kazakh President", "China's Foreign
   Minister", "Chinese Ambassador to Kazakhstan") and its apposition ("Bulat Sultanov,
   Director of the Kazakh Institute ...") give the person's country and sector.
3. coreference of short forms: "Xi" and "President Xi" join the nearest full name that
   contains them ("Xi Jinping"); two different full names never join (Wang Yi, Wang Yiwei).

Across the corpus (`resolve`): persons by full name, states by ISO code (capitals and
seats of government stand for their state), organisations by normalised name,
acronym or leading word.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.ids import actor_id
from pipeline.stages import known_people, lexicon, sectors
from pipeline.stages.parse import doc_cache, ents_of, text_of
from pipeline.stages.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@functools.cache
def title_words() -> frozenset[str]:
    """Words of titles that stand before a name (pipeline/data/actors_title_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_title_words.tsv"))


@functools.cache
def role_words() -> frozenset[str]:
    """Title words that name a role: a capitalised name right after one is a person ("President Tokayev")."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_title_words.tsv") if r["role"] == "yes")


@dataclass
class Actor:
    actor_id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: list[str]
    n_mentions: int
    n_documents: int
    country_source: str | None = None  # "text": the corpus states it; "known": known_people (background articles)


# ---------------------------------------------------------------------------
# Helpers


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Z]{2,}\)?$")  # "Organisation (SCO" -> "Organisation"


@functools.lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """A name as written without possessive, leading 'the', a trailing acronym and punctuation."""
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _TRAILING_ACRONYM.sub("", text)
    return text.strip(" ,.;:“”\"'‘’()[]")


@functools.lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """A name folded for comparison: case, dashes, British spellings (-isation, centre), punctuation."""
    name = name.casefold().replace("‐", "-").replace("–", "-")
    name = re.sub(r"isation\b", "ization", name)
    name = re.sub(r"is(e|ed|ing)\b", r"iz\1", name)
    name = re.sub(r"\bcentre\b", "center", name)
    return re.sub(r"[^\w\s-]", "", name).strip()


def _acronym(name: str) -> str:
    """The acronym of a name's capitalised words ('Shanghai Cooperation Organisation' -> SCO)."""
    words = [
        w for w in re.split(r"[\s-]+", name) if w and w[0].isupper() and w.lower() not in {"of", "the", "and", "for"}
    ]
    return "".join(w[0] for w in words)


def _name_tokens(name: str) -> list[str]:
    """The folded words of a name."""
    return list(_name_tokens_cached(name))


@functools.lru_cache(maxsize=8192)
def _name_tokens_cached(name: str) -> tuple[str, ...]:
    return tuple(t for t in _fold(name).split() if t)


def _explicit_acronym(doc: Doc, ent: Span) -> str | None:
    """'Shanghai Cooperation Organisation (SCO)': the acronym written after the name."""
    m = re.match(r"\s*\(\s*([A-Z][A-Z&]{1,9})\s*\)", text_of(doc)[ent.end_char : ent.end_char + 16])
    if m:
        return m.group(1)
    m = re.search(r"\(\s*([A-Z][A-Z&]{1,9})\)?$", ent.text)
    return m.group(1) if m else None


def country_for_place(name: str) -> tuple[str | None, bool]:
    """(country, stands for the state) for a place name."""
    code = lexicon.country_of_name(name)
    if code:
        return code, True
    code = lexicon.country_of_seat(name)
    if code:
        return code, True
    return lexicon.country_of_city(name), False


def _country_signal(tok: Token) -> str | None:
    """Country shown by one token: a demonym, a state name or a seat of government."""
    if not tok.text[:1].isupper():
        return None
    code = lexicon.country_of_demonym(tok.text)
    if code:
        return code
    text = _entity_text(tok) if tok.ent_type_ in ("GPE", "NORP") else tok.text
    code, is_state = country_for_place(text)
    if code and is_state:
        return code
    return lexicon.country_of_demonym(text)


def _entity_text(tok: Token) -> str:
    """The cleaned text of the entity holding a token (the token alone outside entities)."""
    if tok.ent_type_:
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return clean_name(doc[start:end].text)
    return clean_name(tok.text)


# ---------------------------------------------------------------------------
# Per document


def _extends_title(doc: Doc, i: int, start: int, has_title: bool, words: frozenset[str]) -> bool:
    """Token i belongs to the title before token `start`: a title word, "and" inside a title, "No" before a number
    or a number before a title word ("China's No 3 official")."""
    tok = doc[i]
    low = tok.lower_
    if low in words or (low == "and" and has_title):
        return True
    nxt = doc[i + 1] if i + 1 < start else None
    return nxt is not None and ((low == "no" and nxt.like_num) or (tok.like_num and nxt.lower_ in words))


def _place_in_title(doc: Doc, i: int, has_title: bool, words: frozenset[str]) -> int | None:
    """A place ending at token i inside a title ("Ambassador to Kazakhstan", "Foreign Minister of Russia"; it may
    stand right before the name, with the title before it: "Ambassador to Kazakhstan Zhang Xiao"): the token of
    its preposition, else None."""
    tok = doc[i]
    is_place = tok.ent_type_ == "GPE" or (tok.text[:1].isupper() and country_for_place(tok.text)[1])
    j0 = i
    while j0 > 0 and doc[j0].ent_iob_ == "I" and doc[j0 - 1].ent_type_ == doc[j0].ent_type_:
        j0 -= 1
    if (
        is_place
        and j0 - 2 >= 0
        and doc[j0 - 1].lower_ in ("to", "of", "in")
        and (has_title or doc[j0 - 2].lower_ in words)
    ):
        return j0 - 1
    return None


def _title_tokens(doc: Doc, start: int) -> tuple[int, list, str | None]:
    """Scan the title words before token `start`: (the token before them, the title's tokens, the state a title
    like "President of Kazakhstan" names)."""
    words = title_words()
    i = start - 1
    tokens: list = []
    country = None
    while i >= 0:
        if _extends_title(doc, i, start, bool(tokens), words):
            tokens.insert(0, doc[i])
            i -= 1
            continue
        p = _place_in_title(doc, i, bool(tokens), words)
        if p is None:
            break
        if doc[p].lower_ == "of" and country is None:
            country = _country_signal(doc[i])  # "President of Kazakhstan": the title's state
        tokens[:0] = list(doc[p : i + 1])
        i = p - 1
    return i, tokens, country


def _state_before_title(doc: Doc, i: int) -> tuple[int, str | None, object | None]:
    """A demonym or possessive state ending at token i, right before a title ("Kazakh President", "China's Foreign
    Minister"), or the state an institution named there shows ("French National Assembly president"): (the token
    before the state, else i; the state; the institution (an ORG span) or None)."""
    j = i
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    if j < 0:
        return i, None, None
    k = j  # where the entity holding token j starts
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    institution = doc[k : j + 1] if doc[j].ent_type_ == "ORG" else None
    state = _country_signal(doc[j]) or (
        next((c for c in map(_country_signal, institution) if c), None) if institution is not None else None
    )
    return (k - 1, state, institution) if state else (i, None, institution)


def _title_before(doc: Doc, start: int) -> tuple[int, str | None, str | None, str | None]:
    """The title before token `start`: (title start token, title, country, sector)."""
    i, tokens, country = _title_tokens(doc, start)
    if not any(t.lower_ in title_words() and t.lower_ not in ("and",) for t in tokens):
        return start, None, None, None
    i, state, institution = _state_before_title(doc, i)
    country = state or country
    title = " ".join(t.text for t in tokens)
    known, sec = sectors.title_sector(title.lower())
    if not known:
        known, sec = sectors.title_sector(tokens[-1].lower_)
    sector = sec if known and sec else None
    if country is None and institution is not None and sectors.org_sector(institution.text) == "IGO":
        sector = "IGO"  # an international organisation's officer acts for it: "U.N. Secretary-General Kofi Annan"
    return i + 1, title, country, sector


def _apposition_heads(doc: Doc, span: Span) -> list:
    """The apposition of a name: 'Li Zhanshu, China's No 3 official'."""
    appos = [c for c in span.root.children if c.dep_ == "appos"]
    if not appos and span.end < len(doc) and doc[span.end].text == ",":
        appos = [
            t
            for t in doc[span.end + 1 : min(len(doc), span.end + 4)]
            if t.dep_ == "appos" and t.head.i in range(span.start, span.end)
        ]
    return appos


def _apposition_country(doc: Doc, span: Span) -> tuple[str | None, str | None]:
    """Country and sector from an apposition: 'Li Zhanshu, China's No 3 official'."""
    for head in _apposition_heads(doc, span)[:1]:
        sector = None
        known, sec = sectors.title_sector(head.lower_)
        if known:
            sector = sec
        for child in head.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                sig = _country_signal(child)
                if sig:
                    return sig, sector
        # an organisation of the apposition that names a country: "the Kazakh Institute", "University of China"
        sub = list(head.subtree)
        for ent in _ents_within(doc, sub[0].i, sub[-1].i + 1):
            if ent.label_ in ("ORG", "FAC"):
                for tok in ent:
                    sig = _country_signal(tok)
                    if sig:
                        return sig, sector or sectors.org_sector(ent.text)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    sig = _country_signal(pobj)
                    if sig:
                        return sig, sector
        return None, sector
    return None, None


def _ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens [start, end), in order, found by bisection over the entities' starts (entities
    never overlap, so they are sorted by start and by end)."""
    import bisect

    ents = ents_of(doc)
    starts = doc_cache(doc, "ent_token_starts", lambda d: [e.start for e in ents_of(d)])
    out = []
    for k in range(bisect.bisect_left(starts, start), len(ents)):
        if ents[k].start >= end:
            break
        if ents[k].end <= end:
            out.append(ents[k])
    return out


def _demonym_group(name: str) -> str | None:
    """A name made of demonyms only ("Bosnian Serbs"): the country of the first."""
    words = name.split()
    if len(words) < 2 or not all(lexicon.country_of_demonym(w) for w in words):
        return None
    return lexicon.country_of_demonym(words[0])


def _looks_like_person(doc: Doc, span: Span, short_persons: set[str]) -> bool:
    """A capitalised two- or three-word name after a role title ("President Kassym-Jomart Tokayev"),
    or whose first or last word is a person named alone elsewhere ("Li Zhanshu" ... "Li said")."""
    toks = _name_tokens(clean_name(span.text))
    if not 2 <= len(toks) <= 3 or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if sectors.org_sector(span.text):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in role_words():
        return True
    return toks[0] in short_persons or toks[-1] in short_persons


def _person_like(span: Span, person_tokens: set[str]) -> bool:
    """Every word of the span is a word of a person named in the document."""
    toks = _name_tokens(clean_name(span.text))
    return bool(toks) and all(t in person_tokens for t in toks)


def _is_acronym(name: str) -> bool:
    """An all-capitals short name: an organisation's acronym ("CNPC")."""
    return name.isupper() and 2 <= len(name) <= settings().actors.acronym_max_chars


def _person_words(ents: Sequence[Span]) -> tuple[set[str], set[str]]:
    """Words of the document's person names, and its one-word person names: they repair spans the NER
    mislabelled (a full name whose short form is a person elsewhere)."""
    person_tokens: set[str] = set()
    short_persons: set[str] = set()
    for e in ents:
        name = clean_name(e.text)
        if e.label_ == "PERSON" and not (lexicon.country_of_name(name) or lexicon.country_of_demonym(name)):
            person_tokens.update(_name_tokens(name))
            if len(_name_tokens(name)) == 1:
                short_persons.add(_name_tokens(name)[0])
    return person_tokens, short_persons


def _name_span(doc: Doc, ent: Span) -> Span:
    """The entity without leading place words in a person's name ("Kazakhstan Zhang Xiao") and a leading "the"."""
    span = ent
    while len(span) > 1 and ent.label_ == "PERSON" and country_for_place(span[0].text)[1]:
        span = doc[span.start + 1 : span.end]
    while len(span) > 1 and span[0].lower_ in ("the",):
        span = doc[span.start + 1 : span.end]
    return span


def _inner_title(doc: Doc, span: Span) -> tuple[object, str, str | None] | None:
    """A title inside the entity ("Kazakh President Tokayev" tagged ORG): (the name's span, the title, the
    country of a demonym in it), else None."""
    words = span.text.split()
    roles, titles = role_words(), title_words()
    for k in range(len(words) - 1, 0, -1):
        if (
            words[k - 1].lower() in roles
            and words[k][:1].isupper()
            and all(w.lower() in titles or lexicon.country_of_demonym(w) for w in words[:k])
        ):
            offset = len(" ".join(words[:k])) + 1
            name_span = doc.char_span(span.start_char + offset, span.end_char, alignment_mode="contract") or span
            country = None
            for w in words[:k]:
                country = country or lexicon.country_of_demonym(w)
            return name_span, " ".join(words[:k]), country
    return None


def _repair_label(
    doc: Doc, span: Span, name: str, label: str, country: str | None, person_tokens: set[str], short_persons: set[str]
) -> tuple[str, str | None]:
    """The label (and country) the lexicon and the document's persons give a name, over the statistical one."""
    place_code, is_state = (None, False)
    demonym_code = lexicon.country_of_demonym(name)
    if label != "PERSON" or not person_tokens.issuperset(_name_tokens(name)):
        place_code, is_state = country_for_place(name)
    group_code = _demonym_group(name)
    if demonym_code and (label in ("NORP", "ORG", "PERSON", "GPE") and name[:1].isupper()) and not place_code:
        label, country = "NORP", demonym_code
    elif group_code and label in ("PERSON", "NORP", "GPE") and not place_code:
        label, country = "NORP", group_code  # "Bosnian Serbs", "Afghan rebels" tagged PERSON
    elif place_code and is_state and label != "PERSON":
        label, country = "GPE", place_code
    elif label == "PERSON" and place_code and (is_state or len(_name_tokens(name)) == 1):
        label, country = "GPE", place_code  # "Kazakstan", "Urumqi" tagged PERSON
    elif label in ("PERSON", "GPE") and _is_acronym(name):
        label = "ORG"  # acronyms: "CNPC" tagged PERSON
    elif (
        label in ("ORG", "GPE", "NORP", "LOC", "FAC")
        and not place_code
        and not demonym_code
        and (_person_like(span, person_tokens) or _looks_like_person(doc, span, short_persons))
    ):
        label = "PERSON"
    elif label in ("GPE", "LOC", "FAC"):
        country = place_code
    return label, country


def _is_actor(doc: Doc, span: Span, label: str, country: str | None) -> bool:
    """Whether a repaired mention names an actor (not a setting, not a stateless group or an ethnic one)."""
    if label in ("LOC", "FAC"):
        return False  # places that are not states or cities are settings, not actors
    if label == "NORP" and not country:
        return False  # "Central Asian": a group with no state to stand for
    # "ethnic Albanians" in Serbia: a people, not the state of Albania
    return not (label == "NORP" and span.start > 0 and doc[span.start - 1].lower_ == "ethnic")


def _describe_person(doc: Doc, span: Span, m: Mention, inner_title: str | None) -> None:
    """A person's title (the text then includes it), country and sector: from the title before the name and
    inside the entity, else from an apposition."""
    t_start, title, t_country, sector = _title_before(doc, span.start)
    if inner_title:
        title = inner_title if not title else f"{title} {inner_title}"
        known, sector2 = sectors.title_sector(inner_title.split()[-1].lower())
        sector = sector or sector2
    if title:
        m.title = title
        m.text = text_of(doc)[doc[t_start].idx : span.end_char]
        m.country = m.country or t_country
        m.sector = sector
    if m.country is None:
        a_country, a_sector = _apposition_country(doc, span)
        m.country = a_country
        m.sector = m.sector or a_sector


def _describe_org(doc: Doc, ent: Span, m: Mention) -> None:
    """An organisation's sector, state and written acronym."""
    m.sector = sectors.org_sector(m.name)
    # an organisation named for its state: "Serbian Workers' Union", "China's Ministry of Commerce"
    m.country = next((c for c in (_country_signal(t) for t in ent if t.text[:1].isupper()) if c), None)
    acronym = _explicit_acronym(doc, ent)
    if acronym:
        m.title = f"acronym:{acronym}"


def _mention(doc: Doc, ent: Span, person_tokens: set[str], short_persons: set[str]) -> Mention | None:
    """The actor mention of one entity, None when it names no actor."""
    span = _name_span(doc, ent)
    name = clean_name(span.text)
    if not name or not any(ch.isalpha() for ch in name) or len(name) > settings().actors.max_name_chars or ":" in name:
        return None
    label, country, inner_title = ent.label_, None, None
    inner = _inner_title(doc, span)
    if inner is not None:
        span, inner_title, country = inner
        name = clean_name(span.text)
        label = "PERSON"
    label, country = _repair_label(doc, span, name, label, country, person_tokens, short_persons)
    if not _is_actor(doc, span, label, country):
        return None
    m = Mention(span.start_char, span.end_char, span.text, name, label, country=country)
    if label == "PERSON":
        _describe_person(doc, span, m, inner_title)
    elif label == "ORG":
        _describe_org(doc, ent, m)
    return m


def extract_mentions(doc: Doc, sentence_starts: list[int] | None = None) -> list[Mention]:
    """Named actor mentions of one parsed document, with document-level coreference keys."""
    import bisect

    ents = [e for e in ents_of(doc) if e.label_ in ENTITY_LABELS]
    person_tokens, short_persons = _person_words(ents)
    mentions: list[Mention] = []
    for ent in ents:
        m = _mention(doc, ent, person_tokens, short_persons)
        if m is None:
            continue
        if sentence_starts:
            m.sent_index = max(bisect.bisect_right(sentence_starts, m.start_char) - 1, 0)
        mentions.append(m)
    _corefer(mentions)
    return mentions


class _FullNames:
    """The document's full person names (two words or more), indexed by the short forms they contain: a short
    form is the first words, the last words or, for one word, any word of a full name (`_is_sub`). Looked up per
    mention instead of scanning every full name for every mention (quadratic in the length of the document)."""

    def __init__(self, full: list[Mention]) -> None:
        self.names: dict[tuple[str, ...], None] = {}  # distinct names, in order of first mention
        self.starts: dict[tuple[str, ...], list[int]] = defaultdict(list)  # a name's mentions' start offsets
        self.parts: dict[tuple[str, ...], dict[tuple[str, ...], None]] = defaultdict(dict)  # short form -> names
        self.words: set[str] = set()  # every word of a full name
        for f in full:
            name = _name_tokens_cached(f.name)
            self.starts[name].append(f.start_char)
            if name in self.names:
                continue
            self.names[name] = None
            self.words.update(name)
            for k in range(1, len(name) + 1):
                self.parts[name[:k]][name] = None
                self.parts[name[-k:]][name] = None
            for word in name:
                self.parts[(word,)][name] = None
        self._longer: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = {}
        self._longest: dict[tuple[str, ...], tuple[str, ...]] = {}

    def containing(self, short: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The full names `short` is a short form of (`_is_sub`), in order of first mention."""
        return list(self.parts.get(short, ())) if short else []

    def longer(self, short: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """(start offset, name) of every mention of a longer full name containing `short`, by offset."""
        if short not in self._longer:
            self._longer[short] = sorted(
                (start, name)
                for name in self.containing(short)
                if len(name) > len(short)
                for start in self.starts[name]
            )
        return self._longer[short]

    def longest(self, name: tuple[str, ...]) -> tuple[str, ...]:
        """The longest full name containing `name` (the first mentioned of equally long ones)."""
        if name not in self._longest:
            self._longest[name] = max(self.containing(name), key=len)
        return self._longest[name]


def _person_key(m: Mention, full: _FullNames) -> str:
    """A person's document key: its own full name, else the longest full name containing the nearest full
    name before it (after it when none precedes) of which it is a short form."""
    import bisect

    toks = _name_tokens_cached(m.name)
    candidates = full.longer(toks)
    if not candidates:  # a full name no longer one contains, or a short form of none
        return "PERSON:" + " ".join(toks)
    i = bisect.bisect_left(candidates, (m.start_char,))
    pick = candidates[i - 1][1] if i else candidates[0][1]  # the nearest before it, else the first after it
    return "PERSON:" + " ".join(full.longest(pick))


def _join_organisations(mentions: list[Mention], full: _FullNames) -> None:
    """A short form that starts a longer organisation's name in the document ("Xinhua" -> "Xinhua News Agency"),
    and an acronym of one ("SCO"), take its key."""
    orgs = [m for m in mentions if m.type == "ORG"]
    # indexes instead of a scan of every organisation for every mention: the first longer organisation by first
    # word; the organisations an acronym stands for (by their initials or the acronym written after them)
    longer_by_first: dict[str, Mention] = {}
    by_acronym: dict[str, dict[int, Mention]] = defaultdict(dict)
    for o in orgs:
        words = _name_tokens_cached(o.name)
        if len(words) > 1:
            longer_by_first.setdefault(words[0], o)
        by_acronym[_acronym(o.name)][id(o)] = o
        if o.title and o.title.startswith("acronym:"):
            by_acronym[o.title[len("acronym:") :]][id(o)] = o
    for m in mentions:
        if m.type in ("ORG", "PERSON") and len(_name_tokens_cached(m.name)) == 1:
            first = _name_tokens_cached(m.name)[0]
            longer = longer_by_first.get(first)
            if longer is not None and first not in full.words:
                m.type = "ORG"
                m.key = f"ORG:{_fold(longer.name)}"
        if m.type == "ORG" and _is_acronym(m.name):
            o = next((o for o in by_acronym.get(m.name, {}).values() if o is not m), None)
            if o is not None:
                m.key = f"ORG:{_fold(o.name)}"


def _corefer(mentions: list[Mention]) -> None:
    """Give every mention a document-level key: short person names join the nearest full name."""
    persons = [m for m in mentions if m.type == "PERSON"]
    full = _FullNames([m for m in persons if len(_name_tokens(m.name)) >= 2])
    for m in mentions:
        if m.type == "GPE" and m.country and country_for_place(m.name)[1]:
            m.key = f"GPE:{m.country}"
        elif m.type == "NORP":
            m.key = f"GPE:{m.country}"
        elif m.type == "PERSON":
            m.key = _person_key(m, full)
        else:
            m.key = f"{m.type}:{_fold(m.name)}"
    _join_organisations(mentions, full)


def _is_sub(short: list[str], full: list[str]) -> bool:
    """`short` is the first words, last words or a single word of `full`."""
    if not short or len(short) > len(full):
        return False
    if full[: len(short)] == short or full[-len(short) :] == short:
        return True
    # hyphenated first names: "Kassym-Jomart Tokayev" vs "Tokayev"
    return len(short) == 1 and short[0] in full


# ---------------------------------------------------------------------------
# Across the corpus


def _key_words(key: str) -> list[str]:
    """The words of a cluster key ('PERSON:xi jinping' -> xi, jinping)."""
    return key.split(":", 1)[1].split()


def _corpus_keys(mentions: list[Mention]) -> list[str]:
    """Each mention's corpus key: its document key, except that a one-word person joins the one corpus full name
    containing it, and an organisation's acronym or leading word the one organisation it abbreviates, when
    unique."""
    # indexes instead of scans: word -> full person names containing it; acronym / first word -> organisations
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in {m.key for m in mentions if m.type == "PERSON" and len(_key_words(m.key)) >= 2}:
        for w in _key_words(k):
            by_word[w].add(k)
    by_acronym: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in {m.key for m in mentions if m.type == "ORG"}:
        words = _key_words(k)
        by_acronym[_acronym_of_key(k)].add(k)
        if len(words) > 1:
            by_first[words[0]].add(k)
    keys = []
    for m in mentions:
        key = m.key
        if m.type == "PERSON" and len(_key_words(key)) == 1:
            matches = by_word.get(key.split(":", 1)[1], ())
            if len(matches) == 1:
                key = next(iter(matches))
        if m.type == "ORG":
            folded = key.split(":", 1)[1]
            matches = (
                by_acronym.get(m.name, ())
                if m.name.isupper()
                else (by_first.get(folded, ()) if len(folded.split()) == 1 else ())
            )
            if len(matches) == 1:
                key = next(iter(matches))
        keys.append(key)
    return keys


def _name_and_country(key: str, ms: list[Mention], type_: str) -> tuple[str, str | None, str]:
    """An actor's canonical name, country and type: a state by its code; a person by the longest name the
    mentions give, anything else by the most frequent; the country most mentions give."""
    if key.startswith("GPE:") and len(key) == 7 and key[4:].isupper():
        return lexicon.country_display_name(key[4:]), key[4:], "GPE"
    names = Counter(m.name for m in ms if m.type != "NORP")
    if type_ == "PERSON":
        name = max(names, key=lambda n: (len(_name_tokens(n)), names[n], n))
    else:
        name = max(names, key=lambda n: (names[n], len(n), n)) if names else ms[0].name
    countries = Counter(m.country for m in ms if m.country)
    return name, (countries.most_common(1)[0][0] if countries else None), type_


def _actor(key: str, ms: list[Mention]) -> Actor:
    """The actor of one cluster of mentions (n_documents is counted later)."""
    type_ = Counter(m.type if m.type != "NORP" else "GPE" for m in ms).most_common(1)[0][0]
    name, country, type_ = _name_and_country(key, ms, type_)
    sectors = Counter(m.sector for m in ms if m.sector)
    sector = sectors.most_common(1)[0][0] if sectors else None
    source = "text" if country else None
    if country is None and type_ == "PERSON":
        known = known_people.lookup(name)  # a person other articles place: "Putin" -> RUS
        if known is not None:
            country, source = known, "known"
    aliases = sorted(
        {re.sub(r"\s+", " ", _POSSESSIVE.sub("", m.text)).strip() for m in ms}
        | {m.name for m in ms if m.type != "NORP"}
    )
    return Actor(actor_id(type_, name), name, type_, country, sector, aliases, len(ms), 0, source)


def _merge(actors: list[Actor]) -> dict[str, Actor]:
    """Two keys can give the same canonical name: one actor per actor_id."""
    merged: dict[str, Actor] = {}
    for a in actors:
        b = merged.setdefault(a.actor_id, a)
        if b is a:
            continue
        b.aliases = sorted(set(b.aliases) | set(a.aliases))
        b.n_mentions += a.n_mentions
        if b.country is None or (b.country_source == "known" and a.country_source == "text"):
            b.country, b.country_source = a.country, a.country_source
        b.sector = b.sector or a.sector
    return merged


def resolve(mentions: list[tuple[str, Mention]]) -> tuple[list[Actor], list[str]]:
    """Cluster the corpus's mentions, each with its doc_id, into actors: the actors (by actor_id) and the
    actor_id of each mention, in the order given."""
    clusters: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(_corpus_keys([m for _, m in mentions])):
        clusters[key].append(i)
    actors: list[Actor] = []
    actor_ids = [""] * len(mentions)
    for key, members in sorted(clusters.items()):
        actors.append(_actor(key, [mentions[i][1] for i in members]))
        for i in members:
            actor_ids[i] = actors[-1].actor_id
    merged = _merge(actors)
    docs_per_actor: dict[str, set[str]] = defaultdict(set)
    for (doc_id, _), aid in zip(mentions, actor_ids):
        docs_per_actor[aid].add(doc_id)
    for a in merged.values():
        a.n_documents = len(docs_per_actor[a.actor_id])
    return sorted(merged.values(), key=lambda a: a.actor_id), actor_ids


def _acronym_of_key(key: str) -> str:
    """The acronym of an organisation key's words."""
    return "".join(w[0].upper() for w in key.split(":", 1)[1].split() if w not in ("of", "the", "and", "for"))
