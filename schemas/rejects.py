import pandera.pandas as pa
from pandera.typing import Series

from ._types import STRING


class Rejects(pa.DataFrameModel):
    """One row per input file or JSON Lines record that could not become a document."""

    source: Series[STRING] = pa.Field(description="Source folder under the raw dir.")
    path: Series[STRING] = pa.Field(description="Same form as `documents.path`.")
    reason: Series[STRING] = pa.Field(
        description="Short machine-friendly reason code, e.g. `empty`, `binary`, `invalid_json`, `missing_text`, "
        "`unsupported_extension`, `boilerplate_only`, `symlink_outside_raw`; `too_long`: the text after cleaning is "
        "longer than `ingest.max_chars` (5,000,000 characters by default), rejected whole, never cut."
    )
    detail: Series[STRING] = pa.Field(nullable=True, description="Human-readable explanation.")

    class Config:
        strict = True
        coerce = True
