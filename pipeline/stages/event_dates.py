"""Event dates: the date expression of the event's own clause is the event's date, else that of the clause governing
it (an infinitive, an event noun), else the date heading its paragraph in a timeline ("SATURDAY, FEB 14 - ..."),
else, for an act in the simple past, the story's narrative time (the latest full date the text named before it,
within `events.narrative_date_max_days` of the publication date), else the publication date; `date_source` says
which ("sentence", "narrative" or "publication_date"). A date in another clause
(a quote, a reported, relative or adverbial clause) is not the event's.

The date's direction (a weekday named in a past-tense report is the last one) is the dates stage's
(pipeline.stages.dates.direction). In an undated text a weekday, a month or a day without a year has no value in
`dates` (nothing to anchor it on); as an event's date it keeps its TIMEX3 value with the unknown parts as X
(`XXXX-WXX-2`, `XXXX-06`), never a direction the tense does not give.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages.datelines import DATELINE_MAX_START, dateline_end
from pipeline.stages.dates.direction import HEADING_SEPARATOR, PLAN_VERBS, clause_tense, ongoing_participle
from pipeline.stages.dates.timex import underspecified_value
from pipeline.stages.dates.tokens import in_quotation
from pipeline.stages.parse import doc_cache, sents_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pipeline.stages.dates import DateMention  # the dates stage's record


class DateList(list):
    """The document's date mentions in text order, looked up by offset range in log time."""

    def __init__(self, dates: Sequence[DateMention]):
        super().__init__(sorted(dates, key=lambda d: d.start_char))
        self.starts = [d.start_char for d in self]


def dates_between(dates: Sequence[DateMention], start: int, end: int) -> list[DateMention]:
    """The date mentions starting in [start, end), in text order."""
    import bisect

    if isinstance(dates, DateList):
        return dates[bisect.bisect_left(dates.starts, start) : bisect.bisect_left(dates.starts, end)]
    return [d for d in dates if start <= d.start_char < end]


# Dependencies that open a clause of its own: a date below one of them dates that clause, not the predicate above it
# (a quote or a reported clause, a relative clause, an adverbial clause, a conjoined or loosely joined one).
CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "parataxis", "csubj", "csubjpass", "conj", "acl", "xcomp", "pcomp"})
# Words that order another event before or after the predicate: the date of "a meeting" in "ahead of a meeting next
# week" is the meeting's, not the predicate's.
ORDERING_WORDS = frozenset({"ahead", "before", "after", "following", "since", "until", "prior", "pending"})
# Adverbs that put a conjoined predicate after the first conjunct's time ("won in 2001 and has since lost").
LATER_WORDS = frozenset({"since", "later", "afterwards", "afterward", "subsequently", "eventually", "now"})
# Dependencies through which a predicate takes its governor's date: an infinitive or participle ("won the right to
# step down"), an event noun as argument or inside a phrase ("attended a meeting", "ahead of a meeting").
GOVERNED_DEPS = frozenset(
    {"xcomp", "acl", "dobj", "pobj", "nsubj", "nsubjpass", "attr", "prep", "advmod", "compound", "npadvmod", "oprd"}
)


def _opens_clause(t: Token) -> bool:
    """A word that heads a clause of its own under its head."""
    return t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")


# Times of day: "before dawn on Sunday" places the act on Sunday, not before another event
DAY_TIMES = frozenset({"dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "noon", "midday", "midnight"})


def _ordered_event(t: Token) -> bool:
    """A noun named as before or after something else: the object of "ahead of", "before", "following" (never a
    time of day: "before dawn on Sunday")."""
    if t.dep_ != "pobj" or t.pos_ not in ("NOUN", "PROPN") or t.lower_ in DAY_TIMES:
        return False
    prep = t.head
    return prep.lower_ in ORDERING_WORDS or (prep.head.lower_ in ORDERING_WORDS and prep.lower_ in ("of", "to"))


def _own_steps(date_root: Token, pred: Token, max_steps: int) -> int | None:
    """Heads climbed from a date to the predicate, when the date is attached to it within its clause (no clause
    of its own on the way, save a present participle describing one of the clause's nouns, `ongoing_participle`:
    "fired at workers demanding pay on Tuesday"; `_through_participle` reaches further through one); None
    otherwise."""
    t = date_root
    for step in range(max_steps + 1):
        if t.i == pred.i:
            return step
        if (
            (_opens_clause(t) and not ongoing_participle(t))
            or t.head.i == t.i
            or (_ordered_event(t) and not (step == 0 and t.head.lower_ == "since" and _began_since(t.head, pred)))
            or t.dep_ == "appos"
            or _dates_its_noun(t, pred)
        ):  # "on strike since Monday": the date itself, when the act began, is the act's
            return None  # an apposition describes its noun: "X, elected mayor in March, has accused ..."
        t = t.head
    return None


# prepositions of what a predicate is for, over or against, never when it happened ("condemned the union for last
# week's strike", "criticised Kenya over Sunday's crackdown"); "during", "in", "at", "on" frame the predicate's own
# time, and "of", "into" its object as often ("detained 100 people on Sunday's march", "fired into Monday's crowd")
TOPIC_PREPOSITIONS = frozenset({"for", "over", "against", "about", "regarding", "concerning"})


def _dates_its_noun(t: Token, pred: Token) -> bool:
    """A possessive date on the noun of a phrase of what the predicate is about (`TOPIC_PREPOSITIONS`: "condemned
    the union for Sunday's walkout", "criticised Kenya over last month's crackdown"): it dates that noun, not the
    predicate; a time frame keeps it ("fired tear gas during Sunday's protest"), and so does the predicate's own
    noun ("Sunday's attack")."""
    noun = t.head
    if t.dep_ != "poss" or noun.pos_ != "NOUN" or noun.i == pred.i or noun.dep_ != "pobj":
        return False
    return noun.head.lower_ in TOPIC_PREPOSITIONS


def _began_since(since: Token, pred: Token) -> bool:
    """ "Since" hung on a predicate that tells a state still going on (a perfect, "have refused food since Nov 10",
    or a noun, "on strike since Monday"): the date is when it began; not "met for the first time since 2015"."""
    if since.head.i != pred.i:
        return False
    return pred.pos_ == "NOUN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in pred.children)


def _through_participle(root: Token, pred: Token, max_steps: int) -> bool:
    """The date is attached to an ongoing participle (`ongoing_participle`) on a noun of the predicate's own
    clause: up to the participle within `max_steps`, then from its noun up to the predicate with no clause between."""
    t = root
    for _ in range(max_steps):
        if ongoing_participle(t):
            return _own_steps(t.head, pred, 2 * max_steps) is not None
        if _opens_clause(t) or t.head.i == t.i or _ordered_event(t):
            return False
        t = t.head
    return False


def _governors(tok: Token, max_steps: int) -> list[Token]:
    """The predicate, then the predicates whose time it shares: up through infinitives, participles and the
    phrases an event noun sits in, never out of a reported, relative or adverbial clause; a conjoined predicate
    shares the date of the first conjunct only when the date comes before it ("Last July, X won and left") and no
    adverb puts it later ("has since", "later", "eventually")."""
    out = [tok]
    t = tok
    for _ in range(max_steps):
        if t.head.i == t.i:
            break
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            if _time_conjunct(t):
                break  # "suspended talks on Saturday, a day after fighters attacked": a clause of time, not a conjunct
            if any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in t.children):
                break  # "won in 2001 but has since been criticised": a later time than the first conjunct's
            out.append(t.head)  # flagged by position in event_date
        elif (
            t.dep_ not in GOVERNED_DEPS
            and not (t.dep_ == "pcomp" and t.head.lower_ not in ORDERING_WORDS)
            and not (t.i == tok.i and _purpose(t))  # the purpose's own act only, not an event noun under it
        ):
            break  # "caused chaos by blocking roads": the means shares the date; "after blocking" does not
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t not in out:
            out.append(t)
    return out


def _purpose(t: Token) -> bool:
    """An infinitive of purpose on its verb ("travelled to Port Sudan on Feb. 11 to meet the minister"): the
    act done on that journey or occasion shares its time."""
    return (
        t.dep_ == "advcl"
        and t.tag_ == "VB"
        and t.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and not any(c.dep_ == "mark" for c in t.children)
    )


def event_date(
    tok: Token, sent: Span, dates: Sequence[DateMention], publication_value: str | None
) -> tuple[str | None, str | None]:
    """(date, date_source): the date expression attached to the predicate in its own clause (the nearest when
    several), else the one of the nearest predicate governing it (`_governors`), else the publication date. A
    date in another clause (a quote, a reported or relative clause) is never the event's. An expression with no
    value (a relative one in an undated text) leaves the event undated rather than dated by another; a weekday, a
    month or a day without its year keeps its TIMEX3 value with the unknown parts as X (`XXXX-WXX-2`)."""
    cfg = settings().events
    in_sent = [d for d in dates_between(dates, sent.start_char, sent.end_char) if d.type in ("DATE", "TIME")]
    if sent.start_char < DATELINE_MAX_START:  # "LIMA, June 17 (Reuters) - ...": when it was filed, not done
        line = document_dateline_end(tok.doc)
        in_sent = [d for d in in_sent if d.start_char >= line]
    roots = []
    for d in in_sent:
        span = tok.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is not None and len(span) and not (span.start <= tok.i < span.end) and not _in_a_name(span):
            if _scheduled_for(span.root):
                continue  # "called a strike for Thursday", "set elections for March": when the thing is to be
            roots.append((d, span.root, span.start))
    for k, pred in enumerate(_governors(tok, cfg.date_governor_max_steps)):
        conj_only = k > 0 and _conj_between(tok, pred)
        same_day = conj_only and _same_simple_past(tok, pred)
        # a conjunct shares only a date put before the first conjunct ("Last July, X won and left"), never one in
        # the first conjunct's own phrase ("X was elected in January and has urged ...", "banned the rally in March
        # and arrested its organisers"), unless both tell one day's sitting in the simple past ("summoned the envoy
        # on Tuesday and demanded an apology")
        pick = _attached(
            roots,
            pred,
            cfg.date_max_steps,
            lambda d, first, c=conj_only, p=pred, s=same_day: (
                (not (c and first > p.i) or (s and _a_day(d))) and not _next_clauses_date(first, p, tok)
            ),
        )
        if pick is not None:
            value = pick.value or underspecified_value(pick.text)
            return (value, "sentence") if value else (None, None)
    saying = _saying_adjunct(tok) if tok.lemma_.lower() in VERBAL_ACTS else None
    pick = _attached(roots, saying, cfg.date_max_steps, lambda d, first: _a_day(d)) if saying is not None else None
    if pick is not None and (value := pick.value or underspecified_value(pick.text)):
        # "rejected calls to withdraw, telling lawmakers on Tuesday that ...": said and done in one breath
        return value, "sentence"
    for later in _later_conjuncts(tok):
        # "blocked roads and moored canoes across the harbour on Tuesday": one day's account in the simple past, the
        # likeliest day of the first act, an inference ("narrative": "fled into exile and died on Monday" is not)
        pick = _attached(roots, later, cfg.date_max_steps, lambda d, first: _a_day(d))
        if pick is not None and (value := pick.value or underspecified_value(pick.text)):
            return value, "narrative"
    ongoing = [d for d, root, _ in roots if _a_day(d) and _through_participle(root, tok, cfg.date_max_steps)]
    if ongoing:  # "fired at workers demanding higher wages in Gazipur on Tuesday": the firing's Tuesday too
        value = ongoing[0].value or underspecified_value(ongoing[0].text)
        return (value, "sentence") if value else (None, None)
    during = _progressive_relative(tok, cfg.date_governor_max_steps)
    if during is not None:  # "fired tear gas on Thursday at activists who were protesting": Thursday
        chain = _governors(during, cfg.date_governor_max_steps)
        if chain[-1].dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[-1].children):
            chain += _governors(chain[-1].head, cfg.date_governor_max_steps)  # "fired ... to disperse activists who"
        for pred in chain:
            pick = _attached(roots, pred, cfg.date_max_steps, lambda d, first: _a_day(d))
            if pick is not None and (value := pick.value or underspecified_value(pick.text)):
                return value, "sentence"
    named = _named_time(tok, in_sent, cfg.date_governor_max_steps)
    if named is not None:  # "until 1995, when he resigned": 1995
        value = named.value or underspecified_value(named.text)
        return (value, "sentence") if value else (None, None)
    outer = _outer_time(tok, cfg.date_governor_max_steps)
    if outer is not None:
        head, year_only = outer
        for pred in _governors(head, cfg.date_governor_max_steps):
            pick = _attached(roots, pred, cfg.date_max_steps, lambda d, first: True)
            if pick is not None:
                value = pick.value or underspecified_value(pick.text)
                shifted = _shifted_day(value, _governors(tok, cfg.date_governor_max_steps)[-1])
                if shifted is not None:  # "on Saturday, a day after X rejected the plan": the Friday
                    return shifted, "sentence"
                if year_only:  # "In 2000 (or on 3 June 2000) ... after X threatened": the year, not the day
                    value = value[:4] if value and YEAR.match(value) else None
                return (value, "sentence") if value else (None, None)
        clause = _governors(tok, cfg.date_governor_max_steps)[-1]
        inside = range(clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
        # the governing clause's one day wherever the parse hung it ("brushed aside calls for restraint on Friday,
        # two days after police raided ...": the Wednesday)
        days = {d.value for d, root, _ in roots if head.is_ancestor(root) and d.start_char not in inside and d.value}
        if len(days) == 1 and (shifted := _shifted_day(days.pop(), clause)) is not None:
            return shifted, "sentence"
    made = _subject_made_on(tok, roots, cfg.date_max_steps)
    if made is not None:  # "The measures, announced on Wednesday, freeze the officials' assets": that Wednesday
        value = made.value or underspecified_value(made.text)
        return (value, "sentence") if value else (None, None)
    reported = _source_date(tok, roots)
    if reported is not None:
        value = reported.value or underspecified_value(reported.text)
        return (value, "sentence") if value else (None, None)
    heading = _heading_date(tok, dates)
    if heading is not None:  # "TUESDAY, FEB 17 - Azerbaijan said its forces had captured ...": a timeline's day
        return heading, "narrative"
    told = _told_on(tok, roots, cfg.date_governor_max_steps, cfg.date_max_steps)
    if told is not None:  # "the mission said on Monday it had deployed a unit": by that Monday, not the story's day
        return told, "narrative"
    spoken = _spoken_on(tok, roots, cfg.date_governor_max_steps, cfg.date_max_steps)
    if spoken is not None:  # '"France calls on both sides to ...," the ministry said on Monday': said, so done, then
        return spoken, "narrative"
    narrative = _narrative_date(tok, dates, publication_value, cfg.narrative_date_max_days)
    if narrative is not None:
        return narrative, "narrative"
    if publication_value:
        return publication_value, "publication_date"
    return None, None


FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR_ONLY = re.compile(r"^\d{4}$")


def _first_day(value: str) -> str:
    """The first day of a day's or a month's value ("2025-06" -> "2025-06-01")."""
    return value if FULL_DAY.match(value) else value + "-01"


def _narrative_date(
    tok: Token, dates: Sequence[DateMention], publication_value: str | None, max_days: int
) -> str | None:
    """For an event told in the simple past with no date of its own in a dated text: when its own sentence names no
    date before it, right after a sentence of its paragraph that names one full day, that day when it lies 1 to
    `events.background_date_max_days` days before publication (`_previous_sentence_day`: a background paragraph's
    time), else the latest full day named a little earlier in its paragraph (`_paragraph_day`, same bound); else the
    latest full date named before it in the text (outside the dateline and quotations) that lies 1 to `max_days` days
    before the publication date: the story's narrative time ("The clash erupted on Tuesday ... Bishkek summoned the
    ambassador"), None once that latest date is the day of publication itself or lies further back (the story went
    back in time; a date in a description, "X, who was born on ...", neither counts nor stops it); else None (a
    present, perfect or future act, or no recent date before it, keeps the publication date)."""
    if max_days <= 0 or not publication_value or not FULL_DAY.match(publication_value):
        return None
    if not _simple_past(tok):
        return None
    published = dt.date.fromisoformat(publication_value)
    line = document_dateline_end(tok.doc)
    text = text_of(tok.doc)
    own = [d for d in dates_between(dates, tok.sent.start_char, tok.idx) if d.type in ("DATE", "TIME")]
    previous = None if own else _previous_sentence_day(tok, dates, text)  # its sentence's own date comes first
    background = settings().events.background_date_max_days
    if previous is not None and 1 <= (published - dt.date.fromisoformat(_first_day(previous))).days <= background:
        # "claimed the abduction in a message sent on Aug. 6. In it, the group demanded ...": a background paragraph's
        # own day, however long ago, goes on in the sentence after it
        return previous
    if not own:
        paragraph = _paragraph_day(tok, dates, text, line)
        if paragraph is not None and 1 <= (published - dt.date.fromisoformat(paragraph)).days <= background:
            return paragraph  # "talks broke down on Jan. 25. Egypt had demanded ... Sudan rejected the demand"
    for d in reversed(dates_between(dates, line, tok.idx)):
        day = d.value[:10] if d.value else None  # "Thursday evening" (2025-11-06TEV): that day
        if d.type not in ("DATE", "TIME") or not day or not FULL_DAY.match(day):
            continue
        if BOUND_BEFORE.search(text, max(0, d.start_char - 12), d.start_char):
            continue  # "in meetings since Monday", "until Friday": a span's bound, not when anything was told
        if in_quotation(tok.doc, d.start_char):
            continue  # "'Today we have respected both,' he said": the speaker's time, not the story's
        if _flashback(tok.doc, d):
            continue  # "He appeared in court on Tuesday. He had been arrested on Monday ...": before the story's time
        days_before = (published - dt.date.fromisoformat(day)).days
        if days_before == 0:
            return None  # the story's time has reached the day of publication ("read out on Monday"): that day
        if 1 <= days_before <= max_days:
            return day
        if days_before > max_days and not _aside(tok.doc, d):
            return None  # the story has gone back in time: no earlier day of the text is this act's
    return None


def _date_root(doc: Doc, d: DateMention) -> Token | None:
    """The root token of a date's words, None when they fall across tokens."""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _flashback(doc: Doc, d: DateMention) -> bool:
    """The date is of a clause in the past perfect ("He had been arrested on Monday"): a time before the one the
    story tells, which does not move the story's time on."""
    t = _date_root(doc, d)
    while t is not None and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t is not None and _past_perfect(t)


def _planned(doc: Doc, d: DateMention) -> bool:
    """The date is what something was due, planned or set for (`clause_tense`'s plan, a future or an infinitive on
    the way up): no time the story told."""
    tense, planned = clause_tense(doc, d.start_char, d.end_char)
    if tense == "future" or planned:
        return True
    t = _date_root(doc, d)
    while t is not None and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in PLAN_VERBS or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True
    return False


def _present(verb: Token) -> bool:
    """A sentence's main verb in the present ("The rebels say it is holding")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux)


def _aside(doc: Doc, d: DateMention) -> bool:
    """The date sits in a relative clause, an apposition or a participle on a noun ("X, who was born on Feb. 12,
    1982, condemned ..."): a person's or a thing's description, not the story's time."""
    t = _date_root(doc, d)
    while t is not None and t.head.i != t.i:
        if t.dep_ in ("relcl", "appos", "acl"):
            return True
        t = t.head
    return False


TIME_MOVED_ON = frozenset({"later", "afterwards", "afterward", "then", "since", "subsequently", "eventually"})


def _paragraph_day(tok: Token, dates: Sequence[DateMention], text: str, line: int) -> str | None:
    """The latest full day named earlier in the event's paragraph (outside the dateline and quotations, no span's
    bound, `events.paragraph_day_max_sentences` sentences back at most) when no word after it moves time on ("later",
    "since", "then"), no sentence in the present comes between and it is no date something was due for: the time a
    background paragraph tells ("talks broke down on Jan. 25 ... Egypt had demanded ... Sudan rejected the demand");
    else None."""
    start = text.rfind("\n", 0, tok.idx) + 1
    back = settings().events.paragraph_day_max_sentences
    sents = [s for s in sents_of(tok.doc) if start <= s.start_char < tok.sent.start_char][-back:] if back > 0 else []
    if not sents:
        return None
    lo = max(sents[0].start_char, line)
    for d in reversed(dates_between(dates, lo, tok.sent.start_char)):
        day = d.value[:10] if d.value else None
        if d.type not in ("DATE", "TIME") or not day or not FULL_DAY.match(day):
            continue
        if BOUND_BEFORE.search(text, max(0, d.start_char - 12), d.start_char) or in_quotation(tok.doc, d.start_char):
            continue
        if _flashback(tok.doc, d):
            continue  # "He had been arrested on Monday": before the time the paragraph tells
        if _planned(tok.doc, d) or any(_present(s.root) for s in sents if s.start_char > d.start_char):
            return None  # "talks had been due to resume on Sept. 2": a plan; "The rebels say ...": the present
        between = tok.doc.char_span(d.end_char, tok.idx, alignment_mode="expand")
        if between is not None and any(t.lower_ in TIME_MOVED_ON for t in between):
            return None
        return day
    return None


def _previous_sentence_day(tok: Token, dates: Sequence[DateMention], text: str) -> str | None:
    """The one full day, or month opening it ("In June, ..."), the sentence right before the event's names (in the
    same paragraph, outside the dateline, no span's bound), else None: two dates there, a vaguer one, or none, say
    nothing of when the next sentence's act happened."""
    sent = tok.sent
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    if "\n" in text[before.start_char : sent.start_char].rstrip(" \t")[-3:]:
        return None  # another paragraph: the sentence before ends its line
    days = set()
    line = document_dateline_end(tok.doc) or 0
    for d in dates_between(dates, max(before.start_char, line), before.end_char):
        day = d.value[:10] if d.value else None
        if _flashback(tok.doc, d):
            continue  # "He had been arrested on Monday.": before the time the story tells, no day of the next act
        if day and MONTH.match(day) and d.start_char > _frame_end(before):
            return None  # a month framing only its own sentence ("Floods killed 1,500 people in July."); one that
            # opens it frames the story told after it too ("In June, police detained X. Minsk called the arrest")
        if d.type not in ("DATE", "TIME") or not day or not (FULL_DAY.match(day) or MONTH.match(day)):
            if d.type in ("DATE", "TIME") and not (day and YEAR_ONLY.match(day)):
                return None  # "this week", "recently": a vaguer time told there (a year says only of what it is on:
                # "a group that emerged last year")
            continue
        if BOUND_BEFORE.search(text, max(0, d.start_char - 12), d.start_char):
            return None
        days.add(day)
    if any(t.lower_ in ("later", "after", "afterwards", "then", "since") for t in sent if t.i < tok.i):
        return None  # "Two days later ...", "Since then ...": time moved on
    return days.pop() if len(days) == 1 else None


def _frame_end(sent: Span) -> int:
    """The offset up to which a date opens a sentence as its frame: its first three words ("In June, ...")."""
    words = [t for t in sent if not t.is_space][:3]
    return words[-1].idx if words else sent.start_char


# A word that makes the date after it a span's start or end ("since Monday", "until Friday", "by March 3")
BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|by|from)\s+(?:on\s+|last\s+)?$", re.I)
_MONTH_OR_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
)
# A date heading a paragraph of a timeline, up to its dash or colon ("MONDAY - ", "Tuesday, Feb 10: ")
HEADING_DATE = re.compile(rf"{_MONTH_OR_DAY}(?:,?\s+(?:\d{{1,2}}|{_MONTH_OR_DAY}))*\s*[-–—:]\s+", re.I)


def _heading_date(tok: Token, dates: Sequence[DateMention]) -> str | None:
    """The date that heads the event's paragraph, followed by a dash or a colon, as a timeline or a chronology
    heads each day's paragraph ("SATURDAY, FEB 14 - Artillery shelled ...", "March 3: Talks opened"): the day of
    every act the paragraph tells without a date of its own; else None."""
    text = text_of(tok.doc)
    start = text.rfind("\n\n", 0, tok.idx)
    start = 0 if start < 0 else start + 2
    while start < tok.idx and text[start].isspace():
        start += 1
    for d in dates_between(dates, start, tok.idx):
        if d.start_char > start:
            return None
        if d.type == "DATE" and d.value and HEADING_SEPARATOR.match(text, d.end_char):
            return d.value
    return None


def _simple_past(tok: Token) -> bool:
    """The predicate, or the verb an event noun depends on ("held talks"), is in the simple past, active ("expelled")
    or passive ("was detained"); no perfect ("had expelled", "has sent"), modal or present."""
    verb = next(
        (t for t in _governors(tok, settings().events.date_governor_max_steps) if t.pos_ in ("VERB", "AUX")), None
    )
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not aux
    if verb.tag_ == "VBN":
        return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD"
    return False


def _scheduled_for(root: Token) -> bool:
    """A date after "for" on a noun or a verb ("a strike for Thursday", "elections set for March"): the time a thing
    is set for, not when the predicate happened."""
    return root.dep_ == "pobj" and root.head.lower_ == "for"


def _in_a_name(span: Span) -> bool:
    """A date that is a word of a proper name ("the 1997 Kyoto Protocol", "the 1951 Refugee Convention", "the 2004
    Olympics"): when the thing named was made, not when the event happened ("signed the 1997 Kyoto Protocol on
    Monday": Monday)."""
    root = span.root
    if len(span) != 1 or not YEAR.match(span.text) or span.start == 0:
        return False  # a year alone: "On 3 June 2009 Chad closed ..." is a date, whatever the parse hangs it on
    det = span.doc[span.start - 1]
    named = root.head.tag_ in ("NNP", "NNPS") and 0 < root.head.i - span.end + 1 <= 3
    return det.tag_ in ("DT", "PRP$", "POS") and root.dep_ in ("nummod", "compound", "amod", "nmod") and named


def document_dateline_end(doc: Doc) -> int:
    """`dateline_end` of the document's text, found once per document."""
    return doc_cache(doc, "dateline_end", lambda d: dateline_end(text_of(d)))


SAYING_VERBS = frozenset({"say", "tell", "announce", "write", "add", "state", "declare", "insist"})
# acts done in words, whose words are their act ("rejected the calls, telling lawmakers on Tuesday"); an attack or a
# raid "saying on Wednesday that ..." was done before the statement
VERBAL_ACTS = frozenset(
    {"reject", "deny", "dismiss", "condemn", "criticise", "criticize", "denounce", "welcome", "praise", "accuse"}
    | {"blame", "urge", "call", "demand", "warn", "threaten", "refuse", "defend", "back", "support", "oppose"}
    | {"endorse", "veto", "appeal", "pledge", "promise", "vow", "apologise", "apologize", "hail", "slam"}
)


def _saying_adjunct(tok: Token) -> Token | None:
    """A present participle of saying set beside the predicate with no subject or mark of its own ("rejected the
    calls, telling lawmakers on Tuesday that ...", "condemned the raid, saying in a statement on Monday"): the words
    that did the act; else None."""
    for c in tok.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in SAYING_VERBS and _participle_adjunct(c, set()):
            return c
    return None


def _next_clauses_date(first: int, pred: Token, tok: Token) -> bool:
    """A date the parse hung on the predicate that opens the clause after its "and" ("met the officials on Oct. 4
    and, a day later, travelled to the camp": "a day later" tells when the travel was), for an act before that "and"
    (the meeting keeps its own day; the travel and what it was for take the later one)."""
    cc = next((c for c in pred.children if c.dep_ == "cc" and c.i < first), None)
    if cc is None or tok.i > cc.i:
        return False
    return any(c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > first for c in pred.children)


def _attached(roots: list, pred: Token, max_steps: int, keep: Callable[[DateMention, int], bool]) -> DateMention | None:
    """The date expression attached to the predicate within its clause (`_own_steps`), the nearest (then the first)
    of those `keep` admits, else None."""
    found = [
        (steps, d.start_char, d)
        for d, root, first in roots
        if keep(d, first) and (steps := _own_steps(root, pred, max_steps)) is not None
    ]
    pick = min(found, key=lambda f: (f[0], f[1]))[2] if found else None
    if pick is not None and pick.value and MOMENT_AFTER.match(pick.text):
        # "Hours later, gendarmes arrested him ... on Monday evening": the clause's own words for that day refine it
        finer = [d for _, _, d in found if d is not pick and d.value and d.value.startswith(pick.value)]
        pick = finer[0] if finer else pick
    return pick


# "Hours later", "shortly afterwards": the day last named, which a date the clause states itself refines ("Hours
# later, gendarmes arrested him ... on Monday evening": Monday evening)
MOMENT_AFTER = re.compile(r"(?i)(?:shortly|soon|moments|minutes|hours|a\s+few\s+\w+)\s+(?:afterwards?|later|after)$")


SAME_TIME = frozenset({"when", "while", "as"})
ORDERED = ORDERING_WORDS & {"after", "before", "until", "since"}
YEAR = re.compile(r"\d{4}(?!\d)")


def _outer_time(tok: Token, max_steps: int) -> tuple[Token, bool] | None:
    """For a predicate in a clause of time ("when X arrived", "after X threatened to raise taxes") or a participle
    beside its clause ("..., freezing the assets"), the predicate of the clause it is adverbial to, and whether only
    a year of that clause's date holds for it: a clause of the same time shares the date whole; one before or after
    another shares its year ("In 2000 ... after Mr X threatened", "On 3 June 2000 ... after Mr X threatened": 2000),
    not its day. None for other clauses."""
    t = _governors(tok, max_steps)[-1]
    if (t.dep_ != "advcl" and not _time_conjunct(t)) or t.head.i == t.i:
        return None
    marks = {c.lower_ for c in t.children if c.dep_ in ("mark", "advmod") and c.i < t.i}  # "when" is an advmod
    if marks & SAME_TIME or _participle_adjunct(t, marks):
        return t.head, False
    if marks & ORDERED:
        return t.head, True
    return None


# measures and texts that act from the day they are made ("the sanctions, announced on Wednesday, freeze ...")
MEASURE_NOUNS = frozenset(
    {"measure", "sanction", "rule", "restriction", "ban", "decree", "law", "order", "declaration", "statement"}
    | {"communique", "communiqué", "resolution", "report", "agreement", "accord", "deal", "treaty", "directive"}
    | {"regulation", "embargo", "ruling", "verdict", "judgment", "judgement", "bill", "charter", "plan", "package"}
)


def _subject_made_on(tok: Token, roots: list, max_steps: int) -> DateMention | None:
    """For a predicate in the present whose subject is a measure or a text given its day by a participle ("The
    measures, announced on Wednesday, freeze ...", "The declaration, adopted Thursday, urges ..."), the one day of
    that participle: what the measure or the text does, it does from the day it was made."""
    if tok.tag_ not in ("VBZ", "VBP", "VB") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in MEASURE_NOUNS:
        return None  # "Kenyan troops, deployed on Monday, patrol ...": people act when they act
    made = [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    days = [d for p in made if (d := _attached(roots, p, max_steps, lambda d, first: _a_day(d))) is not None]
    return days[0] if len(days) == 1 else None


def _time_conjunct(t: Token) -> bool:
    """A clause of time the parse joined as a conjunct ("suspended talks on Saturday, a day after fighters
    attacked ...": "attacked" hung as a conjunct of "suspended", with its "after")."""
    return t.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ in SAME_TIME | ORDERED and c.i < t.i for c in t.children
    )


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_UNIT_DAYS = {"day": 1, "week": 7}


def _shifted_day(value: str | None, clause: Token) -> str | None:
    """The day of a clause of time measured from its governing clause's day ("on Saturday, a day after X rejected
    the plan": the Friday; "two days before talks resumed on Monday" is the other way round, not this): the
    governing day moved back (after) or on (before) by the clause's measure of days or weeks; None when the clause has
    no such measure or the governing date is not a full day."""
    if (
        not value
        or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
        or not (clause.dep_ == "advcl" or _time_conjunct(clause))
    ):
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    sign = -1 if "after" in marks else 1 if "before" in marks else 0
    # the measure on the clause, or on its "after" ("two days after fighters overran the town")
    holders = [clause] + [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    measure = next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS and c.i < clause.i
        ),
        None,
    )
    if not sign or measure is None:
        return None
    count = next((c for c in measure.children if c.dep_ in ("det", "nummod")), None)
    n = _NUMBER_WORDS.get(count.lower_) if count is not None else None
    if n is None and count is not None and count.text.isdigit():
        n = int(count.text)
    if n is None:
        return None
    day = dt.date.fromisoformat(value) + dt.timedelta(days=sign * n * _UNIT_DAYS[measure.lemma_.lower()])
    return day.isoformat()


def _participle_adjunct(t: Token, marks: set[str]) -> bool:
    """A present participle set beside its clause with no subject, mark or "having" of its own ("imposed sanctions on
    Thursday, freezing the assets of 18 officials"): the same act's other side, at the same time."""
    if t.tag_ != "VBG" or marks:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in t.children)


def _named_time(tok: Token, dates: Sequence[DateMention], max_steps: int) -> DateMention | None:
    """For a predicate in a "when" or "in which" clause on a date ("until 1995, when he resigned", "in March 2003,
    when Turkey closed the border") or on an occasion dated before it ("a speech in January in which he accused"),
    that date: the clause tells what happened then."""
    t = _governors(tok, max_steps)[-1]
    if t.dep_ != "relcl" or not any(_time_relative(c) for c in t.children):
        return None
    head = t.head
    at = next((d for d in dates if d.start_char <= head.idx < d.end_char), None)
    if at is not None:
        return at
    # an occasion with its own date before the clause ("a speech in January in which he accused ...")
    for c in head.children:
        if c.dep_ == "prep" and c.i < t.i:
            for g in c.children:
                if g.dep_ == "pobj" and (d := next((d for d in dates if d.start_char <= g.idx < d.end_char), None)):
                    return d
    # a day described after the date of its clause ("began on Oct 5, the day after the vote, when X accused ..."):
    # that date
    restated = head.dep_ == "appos" or (
        head.dep_ == "npadvmod" and not any(c.lower_ in OFFSET_WORDS for c in head.children)
    )
    if head.lemma_.lower() in TIME_NOUNS and restated and head.head.pos_ in ("VERB", "AUX"):
        for d in sorted(dates, key=lambda d: -d.start_char):  # the nearest before it
            span = head.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
            if span is not None and d.end_char <= head.idx and _own_steps(span.root, head.head, max_steps) is not None:
                return d
    return None


# words that make a time noun another day than the date before it ("the next morning", "a week later")
OFFSET_WORDS = frozenset({"next", "following", "previous", "later", "earlier"})


def _progressive_relative(tok: Token, max_steps: int) -> Token | None:
    """For a predicate in a relative clause in the past progressive ("activists who were protesting") on the people
    force was used on at the scene (the object of "at" / "on", "fired at students who were marching", or of a
    purpose's infinitive, "fired tear gas to disperse activists who were protesting"), that verb: what they were
    doing then; else None ("a court on Tuesday jailed students who were protesting" says nothing of when)."""
    t = _governors(tok, max_steps)[-1]
    if (
        t.dep_ != "relcl"
        or t.tag_ != "VBG"
        or not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in t.children)
    ):
        return None
    noun = t.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
        noun = noun.head.head  # "activists of the X Coalition who were protesting": the activists
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on") and noun.head.head.pos_ == "VERB":
        return noun.head.head  # "fired at students who were marching"
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb  # "fired tear gas to disperse activists who were protesting": the purpose's clause
    return None


TIME_NOUNS = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "weekend"})


def _time_relative(c: Token) -> bool:
    """The word that opens a relative clause telling what happened then: "when", or "in / during / at which"."""
    if c.dep_ == "advmod" and c.lower_ == "when":
        return True
    return c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(g.lower_ == "which" for g in c.children)


# what an act is said or written in ("in a statement issued on Tuesday", "in an interview broadcast on Sunday")
STATEMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "interview", "letter", "speech", "address", "post", "message"}
    | {"broadcast", "declaration", "briefing", "note", "editorial", "tweet", "video"}
    # and the act the clause is framed as ("in a concession announced on Wednesday, the ministry ...")
    | {"announcement", "concession", "move", "decision", "gesture", "ruling"}
)


# verbs that report a fresh act of the teller's own or of others ("said", "announced", "confirmed"), whose day bounds
# the act; not judgements of a past act ("ruled that police had arrested him unlawfully")
REPORTING_VERBS = frozenset({"say", "tell", "announce", "report", "confirm", "state", "add", "disclose", "reveal"})
# verbs of a crowd's gathering at a scene: "police detained supporters who had gathered outside ..." (then and there)
GATHERING_VERBS = frozenset({"gather", "assemble", "congregate", "converge", "rally", "march", "mass"})


def _told_on(tok: Token, roots: list, governor_steps: int, date_steps: int) -> str | None:
    """For an act told as done or under way in a reported clause ("the mission said on Monday it had deployed a
    unit", "said on Wednesday that troops were being sent") or a crowd's
    gathering in a relative clause in the past perfect on the people a dated act befell ("police on Feb. 25 detained
    supporters who had gathered to protest": at the scene), with no date of its own: the one day the telling clause
    names (or the clause a participle of telling is set beside: "responded on Wednesday, announcing that ..."), an
    inference (the act was done by then; the publication day, later, is surely not its day). Never an act
    announced ("said it would deploy"), nor another relative clause ("jailed students who had occupied the office":
    any time before)."""
    clause = _governors(tok, governor_steps)[-1]
    if clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        clause = _governors(clause.head, governor_steps)[-1]  # "who had gathered ... to protest": the gathering's
    if clause.dep_ == "ccomp" and clause.head.i != clause.i:
        # an act under way is the verb's own, not an act its object names ("said it was following the detention")
        done = _past_form(clause) or (_under_way(clause) and tok.pos_ in ("VERB", "AUX"))
        if _announced(clause) or not done or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None  # "the court ruled on Monday that police had arrested him unlawfully": not done that day
        teller = clause.head
    elif _reported_on_time_noun(clause):  # "said the same day that it had deployed": the parse's relative clause
        if _announced(clause) or not _past_form(clause):
            return None
        teller = clause.head.head
    elif clause.dep_ == "relcl" and _past_perfect(clause) and clause.lemma_.lower() in GATHERING_VERBS:
        teller = clause.head
        for _ in range(3):
            if teller.pos_ in ("VERB", "AUX") or teller.head.i == teller.i:
                break
            teller = teller.head
    else:
        return None
    if teller.pos_ not in ("VERB", "AUX"):
        return None
    return _telling_day(teller, roots, governor_steps, date_steps)


def _telling_day(teller: Token, roots: list, governor_steps: int, date_steps: int) -> str | None:
    """The one day a verb of telling names, on itself or the predicates it shares a time with (or the clause a
    participle of telling is set beside: "responded on Wednesday, announcing that ..."), else on the text it is
    made in ("In a message sent on Thursday, X said"); never a thing's day ("said of Sunday's bombing")."""
    doc = teller.doc

    def own_day(d: DateMention, first: int) -> bool:
        return _a_day(d) and doc[first].dep_ != "poss" and not (first + 1 < len(doc) and doc[first + 1].tag_ == "POS")

    preds = _governors(teller, governor_steps)
    if teller.dep_ == "advcl" and _participle_adjunct(teller, set()):  # "responded on Wednesday, announcing that"
        preds += _governors(teller.head, governor_steps)
    for pred in preds + _telling_made(teller):
        pick = _attached(roots, pred, date_steps, own_day)
        if pick is not None:  # "In a message sent to journalists on Thursday, the group said it had freed ..."
            return pick.value or underspecified_value(pick.text)
    return None


def _spoken_on(tok: Token, roots: list, governor_steps: int, date_steps: int) -> str | None:
    """For words quoted that do their act when said, with no date of their own: the one day its telling clause
    names ('"France calls on both sides to ...," the ministry said on Monday', '"He must go," X told reporters on
    Wednesday', '"We will free them," he said on Friday'). Such words are a verb of a verbal act in the present
    (`VERBAL_ACTS`: calls, urges, condemns, rejects) or any verb under a modal of demand or of the future (must,
    should, will, would), on it or on a verb it depends on: an appeal, a demand, a promise. Never a past act
    quoted, active or passive ('"they arrested him", "two soldiers were killed," she said on Monday': done before),
    nor a habit or a fact in the present ('"Russia attacks our cities every night"'), nor a day that is not the
    telling's own ('said of Sunday's bombing'); an act outside a quote is `_told_on`'s."""
    if not in_quotation(tok.doc, tok.idx):
        return None
    chain = _governors(tok, governor_steps)
    clause = chain[-1]
    for _ in range(2):  # up through the quote's own complements ("will not allow these gangs to take ...")
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
            break
        if not in_quotation(tok.doc, clause.head.idx) or clause.head.lemma_.lower() in REPORTING_VERBS:
            break
        chain = chain + _governors(clause.head, governor_steps)
        clause = chain[-1]
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.i == clause.i or in_quotation(tok.doc, clause.head.idx):
        return None
    if clause.head.lemma_.lower() not in REPORTING_VERBS or _past_form(tok) or _simple_past(tok):
        return None
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), tok)
    # the modal may stand on a verb the act depends on ("will not allow them to hold the nation hostage")
    modal = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"} & SPOKEN_MODALS
    if not modal and not (verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() in VERBAL_ACTS):
        return None
    return _telling_day(clause.head, roots, governor_steps, date_steps)


# modals of a demand or a promise: quoted, said and so done ("he must go", "we will free them", "would fully
# cooperate" quoted in a report)
SPOKEN_MODALS = frozenset({"must", "should", "will", "shall", "'ll", "wo", "would"})


def _telling_made(teller: Token) -> list[Token]:
    """The participles that date the text a telling is made in ("In a message sent on Thursday, X said", "in a
    statement issued on Friday"): the participle on the noun of an "in" phrase on the verb of saying."""
    return [
        acl
        for prep in teller.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
    ]


def _reported_on_time_noun(clause: Token) -> bool:
    """A "that" clause the parse hung as a relative clause on the time noun of a reporting verb ("said the same day
    that it had deployed two vessels"): the reported clause, told on that day."""
    noun = clause.head
    return (
        clause.dep_ == "relcl"
        and noun.dep_ == "npadvmod"
        and noun.lower_ in ("day", "week", "morning", "evening", "afternoon")
        and noun.head.lemma_.lower() in REPORTING_VERBS
        and not any(c.dep_ == "ccomp" for c in noun.head.children)
        and any(c.lower_ == "that" and c.i < clause.i for c in clause.children)
    )


def _past_form(verb: Token) -> bool:
    """A verb in the simple past or a perfect ("killed", "had killed", "have killed")."""
    return (
        verb.tag_ == "VBD"
        or _past_perfect(verb)
        or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children))
    )


def _under_way(verb: Token) -> bool:
    """A verb in a progressive form, an act under way when it is told ("said on Wednesday that troops were being
    sent", "announced that it is deploying"): an auxiliary "be" with a present participle, or "being" with a past
    participle."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return any(c.lemma_ == "be" for c in auxes)
    return verb.tag_ == "VBN" and any(c.lower_ == "being" for c in auxes)


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _announced(clause: Token) -> bool:
    """A reported clause that announces an act (a modal or "to": "said it would delay ..."), not one that reports a
    past act."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in clause.children)


def _source_date(tok: Token, roots: list) -> DateMention | None:
    """'X pledged support ..., according to the statement signed on Wednesday': what a dated source reports happened
    when the source was issued: the date inside an "according to" phrase of the predicate's sentence; likewise the
    date of the statement the act is made in ("X, in a statement issued on Tuesday, urged Y": Tuesday's), also for
    an act the statement announces in its reported clause ("in a concession announced on Wednesday, the ministry
    said it would delay ... and invited ...")."""
    sources = [
        t for t in tok.sent if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
    ]
    phrases = [{x.i for x in acc.subtree} | {x.i for x in acc.doc[acc.i + 1].subtree} for acc in sources]
    chain = _governors(tok, settings().events.date_governor_max_steps)
    governors = {t.i for t in chain}
    if chain[-1].dep_ == "ccomp" and chain[-1].head.i != chain[-1].i and _announced(chain[-1]):
        # "in a concession announced on Wednesday, it said it would delay X and ...": what a dated statement
        # announces is dated by it; never an act it reports as done before ("said soldiers had killed ...")
        governors.add(chain[-1].head.i)
    for prep in (
        c for g in governors for c in tok.doc[g].children if c.dep_ == "prep" and c.lower_ in ("in", "during")
    ):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in STATEMENT_NOUNS for o in prep.children):
            phrases.append({x.i for x in prep.subtree})
    for phrase in phrases:
        inside = [d for d, root, _ in roots if root.i in phrase]
        if inside:
            return inside[0]
    return None


DAY = re.compile(r"\d{4}-\d{2}-\d{2}$|.*-W..-\d$")


def _a_day(d: DateMention) -> bool:
    """A date of one day: a calendar day or a weekday ("on Tuesday", "on 3 May")."""
    value = d.value or underspecified_value(d.text) or ""
    return bool(DAY.match(value))


def _same_simple_past(tok: Token, pred: Token) -> bool:
    """The predicate is a conjunct of its governor and both are plain past tenses with no auxiliary ("summoned X on
    Tuesday and demanded ..."): one account of one occasion, unlike "was elected in January and has urged"."""

    def plain_past(t: Token) -> bool:
        return t.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)

    return tok.dep_ == "conj" and tok.head.i == pred.i and plain_past(tok) and plain_past(pred)


def _later_conjuncts(tok: Token) -> list[Token]:
    """The verbs conjoined after a plain past predicate that are plain pasts too, with no subject of their own (one
    account of one occasion: `_same_simple_past`)."""
    return [
        c
        for c in tok.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and _same_simple_past(c, tok)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _conj_between(tok: Token, pred: Token) -> bool:
    """The way up from the predicate to its governor passes a conjunction ("won and [left]")."""
    t = tok
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ == "conj":
            return True
        t = t.head
    return False
