"""Definitions run under Dagster's multiprocess executor by tests/test_multiprocess.py (reconstructable:
every step process rebuilds them from this module; locations come from PIPELINE_RAW_DIR / PIPELINE_OUTPUT_DIR)."""

import dagster as dg

from pipeline.defs.assets import ALL_ASSETS
from pipeline.defs.jobs import corpus_job, ingest_source_job
from pipeline.defs.resources import SpacyModel, default_resources


def definitions(parse_in_worker: bool | None = None) -> dg.Definitions:
    resources = {**default_resources(), "spacy_model": SpacyModel(parse_in_worker=parse_in_worker)}
    return dg.Definitions(
        assets=ALL_ASSETS,
        jobs=[ingest_source_job, corpus_job],
        resources=resources,
        executor=dg.multiprocess_executor.configured({"max_concurrent": 2}),
    )


def ingest_job():
    return definitions().get_job_def("ingest_source_job")


def corpus():
    return definitions().get_job_def("corpus_job")


def corpus_with_parse_worker():
    """The corpus job with the parse in a worker process: `documents` starts it ahead in its own step process,
    which stops it at the step's end; `parses` (another process) starts its own."""
    return definitions(parse_in_worker=True).get_job_def("corpus_job")
