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
from dataclasses import dataclass

from pipeline.stages import known_people
from pipeline.stages import lexicon
from pipeline.ids import actor_id
from pipeline.stages.parse import ents_of, text_of

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Words of titles that stand before a name.
TITLE_WORDS = {
    "president", "minister", "prime", "deputy", "foreign", "vice", "first", "former", "ambassador", "secretary",
    "general", "state", "chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "premier",
    "chancellor", "king", "queen", "prince", "crown", "emir", "sheikh", "governor", "mayor", "senator", "sen.",
    "professor", "prof.", "dr.", "dr", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "judge", "justice", "commander",
    "colonel", "col.", "gen.", "admiral", "lieutenant", "major", "defence", "defense", "interior", "finance",
    "trade", "economy", "energy", "acting", "chairman", "chairwoman", "chair", "director", "executive", "ceo",
    "envoy", "special", "representative", "rep.", "lawmaker", "congressman", "congresswoman", "pope",
    "cardinal", "archbishop", "bishop", "ayatollah", "supreme", "opposition", "party", "counselor", "councillor",
    "councilor", "adviser", "advisor", "national", "security", "top", "senior", "diplomat", "official",
    "consul", "attorney", "sultan", "marshal", "captain", "sergeant", "inspector", "speaker", "mp",
    "spy", "army", "military", "police", "communist", "leader", "dictator", "strongman", "journalist", "analyst",
    "expert", "researcher", "activist", "lawyer", "editor", "reporter", "sir", "lord", "dame", "junior",
    "assistant", "associate", "interim", "caretaker", "outgoing", "incoming", "elected", "-", "deputy-general",
}
ROLE_WORDS = {"president", "minister", "premier", "chancellor", "king", "queen", "ambassador", "secretary", "leader",
              "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "envoy", "emir", "official", "professor",
              "general", "director", "chairman", "chairwoman", "senator", "judge", "commander", "prince", "sheikh",
              "ceo", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof.", "gen.", "sen.", "col.", "colonel",
              "lawmaker", "diplomat", "chief", "pope", "cardinal", "ayatollah", "sultan", "admiral", "justice"}
AGENT_NOUNS = {"government", "authorities", "authority", "officials", "official", "forces", "troops", "army",
               "military", "police", "side", "leadership", "administration", "ministry", "state", "regime",
               "diplomats", "leaders", "president", "soldiers", "navy", "embassy", "parliament", "lawmakers",
               "people", "delegation", "counterparts", "counterpart", "premier", "nationalists", "security"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class Mention:
    doc_id: str
    start_char: int  # the name itself
    end_char: int
    text: str  # as written, title included
    name: str  # the name without title or possessive
    type: str
    sent_index: int = 0
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    key: str | None = None  # document-level cluster key (full name for persons)
    token_start: int = 0
    token_end: int = 0
    text_start: int = 0  # start of `text` (title included)


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
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _TRAILING_ACRONYM.sub("", text)
    return text.strip(" ,.;:“”\"'‘’()[]")


@functools.lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    name = name.casefold().replace("‐", "-").replace("–", "-")
    name = re.sub(r"isation\b", "ization", name)
    name = re.sub(r"is(e|ed|ing)\b", r"iz\1", name)
    name = re.sub(r"\bcentre\b", "center", name)
    return re.sub(r"[^\w\s-]", "", name).strip()


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper() and w.lower() not in {"of", "the", "and", "for"}]
    return "".join(w[0] for w in words)


def _name_tokens(name: str) -> list[str]:
    return list(_name_tokens_cached(name))


@functools.lru_cache(maxsize=8192)
def _name_tokens_cached(name: str) -> tuple[str, ...]:
    return tuple(t for t in _fold(name).split() if t)


def _explicit_acronym(doc, ent) -> str | None:
    """'Shanghai Cooperation Organisation (SCO)': the acronym written after the name."""
    m = re.match(r"\s*\(\s*([A-Z][A-Z&]{1,9})\s*\)", text_of(doc)[ent.end_char:ent.end_char + 16])
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


def _country_signal(tok) -> str | None:
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


def _entity_text(tok) -> str:
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


def _title_before(doc, start: int) -> tuple[int, str | None, str | None, str | None]:
    """Scan the title words before token `start`: (title start token, title, country, sector)."""
    i = start - 1
    title_tokens = []
    country = None
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        if low in TITLE_WORDS or (low == "and" and title_tokens) or (low == "no" and i + 1 < start and doc[i + 1].like_num):
            title_tokens.insert(0, tok)
            i -= 1
            continue
        if tok.like_num and i + 1 < start and doc[i + 1].lower_ in TITLE_WORDS:
            title_tokens.insert(0, tok)
            i -= 1
            continue
        # "Ambassador to Kazakhstan", "Foreign Minister of Russia" inside the title
        is_place = tok.ent_type_ == "GPE" or (tok.text[:1].isupper() and country_for_place(tok.text)[1])
        # "Ambassador to Kazakhstan Zhang Xiao", "First President of Kazakhstan Nursultan Nazarbayev":
        # the place may stand right before the name, with the title before it
        j0 = i
        while j0 > 0 and doc[j0].ent_iob_ == "I" and doc[j0 - 1].ent_type_ == doc[j0].ent_type_:
            j0 -= 1
        if is_place and j0 - 2 >= 0 and doc[j0 - 1].lower_ in ("to", "of", "in") and (
                title_tokens or doc[j0 - 2].lower_ in TITLE_WORDS):
            if doc[j0 - 1].lower_ == "of" and country is None:
                country = _country_signal(doc[i])  # "President of Kazakhstan": the title's state
            title_tokens[:0] = list(doc[j0 - 1:i + 1])
            i = j0 - 2
            continue
        break
    if not any(t.lower_ in TITLE_WORDS and t.lower_ not in ("and",) for t in title_tokens):
        return start, None, None, None
    # A demonym or possessive state right before the title: "Kazakh President", "China's Foreign Minister"
    j = i
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    institution = None  # an organisation named right before the title
    if j >= 0:
        k = j  # where the entity holding token j starts
        while k > 0 and doc[k].ent_iob_ == "I":
            k -= 1
        if doc[j].ent_type_ == "ORG":
            institution = doc[k:j + 1]
        # the token's own state, else one the title's institution names ("French National Assembly president")
        sig = _country_signal(doc[j]) or (
            next((c for c in map(_country_signal, institution) if c), None) if institution is not None else None)
        if sig:
            country = sig
            i = k - 1
    title = " ".join(t.text for t in title_tokens)
    sector = None
    known, sec = lexicon.title_sector(title.lower())
    if not known:
        known, sec = lexicon.title_sector(title_tokens[-1].lower_)
    if known and sec:
        sector = sec
    if country is None and institution is not None and lexicon.org_sector(institution.text) == "IGO":
        sector = "IGO"  # an international organisation's officer acts for it: "U.N. Secretary-General Kofi Annan"
    return i + 1, title, country, sector


def _apposition_country(doc, span) -> tuple[str | None, str | None]:
    """Country and sector from an apposition: 'Li Zhanshu, China's No 3 official'."""
    root = span.root
    appos = [c for c in root.children if c.dep_ == "appos"]
    if not appos and span.end < len(doc) and doc[span.end].text == ",":
        appos = [t for t in doc[span.end + 1:min(len(doc), span.end + 4)] if t.dep_ == "appos" and t.head.i in range(span.start, span.end)]
    for head in appos[:1]:
        sector = None
        known, sec = lexicon.title_sector(head.lower_)
        if known:
            sector = sec
        for child in head.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                sig = _country_signal(child)
                if sig:
                    return sig, sector
        # an organisation of the apposition that names a country: "the Kazakh Institute", "University of China"
        sub = list(head.subtree)
        for ent in ents_of(doc):
            if ent.label_ in ("ORG", "FAC") and ent.start >= sub[0].i and ent.end <= sub[-1].i + 1:
                for tok in ent:
                    sig = _country_signal(tok)
                    if sig:
                        return sig, sector or lexicon.org_sector(ent.text)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    sig = _country_signal(pobj)
                    if sig:
                        return sig, sector
        return None, sector
    return None, None


def _demonym_group(name: str) -> str | None:
    """A name made of demonyms only ("Bosnian Serbs"): the country of the first."""
    words = name.split()
    if len(words) < 2 or not all(lexicon.country_of_demonym(w) for w in words):
        return None
    return lexicon.country_of_demonym(words[0])


def _looks_like_person(doc, span, short_persons: set[str]) -> bool:
    """A capitalised two- or three-word name after a role title ("President Kassym-Jomart Tokayev"),
    or whose first or last word is a person named alone elsewhere ("Li Zhanshu" ... "Li said")."""
    toks = _name_tokens(clean_name(span.text))
    if not 2 <= len(toks) <= 3 or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if lexicon.org_sector(span.text):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in ROLE_WORDS:
        return True
    return toks[0] in short_persons or toks[-1] in short_persons


def _person_like(span, person_tokens: set[str]) -> bool:
    toks = _name_tokens(clean_name(span.text))
    return bool(toks) and all(t in person_tokens for t in toks)


def extract_mentions(doc_id: str, doc, sentence_starts: list[int] | None = None) -> list[Mention]:
    """Named actor mentions of one parsed document, with document-level coreference keys."""
    import bisect

    ents = [e for e in ents_of(doc) if e.label_ in ENTITY_LABELS]
    # Words of person names in this document: repair spans the NER mislabelled.
    person_tokens: set[str] = set()
    short_persons: set[str] = set()  # one-word person forms whose full name the NER may have mislabelled
    for e in ents:
        name = clean_name(e.text)
        if e.label_ == "PERSON" and not (lexicon.country_of_name(name) or lexicon.country_of_demonym(name)):
            person_tokens.update(_name_tokens(name))
            if len(_name_tokens(name)) == 1:
                short_persons.add(_name_tokens(name)[0])

    mentions: list[Mention] = []
    for ent in ents:
        span = ent
        # strip leading place words from person names ("Kazakhstan Zhang Xiao")
        while len(span) > 1 and ent.label_ == "PERSON" and country_for_place(span[0].text)[1]:
            span = doc[span.start + 1:span.end]
        while len(span) > 1 and span[0].lower_ in ("the",):
            span = doc[span.start + 1:span.end]
        name = clean_name(span.text)
        if not name or not any(ch.isalpha() for ch in name) or len(name) > 80 or ":" in name:
            continue
        label = ent.label_
        country = None
        # titles inside the entity ("Kazakh President Tokayev" tagged ORG)
        inner_title = None
        words = span.text.split()
        for k in range(len(words) - 1, 0, -1):
            if words[k - 1].lower() in ROLE_WORDS and words[k][:1].isupper() and all(w.lower() in TITLE_WORDS or lexicon.country_of_demonym(w) for w in words[:k]):
                inner_title = " ".join(words[:k])
                offset = len(" ".join(words[:k])) + 1
                span = doc.char_span(span.start_char + offset, span.end_char, alignment_mode="contract") or span
                name = clean_name(span.text)
                label = "PERSON"
                for w in words[:k]:
                    country = country or lexicon.country_of_demonym(w)
                break
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
        elif label in ("PERSON", "GPE") and name.isupper() and 2 <= len(name) <= 8:
            label = "ORG"  # acronyms: "CNPC" tagged PERSON
        elif label in ("ORG", "GPE", "NORP", "LOC", "FAC") and not place_code and not demonym_code and (
                _person_like(span, person_tokens) or _looks_like_person(doc, span, short_persons)):
            label = "PERSON"
        elif label in ("GPE", "LOC", "FAC"):
            country = place_code
        if label in ("LOC", "FAC"):
            continue  # places that are not states or cities are settings, not actors
        if label == "NORP" and not country:
            continue  # "Central Asian": a group with no state to stand for
        if label == "NORP" and span.start > 0 and doc[span.start - 1].lower_ == "ethnic":
            continue  # "ethnic Albanians" in Serbia: a people, not the state of Albania
        m = Mention(doc_id, span.start_char, span.end_char, span.text, name, label, country=country,
                    token_start=span.start, token_end=span.end, text_start=span.start_char)
        if label == "PERSON":
            t_start, title, t_country, sector = _title_before(doc, span.start)
            if inner_title:
                title = inner_title if not title else f"{title} {inner_title}"
                known, sector2 = lexicon.title_sector(inner_title.split()[-1].lower())
                sector = sector or sector2
            if title:
                m.title = title
                m.text = text_of(doc)[doc[t_start].idx:span.end_char]
                m.text_start = doc[t_start].idx
                m.country = m.country or t_country
                m.sector = sector
            if m.country is None:
                a_country, a_sector = _apposition_country(doc, span)
                m.country = a_country
                m.sector = m.sector or a_sector
        elif label == "ORG":
            m.sector = lexicon.org_sector(name)
            # an organisation named for its state: "Serbian Workers' Union", "China's Ministry of Commerce"
            m.country = next((c for c in (_country_signal(t) for t in ent if t.text[:1].isupper()) if c), None)
            acronym = _explicit_acronym(doc, ent)
            if acronym:
                m.title = f"acronym:{acronym}"
        elif label == "GPE" and is_state:
            m.sector = None
        if sentence_starts:
            m.sent_index = max(bisect.bisect_right(sentence_starts, m.start_char) - 1, 0)
        mentions.append(m)
    _corefer(mentions)
    return mentions


def _corefer(mentions: list[Mention]) -> None:
    """Give every mention a document-level key: short person names join the nearest full name."""
    persons = [m for m in mentions if m.type == "PERSON"]
    full = [m for m in persons if len(_name_tokens(m.name)) >= 2]
    for m in mentions:
        if m.type == "GPE" and m.country and country_for_place(m.name)[1]:
            m.key = f"GPE:{m.country}"
        elif m.type == "NORP":
            m.key = f"GPE:{m.country}"
        elif m.type == "PERSON":
            toks = _name_tokens(m.name)
            if len(toks) >= 2 and not any(len(_name_tokens(f.name)) > len(toks) and _is_sub(toks, _name_tokens(f.name)) for f in full):
                m.key = "PERSON:" + " ".join(toks)
                continue
            candidates = [f for f in full if _is_sub(toks, _name_tokens(f.name)) and f is not m and len(_name_tokens(f.name)) > len(toks)]
            before = [f for f in candidates if f.start_char < m.start_char]
            pick = max(before, key=lambda f: f.start_char) if before else (min(candidates, key=lambda f: f.start_char) if candidates else None)
            if pick is not None:
                # the longest full form that contains the picked one
                longest = max((f for f in full if _is_sub(_name_tokens(pick.name), _name_tokens(f.name))),
                              key=lambda f: len(_name_tokens(f.name)))
                m.key = "PERSON:" + " ".join(_name_tokens(longest.name))
            else:
                m.key = "PERSON:" + " ".join(toks)
        else:
            m.key = f"{m.type}:{_fold(m.name)}"
    # organisations: a short form that starts a longer name in the same document ("Xinhua" -> "Xinhua News Agency")
    orgs = [m for m in mentions if m.type == "ORG"]
    for m in mentions:
        if m.type in ("ORG", "PERSON") and len(_name_tokens(m.name)) == 1:
            longer = [o for o in orgs if len(_name_tokens(o.name)) > 1 and _name_tokens(o.name)[0] == _name_tokens(m.name)[0]]
            if longer and not any(f for f in full if _name_tokens(m.name)[0] in _name_tokens(f.name)):
                m.type = "ORG"
                m.key = f"ORG:{_fold(longer[0].name)}"
        if m.type == "ORG" and m.name.isupper() and 2 <= len(m.name) <= 8:
            for o in orgs:
                if o is not m and (_acronym(o.name) == m.name or o.title == f"acronym:{m.name}"):
                    m.key = f"ORG:{_fold(o.name)}"
                    break


def _is_sub(short: list[str], full: list[str]) -> bool:
    """`short` is the first words, last words or a single word of `full`."""
    if not short or len(short) > len(full):
        return False
    if full[:len(short)] == short or full[-len(short):] == short:
        return True
    # hyphenated first names: "Kassym-Jomart Tokayev" vs "Tokayev"
    return len(short) == 1 and short[0] in full


# ---------------------------------------------------------------------------
# Across the corpus


def resolve(mentions: list[Mention]) -> tuple[list[Actor], dict[int, str]]:
    """Cluster mentions into actors. Returns the actors and a map id(mention) -> actor_id."""
    # Persons whose key is a single word join the one corpus full name containing it, when unique.
    full_keys = {m.key for m in mentions if m.type == "PERSON" and len(m.key.split(":", 1)[1].split()) >= 2}
    org_keys = {m.key for m in mentions if m.type == "ORG"}
    # indexes instead of scans: word -> full person names containing it; acronym / first word -> organisations
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in full_keys:
        for w in k.split(":", 1)[1].split():
            by_word[w].add(k)
    by_acronym: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in org_keys:
        words = k.split(":", 1)[1].split()
        by_acronym[_acronym_of_key(k)].add(k)
        if len(words) > 1:
            by_first[words[0]].add(k)
    key_of: dict[int, str] = {}
    for m in mentions:
        key = m.key
        if m.type == "PERSON" and len(key.split(":", 1)[1].split()) == 1:
            matches = by_word.get(key.split(":", 1)[1], ())
            if len(matches) == 1:
                key = next(iter(matches))
        if m.type == "ORG":
            folded = key.split(":", 1)[1]
            matches = by_acronym.get(m.name, ()) if m.name.isupper() else (
                by_first.get(folded, ()) if len(folded.split()) == 1 else ())
            if len(matches) == 1:
                key = next(iter(matches))
        key_of[id(m)] = key

    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[key_of[id(m)]].append(m)

    actors: list[Actor] = []
    assign: dict[int, str] = {}
    for key, ms in sorted(clusters.items()):
        type_ = Counter(m.type if m.type != "NORP" else "GPE" for m in ms).most_common(1)[0][0]
        if key.startswith("GPE:") and len(key) == 7 and key[4:].isupper():
            name = lexicon.country_display_name(key[4:])
            country = key[4:]
            type_ = "GPE"
        else:
            names = Counter(m.name for m in ms if m.type != "NORP")
            if type_ == "PERSON":
                name = max(names, key=lambda n: (len(_name_tokens(n)), names[n], n))
            else:
                name = max(names, key=lambda n: (names[n], len(n), n)) if names else ms[0].name
            countries = Counter(m.country for m in ms if m.country)
            country = countries.most_common(1)[0][0] if countries else None
        sectors = Counter(m.sector for m in ms if m.sector)
        sector = sectors.most_common(1)[0][0] if sectors else None
        source = "text" if country else None
        if country is None and type_ == "PERSON":
            known = known_people.lookup(name)  # a person other articles place: "Putin" -> RUS
            if known is not None:
                country, source = known, "known"
        aliases = sorted({re.sub(r"\s+", " ", _POSSESSIVE.sub("", m.text)).strip() for m in ms} | {m.name for m in ms if m.type != "NORP"})
        aid = actor_id(type_, name)
        actors.append(Actor(aid, name, type_, country, sector, aliases, len(ms), len({m.doc_id for m in ms}), source))
        for m in ms:
            assign[id(m)] = aid
    # two keys can give the same canonical name: merge them
    merged: dict[str, Actor] = {}
    for a in actors:
        if a.actor_id in merged:
            b = merged[a.actor_id]
            b.aliases = sorted(set(b.aliases) | set(a.aliases))
            b.n_mentions += a.n_mentions
            b.n_documents = max(b.n_documents, a.n_documents)
            if b.country is None or (b.country_source == "known" and a.country_source == "text"):
                b.country, b.country_source = a.country, a.country_source
            b.sector = b.sector or a.sector
        else:
            merged[a.actor_id] = a
    docs_per_actor: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        docs_per_actor[assign[id(m)]].add(m.doc_id)
    for a in merged.values():
        a.n_documents = len(docs_per_actor[a.actor_id])
    return sorted(merged.values(), key=lambda a: a.actor_id), assign


def _acronym_of_key(key: str) -> str:
    return "".join(w[0].upper() for w in key.split(":", 1)[1].split() if w not in ("of", "the", "and", "for"))


# ---------------------------------------------------------------------------
# Looking mentions up from tokens (used by quotes and events)

_KIND_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}


def mention_for_token(tok, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.token_start <= tok.i < m.token_end:
            return m
    return None


def mentions_in_subtree(tok, mentions: list[Mention]) -> list[Mention]:
    """Mentions inside a token's phrase: persons first, then nearest to the head."""
    sub = {t.i for t in tok.subtree}
    inside = [m for m in mentions if m.token_start in sub]
    return sorted(inside, key=lambda m: (_KIND_RANK.get(m.type, 9), abs(m.token_start - tok.i)))


def resolve_pronoun(word: str, before_char: int, mentions: list[Mention], excluded_spans=()) -> Mention | None:
    """The nearest preceding mention of a fitting kind (he/she: a person; it: a state or an organisation)."""
    word = word.lower()
    kinds = {"PERSON"} if word in PRONOUNS_PERSON else (
        {"ORG", "GPE"} if word in ("it", "its") else {"PERSON", "ORG", "GPE", "NORP"})
    best = None
    for m in mentions:
        if m.start_char >= before_char:
            break
        if m.type in kinds and not any(s.start_char - 1 <= m.start_char <= s.end_char for s in excluded_spans):
            best = m
    return best
