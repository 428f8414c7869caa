"""Sensors, both running on a fresh instance (no click in *Automation*):

raw_sources_sensor         new source folders become partitions; new or changed files start a run for their source.
corpus_automation_sensor   evaluates the corpus tables' automation conditions (`automation.follows_updates`):
                           they rebuild after any source partition changes. It replaces Dagster's
                           `default_automation_condition_sensor`, which starts stopped.
"""

import json
from pathlib import Path

import dagster as dg

from pipeline.versioning import listing_digest

from .partitions import sources_partitions
from .resources import PipelinePaths


@dg.sensor(
    job_name="ingest_source_job",
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Registers each folder under the raw dir as a source partition and requests a run for "
    "every source whose files changed since the last tick.",
)
def raw_sources_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    seen = json.loads(context.cursor) if context.cursor else {}
    sources = paths.sources()
    known = set(context.instance.get_dynamic_partitions(sources_partitions.name))
    digests = {s: listing_digest(Path(paths.raw_local(s)) / s) for s in sources}
    runs = [dg.RunRequest(partition_key=s, run_key=f"{s}:{d[:16]}") for s, d in digests.items() if seen.get(s) != d]
    new = [s for s in sources if s not in known]
    return dg.SensorResult(
        run_requests=runs,
        dynamic_partitions_requests=[sources_partitions.build_add_request(new)] if new else [],
        cursor=json.dumps(digests, sort_keys=True),
    )


corpus_automation_sensor = dg.AutomationConditionSensorDefinition(
    "corpus_automation_sensor",
    target=dg.AssetSelection.all(),  # only assets with an automation condition (the corpus tables) are requested
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=30,
    description="Rebuilds the corpus tables (eager automation condition) after any source partition changes.",
)
