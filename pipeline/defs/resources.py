"""Resources: where the data lives, and the spaCy model (loaded once per process)."""

import os
from pathlib import Path

import dagster as dg

from pipeline.storage import TableStore

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class PipelinePaths(dg.ConfigurableResource):
    """The raw dir (one folder per source) and the output dir (one folder per table)."""

    raw_dir: str = str(PROJECT_ROOT / "raw")
    output_dir: str = str(PROJECT_ROOT / "output")

    def store(self) -> TableStore:
        return TableStore(self.output_dir)


class SpacyModel(dg.ConfigurableResource):
    """The English spaCy pipeline with the project's additions (see pipeline.nlp)."""

    def get(self):
        from pipeline.nlp import load_model

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
