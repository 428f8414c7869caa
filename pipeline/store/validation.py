"""Build a table from rows and validate it against its pandera model before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import pandera.pandas as pa


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


def column_docs(model: type[pa.DataFrameModel]) -> dict[str, str]:
    return {name: (col.description or "") for name, col in model.to_schema().columns.items()}
