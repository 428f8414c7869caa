"""Story grouping: thresholds chosen by cross-validation over gold groups, and hard negatives.

The development triplets of BASIL are 50 events spread over ten years: almost no two of them are on one topic,
so a threshold fitted on them alone learns to merge freely (the held-out failure: different events on one topic
merged). Two remedies here:

* Hard negatives: pairs of gold groups on one topic (the highest average text similarity between their
  articles). Each pair's articles are grouped on their own (a corpus of two events on one topic) and scored
  pairwise; the counts of all pairs are pooled. With dates, the second group is moved to start two days after
  the first (two events on one topic in one week).
* K-fold cross-validation over the groups (fold = position of the group in sorted order modulo k): on the k-1
  training folds, the settings of a small grid chosen by `fit` over the training articles grouped together
  plus the training groups' own TRAIN_HARD_PAIRS most similar pairs; on the held-out fold, the figures of its
  articles grouped alone and of the hard-negative pairs (of all the groups) that hold one of its groups (a pair
  never seen in training). Mean and spread over folds.
* The choice leans to precision: of the settings within FIT_TOLERANCE of the best training F1, the highest
  threshold (see `fit`). Training groups are too few to hold the pair of events on one topic that a new fold
  brings, so their precision is perfect down to thresholds that merge it; the middle of the tied thresholds
  then sat at their low end (the weak fold and the held-out precision of 0.84).

Grouping here runs `pipeline.stages.stories.group` on the articles as they are (no ingestion), so the figures
at the shipped settings can differ a little from `score_stories`, which goes through ingestion.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping

from pipeline.config import settings, use
from pipeline.stages import stories

FOLDS = 5
HARD_PAIRS = 15  # hard-negative pairs of groups: the most similar pairs of the development groups
TRAIN_HARD_PAIRS = 15  # ... and in each fold's training groups, the most similar pairs among them
HARD_SHIFT_DAYS = 2  # with dates, the second group of a hard-negative pair is moved to start this many days later
# the grids: without dates, the text threshold, the weight of the time marks and the share of the leads; with dates,
# the dated threshold
GRID_UNDATED = {
    "stories.threshold": [round(0.12 + 0.02 * k, 2) for k in range(10)],
    "stories.time_weight": [0.0, 0.1],
    "stories.lead_weight": [0.0, 0.25, 0.5, 0.75],
    "stories.lead_days_weight": [0.0, 0.5, 0.75, 1.0],
    "stories.lead_time_words": [25, 40, 60],
    "stories.lead_veto_days": [0, 2, 3],
}
THRESHOLDS = ("stories.threshold", "stories.dated_threshold")  # a grid's threshold: its highest near-best value wins
FIT_TOLERANCE = 0.01  # near-best: training F1 within this of the best (see `fit`)
GRID_DATED = {"stories.dated_threshold": [round(0.12 + 0.02 * k, 2) for k in range(8)]}


def _items(articles: list[dict], dated: bool) -> list[stories.StoryItem]:
    return [
        stories.StoryItem(
            a["id"], a["title"], a["text"], dt.date.fromisoformat(a["date"][:10]) if dated and a["date"] else None
        )
        for a in articles
    ]


def _pair_counts(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    """(true same-group pairs, predicted pairs, gold pairs)."""

    def pairs(labels: Iterable) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels).values())

    return pairs(zip(pred, gold)), pairs(pred), pairs(gold)


def _prf(tp: int, p_all: int, g_all: int) -> tuple[float, float, float]:
    p = tp / p_all if p_all else 1.0
    r = tp / g_all if g_all else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@functools.lru_cache(maxsize=1024)
def _candidates(
    articles: tuple[tuple[str, str | None, str, str | None], ...], dated: bool, lead_words: int, lead_time_words: int
) -> stories.Candidates:
    """The candidate pairs of a set of articles (id, title, text, date) under the settings in force, computed
    once for every grid point with the same `lead_words` and `lead_time_words` (the only settings of the grids
    that change them: they are here as the key of the cache)."""
    return stories.candidates(_items([{"id": i, "title": t, "text": x, "date": d} for i, t, x, d in articles], dated))


def _assigned(articles: list[dict], dated: bool, overrides: Mapping[str, float]) -> dict[str, str]:
    """The articles grouped together under the settings with `overrides`: id -> story."""
    key = tuple((a["id"], a["title"], a["text"], a["date"]) for a in articles)
    with use(settings().with_overrides(dict(overrides))):
        cfg = settings().stories
        return stories.assign(_candidates(key, dated, cfg.lead_words, cfg.lead_time_words))


def group_counts(articles: list[dict], dated: bool, overrides: Mapping[str, float]) -> tuple[int, int, int]:
    """Pair counts of the articles grouped together under the settings with `overrides`."""
    if not articles:
        return 0, 0, 0
    assigned = _assigned(articles, dated, overrides)
    return _pair_counts([assigned[a["id"]] for a in articles], [a["group"] for a in articles])


def _source(article: dict) -> str:
    """The file an article of `union` came from (its id's prefix), "" for an article of a single file."""
    head, sep, _ = article["id"].partition(":")
    return head if sep else ""


def source_counts(articles: list[dict], dated: bool, overrides: Mapping[str, float]) -> dict[str, tuple[int, int, int]]:
    """Pair counts per source file (`_source`) of the articles grouped together: the pairs within each file (a
    pair across files is never gold, and counts for neither file)."""
    if not articles:
        return {}
    assigned = _assigned(articles, dated, overrides)
    out = {}
    for src in sorted({_source(a) for a in articles}):
        mine = [a for a in articles if _source(a) == src]
        out[src] = _pair_counts([assigned[a["id"]] for a in mine], [a["group"] for a in mine])
    return out


def hard_pairs(articles: list[dict], n: int = HARD_PAIRS) -> list[tuple[str, str]]:
    """The `n` pairs of gold groups whose articles are most similar on average (text similarity of the stories
    stage, over all the articles): same topic, different events."""
    x = stories.vectors(_items(articles, False))
    sims = (x @ x.T).toarray()
    members: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        members.setdefault(a["group"], []).append(i)
    scored = []
    for g, h in itertools.combinations(sorted(members), 2):
        cross = sims[members[g]][:, members[h]]
        scored.append((-float(cross.mean()), g, h))
    return [(g, h) for _, g, h in sorted(scored)[:n]]


def hard_counts(
    articles: list[dict], pairs: list[tuple[str, str]], dated: bool, overrides: Mapping[str, float]
) -> tuple[int, int, int]:
    """Pooled pair counts over the hard-negative pairs, each pair's articles grouped on their own. With dates,
    the second group's dates are moved so that it starts HARD_SHIFT_DAYS after the first: two events on one
    topic in one week (else their real dates, years apart, would keep them apart whatever the text)."""
    total = (0, 0, 0)
    for g, h in pairs:
        first = [a for a in articles if a["group"] == g]
        second = [a for a in articles if a["group"] == h]
        if dated:
            start = min(dt.date.fromisoformat(a["date"][:10]) for a in first)
            moved = (
                start + dt.timedelta(days=HARD_SHIFT_DAYS) - min(dt.date.fromisoformat(a["date"][:10]) for a in second)
            )
            second = [{**a, "date": (dt.date.fromisoformat(a["date"][:10]) + moved).isoformat()} for a in second]
        total = tuple(t + c for t, c in zip(total, group_counts(first + second, dated, overrides)))
    return total


def _grid(grid: Mapping[str, list[float]]) -> list[dict[str, float]]:
    names = sorted(grid)
    return [dict(zip(names, values)) for values in itertools.product(*(grid[k] for k in names))]


def fit(
    articles: list[dict], pairs: list[tuple[str, str]], dated: bool, grid: Mapping[str, list[float]]
) -> dict[str, float]:
    """The settings chosen on training groups: F1 over the articles grouped together plus the hard-negative
    pairs (pooled counts), at every grid point. For each combination of the settings other than the threshold
    (THRESHOLDS: the one of the grid), its best F1 and its near-best thresholds (F1 within FIT_TOLERANCE of that
    best). The combination: the best F1, then the most near-best thresholds (the widest margin between the
    groups and the negatives), then the middle of the tied ones in grid order. The threshold: its highest
    near-best one. The training groups hold few pairs of events on one topic, so their precision stays perfect
    down to thresholds that merge such pairs in unseen groups (held-out precision fell, recall held); leaning
    to precision costs at most FIT_TOLERANCE of training F1."""
    points = _grid(grid)
    key = next(k for k in sorted(grid) if k in THRESHOLDS)
    by_rest: dict[tuple, list[tuple[float, float]]] = {}
    for point in points:
        together = group_counts(articles, dated, point)
        hard = hard_counts(articles, pairs, dated, point)
        f1 = _prf(*(a + b for a, b in zip(together, hard)))[2]
        by_rest.setdefault(tuple((k, v) for k, v in point.items() if k != key), []).append((point[key], f1))
    best = max(f for scored in by_rest.values() for _, f in scored)

    def near(scored: list[tuple[float, float]]) -> list[float]:
        top = max(f for _, f in scored)
        return [t for t, f in scored if f >= top - FIT_TOLERANCE - 1e-12]

    ranked = [
        (len(near(scored)), rest) for rest, scored in by_rest.items() if max(f for _, f in scored) >= best - 1e-12
    ]
    widest = max(width for width, _ in ranked)
    tied = [rest for width, rest in ranked if width == widest]  # in grid order
    rest = tied[(len(tied) - 1) // 2]
    return {**dict(rest), key: max(near(by_rest[rest]))}


def cross_validate(
    articles: list[dict], dated: bool, grid: Mapping[str, list[float]], folds: int = FOLDS
) -> dict[str, object]:
    """Per-fold chosen settings and held-out figures, their mean and spread (see the module docstring)."""
    groups = sorted({a["group"] for a in articles})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    pairs = hard_pairs(articles)
    rows = []
    for k in range(folds):
        train = [a for a in articles if fold_of[a["group"]] != k]
        test = [a for a in articles if fold_of[a["group"]] == k]
        train_pairs = hard_pairs(train, TRAIN_HARD_PAIRS)  # the training groups' own most similar pairs
        test_pairs = [(g, h) for g, h in pairs if k in (fold_of[g], fold_of[h])]
        chosen = fit(train, train_pairs, dated, grid)
        held = _prf(*group_counts(test, dated, chosen))
        hard = _prf(*hard_counts(articles, test_pairs, dated, chosen)) if test_pairs else None
        rows.append({"chosen": chosen, "held": held, "hard": hard, "sources": source_counts(test, dated, chosen)})
    return {"folds": rows, "pairs": pairs}


def _mean_sd(values: list[float]) -> tuple[float, float]:
    return statistics.fmean(values), (statistics.pstdev(values) if len(values) > 1 else 0.0)


def score_cv(articles: list[dict], with_cv: bool = True) -> dict[str, object]:
    """Figures for `score_stories`: hard negatives at the shipped settings, and (`with_cv`) cross-validated
    figures with and without dates (mean over folds, F1 of each fold, the settings chosen in each fold)."""
    figures: dict[str, object] = {}
    pairs = hard_pairs(articles)
    for dated, grid in ((True, GRID_DATED), (False, GRID_UNDATED)):
        tag = "with dates" if dated else "without dates"
        p, r, f = _prf(*hard_counts(articles, pairs, dated, {}))
        figures[f"{tag}: hard negatives ({len(pairs)} group pairs): precision"] = p
        figures[f"{tag}: hard negatives: recall"] = r
        figures[f"{tag}: hard negatives: F1"] = f
        if not with_cv:
            continue
        cv = cross_validate(articles, dated, grid)
        folds = cv["folds"]
        for name, at in (("precision", 0), ("recall", 1), ("F1", 2)):
            mean, _ = _mean_sd([row["held"][at] for row in folds])
            figures[f"{tag}: cross-validated ({FOLDS} folds) {name}"] = mean
        for name, at in (("precision", 0), ("recall", 1), ("F1", 2)):
            values = [row["held"][at] for row in folds]
            figures[f"{tag}: cross-validated {name} per fold"] = " ".join(f"{v:.3f}" for v in values)
        pooled: dict[str, tuple[int, int, int]] = {}
        for row in folds:
            for src, counts in row["sources"].items():
                pooled[src] = tuple(a + b for a, b in zip(pooled.get(src, (0, 0, 0)), counts))
        if len(pooled) > 1:  # several files: each file's held-out pairs, pooled over the folds
            for src, counts in sorted(pooled.items()):
                figures[f"{tag}: cross-validated file {src} (pooled pairs) P/R/F1"] = " ".join(
                    f"{v:.3f}" for v in _prf(*counts)
                )
        hard = [row["hard"] for row in folds if row["hard"] is not None]
        for name, at in (("precision", 0), ("recall", 1), ("F1", 2)):
            figures[f"{tag}: cross-validated hard negatives {name}"] = _mean_sd([h[at] for h in hard])[0]
        figures[f"{tag}: settings chosen per fold"] = "; ".join(
            ",".join(f"{k.split('.')[-1]}={v:g}" for k, v in row["chosen"].items()) for row in folds
        )
    return figures


def union(paths: list[str], group_field: str = "triplet_uuid") -> list[dict]:
    """The articles of several gold files as one set (ids and groups prefixed by the file's position): the
    settings are chosen over all the development sets at once (BASIL's many topics, set A's pairs of events on
    one topic)."""
    from evaluation.readers.basil import read_story_gold

    return [
        {**a, "id": f"{k}:{a['id']}", "group": f"{k}:{a['group']}"}
        for k, path in enumerate(paths)
        for a in read_story_gold(path, group_field)
    ]


def leave_one_out(paths: list[str], dated: bool = False) -> list[dict[str, object]]:
    """Leave one file out: for each file, the settings `fit` chooses on the union of the others (their articles
    grouped together and their TRAIN_HARD_PAIRS most similar pairs of groups), and the figures of the held file's
    articles grouped alone at those settings. The honest figure for a new set: its pairs of events on one topic
    were never seen in training."""
    articles = union(paths)
    grid = GRID_DATED if dated else GRID_UNDATED
    rows = []
    for k, path in enumerate(paths):
        train = [a for a in articles if _source(a) != str(k)]
        test = [a for a in articles if _source(a) == str(k)]
        chosen = fit(train, hard_pairs(train, TRAIN_HARD_PAIRS), dated, grid)
        rows.append({"file": path, "chosen": chosen, "held": _prf(*group_counts(test, dated, chosen))})
    return rows


def main(argv: list[str] | None = None) -> None:
    """`python -m evaluation.stories_cv [--leave-one-out] FILE...`: cross-validated figures over the union of the
    files, per fold; with --leave-one-out, each file held out in turn (settings chosen on the others)."""
    import sys

    paths = list(argv if argv is not None else sys.argv[1:])
    if paths and paths[0] == "--leave-one-out":
        for dated in (False, True):
            for row in leave_one_out(paths[1:], dated):
                chosen = ",".join(f"{k.split('.')[-1]}={v:g}" for k, v in row["chosen"].items())
                figures = " ".join(f"{v:.3f}" for v in row["held"])
                print(f"  {'with' if dated else 'without'} dates: held out {row['file']}: P/R/F1 {figures}  ({chosen})")
        return
    for name, value in score_cv(union(paths)).items():
        print(f"  {name:<60} {value if isinstance(value, str) else f'{value:.3f}'}")


if __name__ == "__main__":
    main()
