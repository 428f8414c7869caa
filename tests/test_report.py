"""The dataset report: the page a run writes (self-contained, every section, every event's evidence), the
aggregations on a tiny hand-built corpus, the quad classes, the asset's skip and metadata, and the page in a
browser with the network refused."""

import html
import json
import re
import shutil

import pandas as pd
import pytest

from pipeline.report import build
from schemas._types import PLOVER_TYPES
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SECTIONS = ["figures", "timeline", "network", "countries", "quotes", "stories", "quality", "evidence"]
CHARTS = ["timeline-types", "timeline-quads", "quad-totals", "network", "countries", "speakers"]


def embedded(page: str, element_id: str):
    """The JSON inlined in <script type="application/json" id=...>."""
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert m, element_id
    return json.loads(m.group(1))


# ---------------------------------------------------------------------------
# the page a run writes


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    from pipeline.runner import run_pipeline
    from pipeline.store.storage import TableStore

    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(ROOT / "raw" / "sample", raw / "sample")
    out = tmp_path_factory.mktemp("out")
    outcome = run_pipeline(str(raw), str(out))
    assert outcome.success, outcome.failures
    page = out / "report" / "index.html"
    return out, page, page.read_text(encoding="utf-8"), TableStore(out)


def test_the_run_writes_one_self_contained_page(sample_report):
    _, page, text, _ = sample_report
    assert page.is_file() and page.stat().st_size > 100_000  # the charting scripts are inlined
    assert not re.search(r"<script[^>]*\ssrc\s*=", text, re.I)
    assert not re.search(r"<link[^>]*\shref\s*=", text, re.I)
    assert not re.search(r"""<(img|iframe|embed|source)[^>]*\ssrc\s*=\s*["']?https?:""", text, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", text, re.I)
    assert "vegaEmbed" in text  # Vega, Vega-Lite and vega-embed are in the page


def test_every_section_and_chart_is_there(sample_report):
    _, _, text, _ = sample_report
    for section in SECTIONS:
        assert f'<section id="{section}">' in text, section
    specs = embedded(text, "report-specs")
    for chart in CHARTS:
        assert f'id="chart-{chart}"' in text and chart in specs, chart
    assert specs["timeline-types"]["facet"]["column"]["field"] == "measure"  # mentions beside story events


def test_every_event_quote_and_date_has_its_evidence_row_with_the_spans(sample_report):
    _, _, text, store = sample_report
    evidence = embedded(text, "report-evidence")
    rows = {r["id"]: r for r in evidence["rows"]}
    docs = store.read("documents")
    doc_text = dict(zip(docs["doc_id"], docs["text"]))
    sentences = store.read("sentences").set_index("sentence_id")
    events = store.read("events")
    assert len(events) > 0
    for e in events.itertuples():
        row = rows[e.event_id]
        assert row["k"] == "e" and row["ty"] == e.event_type
        context = evidence["texts"][row["t"]]
        assert context == sentences.loc[e.sentence_id, "text"]
        triggers = [context[a:b] for a, b, kind in row["h"] if kind == "trigger"]
        assert triggers == [doc_text[e.doc_id][e.trigger_start : e.trigger_end]], e.event_id
        assert evidence["docs"][row["d"]]["doc_id"] == e.doc_id
    # most events with a named source show it highlighted
    with_source = [r for r in evidence["rows"] if r["k"] == "e" and r["s"]]
    assert sum(any(k == "source" for _, _, k in r["h"]) for r in with_source) >= 0.8 * len(with_source)
    for q in store.read("quotes").itertuples():
        row = rows[q.quote_id]
        quoted = [evidence["texts"][row["t"]][a:b] for a, b, kind in row["h"] if kind == "quote"]
        assert quoted == [doc_text[q.doc_id][q.start_char : q.end_char]], q.quote_id
    for d in store.read("dates").itertuples():
        row = rows[d.date_id]
        assert [evidence["texts"][row["t"]][a:b] for a, b, _ in row["h"]] == [d.text]
    assert evidence["counts"]["events"] == [len(events), len(events)]  # nothing capped on the sample


def test_every_link_of_the_page_leads_to_an_evidence_row(sample_report):
    _, _, text, _ = sample_report
    ids = {r["id"] for r in embedded(text, "report-evidence")["rows"]}
    links = {html.unescape(m) for m in re.findall(r'href="#ev-([^"]+)"', text)}
    assert links and links <= ids


def test_the_report_skips_unchanged_tables_and_follows_a_changed_one(sample_report, tmp_path):
    import dagster as dg

    from pipeline.defs.report import report
    from pipeline.defs.resources import PipelinePaths
    from pipeline.store.storage import TableStore

    out = tmp_path / "out"
    shutil.copytree(sample_report[0], out, ignore=shutil.ignore_patterns("_cache"))
    resources = {"paths": PipelinePaths(raw_dir=str(tmp_path), output_dir=str(out))}
    page = out / "report" / "index.html"
    before = page.stat().st_mtime_ns

    def materialize():
        result = dg.materialize([report], resources=resources)
        assert result.success
        return result.asset_materializations_for_node("report")[0].metadata

    metadata = materialize()
    assert "skipped" in metadata and page.stat().st_mtime_ns == before
    assert metadata["events"].value == len(TableStore(out).read("events"))

    store = TableStore(out)
    rejects = pd.concat(
        [store.read("rejects"), pd.DataFrame([{"source": "sample", "path": "sample/x.bin", "reason": "binary"}])]
    )
    store.write_part("rejects", "source-sample", rejects.astype(store.read("rejects").dtypes.to_dict()))
    metadata = materialize()
    assert "skipped" not in metadata and page.stat().st_mtime_ns != before
    assert metadata["rejects"].value == 1
    assert metadata["path"].value == str(page)
    assert "data:image/png;base64," in metadata["thumbnail"].value
    assert "binary" in page.read_text(encoding="utf-8")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_the_page_draws_every_chart_offline_and_follows_an_event_link(sample_report, tmp_path):
    from playwright.sync_api import sync_playwright

    from evaluation.report_timing import CHROME_ARGS, open_report

    _, page_path, _, _ = sample_report
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _, errors, outside = open_report(page, page_path)
        for chart in CHARTS:
            page.wait_for_selector(f"#chart-{chart} svg", timeout=20_000)
        assert page.locator("#ev-list article.ev").count() == 25  # the first page of the evidence view
        link = page.locator("#types-table a.ev-link").first
        target = link.get_attribute("href")[len("#ev-") :]
        link.click()
        row = page.locator("article.ev.target")
        row.wait_for(timeout=5_000)
        assert row.get_attribute("id") == f"ev-{target}"
        assert row.locator(".hl-trigger").count() == 1
        page.fill("#ev-filters input[name=actor]", "Tokayev")
        assert 0 < page.locator("#ev-list article.ev").count() <= 25
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert not errors, errors
    assert not outside, outside


# ---------------------------------------------------------------------------
# the aggregations on a tiny corpus built by hand


def tiny_tables() -> dict[str, pd.DataFrame]:
    s1, s2 = "China met Kazakhstan on Monday.", "Russia attacked Ukraine."
    d2a, d2b = "China met Kazakhstan again on Friday.", '"We are friends," Xi said.'
    docs = pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3"],
            "source": ["wire", "blog", "blog"],
            "path": ["wire/1.txt", "blog/2.txt", "blog/3.txt"],
            "title": ["<b>Talks</b> & more", None, "copy"],
            "url": [None, None, None],
            "publication_date": [pd.Timestamp("2022-09-15").date(), None, pd.Timestamp("2022-09-15").date()],
            "publication_date_issue": [None, None, None],
            "duplicate_of": [None, None, "d1"],
            "duplicate_kind": [None, None, "exact"],
            "story_id": ["s1", "s1", "s1"],
        }
    )
    sentences = pd.DataFrame(
        {
            "sentence_id": ["d1:0", "d1:1", "d2:0", "d2:1"],
            "doc_id": ["d1", "d1", "d2", "d2"],
            "start_char": [0, 32, 0, 38],
            "end_char": [31, 56, 37, 64],
            "text": [s1, s2, d2a, d2b],
        }
    )
    actors = pd.DataFrame(
        {
            "actor_id": ["aC", "aK", "aR", "aU", "aX"],
            "name": ["China", "Kazakhstan", "Russia", "Ukraine", "Xi Jinping"],
            "type": ["GPE", "GPE", "GPE", "GPE", "PERSON"],
            "country": ["CHN", "KAZ", "RUS", "UKR", "CHN"],
        }
    )
    mentions = pd.DataFrame(
        [
            ("d1", "d1:0", 0, 5, "aC"),
            ("d1", "d1:0", 10, 20, "aK"),
            ("d1", "d1:1", 32, 38, "aR"),
            ("d1", "d1:1", 48, 55, "aU"),
            ("d2", "d2:0", 0, 5, "aC"),
            ("d2", "d2:0", 10, 20, "aK"),
            ("d2", "d2:1", 56, 58, "aX"),
        ],
        columns=["doc_id", "sentence_id", "start_char", "end_char", "actor_id"],
    )
    events = pd.DataFrame(
        {
            "event_id": ["d1:e6", "d1:e39", "d2:e6"],
            "doc_id": ["d1", "d1", "d2"],
            "sentence_id": ["d1:0", "d1:1", "d2:0"],
            "story_event_id": ["g1", "g2", "g1"],
            "event_type": ["CONSULT", "ASSAULT", "CONSULT"],
            "trigger_start": [6, 39, 6],
            "trigger_end": [9, 47, 9],
            "source_actor_id": ["aC", "aR", "aC"],
            "target_actor_id": ["aK", "aU", "aK"],
            "source_actor_ids": [["aC"], ["aR"], ["aC"]],
            "target_actor_ids": [["aK"], ["aU"], ["aK"]],
            "source_text": ["China", "Russia", "China"],
            "target_text": ["Kazakhstan", "Ukraine", "Kazakhstan"],
            "date": ["2022-09-12", None, None],
            "source_country": ["CHN", "RUS", "CHN"],
            "confidence": [0.9, 0.8, 0.7],
            "modality": ["asserted"] * 3,
            "is_claim": [False] * 3,
            "negated": [False] * 3,
            "type_source": ["rules"] * 3,
        }
    )
    quotes = pd.DataFrame(
        {
            "quote_id": ["d2:q39"],
            "doc_id": ["d2"],
            "sentence_id": ["d2:1"],
            "quote_group_id": ["qg1"],
            "start_char": [39],
            "end_char": [54],
            "text": ["We are friends,"],
            "speaker": ["Xi"],
            "speaker_actor_id": ["aX"],
            "cue": ["said"],
            "attribution": ["cue"],
            "is_fragment": [False],
        }
    )
    dates = pd.DataFrame(
        {
            "date_id": ["d1:t24", "d2:t30"],
            "doc_id": ["d1", "d2"],
            "sentence_id": ["d1:0", "d2:0"],
            "text": ["Monday", "Friday"],
            "start_char": [24, 30],
            "end_char": [30, 36],
            "type": ["DATE", "DATE"],
            "value": ["2022-09-12", None],
            "precision": ["day", None],
            "anchor": ["2022-09-15", None],
            "anchor_source": ["publication_date", None],
        }
    )
    stories = pd.DataFrame(
        {
            "story_id": ["s1"],
            "title": ["<b>Talks</b> & more"],
            "first_publication_date": [pd.Timestamp("2022-09-15").date()],
            "last_publication_date": [pd.Timestamp("2022-09-15").date()],
            "n_documents": [3],
            "n_canonical_documents": [2],
            "n_sources": [2],
            "sources": [["blog", "wire"]],
            "main_actors": [["China", "Kazakhstan"]],
        }
    )
    story_events = pd.DataFrame(
        {
            "story_event_id": ["g1", "g2"],
            "story_id": ["s1", "s1"],
            "event_type": ["CONSULT", "ASSAULT"],
            "source_actor_ids": [["aC"], ["aR"]],
            "target_actor_ids": [["aK"], ["aU"]],
            "date": ["2022-09-12", None],
            "n_mentions": [2, 1],
            "n_documents": [2, 1],
            "n_sources": [2, 1],
            "first_event_id": ["d1:e6", "d1:e39"],
            "first_doc_id": ["d1", "d1"],
        }
    )
    rejects = pd.DataFrame(
        {"source": ["wire", "wire"], "path": ["wire/a.bin", "wire/b.txt"], "reason": ["binary", "empty"]}
    )
    return {
        "documents": docs,
        "rejects": rejects,
        "sentences": sentences,
        "dates": dates,
        "actors": actors,
        "actor_mentions": mentions,
        "quotes": quotes,
        "events": events,
        "stories": stories,
        "story_events": story_events,
    }


def test_the_report_needs_only_the_columns_it_reads():
    from schemas import MODELS

    tables = tiny_tables()  # built with exactly these columns: the aggregations below run on them alone
    assert {name: tuple(df.columns) for name, df in tables.items()} == build.COLUMNS
    for name, columns in build.COLUMNS.items():
        assert set(columns) <= set(MODELS[name].to_schema().columns), name


def test_quad_classes_cover_the_sixteen_plover_types():
    assert [t for t, _ in build.QUAD_TABLE] == list(PLOVER_TYPES)
    assert set(build.QUAD_CLASS.values()) == set(build.QUAD_CLASSES)
    assert build.quad_class("CONSULT") == "verbal cooperation"
    assert build.quad_class("AID") == "material cooperation"
    assert build.quad_class("THREATEN") == "verbal conflict"
    assert build.quad_class("ASSAULT") == "material conflict"


def test_counts_by_type_and_quad_class_count_mentions_and_story_events():
    t = tiny_tables()
    types = {r["event_type"]: r for r in build.type_totals(t["events"])}
    assert len(types) == 16
    assert (types["CONSULT"]["mentions"], types["CONSULT"]["story_events"]) == (2, 1)
    assert (types["ASSAULT"]["mentions"], types["ASSAULT"]["story_events"]) == (1, 1)
    assert types["AID"]["mentions"] == 0 and types["AID"]["example"] is None
    assert types["CONSULT"]["example"] == "d1:e6"  # the most confident mention
    quads = {r["quad_class"]: (r["mentions"], r["story_events"]) for r in build.quad_totals(t["events"])}
    assert quads == {
        "verbal cooperation": (2, 1),
        "material cooperation": (0, 0),
        "verbal conflict": (0, 0),
        "material conflict": (1, 1),
    }


def test_timeline_dates_events_by_their_own_day_else_the_publication_date():
    t = tiny_tables()
    tl = build.timeline(t["events"], t["story_events"], t["documents"])
    assert tl["unit"] == "day"
    got = {(r["measure"], r["period"], r["event_type"]): r["count"] for r in tl["rows"]}
    assert got == {
        ("mentions", "2022-09-12", "CONSULT"): 1,  # the sentence's own date
        ("mentions", "2022-09-15", "ASSAULT"): 1,  # the article's publication date
        ("story events", "2022-09-12", "CONSULT"): 1,
        ("story events", "2022-09-15", "ASSAULT"): 1,
    }
    assert tl["undated_mentions"] == 1  # the undated article's meeting, with no date of its own
    assert build.granularity(pd.Series(pd.to_datetime(["2020-01-01", "2021-06-01"]))) == "week"
    assert build.granularity(pd.Series(pd.to_datetime(["2000-01-01", "2010-01-01"]))) == "month"


def test_an_undated_corpus_is_charted_by_the_years_its_events_state():
    t = tiny_tables()
    docs = t["documents"].assign(publication_date=None)
    events = t["events"].assign(date=["2003-03", "1994", None][: len(t["events"])] + [None] * (len(t["events"]) - 3))
    story = t["story_events"].assign(date=None)
    tl = build.timeline(events, story, docs)
    assert tl["unit"] == "year"
    got = {(r["measure"], r["period"]) for r in tl["rows"]}
    assert got == {("mentions", "2003-01-01"), ("mentions", "1994-01-01")}
    # one event dated to the day: days, as before
    tl = build.timeline(events.assign(date=["2003-03-07"] + [None] * (len(events) - 1)), story, docs)
    assert tl["unit"] == "day" and [r["period"] for r in tl["rows"]] == ["2003-03-07"]


def test_network_countries_speakers_stories_and_quality():
    t = tiny_tables()
    net = build.actor_network(t["events"], t["actors"])
    assert [n["name"] for n in net["nodes"]] == ["China", "Kazakhstan", "Russia", "Ukraine"]
    assert all(0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in net["nodes"])
    pairs = {(e["source_name"], e["target_name"]): (e["mentions"], e["story_events"]) for e in net["edges"]}
    assert pairs == {("China", "Kazakhstan"): (2, 1), ("Russia", "Ukraine"): (1, 1)}

    c = build.countries(t["events"], t["actors"])
    assert [(r["country"], r["mentions"], r["story_events"]) for r in c["source"]] == [("CHN", 2, 1), ("RUS", 1, 1)]
    assert [(r["country"], r["mentions"]) for r in c["target"]] == [("KAZ", 2), ("UKR", 1)]

    speakers = build.top_speakers(t["quotes"], t["actors"], t["documents"])
    assert [(s["speaker"], s["quotations"], s["country"]) for s in speakers] == [("Xi Jinping", 1, "CHN")]

    stories = build.largest_stories(t["stories"], t["documents"], t["story_events"], t["actors"])
    assert stories[0]["n_story_events"] == 2 and len(stories[0]["articles"]) == 3
    assert stories[0]["events"][0]["source"] == "China" and stories[0]["events"][0]["example"] == "d1:e6"

    q = build.data_quality(t["documents"], t["rejects"], t["dates"], t["events"])
    assert (q["inputs"], q["documents"], q["duplicates"], q["canonical"], q["undated"]) == (5, 3, 1, 2, 1)
    assert [(r["reason"], r["count"]) for r in q["reasons"]] == [("binary", 1), ("empty", 1)]
    assert (q["dates"]["unresolved"], q["dates"]["anchored_publication"]) == (1, 1)


def test_evidence_rows_highlight_trigger_sides_quote_speaker_and_date():
    t = tiny_tables()
    ev = build.evidence(t, linked=set())
    rows = {r["id"]: r for r in ev["rows"]}
    assert set(rows) == {"d1:e6", "d1:e39", "d2:e6", "d2:q39", "d1:t24", "d2:t30"}

    def spans(row_id):
        row = rows[row_id]
        return {kind: ev["texts"][row["t"]][a:b] for a, b, kind in row["h"]}

    assert spans("d1:e39") == {"trigger": "attacked", "source": "Russia", "target": "Ukraine"}
    assert spans("d2:q39") == {"quote": "We are friends,", "speaker": "Xi", "cue": "said"}
    assert spans("d1:t24") == {"date": "Monday"}
    assert rows["d1:e6"]["dt"] == "2022-09-12" and rows["d2:e6"]["dt"] is None
    assert ev["counts"] == {"events": [3, 3], "quotes": [1, 1], "dates": [2, 2]}
    # capped: the linked event is kept whatever its confidence
    capped = build.evidence(t, linked={"d2:e6"}, options=build.ReportOptions(max_evidence_events=1))
    assert [r["id"] for r in capped["rows"] if r["k"] == "e"] == ["d2:e6"]
    assert capped["counts"]["events"] == [1, 3]


def test_the_page_escapes_the_articles_text():
    from pipeline.report import render

    report = build.build_report(tiny_tables())
    page = render.render_html(report, bundle="/* charting scripts */")
    assert "<b>Talks</b>" not in page
    assert "&lt;b&gt;Talks&lt;/b&gt; &amp; more" in page  # in the stories section
    evidence = embedded(page, "report-evidence")
    assert evidence["docs"][rows_doc(evidence, "d1:e6")]["title"] == "<b>Talks</b> & more"  # safe inside JSON
    assert "\\u003cb\\u003eTalks" in page


def rows_doc(evidence: dict, row_id: str) -> int:
    return next(r["d"] for r in evidence["rows"] if r["id"] == row_id)


def test_a_corpus_without_events_quotes_or_dates_still_gets_its_page():
    from pipeline.report import render

    tables = tiny_tables()
    for name in ("events", "quotes", "dates", "story_events", "stories", "actor_mentions", "rejects"):
        tables[name] = tables[name].iloc[0:0]
    report = build.build_report(tables)
    assert report["figures"]["events"] == 0 and report["evidence"]["rows"] == []
    assert list(render.charts(report)) == ["quad-totals"]  # the others say there is nothing to draw
    page = render.render_html(report, bundle="")
    assert "No dated events." in page and "No input was rejected." in page


# ---------------------------------------------------------------------------
# On real articles: a few hundred BBC stories (read in place from ../shared/external)

BBC_ARTICLES = 300


@pytest.fixture(scope="module")
def bbc_report(tmp_path_factory):
    import random

    from evaluation.bench import EXTERNAL, _articles, _read_gz, _write_jsonl
    from pipeline.runner import run_pipeline

    src = EXTERNAL / "bbc-news" / "bbc-fulltext.jsonl.gz"
    if not src.exists():
        pytest.skip(f"the BBC corpus is not available ({src}): the report is not tried on real articles")
    records = _read_gz(src)
    random.Random(0).shuffle(records)
    raw = tmp_path_factory.mktemp("bbc-raw")
    _write_jsonl(raw / "bbc" / "articles.jsonl", _articles(records[:BBC_ARTICLES]))
    out = tmp_path_factory.mktemp("bbc-out")
    outcome = run_pipeline(str(raw), str(out))
    assert outcome.success, outcome.failures
    return out / "report" / "index.html"


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_the_report_on_a_few_hundred_bbc_articles_draws_every_chart_offline(bbc_report, tmp_path):
    """Every chart drawn (an SVG each: a few hundred stories have data for all), no console error, no request
    leaving the file, and an event link leads to its highlighted sentence; the time to open is printed by
    `python -m pipeline bench`, not asserted here."""
    from playwright.sync_api import sync_playwright

    from evaluation.report_timing import CHROME_ARGS, open_report

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        _, errors, outside = open_report(page, bbc_report)
        for chart in CHARTS:
            assert page.locator(f"#chart-{chart} svg").count() >= 1, chart
        link = page.locator("#types-table a.ev-link").first
        target = link.get_attribute("href")[len("#ev-") :]
        link.click()
        row = page.locator("article.ev.target")
        row.wait_for(timeout=10_000)
        assert row.get_attribute("id") == f"ev-{target}" and row.locator(".hl-trigger").count() == 1
        page.screenshot(path=str(tmp_path / "report-bbc.png"), full_page=False)
        browser.close()
    assert not errors, errors
    assert not outside, outside
