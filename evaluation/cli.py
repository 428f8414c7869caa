"""`python -m pipeline eval`: score an output directory against gold annotations, and the stages on the public
benchmarks (read in place from ../shared/external)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def _benchmark_job(kind: str, path: str) -> tuple[str, str, Callable]:
    """(title, path, scorer) for the public benchmarks: TimeML/MEANTIME dates, PolNeAR quotes."""
    from evaluation import polnear, timeml
    from evaluation.evaluate import Score, score_stories
    from evaluation.readers import polnear as polnear_reader
    from evaluation.readers import timeml as timeml_reader

    def run():
        if kind == "stories":
            return score_stories(path)
        if kind == "plv":
            from evaluation.plv import score_plv

            return score_plv(path)
        if kind == "probe":
            from evaluation.probe import score_probe

            return score_probe(path)
        if kind == "tune_coder":
            from evaluation.coder_tuning import tune

            return tune(path)
        if kind == "polnear":
            meta = Path(path).parent / "metadata.tsv"
            result = polnear.score_articles(polnear_reader.read_folder(path, meta))
        else:
            docs = timeml_reader.read_folder(path) if kind == "timeml" else timeml_reader.read_meantime_folder(path)
            result = timeml.score_documents(docs)
        score = Score(figures={f"{kind}: {k}": v for k, v in result.figures().items()}, misses=result.errors)
        return score

    titles = {
        "stories": "Stories (pairwise same-story)",
        "timeml": "TimeML (TempEval-3 Task A)",
        "meantime": "MEANTIME (TimeML-style)",
        "polnear": "PolNeAR quotes",
        "plv": "PLV relations (event types)",
        "tune_coder": "Event coder thresholds, cross-validated on PLV relations",
        "probe": "CAMEO probe (event types and sides, one sentence per CAMEO code)",
    }
    return (f"{titles[kind]}: {path}", path, run)


def evaluate(
    output_dir: str, gold: str | None, plover: str | None, show_misses: bool, benchmarks: dict[str, str] | None = None
) -> int:
    """Print the figures of every scorer asked for (gold file, PLOVER records, benchmark folders); 2 when an input
    is missing."""
    from evaluation.evaluate import score_gold, score_plover

    jobs = []
    if gold:
        jobs.append((f"Gold: {gold}", gold, lambda: score_gold(output_dir, gold)))
    if plover:
        jobs.append((f"PLOVER gold standard records: {plover}", plover, lambda: score_plover(plover)))
    for kind, path in (benchmarks or {}).items():
        if path:
            jobs.append(_benchmark_job(kind, path))
    for title, path, fn in jobs:
        if not Path(path).exists():
            print(f"error: {path} not found", file=sys.stderr)
            return 2
        score = fn()
        print(title)
        for line in score.lines():
            print("  " + line)
        if show_misses and score.misses:
            print("  Misses:")
            for m in score.misses:
                print("   - " + m)
    return 0
