"""Asset checks shown in the UI: each table still matches its contract, and every reference resolves."""

from collections.abc import Callable

import dagster as dg

from pipeline.store.integrity import REFERENCES, dangling, referenced_tables
from pipeline.store.storage import TableStore
from pipeline.store.validation import TableValidationError, validate
from pipeline.versioning import check_version
from schemas import MODELS

from .resources import PipelinePaths

CHECKED_TABLES = [t for t in MODELS if t != "rejects"]  # rejects: one file per source, checked on write


def _memo_key(store: TableStore, check: str, tables: list[str]) -> str | None:
    """What a check's result depends on: the fingerprints its tables were built from and the checks' version."""
    fps = [store.fingerprint(t) for t in tables]
    return None if None in fps else f"check:{check}:{check_version()}:" + "|".join(fps)


def _memoized(
    store: TableStore, check: str, tables: list[str], run: Callable[[], dg.AssetCheckResult]
) -> dg.AssetCheckResult:
    """Re-run a check only when one of its tables changed; an unchanged table keeps its passing result."""
    key = _memo_key(store, check, tables)
    if key is not None and store.fingerprint(f"_checks/{check}") == key:
        return dg.AssetCheckResult(passed=True, metadata={"unchanged": "tables unchanged since this check passed"})
    result = run()
    if result.passed and key is not None:
        store.set_fingerprint(f"_checks/{check}", key)
    return result


def note_validated(store: TableStore, table: str) -> None:
    """The table was validated against its model just before it was written (assets.publish): its schema
    check passes for this build without reading the table back."""
    if table in CHECKED_TABLES:
        key = _memo_key(store, f"{table}_schema_valid", [table])
        if key is not None:
            store.set_fingerprint(f"_checks/{table}_schema_valid", key)


def _schema_check(table: str):
    @dg.asset_check(
        asset=table,
        name=f"{table}_schema_valid",
        description=f"The stored {table} table validates against schemas.{table}.",
    )
    def _check(paths: PipelinePaths) -> dg.AssetCheckResult:
        store = paths.store()

        def run():
            df = store.read(table)
            try:
                validate(table, df, MODELS[table])
            except TableValidationError as exc:
                return dg.AssetCheckResult(
                    passed=False,
                    metadata={"failures": dg.MetadataValue.md(exc.failures.head(50).to_markdown(index=False))},
                )
            return dg.AssetCheckResult(passed=True, metadata={"rows": len(df)})

        return _memoized(store, f"{table}_schema_valid", [table], run)

    return _check


def _reference_check(table: str):
    referenced = referenced_tables(table)

    @dg.asset_check(
        asset=table,
        name=f"{table}_references_exist",
        additional_deps=referenced,
        description=f"Every id that {table} references exists in its table.",
    )
    def _check(paths: PipelinePaths) -> dg.AssetCheckResult:
        store = paths.store()

        def run():
            bad = dangling(store, table)
            return dg.AssetCheckResult(
                passed=not any(bad.values()), metadata={f"dangling {k}": v for k, v in bad.items()}
            )

        return _memoized(store, f"{table}_references_exist", [table, *referenced], run)

    return _check


ALL_CHECKS = [_schema_check(t) for t in CHECKED_TABLES] + [_reference_check(t) for t in REFERENCES]
