"""Dagster definitions of the pipeline, loaded by pipeline/definitions.py."""
