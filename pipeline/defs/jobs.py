"""Jobs and schedules. Corpus tables follow source ingestion by declarative automation (eager)."""

from collections.abc import Iterator

import dagster as dg

from .partitions import sources_partitions

ingest_source_job = dg.define_asset_job(
    "ingest_source_job",
    selection=dg.AssetSelection.assets("source_documents", "source_rejects"),
    description="Read one source folder (one partition; partitioned like its assets).",
)

corpus_job = dg.define_asset_job(
    "corpus_job",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets("source_documents", "source_rejects"),
    description="Rebuild every corpus table from the ingested sources (unchanged inputs are skipped).",
)


@dg.schedule(
    job=ingest_source_job,
    cron_schedule="0 5 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Daily: refresh every source partition; corpus tables follow by automation.",
)
def daily_refresh_schedule(context: dg.ScheduleEvaluationContext) -> Iterator[dg.RunRequest]:
    for key in sorted(context.instance.get_dynamic_partitions(sources_partitions.name)):
        yield dg.RunRequest(partition_key=key, run_key=f"{key}:{context.scheduled_execution_time:%Y-%m-%d}")
