"""Command line: `python -m pipeline run | eval | bench | settings | deps | datadict | known-people`.

run           materializes the whole asset graph through Dagster in this process.
eval          scores an output directory against gold annotations and public benchmarks (package evaluation).
bench         prints speed and memory figures (ratios) on the public corpora (package evaluation).
settings      lists every setting (threshold) with its value, default and meaning.
deps          shows what a table depends on (code, data files, libraries, settings): what rebuilds it.
datadict      rewrites the README's data dictionary from the pandera models.
known-people  rebuilds pipeline/data/known_people.tsv from outputs of background corpora.
sample-events prints random events with their sentence, actors and date, for a person to judge.
sample-actors prints random actors with their evidence, for a person to judge.
sample-quotes prints random quotes in context with their speaker and speaker type, for a person to judge.
train-coder   trains the event coder and calibrates its confidence (package training).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = PROJECT_ROOT.parent / "shared" / "gold" / "seeds.gold.json"
EXTERNAL = PROJECT_ROOT.parent / "shared" / "external"
DEFAULT_PLOVER = EXTERNAL / "plover-gsr" / "PLOVER_GSR_CAMEO.dev.json"


FORMATTER = argparse.ArgumentDefaultsHelpFormatter  # every option's help ends with its default


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """`section.name=value` pairs (from --set) -> overrides; checked against the settings."""
    from pipeline.config import Settings

    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"error: --set expects section.name=value, got {pair!r}")
        out[key.strip()] = value.strip()
    try:
        Settings().with_overrides(out)
    except (KeyError, ValueError) as exc:
        raise SystemExit(f"error: {exc}") from None
    return out


def run(raw_dir: str, output_dir: str, quiet: bool = False, overrides: dict[str, str] | None = None) -> int:
    from pipeline.config import Settings, use

    with use(Settings().with_overrides(overrides or {})):
        return _run(raw_dir, output_dir, quiet, overrides or {})


def _run(raw_dir: str, output_dir: str, quiet: bool, overrides: dict[str, str]) -> int:
    # only what the "nothing new" check needs: an idle scheduled run stops before pandas, Dagster or spaCy load
    from pipeline import progress
    from pipeline.store import runstate
    from pipeline.store.remote import is_url

    raw = raw_dir if is_url(raw_dir) else Path(raw_dir).resolve()
    out = output_dir if is_url(output_dir) else Path(output_dir).resolve()
    if not is_url(raw_dir) and not raw.is_dir():
        print(f"error: raw dir {raw} does not exist", file=sys.stderr)
        return 2
    progress.ENABLED = not quiet
    started = time.perf_counter()
    local = not is_url(raw_dir) and not is_url(output_dir)
    if local and runstate.unchanged(raw, out):  # under the settings in force (see run)
        print(f"Nothing new since the last run: {raw} -> {out} is up to date.", file=sys.stderr)
        return 0
    if local:
        runstate.forget(out)  # a run that stops half-way leaves no record of being up to date
    if not quiet:
        print(f"Running the pipeline on {raw} -> {out}", file=sys.stderr)
    from pipeline.runner import run_pipeline

    outcome = run_pipeline(str(raw), str(out), overrides=overrides)
    for failure in outcome.failures:
        print(f"FAILED {failure}", file=sys.stderr)
    for check in outcome.checks_failed:
        print(f"CHECK FAILED {check}", file=sys.stderr)
    if not outcome.success:
        return 1
    if local and not outcome.checks_failed:
        runstate.record(raw, out)
    if not quiet:
        from pipeline.runner import run_summary

        print(f"\nDone in {time.perf_counter() - started:.1f}s.", file=sys.stderr)
        print("\n".join(run_summary(str(out))), file=sys.stderr)
    return 1 if outcome.checks_failed else 0


def _add_run(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="run the whole pipeline",
        description="Materialize every source partition, then the corpus tables, their checks and the report, "
        "in this process; unchanged inputs are skipped. Prints progress and a summary (rows per table, rejects "
        "and where they are) on stderr; exits 1 when a stage or a check fails.",
        formatter_class=FORMATTER,
    )
    p.add_argument("--raw-dir", default=str(PROJECT_ROOT / "raw"), help="input: one folder per source (or a URL)")
    p.add_argument("--output-dir", default=str(PROJECT_ROOT / "output"), help="output: one folder per table (or a URL)")
    p.add_argument("--quiet", action="store_true", help="no progress or summary (errors only)")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="SECTION.NAME=VALUE",
        help="override a setting for this run (repeatable; the `settings` command lists them)",
    )


def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="score an output directory against gold annotations and public benchmarks",
        description="Score the tables in --output-dir against the gold annotations (--gold) and the PLOVER "
        "records (--plover); each benchmark option given also runs that stage on the benchmark and prints its "
        "figures. Exits 2 when an input is missing.",
        formatter_class=FORMATTER,
    )
    p.add_argument("--output-dir", default=str(PROJECT_ROOT / "output"), help="the tables of a run to score")
    p.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold file in the seeds.gold.json format ('' to skip)")
    p.add_argument("--plover", default=str(DEFAULT_PLOVER), help="PLOVER gold standard records ('' to skip)")
    p.add_argument(
        "--timeml", default="", help=f"folder of TimeML .tml files, e.g. {EXTERNAL}/tempeval3/TBAQ-cleaned ('': skip)"
    )
    p.add_argument(
        "--meantime", default="", help=f"MEANTIME folder, e.g. {EXTERNAL}/meantime/intra-doc_annotation ('': skip)"
    )
    p.add_argument(
        "--polnear", default="", help=f"PolNeAR split folder (text/, attributions/), e.g. {EXTERNAL}/polnear/dev"
    )
    p.add_argument(
        "--stories",
        default="",
        help="JSON Lines articles with gold same-story groups (BASIL format), "
        f"e.g. {EXTERNAL}/basil-same-event/basil-articles.dev.jsonl.gz",
    )
    p.add_argument(
        "--plv",
        default="",
        help=f"PLV-format relations (marked source/target, gold type), e.g. {EXTERNAL}/plv/PLV_train.tsv",
    )
    p.add_argument(
        "--tune-coder",
        default="",
        help="PLV-format relations to choose the event coder's thresholds on, by cross-validation",
    )
    p.add_argument(
        "--probe",
        default="",
        help="CAMEO probe sentences (type, source, target per sentence), e.g. evaluation/probes/cameo_probe_a.tsv",
    )
    p.add_argument("--misses", action="store_true", help="list every miss (error) of every scorer")


def _add_bench(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="speed and memory figures on the public corpora in ../shared/external",
        description=f"Run the pipeline on BBC and Reuters articles from {EXTERNAL} and print speed and memory "
        "figures (ratios within one run) against their targets. About 10 minutes for the BBC part, 30 more "
        "for all of Reuters.",
        formatter_class=FORMATTER,
    )
    p.add_argument("--bbc", type=int, default=800, help="BBC articles for the parse-bound and rerun figures")
    p.add_argument(
        "--reuters", type=int, default=None, help="Reuters articles for the scaling figures (None: all ~19.8k)"
    )
    p.add_argument("--no-reuters", action="store_true", help="skip the Reuters scaling runs (the long part)")
    p.add_argument("--workdir", default=None, help="where to write the runs (None: a new temporary folder)")
    p.add_argument(
        "--long",
        action="store_true",
        help="only the long-document figures: seconds per stage on one text of 0.25, 1 and 4 million characters "
        "(BBC articles joined), the whole against the bare parse, the cost per million characters",
    )
    p.add_argument("--sizes", default=None, help="with --long: the sizes in millions of characters (None: 0.25,1,4)")


def _add_small(sub: argparse._SubParsersAction) -> None:
    sub.add_parser(
        "settings",
        help="list every setting with its value, default and meaning",
        description="List every setting (section.name), its value, its meaning and, when it differs, its default. "
        "Change one for a run with `run --set section.name=value`.",
        formatter_class=FORMATTER,
    )
    p = sub.add_parser(
        "deps",
        help="what a table depends on: the code, data files, libraries and settings whose change rebuilds it",
        formatter_class=FORMATTER,
    )
    p.add_argument("table", nargs="?", help="a table name (None: every table)")
    sub.add_parser(
        "datadict",
        help="rewrite the README's data dictionary and settings table",
        description="Rewrite the generated sections of README.md from the pandera models and the settings.",
        formatter_class=FORMATTER,
    )
    p = sub.add_parser(
        "known-people",
        help="rebuild pipeline/data/known_people.tsv from pipeline outputs "
        "of background corpora (persons whose country those articles state)",
        formatter_class=FORMATTER,
    )
    p.add_argument("output_dirs", nargs="+", help="output dirs of pipeline runs over background corpora")
    for name, what, n, seed, help_ in SAMPLES:
        p = sub.add_parser(name, help=help_, formatter_class=FORMATTER)
        p.add_argument("--output-dir", default=str(PROJECT_ROOT / "output"), help="the tables of a run")
        p.add_argument("-n", type=int, default=n, help=f"how many {what}")
        p.add_argument("--seed", type=int, default=seed, help=f"random seed (the same seed draws the same {what})")


# reading checks: (command, what it draws, how many, seed, help)
SAMPLES = [
    ("sample-events", "events", 60, 0, "print random events with their sentence, actors and date, to judge by hand"),
    (
        "sample-actors",
        "actors",
        40,
        0,
        "print random actors with their type, country and mentions in context, for a person to judge",
    ),
    (
        "sample-quotes",
        "quotes",
        40,
        7,
        "print random quotes in context with their speaker, speaker type and actor, for a person to judge",
    ),
]


def _add_train(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train-coder",
        help="train the event coder and calibrate its confidence into pipeline/data/coder/ (training/coder.py)",
        formatter_class=FORMATTER,
    )
    p.add_argument("--external", default=str(EXTERNAL), help="the public data folder (PLOVER records, NGEC stories)")
    p.add_argument("--output", default=None, help="where the weights go (None: pipeline/data/coder)")
    p.add_argument("--steps", type=int, default=1500, help="training steps")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds for the calibration")
    p.add_argument("--cv-rows", default="", help="also write the cross-validated events (features, right) to this file")
    p.add_argument(
        "--checkpoint",
        choices=("last", "best"),
        default="last",
        help="keep each training's model after its last step, or the one best on its small dev set",
    )


def _cmd_train_coder(args: argparse.Namespace) -> int:
    from training.coder import main as train_main  # outside the runtime package

    argv = ["--external", args.external, "--steps", str(args.steps), "--folds", str(args.folds)]
    argv += ["--cv-rows", args.cv_rows] if args.cv_rows else []
    argv += ["--checkpoint", args.checkpoint]
    return train_main(argv + (["--output", args.output] if args.output else []))


def _cmd_sample_actors(args: argparse.Namespace) -> int:
    from evaluation.sample import sample_actors, split_names
    from pipeline.store.storage import TableStore

    split = split_names(TableStore(args.output_dir).read("actors"))
    print(f"names borne by several actor ids: {len(split)} ({sum(split.values())} ids)\n")
    for block in sample_actors(args.output_dir, args.n, args.seed):
        print(block + "\n")
    return 0


def _cmd_sample_quotes(args: argparse.Namespace) -> int:
    from evaluation.sample_quotes import sample_quotes

    for block in sample_quotes(args.output_dir, args.n, args.seed):
        print(block + "\n")
    return 0


def _cmd_sample_events(args: argparse.Namespace) -> int:
    from evaluation.sample import sample_events

    for block in sample_events(args.output_dir, args.n, args.seed):
        print(block + "\n")
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    return run(args.raw_dir, args.output_dir, args.quiet, parse_overrides(args.set))


def _cmd_eval(args: argparse.Namespace) -> int:
    from evaluation.cli import evaluate  # outside the runtime package: in no table's version

    benchmarks = {
        "timeml": args.timeml,
        "meantime": args.meantime,
        "polnear": args.polnear,
        "stories": args.stories,
        "plv": args.plv,
        "tune_coder": args.tune_coder,
        "probe": args.probe,
    }
    return evaluate(args.output_dir, args.gold or None, args.plover or None, args.misses, benchmarks)


def _cmd_bench(args: argparse.Namespace) -> int:
    from evaluation.bench import LONG_SIZES, bench, bench_long

    if args.long:
        return bench_long(tuple(float(s) for s in args.sizes.split(",")) if args.sizes else LONG_SIZES)
    return bench(args.bbc, args.reuters, args.workdir, with_reuters=not args.no_reuters)


def _cmd_settings(args: argparse.Namespace) -> int:
    from pipeline.config import describe

    for name, value, default, doc in describe():
        print(f"{name:<34} {value!s:>10}  {doc}" + ("" if value == default else f" (default {default})"))
    return 0


def _cmd_deps(args: argparse.Namespace) -> int:
    from pipeline.versioning import TABLES
    from pipeline.versioning import describe as deps_of

    for table in [args.table] if args.table else list(TABLES):
        if table not in TABLES:
            print(f"error: unknown table {table!r} (one of {', '.join(TABLES)})", file=sys.stderr)
            return 2
        print(table)
        for line in deps_of(table):
            print("  " + line)
    return 0


def _cmd_datadict(args: argparse.Namespace) -> int:
    from pipeline.datadict import update_readme

    changed = update_readme(PROJECT_ROOT / "README.md")
    print("README.md generated sections " + ("updated" if changed else "already up to date"))
    return 0


def _cmd_known_people(args: argparse.Namespace) -> int:
    from pipeline.stages.known_people import DATA, build

    print(f"{build(args.output_dirs)} known people written to {DATA}")
    return 0


COMMANDS = {
    "run": _cmd_run,
    "eval": _cmd_eval,
    "bench": _cmd_bench,
    "settings": _cmd_settings,
    "deps": _cmd_deps,
    "datadict": _cmd_datadict,
    "known-people": _cmd_known_people,
    "sample-events": _cmd_sample_events,
    "train-coder": _cmd_train_coder,
    "sample-actors": _cmd_sample_actors,
    "sample-quotes": _cmd_sample_quotes,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_add_run, _add_eval, _add_bench, _add_small, _add_train):
        add(sub)
    args = parser.parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
