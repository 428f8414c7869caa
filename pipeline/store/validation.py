"""Build a table from rows and validate it against its pandera model before anything is written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import pandera.pandas as pa


# Per-document tables: a document whose rows break the table's contract is withheld from it (quarantined) and the
# run goes on (validate_documents, below). A table also withholds the documents quarantined by the
# per-document tables its rows point into, so no sentence_id and no mention dangles.
WITHHOLDS_AFTER = {
    "sentences": [],
    "dates": ["sentences"],
    "actor_mentions": ["sentences"],
    "quotes": ["sentences", "actor_mentions"],
    "events": ["sentences", "actor_mentions"],
}


class TableValidationError(Exception):
    def __init__(self, table: str, failures: pd.DataFrame):
        self.table = table
        self.failures = failures
        super().__init__(f"{table}: {len(failures)} schema failure(s)\n{failures.head(20).to_string()}")


def frame(rows: list[dict], model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """A DataFrame with exactly the model's columns, in its order, even when there are no rows."""
    columns = list(model.to_schema().columns)
    df = pd.DataFrame(rows, columns=columns)
    return df


def validate(table: str, df: pd.DataFrame, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    import pandera.errors

    try:
        return model.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        raise TableValidationError(table, exc.failure_cases) from exc


@dataclass(frozen=True)
class Quarantine:
    """The documents withheld from one table: doc_id -> why (the failing column, check and value)."""

    table: str
    reasons: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.reasons)

    def note(self) -> str:
        """One line for the run summary."""
        n, why = len(self.reasons), sorted(set(self.reasons.values()))
        shown = "; ".join(why[:3]) + ("; ..." if len(why) > 3 else "")
        return f"{n} document{'s' * (n != 1)} quarantined, their rows withheld ({shown})"


def _reason(row: pd.Series) -> str:
    value = str(row["failure_case"])
    return f"{row['column']}: {row['check']} (value {value[:40]!r})"


def validate_documents(
    table: str,
    df: pd.DataFrame,
    model: type[pa.DataFrameModel],
    withheld: Mapping[str, str] | None = None,
    max_share: float = 0.05,
) -> tuple[pd.DataFrame, Quarantine]:
    """Validate a per-document table, withholding the rows of the documents that break it instead of failing it.

    A rule's bug met on one new document (two mentions claiming one id, a span past the text's end) must not stop
    the run: the rows of every document with a failing row are dropped, the rest is validated again and returned,
    and the Quarantine names each withheld document and why. `withheld` (doc_id -> reason) are documents already
    quarantined by a table this one references: their rows are dropped first, so no reference dangles.

    Still a TableValidationError: a failure no row can be blamed for (a column's type, a missing column), a table
    without doc_id, or more than `max_share` of the table's documents failing (and at least two): that is a bug in
    a rule or a schema, not in some documents, and the table fails as before, with nothing written."""
    reasons = {d: r for d, r in (withheld or {}).items()}
    df = df.reset_index(drop=True)  # failure_cases give row labels: positions from here on
    if reasons and "doc_id" in df.columns:
        df = df[~df["doc_id"].isin(reasons.keys())].reset_index(drop=True)
    try:
        return validate(table, df, model), Quarantine(table, reasons)
    except TableValidationError as exc:
        failures = exc.failures
        if "doc_id" not in df.columns or failures["index"].isna().any():
            raise
        failing = failures.assign(doc_id=df["doc_id"].to_numpy()[failures["index"].astype(int).to_numpy()])
        if failing["doc_id"].isna().any():
            raise  # a row of no document: nothing to withhold it with
        bad = failing.drop_duplicates("doc_id").set_index("doc_id")
        n_docs = df["doc_id"].nunique()
        if len(bad) > max(1, max_share * n_docs):
            raise
        reasons |= {doc: _reason(row) for doc, row in bad.iterrows()}
        kept = df[~df["doc_id"].isin(bad.index)].reset_index(drop=True)
        return validate(table, kept, model), Quarantine(table, reasons)


def column_docs(model: type[pa.DataFrameModel]) -> dict[str, str]:
    return {name: (col.description or "") for name, col in model.to_schema().columns.items()}
