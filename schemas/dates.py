import pandera.pandas as pa
from pandera.typing import Series

from ._types import INT, PRECISIONS, STRING, TIMEX_VALUE_REGEX


class Dates(pa.DataFrameModel):
    """One row per temporal expression, normalised as TIMEX3 at the precision the text gives."""

    date_id: Series[STRING] = pa.Field(unique=True, description="`<doc_id>:t<start_char>`.")
    doc_id: Series[STRING] = pa.Field(description="`documents.doc_id`.")
    sentence_id: Series[STRING] = pa.Field(
        description="`sentences.sentence_id` of the sentence holding the expression."
    )
    text: Series[STRING] = pa.Field(description="The expression as written.")
    start_char: Series[INT] = pa.Field(ge=0, description="Start offset into `documents.text`.")
    end_char: Series[INT] = pa.Field(ge=1, description="End offset (exclusive) into `documents.text`.")
    type: Series[STRING] = pa.Field(isin=["DATE", "TIME", "DURATION", "SET"], description="TIMEX3 type.")
    value: Series[STRING] = pa.Field(
        nullable=True,
        str_matches=TIMEX_VALUE_REGEX,
        description="TIMEX3 value at its real precision: `2022`, `2022-09`, `2022-W36`, `2022-09-14`, "
        "`2022-09-14T14:00` (`Z`: UTC), parts of a day as in TimeML (`2022-09-14TNI`: night), weekends "
        "(`2022-W36-WE`), quarters (`2022-Q3`), durations (`P3Y`, `P2Y6M`, `PT3H30M`, `P1Q`), sets (`P1D` daily, "
        "`XXXX-WXX-4` every Thursday), references (`PRESENT_REF`); never a day invented for a year or a month. Null "
        "when the expression cannot be resolved (e.g. a relative date with no anchor).",
    )
    precision: Series[STRING] = pa.Field(nullable=True, isin=PRECISIONS, description="Granularity of `value`.")
    anchor: Series[STRING] = pa.Field(
        nullable=True,
        description="Date a relative expression was resolved against (TIMEX3 value); null for absolute expressions.",
    )
    anchor_source: Series[STRING] = pa.Field(
        nullable=True,
        isin=["publication_date", "narrative"],
        description="`publication_date`, or `narrative` (nearest preceding absolute date in the text, used when the "
        "article has no publication date); null when no anchor was needed or none was available.",
    )

    class Config:
        strict = True
        coerce = True
