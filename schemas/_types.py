"""Arrow-backed column types shared by the table models.

Every column is an Arrow dtype so that the Parquet schema is the same on every run
(no object columns whose type depends on the first value).
"""
import pandas as pd
import pyarrow as pa

STRING = pd.ArrowDtype(pa.string())
INT = pd.ArrowDtype(pa.int64())
FLOAT = pd.ArrowDtype(pa.float64())
BOOL = pd.ArrowDtype(pa.bool_())
DATE = pd.ArrowDtype(pa.date32())
STRING_LIST = pd.ArrowDtype(pa.list_(pa.string()))

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# TIMEX3-style values at their real precision: year, decade, month, ISO week, day,
# optionally with a time; durations and sets (P...), references (PRESENT_REF ...).
TIMEX_VALUE_REGEX = (
    r"^(\d{2,4}|\d{4}-\d{2}|\d{4}-W\d{2}|\d{4}-\d{2}-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?"
    r"|\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])|P(\d+|X)(\.\d+)?[YMWDHS]|PT(\d+|X)[HMS]|P(\d+|X)(DE|CE)"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-\d{2}(-\d{2})?)$"
)
