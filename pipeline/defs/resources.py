"""Resources: where the data lives, and the spaCy model (loaded once per process)."""

import os
from pathlib import Path

import dagster as dg

from pipeline.store import remote
from pipeline.store.storage import TableStore

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class PipelinePaths(dg.ConfigurableResource):
    """The raw dir (one folder per source) and the output dir (one folder per table): local paths or
    fsspec URLs (`s3://…`, `gs://…`); a URL is mirrored locally (see pipeline.store.remote)."""

    raw_dir: str = str(PROJECT_ROOT / "raw")
    output_dir: str = str(PROJECT_ROOT / "output")

    def store(self) -> TableStore:
        return TableStore(remote.local_path(self.output_dir))

    def sources(self) -> list[str]:
        from pipeline.stages.ingest import list_sources

        return remote.list_remote_sources(self.raw_dir) if remote.is_url(self.raw_dir) else list_sources(self.raw_dir)

    def raw_local(self, source: str | None = None) -> str:
        """A local raw dir holding `source` (all sources when None), fetched first when raw_dir is a URL."""
        if remote.is_url(self.raw_dir):
            return str(remote.sync_down(self.raw_dir, source or ""))
        return self.raw_dir

    def sync_output(self) -> None:
        """Upload what an asset wrote when output_dir is a URL."""
        if remote.is_url(self.output_dir):
            remote.sync_up(self.output_dir)


class SpacyModel(dg.ConfigurableResource):
    """The English spaCy pipeline with the project's additions (see pipeline.stages.parse).

    `parse_in_worker`: parse in a child process while this one runs the per-document rules on the
    parses already made (pipeline.stages.parse.ParseWorker). Unset: when at least
    pipeline.annotations_tables.PARSE_IN_WORKER_FROM texts need a parse. False suits a one-core machine."""

    parse_in_worker: bool | None = None

    def get(self):
        from pipeline.stages.parse import load_model

        return load_model()  # cached: one load per process, and only when a stage needs it


def default_resources() -> dict:
    return {
        "paths": PipelinePaths(
            raw_dir=os.environ.get("PIPELINE_RAW_DIR", str(PROJECT_ROOT / "raw")),
            output_dir=os.environ.get("PIPELINE_OUTPUT_DIR", str(PROJECT_ROOT / "output")),
        ),
        "spacy_model": SpacyModel(),
    }


@dg.definitions
def resources() -> dg.Definitions:
    # In process by default: on small machines the multiprocess executor costs seconds per step and
    # loads spaCy once per step process. Source partitions still run in parallel as separate runs.
    return dg.Definitions(resources=default_resources(), executor=dg.in_process_executor)
