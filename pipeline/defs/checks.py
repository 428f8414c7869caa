"""Asset checks shown in the UI: each table still matches its contract, and every reference resolves."""
import dagster as dg

from pipeline.integrity import REFERENCES, dangling
from pipeline.validation import TableValidationError, validate

from .resources import PipelinePaths

CHECKED_TABLES = ["documents", "sentences", "dates", "actors", "actor_mentions", "quotes", "events"]


def _schema_check(table: str):
    @dg.asset_check(asset=table, name=f"{table}_schema_valid",
                    description=f"The stored {table} table validates against schemas.{table}.")
    def _check(paths: PipelinePaths) -> dg.AssetCheckResult:
        from schemas import MODELS

        df = paths.store().read(table)
        try:
            validate(table, df, MODELS[table])
        except TableValidationError as exc:
            return dg.AssetCheckResult(passed=False, metadata={
                "failures": dg.MetadataValue.md(exc.failures.head(50).to_markdown(index=False))})
        return dg.AssetCheckResult(passed=True, metadata={"rows": len(df)})

    return _check


def _reference_check(table: str):
    referenced = sorted({ref for _, ref, _ in REFERENCES[table]} - {table})

    @dg.asset_check(asset=table, name=f"{table}_references_exist", additional_deps=referenced,
                    description=f"Every id that {table} references exists in its table.")
    def _check(paths: PipelinePaths) -> dg.AssetCheckResult:
        bad = dangling(paths.store(), table)
        return dg.AssetCheckResult(passed=not any(bad.values()), metadata={f"dangling {k}": v for k, v in bad.items()})

    return _check


ALL_CHECKS = [_schema_check(t) for t in CHECKED_TABLES] + [_reference_check(t) for t in REFERENCES]
