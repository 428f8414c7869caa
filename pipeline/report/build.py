"""The tables -> the report's data: counts, rankings, a network layout and evidence rows, as plain Python values
(lists and dicts of str, int, float), ready for charts and JSON. Pure functions of DataFrames (pandas, numpy).

Everything is aggregated here, so the page holds counts, not rows: only the evidence view carries rows, capped
(`ReportOptions.max_evidence_*`, the rows the charts link to always kept) and said so on the page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from schemas._types import PLOVER_TYPES

# The PLOVER quad classes: verbal/material x cooperation/conflict, as the PLOVER codebook heads each event type's
# section (Open Event Data Alliance, "PLOVER: Political Language Ontology for Verifiable Event Records", manual
# draft 0.8, 2021, github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex; its DEMAND is PLOVER 1.0's REQUEST, and
# ACCUSE took in the older DISAPPROVE and INVESTIGATE). CONCEDE is verbal: promised, not carried-out, concessions.
QUAD_TABLE: tuple[tuple[str, str], ...] = (
    ("AGREE", "verbal cooperation"),
    ("CONSULT", "verbal cooperation"),
    ("SUPPORT", "verbal cooperation"),
    ("CONCEDE", "verbal cooperation"),
    ("COOPERATE", "material cooperation"),
    ("AID", "material cooperation"),
    ("RETREAT", "material cooperation"),
    ("REQUEST", "verbal conflict"),
    ("ACCUSE", "verbal conflict"),
    ("REJECT", "verbal conflict"),
    ("THREATEN", "verbal conflict"),
    ("PROTEST", "material conflict"),
    ("SANCTION", "material conflict"),
    ("MOBILIZE", "material conflict"),
    ("COERCE", "material conflict"),
    ("ASSAULT", "material conflict"),
)
QUAD_CLASS: dict[str, str] = dict(QUAD_TABLE)
QUAD_CLASSES: tuple[str, ...] = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

# the tables the report reads and their columns (the asset reads no others: the documents' text stays on disk)
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id",
        "source",
        "path",
        "title",
        "url",
        "publication_date",
        "publication_date_issue",
        "duplicate_of",
        "duplicate_kind",
        "story_id",
    ),
    "rejects": ("source", "path", "reason"),
    "sentences": ("sentence_id", "doc_id", "start_char", "end_char", "text"),
    "dates": (
        "date_id",
        "doc_id",
        "sentence_id",
        "text",
        "start_char",
        "end_char",
        "type",
        "value",
        "precision",
        "anchor",
        "anchor_source",
    ),
    "actors": ("actor_id", "name", "type", "country"),
    "actor_mentions": ("doc_id", "sentence_id", "start_char", "end_char", "actor_id"),
    "quotes": (
        "quote_id",
        "doc_id",
        "sentence_id",
        "quote_group_id",
        "start_char",
        "end_char",
        "text",
        "speaker",
        "speaker_actor_id",
        "cue",
        "attribution",
        "is_fragment",
    ),
    "events": (
        "event_id",
        "doc_id",
        "sentence_id",
        "story_event_id",
        "event_type",
        "trigger_start",
        "trigger_end",
        "source_actor_id",
        "target_actor_id",
        "source_actor_ids",
        "target_actor_ids",
        "source_text",
        "target_text",
        "date",
        "source_country",
        "confidence",
        "modality",
        "is_claim",
        "negated",
        "type_source",
    ),
    "stories": (
        "story_id",
        "title",
        "first_publication_date",
        "last_publication_date",
        "n_documents",
        "n_canonical_documents",
        "n_sources",
        "sources",
        "main_actors",
    ),
    "story_events": (
        "story_event_id",
        "story_id",
        "event_type",
        "source_actor_ids",
        "target_actor_ids",
        "date",
        "n_mentions",
        "n_documents",
        "n_sources",
        "first_event_id",
        "first_doc_id",
    ),
}
INPUT_TABLES: tuple[str, ...] = tuple(COLUMNS)  # the asset's dependencies and its fingerprint's inputs

MENTIONS, STORY_EVENTS = "mentions", "story events"


@dataclass(frozen=True)
class ReportOptions:
    """How much the report shows. The evidence caps bound the file's size (about 0.3 kB per row)."""

    top_actors: int = 25
    top_edges: int = 30
    top_countries: int = 20
    top_speakers: int = 12
    quotes_per_speaker: int = 4
    top_stories: int = 10
    articles_per_story: int = 12
    events_per_story: int = 8
    max_evidence_events: int = 10_000
    max_evidence_quotes: int = 3_000
    max_evidence_dates: int = 3_000
    max_context_chars: int = 1_500


def quad_class(event_type: str) -> str:
    return QUAD_CLASS[event_type]


# ---------------------------------------------------------------------------
# small helpers: Arrow-backed or plain columns -> Python values


def _py(value: Any) -> Any:
    """A cell as a plain Python value (None for missing; numpy scalars unwrapped)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _ids(value: Any) -> list[str]:
    """A list cell (Arrow list, numpy array, list, or missing) as a list of str."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return []
    return [str(v) for v in value]


def _str(series: pd.Series) -> pd.Series:
    """A column as object dtype with None for missing."""
    out = series.astype(object)
    return out.where(series.notna(), None)


def days(values: pd.Series) -> pd.Series:
    """Dates or TIMEX values -> the day they name (datetime64), NaT when they name no single day (`2022-09` ...)."""
    text = values.astype("string")
    day = text.str.extract(r"^(\d{4}-\d{2}-\d{2})", expand=False)
    return pd.to_datetime(day.astype(object), errors="coerce", format="%Y-%m-%d")


def years(values: pd.Series) -> pd.Series:
    """Dates or TIMEX values -> the first day of the year they name (`1994`, `2003-03`, `2003-03-07`), NaT when
    they name no year (`XXXX-12`, `PRESENT_REF`)."""
    year = values.astype("string").str.extract(r"^(\d{4})(?!\d)", expand=False)
    return pd.to_datetime(year.astype(object), errors="coerce", format="%Y")


def publication_days(documents: pd.DataFrame) -> pd.Series:
    """doc_id -> publication day (NaT when undated)."""
    return pd.Series(days(documents["publication_date"]).to_numpy(), index=documents["doc_id"].astype(object))


def _published(doc_ids: pd.Series, documents: pd.DataFrame) -> pd.Series:
    """The publication day of each doc_id (NaT when undated), aligned to `doc_ids`."""
    pub = publication_days(documents).to_dict()
    return pd.Series([pub.get(d, pd.NaT) for d in doc_ids.astype(object)], index=doc_ids.index, dtype="datetime64[ns]")


def event_days(events: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """When each event happened, to the day: the event's own date when its sentence states a day, else the
    article's publication date; NaT when neither is known."""
    return days(events["date"]).fillna(_published(events["doc_id"], documents))


def story_event_days(story_events: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """When each story event happened: its date when a day, else the publication date of its first article."""
    return days(story_events["date"]).fillna(_published(story_events["first_doc_id"], documents))


def granularity(when: pd.Series) -> str:
    """The time unit of the timeline: from the span of the middle 90% of the dates (outliers do not coarsen it)."""
    known = when.dropna()
    if known.empty:
        return "day"
    span = (known.quantile(0.95) - known.quantile(0.05)).days
    if span <= 62:
        return "day"
    if span <= 2 * 365:
        return "week"
    if span <= 15 * 365:
        return "month"
    return "year"


def period_start(when: pd.Series, unit: str) -> pd.Series:
    """The first day of each date's period (`YYYY-MM-DD`; weeks start on Monday); None when unknown."""
    if unit == "week":
        start = when - pd.to_timedelta(when.dt.weekday, unit="D")
    elif unit == "month":
        start = when.dt.to_period("M").dt.start_time
    elif unit == "year":
        start = when.dt.to_period("Y").dt.start_time
    else:
        start = when
    return _str(start.dt.strftime("%Y-%m-%d"))


def _examples(df: pd.DataFrame, by: list[str], id_col: str = "event_id") -> pd.Series:
    """The most confident row's id per group (ties: the smallest id), indexed by the group keys."""
    order = df.sort_values(["confidence", id_col], ascending=[False, True], kind="stable")
    return order.drop_duplicates(by).set_index(by)[id_col]


# ---------------------------------------------------------------------------
# events over time, by type and quad class


def timeline(events: pd.DataFrame, story_events: pd.DataFrame, documents: pd.DataFrame) -> dict[str, Any]:
    """Events per period and PLOVER type, twice: every mention (event rows) and each story event once.

    The chart covers the articles' own period (their publication dates, a month either side): events dated
    further back or ahead (background: "independence in 1991") are counted apart, as are undated ones. A corpus
    with no dated article and no event dated to the day is charted by the years its events' sentences state."""
    ev_when = event_days(events, documents)
    se_when = story_event_days(story_events, documents)
    published = publication_days(documents).dropna()
    by_year = not len(published) and not (ev_when.notna().any() or se_when.notna().any())
    if by_year:  # no article dated and no event dated to the day: the years the events' sentences state
        ev_when, se_when = years(events["date"]), years(story_events["date"])
    if len(published):
        lo, hi = published.min() - pd.Timedelta(days=31), published.max() + pd.Timedelta(days=31)
    else:  # no article is dated: the events' own dates, all of them
        known = pd.concat([ev_when, se_when], ignore_index=True).dropna()
        lo, hi = (known.min(), known.max()) if len(known) else (pd.NaT, pd.NaT)
    inside_ev = ev_when.between(lo, hi) if not pd.isna(lo) else ev_when.notna()
    inside_se = se_when.between(lo, hi) if not pd.isna(lo) else se_when.notna()
    unit = "year" if by_year else granularity(pd.concat([ev_when[inside_ev], se_when[inside_se]], ignore_index=True))
    rows: list[dict[str, Any]] = []
    for measure, frame, when, inside in (
        (MENTIONS, events, ev_when, inside_ev),
        (STORY_EVENTS, story_events, se_when, inside_se),
    ):
        counts = (
            pd.DataFrame({"period": period_start(when[inside], unit), "event_type": _str(frame["event_type"][inside])})
            .dropna()
            .groupby(["period", "event_type"])
            .size()
        )
        for (period, event_type), n in counts.items():
            rows.append(
                {
                    "period": period,
                    "event_type": event_type,
                    "quad_class": quad_class(event_type),
                    "measure": measure,
                    "count": int(n),
                }
            )
    return {
        "unit": unit,
        "rows": rows,
        "dated_articles": int(len(published)),
        "window": [None if pd.isna(lo) else lo.strftime("%Y-%m-%d"), None if pd.isna(hi) else hi.strftime("%Y-%m-%d")],
        "undated_mentions": int(ev_when.isna().sum()),
        "undated_story_events": int(se_when.isna().sum()),
        "outside_mentions": int((ev_when.notna() & ~inside_ev).sum()),
        "outside_story_events": int((se_when.notna() & ~inside_se).sum()),
    }


def type_totals(events: pd.DataFrame) -> list[dict[str, Any]]:
    """Per PLOVER type (all 16, in codebook order): mentions, story events (distinct story_event_id), and the
    most confident mention as an example."""
    mentions = events.groupby("event_type").size()
    distinct = events.groupby("event_type")["story_event_id"].nunique()
    examples = _examples(events, ["event_type"]) if len(events) else pd.Series(dtype=object)
    return [
        {
            "event_type": t,
            "quad_class": quad_class(t),
            "mentions": int(mentions.get(t, 0)),
            "story_events": int(distinct.get(t, 0)),
            "example": _py(examples.get(t)),
        }
        for t in PLOVER_TYPES
    ]


def quad_totals(events: pd.DataFrame) -> list[dict[str, Any]]:
    """Per quad class: mentions and story events."""
    quad = events["event_type"].astype(object).map(QUAD_CLASS)
    mentions = quad.value_counts()
    distinct = events.assign(quad=quad).groupby("quad")["story_event_id"].nunique()
    return [
        {"quad_class": q, "mentions": int(mentions.get(q, 0)), "story_events": int(distinct.get(q, 0))}
        for q in QUAD_CLASSES
    ]


# ---------------------------------------------------------------------------
# the actor network


def _sides(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, source actor, target actor) of events with both sides named."""
    cols = ["event_id", "event_type", "story_event_id", "confidence", "source_actor_ids", "target_actor_ids"]
    pairs = events[cols].explode("source_actor_ids").explode("target_actor_ids")
    pairs = pairs.rename(columns={"source_actor_ids": "source", "target_actor_ids": "target"})
    pairs = pairs[pairs["source"].notna() & pairs["target"].notna()]
    return pairs[pairs["source"] != pairs["target"]].astype({"source": object, "target": object})


def actor_activity(events: pd.DataFrame) -> pd.Series:
    """Events each actor takes part in (as a source or a target), most active first (ties: by id)."""
    parts = []
    for col in ("source_actor_ids", "target_actor_ids"):
        side = events[["event_id", col]].explode(col).rename(columns={col: "actor_id"})
        parts.append(side[side["actor_id"].notna()].astype({"actor_id": object}))
    if not parts or all(p.empty for p in parts):
        return pd.Series(dtype="int64")
    both = pd.concat(parts, ignore_index=True).drop_duplicates()
    counts = both.groupby("actor_id").size()
    return counts.sort_index().sort_values(ascending=False, kind="stable")


def spring_layout(n: int, edges: Iterable[tuple[int, int, float]], iterations: int = 400) -> np.ndarray:
    """Positions in [0, 1]^2 for n nodes: a Fruchterman-Reingold spring layout (edges pull by the log of their
    weight, every pair pushes apart) with a pull to the centre that keeps actors with no edge on a ring around
    the rest. Started from a circle in the given order: deterministic, no random start."""
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.array([[0.5, 0.5]])
    angle = 2 * np.pi * np.arange(n) / n
    pos = np.column_stack([np.cos(angle), np.sin(angle)])
    weight = np.zeros((n, n))
    for i, j, w in edges:
        if i != j:
            weight[i, j] += w
            weight[j, i] += w
    weight = np.log1p(weight)
    k = 1.0 / np.sqrt(n)
    step = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        unit = delta / dist[..., None]
        push = (k * k / dist)[..., None] * unit
        pull = (weight * dist * dist / k)[..., None] * unit
        disp = (push - pull).sum(axis=1) - pos
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos = pos + disp / length[:, None] * np.minimum(length, step)[:, None]
        step = max(step * 0.985, 0.002)
    pos = pos - pos.min(axis=0)
    return pos / np.maximum(pos.max(axis=0), 1e-9)


def actor_network(
    events: pd.DataFrame, actors: pd.DataFrame, top_actors: int = 25, top_edges: int = 30
) -> dict[str, Any]:
    """The most active actors and the events between them: nodes with a layout, directed edges by pair (for
    the drawing) and by pair and type (for the table, each with its most confident event)."""
    activity = actor_activity(events).head(top_actors)
    info = actors.set_index(actors["actor_id"].astype(object))
    ids = list(activity.index)
    index = {a: i for i, a in enumerate(ids)}
    pairs = _sides(events)
    pairs = pairs[pairs["source"].isin(index) & pairs["target"].isin(index)]
    by_type = pairs.groupby(["source", "target", "event_type"]).agg(
        mentions=("event_id", "nunique"), story_events=("story_event_id", "nunique")
    )
    examples = _examples(pairs, ["source", "target", "event_type"]) if len(pairs) else pd.Series(dtype=object)
    by_pair = pairs.groupby(["source", "target"]).agg(
        mentions=("event_id", "nunique"), story_events=("story_event_id", "nunique")
    )
    pos = spring_layout(len(ids), [(index[s], index[t], float(r.mentions)) for (s, t), r in by_pair.iterrows()])

    def name(a: str) -> str:
        return str(info["name"].get(a, a))

    nodes = [
        {
            "actor_id": a,
            "name": name(a),
            "type": _py(info["type"].get(a)),
            "country": _py(info["country"].get(a)),
            "events": int(activity[a]),
            "x": round(float(pos[i, 0]), 4),
            "y": round(float(pos[i, 1]), 4),
        }
        for i, a in enumerate(ids)
    ]
    edges = []
    for (s, t), r in by_pair.iterrows():
        types = by_type.loc[(s, t)].sort_values("mentions", ascending=False, kind="stable")
        quads = types.groupby(types.index.map(QUAD_CLASS))["mentions"].sum().sort_values(ascending=False, kind="stable")
        edges.append(
            {
                "source": s,
                "target": t,
                "source_name": name(s),
                "target_name": name(t),
                "mentions": int(r.mentions),
                "story_events": int(r.story_events),
                "quad_class": str(quads.index[0]),
                "types": ", ".join(f"{k} {int(v)}" for k, v in types["mentions"].items()),
                "x": nodes[index[s]]["x"],
                "y": nodes[index[s]]["y"],
                "x2": nodes[index[t]]["x"],
                "y2": nodes[index[t]]["y"],
            }
        )
    table = by_type.reset_index().sort_values(
        ["mentions", "story_events", "source", "target", "event_type"],
        ascending=[False, False, True, True, True],
        kind="stable",
    )
    typed = [
        {
            "source_name": name(r.source),
            "target_name": name(r.target),
            "event_type": r.event_type,
            "quad_class": quad_class(r.event_type),
            "mentions": int(r.mentions),
            "story_events": int(r.story_events),
            "example": _py(examples.get((r.source, r.target, r.event_type))),
        }
        for r in table.head(top_edges).itertuples()
    ]
    return {"nodes": nodes, "edges": edges, "typed_edges": typed}


# ---------------------------------------------------------------------------
# countries


def target_countries(events: pd.DataFrame, actors: pd.DataFrame) -> pd.Series:
    """The country of each event's first target actor (events carry the source's: `source_country`)."""
    country = actors.set_index(actors["actor_id"].astype(object))["country"]
    return _str(events["target_actor_id"].astype(object).map(country))


def country_name(code: str) -> str:
    from pipeline.stages.lexicon import country_display_name

    return country_display_name(code)


def countries(events: pd.DataFrame, actors: pd.DataFrame, top: int = 20) -> dict[str, Any]:
    """Events by the country of their source and of their target, ranked: mentions, story events, an example."""
    out: dict[str, Any] = {}
    for side, column in (("source", _str(events["source_country"])), ("target", target_countries(events, actors))):
        frame = events.assign(country=column)
        known = frame[frame["country"].notna()]
        grouped = known.groupby("country").agg(
            mentions=("event_id", "size"), story_events=("story_event_id", "nunique")
        )
        grouped = grouped.sort_index().sort_values(["mentions", "story_events"], ascending=False, kind="stable")
        examples = _examples(known, ["country"]) if len(known) else pd.Series(dtype=object)
        out[side] = [
            {
                "country": code,
                "name": country_name(code),
                "mentions": int(r.mentions),
                "story_events": int(r.story_events),
                "example": _py(examples.get(code)),
            }
            for code, r in grouped.head(top).iterrows()
        ]
        out[f"{side}_unknown"] = int(len(frame) - len(known))
        out[f"{side}_countries"] = int(len(grouped))
    return out


# ---------------------------------------------------------------------------
# quotes


def _doc_table(documents: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """doc_id -> what the report shows of a document: title (else its path), source, date, URL."""
    return {
        d: {"title": title or path, "source": source, "date": date, "url": url}
        for d, title, path, source, date, url in zip(
            documents["doc_id"].astype(object),
            _str(documents["title"]),
            _str(documents["path"]),
            _str(documents["source"]),
            _str(documents["publication_date"].astype("string")),
            _str(documents["url"]),
        )
    }


def _doc_ref(info: Mapping[str, dict[str, Any]], doc_id: str) -> dict[str, Any]:
    row = info[doc_id]
    return {"doc_id": doc_id, "title": row["title"], "source": row["source"], "date": row["date"]}


def top_speakers(
    quotes: pd.DataFrame, actors: pd.DataFrame, documents: pd.DataFrame, top: int = 12, per_speaker: int = 4
) -> list[dict[str, Any]]:
    """The most quoted speakers (statements, not fragments; each quotation once across articles) and a few of
    their quotations, the most repeated first."""
    q = quotes[~quotes["is_fragment"].astype(bool) & quotes["speaker"].notna()].copy()
    if q.empty:
        return []
    info = actors.set_index(actors["actor_id"].astype(object))
    q["key"] = _str(q["speaker_actor_id"]).fillna("=" + q["speaker"].astype(object).str.lower())
    q["repeats"] = q.groupby("quote_group_id")["quote_id"].transform("size")
    q["length"] = q["text"].astype(object).str.len()
    grouped = q.groupby("key").agg(
        quotations=("quote_group_id", "nunique"), quotes=("quote_id", "size"), documents=("doc_id", "nunique")
    )
    grouped = grouped.sort_index().sort_values(["quotations", "quotes"], ascending=False, kind="stable").head(top)
    docs = _doc_table(documents)
    out = []
    for key, r in grouped.iterrows():
        mine = q[q["key"] == key]
        actor_id = None if key.startswith("=") else key
        name = str(info["name"].get(actor_id)) if actor_id in info.index else str(mine["speaker"].iloc[0])
        picked = (
            mine.sort_values(["repeats", "length", "quote_id"], ascending=[False, False, True], kind="stable")
            .drop_duplicates("quote_group_id")
            .head(per_speaker)
        )
        out.append(
            {
                "speaker": name,
                "actor_id": actor_id,
                "country": _py(info["country"].get(actor_id)) if actor_id else None,
                "quotations": int(r.quotations),
                "quotes": int(r.quotes),
                "documents": int(r.documents),
                "items": [
                    {
                        "quote_id": p.quote_id,
                        "text": _clip(str(p.text), 400),
                        "repeats": int(p.repeats),
                        **_doc_ref(docs, p.doc_id),
                    }
                    for p in picked.itertuples()
                ],
            }
        )
    return out


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# ---------------------------------------------------------------------------
# stories


def _names(ids: list[str], names: Mapping[str, str]) -> str:
    return " and ".join(names.get(a, a) for a in ids)


def largest_stories(
    stories: pd.DataFrame,
    documents: pd.DataFrame,
    story_events: pd.DataFrame,
    actors: pd.DataFrame,
    options: ReportOptions = ReportOptions(),
) -> list[dict[str, Any]]:
    """The largest stories (distinct articles, then sources, then story events) with their articles, sources,
    event types and most reported events."""
    if stories.empty:
        return []
    se_count = story_events.groupby("story_id").size()
    s = stories.assign(n_story_events=stories["story_id"].astype(object).map(se_count).fillna(0).astype(int))
    s = s.sort_values(
        ["n_canonical_documents", "n_sources", "n_story_events", "story_id"],
        ascending=[False, False, False, True],
        kind="stable",
    ).head(options.top_stories)
    names = dict(zip(actors["actor_id"].astype(object), actors["name"].astype(object)))
    docs = documents.assign(day=documents["publication_date"].astype("string"))
    out = []
    for r in s.itertuples():
        mine = docs[docs["story_id"] == r.story_id].sort_values(["day", "doc_id"], na_position="last", kind="stable")
        events = story_events[story_events["story_id"] == r.story_id]
        top = events.sort_values(
            ["n_documents", "n_mentions", "story_event_id"], ascending=[False, False, True], kind="stable"
        ).head(options.events_per_story)
        out.append(
            {
                "story_id": r.story_id,
                "title": _py(r.title),
                "first_date": _py(None if pd.isna(r.first_publication_date) else str(r.first_publication_date)),
                "last_date": _py(None if pd.isna(r.last_publication_date) else str(r.last_publication_date)),
                "n_documents": int(r.n_documents),
                "n_canonical_documents": int(r.n_canonical_documents),
                "n_sources": int(r.n_sources),
                "sources": _ids(r.sources),
                "main_actors": _ids(r.main_actors),
                "n_story_events": int(r.n_story_events),
                "types": [[t, int(n)] for t, n in events["event_type"].value_counts().sort_index().items()],
                "articles": [
                    {
                        "doc_id": d.doc_id,
                        "title": _py(d.title) or d.path,
                        "source": d.source,
                        "date": _py(d.day),
                        "duplicate": _py(d.duplicate_kind),
                    }
                    for d in mine.head(options.articles_per_story).itertuples()
                ],
                "more_articles": max(0, len(mine) - options.articles_per_story),
                "events": [
                    {
                        "event_type": e.event_type,
                        "quad_class": quad_class(e.event_type),
                        "source": _names(_ids(e.source_actor_ids), names),
                        "target": _names(_ids(e.target_actor_ids), names),
                        "date": _py(e.date),
                        "n_mentions": int(e.n_mentions),
                        "n_documents": int(e.n_documents),
                        "n_sources": int(e.n_sources),
                        "example": e.first_event_id,
                    }
                    for e in top.itertuples()
                ],
            }
        )
    return out


# ---------------------------------------------------------------------------
# data quality


def data_quality(
    documents: pd.DataFrame, rejects: pd.DataFrame, dates: pd.DataFrame, events: pd.DataFrame
) -> dict[str, Any]:
    """What went in and what could not be used: inputs, rejects by reason, duplicates, undated articles,
    unanchored dates, events without a side."""
    duplicate = documents["duplicate_of"].notna()
    canonical = documents[~duplicate]
    reasons = rejects.groupby("reason").agg(count=("path", "size"), examples=("path", lambda p: list(p.head(3))))
    reasons = reasons.sort_index().sort_values("count", ascending=False, kind="stable")
    per_source = pd.DataFrame(
        {
            "documents": documents.groupby("source").size(),
            "duplicates": documents[duplicate].groupby("source").size(),
            "undated": canonical[canonical["publication_date"].isna()].groupby("source").size(),
            "rejects": rejects.groupby("source").size(),
        }
    ).fillna(0)
    value = dates["value"].notna()
    anchor = _str(dates["anchor_source"])
    no_side = events["source_actor_ids"].map(len) == 0 if len(events) else pd.Series(dtype=bool)
    return {
        "inputs": int(len(documents) + len(rejects)),
        "documents": int(len(documents)),
        "canonical": int(len(canonical)),
        "duplicates": int(duplicate.sum()),
        "duplicate_kinds": {str(k): int(v) for k, v in documents["duplicate_kind"].value_counts().sort_index().items()},
        "rejects": int(len(rejects)),
        "reasons": [
            {"reason": str(k), "count": int(r["count"]), "examples": [str(p) for p in r["examples"]]}
            for k, r in reasons.iterrows()
        ],
        "sources": [
            {"source": str(k), **{c: int(v) for c, v in r.items()}, "inputs": int(r["documents"] + r["rejects"])}
            for k, r in per_source.sort_index().iterrows()
        ],
        "undated": int(canonical["publication_date"].isna().sum()),
        "unreadable_dates": int(documents["publication_date_issue"].notna().sum()),
        "dates": {
            "total": int(len(dates)),
            "resolved": int(value.sum()),
            "unresolved": int((~value).sum()),
            "anchored_publication": int((anchor == "publication_date").sum()),
            "anchored_narrative": int((anchor == "narrative").sum()),
            "precisions": {str(k): int(v) for k, v in dates["precision"].value_counts().sort_index().items()},
        },
        "events": {
            "total": int(len(events)),
            "story_events": int(events["story_event_id"].nunique()),
            "no_source_actor": int(no_side.sum()),
            "no_target": int((events["target_actor_ids"].map(len) == 0).sum()) if len(events) else 0,
            "claims": int(events["is_claim"].astype(bool).sum()),
            "negated": int(events["negated"].astype(bool).sum()),
            "low_confidence": int((events["confidence"].astype(float) < 0.5).sum()),
            "typed_by_coder": int((events["type_source"] == "coder").sum()),
        },
    }


def figures(tables: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """The key figures: rows of each table (and each event once)."""
    events = tables["events"]
    return {
        "documents": len(tables["documents"]),
        "rejects": len(tables["rejects"]),
        "events": len(events),
        "story_events": int(events["story_event_id"].nunique()),
        "stories": len(tables["stories"]),
        "actors": len(tables["actors"]),
        "quotes": len(tables["quotes"]),
        "dates": len(tables["dates"]),
        "sentences": len(tables["sentences"]),
    }


# ---------------------------------------------------------------------------
# the evidence view: every event, quote and date with its sentence and the spans to highlight


class _Texts:
    """Context texts, each stored once (several events share a sentence)."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[tuple[str, int, int], int] = {}

    def add(self, doc_id: str, start: int, end: int, text: str) -> int:
        key = (doc_id, start, end)
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(text)
        return self.index[key]


def _span(start: int, end: int, length: int, kind: str) -> list[Any] | None:
    start, end = max(0, start), min(length, end)
    return [start, end, kind] if end > start else None


@functools.lru_cache(maxsize=4096)
def _word(needle: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")


def _find(text: str, needle: str | None, near: int, avoid: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The whole-word occurrence of `needle` in `text` nearest to `near` (outside `avoid`), or None."""
    if not needle:
        return None
    best = None
    for m in _word(needle).finditer(text):
        if avoid is None or m.end() <= avoid[0] or m.start() >= avoid[1]:
            if best is None or abs(m.start() - near) < abs(best[0] - near):
                best = (m.start(), m.end())
    return best


def _select(ids: pd.Series, rank: list[pd.Series], ascending: list[bool], linked: set[str], cap: int) -> pd.Index:
    """Row labels to embed: linked rows first, then by the rank columns (then id); at most `cap`."""
    frame = pd.DataFrame({"id": ids.astype(object), "unlinked": ~ids.astype(object).isin(linked)})
    for i, col in enumerate(rank):
        frame[f"r{i}"] = col
    frame = frame.sort_values(
        ["unlinked", *[f"r{i}" for i in range(len(rank))], "id"],
        ascending=[True, *ascending, True],
        kind="stable",
        na_position="last",
    )
    return frame.index[:cap]


def _spans_by(frame: pd.DataFrame, key: str) -> dict[Any, list[tuple[int, int, str]]]:
    """actor_mentions grouped by `key` (sentence_id or doc_id): (start, end, actor_id) each."""
    out: dict[Any, list[tuple[int, int, str]]] = {}
    for k, start, end, actor in zip(
        frame[key].astype(object),
        frame["start_char"].astype(int),
        frame["end_char"].astype(int),
        frame["actor_id"].astype(object),
    ):
        out.setdefault(k, []).append((start, end, actor))
    return out


def evidence(
    tables: Mapping[str, pd.DataFrame], linked: set[str], options: ReportOptions = ReportOptions()
) -> dict[str, Any]:
    """Rows for the evidence view: events (linked first, then each story event's first mention, then the rest,
    most confident first), quotes (linked, then statements, latest first) and dates (latest first), each with
    its sentence (a quote: from its sentence to the end of the sentence where it ends), the spans to highlight
    (offsets into that text) and its document. Ordered by the document's date (latest first), then position."""
    documents, sentences, actors = tables["documents"], tables["sentences"], tables["actors"]
    events, quotes, dates = tables["events"], tables["quotes"], tables["dates"]
    info = _doc_table(documents)
    pub = publication_days(documents)
    pub_iso = {d: (None if pd.isna(day) else day.strftime("%Y-%m-%d")) for d, day in pub.items()}
    pub_order = {d: -(day.toordinal() if not pd.isna(day) else 0) for d, day in pub.items()}
    names = dict(zip(actors["actor_id"].astype(object), actors["name"].astype(object)))
    country = dict(zip(actors["actor_id"].astype(object), _str(actors["country"])))
    texts = _Texts()
    doc_index: dict[str, int] = {}
    keyed: list[tuple[tuple, dict[str, Any]]] = []
    kind_order = {"e": 0, "q": 1, "t": 2}

    def add(row: dict[str, Any], doc_id: str, offset: int) -> None:
        if doc_id not in doc_index:
            doc_index[doc_id] = len(doc_index)
        row["d"] = doc_index[doc_id]
        keyed.append(((pub_order.get(doc_id, 0), doc_id, offset, kind_order[row["k"]]), row))

    def iso(day: Any) -> str | None:
        return None if pd.isna(day) else day.strftime("%Y-%m-%d")

    # what to embed: linked rows first, then events that are a story event's first mention, the most confident
    # first; quotes that are statements, the latest first; the latest dates
    firsts = set(tables["story_events"]["first_event_id"].astype(object))
    ev = events.loc[
        _select(
            events["event_id"],
            [events["event_id"].astype(object).isin(firsts), events["confidence"].astype(float)],
            [False, False],
            linked,
            options.max_evidence_events,
        )
    ]
    qs = quotes.loc[
        _select(
            quotes["quote_id"],
            [quotes["is_fragment"].astype(bool), quotes["doc_id"].astype(object).map(pub_order)],
            [True, True],
            linked,
            options.max_evidence_quotes,
        )
    ]
    ds = dates.loc[
        _select(
            dates["date_id"],
            [dates["doc_id"].astype(object).map(pub_order)],
            [True],
            linked,
            options.max_evidence_dates,
        )
    ]
    used = list(
        {*ev["sentence_id"].astype(object), *qs["sentence_id"].astype(object), *ds["sentence_id"].astype(object)}
    )
    sents = sentences[sentences["sentence_id"].isin(used)]
    sent_start = dict(zip(sents["sentence_id"].astype(object), sents["start_char"].astype(int)))
    sent_text = dict(zip(sents["sentence_id"].astype(object), sents["text"].astype(object)))
    mentions = tables["actor_mentions"]
    in_sentence = _spans_by(mentions[mentions["sentence_id"].isin(list(set(ev["sentence_id"])))], "sentence_id")

    # events
    for e, when in zip(ev.itertuples(), event_days(ev, documents)):
        base, text = sent_start[e.sentence_id], sent_text[e.sentence_id]
        trig = (int(e.trigger_start) - base, int(e.trigger_end) - base)
        spans = [_span(*trig, len(text), "trigger")]
        sources, targets = _ids(e.source_actor_ids), _ids(e.target_actor_ids)
        for kind, ids, written in (("source", sources, _py(e.source_text)), ("target", targets, _py(e.target_text))):
            found = [
                _span(a - base, b - base, len(text), kind)
                for a, b, actor in in_sentence.get(e.sentence_id, [])
                if actor in ids
            ]
            if not any(found):
                hit = _find(text, written, trig[0], trig)
                found = [_span(*hit, len(text), kind)] if hit else []
            spans += found
        row = {
            "k": "e",
            "id": e.event_id,
            "t": texts.add(e.doc_id, base, base + len(text), text),
            "h": [sp for sp in spans if sp],
            "ty": e.event_type,
            "q": quad_class(e.event_type),
            "s": _names(sources, names) or _py(e.source_text),
            "g": _names(targets, names) or _py(e.target_text),
            "sc": _py(e.source_country),
            "tc": country.get(targets[0]) if targets else None,
            "dt": iso(when),
            "v": _py(e.date),
            "c": round(float(e.confidence), 3),
            "m": e.modality,
            "f": [flag for flag, on in (("claim", e.is_claim), ("negated", e.negated)) if bool(on)],
            "se": e.story_event_id,
        }
        add(row, e.doc_id, int(e.trigger_start))

    # quotes: the text from the quote's sentence to the end of the sentence it ends in, put together from the
    # sentences (what lies between two sentences, whitespace, as as many spaces: offsets stay the document's)
    quoted = list(set(qs["doc_id"].astype(object)))
    bounds = sentences[sentences["doc_id"].isin(quoted)].sort_values(["doc_id", "start_char"], kind="stable")
    b_id = bounds["sentence_id"].astype(object).to_numpy()
    b_doc = bounds["doc_id"].astype(object).to_numpy()
    b_start = bounds["start_char"].astype(int).to_numpy()
    b_text = bounds["text"].astype(object).to_numpy()
    position = {sid: i for i, sid in enumerate(b_id)}
    after = {d: i + 1 for i, d in enumerate(b_doc)}
    in_doc = _spans_by(mentions[mentions["doc_id"].isin(quoted)], "doc_id")
    for q in qs.itertuples():
        start, end = int(q.start_char), int(q.end_char)
        first = position.get(q.sentence_id)
        if first is None:  # no sentence: the quote alone
            base, text = start, " " * (end - start)
        else:
            last = first + max(int(np.searchsorted(b_start[first : after[q.doc_id]], end - 1, side="right")) - 1, 0)
            base = cursor = int(b_start[first])
            pieces = []
            for i in range(first, last + 1):
                pieces += [" " * (int(b_start[i]) - cursor), b_text[i]]
                cursor = int(b_start[i]) + len(b_text[i])
            text = "".join(pieces) + " " * max(0, end - cursor)
        text = text[: options.max_context_chars]
        stop = base + len(text)
        quote = (start - base, end - base)
        spans = [_span(*quote, len(text), "quote")]
        speaker = None
        if _py(q.speaker_actor_id):
            near = [
                (a - base, b - base)
                for a, b, actor in in_doc.get(q.doc_id, [])
                if actor == q.speaker_actor_id and a >= base and b <= stop and (b <= start or a >= end)
            ]
            if near:
                speaker = min(near, key=lambda sp: min(abs(sp[0] - quote[1]), abs(sp[1] - quote[0])))
        speaker = speaker or _find(text, _py(q.speaker), quote[1], quote)
        if speaker:
            spans.append(_span(*speaker, len(text), "speaker"))
        cue = _py(q.cue)
        hit = _find(text, cue, quote[1], quote) if cue and "..." not in cue else None
        if hit:
            spans.append(_span(*hit, len(text), "cue"))
        row = {
            "k": "q",
            "id": q.quote_id,
            "t": texts.add(q.doc_id, base, stop, text),
            "h": [sp for sp in spans if sp],
            "s": _py(q.speaker) or (names.get(q.speaker_actor_id) if _py(q.speaker_actor_id) else None),
            "sc": country.get(q.speaker_actor_id) if _py(q.speaker_actor_id) else None,
            "dt": pub_iso.get(q.doc_id),
            "f": ["fragment"] if bool(q.is_fragment) else [],
            "a": q.attribution,
        }
        add(row, q.doc_id, start)

    # dates
    for t in ds.itertuples():
        base, text = sent_start[t.sentence_id], sent_text[t.sentence_id]
        row = {
            "k": "t",
            "id": t.date_id,
            "t": texts.add(t.doc_id, base, base + len(text), text),
            "h": [sp for sp in [_span(int(t.start_char) - base, int(t.end_char) - base, len(text), "date")] if sp],
            "ty": t.type,
            "v": _py(t.value),
            "p": _py(t.precision),
            "an": _py(t.anchor),
            "as": _py(t.anchor_source),
            "dt": pub_iso.get(t.doc_id),
        }
        add(row, t.doc_id, int(t.start_char))

    keyed.sort(key=lambda kr: kr[0])
    rows = [r for _, r in keyed]
    docs: list[dict[str, Any]] = [{}] * len(doc_index)
    for doc_id, i in doc_index.items():
        docs[i] = {"doc_id": doc_id, **info[doc_id]}
    codes = sorted({c for r in rows for c in (r.get("sc"), r.get("tc")) if c})
    return {
        "docs": docs,
        "texts": texts.items,
        "rows": rows,
        "countries": [[c, country_name(c)] for c in codes],
        "counts": {
            "events": [sum(r["k"] == "e" for r in rows), len(events)],
            "quotes": [sum(r["k"] == "q" for r in rows), len(quotes)],
            "dates": [sum(r["k"] == "t" for r in rows), len(dates)],
        },
    }


# ---------------------------------------------------------------------------


def build_report(
    tables: Mapping[str, pd.DataFrame], options: ReportOptions = ReportOptions(), run: dict | None = None
) -> dict[str, Any]:
    """Everything the page shows, from the tables (`INPUT_TABLES`) and the run's figures when known."""
    events, actors, documents = tables["events"], tables["actors"], tables["documents"]
    network = actor_network(events, actors, options.top_actors, options.top_edges)
    by_country = countries(events, actors, options.top_countries)
    speakers = top_speakers(tables["quotes"], actors, documents, options.top_speakers, options.quotes_per_speaker)
    stories = largest_stories(tables["stories"], documents, tables["story_events"], actors, options)
    types = type_totals(events)
    linked = (
        {t["example"] for t in types if t["example"]}
        | {e["example"] for e in network["typed_edges"] if e["example"]}
        | {c["example"] for side in ("source", "target") for c in by_country[side] if c["example"]}
        | {e["example"] for s in stories for e in s["events"]}
        | {i["quote_id"] for s in speakers for i in s["items"]}
    )
    return {
        "figures": figures(tables),
        "timeline": timeline(events, tables["story_events"], documents),
        "types": types,
        "quads": quad_totals(events),
        "network": network,
        "countries": by_country,
        "speakers": speakers,
        "stories": stories,
        "quality": data_quality(documents, tables["rejects"], tables["dates"], events),
        "evidence": evidence(tables, linked, options),
        "run": run or {},
        "options": dict(options.__dict__),
    }
