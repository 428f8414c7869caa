"""Asset checks shown in the UI: each table still matches its contract, every reference resolves, and every char
span slices `documents.text` to the text its row claims."""

from collections.abc import Callable

import dagster as dg

from pipeline.store.integrity import REFERENCES, SPANS, dangling, referenced_tables, span_report
from pipeline.store.storage import TableStore
from pipeline.store.validation import WITHHOLDS_AFTER, TableValidationError, validate
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


def _short(value: object, limit: int = 80) -> object:
    return value[:limit] + "…" if isinstance(value, str) and len(value) > limit else value


def _span_check(table: str):
    spec = SPANS[table]
    inputs = [table, "documents"] + (["sentences"] if spec.in_sentence else [])
    in_sentence = f"; {spec.in_sentence} lies in its sentence" if spec.in_sentence else ""

    @dg.asset_check(
        asset=table,
        name=f"{table}_spans_match_text",
        additional_deps=inputs[1:],
        description=f"Every {spec.start}:{spec.end} of {table} lies in documents.text and slices it to the row's "
        f"{spec.text}{in_sentence}.",
    )
    def _check(paths: PipelinePaths) -> dg.AssetCheckResult:
        store = paths.store()

        def run():
            report = span_report(store, table)
            metadata: dict = {"rows": report.rows, **report.counts}
            if report.examples is not None:
                shown = report.examples.apply(lambda column: column.map(_short))
                metadata["first failures"] = dg.MetadataValue.md(shown.to_markdown(index=False))
            return dg.AssetCheckResult(passed=report.passed, metadata=metadata)

        return _memoized(store, f"{table}_spans_match_text", inputs, run)

    return _check


def _quarantine_check(table: str):
    @dg.asset_check(
        asset=table,
        name=f"{table}_no_quarantined_documents",
        description=f"No document's rows were withheld from {table} for breaking its schema (a warning: the run "
        "went on without them; the metadata names each document and the failing value).",
    )
    def _check(paths: PipelinePaths) -> dg.AssetCheckResult:
        held = paths.store().quarantined(table)
        return dg.AssetCheckResult(
            passed=not held,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"quarantined documents": dg.MetadataValue.json(held), "count": len(held)},
        )

    return _check


ALL_CHECKS = (
    [_schema_check(t) for t in CHECKED_TABLES]
    + [_reference_check(t) for t in REFERENCES]
    + [_span_check(t) for t in SPANS]
    + [_quarantine_check(t) for t in WITHHOLDS_AFTER]
)
