"""Which way a date without a year (or a week) looks: back or ahead of its anchor.

Weekdays and month names without a year take the closest fitting date, in the past unless the clause
is in the future tense ("will meet on Friday"). A plan looks ahead ("is scheduled to close Monday");
a date hanging off a noun or a non-finite verb in a past clause says when that thing was or will be,
which the main clause only hints at ("invited them to a ceremony on March 12"), so the coming date is
taken when it is much nearer. Deadlines and start points ("extended to Nov. 16", "effective Feb. 1",
"until 9 a.m. Tuesday") lie ahead of the clause's own time; "since November" points back. Otherwise a
month stays in the publication year as news style writes it, unless the neighbouring year's is near.

The direction is a tense word passed to the resolvers: 'past', 'future', 'present', 'past_near' (a
past context, embedded or a deadline: the coming date when it is much nearer) or 'nearest' (the nearer
of the two).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from pipeline.config import DatesSettings, settings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLAN_VERBS = {
    "plan",
    "schedule",
    "expect",
    "intend",
    "prepare",
    "aim",
    "set",
    "slate",
    "due",
    "hope",
    "agree",
    "vow",
    "promise",
    "threaten",
    "announce",
}

# Verbs that ask someone to do what an infinitive below them says ("called on unions to join a strike on Monday",
# "urged them to attend talks on Thursday"): the asked act lies after the asking, so a past asking looks to the
# nearer of the two dates
REQUEST_HEADS = frozenset(
    {"urge", "ask", "call", "invite", "demand", "request", "press", "appeal", "implore", "encourage", "tell", "summon"}
)

# Prepositions that set a noun as the circumstance of the verb's own act ("praised the poll in a statement on
# Thursday", "spoke at a rally on Saturday", "during a visit on Monday"): the noun's date is the act's time.
CIRCUMSTANCE_PREPS = frozenset({"in", "at", "during", "via", "through"})
# nouns of an occasion on which one speaks or acts ("in a statement", "at a rally", "during a visit")
CIRCUMSTANCE_NOUNS = frozenset(
    {"statement", "interview", "speech", "address", "rally", "visit", "meeting", "briefing", "conference", "letter"}
    | {"message", "post", "broadcast", "session", "hearing", "ceremony"}
)

# Kinds whose value depends on the tense of their clause (the others are given 'past' and do not read it).
TENSED = frozenset({"md", "dm", "month", "weekday", "clock", "quarter", "the_quarter", "weekend", "holiday", "season"})
# ... whose attachment (a noun, a non-finite verb) can move them from the main clause's time.
ATTACHABLE = frozenset({"md", "dm", "month", "weekday", "holiday", "season"})
# ... which can be a deadline or a start point.
DEADLINES = frozenset({"md", "dm", "month", "weekday", "clock", "holiday"})
# ... which "since" makes look back.
SINCE_POINTS_BACK = frozenset({"md", "dm", "month", "weekday", "holiday", "season"})

# "since November", "the row dates back to October" (never "moved the season back to August": a move ahead)
_SINCE = re.compile(
    r"\b(?:since|(?:dates?|dating|dated|goes|go|going|went|stretch(?:es|ed|ing)?)\s+back\s+to)\s+$", re.I
)


@functools.lru_cache(maxsize=8)
def forward_cue(words: int) -> re.Pattern:
    """Words just before a date that make it a deadline or a start point, which lies ahead of the clause's time;
    `words`: how many words may come between a postponing verb and its "to" ("delayed the vote by a week to")."""
    return re.compile(
        r"(?:\b(?:until|till|through|thru|effective|payable|due|expir(?:e|es|ing)|starting|beginning)"
        r"|\b(?:extend|postpon|delay|adjourn|reschedul|defer|push)\w*"
        rf"(?:\s+[\w.,']+){{0,{words}}}?\s+(?:to|until))\s+(?:on\s+|in\s+)?$",
        re.I,
    )


def clause_direction(kind: str, doc: Doc, text: str, start: int, end: int, cfg: DatesSettings) -> str:
    """The tense word that places the expression text[start:end] of grammar kind `kind` (see the module's doc)."""
    if kind not in TENSED:
        return "past"
    tense, planned = clause_tense(doc, start, end, cfg.tense_max_steps)
    if kind in ATTACHABLE and (tense == "past" or planned) and not heading(text, start, end):
        # hanging off a noun or a non-finite verb, the date says when that thing was or will be, which the
        # main clause only hints at: "invited them to a ceremony on March 12"; a plan's date hanging off a
        # noun is not the plan's ("is trying to sell itself under a June agreement")
        attached = attachment(doc, start, end, cfg.attachment_max_steps)
        if tense == "past" and attached != "finite":
            tense = "past_near"
        elif planned and attached == "noun":
            tense = "nearest"  # "a June agreement", "the summit in April": the nearer of the two
    if kind in DEADLINES and forward_cue(cfg.forward_cue_words).search(
        text, max(0, start - cfg.forward_cue_chars), start
    ):
        # a deadline or start point ("extended to Nov. 16", "effective Feb. 1", "until 9 a.m. Tuesday"):
        # ahead of the clause's own time, so a past clause may point to the coming date
        tense = {"past": "past_near", "present": "future"}.get(tense, tense)
    elif kind in SINCE_POINTS_BACK and _SINCE.search(text[max(0, start - cfg.since_chars) : start]):
        tense = "past"  # "the best week since November", "the row dates back to October"
    elif kind in SINCE_POINTS_BACK and tense == "present" and _past_when_clause(doc, start, end):
        tense = "past"  # "the dispute began in October, when the regulator suspended the mine": the clause's past
    return tense


def _past_when_clause(doc: Doc, start_char: int, end_char: int) -> bool:
    """The date has a clause of its own opened by "when" in the past tense ("October, when the MRA suspended
    operations"): the date is that clause's time, whatever the main clause's tense."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for clause in span.root.children:
        if clause.dep_ not in ("relcl", "advcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        opened = any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children)
        past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)
        if opened and past:
            return True
    return False


# what ends a timeline's heading after its date: a dash or a colon ("MONDAY - ", "March 3: ")
HEADING_SEPARATOR = re.compile(r"\s*[-\u2013\u2014:]\s")


def heading(text: str, start: int, end: int) -> bool:
    """A date heading its paragraph before a dash or a colon, as a timeline heads each day ("MONDAY - Police
    raided ...", "March 3: Talks opened"): the day the paragraph's clause tells, whatever word the parse hangs it
    on (a heading is no noun's date: "MONDAY - Police raided" is the past Monday)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return (i == 0 or text[i - 1] == "\n") and HEADING_SEPARATOR.match(text, end) is not None


# ---------------------------------------------------------------------------
# Tense of the clause around an expression


def clause_tense(doc: Doc, start_char: int, end_char: int, max_steps: int | None = None) -> tuple[str, bool]:
    """(tense, planned) for the finite clause governing the span: 'past', 'future' or 'present'.

    Walks up from the expression through non-finite verbs ("used to justify the invasion
    in February") to the first verb whose own form or auxiliaries carry tense. `planned` is true
    when a future comes only from an intention or plan on the way up ("is trying to sell",
    "is scheduled to close") rather than from "will". At most `max_steps` (dates.tense_max_steps) words up.
    """
    max_steps = settings().dates.tense_max_steps if max_steps is None else max_steps
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present", False
    tok = span.root
    infinitive = False  # the path passes through "to <verb>": an intended or scheduled event
    for _ in range(max_steps):
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            words = {a.lower_ for a in aux}
            planned = tok.lemma_.lower() in PLAN_VERBS
            if words & {"will", "'ll", "shall", "wo"}:
                return "future", False
            if "going" in words:
                return "future", False
            if "to" in words:
                infinitive = True
            elif tok.tag_ == "VBN" and tok.dep_ == "acl" and not aux:
                return "past", False  # a participle on a noun: "shares issued July 1", "plans announced in January"
            elif (
                tok.tag_ == "VBN"
                and not aux
                and tok.dep_ in ("ROOT", "conj")
                and any(c.dep_ == "nsubj" for c in tok.children)
            ):
                return "past", False  # a simple past the tagger took for a participle ("a magistrate granted bail")
            elif (
                tok.tag_ == "VBD"
                or any(a.tag_ == "VBD" for a in aux)
                or (words & {"has", "have", "'ve"} and (tok.tag_ == "VBN" or "been" in words))
            ):
                if infinitive and tok.lemma_.lower() in REQUEST_HEADS:
                    return "nearest", False  # "called on unions to join a strike on Monday": asked for, after
                return ("past_near" if planned else "past"), False  # "planned a rally on Saturday"
            elif tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in aux):
                if infinitive or planned:
                    return "future", True  # "is scheduled to close Monday"
                return "present", False
        if tok.head is tok:
            break
        tok = tok.head
    return "present", False


def attachment(doc: Doc, start_char: int, end_char: int, max_steps: int | None = None) -> str:
    """What the expression modifies: a 'finite' verb ("met on Friday"), a 'nonfinite' verb ("decided to
    admit them in March") or a 'noun' ("invited them to a ceremony on March 12"); off a finite verb, a past
    main verb says less about when the date lies. At most `max_steps` (dates.attachment_max_steps) words up."""
    max_steps = settings().dates.attachment_max_steps if max_steps is None else max_steps
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "finite"
    tok = span.root
    for _ in range(max_steps):
        if tok.head is tok:
            return "finite"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if not aux and ongoing_participle(tok):
                return "finite"  # "fired at workers demanding higher wages on Tuesday": the firing's own time
            if any(a.lower_ == "to" for a in aux) or (tok.tag_ in ("VBG", "VB") and not aux):
                return "nonfinite"
            return "finite"
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in range(span.start, span.end) and not _circumstance(tok):
            # a name has no time of its own: "granted bail to opposition leader Peter Banda on Friday" is the
            # granting's Friday, wherever the parse hung it
            if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
                return "finite"
            return "finite" if _done_to_a_thing(tok) else "noun"
    return "finite"


# Verbs whose object may lie ahead of their own past time: a plan, an invitation, a call, a date set
LOOK_AHEAD_VERBS = (
    PLAN_VERBS
    | REQUEST_HEADS
    | {"call", "set", "schedule", "announce", "order", "convene", "postpone", "delay", "move", "declare", "book"}
    | {"organise", "organize", "confirm", "approve", "fix", "arrange", "propose", "launch", "unveil", "reach"}
)


def _done_to_a_thing(noun: Token) -> bool:
    """The noun is the object of a verb in the simple past that plans nothing ("granted diplomats consular access on
    Friday"): the date is the act's, not a time the thing lies ahead at ("invited them to a ceremony on Friday")."""
    if noun.dep_ not in ("dobj", "attr"):
        return False
    verb = noun.head
    for _ in range(2):  # over a word the parse put between ("granted diplomats consular access")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return (
        verb.tag_ == "VBD"
        and verb.lemma_.lower() not in LOOK_AHEAD_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _circumstance(noun: Token) -> bool:
    """A noun set by "in", "at", "during" right on a verb: the setting of that verb's own act ("praised the
    poll in a statement on Thursday"), whose date is the act's; not "invited them to a ceremony on March 12"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in CIRCUMSTANCE_PREPS:
        return False
    if prep.head.pos_ in ("VERB", "AUX"):
        return True
    # "welcomed the ruling in a statement on Friday": the parse hangs the setting on the verb's object
    return prep.head.dep_ == "dobj" and noun.lemma_.lower() in CIRCUMSTANCE_NOUNS


def ongoing_participle(tok: Token) -> bool:
    """A present participle with no subject describing what people were doing as the main clause happened: on a
    noun ("fired at workers demanding higher wages in Gazipur on Tuesday"), or the same participle the parse hung on
    the verb right after the plural noun it describes ("reopened its border to Syrians fleeing fighting on
    Saturday"), with no word opening a clause of its own; its date is the main clause's time. A past participle
    ("workers detained on Tuesday") tells an act of its own."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.dep_ == "advcl"
        and before is not None
        and (before.tag_ in ("NNS", "NNPS") or before.ent_type_ == "NORP")
        and not any(c.dep_ in ("mark", "advmod") and c.i < tok.i for c in tok.children)
    )


# ---------------------------------------------------------------------------
# Resolution


def resolve_weekday(anchor: dt.date, weekday: int, tense: str, cfg: DatesSettings | None = None) -> dt.date:
    """The date of a weekday named without a date, from the anchor day and the clause's direction."""
    cfg = cfg or settings().dates
    back = (anchor.weekday() - weekday) % 7
    if tense in ("past_near", "nearest"):  # past context, embedded or planned: the coming day when much nearer
        ahead = (weekday - anchor.weekday()) % 7 or 7
        nearer = ahead < back if tense == "nearest" else ahead * cfg.coming_nearer_factor < back
        return anchor + dt.timedelta(days=ahead) if nearer else anchor - dt.timedelta(days=back)
    if tense == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    if tense == "present" and back > cfg.present_weekday_max_back:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=back)


def resolve_month_year(
    anchor_year: int,
    anchor_month: int | None,
    month: int,
    tense: str,
    day: int | None = None,
    anchor_day: int | None = None,
    cfg: DatesSettings | None = None,
) -> int:
    """The year of a month (and day) named without one.

    Distances are counted in months, to the day when both days are known. Past clauses take the latest
    such date not after the anchor, future clauses the first not before it, and embedded past clauses
    ("invited them to a ceremony on March 12") the coming one when it is much nearer. Otherwise news
    style decides: a date in the publication year is written without its year and an earlier or later
    year is named (AP style), so the anchor's own year is kept unless the date lies nine or more
    months away from it and the neighbouring year's is within three ("paid in January" in late October):
    dates.other_year_min_months and dates.other_year_max_months.
    """
    if anchor_month is None:
        return anchor_year
    cfg = cfg or settings().dates
    here = anchor_year * 12 + anchor_month - 1 + ((anchor_day - 1) / 31 if day and anchor_day else 0)

    def delta(y: int) -> float:  # months from the anchor to the date in year y (negative: before it)
        d = y * 12 + month - 1 + ((day - 1) / 31 if day and anchor_day else 0) - here
        return 0.0 if not (day and anchor_day) and d == 0 else d

    same = delta(anchor_year)
    before = anchor_year if same <= 0 else anchor_year - 1  # the latest such date not after the anchor
    after = anchor_year if same >= 0 else anchor_year + 1  # the first not before it
    if tense == "past":
        return before
    if tense == "future":
        return after
    if tense == "past_near":  # past context, embedded: the coming date when it is much nearer
        return after if delta(after) * cfg.coming_nearer_factor < -delta(before) else before
    if tense == "nearest":
        return after if delta(after) < -delta(before) else before
    other = after if same < 0 else before
    near = abs(same) >= cfg.other_year_min_months and abs(delta(other)) <= cfg.other_year_max_months
    return other if near else anchor_year
