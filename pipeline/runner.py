"""Run the whole asset graph in one process: every source partition, then the corpus tables and checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import dagster as dg


@dataclass
class RunOutcome:
    success: bool
    failures: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)


def _failures(result: dg.ExecuteInProcessResult) -> list[str]:
    out = []
    for event in result.all_events:
        if event.is_failure and event.event_specific_data is not None:
            err = getattr(event.event_specific_data, "error", None)
            out.append(f"{event.step_key}: {err.message.strip() if err else event.message}")
    return out


def run_pipeline(
    raw_dir: str,
    output_dir: str,
    instance: dg.DagsterInstance | None = None,
    quiet: bool = True,
    overrides: dict[str, str] | None = None,
) -> RunOutcome:
    """Materialize every source partition, then the corpus tables and their checks; `overrides` are settings
    (pipeline.config) by dotted name."""
    import dagster as dg

    from pipeline.defs.assets import CORPUS_ASSETS, SOURCE_ASSETS
    from pipeline.defs.checks import ALL_CHECKS
    from pipeline.defs.partitions import sources_partitions
    from pipeline.defs.resources import PipelinePaths, PipelineSettings, SpacyModel
    from pipeline.store.remote import is_url

    instance = instance or dg.DagsterInstance.ephemeral()

    def location(p: str) -> str:
        return p if is_url(p) else str(Path(p).resolve())

    paths = PipelinePaths(raw_dir=location(raw_dir), output_dir=location(output_dir))
    resources = {
        "paths": paths,
        "spacy_model": SpacyModel(),
        "settings": PipelineSettings(overrides={k: str(v) for k, v in (overrides or {}).items()}),
    }
    run_config = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}} if quiet else None
    sources = paths.sources()
    known = set(instance.get_dynamic_partitions(sources_partitions.name))
    instance.add_dynamic_partitions(sources_partitions.name, [s for s in sources if s not in known])
    failures: list[str] = []
    for source in sources:
        result = dg.materialize(
            SOURCE_ASSETS,
            partition_key=source,
            instance=instance,
            resources=resources,
            run_config=run_config,
            raise_on_error=False,
        )
        failures += _failures(result)
    result = dg.materialize(
        CORPUS_ASSETS + ALL_CHECKS, instance=instance, resources=resources, run_config=run_config, raise_on_error=False
    )
    failures += _failures(result)
    checks_failed = [f"{e.asset_check_key.name}" for e in result.get_asset_check_evaluations() if not e.passed]
    return RunOutcome(success=not failures and result.success, failures=failures, checks_failed=checks_failed)


def run_summary(output_dir: str) -> list[str]:
    """What `python -m pipeline run` prints after a run: the rows of every table, documents and duplicates,
    rejected inputs by reason and where the rejects table is, and the report's page. Row counts come from the
    Parquet footers; only the columns counted are read."""
    import pandas as pd
    import pyarrow.parquet as pq

    from pipeline.store.remote import is_url, local_path
    from schemas import MODELS

    root = Path(local_path(output_dir))

    def where(name: str) -> str:
        return f"{output_dir.rstrip('/')}/{name}" if is_url(output_dir) else str(root / name)

    def rows(name: str) -> int:
        folder = root / name
        return sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(folder.glob("*.parquet")))

    def column(name: str, col: str) -> pd.Series:
        folder = root / name
        return pd.read_parquet(folder, columns=[col])[col] if folder.is_dir() else pd.Series([], dtype=object)

    lines = [f"Tables in {output_dir}:"]
    lines += [f"  {name:<15} {rows(name):>7,} rows" for name in MODELS]
    dups = int(column("documents", "duplicate_of").notna().sum())
    reasons = column("rejects", "reason").value_counts()
    lines.append(f"  {rows('documents'):,} documents ({dups:,} duplicates), {int(reasons.sum()):,} rejected")
    lines += [f"    rejected {n:,} × {reason}" for reason, n in reasons.items()]
    lines.append(f"  rejects (path and reason of every input that is not a document): {where('rejects')}")
    lines += _quarantine_lines(root)
    if (root / "report" / "index.html").exists():
        lines.append(f"  report: {where('report/index.html')}")
    return lines


def _quarantine_lines(root: Path) -> list[str]:
    """The documents whose rows broke a per-document table's schema and were withheld from it (they stay in
    documents; see store.validation.validate_documents)."""
    from pipeline.store.storage import TableStore
    from pipeline.store.validation import WITHHOLDS_AFTER

    store = TableStore(root)
    held = {t: store.quarantined(t) for t in WITHHOLDS_AFTER}
    docs = sorted({d for reasons in held.values() for d in reasons})
    if not docs:
        return []
    lines = [f"  {len(docs):,} document(s) quarantined: kept in documents, their rows withheld from some tables"]
    for doc in docs:
        tables = [t for t, reasons in held.items() if doc in reasons]
        own = [held[t][doc] for t in tables if not held[t][doc].startswith("withheld from")]
        first = (own or [held[tables[0]][doc]])[0]
        lines.append(f"    {doc}: withheld from {', '.join(tables)} ({first})")
    return lines
