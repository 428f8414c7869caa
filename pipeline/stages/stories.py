"""Stories: articles about the same event share a `story_id`; events and quotes reported by
several articles are grouped so that each is counted once.

Documents -> stories (average-link agglomerative clustering)
  * Text: each article is a TF-IDF vector over its content words (stemmed, stop words out),
    its headline counted twice and adjacent content-word pairs at half weight. Pure text:
    grouping happens right after deduplication, before any parse.
  * IDF is the corpus's own document frequency smoothed with a background estimate from
    `wordfreq` (stories.prior_docs pseudo-documents). A small corpus (five articles) then still
    knows that "the" is common and "Tokayev" is rare, and the similarity scale - hence the
    threshold - hardly moves as the corpus grows (BASIL alone vs. BASIL + 800 BBC articles:
    best thresholds 0.20-0.22 and 0.21-0.22).
  * Names: a second vector over capitalised words (the participants). Two clusters merge only
    if their names are also similar on average (stories.name_threshold): templated wire items share
    their wording but not their companies.
  * Figures: two articles that both state at least stories.numbers_min amounts and share none are
    not compared (two companies' results, two days' money-market figures).
  * Time marks: the weekdays an article names and the days of a month it states ("on Friday", "Jan. 22";
    the words: pipeline/data/stories_time_words.tsv). Articles about one event name its day; two events on
    one topic (a proposal and the other side's counter-proposal a week later, the start and the end of a
    crisis) name other days. When two articles, one of them at least undated, name marks of one kind, their
    text similarity moves by stories.time_weight x (cosine of the marks - stories.time_center), the higher cosine
    of the two kinds; a weekday and a date without a year are not compared. Two dated articles are told apart by
    their dates. Cross-validated with the leads below over BASIL alone it chose 0 in most folds (same-event
    articles often name other days - the day of the event, the day of the reaction - and other events the same
    weekday); over BASIL and eight development sets of two events per topic, 0.1 in every fold.
  * Leads: a second TF-IDF vector over the headline and the lead (the first sentences up to stories.lead_words
    words, `lead`). News writing tells the event in the lead and the topic's background further down, so two
    events on one topic share background paragraphs and differ in their leads (the vote and the builder's
    collapse; the special counsel's statement and, two months later, the demands to release his report). A
    pair's text similarity is (1 - stories.lead_weight) x whole texts + stories.lead_weight x leads.
  * Lead days apart (a cannot-link): when two articles, both undated, have leads that name days
    of a month at least stories.lead_veto_days apart, or weekdays at least that far apart either way round the week
    (a lead's days of a month only from its dateline, `lead_time_marks`: a date in the lead's sentences mostly
    recalls an earlier event, "since the March 3 vote"; stories told by three outlets each, development set Z:
    undated recall 0.867 -> 1.000, BASIL's development figures unchanged),
    no cluster holding one joins a cluster holding the other (the pair's similarity is -VETO, so no average over
    two such clusters reaches a threshold). Tellings of one event name its day or the next (the reaction); the next
    event of a topic comes days or weeks later. A pair's veto reaches beyond the pair: the two events of a topic
    stay apart when any two of their tellings date their leads, while the tellings that name no day join the
    event they are closest to on average.
  * Thresholds: threshold, dated_threshold, time_weight, lead_weight and lead_veto_days are chosen by cross-validation
    over the BASIL development triplets and the annotators' sets of two events on one topic, with pairs of groups on
    one topic as hard negatives (evaluation.stories_cv).
  * Clustering: start from singletons (and the existing stories), repeatedly merge the two
    clusters with the highest average text similarity over all their cross pairs while it
    reaches stories.threshold. Average link does not chain routine items as single link does, and
    the result does not depend on input order.
  * Dates: when both clusters are dated, the merged story must span at most stories.max_span_days
    (follow-ups weeks later open a new story), and dates that fit lower the bar to
    stories.dated_threshold. Undated articles are grouped by text alone.
  * Incremental: documents that already have a story keep it (existing stories never merge
    with each other); new documents join one or form new ones. Copies take their original's.

Events -> story events: same story, same PLOVER type, same actors (a set for symmetric
types such as CONSULT), compatible dates (equal at the coarser precision; an event dated
only by its article's publication date is compatible with any date up to stories.window_days before
it). Quotes -> quote groups: same speaker or same story, and word overlap (containment)
of at least stories.quote_containment; an inverted index over (story or speaker, word) compares only quotes
that share two of the shorter one's rarest words (prefix filtering), not every pair of quotes: on one 4 MB
text, 1.4 s instead of 40 s, the same groups.

`group` is `assign(candidates(...))`: the candidate pairs (the costly part) do not depend on the merge
thresholds, so cross-validation computes them once and tries every threshold on them.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import operator
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.ids import short_hash
from pipeline.stages.dates import day_range

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@dataclass(frozen=True)
class StoryItem:
    doc_id: str
    title: str | None
    text: str
    publication_date: dt.date | None


def story_id(founder_doc_id: str) -> str:
    return "s" + short_hash("story", founder_doc_id)


# ---------------------------------------------------------------------------
# text -> weighted terms


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, run from spaCy's own file without importing spaCy: story grouping runs
    before any parse (for a large corpus in a process of its own), and spaCy's import costs a second and
    50 MB there. The file is a standalone module (it imports nothing)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("spacy")  # locates the package without importing it
    path = os.path.join(spec.submodule_search_locations[0], "lang", "en", "stop_words.py")
    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location("_spacy_en_stop_words", path))
    module.__spec__.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


@functools.lru_cache(maxsize=500_000)
def _content_word(token: str) -> tuple[str, str, float] | None:
    """A lower-cased word -> (word, stem, rarity), or None for stop words and short words."""
    w = token.strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) < 3 or w in _stop_words():
        return None
    return w, _stem(w), _rarity(w)


def _content_infos(text: str) -> list[tuple[str, str, float]]:
    return [c for c in map(_content_word, _WORD.findall(text.lower())) if c is not None]


@functools.lru_cache(maxsize=200_000)
def _rarity(word: str) -> float:
    """8 - Zipf frequency (wordfreq): 0 for "the", about 5-6 for rare names."""
    return max(8.0 - zipf(word), 0.0)


_PLAIN = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`. A plain lower-case word is looked up in wordfreq's table
    and rounded as wordfreq rounds (the same value, tests compare them; wordfreq's own call spends ~50 µs
    tokenizing each word); anything else goes through wordfreq."""
    if _PLAIN.fullmatch(word):
        freq = _frequencies().get(word, 0.0)
        if freq <= 0.0:
            return 0.0
        freq = round(freq, math.floor(-math.log(freq, 10)) + 3)  # three significant digits
        return round(math.log(freq, 10) + 9, 2)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


_RARITY = operator.itemgetter(2)


def terms(title: str | None, text: str) -> tuple[Counter, dict[str, float]]:
    """Term counts of an article and each term's background rarity (the rarest word of a stem)."""
    cfg = settings().stories
    body = _content_infos(text)
    head = _content_infos(title or "")
    stems = [k for _, k, _ in body]
    counts: Counter = Counter(stems)
    for _, k, _ in head:
        counts[k] += cfg.title_weight
    rarity = {k: r for _, k, r in sorted(body + head, key=_RARITY)}  # ascending: the largest is kept
    pairs = [f"{a}_{b}" for a, b in zip(stems, stems[1:])]
    for k, c in Counter(pairs).items():
        counts[k] += cfg.pair_weight * c
    rarity.update((k, (ra + rb) / 2) for k, (_, _, ra), (_, _, rb) in zip(pairs, body, body[1:]))
    return counts, rarity


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")


def lead(text: str, words: int) -> str:
    """The lead of an article: its first sentences, up to the one that brings it to at least `words` words
    (whole sentences; the whole text when shorter). News writing puts the event in the lead (who did what,
    where, when) and the topic's background further down, so two articles on one topic about different
    events differ most there."""
    count, start = 0, 0
    for m in _SENTENCE_END.finditer(text):
        count += len(text[start : m.start()].split())
        start = m.start()
        if count >= words:
            return text[:start]
    return text


def lead_terms(title: str | None, text: str) -> tuple[Counter, dict[str, float]]:
    """`terms` of the headline and the lead (stories.lead_words, see `lead`)."""
    return terms(title, lead(text, settings().stories.lead_words))


_CAPITALISED = re.compile(r"(?<!\w)([A-Z][A-Za-z&\-]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”]\s+|\n\s*)$")


def names(title: str | None, text: str) -> tuple[Counter, dict[str, float]]:
    """Capitalised words (the named participants), with their background rarity. A word that
    only starts a sentence counts when it is rare (a name, not "But"). An all-caps headline
    (wire style) says nothing about case: all its words count, and the corpus's document
    frequencies weigh down the template words ("QTR", "NET")."""
    cfg = settings().stories
    counts: Counter = Counter()
    rarity: dict[str, float] = {}
    stop = _stop_words()
    if title and title.isupper():  # wire headline: every word may be a name; corpus IDF sorts them out
        for w in _WORD.findall(title):
            w = w.lower()
            if len(w) >= 2 and w not in stop:
                counts[w] += 1
                rarity[w] = _rarity(w)
    for src in ([title] if title and not title.isupper() else []) + [text]:
        for m in _CAPITALISED.finditer(src):
            w = m.group(1).lower()
            if len(w) < 2 or w in stop:
                continue
            r = _rarity(w)
            if r < cfg.name_start_rarity and _SENTENCE_START.search(src[max(0, m.start() - 3) : m.start()]):
                continue
            counts[w] += 1
            rarity[w] = r
    return counts, rarity


_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


def key_numbers(text: str) -> frozenset[str]:
    """Amounts, counts and prices an article states (years and numbers up to 31 left out:
    they are dates and small counts that any two stories share)."""
    out = set()
    for m in _NUMBER.finditer(text):
        v = m.group(0).rstrip(".,")
        plain = v.replace(",", "")
        if plain.isdigit() and (int(plain) <= 31 or (len(plain) == 4 and plain[:2] in ("19", "20"))):
            continue
        out.add(plain)
    return frozenset(out)


def numbers_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both articles are full of figures and share none: templated items about different
    things (two companies' results, two days' money-market figures), not one story."""
    cfg = settings().stories
    return min(len(a), len(b)) >= cfg.numbers_min and not (a & b)


_DAY = r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.:,]\d)"


@functools.lru_cache(maxsize=1)
def _time_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """(weekday pattern, month-day pattern, word -> number) from pipeline/data/stories_time_words.tsv."""
    from pipeline.stages.lexicon import data_rows

    rows = data_rows("stories_time_words.tsv")
    value = {r["word"]: int(r["value"]) for r in rows}
    weekdays = "|".join(r["word"] for r in rows if r["kind"] == "weekday")
    months = "|".join(sorted((r["word"] for r in rows if r["kind"] == "month"), key=len, reverse=True))
    weekday = re.compile(rf"(?<![\w-])({weekdays})(?![\w-])")
    month_day = re.compile(rf"(?<![\w-])(?:({months})\.?\s+{_DAY}|(?<![\d.,]){_DAY}\s+(?:of\s+)?({months})(?![\w-]))")
    return weekday, month_day, value


def time_marks(title: str | None, text: str) -> Counter:
    """When the article says things happened: the weekdays it names ("w5" for Friday) and the days of a month
    it states ("d1-22" for "Jan. 22" or "22 January"), with their counts. Articles about one event name its
    day (the day of the vote, of the speech); two events on one topic a week or a month apart name other
    days. Without a year: the marks compare articles of one time, and dates in the text are often stated
    without one."""
    weekday, month_day, value = _time_patterns()
    marks: Counter = Counter()
    for src in (title or "", text):
        marks.update(f"w{value[m.group(1)]}" for m in weekday.finditer(src))
        for m in month_day.finditer(src):
            month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            marks[f"d{value[month]}-{int(day)}"] += 1
    return marks


def lead_time_marks(title: str | None, text: str, words: int) -> Counter:
    """`time_marks` of the headline and the lead (the first sentences up to `words` words, `lead`) that date the
    article's own event: its weekdays, and days of a month only from a newswire dateline ("LIMA, June 17
    (Reuters) -"). News style names an event of the past week by its weekday ("on Tuesday") and gives a day of a
    month to older ones, so a date in the lead's sentences mostly recalls what came before ("since the March 3
    vote", "the deal signed on 12 May"), not the day the article tells."""
    from pipeline.stages.datelines import dateline_end

    body = lead(text, words)
    end = dateline_end(body)
    marks = Counter({k: c for k, c in time_marks(title, body[end:]).items() if k[0] == "w"})
    marks.update(time_marks(None, body[:end]))
    return marks


def lead_days_disagree(a: Counter, b: Counter) -> bool:
    """Do two articles' leads (`lead_time_marks`) tell of other days: both name weekdays and share none, or both
    name days of a month and share none. The lead tells the event and when it happened ("the Senate on Wednesday
    blocked ..."); the other event of a topic (the House vote a month before, the strike's start) is recapped
    further down, so marks of the whole text share its day and say less."""
    for kind in "wd":
        x = {k for k in a if k[0] == kind}
        y = {k for k in b if k[0] == kind}
        if x and y and not x & y:
            return True
    return False


def lead_days_gap(a: Counter, b: Counter) -> tuple[float, float]:
    """How far apart two leads' days are (`lead_time_marks`): (the least distance in days
    between a day of a month one names and one the other names, the least distance between their weekdays, either
    way round the week), NaN where they do not both name that kind. Without a year, 31 December and 1 January are
    one day apart. Tellings of one event name its day or the next (the reaction); the next event of a topic comes
    days or weeks later."""
    import numpy as np

    def ordinals(m: Counter, year: int) -> list[int]:
        out = []
        for k in m:
            if k[0] == "d":
                month, day = map(int, k[1:].split("-"))
                try:
                    out.append(dt.date(year, month, day).toordinal())
                except ValueError:  # 31 April; 29 February of a common year
                    continue
        return out

    # without a year, the nearer of a leap year's reading and a common year's (28 February and 1 March: one day)
    gaps = [
        min(abs(p - q), days - abs(p - q))
        for year, days in ((2000, 366), (2001, 365))
        for p in ordinals(a, year)
        for q in ordinals(b, year)
    ]
    dgap = min(gaps, default=np.nan)
    x, y = [int(k[1:]) for k in a if k[0] == "w"], [int(k[1:]) for k in b if k[0] == "w"]
    wgap = min((min((p - q) % 7, (q - p) % 7) for p in x for q in y), default=np.nan)
    return float(dgap), float(wgap)


def _count_matrix(counters: list[Counter]) -> sparse.csr_matrix:
    """Rows of counts, each scaled to unit length (an empty row stays zero): their products are cosines."""
    import numpy as np
    from scipy import sparse

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, counts in enumerate(counters):
        norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
        for k, c in counts.items():
            rows.append(r)
            cols.append(vocab.setdefault(k, len(vocab)))
            vals.append(c / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(counters), len(vocab)), dtype=np.float64)


def _background_df(rarity: float | np.ndarray) -> float | np.ndarray:
    """Share of background documents holding a term of this rarity (frequency 10^(zipf-9) per word);
    rarity may be a number or a numpy array."""
    cfg = settings().stories
    import numpy as np

    return 1.0 - np.exp(-cfg.background_doc_words * 10.0 ** (-(rarity + 1)))


def _key(term: str) -> int:
    """A stable 64-bit key for a term (a column of the matrix without a Python vocabulary)."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little")


def vectors(
    items: list[StoryItem],
    features: Callable[[str | None, str], tuple[Counter, dict[str, float]]] | None = None,
) -> sparse.csr_matrix:
    """Row-normalised TF-IDF matrix (scipy CSR), one row per item, over `features` (terms or names).

    One pass reads every document's terms into flat arrays (a 64-bit key, the count and the rarity of each
    term of each document: 24 bytes a term, no Python vocabulary); document frequencies come from sorting
    the keys. Terms held by one document only lengthen their row, so they are folded into its norm; the
    others make the matrix (only they make two articles similar)."""
    cfg = settings().stories
    import numpy as np
    from scipy import sparse

    features = features or terms
    n = len(items)
    lengths, keys, counts_, rarities = array("q"), array("Q"), array("d"), array("d")
    for it in items:
        counts, rar = features(it.title, it.text)
        lengths.append(len(counts))
        keys.extend(_key(k) for k in counts)
        counts_.extend(counts.values())
        rarities.extend(rar[k] for k in counts)
    if not len(keys):
        return sparse.csr_matrix((n, 0), dtype=np.float64)
    rows = np.repeat(np.arange(n, dtype=np.int64), np.frombuffer(lengths, dtype=np.int64))
    tf = 1 + np.log(np.frombuffer(counts_, dtype=np.float64))
    rarity = np.frombuffer(rarities, dtype=np.float64)
    _, term, df = np.unique(np.frombuffer(keys, dtype=np.uint64), return_inverse=True, return_counts=True)
    del keys, counts_, rarities

    def idf(d: int | np.ndarray, r: np.ndarray) -> np.ndarray:
        return np.log((n + cfg.prior_docs + 1) / (d + cfg.prior_docs * _background_df(r) + 1))

    shared = df[term] >= 2
    single = ~shared
    single_norm2 = np.bincount(rows[single], weights=(tf[single] * idf(1, rarity[single])) ** 2, minlength=n)
    kept, cols = np.unique(term[shared], return_inverse=True)
    rows, tf, rarity = rows[shared], tf[shared], rarity[shared]
    # a term's rarity as in the last document holding it (items are ordered, so this is deterministic)
    last = len(cols) - 1 - np.unique(cols[::-1], return_index=True)[1]
    vals = tf * idf(df[kept], rarity[last])[cols]
    norms = np.sqrt(np.bincount(rows, weights=vals**2, minlength=n) + single_norm2)
    norms[norms == 0] = 1.0
    return sparse.csr_matrix((vals / norms[rows], (rows, cols)), shape=(n, len(kept)), dtype=np.float64)


# ---------------------------------------------------------------------------
# documents -> stories


def _order_key(it: StoryItem):
    return (it.publication_date or dt.date.max, it.doc_id)


def _similar_pairs(
    x: sparse.csr_matrix,
    y: sparse.csr_matrix,
    numbers: list[frozenset[str]],
    days: list[int | None],
    first_new: int,
    time: list[sparse.csr_matrix] = (),
):
    """(i, j, text similarity, names similarity, time cosine) arrays, i < j, for every new row (index >= first_new)
    and the stories.neighbours rows of most similar text. Left out: pairs weaker than stories.min_link, pairs whose
    figures disagree, and dated pairs too far apart to share a story (no merge could ever join them,
    so the result is the same and memory stays flat as the corpus grows). The fifth array compares the time
    marks (`time`: one matrix of unit rows per kind of mark, weekdays and days of a month): the highest cosine
    over the kinds both articles name, NaN when they name no kind in common (a weekday and a date without a
    year cannot be compared)."""
    cfg = settings().stories
    import numpy as np

    n = x.shape[0]
    block = max(16, cfg.block_cells // max(n, 1))
    day = np.array([-1 if d is None else d for d in days], dtype=np.int64)
    undated = day < 0
    out_i, out_j, out_v = array("q"), array("q"), array("d")
    for start in range(first_new, n, block):
        stop = min(start + block, n)
        # dated rows (new documents come sorted by date) are only compared with documents near their dates
        if undated[start:stop].any():
            cand = np.arange(n)
        else:
            lo, hi = day[start:stop].min() - cfg.max_span_days, day[start:stop].max() + cfg.max_span_days
            cand = np.flatnonzero(undated | ((day >= lo) & (day <= hi)))
        sims = (x[start:stop] @ x[cand].T).toarray()
        pos = np.searchsorted(cand, np.arange(start, stop))
        sims[np.arange(stop - start), pos] = 0.0  # every row is among its candidates
        m = len(cand)
        for i in range(start, stop):
            row = sims[i - start]
            top = np.argpartition(-row, cfg.neighbours)[: cfg.neighbours] if m > cfg.neighbours else np.arange(m)
            for t in top[row[top] >= cfg.min_link]:
                j = int(cand[t])
                if days[i] is not None and days[j] is not None and abs(days[i] - days[j]) > cfg.max_span_days:
                    continue
                if not numbers_disagree(numbers[i], numbers[j]):
                    out_i.append(min(i, j))
                    out_j.append(max(i, j))
                    out_v.append(float(row[t]))
    i_a = np.frombuffer(out_i, dtype=np.int64)
    j_a = np.frombuffer(out_j, dtype=np.int64)
    v_a = np.frombuffer(out_v, dtype=np.float64)
    _, first = np.unique(i_a * n + j_a, return_index=True)  # a pair found from both of its rows
    i_a, j_a, v_a = i_a[first], j_a[first], v_a[first]
    w_a = _pair_products(y, i_a, j_a)
    t_a = np.full(len(i_a), np.nan)
    for z in time:
        timed = np.diff(z.indptr) > 0
        both = timed[i_a] & timed[j_a]
        t_a[both] = np.fmax(t_a[both], _pair_products(z, i_a[both], j_a[both]))
    return i_a, j_a, v_a, w_a, t_a


def _pair_products(m: sparse.csr_matrix, i_a: np.ndarray, j_a: np.ndarray) -> np.ndarray:
    """The dot products of rows i_a[k] and j_a[k] of `m`, a chunk of pairs at a time (flat memory)."""
    cfg = settings().stories
    import numpy as np

    out = np.zeros(len(i_a))
    for k in range(0, len(i_a), cfg.pair_chunk):
        sl = slice(k, k + cfg.pair_chunk)
        out[sl] = np.asarray(m[i_a[sl]].multiply(m[j_a[sl]]).sum(axis=1)).ravel()
    return out


def clear_caches() -> None:
    """Drop the word caches after grouping: they grow with the corpus's vocabulary and are only needed then."""
    _content_word.cache_clear()
    _rarity.cache_clear()


VETO = 1e6  # the similarity of a vetoed pair is -VETO: no average over the pairs of two clusters holding it reaches a
# threshold (a cannot-link), whatever the other pairs


@dataclass(frozen=True)
class Candidates:
    """What grouping needs that the merge thresholds do not change: the documents in grouping order (existing
    stories' first), the story ids they had, their dates, and the candidate pairs (i, j, text similarity,
    names similarity, cosine of time marks: NaN unless both articles name days, similarity of the leads, whether
    the leads name other days: `lead_days_disagree`, and, for undated pairs, how far apart the leads' days of a
    month and weekdays are: `lead_days_gap`, NaN where not known)."""

    ordered: list[StoryItem]
    previous: dict[str, str]
    days: list[int | None]
    pairs: tuple[np.ndarray, ...] | None


def candidates(items: list[StoryItem], previous: dict[str, str] | None = None) -> Candidates:
    """The first half of `group`: vectors and candidate pairs (the costly part)."""
    import numpy as np

    previous = previous or {}
    kept = sorted((it for it in items if it.doc_id in previous), key=lambda it: it.doc_id)
    new = sorted((it for it in items if it.doc_id not in previous), key=_order_key)
    ordered = kept + new
    days = [it.publication_date.toordinal() if it.publication_date else None for it in ordered]
    pairs = None
    if new:
        numbers = [key_numbers(it.text) for it in ordered]
        marks = [time_marks(it.title, it.text) for it in ordered]
        time = [_count_matrix([Counter({k: c for k, c in m.items() if k[0] == kind}) for m in marks]) for kind in "wd"]
        pairs = _similar_pairs(vectors(ordered), vectors(ordered, names), numbers, days, len(kept), time)
        pairs = (*pairs, _pair_products(vectors(ordered, lead_terms), pairs[0], pairs[1]))
        words = settings().stories.lead_time_words
        lead_marks = [lead_time_marks(it.title, it.text, words) for it in ordered]
        # dated pairs: their dates tell the events apart (stories.max_span_days), and a lead's weekday often is
        # the day of the reaction, not of the event (one-day shifts cost BASIL's dated recall)
        apart = [
            (days[i] is None or days[j] is None) and lead_days_disagree(lead_marks[i], lead_marks[j])
            for i, j in zip(pairs[0].tolist(), pairs[1].tolist())
        ]
        pairs = (*pairs, np.array(apart, dtype=bool))
        # pairs of undated articles: how far apart their leads' days are (stories.lead_veto_days); a pair with a dated
        # article: NaN (its publication date and the time marks tell the events apart; an undated fragment's lead
        # need not name the day a dated background piece's lead names)
        gaps = [
            lead_days_gap(lead_marks[i], lead_marks[j]) if days[i] is None and days[j] is None else (np.nan, np.nan)
            for i, j in zip(pairs[0].tolist(), pairs[1].tolist())
        ]
        gap = np.array(gaps, dtype=np.float64).reshape(-1, 2)
        pairs = (*pairs, gap[:, 0], gap[:, 1])
    return Candidates(ordered, previous, days, pairs)


def group(items: list[StoryItem], previous: dict[str, str] | None = None) -> dict[str, str]:
    """doc_id -> story_id for every item (see the module docstring).

    Average-link agglomerative clustering: repeatedly merge the two clusters with the highest
    average similarity over all their cross pairs, while it reaches the threshold. Clusters
    start as the existing stories (documents in `previous`, never merged with each other)
    and one singleton per new document, so the result does not depend on input order and a
    new article joins an existing story or opens a new one without regrouping the rest.
    """
    return assign(candidates(items, previous))


def assign(cand: Candidates) -> dict[str, str]:
    """The second half of `group`: the clustering of the candidate pairs under the thresholds in force (cheap:
    evaluation.stories_cv tries many thresholds on one set of candidates)."""
    cfg = settings().stories
    import numpy as np

    ordered, previous, days = cand.ordered, cand.previous, cand.days
    if not ordered:
        return {}
    # clusters: existing stories first (fixed), then one per new document
    cluster_of: list[int] = []
    members: dict[int, list[int]] = {}
    fixed: set[int] = set()
    ids: dict[int, str] = {}
    by_story: dict[str, int] = {}
    for i, it in enumerate(ordered):
        sid = previous.get(it.doc_id)
        if sid is not None and sid in by_story:
            c = by_story[sid]
        else:
            c = len(ids)
            ids[c] = sid or story_id(it.doc_id)
            members[c] = []
            if sid is not None:
                by_story[sid] = c
                fixed.add(c)
        cluster_of.append(c)
        members[c].append(i)
    span = {c: _span([days[i] for i in m]) for c, m in members.items()}
    if cand.pairs is not None:
        i_a, j_a, v_a, w_a, t_a, l_a, apart, dgap, wgap = cand.pairs
        if cfg.lead_weight:  # the leads tell the event: a share of the similarity from them
            v_a = (1.0 - cfg.lead_weight) * v_a + cfg.lead_weight * l_a
        if cfg.lead_days_weight:  # the leads tell the event's day: other days, other events
            v_a = np.where(apart, (1.0 - cfg.lead_days_weight) * v_a, v_a)
        if cfg.time_weight:  # both name days: closer when the same days, further when others (one undated at
            # least: dates already tell two dated articles apart)
            undated = np.array([d is None for d in days], dtype=bool)
            timed = ~np.isnan(t_a) & (undated[i_a] | undated[j_a])
            v_a = v_a + np.where(timed, cfg.time_weight * (np.nan_to_num(t_a) - cfg.time_center), 0.0)
        if cfg.lead_veto_days:  # leads days apart: other events; no cluster holding one may join one holding the other
            veto = (np.nan_to_num(dgap, nan=-1.0) >= cfg.lead_veto_days) | (
                np.nan_to_num(wgap, nan=-1.0) >= cfg.lead_veto_days
            )
            v_a = np.where(veto, -VETO, v_a)
        for component in _components((i_a, j_a, v_a, w_a), members, fixed, len(ordered)):
            _merge(component, cluster_of, members, fixed, span)
    out: dict[str, str] = {}
    for c, m in members.items():
        sid = ids[c] if c in fixed else story_id(min((ordered[i] for i in m), key=_order_key).doc_id)
        for i in m:
            out[ordered[i].doc_id] = sid
    return out


def _components(
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], members: dict[int, list[int]], fixed: set[int], n: int
):
    """The pairs split by connected component of the graph of pairs that reach the merge floor (plus
    the members of each existing story). Two clusters merge only when their average similarity
    reaches the floor, so at least one of their cross pairs does: clusters never merge across
    components, and clustering each component alone gives the same stories with a fraction of
    the memory."""
    cfg = settings().stories
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    i_a, j_a, v_a, w_a = pairs
    strong = v_a >= min(cfg.threshold, cfg.dated_threshold)
    rows, cols = [i_a[strong]], [j_a[strong]]
    for c in fixed:
        m = np.array(members[c], dtype=np.int64)
        rows.append(m[:-1])
        cols.append(m[1:])
    r, c = np.concatenate(rows), np.concatenate(cols)
    graph = sparse.coo_matrix((np.ones(len(r), dtype=np.int8), (r, c)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    inside = np.flatnonzero(label[i_a] == label[j_a])
    inside = inside[np.argsort(label[i_a[inside]], kind="stable")]
    bounds = np.flatnonzero(np.diff(label[i_a[inside]])) + 1
    for part in np.split(inside, bounds):
        if len(part) and strong[part].any():
            yield i_a[part], j_a[part], v_a[part], w_a[part]


def _merge(
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    cluster_of: list[int],
    members: dict[int, list[int]],
    fixed: set[int],
    span: dict,
) -> None:
    """Average-link agglomeration of the clusters one component's pairs connect (in place)."""
    cfg = settings().stories
    import heapq

    links: dict[int, dict[int, float]] = defaultdict(dict)  # sums of text similarity between clusters
    name_links: dict[int, dict[int, float]] = defaultdict(dict)  # ... of name similarity
    for i, j, v, w in zip(*(p.tolist() for p in pairs)):
        a, b = cluster_of[i], cluster_of[j]
        if a != b:
            for table, value in ((links, v), (name_links, w)):
                table[a][b] = table[a].get(b, 0.0) + value
                table[b][a] = table[b].get(a, 0.0) + value

    def average(a: int, b: int, table: dict[int, dict[int, float]] = links) -> float:
        return table[a].get(b, 0.0) / (len(members[a]) * len(members[b]))

    heap = [(-average(a, b), a, b) for a in links for b in links[a] if a < b]
    heapq.heapify(heap)
    floor = min(cfg.threshold, cfg.dated_threshold)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or -neg != average(a, b):
            continue  # stale entry: one side was merged since
        if -neg < floor:
            break
        if a in fixed and b in fixed:
            continue
        merged_span = _span([d for d in (span[a] or ()) + (span[b] or ()) if d is not None])
        if span[a] and span[b]:
            if merged_span[1] - merged_span[0] > cfg.max_span_days:
                continue
            needed = cfg.dated_threshold
        else:
            needed = cfg.threshold
        if -neg < needed or average(a, b, name_links) < cfg.name_threshold:
            continue
        keep, gone = (b, a) if b in fixed else (a, b)  # an existing story keeps its id
        members[keep].extend(members.pop(gone))
        span[keep] = merged_span
        for i in members[keep]:
            cluster_of[i] = keep
        for table in (links, name_links):
            for other, v in table.pop(gone, {}).items():
                table[other].pop(gone, None)
                if other != keep:
                    table[keep][other] = table[keep].get(other, 0.0) + v
                    table[other][keep] = table[keep][other]
            table[keep].pop(keep, None)
        for other in links[keep]:
            heapq.heappush(heap, (-average(keep, other), min(keep, other), max(keep, other)))


def _span(days: list[int | None]) -> tuple[int, int] | None:
    known = [d for d in days if d is not None]
    return (min(known), max(known)) if known else None


# ---------------------------------------------------------------------------
# events -> story events


def _dates_compatible(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """(value, date_source) pairs: can the two mentions be the same occurrence?"""
    cfg = settings().stories
    (va, sa), (vb, sb) = a, b
    if va is None or vb is None:  # no date stated: cannot tell them apart
        return True
    ra, rb = day_range(va), day_range(vb)
    if ra is None or rb is None:  # references such as PAST_REF: only the same value
        return va == vb
    # happened on or shortly before the article's date, or around the story's narrative time: inferred, not stated
    if sa in ("publication_date", "narrative"):
        ra = (ra[0] - dt.timedelta(days=cfg.window_days), ra[1])
    if sb in ("publication_date", "narrative"):
        rb = (rb[0] - dt.timedelta(days=cfg.window_days), rb[1])
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def event_groups(events: list[dict], symmetric: set[str]) -> dict[str, str]:
    """event_id -> story_event_id. `events` carry event_id, story_id, event_type,
    source_actor_ids, target_actor_ids, date, date_source and an `order` key (earliest
    evidence first). Events without any actor are never grouped."""
    buckets: dict[tuple, list[dict]] = defaultdict(list)
    out: dict[str, str] = {}
    for e in sorted(events, key=lambda e: e["order"]):
        src, tgt = tuple(sorted(e["source_actor_ids"])), tuple(sorted(e["target_actor_ids"]))
        if not src and not tgt:
            out[e["event_id"]] = "g" + short_hash("story-event", e["event_id"])
            continue
        actors = (tuple(sorted(set(src) | set(tgt))),) if e["event_type"] in symmetric else (src, tgt)
        buckets[(e["story_id"], e["event_type"], actors)].append(e)
    for members in buckets.values():
        clusters: list[list[dict]] = []
        for e in members:
            date = (e["date"], e["date_source"])
            for c in clusters:
                if all(_dates_compatible(date, (o["date"], o["date_source"])) for o in c):
                    c.append(e)
                    break
            else:
                clusters.append([e])
        for c in clusters:
            gid = "g" + short_hash("story-event", c[0]["event_id"])
            for e in c:
                out[e["event_id"]] = gid
    return out


# ---------------------------------------------------------------------------
# quotes -> quote groups


def quote_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _same_quote(a: set[str], b: set[str], min_words: int, containment: float) -> bool:
    """Two quotes' word sets share at least `min_words` words and most of the shorter one's."""
    shared = len(a & b)
    return shared >= min_words and shared / min(len(a), len(b)) >= containment


def _probe(size: int, min_words: int, containment: float) -> tuple[int, int]:
    """(how many of a quote's rarest words to look up, how many of them another quote at least as long must
    hold) for the two to share the overlap the quote needs (t words, taken a word low, by floor, so never too
    strict). Of t shared words, at most size - t lie outside the first size - t + 1 rarest words, so one is
    among those (prefix filtering); looking up one word more, two must be among them (fewer candidates)."""
    need = max(min_words, math.floor(containment * size))
    looked = min(size - need + 2, size)
    return looked, looked - (size - need)


def quote_groups(quotes: list[dict]) -> dict[str, str]:
    """quote_id -> quote_group_id. `quotes` carry quote_id, text, story_id, speaker_actor_id and
    an `order` key. Two quotes are one when they share the story or the speaker and most of
    the shorter one's words (lightly edited wording); groups are transitive.

    Indexed, not pairwise: an inverted index maps (story or speaker, word) to the quotes holding the
    word, and each quote looks up only its rarest words (one more than the overlap it needs leaves
    free: prefix filtering, see `_probe`), so only quotes sharing two rare words are compared, against
    the ones at least as long. Every pair that qualifies is found from its shorter quote; the groups are the
    same as comparing every pair (a test checks this on random data)."""
    cfg = settings().stories
    ordered = sorted(quotes, key=lambda q: q["order"])
    words = [quote_words(q["text"]) for q in ordered]
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    usable = [i for i in range(len(ordered)) if len(words[i]) >= cfg.quote_min_words]
    freq: Counter = Counter(w for i in usable for w in words[i])
    keys: list[tuple[str, ...]] = [()] * len(ordered)
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in usable:
        q = ordered[i]
        speaker = q.get("speaker_actor_id")
        keys[i] = (f"s:{q['story_id']}",) + ((f"a:{speaker}",) if speaker else ())
        for k in keys[i]:
            for w in words[i]:
                index[(k, w)].append(i)
    for i in usable:
        size = len(words[i])
        looked, least = _probe(size, cfg.quote_min_words, cfg.quote_containment)
        hits: Counter = Counter()
        ks = keys[i]
        for w in sorted(words[i], key=lambda w: (freq[w], w))[:looked]:
            hits.update(index[(ks[0], w)] if len(ks) == 1 else set().union(*(index[(k, w)] for k in ks)))
        for j, n in hits.items():
            if n >= least and j != i and len(words[j]) >= size:
                ri, rj = find(i), find(j)
                if ri != rj and _same_quote(words[i], words[j], cfg.quote_min_words, cfg.quote_containment):
                    parent[max(ri, rj)] = min(ri, rj)
    return {
        q["quote_id"]: "qg" + short_hash("quote-group", ordered[find(i)]["quote_id"]) for i, q in enumerate(ordered)
    }
