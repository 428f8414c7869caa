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
