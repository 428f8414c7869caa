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
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# TIMEX3-style values at their real precision: century, decade, year, quarter, half, season, month, ISO week
# (and its weekend), day, optionally with a time of day (UTC: Z) or a part of the day; unspecified parts as X
# (XXXX-WXX-4, a set on Thursdays); durations and set periods (P3Y, P2Y6M, P1Q, PT3H30M, P2DE); references.
_DUR_UNITS = r"(?:\d+|X)(?:\.\d+)?(?:DE|CE|WE|Y|Q|M|W|D)"
_TIME_UNITS = r"(?:\d+|X)(?:\.\d+)?[HMS]"
TIMEX_VALUE_REGEX = (
    r"^(?:(?:\d{2,4}|XXXX)"
    r"(?:-(?:\d{2}|XX|W\d{2}|WXX|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:\d{2}|XX|WE|[1-7]))?)?"
    r"(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI)Z?)?"
    r"|P(?:" + _DUR_UNITS + r")+(?:T(?:" + _TIME_UNITS + r")+)?|PT(?:" + _TIME_UNITS + r")+"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)
PRECISIONS = [
    "century",
    "decade",
    "year",
    "quarter",
    "season",
    "month",
    "week",
    "day",
    "time",
    "duration",
    "set",
    "reference",
]
