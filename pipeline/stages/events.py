"""Events and claims: one PLOVER-coded event per predicate, with its actors, date and evidence.

Triggers are verbs (by lemma) and a few event nouns ("meeting", "invasion", "sanctions");
light verbs ("provide", "express", "hold", "impose", "send", "pledge") take the type of
their object noun ("pledged support" -> SUPPORT, "imposed sanctions" -> SANCTION). The
lexicon follows the PLOVER codebook's definitions and the CAMEO->PLOVER table.

Arguments come from the dependency parse: source = subject (the agent in the passive,
inherited through "vowed to" / coordination), target = object or the object of a
fitting preposition ("met with", "called on", "sanctions against"); "a meeting between
X and Y" gives both. Each argument resolves to actor mentions: the mention at the head,
else the mentions in its phrase (persons first), with compound actors kept
("China and Kazakhstan"). A demonym on an agent noun ("Kazakh authorities") stands for
its state. Events with no actor at all are not written.

Each event also records negation, modality (asserted / intended / future /
hypothetical), whether it is a reported claim (inside a quote, or under a reporting
verb) and by whom, and its date: an expression attached to the predicate or the only
date in the sentence, else the publication date (`date_source` says which).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.stages.actors import mention_for_token, mentions_in_subtree, resolve_pronoun
from pipeline.stages.parse import sents_of, text_of

# verb lemma -> (type, mode); follows the CAMEO->PLOVER table (e.g. release and surrender are RETREAT,
# strikes and boycotts are PROTEST, expelling and suspending are SANCTION)
def _lexicon(rows: list[tuple[str, str | None, str]]) -> dict[str, tuple[str, str | None]]:
    """word -> (PLOVER type, mode) from (type, mode, space-separated words) rows."""
    return {w: (etype, mode) for etype, mode, words in rows for w in words.split()}


VERBS: dict[str, tuple[str, str | None]] = _lexicon([
    ("AGREE", None, "agree pledge promise vow offer commit propose invite accept guarantee assure"),
    ("CONSULT", None, "meet talk discuss negotiate confer consult host mediate"),
    ("CONSULT", "visit", "visit tour"),
    ("CONSULT", "phone", "phone telephone"),
    ("SUPPORT", None, "support back endorse praise hail welcome applaud congratulate thank defend recognize "
                      "recognise sign apologize apologise forgive commend laud ratify approve"),
    ("COOPERATE", None, "cooperate collaborate partner coordinate ally share"),
    ("AID", None, "aid assist help donate fund supply rescue grant"),
    ("RETREAT", None, "withdraw retreat evacuate disband demobilize demobilise release free surrender resign disarm"),
    ("CONCEDE", None, "concede yield ease relax compromise accede allow"),
    ("REQUEST", None, "ask request demand urge appeal seek plead beg"),
    ("ACCUSE", None, "accuse blame criticize criticise condemn denounce allege charge sue investigate probe "
                     "censure slam fault complain"),
    ("REJECT", None, "reject refuse deny veto oppose dismiss decline rebuff resist renege defy"),
    ("THREATEN", None, "threaten warn"),
    ("PROTEST", None, "protest demonstrate rally riot picket boycott march"),
    ("SANCTION", None, "sanction embargo expel suspend sever freeze"),
    ("MOBILIZE", None, "mobilize mobilise deploy mass station patrol"),
    ("COERCE", None, "arrest detain seize confiscate deport imprison jail censor raid crush quell ban occupy "
                     "blockade hack capture retake"),
    ("ASSAULT", None, "attack kill bomb shell invade shoot wound injure assassinate ambush bombard storm "
                      "massacre kidnap abduct behead execute fight clash torture hijack destroy demolish beat"),
])

# event nouns -> (type, mode)
NOUNS: dict[str, tuple[str, str | None]] = _lexicon([
    ("CONSULT", None, "meeting talks talk summit negotiations consultations mediation"),
    ("CONSULT", "visit", "visit trip"),
    ("CONSULT", "phone", "call"),
    ("ASSAULT", None, "invasion attack attacks airstrike airstrikes bombing offensive assault shelling fighting "
                      "clashes battle"),
    ("SANCTION", None, "sanctions embargo suspension"),
    ("PROTEST", None, "protest protests demonstration demonstrations strike riots riot boycott rally march sit-in"),
    ("COERCE", None, "crackdown arrest arrests curfew blockade"),
    ("RETREAT", None, "withdrawal ceasefire truce"),
    ("SUPPORT", None, "support condolences praise recognition apology"),
    ("AID", None, "aid assistance help relief grant loan loans asylum donation funding"),
    ("REQUEST", None, "request demand demands appeal"),
    ("THREATEN", None, "threat threats warning ultimatum"),
    ("ACCUSE", None, "accusation accusations criticism condemnation investigation complaint probe"),
    ("AGREE", None, "agreement deal treaty pact promise pledge"),
    ("COOPERATE", None, "cooperation collaboration ties partnership coordination exercises games"),
])

# the object decides the reading of some verbs
OBJECT_READINGS = {
    "lift": {"sanctions": "RETREAT", "embargo": "RETREAT", "blockade": "RETREAT", "curfew": "RETREAT",
             "siege": "RETREAT", "emergency": "RETREAT", "ban": "CONCEDE", "restrictions": "CONCEDE"},
    "accept": {"demands": "CONCEDE", "demand": "CONCEDE", "conditions": "CONCEDE", "terms": "CONCEDE",
               "resignation": "CONCEDE"},
    "establish": {"ties": "SUPPORT", "relations": "SUPPORT"},
    "set": {"ties": "SUPPORT", "relations": "SUPPORT"},
    "cut": {"ties": "SANCTION", "relations": "SANCTION", "aid": "SANCTION", "links": "SANCTION"},
    "end": {"mediation": "SANCTION", "talks": "SANCTION", "negotiations": "SANCTION", "efforts": "SANCTION",
            "aid": "SANCTION", "ceasefire": "ASSAULT"},
    "halt": {"talks": "SANCTION", "negotiations": "SANCTION", "aid": "SANCTION", "mediation": "SANCTION"},
    "stop": {"work": "PROTEST", "aid": "SANCTION"},
    "block": {"roads": "PROTEST", "road": "PROTEST", "bridge": "PROTEST", "traffic": "PROTEST",
              "transport": "PROTEST", "access": "PROTEST", "entrance": "PROTEST", "highway": "PROTEST"},
    "blow": {"_": "ASSAULT"},
    "open": {"borders": "AID", "border": "AID", "embassy": "SUPPORT", "fire": "ASSAULT", "investigation": "ACCUSE",
             "hearing": "ACCUSE", "talks": "CONSULT"},
    "return": {"_": "RETREAT"},
    "provide": {"intelligence": "AID", "photographs": "AID", "information": "AID", "weapons": "AID", "arms": "AID",
                "troops": "AID", "food": "AID", "money": "AID", "equipment": "AID", "dollars": "AID", "tons": "AID"},
    "give": {"grant": "AID", "money": "AID", "dollars": "AID", "aid": "AID", "loan": "AID"},
    "lodge": {"protest": "ACCUSE", "complaint": "ACCUSE"},
    "withdraw": {"inspectors": "SANCTION", "observers": "SANCTION", "ambassador": "SANCTION", "envoy": "SANCTION",
                 "workers": "SANCTION", "aid": "SANCTION", "peacekeepers": "SANCTION", "monitors": "SANCTION"},
    "fire": {"shells": "ASSAULT", "shell": "ASSAULT", "rockets": "ASSAULT", "missiles": "ASSAULT", "bombs": "ASSAULT",
             "shots": "ASSAULT", "mortars": "ASSAULT", "at": "ASSAULT", "on": "ASSAULT"},
    "force": {"out": "ASSAULT"},
    "file": {"protest": "ACCUSE", "complaint": "ACCUSE", "lawsuit": "ACCUSE", "charges": "ACCUSE"},
}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}

REQUESTED_THINGS = {"troops", "troop", "force", "forces", "help", "assistance", "aid", "support", "peacekeeper",
                    "peacekeepers", "intervention", "mediation", "investigators", "observers", "monitors"}
LIGHT_VERBS = {"deepen", "strengthen", "expand", "enhance", "boost", "broaden", "intensify", "provide", "give", "express", "hold", "impose", "send", "offer", "extend", "launch", "stage",
               "make", "carry", "conduct", "issue", "deliver", "announce", "pledge", "promise", "lend", "pay",
               "exchange", "have", "voice", "take", "continue", "begin", "start", "resume", "grant", "reach"}
# nouns that are events only as the object of a light verb ("reached an agreement", "launched war games"):
# on their own they name a state of affairs ("the agreement says", "economic cooperation")
LIGHT_ONLY_NOUNS = {"agreement", "deal", "treaty", "pact", "promise", "pledge", "cooperation", "collaboration", "ties",
                    "partnership", "coordination", "exercises", "games", "help", "support", "demands", "demand"}
# a light verb's object that is not an event: keep the verb's own type (e.g. "pledged loyalty")
PARTICLE_TYPES = {("call", "for"): ("REQUEST", None), ("call", "on"): ("REQUEST", None),
                  ("ask", "for"): ("REQUEST", None), ("call", None): ("CONSULT", "phone"),
                  ("speak", "to"): ("CONSULT", None), ("speak", "with"): ("CONSULT", None),
                  ("work", "with"): ("COOPERATE", None), ("stand", "with"): ("SUPPORT", None),
                  ("stand", "by"): ("SUPPORT", None), ("side", "with"): ("SUPPORT", None),
                  ("pull", "out"): ("RETREAT", None), ("crack", "down"): ("COERCE", None),
                  ("step", "down"): ("CONCEDE", None), ("cut", "ties"): ("SANCTION", None),
                  ("open", "fire"): ("ASSAULT", None), ("hand", "over"): ("CONCEDE", None)}
TARGET_PREPS = {"to", "with", "against", "on", "at", "for", "from", "toward", "towards", "into", "in"}
INTENT_HEADS = {"vow", "pledge", "promise", "plan", "intend", "want", "seek", "aim", "hope", "agree", "decide",
                "prepare", "prepared", "threaten", "offer", "propose", "resolve", "commit", "committed", "ready",
                "willing", "swear", "determined", "eager", "keen"}
NEGATING_HEADS = {"refuse", "fail", "decline", "reject", "deny"}
HYPOTHETICAL = {"would", "could", "may", "might", "should", "can", "must"}
CLAIM_LEMMAS = {"say", "tell", "claim", "state", "add", "report", "allege", "write", "announce", "insist", "argue", "note", "believe", "think"}
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE", "ASSAULT"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
# "called X": the small model often parses the object of "call" as an object predicate (oprd)
OBJECT_DEPS = {"dobj", "oprd"}


@dataclass
class Event:
    sent_index: int
    event_type: str
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    sources: list = field(default_factory=list)  # actors.Mention
    targets: list = field(default_factory=list)
    source_text: str | None = None
    target_text: str | None = None
    date: str | None = None
    date_source: str | None = None
    is_claim: bool = False
    claimant: object | None = None
    negated: bool = False
    modality: str = "asserted"
    evidence: str = ""
    location_country: str | None = None  # where it happens: "rioted at a jail in Dili" -> TLS


# Prepositions that place an event: "in Dili", "near the town of Samarra", "at a jail in Dili"
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"}
# Nouns a locative phrase may name before the place itself: "at a jail in Dili", "near the town of Samarra"
PLACE_NOUNS = {"town", "city", "village", "capital", "region", "province", "state", "district", "area", "border",
               "camp", "jail", "prison", "square", "street", "streets", "road", "embassy", "consulate", "port", "base",
               "airport", "outskirts", "centre", "center", "suburb", "neighbourhood", "neighborhood", "zone",
               "territory", "county", "island", "coast", "hospital", "market", "mosque", "church", "compound",
               "headquarters", "parliament", "palace", "stadium", "university", "school", "building", "hotel",
               "bazaar", "valley", "north", "south", "east", "west", "part", "parts", "heart"}


def location_country(tok) -> str | None:
    """The country of the place a locative phrase of the predicate, its subject or its object names ("rioted
    at a jail in Dili", "a bombing near the town of Samarra killed"); None when there is none. Places inside
    other phrases ("in reaction to events in China") do not locate the event."""
    from pipeline.stages.actors import _entity_text, country_for_place

    heads = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "advcl")]
    heads += [g for h in heads[1:] if h.dep_ in ("xcomp", "advcl") for g in h.children if g.dep_ in ("dobj",)]
    for h in list(heads[1:]):  # "the deputy chief of Israel's militia ally in southern Lebanon": through "of"
        for _ in range(2):
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            h = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if h is None:
                break
            heads.append(h)
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not (pobj.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
                                               or pobj.lemma_.lower() in PLACE_NOUNS):
                    continue
                for p in pobj.subtree:
                    if p.ent_type_ in ("GPE", "LOC", "FAC", "NORP") and p.ent_iob_ == "B":  # NORP: a town misread
                        code, _ = country_for_place(_entity_text(p))
                        if code:
                            return code
    return None


def source_country(source_countries: list[str | None], location: str | None) -> tuple[str | None, str | None]:
    """(country, basis) of an event's source: the first source actor's country the text places ('actor'); when
    no source is placed (an unnamed or unplaced actor: "prisoners rioted in Dili"), the country where the
    event happens, as CAMEO codes unidentified actors ('location')."""
    placed = next((c for c in source_countries if c), None)
    if placed:
        return placed, "actor"
    return (location, "location") if location else (None, None)


_PARTICLES_OF: dict[str, list[tuple[str | None, tuple]]] = {}  # verb -> [(particle, code)], in table order
for (_verb, _prt), _type in PARTICLE_TYPES.items():
    _PARTICLES_OF.setdefault(_verb, []).append((_prt, _type))


def _code(tok) -> tuple[str, str | None] | None:
    pos = tok.pos_
    if pos not in ("VERB", "AUX", "NOUN"):
        return None
    lemma = tok.lemma_.lower()
    if pos == "VERB" or (pos == "AUX" and lemma == "have"):
        # particles and prepositions right after the verb ("called on", "asked for"), objects anywhere
        particle_codes = _PARTICLES_OF.get(lemma, ())
        prts = {c.lower_ for c in tok.children if (c.dep_ in ("prt", "prep") and c.i == tok.i + 1)
                or c.dep_ in OBJECT_DEPS} if particle_codes else set()
        for prt, code in particle_codes:
            if prt in prts if prt else True:
                if prt is None and not any(c.dep_ in OBJECT_DEPS for c in tok.children):
                    continue
                return code
        obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
        if lemma == "invite" and obj is not None and obj.lemma_.lower() in REQUESTED_THINGS:
            return ("REQUEST", None)  # "invited troops from the CSTO": a request for help
        readings = OBJECT_READINGS.get(lemma)
        if readings:
            if "_" in readings and (obj is not None or any(c.dep_ == "prt" for c in tok.children)):
                return (readings["_"], None)
            words = {c.lower_ for c in tok.children if c.dep_ in OBJECT_DEPS | {"prt"}}
            words |= {c.lemma_.lower() for c in tok.children if c.dep_ in OBJECT_DEPS}
            if obj is not None:
                words |= {c.lower_ for c in obj.children if c.dep_ in ("compound", "prep")}
                words |= {g.lower_ for c in obj.children if c.dep_ == "prep" for g in c.children}
            for w in words:
                if w in readings:
                    return (readings[w], None)
        if lemma in LIGHT_VERBS:
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
            # the object, or a compound on it ("launched a mediation effort")
            for cand in ([obj] + [c for c in obj.children if c.dep_ == "compound"]) if obj is not None else []:
                for key in (cand.lemma_.lower(), cand.lower_):
                    if key in NOUNS:
                        return NOUNS[key]
        if lemma == "strike" and any(c.dep_ == "dobj" for c in tok.children):
            return ("ASSAULT", None)
        return VERBS.get(lemma)
    if tok.pos_ == "NOUN":
        key = tok.lower_ if tok.lower_ in NOUNS else tok.lemma_.lower()
        if key in LIGHT_ONLY_NOUNS or key not in NOUNS:
            return None
        if tok.dep_ in OBJECT_DEPS and tok.head.lemma_.lower() in LIGHT_VERBS:
            return None  # coded on the light verb
        if tok.dep_ in ("xcomp", "advcl", "pobj") and _purpose_of_protest(tok):
            return None
        return NOUNS[key]
    return None


def _purpose_of_protest(tok) -> bool:
    """'staged a hunger strike to demand ...': the demand is the protest's purpose, not an event of its own."""
    head = tok.head
    for _ in range(3):
        if head.pos_ in ("VERB", "NOUN"):
            code = VERBS.get(head.lemma_.lower()) if head.pos_ == "VERB" else NOUNS.get(head.lower_)
            if code and code[0] == "PROTEST":
                return True
            obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
            if head.pos_ == "VERB" and obj is not None and NOUNS.get(obj.lower_, (None,))[0] == "PROTEST":
                return True
            if head.pos_ == "VERB" and OBJECT_READINGS.get(head.lemma_.lower(), {}).get(getattr(obj, "lower_", ""), "") == "PROTEST":
                return True
        if head.head is head:
            break
        head = head.head
    return False


# passive forms that state the subject's own stance: "X is committed / determined / prepared to ..."
DISPOSITION_PASSIVES = {"commit", "determine", "prepare", "resolve", "dedicate", "dispose", "incline", "opposed",
                        "oppose", "convince", "set"}


def _args_of(tok, rels: set[str], mentions, spans) -> tuple[list, str | None]:
    # the nearest child first: a mis-parse can hang two subjects on one verb
    for child in sorted(tok.children, key=lambda c: (abs(c.i - tok.i), c.i)):
        if child.dep_ in rels:
            found = _arg_mentions(child, mentions, spans)
            if found:
                return found, _phrase(child)
    return [], None


def _arg_mentions(tok, mentions, spans) -> list:
    """Actor mentions for an argument head, with coordinated actors ("China and Kazakhstan")."""
    out = []
    for t in [tok] + [c for c in tok.conjuncts]:
        if t.lower_ in FIRST_PERSON and spans:
            # "we will support Kazakhstan," Xi said: the speaker of the quote
            q = next((q for q in spans if q.start_char <= t.idx < q.end_char), None)
            m = getattr(q, "speaker_mention", None) if q is not None else None
        elif t.pos_ == "PRON" or t.lower_ in ("he", "she", "they", "it"):
            m = resolve_pronoun(t.lower_, t.idx, mentions, spans)
        else:
            m = mention_for_token(t, mentions) or next(iter(mentions_in_subtree(t, mentions)), None)
        if m is not None and m not in out:
            out.append(m)
    return out


def _phrase(tok) -> str:
    sub = list(tok.subtree)
    return tok.doc[sub[0].i:sub[-1].i + 1].text if len(sub) <= 12 else tok.text


def _source(tok, mentions, spans):
    head = tok
    for _ in range(5):
        found, text = _args_of(head, {"nsubj"}, mentions, spans)
        if found:
            return found, text
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        if agent is not None:
            found, text = _args_of(agent, {"pobj"}, mentions, spans)
            if found:
                return found, text
        elif head.lemma_.lower() in DISPOSITION_PASSIVES:
            # "Vietnam is committed to opening up": a stance, whose holder is the grammatical subject
            found, text = _args_of(head, {"nsubjpass"}, mentions, spans)
            if found:
                return found, text
        # climb through infinitives, coordination and noun modifiers to the clause with the subject:
        # "issued a declaration demanding ..." -> the subject of "issued"
        if head.dep_ in ("xcomp", "conj", "advcl", "acl", "dobj", "pobj", "prep", "oprd", "acomp", "pcomp") and head.head is not head:
            head = head.head
            continue
        break
    if tok.pos_ == "NOUN":
        found, text = _args_of(tok, {"poss", "amod", "compound"}, mentions, spans)
        if found:
            return found, text
    return [], None


def _target(tok, mentions, spans, sources):
    src = {id(m) for m in sources}
    for rels in (OBJECT_DEPS | {"nsubjpass", "iobj", "dative"},):
        found, text = _args_of(tok, rels, mentions, spans)
        found = [m for m in found if id(m) not in src]
        if found:
            return found, text
    for prep in tok.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in TARGET_PREPS | {"between", "of"}:
            found, text = _args_of(prep, {"pobj"}, mentions, spans)
            found = [m for m in found if id(m) not in src]
            if found:
                return found, text
    # the object's own prepositional phrase: "pledged support for efforts by Beijing"
    obj = next((c for c in tok.children if c.dep_ in ("dobj",)), None)
    if obj is not None:
        found = [m for m in mentions_in_subtree(obj, mentions) if id(m) not in src]
        if found:
            return found[:1], _phrase(obj)
    # an intention's target is the intended action's: "vowed to deepen cooperation with Kazakhstan"
    if tok.lemma_.lower() in INTENT_HEADS:
        for x in tok.children:
            if x.dep_ == "xcomp":
                return _target(x, mentions, spans, sources)
    return [], None


def recode(etype: str, negated: bool, modality: str, tok) -> tuple[str, bool]:
    """PLOVER's reading of intentions and refusals (CAMEO 03x, 12x, 13x):
    an intention to cooperate is AGREE, an intention or condition to use conflictual means is
    THREATEN, a refusal to cooperate is REJECT."""
    if negated and etype in COOPERATIVE | {"AGREE"}:
        return "REJECT", False
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in c.children if m.dep_ == "mark")
                      for c in tok.children)
    if modality in ("future", "intended", "hypothetical"):
        if etype in CONFLICTUAL | {"PROTEST"} or (conditional and etype in ("RETREAT", "SANCTION")):
            return "THREATEN", negated
        if etype in COOPERATIVE:
            return "AGREE", negated
    return etype, negated


def _demand(tok):
    """'X said Y must do Z': a REQUEST from X to Y (CAMEO 10)."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in ("must",) for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ == "ccomp" and head.lemma_.lower() in CLAIM_LEMMAS | {"conclude", "insist", "demand", "warn"}:
        return head
    return None


def _modality(tok) -> tuple[bool, str]:
    negated = any(c.dep_ == "neg" for c in tok.children)
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    modality = "asserted"
    if aux & {"will", "'ll", "shall", "wo"}:
        modality = "future"
    elif aux & HYPOTHETICAL:
        modality = "hypothetical"
    head = tok.head
    if tok.dep_ in ("xcomp", "acl", "advcl") and head is not tok:
        lemma = head.lemma_.lower()
        if lemma in NEGATING_HEADS:
            negated = True
        if lemma in INTENT_HEADS:
            modality = "intended"
        if any(c.dep_ == "neg" for c in head.children):
            negated = True
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux",)}
        if modality == "asserted" and head_aux & {"will", "'ll", "shall"}:
            modality = "future"
    return negated, modality


def _claim(tok, quotes) -> tuple[bool, object | None]:
    for q in quotes:
        if q.start_char <= tok.idx < q.end_char:
            return True, q.speaker_mention
    t = tok
    for _ in range(6):
        if t.dep_ in ("ccomp",) and t.head.lemma_.lower() in CLAIM_LEMMAS:
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            return True, subj
        if t.head is t:
            break
        t = t.head
    return False, None


def _event_date(tok, sent, dates, publication_value: str | None):
    in_sent = [d for d in dates if sent.start_char <= d.start_char < sent.end_char and d.value and d.type in ("DATE", "TIME")]
    attached = []
    for d in in_sent:
        span = tok.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is None:
            continue
        t = span.root
        for _ in range(4):
            if t is tok:
                attached.append(d)
                break
            if t.head is t:
                break
            t = t.head
    pick = attached[0] if attached else (in_sent[0] if len(in_sent) == 1 else None)
    if pick is not None:
        return pick.value, "sentence"
    if publication_value:
        return publication_value, "publication_date"
    return None, None


def extract_events(doc, mentions, dates, quotes, publication_value: str | None,
                   sentence_starts: list[int] | None = None) -> list[Event]:
    """PLOVER events of one parsed document."""
    import bisect

    spans = list(quotes)  # Quote objects: offsets and the speaker for "we"/"I" inside them
    events: list[Event] = []
    must_heads = {t.head.i for t in doc if t.lower_ == "must" and t.dep_ == "aux"}  # the only tokens _demand reads
    for s_index, sent in enumerate(sents_of(doc)):
        for tok in sent:
            code = _code(tok)
            if code is not None and code[0] == "REQUEST" and tok.dep_ in ("advcl", "xcomp") and _purpose_of_protest(tok):
                code = None  # "blocked roads to demand ...": part of the protest
            sayer = _demand(tok) if tok.i in must_heads else None
            if code is None and sayer is None:
                continue
            if sayer is not None:
                etype, mode = "REQUEST", None
                sources, source_text = _args_of(sayer, {"nsubj"}, mentions, spans)
                targets, target_text = _args_of(tok, {"nsubj"}, mentions, spans)
            else:
                etype, mode = code
                sources, source_text = _source(tok, mentions, spans)
                targets, target_text = _target(tok, mentions, spans, sources)
            if tok.pos_ == "NOUN" and not sources and len(targets) >= 2 and etype in SYMMETRIC:
                sources, targets = targets[:1], targets[1:]  # "a meeting between X and Y"
            if not sources and not targets:
                continue
            negated, modality = _modality(tok)
            if sayer is None:
                etype, negated = recode(etype, negated, modality, tok)
            is_claim, claimant = _claim(tok, quotes)
            if claimant is not None and not hasattr(claimant, "type"):
                claimant = mention_for_token(claimant, mentions)
            date, date_source = _event_date(tok, sent, dates, publication_value)
            trigger_end = tok.idx + len(tok.text)
            trigger = tok.text
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT_HEADS:
                trigger = text_of(doc)[tok.head.idx:trigger_end]
            start = sent.start_char
            while start < sent.end_char and text_of(doc)[start].isspace():
                start += 1
            idx = max(bisect.bisect_right(sentence_starts, tok.idx) - 1, 0) if sentence_starts else s_index
            events.append(Event(idx, etype, mode, trigger, tok.idx, trigger_end, sources, targets, source_text,
                                target_text, date, date_source, is_claim, claimant, negated, modality,
                                text_of(doc)[start:sent.end_char].strip(), location_country(tok)))
    return events
