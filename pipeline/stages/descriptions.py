"""Definite descriptions resolved to an actor named earlier in the document: "the chancellor" (a person whose
title holds the words), "the party", "the company", "the country" (the kind of actor), "the commission" (an
organisation whose name's head word it is), and "the government" (a state named near it as a government or its
people, not as what a thing is about: "the Iraq war"; else the state the document is about), by
pipeline/data/coref_descriptions.tsv; other descriptions ("the
news") stay unresolved.

A description resolves only when the answer is clear: the only fitting actor within a few sentences
(`events.description_max_sentences`), else the nearest fitting actor in that window that is the subject of its
sentence; a description that fits two actors equally stays unresolved rather than guess. Beyond the window an
organisation's kind ("the union", "the company", "the party") resolves to the only actor of that kind the text
names before it, and a title ("the president") to the only person the text titles so before it. In a story's
lead, a description the text names only after it is the one fitting body named
later whose name holds every word narrowing it ("accusing the electoral commission ... The National Electoral
Commission said"). A description narrowed by a region's word refers only to a state of that region ("the African
nation", "the Central Asian state": pipeline/data/coref_region_words.tsv and countryinfo's regions). A description
with a name
of its own inside it ("the Thai government", "the Labour party") is no description: the caller reads its name
first."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.stages import lexicon
from pipeline.stages.coref import is_subject_mention, mention_for_token, mention_head, mentions_in, subject_of
from pipeline.stages.dates.tokens import in_quotation
from pipeline.stages.event_dates import document_dateline_end
from pipeline.stages.lexicon import data_rows, word_sets
from pipeline.stages.parse import doc_cache, sents_of, text_of
from pipeline.stages.relevance import is_state

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pipeline.stages.records import Mention

# sectors of organisations that are no business ("the company" is none of them)
_NOT_BUSINESS = frozenset({"GOV", "IGO", "PTY", "MIL", "JUD", "LEG", "COP", "REL", "OPP", "EDU", "CVL", "NGO", "LAB"})
# words of an office that narrow it ("the foreign minister", "the prime minister", "the chief executive")
_TITLE_DEPS = frozenset({"amod", "compound"})


@functools.cache
def description_kinds() -> dict[str, str]:
    """Head noun (lower-case lemma) -> kind of actor it describes (title, party, company, country)."""
    return {r["noun"]: r["kind"] for r in data_rows("coref_descriptions.tsv")}


def is_description(tok: Token) -> bool:
    """A singular common noun with "the" ("the chancellor", "the firm"; not "a minister", "ministers", "his party"),
    one of the plural nouns the table lists as written ("the authorities", "the rebels"), a bare "government"
    before a noun ("government policy"), an office after a possessive pronoun ("his chancellor"), or a body after a
    definite office's possessive ("the prosecutor's office")."""
    if tok.lower_ in ACTING_ONLY and tok.pos_ == "PROPN" and not tok.ent_type_:
        pass  # "Gendarmes arrested ...": a force's noun capitalised at the sentence's start
    elif not common_noun(tok) or tok.tag_ not in ("NN", "NNP") and not (tok.tag_ == "NNS" and _plural_kind(tok)):
        return False
    if tok.lower_ == "government" and tok.dep_ in ("compound", "nmod") and not tok.n_lefts:
        return True  # "government policy", "a government rethink": the government's, definite as "the government"
    if tok.lower_ in ACTING_ONLY and not _acting(tok):
        return False  # "called the police", "police were asked to": the institution acted on, no side
    if tok.lower_ == "agents" and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in FORCE_QUALIFIERS for c in tok.children
    ):
        return False  # "the agents" of travel, of players, of a singer: a state's only as "federal agents"
    if tok.lower_ in ACTING_ONLY and _bare_forces(tok):
        return True  # "police arrested 40 people", "praised by police", "riot police fired", "accused police of"
    if _kind(tok) == "title" and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children):
        return True  # "his chancellor", "its chairman": an office named before
    if (
        tok.lower_ in INDEFINITE_STATE_BODIES
        and tok.dep_ == "nsubj"
        and any(c.lower_ == "a" for c in tok.children)
        and not _judge_of_a_game(tok)
    ):
        return True  # "a court in Ouargla freed ...": one of the state's courts
    if _kind(tok) == "body" and any(_office_possessor(c) for c in tok.children):
        return True  # "the prosecutor's office said it had asked ...": a body named by its office, definite
    return _definite(tok)


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _office_possessor(c: Token) -> bool:
    """A definite office's possessive on a body noun ("the prosecutor's office", "the attorney general's office"):
    never a place's or a state's ("the country's parliament" is its own, unnamed)."""
    word = c.lemma_.lower()
    office = word in JUDICIAL_OFFICES or description_kinds().get(word) == "title"
    return c.dep_ == "poss" and c.pos_ == "NOUN" and office and _definite(c)


OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def common_noun(tok: Token) -> bool:
    """A common noun, also one in lower case the tagger took for a name ("the foreign ministry" tagged NNP)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def _acting(tok: Token) -> bool:
    """The noun is the subject of an active verb or the agent of a passive ("praised by police"), or what a verb
    other than one of asking or telling acts on ("accused police of", "attacked police", "threw stones at
    police")."""
    if tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"):
        return True
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "against", "with"):
        verb = tok.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in INSTITUTION_VERBS


def _bare_forces(tok: Token) -> bool:
    """A state's forces named by their kind alone ("police", "riot police", "security forces", "troops"): no
    article, owner or name-like word ("British troops", "the city's police": read there), only words of a force's
    kind; "forces" and "agents" need one ("forces loyal to X", "agents of the singer" are no state's)."""
    words = [c for c in tok.children if c.dep_ in ("det", "poss", "amod", "compound") and not _heading_before(c, tok)]
    if any(c.lower_ not in FORCE_QUALIFIERS for c in words):
        return False
    return bool(words) or tok.lower_ not in _QUALIFIED_ONLY


_QUALIFIED_ONLY = frozenset({"forces", "agents"})  # a state's only with a force's word: "federal agents", not "agents"


def _heading_before(c: Token, tok: Token) -> bool:
    """A word before the noun set off from it by a dash or a colon, as a timeline's heading is ("MONDAY - Police
    raided ...": the parse hangs the day on "Police")."""
    return c.i < tok.i and any(t.text in ("-", "\u2013", "\u2014", ":") for t in tok.doc[c.i + 1 : tok.i])


# the police, a state's other forces and its officers of the law ("officers raided ...", "prosecutors charged ..."):
# definite without an article, and a side only as the one who acts or is acted on (people call, ask and consult the
# police as an institution, no side of a political interaction)
ACTING_ONLY = frozenset(
    {"police", "gendarmes", "troops", "soldiers", "forces", "guards"}
    | {"officers", "prosecutors", "investigators", "detectives", "agents"}
)
# words of a force's kind before it ("riot police", "security forces")
FORCE_QUALIFIERS = frozenset(
    {"riot", "security", "government", "state", "federal", "national", "paramilitary", "military", "armed", "border"}
    | {"intelligence", "immigration", "customs"}
    | {"police", "army", "prison", "navy", "naval"}  # a force's own noun: "police officers", "prison guards"
)
# verbs that use the police as an institution: asking, telling, helping ("called the police", "told police")
INSTITUTION_VERBS = frozenset(
    {"call", "contact", "ask", "tell", "alert", "notify", "inform", "report", "phone", "help", "assist", "thank"}
    | {"join"}
)
# a state's officers of its courts: none named, the state acts through them ("the judge", "a federal prosecutor")
JUDICIAL_OFFICES = frozenset({"judge", "magistrate", "prosecutor"})
# offices only a state has: held by no person the document names, the office acts for the state the story is about
STATE_OFFICES = frozenset({"minister", "premier"}) | JUDICIAL_OFFICES
# bodies only a state has ("the ministry", "the foreign ministry"): with no such body named, the state the story is
# about acts through it
STATE_BODIES = frozenset({"ministry", "court", "tribunal"})
# bodies and officers of a state that a story names with "a" as they act ("a court in Ouargla freed the reporter",
# "a federal judge charged the captain"): its courts, judges and prosecutors
INDEFINITE_STATE_BODIES = frozenset({"court", "tribunal"}) | JUDICIAL_OFFICES
# words before a judge's noun that keep it a court's ("a high court judge", "the trial judge", "a federal prosecutor")
LEGAL_COMPOUNDS = frozenset({"court", "district", "appeal", "appeals", "crown", "state", "chief", "trial", "county"})


def _judge_of_a_game(tok: Token) -> bool:
    """A judge named by another field's word ("a line judge", "the talent show judge", "the competition's judges"):
    no officer of a state's courts."""
    if tok.lemma_.lower() not in JUDICIAL_OFFICES:
        return False
    return any(c.dep_ == "compound" and c.lemma_.lower() not in LEGAL_COMPOUNDS for c in tok.children)


def _plural_kind(tok: Token) -> str | None:
    return description_kinds().get(tok.lower_)


def _kind(tok: Token) -> str | None:
    """The kind a description names: a plural by its written form ("authorities", "police"), a singular by its
    lemma."""
    return _plural_kind(tok) if tok.tag_ == "NNS" else description_kinds().get(tok.lemma_.lower())


def _words(tok: Token) -> list[str]:
    """The description's own words: its head and the words that narrow it ("prime", "foreign", "chief")."""
    return [c.lower_ for c in tok.children if c.dep_ in _TITLE_DEPS and c.i < tok.i] + [tok.lemma_.lower()]


def holds_title(m: Mention, words: list[str]) -> bool:
    """The person's title before the name holds all the words ("Foreign Minister Ana Duarte": "minister",
    "foreign minister"); shared with the quotes' speakers ("the Cardinal")."""
    if m.type != "PERSON":
        return False
    held = set((m.title or "").lower().replace("-", " ").split())
    return bool(held) and all(w in held for w in words)


def _apposition_titled(doc: Doc, m: Mention, words: list[str]) -> bool:
    """ "Gordon Brown, the chancellor," / "the chancellor, Gordon Brown,": the apposition's words hold all the words."""
    if m.type != "PERSON":
        return False
    head = mention_head(doc, m)
    if head is None:
        return False
    nouns = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        nouns.append(head.head)
    for noun in nouns:
        have = {t.lower_ for t in noun.subtree} | {noun.lemma_.lower()}
        if all(w in have for w in words):
            return True
    return False


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Nouns of organs of a state and of people (events_word_classes.tsv `state_noun`, `agent_noun`): a state named
    on one of them speaks of that state's people or government ("Iraqi officials", "the Iraqi government")."""
    classes = word_sets("events_word_classes.tsv", group="class")
    return classes.get("state_noun", frozenset()) | classes.get("agent_noun", frozenset())


def _names_a_thing(doc: Doc, m: Mention) -> bool:
    """The state is named only to say what a thing or an event is about ("the Iraq war", "UK growth", "Iraq-related
    costs") or where something is ("inspectors in Iraq"), not as a government or its people that "the government"
    could stand for."""
    head = mention_head(doc, m)
    if head is None:
        return False
    if head.dep_ == "pobj" and head.head.lower_ in _WHERE:
        return True  # "more time in Iraq", "violence in the Holy Land": where, not who governs
    if head.dep_ not in ("compound", "amod", "nmod") or head.head.pos_ != "NOUN":
        return False
    return head.head.lemma_.lower() not in _people_nouns()


_WHERE = frozenset({"in", "inside", "within", "across", "throughout"})


def _narrowed(tok: Token) -> bool:
    """A word before the noun that narrows it and names no place ("the island state", "the oil-rich state"; not "the
    Texas state", "the state")."""
    return any(c.dep_ in _TITLE_DEPS and c.i < tok.i and not c.ent_type_ for c in tok.children)


def _named_by(m: Mention, word: str) -> bool:
    """An organisation whose name's head word is the word ("European Commission", "Court of Appeal")."""
    if m.type != "ORG":
        return False
    name = (m.name or m.text).lower().replace("-", " ")
    words = name.split(" of ")[0].split()
    return bool(words) and words[-1].rstrip("s") == word.rstrip("s")


def _fits(kind: str | None, tok: Token, doc: Doc) -> Callable[[Mention], bool]:
    word = tok.lemma_.lower()
    if kind == "title":
        words = _words(tok)
        return lambda m: holds_title(m, words) or _apposition_titled(doc, m, words)
    if kind == "party":
        return lambda m: m.sector == "PTY" or _named_by(m, word)  # "the Tories", "the Green Party"
    if kind == "company":
        return lambda m: m.type == "ORG" and m.sector not in _NOT_BUSINESS
    if kind == "government":
        return lambda m: m.type == "GPE" and is_state(m) and not _names_a_thing(doc, m)
    if kind == "country" or kind == "narrowed_country" and (_narrowed(tok) or _regions_named(tok)):
        regions = _regions_named(tok)
        if regions:  # "the African nation": a state of that region only
            return lambda m: m.type == "GPE" and is_state(m) and all(lexicon.in_region(m.country, r) for r in regions)
        return lambda m: m.type == "GPE" and is_state(m)
    if kind in ("body", "forces"):
        # "the union": a trade union by any name ("the Garment Workers' Federation")
        return lambda m: _named_by(m, word) or word == "union" and m.sector == "LAB"
    if kind == "armed_group":
        return lambda m: armed_group(doc, m)
    if kind == "bloc":
        return lambda m: m.type == "ORG" and m.sector == "IGO"
    if kind == "group":
        if _group_of_people_before(tok):
            return lambda m: False  # "a group of youths attacked ... police arrested the group": those people
        return lambda m: m.type == "ORG" and m.sector not in _STATE_SECTORS
    return lambda m: False


def _group_of_people_before(tok: Token) -> bool:
    """A "group of" phrase before the description in its sentence or the one before ("a group of youths")."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    return any(
        t.lemma_.lower() == "group" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in doc[start : tok.i]
    )


# sectors of a state's own bodies and of bodies of states: no "group" ("the group" is a company, a party, an armed,
# a rights or a civic group)
_STATE_SECTORS = frozenset({"GOV", "IGO", "JUD", "LEG", "COP", "MIL"})


@functools.cache
def _region_words() -> dict[str, str]:
    """Words that say where a described state lies -> countryinfo's region (coref_region_words.tsv)."""
    return {r["word"]: r["region"] for r in data_rows("coref_region_words.tsv")}


def _regions_named(tok: Token) -> list[str]:
    """The regions the words before a description's noun name ("the Central Asian state": Central Asia; "the small
    African nation": Africa; "the Latin American country", "the Gulf state")."""
    words = _region_words()
    found = []
    for c in (c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i):
        before = tok.doc[c.i - 1] if c.i > 0 else None
        pair = f"{before.lower_} {c.lower_}" if before is not None else ""
        if pair in words:
            found.append(words[pair])
        elif c.lower_ in words:
            region = words[c.lower_]
            narrower = f"{before.text.capitalize()} {region}" if before is not None else ""
            found.append(narrower if narrower in lexicon.subregions() else region)
    return found


@functools.cache
def _armed_nouns() -> frozenset[str]:
    """Lemmas of the nouns that call a group armed (the table's armed_group rows, and "group" words' qualifiers:
    "a rebel group", "a guerrilla army")."""
    words = {noun for noun, kind in description_kinds().items() if kind == "armed_group"}
    return frozenset(
        {w.rstrip("s") for w in words}
        | {"rebel", "guerrilla", "militia", "insurgent", "militant", "fighter", "gunman", "combatant"}
    )


def _called_armed(doc: Doc, m: Mention) -> bool:
    """The document calls the group by an armed group's noun next to its name: "M23 rebels" (the name qualifies the
    noun), "the rebel group M23" / "the ELN, a guerrilla group" (the noun phrase in apposition), "Houthi militants",
    "fighters of the Kivu Front", "gunmen from the X" (the noun's "of" or "from"), "the X's fighters"."""
    head = mention_head(doc, m)
    if head is None:
        return False
    near = [head.head] if head.dep_ in ("compound", "amod", "nmod", "poss") or head.dep_ == "appos" else []
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "from") and head.head.head.pos_ == "NOUN":
        near.append(head.head.head)  # "fighters of the Kivu Front", "gunmen from X"
    near += [c for c in head.children if c.dep_ == "appos"]
    armed = _armed_nouns()
    for noun in near:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i != head.i]
        if any(w.lemma_.lower().rstrip("s") in armed for w in words):
            return True
    return False


def _government_of_the_story(doc: Doc, mentions: list[Mention], tok: Token | None = None) -> Mention | None:
    """For "the government" with no state named near it: the state the document is about (its states, peoples and
    parties name one country dominantly: `actors.document_country`), as the document's first mention of that state
    by name; None when the document is about no one country or never names it."""
    from pipeline.stages.actors import document_country

    country = document_country(mentions, doc)
    if country is None:
        return None
    if tok is not None:  # never a name later in the description's own sentence: "police fired at Kenyan marchers"
        mentions = [m for m in mentions if not tok.idx < m.start_char < tok.sent.end_char]
    return state_or_people(mentions, country)


def state_named(mentions: list[Mention], country: str) -> Mention | None:
    """The document's first mention of a country's state, by its name before a capital standing for it ("Kenya",
    not "Nairobi" where protesters marched); None when the document never names it as a state."""
    states = [m for m in mentions if m.type == "GPE" and m.country == country and is_state(m)]
    return next(iter(sorted(states, key=lambda m: lexicon.country_of_name(m.name) is None)), None)


def state_or_people(mentions: list[Mention], country: str) -> Mention | None:
    """The state of a country as the document names it (`state_named`), else the first mention of its people: a text
    that names its state only in the dateline, or never, calls it by its people ("the Congolese army", "Kyrgyz
    security chief X")."""
    people = (m for m in mentions if m.type == "NORP" and m.country == country)
    return state_named(mentions, country) or next(people, None)


def _government_named(doc: Doc, found: list[Mention], mentions: list[Mention]) -> Mention | None:
    """ "the government", "the authorities" with states named before it (nearest first): the state the document is
    about when the window names it, else the one state named, or the nearest state that is the subject of its
    sentence ("Iran's forces ... The government said"); a state named only as the object of an act ("accused Rwanda
    ... The authorities arrested") stands for the story's state's government no more than for its own."""
    from pipeline.stages.actors import document_country

    country = document_country(mentions, doc)
    own = next((m for m in found if m.country == country), None) if country else None
    if own is not None:
        return own
    subject = next((m for m in found if is_subject_mention(doc, m)), None)
    if subject is not None:
        return subject
    if country is not None:
        return _government_of_the_story(doc, mentions)
    if len({m.key or m.name for m in found}) > 1 or _acted_on(doc, found[0]):
        return None
    return found[0]


def _acted_on(doc: Doc, m: Mention) -> bool:
    """The state is named as the object of a verb ("accused Rwanda of ...", "attacked Georgia")."""
    head = mention_head(doc, m)
    return head is not None and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB"


def _foreign_office_holder(tok: Token, holder: Mention, mentions: list[Mention]) -> bool:
    """A state's office ("the prime minister", "the president") whose only holder named earlier is of another state
    than the one the story is about: the bare office is the story's own state's."""
    from pipeline.stages.actors import document_country

    if tok.lemma_.lower() not in STATE_OFFICES:
        return False
    story = document_country(mentions, tok.doc)
    country = holder.country or next((m.country for m in mentions if m.key == holder.key and m.country), None)
    return story is not None and country is not None and country != story


# kinds of organisation a text seldom names two of: beyond the window, the only one the text names before
SOLE_KINDS = frozenset({"company", "party", "body", "armed_group", "bloc"})


def based_in(doc: Doc, m: Mention) -> bool:
    """The mention names where someone or something is based ("the Madrid-based rights group", "a London-based
    analyst"): a place, no actor of the story and no antecedent of a description."""
    return re.match(r"[-\u2013]based\b", text_of(doc)[m.end_char : m.end_char + 8]) is not None


def resolve_description(
    tok: Token, mentions: list[Mention], after_char: int, *, definite: bool = False
) -> Mention | None:
    """The actor a definite description stands for: the one actor the fitting mentions before it (from
    `after_char`) name, else the nearest of them that is the subject of its sentence; with none in that window,
    for an organisation's kind (SOLE_KINDS) or a title, the only fitting actor the whole text names before it; else
    None. With `definite`, a singular common noun the phrase makes definite without "the" (the body in "a ministry
    spokeswoman") is read as one."""
    if not (is_description(tok) or definite and common_noun(tok) and tok.tag_ == "NN"):
        return None
    kind = _kind(tok)
    kind_fits = _fits(kind, tok, tok.doc)
    own = _clause_subjects(tok, mentions)

    def fits(m: Mention) -> bool:
        return (m.key or m.name) not in own and kind_fits(m) and not based_in(tok.doc, m)

    if kind == "armed_group":  # a group the text calls armed anywhere ("fighters of the X ... the X ... the rebels")
        armed = {m.key or m.name for m in mentions if fits(m)}
        fits = lambda m: (m.key or m.name) in armed  # noqa: E731
    # only within the window: a text may name one "Prime Minister X" and speak of another prime minister it names
    # without the title
    found = [m for m in mentions if after_char <= m.start_char < tok.idx and fits(m)]
    if not found and (kind in SOLE_KINDS or kind == "title"):
        # "the union" many sentences after the only union the text names: that one (a text naming two stays
        # unresolved beyond the window); "the president" after the only person the text titles so
        earlier = {m.key or m.name: m for m in mentions if m.start_char < tok.idx and fits(m)}
        found = list(earlier.values()) if len(earlier) == 1 else []
        if kind == "title" and found and _foreign_office_holder(tok, found[0], mentions):
            found = []  # "the prime minister" in a British story: Britain's, not Italy's one titled earlier
    if not found and kind in SOLE_KINDS:
        found = _named_after_in_lead(tok, mentions, fits)
    if kind == "government" and tok.lemma_.lower() not in MILITARY_RULE:
        owner = owner_named(tok, mentions, "government", lead_only=True)
        if owner is not None:
            # "Yemen's internationally recognised government and the rebels ... accused the government": the state
            # whose government the text named, not the mediator the dateline or the counts point to
            return owner
    if not found and kind == "forces" and tok.lemma_.lower() in POLICE_NOUNS:
        # before the owner of an army named earlier ("German colonial troops" in 1904): police act at home
        police = _police_of(tok, mentions, fits)
        if police is not None:
            return police
    if kind == "forces" or tok.lemma_.lower() in MILITARY_RULE:
        # "the captured soldiers", "troops held by the rebels": what was done to them says nothing of whose they are
        undergone = any(c.dep_ in ("amod", "acl") and c.tag_ == "VBN" for c in tok.children)
        owner = None if undergone else owner_named(tok, mentions, "forces")
        if owner is not None:
            # "Myanmar's military ... the army shelled": the state whose forces the text named, not another armed body
            # called an army ("the Northern Shan Defence Army"), nor the state the story names most
            own = [m for m in found if m.country == owner.country and not armed_group(tok.doc, m)]
            return own[-1] if own else owner
        found = [m for m in found if not armed_group(tok.doc, m) and not _stateless_army(tok, m)]
    if not found and tok.lemma_.lower() in STATE_BODIES:
        owner = _body_owner_before(tok, mentions, after_char)
        if owner is not None:
            return owner  # "Argentina's foreign ministry condemned ... the ministry summoned": Argentina's
    if not found:
        if kind in ("government", "forces") or (
            tok.lemma_.lower() in STATE_OFFICES | STATE_BODIES and not _judge_of_a_game(tok)
        ):
            # "the prime minister" no name holds: the state's office
            return _government_of_the_story(tok.doc, mentions, tok)
        return None
    found.reverse()  # nearest first
    if kind == "government":
        return _government_named(tok.doc, found, mentions)
    if len({m.key or m.name for m in found}) == 1:
        return found[0]
    return next((m for m in found if is_subject_mention(tok.doc, m)), None)


# nouns of a police force: a state's force that acts where it is, at home (troops may act abroad)
POLICE_NOUNS = frozenset({"police", "policeman", "policewoman", "gendarme", "gendarmerie", "constabulary"})


def _police_of(tok: Token, mentions: list[Mention], fits: Callable[[Mention], bool]) -> Mention | None:
    """ "police" with no force named before it. Police act at home: the force of the state where they act
    (`_police_where`), else of the one state whose force the act's own sentence names (its attribution: "were
    arrested by police, Namibian Police spokesperson X said"), else of the state the document is about
    (`document_country`), else of the one state whose force the document names. That state's force as the document
    names it anywhere, after the act too ("police fired tear gas ... the Kenya Police Service said"), else the state
    when the place or the sentence decided it; None when nothing decides (the story's state is left to the caller)."""
    from pipeline.stages.actors import document_country

    named = [m for m in mentions if m.country and (fits(m) or _police_force_name(m))]
    titled = [m for m in mentions if m.type == "PERSON" and m.country and _police_title(m)]
    sent = tok.sent
    here = {m.country for m in named + titled if sent.start_char <= m.start_char < sent.end_char}
    where = _police_where(tok, mentions)
    if where is not None:
        country, state = where.country, where
    elif len(here) == 1:
        country = next(iter(here))
        state = state_or_people(_not_their_people(tok, mentions), country)
    else:
        country, state = document_country(mentions, tok.doc), None
        if country is None:
            countries = {m.country for m in named + titled}
            country = countries.pop() if len(countries) == 1 else None
    if country is None:
        return None
    own = [m for m in named if m.country == country]
    if len({m.key or m.name for m in own}) == 1:
        return min(own, key=lambda m: abs(m.start_char - tok.idx))
    return None if own else state


def _police_title(m: Mention) -> bool:
    """A person's mention whose words before the name hold a police noun ("Kenyan Police spokesman X")."""
    name = m.name or ""
    before = m.text[: m.text.find(name)] if name and name in m.text else ""
    return any(w.lower() in POLICE_NOUNS for w in before.split())


def _police_force_name(m: Mention) -> bool:
    """An organisation named as a police force: a police noun, the last word or before a force's word ("Kenya
    Police Service", "Jamaica Constabulary Force"; not "the Association of Chief Police Officers")."""
    words = (m.name or m.text).lower().split()
    return (
        m.type == "ORG"
        and len(words) >= 2
        and (words[-1] in POLICE_NOUNS or words[-1] in POLICE_FORCE_WORDS and words[-2] in POLICE_NOUNS)
    )


POLICE_FORCE_WORDS = frozenset({"service", "force", "department", "corps"})


def _police_where(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The state where "police" act ("police arrested seven marchers outside parliament in Nairobi": Kenya's, in a
    story that names Britain more), as the document names that state or its people (a capital standing for it);
    None when the act is placed nowhere or in a state the document never names."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    country = _act_country(verb, mentions)
    return state_or_people(_not_their_people(tok, mentions), country) if country else None


def _not_their_people(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a people's name later in the police's own sentence ("police fired at Kenyan marchers in
    Kisumu": those fired at, never the police's state by that name; the place and states stay)."""
    return [m for m in mentions if not (m.type == "NORP" and tok.idx < m.start_char < tok.sent.end_char)]


# prepositions that place an act ("arrested 40 people in Harare", "police in Lagos", "outside parliament in Nairobi")
PLACING_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"})


def _act_country(verb: Token, mentions: list[Mention]) -> str | None:
    """The country of the first place (a place or a state the document's mentions name, with its country) in a
    placing phrase of the verb, its subject or its object: where the act happens."""
    by_start = {m.start_char: m for m in mentions if m.type == "GPE" and m.country}
    heads = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in PLACING_PREPS):
            for t in prep.subtree:
                if t.idx in by_start:
                    return by_start[t.idx].country
    return None


def _body_owner_before(tok: Token, mentions: list[Mention], after_char: int) -> Mention | None:
    """A state's body with no name ("the ministry", "the foreign ministry") after the text named such a body of a
    state by its possessor or modifier within the window ("Argentina's foreign ministry", "the Chilean interior
    ministry"): the state of the nearest one whose narrowing words hold the description's ("the foreign ministry"
    is not the defence ministry), as the document names that state; None when the window names none, or when the
    nearest one is no state's ("the Hamas-run health ministry")."""
    by_start = {m.start_char: m for m in mentions if m.country and (m.type == "NORP" or is_state(m))}
    words = set(_words(tok))
    for t in reversed(tok.doc[: tok.i]):
        if t.idx < after_char:
            break
        if t.lemma_.lower() != tok.lemma_.lower() or not words <= set(_words(t)) or t.dep_ == "compound":
            continue  # "Ministry spokesman X": a person's title, no body told
        owners = [c for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < t.i]
        m = next((by_start[x.idx] for c in owners for x in c.subtree if x.idx in by_start), None)
        # the nearest such body decides: one no state owns ("the Hamas-run health ministry") says no state's
        return state_or_people(mentions, m.country) if m is not None else None
    return None


def _clause_subjects(tok: Token, mentions: list[Mention]) -> set[str]:
    """The actors (keys) that are the subject of the description's own clause: a clause's subject and a description
    in its object are two actors ("Central Command blamed the group": not Central Command)."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i == tok.i:
        return set()
    sent = tok.sent
    return {
        m.key or m.name
        for m in mentions
        if sent.start_char <= m.start_char < tok.idx
        and (subj := subject_of(tok.doc, m)) is not None
        and subj.head.i == verb.i
    }


# a government of soldiers: the state whose forces the text names ("the army's junta")
MILITARY_RULE = frozenset({"junta"})
# nouns of a state's armed forces that name their state in a possessor or a modifier ("Myanmar's military", "Malian
# troops", "the Sudanese army"; not "soldiers", who are as often those attacked or held)
FORCE_NOUNS = frozenset({"army", "military", "troops", "forces", "navy", "junta"})
# nouns of a state's government that name their state so ("Yemen's internationally recognised government")
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "regime", "administration", "junta"})
OWNED_NOUNS = {"forces": FORCE_NOUNS, "government": GOVERNMENT_NOUNS}


def owner_named(tok: Token, mentions: list[Mention], kind: str, lead_only: bool = False) -> Mention | None:
    """The state whose forces or government (`kind`: OWNED_NOUNS) the text names before the description, by a
    possessor or a modifier of one of the kind's nouns ("Myanmar's military", "Malian troops"), as the document names
    it (its state, else its people); None when it names none, or those of more than one state. `lead_only`: named in
    the story's lead (its first sentences after the dateline), where a story says whose government it is about ("a
    similar offer might be made to the Sri Lankan government" further down is no owner of "the government"). The
    owners are read once per document, from the document's mentions."""
    owners = doc_cache(tok.doc, f"owners_{kind}", lambda d: _owners(d, mentions, OWNED_NOUNS[kind]))
    end = _lead_end(tok.doc) if lead_only else len(text_of(tok.doc))
    before = {country for at, country in owners if at < min(tok.idx, end)}
    if len(before) != 1:
        return None
    return state_or_people(mentions, next(iter(before)))


def _owners(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, country) of each of the nouns whose possessor or modifier names a state or its people."""
    by_start = {m.start_char: m for m in mentions if m.country and (m.type == "NORP" or is_state(m))}
    found = []
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in nouns:
            continue
        for c in t.children:
            if c.dep_ not in ("poss", "amod", "compound", "nmod") or c.i > t.i:
                continue
            m = next((by_start[x.idx] for x in c.subtree if x.idx in by_start), None)
            if m is not None:
                found.append((t.idx, m.country))
    return found


def armed_group(doc: Doc, m: Mention) -> bool:
    """A rebel group, one the text calls armed, or an army of no state ("the Northern Shan Defence Army": a name
    ending in "Army" with no state; never a ministry)."""
    words = m.name.split()
    stateless_army = m.type == "ORG" and m.sector == "MIL" and m.country is None and words[-1:] == ["Army"]
    return m.type in ("ORG", "NORP") and (m.sector == "REB" or stateless_army or _called_armed(doc, m))


def _stateless_army(tok: Token, m: Mention) -> bool:
    """ "The army" or "the military" and a body called an army that names no state ("the Karen National Liberation
    Army"): a rebel army, not the one a bare "the army" means (a state's, "the Pakistan Army", names its state)."""
    return tok.lemma_.lower() in ("army", "military") and m.country is None


LEAD_SENTENCES = 2  # a story's lead: its first sentences after the dateline, which may name an actor only later


def _lead(doc: Doc) -> tuple[Span, ...]:
    """A story's lead: its first `LEAD_SENTENCES` sentences after the dateline."""
    sents = sents_of(doc)
    line = document_dateline_end(doc) or 0
    first = next((i for i, s in enumerate(sents) if s.end_char > line), 0)
    return sents[first : first + LEAD_SENTENCES]


def _lead_end(doc: Doc) -> int:
    """Where a story's lead ends."""
    lead = _lead(doc)
    return lead[-1].end_char if lead else 0


def _named_after_in_lead(tok: Token, mentions: list[Mention], fits: Callable[[Mention], bool]) -> list[Mention]:
    """A description in a story's lead that the text names only after it ("accusing the electoral commission of
    doctoring tally sheets ... The National Electoral Commission (NEC) announced"): the one fitting actor the text
    names later, when every word narrowing the description is a word of its name; else none."""
    if not any(s.start <= tok.i < s.end for s in _lead(tok.doc)):
        return []
    narrowing = {c.lower_ for c in tok.children if c.dep_ in _TITLE_DEPS and c.i < tok.i}
    later = {m.key or m.name: m for m in mentions if m.start_char > tok.idx and fits(m)}
    if len(later) != 1:
        return []
    (m,) = later.values()
    return [m] if narrowing <= set((m.name or m.text).lower().replace("-", " ").split()) else []


# people of an organisation named by its kind before them ("union leaders", "party officials")
MEMBER_NOUNS = frozenset(
    {"leader", "official", "member", "representative", "delegate", "negotiator", "spokesman"}
    | {"fighter", "militant", "gunman", "activist", "supporter", "worker", "employee"}
)
MEMBER_KINDS = frozenset({"party", "body", "company", "group", "armed_group"})
COLLECTIVE_MEMBER_NOUNS = frozenset({"delegation", "contingent"})  # a body's people as one: "a delegation of X"


def resolve_members(tok: Token, mentions: list[Mention], after_char: int) -> Mention | None:
    """The organisation whose people a plural noun names by its kind ("met union leaders", "party officials said"):
    the one organisation of that kind named before (from `after_char`: the caller reads the whole document, where
    "the union" reads a few sentences); else None."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in MEMBER_NOUNS:
        return None
    kinds = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if len(kinds) != 1 or any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return None
    kind = description_kinds().get(kinds[0].lemma_.lower())
    if kind not in MEMBER_KINDS:
        return None
    fits = _fits(kind, kinds[0], tok.doc)
    found = {m.key or m.name: m for m in mentions if after_char <= m.start_char < tok.idx and fits(m)}
    return next(iter(found.values())) if len(found) == 1 else None


# posts of a state's forces that a force's noun names ("an army base", "a police station", "a military convoy",
# "the army barracks", "police headquarters")
FORCE_POSTS = frozenset(
    {
        "base",
        "post",
        "outpost",
        "station",
        "barracks",
        "barrack",  # the tagger's lemma of "barracks"
        "camp",
        "checkpoint",
        "convoy",
        "patrol",
        "position",
        "garrison",
        "headquarters",
    }
)
POST_FORCES = frozenset({"army", "military", "police", "navy", "security"})


def _post_words(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i]


def is_force_post(tok: Token) -> bool:
    """A post of armed forces named by a force's noun ("an army base", "a military barracks", "the police
    station"): whoever's it is, people who can be acted on, no mere thing."""
    if tok.pos_ != "NOUN" or not {tok.lemma_.lower(), tok.lower_} & FORCE_POSTS:
        return False
    return any(c.lower_ in POST_FORCES for c in _post_words(tok))


def resolve_force_post(tok: Token, mentions: list[Mention]) -> Mention | None:
    """A post of a state's forces named by a force's noun and no name ("attacked an army base in Narino", "a police
    station was torched"): the forces of the state the story is about, as the state (CAMEO codes a state's forces
    as the state); None for a post a name or a possessive owns ("a Sudanese army base", "the rebels' camp")."""
    if not is_force_post(tok) or any(c.dep_ == "poss" or c.ent_type_ for c in _post_words(tok)):
        return None
    if any(w.lemma_.lower() in OTHER_OWNERS for c in _post_words(tok) for w in c.subtree):
        return None  # "a rebel military headquarters": the rebels'; "a foreign army base"
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return None  # "a military camp for refugees": whom it is for, no force's post
    if in_quotation(tok.doc, tok.idx):
        return None  # '"We destroyed an army barracks," the commander said': whose, the speaker's side decides
    state = _government_of_the_story(tok.doc, mentions, tok)
    if state is None or _owned_elsewhere(tok, mentions, state.country) or _acted_on_by(tok, mentions, state.country):
        return None
    return state


# words on a post that make it another force's than the story's state's ("a rebel army base", "an insurgent
# checkpoint", "a foreign military base")
OTHER_OWNERS = frozenset(
    {"rebel", "militant", "insurgent", "guerrilla", "jihadist", "separatist", "militia", "foreign", "enemy"}
)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})  # places and states named as where
# prepositions of place on a post or on the verb acting on it ("an army base in Kursk", "in Niger, gunmen attacked")
POST_PLACES = frozenset({"in", "near", "outside", "at", "on", "inside", "across"})


def _owned_elsewhere(tok: Token, mentions: list[Mention], country: str | None) -> bool:
    """The post's own words name its owner, another actor ("an army barracks used by Russian mercenaries", "a
    military headquarters of the Wagner Group"), or a place of another known country is where it is, in the post's
    own place phrase or its verb's ("an army barracks in Kursk" in a story about Ukraine, "In neighbouring Niger,
    gunmen attacked a military barracks" in one about Mali): another's post. Not a name deeper in a phrase that says
    where near or what for ("an army post near the border with Niger", "a base built with French aid")."""
    owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in OWNING_VERBS):
        owners += [g for p in acl.children if p.dep_ in ("agent", "prep") for g in p.children if g.dep_ == "pobj"]
    if any(m.type not in PLACE_TYPES for g in owners for m, _ in mentions_in(g, mentions)):
        return True
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    heads = [tok] + ([verb] if verb is not None else [])
    where = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in POST_PLACES for g in c.children]
    placed = [mention_for_token(g, mentions) for g in where if g.dep_ == "pobj"]
    return any(m is not None and m.type in PLACE_TYPES and m.country and m.country != country for m in placed)


# verbs of a participle that names a post's owner ("used by", "held by", "belonging to", "run by")
OWNING_VERBS = frozenset({"use", "hold", "belong", "run", "operate", "control", "occupy", "man", "own"})


def _acted_on_by(tok: Token, mentions: list[Mention], country: str | None) -> bool:
    """The subject or agent of the verb the post is the argument of is the story's state acting: the state, its
    government or forces by name, or forces or arms its people's name is on ("Ukrainian drones struck a military
    headquarters" in a story about Ukraine), or a pronoun whose side is unknown here ("the army said it struck an army
    barracks"): the state does not attack itself; the post may be another's. Never the story's other people ("Malian
    youths torched a police station", "fighters of the Azawad front attacked an army post")."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Malian troops entered Kidal and seized the army barracks": the troops
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent") and c.i != tok.i] if verb is not None else []
    if any(c.pos_ == "PRON" or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in doers):
        return True  # "it struck", "its jets destroyed": whose side, unknown here
    for c in doers:
        head = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
        inside = [m for m in mentions if head.left_edge.idx <= m.start_char <= head.idx]  # its words, no clause after
        if any(m.country == country and _state_acting(m, head) for m in inside):
            return True
    return False


# nouns of a state's forces and arms: a people's name on them is its state acting ("Malian troops", "Israeli jets")
STATE_ARMS = frozenset(
    {"troop", "soldier", "army", "force", "jet", "drone", "warplane", "aircraft", "artillery", "police", "military"}
    | {"navy", "missile", "gunship", "helicopter", "plane", "tank", "unit"}
)


def _state_acting(m: Mention, head: Token) -> bool:
    """The mention is a state acting: the state, a body of its government or forces, or its people's name on its
    forces or arms."""
    if m.type == "GPE" and is_state(m) or m.type == "ORG" and m.sector in ("GOV", "MIL", "COP"):
        return True
    return m.type == "NORP" and head.lemma_.lower() in STATE_ARMS


def resolve_members_of(tok: Token, mentions: list[Mention], after_char: int) -> Mention | None:
    """The organisation whose people a plural noun (or a delegation) names by "of" or "from" and a description
    ("met leaders of the protest movement", "members of the union", "fighters from the group", "a delegation of the
    association"): the actor the description stands for (`resolve_description`); else None."""
    collective = tok.tag_ == "NN" and tok.lemma_.lower() in COLLECTIVE_MEMBER_NOUNS  # "a delegation of the union"
    if (tok.tag_ != "NNS" or tok.lemma_.lower() not in MEMBER_NOUNS) and not collective:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or description_kinds().get(noun.lemma_.lower()) not in MEMBER_KINDS:
        return None
    return resolve_description(noun, mentions, after_char)


# plural descriptions of organisations of one kind ("the unions", "the two banks", "both parties"): the several
# organisations of that kind the text names before them
PLURAL_ORG_KINDS = frozenset({"body", "party", "company", "bloc"})
PLURAL_MAX = 4  # more organisations of the kind than this: which of them the plural means is a guess
_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}


def resolve_plural_description(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """The organisations a plural definite description of their kind stands for ("ZUPE and the Rural Teachers'
    Union ... the unions rejected the offer", "the two banks", "both parties"): with a count, that many of the
    organisations of the kind the text names before it, the nearest; without, all of them when it names two to
    `PLURAL_MAX`; else none. Never a plural the table lists as one actor ("the authorities", "the rebels"), nor a
    narrowed one ("the opposition parties", "the foreign banks": which of them, the text does not say)."""
    if tok.tag_ != "NNS" or not common_noun(tok) or _plural_kind(tok) is not None:
        return []
    kind = description_kinds().get(tok.lemma_.lower())
    marks = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "quantmod")}
    if kind not in PLURAL_ORG_KINDS or not marks & {"the", "both"}:
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl") for c in tok.children):
        return []  # "the foreign banks", "the parties in the north", "the banks that appealed": which ones, unsaid
    count = next((_COUNTS[w] for w in marks if w in _COUNTS), None)
    named = _fits(kind, tok, tok.doc)
    fits = lambda m: named(m) and (kind == "bloc" or m.sector != "IGO")  # noqa: E731 - never the European Union
    found: dict[str, Mention] = {}
    for m in sorted((m for m in mentions if m.start_char < tok.idx and fits(m)), key=lambda m: m.start_char):
        key = m.key or m.name
        found.pop(key, None)
        found[key] = m  # nearest last
    several = list(found.values())
    if count is not None:
        return several[-count:] if len(several) >= count else []
    return several if 2 <= len(several) <= PLURAL_MAX else []
