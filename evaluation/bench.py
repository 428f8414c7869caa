"""Benchmark: `python -m pipeline bench`. Prints figures measured in one run, as ratios.

1. the whole pipeline on BBC articles against a bare `nlp.pipe` parse of the same texts with the same
   model: parse time / pipeline time (target >= 0.8). The bare parse takes every input article; the
   pipeline parses one copy of each text (duplicates found before the parse are not parsed again). The
   bare parse runs before and after the pipeline and the two are averaged, and the CPU-time ratio is
   printed beside the wall-clock one: the machine's speed drifts from minute to minute;
2. a rerun with nothing new: rerun time / full time (target <= 5%);
3. peak resident memory of the full run, its parse worker process included (target <= 2 GiB);
4. scaling: Reuters-21578 articles with text against a tenth of them: time ratio (<= 11x) and memory
   ratio (<= 1.3x);
plus deduplication counts on both corpora.

The corpora are read in place from ../shared/external (never copied into the repository); each run is a
separate process so that its peak memory is its own (os.wait4). The machine is shared and noisy: compare the
ratios, not the seconds.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"
# every input article, duplicates included (the pipeline's own run parses only one copy of each text), read and
# cleaned as the pipeline reads them; only the parse is timed: (wall seconds, CPU seconds)
BARE_PARSE = """
import sys, time
from pipeline.stages.parse import load_model
from pipeline.tables.sources import ingest_source
docs, _ = ingest_source(sys.argv[1], sys.argv[2])
texts = list(docs.sort_values("doc_id")["text"])
nlp = load_model()
t, c = time.perf_counter(), time.process_time()
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(time.perf_counter() - t, time.process_time() - c)
"""


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc; 0 where it cannot be read)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def _run_measured(args: list[str]) -> tuple[float, int, str, float]:
    """Run a child process and reap it with wait4 to read its CPU time: (seconds, peak bytes, stdout, CPU
    seconds of it and the processes it waited for). The peak is the resident memory of the whole process
    tree (the run and its parse worker together), sampled ten times a second, and never below the largest
    single process's own peak (wait4), which catches a spike between samples."""
    import threading

    started = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read()
    done.set()
    sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:6])} exited {proc.returncode}")
    return seconds, max(peak[0], usage.ru_maxrss * 1024), out, usage.ru_utime + usage.ru_stime


def _pipeline(raw: Path, out: Path) -> tuple[float, int, float]:
    seconds, peak, _, cpu = _run_measured(
        [sys.executable, "-m", "pipeline", "run", "--quiet", "--raw-dir", str(raw), "--output-dir", str(out)]
    )
    return seconds, peak, cpu


def _bare_parse(raw: Path, source: str) -> tuple[float, float]:
    _, _, stdout, _ = _run_measured([sys.executable, "-c", BARE_PARSE, str(raw), source])
    wall, cpu = map(float, stdout.strip().splitlines()[-1].split())
    return wall, cpu


def _write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")


def _read_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _dups(out: Path) -> tuple[int, int]:
    import pandas as pd

    docs = pd.read_parquet(out / "documents", columns=["duplicate_kind"])
    return int((docs["duplicate_kind"] == "exact").sum()), int((docs["duplicate_kind"] == "near").sum())


def gib(n: int) -> str:
    """Bytes as GiB, two decimals."""
    return f"{n / 2**30:.2f} GiB"


Figure = tuple[str, str, str]  # (name, measured, target)


def _articles(records: list[dict]) -> list[dict]:
    """Corpus records as the pipeline reads JSON Lines articles."""
    return [{"id": r["id"], "title": r["title"], "text": r["text"], "published": r.get("date")} for r in records]


def _bench_bbc(root: Path, bbc_n: int) -> list[Figure]:
    """BBC: the pipeline against a bare parse of the same texts, a rerun with nothing new, peak memory."""
    bbc = _read_gz(EXTERNAL / "bbc-news" / "bbc-fulltext.jsonl.gz")
    random.Random(0).shuffle(bbc)
    bbc = bbc[:bbc_n]
    raw = root / "bbc-raw"
    _write_jsonl(raw / "bbc" / "articles.jsonl", _articles(bbc))
    out = root / "bbc-out"
    # the bare parse before and after the full run, averaged: the machine's speed drifts over minutes
    before = _bare_parse(raw, "bbc")
    full, peak, full_cpu = _pipeline(raw, out)
    after = _bare_parse(raw, "bbc")
    parse, parse_cpu = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
    rerun, _, _ = _pipeline(raw, out)
    from pipeline.store.runstate import forget

    forget(out)  # the same rerun without the record of the last run: Dagster starts and every asset skips
    rerun_dagster, _, _ = _pipeline(raw, out)
    exact, near = _dups(out)
    print(
        f"BBC: {bbc_n} articles ({bbc_n - exact - near} distinct texts parsed by the pipeline, all {bbc_n} by the "
        f"bare parse); full run {full:.1f}s (CPU {full_cpu:.1f}s), bare parse {before[0]:.1f}s before and "
        f"{after[0]:.1f}s after it (CPU {parse_cpu:.1f}s), rerun {rerun:.1f}s, rerun through Dagster "
        f"{rerun_dagster:.1f}s",
        flush=True,
    )
    return [
        ("parse / pipeline (BBC)", f"{parse / full:.2f}", ">= 0.80"),
        ("  the same in CPU time", f"{parse_cpu / full_cpu:.2f}", "(for reference)"),
        ("rerun / full run (BBC)", f"{rerun / full:.1%}", "<= 5%"),
        ("  the same rerun through Dagster (no run record)", f"{rerun_dagster / full:.1%}", "(for reference)"),
        ("peak memory, full run (BBC)", gib(peak), "<= 2 GiB"),
        ("duplicates found (BBC sample)", f"{exact} exact, {near} near", "see issue"),
        _report_figure(out, "BBC"),
    ]


def _report_figure(out: Path, corpus: str) -> Figure:
    """Seconds the run's report takes to open in headless Chromium, every chart drawn (evaluation.report_timing)."""
    from evaluation.report_timing import open_seconds

    seconds = open_seconds(out / "report" / "index.html")
    value = f"{seconds:.2f}s" if seconds is not None else "n/a (no chromium: make browser)"
    return (f"report opens, every chart drawn ({corpus})", value, "< 3 s")


def _bench_reuters(root: Path, reuters_n: int | None) -> list[Figure]:
    """Reuters: all articles with text (or the first `reuters_n`) against a tenth of them, time and memory."""
    reuters = [r for r in _read_gz(EXTERNAL / "reuters-21578" / "reuters21578.jsonl.gz") if r.get("text")]
    if reuters_n:
        reuters = reuters[:reuters_n]
    tenth = reuters[::10]
    runs = {}
    for name, records in (("tenth", tenth), ("all", reuters)):
        raw = root / f"reuters-{name}-raw"
        _write_jsonl(raw / "reuters" / "wire.jsonl", _articles(records))
        runs[name] = _pipeline(raw, root / f"reuters-{name}-out")[:2] + (len(records),)
        print(f"Reuters {name}: {len(records)} articles, {runs[name][0]:.1f}s, peak {gib(runs[name][1])}", flush=True)
    t_ratio = runs["all"][0] / runs["tenth"][0]
    m_ratio = runs["all"][1] / runs["tenth"][1]
    size_ratio = runs["all"][2] / runs["tenth"][2]
    exact, near = _dups(root / "reuters-all-out")
    return [
        (
            f"time, {runs['all'][2]} vs {runs['tenth'][2]} Reuters articles ({size_ratio:.1f}x)",
            f"{t_ratio:.2f}x",
            "<= 11x",
        ),
        ("memory, same runs", f"{m_ratio:.2f}x", "<= 1.3x"),
        ("duplicates found (Reuters)", f"{exact} exact, {near} near", "see issue"),
        _report_figure(root / "reuters-all-out", f"all {runs['all'][2]} Reuters articles"),
    ]


def bench(bbc_n: int = 800, reuters_n: int | None = None, workdir: str | None = None, with_reuters: bool = True) -> int:
    """Run the benchmark in `workdir` (default: a new temporary folder) and print its figures; 0."""
    root = Path(workdir or tempfile.mkdtemp(prefix="pipeline-bench-"))
    print(f"Benchmark in {root} (corpora read from {EXTERNAL})", flush=True)
    figures = _bench_bbc(root, bbc_n)
    if with_reuters:
        figures += _bench_reuters(root, reuters_n)
    _print(figures)
    return 0


def _print(figures: list[Figure]) -> None:
    print("\n| figure | measured | target |\n|---|---|---|")
    for name, value, target in figures:
        print(f"| {name} | {value} | {target} |")


# ---------------------------------------------------------------------------
# Long documents: `python -m pipeline bench --long`

LONG_SIZES = (0.25, 1.0, 4.0)  # millions of characters
LONG_STAGES = ("segment", "dates", "actors", "quotes", "events", "quote_groups")


def long_text(chars: int) -> str:
    """The first `chars` characters (cut back to a paragraph break) of the BBC articles in a fixed shuffled order,
    joined by blank lines: one text, so each size is a prefix of the next."""
    bbc = _read_gz(EXTERNAL / "bbc-news" / "bbc-fulltext.jsonl.gz")
    random.Random(0).shuffle(bbc)
    parts, size = [], 0
    for r in bbc:
        parts.append(r["text"].strip())
        size += len(parts[-1]) + 2
        if size >= chars:
            break
    text = "\n\n".join(parts)[:chars]
    cut = text.rfind("\n\n")
    return text[:cut] if len(text) == chars and cut > 0 else text


def bench_long(sizes: tuple[float, ...] = LONG_SIZES) -> int:
    """One long text at each size (millions of characters): the parse (the model over the text's paragraph-aligned
    parts, joined into one Doc, as the pipeline parses a long text) and each rule stage of the per-document pass
    (pipeline.stages.annotate.records_of), in seconds; the whole against the bare parse, and the cost per million
    characters at each size (flat when every stage is linear in the document's length)."""
    import datetime as dt
    import gc
    import resource

    from pipeline.config import settings
    from pipeline.stages.annotate import records_of
    from pipeline.stages.parse import load_model, parse_texts, release

    print(f"Long documents: BBC articles joined into one text (read from {EXTERNAL})", flush=True)
    limit = settings().ingest.max_chars
    nlp = load_model()
    warm = next(parse_texts(nlp, [long_text(20_000)]))  # first-use costs (lexicons, the coder, dateparser) not timed
    records_of(warm, dt.date(2005, 3, 1))
    release(warm)
    rows = []
    for mb in sizes:
        text = long_text(int(mb * 1_000_000))
        if len(text) > limit:
            print(f"  {mb:g} MB: above ingest.max_chars ({limit:,}): the pipeline rejects it (too_long)", flush=True)
            continue
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        doc = next(parse_texts(nlp, [text]))
        parse, parse_cpu = time.perf_counter() - wall, time.process_time() - cpu
        timings: dict[str, float] = {}
        cpu = time.process_time()
        records = records_of(doc, dt.date(2005, 3, 1), timings)
        timings["quote_groups"] = _time_quote_groups(records.get("quotes", []))
        rules_cpu = time.process_time() - cpu
        counts = {k: len(v) for k, v in records.items() if k in ("sentences", "dates", "mentions", "quotes", "events")}
        n_tokens = len(doc)
        release(doc)
        del doc, records
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # the sizes grow: the largest's peak
        rows.append((mb, len(text), n_tokens, parse, parse_cpu, timings, rules_cpu, peak))
        rules = sum(timings.values())
        print(
            f"  {len(text) / 1e6:.2f} MB ({n_tokens:,} tokens): parse {parse:.1f}s, rule stages {rules:.1f}s "
            f"({', '.join(f'{s} {timings.get(s, 0.0):.1f}s' for s in LONG_STAGES)}); "
            + ", ".join(f"{n} {k}" for k, n in counts.items())
            + f"; peak memory so far {gib(peak)}",
            flush=True,
        )
    _print_long(rows)
    return 0


def _time_quote_groups(quotes: list) -> float:
    """Seconds to group the document's quotes as the quotes table does (pipeline.stages.stories.quote_groups): all
    in one story, the worst case for a corpus-level stage that compares quotes."""
    from pipeline.stages.stories import quote_groups

    rows = [
        {"quote_id": f"q{i}", "text": q.text, "story_id": "s1", "speaker_actor_id": None, "order": i}
        for i, q in enumerate(quotes)
    ]
    start = time.perf_counter()
    quote_groups(rows)
    return time.perf_counter() - start


def _print_long(rows: list[tuple]) -> None:
    head = "| size | tokens | parse s | " + " | ".join(f"{s} s" for s in LONG_STAGES)
    print(f"\n{head} | whole s | whole / parse | CPU whole / parse | parse s/MB | rules s/MB | whole s/MB |")
    print("|" + "---|" * (len(LONG_STAGES) + 9))
    for _, chars, n_tokens, parse, parse_cpu, timings, rules_cpu, _ in rows:
        rules = sum(timings.values())
        mb = chars / 1e6
        print(
            f"| {mb:.2f} MB | {n_tokens:,} | {parse:.1f} | "
            + " | ".join(f"{timings.get(s, 0.0):.2f}" for s in LONG_STAGES)
            + f" | {parse + rules:.1f} | {(parse + rules) / parse:.2f}x | {(parse_cpu + rules_cpu) / parse_cpu:.2f}x"
            f" | {parse / mb:.1f} | {rules / mb:.2f} | {(parse + rules) / mb:.1f} |"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        per_mb = [sum(r[5].values()) / (r[1] / 1e6) for r in (first, last)]
        print(
            f"\nrules per MB at {last[1] / 1e6:.2f} MB against {first[1] / 1e6:.2f} MB: {per_mb[1] / per_mb[0]:.2f}x "
            f"(flat: about 1); whole / parse at {last[1] / 1e6:.2f} MB: "
            f"{(last[3] + sum(last[5].values())) / last[3]:.2f}x (target <= 1.5x)"
        )
