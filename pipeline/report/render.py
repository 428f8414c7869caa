"""The report's data (pipeline.report.build) -> Vega-Lite charts (Altair), one self-contained HTML page (Jinja2,
template.html.j2) and a PNG thumbnail (vl-convert).

The page needs no network: the Vega, Vega-Lite and vega-embed scripts are inlined from vl-convert's bundle
(made once per vl-convert version and kept in a cache folder), the charts' data are inlined in their specs,
and the evidence rows are inlined as JSON. Every text from the articles reaches the page escaped: through
Jinja2's autoescaping, through its `tojson` filter (which escapes <, >, & and ') inside script blocks, or
through the DOM's textContent in the page's own script.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import math
from pathlib import Path
from typing import Any

from pipeline.report.build import MENTIONS, QUAD_CLASS, QUAD_CLASSES, STORY_EVENTS

TEMPLATE = "template.html.j2"

# colours: cooperation blue (verbal) and green (material), conflict orange (verbal) and red (material)
QUAD_COLOURS = {
    "verbal cooperation": "#3b82c4",
    "material cooperation": "#2f9e5b",
    "verbal conflict": "#f08c2e",
    "material conflict": "#c8372d",
}
TYPE_COLOURS = {
    "AGREE": "#9ecae1",
    "CONSULT": "#6baed6",
    "SUPPORT": "#3182bd",
    "CONCEDE": "#08519c",
    "COOPERATE": "#74c476",
    "AID": "#31a354",
    "RETREAT": "#006d2c",
    "REQUEST": "#fdd0a2",
    "ACCUSE": "#fdae6b",
    "REJECT": "#f16913",
    "THREATEN": "#a63603",
    "PROTEST": "#fcbba1",
    "SANCTION": "#fb6a4a",
    "MOBILIZE": "#de2d26",
    "COERCE": "#a50f15",
    "ASSAULT": "#67000d",
}
MEASURE_COLOURS = {MENTIONS: "#b8c7d9", STORY_EVENTS: "#2b5d8c"}
TIME_UNITS = {"day": "utcyearmonthdate", "week": "utcyearweek", "month": "utcyearmonth", "year": "utcyear"}
TIME_FORMATS = {"day": "%d %b %Y", "week": "week of %d %b %Y", "month": "%b %Y", "year": "%Y"}


def _alt():
    import altair as alt

    return alt


def _data(rows: list[dict[str, Any]]):
    """Inline values (no row limit, no pandas round trip)."""
    return _alt().Data(values=rows)


def _scale(colours: dict[str, str]):
    return _alt().Scale(domain=list(colours), range=list(colours.values()))


def _configured(chart: Any) -> Any:
    return chart.configure_view(stroke=None).configure_axis(labelFontSize=11, titleFontSize=11)


# ---------------------------------------------------------------------------
# charts (each a Vega-Lite spec as a dict)


def timeline_chart(timeline: dict[str, Any], by: str = "event_type") -> dict | None:
    """Stacked bars per period, coloured by PLOVER type or quad class; mentions beside story events."""
    if not timeline["rows"]:
        return None
    alt = _alt()
    unit = timeline["unit"]
    colours = TYPE_COLOURS if by == "event_type" else QUAD_COLOURS
    title = "PLOVER type" if by == "event_type" else "quad class"
    base = (
        alt.Chart(_data(timeline["rows"]))
        .mark_bar()
        .encode(
            x=alt.X(
                "period:T",
                timeUnit=TIME_UNITS[unit],
                title=None,
                axis=alt.Axis(format=TIME_FORMATS[unit], tickCount={"interval": unit, "step": 1}, labelOverlap=True),
            ),
            y=alt.Y("sum(count):Q", title="events"),
            color=alt.Color(f"{by}:N", scale=_scale(colours), title=title),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("period:T", timeUnit=TIME_UNITS[unit], title=unit, format=TIME_FORMATS[unit]),
                alt.Tooltip(f"{by}:N", title=title),
                alt.Tooltip("sum(count):Q", title="events"),
            ],
        )
        .transform_calculate(order=f"indexof({list(colours)!r}, datum.{by})")
        .properties(width=420, height=220)
    )
    chart = base.facet(
        column=alt.Column("measure:N", title=None, sort=[MENTIONS, STORY_EVENTS], header=alt.Header(labelFontSize=12))
    )
    return _configured(chart).to_dict()


def quad_totals_chart(quads: list[dict[str, Any]], width: int = 360, height: int = 130) -> dict:
    """Mentions and story events per quad class (also the thumbnail)."""
    alt = _alt()
    rows = [
        {"quad_class": q["quad_class"], "measure": m, "count": q["mentions" if m == MENTIONS else "story_events"]}
        for q in quads
        for m in (MENTIONS, STORY_EVENTS)
    ]
    chart = (
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            y=alt.Y("quad_class:N", sort=list(QUAD_CLASSES), title=None),
            yOffset=alt.YOffset("measure:N", sort=[MENTIONS, STORY_EVENTS]),
            x=alt.X("count:Q", title="events"),
            color=alt.Color("measure:N", scale=_scale(MEASURE_COLOURS), title=None),
            tooltip=["quad_class:N", "measure:N", "count:Q"],
        )
        .properties(width=width, height=height)
    )
    return _configured(chart).to_dict()


def _trails(edges: list[dict[str, Any]], offset: float = 0.012) -> list[dict[str, Any]]:
    """Each directed edge as a tapering trail (wide at the source, narrow at the target), shifted a little to
    its right so that A -> B and B -> A stay apart."""
    rows = []
    for i, e in enumerate(edges):
        dx, dy = e["x2"] - e["x"], e["y2"] - e["y"]
        length = math.hypot(dx, dy) or 1.0
        ox, oy = dy / length * offset, -dx / length * offset
        common = {k: e[k] for k in ("source_name", "target_name", "mentions", "story_events", "quad_class", "types")}
        rows.append({"edge": i, "order": 0, "x": e["x"] + ox, "y": e["y"] + oy, "width": e["mentions"], **common})
        rows.append({"edge": i, "order": 1, "x": e["x2"] + ox, "y": e["y2"] + oy, "width": 0, **common})
    return rows


def network_chart(network: dict[str, Any], size: int = 640) -> dict | None:
    """Nodes at their layout, sized by events; trails from source to target, coloured by quad class (click
    the legend to show one), as wide as the events between them."""
    if not network["nodes"]:
        return None
    alt = _alt()
    axis = alt.Axis(labels=False, ticks=False, grid=False, domain=False, title=None)
    x = alt.X("x:Q", scale=alt.Scale(domain=[-0.1, 1.1]), axis=axis)
    y = alt.Y("y:Q", scale=alt.Scale(domain=[-0.08, 1.08]), axis=axis)
    pick = alt.selection_point(fields=["quad_class"], bind="legend")
    top = max([e["mentions"] for e in network["edges"]] or [1])
    edges = (
        alt.Chart(_data(_trails(network["edges"])))
        .mark_trail()
        .encode(
            x=x,
            y=y,
            detail="edge:N",
            order="order:Q",
            size=alt.Size("width:Q", scale=alt.Scale(domain=[0, top], range=[0.5, 14]), legend=None),
            color=alt.Color("quad_class:N", scale=_scale(QUAD_COLOURS), title="events (click to filter)"),
            opacity=alt.condition(pick, alt.value(0.75), alt.value(0.06)),
            tooltip=[
                alt.Tooltip("source_name:N", title="source"),
                alt.Tooltip("target_name:N", title="target"),
                alt.Tooltip("types:N", title="types"),
                alt.Tooltip("mentions:Q", title="mentions"),
                alt.Tooltip("story_events:Q", title="story events"),
            ],
        )
        .add_params(pick)
    )
    node_base = alt.Chart(_data(network["nodes"])).encode(x=x, y=y)
    nodes = node_base.mark_circle(stroke="white", strokeWidth=1, opacity=0.95).encode(
        size=alt.Size(
            "events:Q",
            scale=alt.Scale(range=[60, 900]),
            title="events",
            legend=alt.Legend(symbolFillColor="#9aa5b1", symbolStrokeWidth=0),
        ),
        fill=alt.Fill("type:N", scale=alt.Scale(scheme="set2"), title="actor type"),
        tooltip=["name:N", "type:N", "country:N", alt.Tooltip("events:Q", title="events")],
    )
    labels = node_base.mark_text(dy=-13, fontSize=10.5, fontWeight="bold", color="#333").encode(text="name:N")
    chart = alt.layer(edges, nodes, labels).resolve_scale(size="independent").properties(width=size, height=size * 0.72)
    return _configured(chart).to_dict()


def countries_chart(countries: dict[str, Any]) -> dict | None:
    """Ranked bars: events by the source's country and by the target's, mentions behind story events."""
    alt = _alt()
    panels = []
    for side in ("source", "target"):
        ranked = countries[side]
        if not ranked:
            continue
        rows = [
            {"name": c["name"], "measure": m, "count": c["mentions" if m == MENTIONS else "story_events"]}
            for m in (MENTIONS, STORY_EVENTS)
            for c in ranked
        ]
        panels.append(
            alt.Chart(_data(rows), title=f"by the {side}'s country")
            .mark_bar()
            .encode(
                y=alt.Y("name:N", sort=[c["name"] for c in ranked], title=None),
                x=alt.X("count:Q", stack=None, title="events"),
                color=alt.Color("measure:N", scale=_scale(MEASURE_COLOURS), title=None),
                order=alt.Order("measure:N", sort="ascending"),
                tooltip=["name:N", "measure:N", "count:Q"],
            )
            .properties(width=300, height=max(60, 17 * len(ranked)))
        )
    if not panels:
        return None
    return _configured(alt.hconcat(*panels)).to_dict()


def speakers_chart(speakers: list[dict[str, Any]]) -> dict | None:
    if not speakers:
        return None
    alt = _alt()
    rows = [{"speaker": s["speaker"], "quotations": s["quotations"], "articles": s["documents"]} for s in speakers]
    chart = (
        alt.Chart(_data(rows))
        .mark_bar(color="#6a51a3")
        .encode(
            y=alt.Y("speaker:N", sort=[s["speaker"] for s in speakers], title=None),
            x=alt.X("quotations:Q", title="quotations (each once across articles)"),
            tooltip=["speaker:N", "quotations:Q", "articles:Q"],
        )
        .properties(width=380, height=max(60, 18 * len(rows)))
    )
    return _configured(chart).to_dict()


def rejects_chart(reasons: list[dict[str, Any]]) -> dict | None:
    if not reasons:
        return None
    alt = _alt()
    rows = [{"reason": r["reason"], "count": r["count"]} for r in reasons]
    chart = (
        alt.Chart(_data(rows))
        .mark_bar(color="#8c6d31")
        .encode(
            y=alt.Y("reason:N", sort=[r["reason"] for r in reasons], title=None),
            x=alt.X("count:Q", title="rejected inputs"),
            tooltip=["reason:N", "count:Q"],
        )
        .properties(width=320, height=max(40, 20 * len(rows)))
    )
    return _configured(chart).to_dict()


def charts(report: dict[str, Any]) -> dict[str, dict]:
    """Every chart of the page, by the id of the element it is drawn in (charts with no data are left out)."""
    specs = {
        "timeline-types": timeline_chart(report["timeline"], "event_type"),
        "timeline-quads": timeline_chart(report["timeline"], "quad_class"),
        "quad-totals": quad_totals_chart(report["quads"]),
        "network": network_chart(report["network"]),
        "countries": countries_chart(report["countries"]),
        "speakers": speakers_chart(report["speakers"]),
        "rejects": rejects_chart(report["quality"]["reasons"]),
    }
    return {k: v for k, v in specs.items() if v is not None}


# ---------------------------------------------------------------------------
# the page


@functools.cache
def vegalite_version() -> str | None:
    """The Vega-Lite version of Altair's specs (`6.4`) when vl-convert carries it, else None (its latest)."""
    import altair as alt
    import vl_convert

    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return version if version in vl_convert.get_vegalite_versions() else None


@functools.cache
def _bundle_in_memory(version: str | None) -> str:
    import vl_convert

    return vl_convert.javascript_bundle(vl_version=version) if version else vl_convert.javascript_bundle()


def vega_bundle(cache_dir: Path | None = None) -> str:
    """Vega, Vega-Lite and vega-embed as one script (globals vega, vegaLite, vegaEmbed), from vl-convert: made
    once per vl-convert and Vega-Lite version (a few seconds) and kept in `cache_dir`."""
    from importlib.metadata import version

    vl = vegalite_version()
    key = f"{version('vl-convert-python')}-vl{vl or 'latest'}"
    path = Path(cache_dir) / f"vega-bundle-{key}.js" if cache_dir else None
    if path is not None and path.is_file():
        return path.read_text(encoding="utf-8")
    bundle = _bundle_in_memory(vl)
    if path is not None:
        from pipeline.store.storage import atomic_write_bytes

        atomic_write_bytes(path, bundle.encode("utf-8"))
    return bundle


@functools.cache
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # compact JSON in the page (still HTML-safe: tojson escapes <, >, & and ')
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False, "separators": (",", ":")}
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    return env


def _script_safe(js: str) -> str:
    """A script's text that cannot close its <script> element early."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render_html(report: dict[str, Any], bundle: str, title: str = "News events report") -> str:
    """The whole page: report data, chart specs, inlined scripts, evidence JSON."""
    from markupsafe import Markup

    env = _environment()
    return env.get_template(TEMPLATE).render(
        title=title,
        r=report,
        specs=charts(report),
        quad_of=QUAD_CLASS,
        quad_colours=QUAD_COLOURS,
        type_colours=TYPE_COLOURS,
        vega_js=Markup(_script_safe(bundle)),
        generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    )


def thumbnail_png(report: dict[str, Any]) -> bytes:
    """A small PNG of the events per quad class (mentions and story events), for the Dagster UI."""
    import vl_convert

    spec = quad_totals_chart(report["quads"], width=260, height=90)
    vl = vegalite_version()
    return vl_convert.vegalite_to_png(spec, vl_version=vl, scale=1) if vl else vl_convert.vegalite_to_png(spec, scale=1)


def thumbnail_markdown(png: bytes) -> str:
    return f"![events per quad class](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"
