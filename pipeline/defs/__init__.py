"""Dagster definitions of the pipeline, loaded by pipeline/definitions.py."""

from .assets import CORPUS_ASSETS as _CORPUS_ASSETS
from .report import report as _report

# the report follows the tables: `python -m pipeline run` (pipeline/runner.py) materializes CORPUS_ASSETS
if _report not in _CORPUS_ASSETS:
    _CORPUS_ASSETS.append(_report)
