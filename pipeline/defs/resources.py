"""Resources: where the data lives, the settings of a run, and the parse (model and parse worker)."""

import os
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
from pydantic import PrivateAttr

from pipeline.config import Settings
from pipeline.stages.parse import Parser
from pipeline.store import remote
from pipeline.store.storage import TableStore

if TYPE_CHECKING:
    from spacy.language import Language

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class PipelinePaths(dg.ConfigurableResource):
    """The raw dir (one folder per source) and the output dir (one folder per table): local paths or
    fsspec URLs (`s3://…`, `gs://…`); a URL is mirrored locally (see pipeline.store.remote)."""

    raw_dir: str = str(PROJECT_ROOT / "raw")
    output_dir: str = str(PROJECT_ROOT / "output")

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        from pipeline.progress import use_system_allocator

        use_system_allocator()  # the process that reads and writes the tables hands freed pages back

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


class PipelineSettings(dg.ConfigurableResource):
    """Thresholds of the stages (pipeline.config.Settings): `overrides` maps dotted names to values, e.g.
    `{"dedup.threshold": "0.85"}` (Launchpad: `resources: {settings: {config: {overrides: {...}}}}`;
    command line: `python -m pipeline run --set dedup.threshold=0.85`). `python -m pipeline settings` lists
    them. A changed setting rebuilds exactly the tables whose stages read it."""

    overrides: dict[str, str] = {}

    def get(self) -> Settings:
        return Settings().with_overrides(self.overrides)


class SpacyModel(dg.ConfigurableResource):
    """The English spaCy pipeline with the project's additions (see pipeline.stages.parse), and the parse
    worker it may run in. It owns one `Parser` per run under the in-process executor (per step under the
    multiprocess executor): `documents` may start the worker ahead, `parses` takes it, and whatever is
    left is stopped when the run or step ends.

    `parse_in_worker`: parse in a child process while this one runs the per-document rules on the
    parses already made (pipeline.stages.parse.ParseWorker). Unset: when at least `run.parse_worker_from_texts`
    texts need a parse. False suits a one-core machine."""

    parse_in_worker: bool | None = None
    _parser: Parser | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._parser = Parser()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._parser is not None:
            self._parser.close()

    def parser(self) -> Parser:
        if self._parser is None:  # used outside a run (a direct call in a test)
            self._parser = Parser()
        return self._parser

    def get(self) -> "Language":
        return self.parser().model()


def default_resources() -> dict:
    return {
        "paths": PipelinePaths(
            raw_dir=os.environ.get("PIPELINE_RAW_DIR", str(PROJECT_ROOT / "raw")),
            output_dir=os.environ.get("PIPELINE_OUTPUT_DIR", str(PROJECT_ROOT / "output")),
        ),
        "spacy_model": SpacyModel(),
        "settings": PipelineSettings(),
    }


@dg.definitions
def resources() -> dg.Definitions:
    # In process by default: on small machines the multiprocess executor costs seconds per step and
    # loads spaCy once per step process. Source partitions still run in parallel as separate runs.
    return dg.Definitions(resources=default_resources(), executor=dg.in_process_executor)
