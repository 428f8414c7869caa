"""The `report` asset: one self-contained HTML page over the tables (`<output>/report/index.html`), thin around
pipeline.report (build: the data; render: charts and page). Rebuilt when any table it reads or its own code
changed (fingerprint: the input tables' files, the report modules and template, their libraries, its config).
"""

import functools
import json
from pathlib import Path
from typing import Any

import dagster as dg
import pandas as pd

from pipeline import progress
from pipeline.report.build import COLUMNS, INPUT_TABLES, ReportOptions
from pipeline.store.storage import TableStore, atomic_write_bytes
from pipeline.versioning import Project, combine, hash_files

from .assets import EAGER, GROUP
from .resources import PipelinePaths

REPORT_DIR = "report"
PAGE = "index.html"
SUMMARY = "summary.json"  # the figures and thumbnail of the last build, shown again when nothing changed
FIGURES = ("events", "story_events", "actors", "quotes", "documents", "rejects")
_DEFAULTS = ReportOptions()


class ReportConfig(dg.Config):
    """How much the report shows (pipeline.report.build.ReportOptions). The evidence caps bound the page's size:
    rows the charts link to are always kept, then each story event's first mention, the most confident first."""

    top_actors: int = _DEFAULTS.top_actors
    top_edges: int = _DEFAULTS.top_edges
    top_countries: int = _DEFAULTS.top_countries
    top_speakers: int = _DEFAULTS.top_speakers
    quotes_per_speaker: int = _DEFAULTS.quotes_per_speaker
    top_stories: int = _DEFAULTS.top_stories
    articles_per_story: int = _DEFAULTS.articles_per_story
    events_per_story: int = _DEFAULTS.events_per_story
    max_evidence_events: int = _DEFAULTS.max_evidence_events
    max_evidence_quotes: int = _DEFAULTS.max_evidence_quotes
    max_evidence_dates: int = _DEFAULTS.max_evidence_dates
    max_context_chars: int = _DEFAULTS.max_context_chars

    def options(self) -> ReportOptions:
        return ReportOptions(**{k: getattr(self, k) for k in ReportOptions.__dataclass_fields__})


@functools.cache
def report_version() -> str:
    """The report's code: pipeline.report and what it imports, their libraries (Altair, vl-convert, Jinja2 ...),
    and the page's template."""
    project = Project()
    deps = project.dependencies(["pipeline.report.build", "pipeline.report.render"])
    template = Path(__file__).resolve().parents[1] / "report" / "template.html.j2"
    return combine(project.digest(deps), hash_files([template]))


def _run_figures(context: dg.AssetExecutionContext) -> dict[str, Any]:
    """The run so far, when the instance knows it: the time of each step (asset checks apart), the checks
    evaluated and whether they passed, and memory (this process; the parse worker's, from `parses`)."""
    run_id = context.run.run_id
    try:
        stats = context.instance.get_run_step_stats(run_id)
        evaluations = context.instance.all_logs(run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION)
    except Exception:  # an instance without step stats or logs: the report goes without them
        return {}
    checks = []
    for entry in evaluations:
        evaluation = entry.dagster_event.event_specific_data if entry.dagster_event else None
        if evaluation is not None:
            checks.append({"check": evaluation.check_name, "passed": bool(evaluation.passed), "step": entry.step_key})
    check_steps = {c["step"] for c in checks}
    steps, worker = [], None
    for s in stats:
        if s.start_time and s.end_time and s.step_key not in check_steps:
            steps.append({"step": s.step_key, "seconds": round(s.end_time - s.start_time, 2)})
        for event in s.materialization_events:
            materialization = event.asset_materialization
            value = materialization.metadata.get("parse_worker_peak_rss") if materialization else None
            if value is not None:
                worker = getattr(value, "value", value)
    steps.sort(key=lambda s: -s["seconds"])
    return {
        "run_id": run_id,
        "steps": steps,
        "total_seconds": round(sum(s["seconds"] for s in steps), 2),
        "checks": sorted(({"check": c["check"], "passed": c["passed"]} for c in checks), key=lambda c: c["check"]),
        "peak_memory_gib": progress.peak_memory() / 2**30,
        "parse_worker_peak_gib": worker / 2**30 if worker else None,
    }


def _read(store: TableStore, name: str) -> pd.DataFrame:
    """The columns of a table the report uses (pipeline.report.build.COLUMNS), nothing more."""
    import pyarrow.parquet as pq

    return pq.read_table(store.table_dir(name), columns=list(COLUMNS[name])).to_pandas(types_mapper=pd.ArrowDtype)


def _metadata(summary: dict[str, Any], page: Path, **extra: Any) -> dict[str, Any]:
    figures = summary["figures"]
    table = "\n".join(["| figure | value |", "|---|---|", *(f"| {k} | {figures[k]:,} |" for k in FIGURES)])
    return {
        **{k: dg.MetadataValue.int(int(figures[k])) for k in FIGURES},
        "path": dg.MetadataValue.path(str(page)),
        "size_kb": dg.MetadataValue.int(int(summary["size"] / 1024)),
        "evidence_rows": dg.MetadataValue.int(int(summary["evidence_rows"])),
        "thumbnail": dg.MetadataValue.md(f"{summary['thumbnail']}\n\n{table}"),
        **extra,
    }


@dg.asset(
    deps=list(INPUT_TABLES),
    group_name=GROUP,
    automation_condition=EAGER,
    description="The dataset report: one self-contained HTML page (output/report/index.html, opens with no "
    "network) with events over time by PLOVER type and quad class, the actor network, countries, quotes, stories, "
    "data quality and an evidence view of every event, quote and date with its highlighted sentence.",
)
def report(context: dg.AssetExecutionContext, config: ReportConfig, paths: PipelinePaths) -> dg.MaterializeResult:
    from pipeline.report import build, render

    store = paths.store()
    folder = store.root / REPORT_DIR
    page = folder / PAGE
    options = config.options()
    files = [f for name in INPUT_TABLES for f in store.table_files(name)]
    fp = combine(report_version(), json.dumps(options.__dict__, sort_keys=True), hash_files(files))
    if store.fingerprint(REPORT_DIR) == fp and page.is_file() and (folder / SUMMARY).is_file():
        summary = json.loads((folder / SUMMARY).read_text(encoding="utf-8"))
        progress.stage_done("report", summary["evidence_rows"], 0.0, "unchanged")
        return dg.MaterializeResult(metadata=_metadata(summary, page, skipped="tables unchanged since the last build"))
    with progress.Timer() as t:
        tables = {name: _read(store, name) for name in INPUT_TABLES}
        data = build.build_report(tables, options, _run_figures(context))
        del tables
        html = render.render_html(data, render.vega_bundle(store.root / "_cache" / "report")).encode("utf-8")
        atomic_write_bytes(page, html)
        summary = {
            "figures": data["figures"],
            "size": len(html),
            "evidence_rows": len(data["evidence"]["rows"]),
            "thumbnail": render.thumbnail_markdown(render.thumbnail_png(data)),
        }
        atomic_write_bytes(folder / SUMMARY, json.dumps(summary).encode("utf-8"))
        del data, html
    progress.release_memory()
    store.set_fingerprint(REPORT_DIR, fp)
    progress.stage_done("report", summary["evidence_rows"], t.seconds, f"{summary['size'] / 2**20:.1f} MiB -> {page}")
    context.log.info(f"report: {summary['size']:,} bytes -> {page}")
    paths.sync_output()
    return dg.MaterializeResult(metadata=_metadata(summary, page))
