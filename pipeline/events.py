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

from .actors import mention_for_token, mentions_in_subtree, resolve_pronoun

# verb lemma -> (type, mode)
VERBS: dict[str, tuple[str, str | None]] = {}
for _type, _mode, _words in [
    ("AGREE", None, "agree pledge promise vow offer commit propose invite accept guarantee assure"),
    ("CONSULT", None, "meet talk discuss negotiate confer consult host receive"),
    ("CONSULT", "visit", "visit tour"),
    ("CONSULT", "phone", "phone telephone"),
    ("SUPPORT", None, "support back endorse praise hail welcome applaud congratulate thank defend recognize "
                      "recognise sign apologize apologise forgive commend laud ratify approve"),
    ("COOPERATE", None, "cooperate collaborate partner coordinate ally"),
    ("AID", None, "aid assist help donate fund supply rescue"),
    ("RETREAT", None, "withdraw retreat evacuate disband demobilize demobilise"),
    ("CONCEDE", None, "concede yield release free ease lift relax surrender resign compromise"),
    ("REQUEST", None, "ask request demand urge appeal seek plead beg"),
    ("ACCUSE", None, "accuse blame criticize criticise condemn denounce allege charge sue investigate probe "
                     "censure slam fault"),
    ("REJECT", None, "reject refuse deny veto oppose dismiss decline rebuff resist"),
    ("THREATEN", None, "threaten warn"),
    ("PROTEST", None, "protest demonstrate rally riot picket"),
    ("SANCTION", None, "sanction embargo expel ban suspend boycott sever freeze"),
    ("MOBILIZE", None, "mobilize mobilise deploy mass station"),
    ("COERCE", None, "arrest detain seize confiscate deport imprison jail censor raid crush quell"),
    ("ASSAULT", None, "attack kill bomb shell invade shoot wound injure assassinate ambush bombard storm "
                      "massacre kidnap abduct behead execute fight clash"),
]:
    for _w in _words.split():
        VERBS[_w] = (_type, _mode)

# event nouns -> (type, mode)
NOUNS: dict[str, tuple[str, str | None]] = {}
for _type, _mode, _words in [
    ("CONSULT", None, "meeting talks summit negotiations consultations"),
    ("CONSULT", "visit", "visit trip"),
    ("CONSULT", "phone", "call"),
    ("ASSAULT", None, "invasion attack attacks airstrike airstrikes bombing offensive assault shelling"),
    ("SANCTION", None, "sanctions embargo boycott"),
    ("PROTEST", None, "protest protests demonstration demonstrations"),
    ("COERCE", None, "crackdown arrest arrests"),
    ("RETREAT", None, "withdrawal"),
    ("SUPPORT", None, "support condolences praise recognition apology"),
    ("AID", None, "aid assistance help relief"),
    ("REQUEST", None, "request demand appeal"),
    ("THREATEN", None, "threat threats warning ultimatum"),
    ("ACCUSE", None, "accusation accusations criticism condemnation"),
    ("AGREE", None, "agreement deal treaty pact promise pledge"),
    ("COOPERATE", None, "cooperation collaboration ties partnership coordination"),
]:
    for _w in _words.split():
        NOUNS[_w] = (_type, _mode)

REQUESTED_THINGS = {"troops", "troop", "force", "forces", "help", "assistance", "aid", "support", "peacekeeper",
                    "peacekeepers", "intervention", "mediation", "investigators", "observers", "monitors"}
LIGHT_VERBS = {"deepen", "strengthen", "expand", "enhance", "boost", "broaden", "intensify", "provide", "give", "express", "hold", "impose", "send", "offer", "extend", "launch", "stage",
               "make", "carry", "conduct", "issue", "deliver", "announce", "pledge", "promise", "lend", "pay",
               "exchange", "have", "voice", "take"}
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
                "try", "attempt", "prepare", "threaten", "offer", "propose", "resolve", "commit", "ready", "willing"}
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


def _code(tok) -> tuple[str, str | None] | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and lemma == "have"):
        # particles and prepositions right after the verb ("called on", "asked for"), objects anywhere
        prts = {c.lower_ for c in tok.children if (c.dep_ in ("prt", "prep") and c.i == tok.i + 1) or c.dep_ in OBJECT_DEPS}
        for (verb, prt), code in PARTICLE_TYPES.items():
            if verb == lemma and (prt in prts if prt else True):
                if prt is None and not any(c.dep_ in OBJECT_DEPS for c in tok.children):
                    continue
                return code
        obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
        if lemma == "invite" and obj is not None and obj.lemma_.lower() in REQUESTED_THINGS:
            return ("REQUEST", None)  # "invited troops from the CSTO": a request for help
        if lemma in LIGHT_VERBS:
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
            if obj is not None and obj.lemma_.lower() in NOUNS:
                return NOUNS[obj.lemma_.lower()]
            if obj is not None and obj.lower_ in NOUNS:
                return NOUNS[obj.lower_]
        if lemma == "strike" and any(c.dep_ == "dobj" for c in tok.children):
            return ("ASSAULT", None)
        return VERBS.get(lemma)
    if tok.pos_ == "NOUN":
        key = tok.lower_ if tok.lower_ in NOUNS else tok.lemma_.lower()
        if key in NOUNS and tok.head.lemma_.lower() not in LIGHT_VERBS:
            return NOUNS[key]
    return None


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
    for _ in range(4):
        found, text = _args_of(head, {"nsubj"}, mentions, spans)
        if found:
            return found, text
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        if agent is not None:
            found, text = _args_of(agent, {"pobj"}, mentions, spans)
            if found:
                return found, text
        if head.dep_ in ("xcomp", "conj", "advcl", "acl") and head.head is not head:
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


def _claim(tok, quote_spans, quotes) -> tuple[bool, object | None]:
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
    for s_index, sent in enumerate(doc.sents):
        for tok in sent:
            code = _code(tok)
            if code is None:
                continue
            etype, mode = code
            sources, source_text = _source(tok, mentions, spans)
            targets, target_text = _target(tok, mentions, spans, sources)
            if tok.pos_ == "NOUN" and not sources and len(targets) >= 2 and etype in SYMMETRIC:
                sources, targets = targets[:1], targets[1:]  # "a meeting between X and Y"
            if not sources and not targets:
                continue
            negated, modality = _modality(tok)
            is_claim, claimant = _claim(tok, spans, quotes)
            if claimant is not None and not hasattr(claimant, "type"):
                claimant = mention_for_token(claimant, mentions)
            date, date_source = _event_date(tok, sent, dates, publication_value)
            trigger_end = tok.idx + len(tok.text)
            trigger = tok.text
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT_HEADS:
                trigger = tok.doc.text[tok.head.idx:trigger_end]
            start = sent.start_char
            while start < sent.end_char and doc.text[start].isspace():
                start += 1
            idx = max(bisect.bisect_right(sentence_starts, tok.idx) - 1, 0) if sentence_starts else s_index
            events.append(Event(idx, etype, mode, trigger, tok.idx, trigger_end, sources, targets, source_text,
                                target_text, date, date_source, is_claim, claimant, negated, modality,
                                doc.text[start:sent.end_char].strip()))
    return events
