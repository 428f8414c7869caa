"""Operations: source partitions and the sensor, incremental reruns, bad input, interrupted runs."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd

from tests.conftest import ROOT

SAMPLE = sorted((ROOT / "raw" / "sample").glob("*.txt"))
BODY = (
    "The foreign minister met his counterpart in the capital on Tuesday and said the two countries "
    "would deepen trade and security ties over the coming years, officials said."
)


def make_raw(tmp_path):
    raw = tmp_path / "raw"
    (raw / "alpha").mkdir(parents=True)
    (raw / "beta").mkdir()
    for f in SAMPLE[:3]:
        shutil.copy(f, raw / "alpha" / f.name)
    for f in SAMPLE[3:]:
        shutil.copy(f, raw / "beta" / f.name)
    return raw


def digest(out):
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*.parquet"))
        if not p.relative_to(out).as_posix().startswith(("_", "."))
    }


def mtimes(out):
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.parquet")}


def test_sensor_registers_sources_and_requests_changed_ones(tmp_path):
    import dagster as dg

    from pipeline.defs.resources import PipelinePaths
    from pipeline.defs.sensors import raw_sources_sensor

    raw = make_raw(tmp_path)
    paths = PipelinePaths(raw_dir=str(raw), output_dir=str(tmp_path / "out"))
    with dg.instance_for_test() as instance:
        ctx = dg.build_sensor_context(instance=instance, resources={"paths": paths})
        first = raw_sources_sensor(ctx)
        assert sorted(first.dynamic_partitions_requests[0].partition_keys) == ["alpha", "beta"]
        assert sorted(r.partition_key for r in first.run_requests) == ["alpha", "beta"]
        instance.add_dynamic_partitions("sources", ["alpha", "beta"])

        again = raw_sources_sensor(
            dg.build_sensor_context(instance=instance, cursor=first.cursor, resources={"paths": paths})
        )
        assert again.run_requests == [] and not again.dynamic_partitions_requests

        (raw / "beta" / "new.txt").write_text(BODY)
        (raw / "gamma").mkdir()
        (raw / "gamma" / "g.txt").write_text(BODY)
        third = raw_sources_sensor(
            dg.build_sensor_context(instance=instance, cursor=again.cursor, resources={"paths": paths})
        )
        assert sorted(r.partition_key for r in third.run_requests) == ["beta", "gamma"]
        assert third.dynamic_partitions_requests[0].partition_keys == ["gamma"]
        assert len({r.run_key for r in third.run_requests}) == 2


def test_definitions_load_with_partitions_sensor_schedule_and_checks():
    from pipeline.definitions import defs

    d = defs()
    keys = {k.to_user_string() for k in d.resolve_asset_graph().get_all_asset_keys()}
    assert {"documents", "rejects", "sentences", "dates", "actors", "quotes", "events"} <= keys
    assert {s.name for s in d.sensors} == {"raw_sources_sensor", "corpus_automation_sensor"}
    assert {s.name for s in d.schedules} == {"daily_refresh_schedule"}
    checks = {k.name for c in d.asset_checks for k in c.check_keys}
    assert "events_references_exist" in checks and "documents_schema_valid" in checks


def test_incremental_rerun_and_one_changed_source(tmp_path):
    from pipeline.runner import run_pipeline

    raw, out = make_raw(tmp_path), tmp_path / "out"
    assert run_pipeline(str(raw), str(out)).success
    before, stamps = digest(out), mtimes(out)
    parses = set((out / "_cache").rglob("*.parse"))
    import pandas as pd

    stories_before = dict(pd.read_parquet(out / "documents", columns=["doc_id", "story_id"]).values)

    assert run_pipeline(str(raw), str(out)).success  # nothing new: nothing rewritten
    assert mtimes(out) == stamps

    (raw / "beta" / "new.txt").write_text(" date 2022-09-16 " + BODY)
    assert run_pipeline(str(raw), str(out)).success
    after = mtimes(out)
    assert after["_staging/source_documents/alpha.parquet"] == stamps["_staging/source_documents/alpha.parquet"]
    assert after["_staging/source_documents/beta.parquet"] != stamps["_staging/source_documents/beta.parquet"]
    assert len(set((out / "_cache").rglob("*.parse")) - parses) == 1  # only the new text was parsed
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 6
    # documents keep their stories; the new article joined one or opened its own, nothing was regrouped
    assert {d: s for d, s in zip(docs["doc_id"], docs["story_id"]) if d in stories_before} == stories_before

    (raw / "beta" / "new.txt").unlink()
    assert run_pipeline(str(raw), str(out)).success
    assert digest(out) == before


def test_removed_source_leaves_the_tables(tmp_path):
    import pandas as pd

    from pipeline.runner import run_pipeline

    raw, out = make_raw(tmp_path), tmp_path / "out"
    assert run_pipeline(str(raw), str(out)).success
    shutil.rmtree(raw / "beta")
    assert run_pipeline(str(raw), str(out)).success
    assert set(pd.read_parquet(out / "documents")["source"]) == {"alpha"}


def test_every_bad_input_ends_in_documents_or_rejects(tmp_path):
    import pandas as pd

    from pipeline.runner import run_pipeline

    raw = tmp_path / "raw"
    src = raw / "mixed"
    src.mkdir(parents=True)
    shutil.copy(SAMPLE[0], src / "good.txt")
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(b"\x00\xff\x10" * 400)
    (src / "latin1.txt").write_bytes(
        (
            "Le ministre a déclaré mardi que les négociations reprendront à Genève la "
            "semaine prochaine, selon un communiqué."
        ).encode("latin-1")
    )
    (src / "feed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "title": "T", "text": BODY, "published": "2022-09-15"}),
                "not json at all",
                json.dumps({"id": "notext", "title": "nothing"}),
                json.dumps({"id": "baddate", "text": BODY + " More.", "published": "the day after"}),
            ]
        )
    )
    (src / "broken.html").write_text("<html><body><div><p>unclosed <b>tags <nav>Home</nav>")
    (src / "menu.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>")
    (src / "page.html").write_text(
        f"<html><head><title>X</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    (src / "data.csv").write_text("a,b\n1,2\n")
    (src / "only_boilerplate.txt").write_text("Related Content\nMost Read\nFollow Us On\n")
    outside = tmp_path / "secret.txt"
    outside.write_text(BODY)
    (src / "escape.txt").symlink_to(outside)
    (raw / "stray.txt").write_text(BODY)

    outcome = run_pipeline(str(raw), str(tmp_path / "out"))
    assert outcome.success, outcome.failures
    docs = pd.read_parquet(tmp_path / "out" / "documents")
    rejects = pd.read_parquet(tmp_path / "out" / "rejects")
    accounted = set(docs["path"]) | set(rejects["path"])
    expected_files = {"mixed/" + f.name for f in src.iterdir() if f.name != "feed.jsonl"} | {"stray.txt"}
    expected_records = {
        "mixed/feed.jsonl#ok",
        "mixed/feed.jsonl#2",
        "mixed/feed.jsonl#notext",
        "mixed/feed.jsonl#baddate",
    }
    assert accounted == expected_files | expected_records
    assert not set(docs["path"]) & set(rejects["path"])
    reasons = dict(zip(rejects["path"], rejects["reason"]))
    assert reasons["mixed/empty.txt"] == "empty" and reasons["mixed/binary.txt"] == "binary"
    assert reasons["mixed/data.csv"] == "unsupported_extension" and reasons["mixed/escape.txt"] == "symlink_outside_raw"
    assert reasons["mixed/feed.jsonl#2"] == "invalid_json" and reasons["mixed/feed.jsonl#notext"] == "missing_text"
    assert reasons["stray.txt"] == "no_source_folder"
    bad_date = docs[docs["path"] == "mixed/feed.jsonl#baddate"].iloc[0]
    assert pd.isna(bad_date["publication_date"]) and "unparsable" in bad_date["publication_date_issue"]


def test_long_text_is_parsed_in_parts(nlp, monkeypatch):
    import pipeline.stages.parse as nlp_mod
    from pipeline.config import Settings, use

    text = "\n\n".join([BODY] * 12)
    with use(Settings().with_overrides({"parse.max_chunk_chars": "400"})):
        (doc,) = list(nlp_mod.parse_texts(nlp, [text]))
    assert doc.text == text and len(list(doc.sents)) >= 12


def test_saved_parse_restores_every_annotation_into_a_fresh_vocabulary(nlp):
    import spacy

    from pipeline.stages.parse import doc_from_bytes, doc_to_bytes

    text = (
        "Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana on Tuesday.\n\n"
        '  "We will build   roads," he said. Ünïcode café, 3.5 per cent. '
    )
    doc = nlp(text)
    back = doc_from_bytes(doc_to_bytes(doc), spacy.blank("en").vocab)  # strings travel with the parse

    def rows(d):
        return [
            (
                t.text,
                t.whitespace_,
                t.tag_,
                t.pos_,
                t.lemma_,
                str(t.morph),
                t.dep_,
                t.head.i,
                t.ent_iob_,
                t.ent_type_,
                t.is_sent_start,
            )
            for t in d
        ]

    assert back.text == text and rows(back) == rows(doc)
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [s.text for s in back.sents] == [s.text for s in doc.sents]


def test_run_killed_midway_then_restarted_gives_the_same_tables(tmp_path):
    from pipeline.runner import run_pipeline

    raw = make_raw(tmp_path)
    clean = tmp_path / "clean"
    assert run_pipeline(str(raw), str(clean)).success
    out = tmp_path / "killed"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--quiet", "--raw-dir", str(raw), "--output-dir", str(out)],
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    time.sleep(6)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert run_pipeline(str(raw), str(out)).success
    assert digest(out) == digest(clean)


def test_documents_built_in_a_child_process_are_the_same(tmp_path):
    """Large corpora deduplicate and group stories in a child process (memory handed back at its exit):
    the table it returns is the in-process one."""
    from pipeline.runner import run_pipeline
    from pipeline.store.storage import TableStore
    from pipeline.tables import documents as documents_tables

    raw = make_raw(tmp_path)
    assert run_pipeline(str(raw), str(tmp_path / "out")).success
    files = sorted(TableStore(str(tmp_path / "out")).parts("_staging/source_documents").values())
    here = documents_tables.build_documents(files, {})
    apart = documents_tables.build_documents_apart(files, {})
    pd.testing.assert_frame_equal(here, apart)


def test_parsing_in_a_worker_process_gives_the_same_annotations(tmp_path, monkeypatch):
    """The model in a child process (texts streamed to it in chunks, parses restored here into a blank
    vocabulary) gives the annotations of the in-process parse, with saved parses mixed in."""
    from pipeline.runner import run_pipeline
    from pipeline.store.storage import TableStore
    from pipeline.tables import annotations as annotations_tables

    raw = make_raw(tmp_path)
    assert run_pipeline(str(raw), str(tmp_path / "out")).success
    docs = TableStore(str(tmp_path / "out")).read("documents")
    here = TableStore(str(tmp_path / "here"))
    from pipeline.config import Settings, use

    with use(
        Settings().with_overrides({"run.parse_chunk_documents": "2"})
    ):  # the child gets the next while one is read
        counts = annotations_tables.annotate_documents(here, tables_nlp(), docs, in_worker=False)
        apart = TableStore(str(tmp_path / "apart"))
        first = annotations_tables.parse_key(annotations_tables.canonical(docs).iloc[1].to_dict())
        apart.write_parse(first, here.read_parse(first))  # one parse saved before: restored, not sent
        counts_apart = annotations_tables.annotate_documents(apart, tables_nlp(), docs, in_worker=True)
    assert counts_apart.pop("parse_worker_peak_rss") > 100 * 2**20  # the child holds the model
    assert counts_apart == {**counts, "parsed": counts["parsed"] - 1} and counts["parsed"] >= 4
    assert list(annotations_tables.iter_annotations(apart, docs)) == list(
        annotations_tables.iter_annotations(here, docs)
    )


def test_the_same_text_on_two_days_is_parsed_once(tmp_path, nlp):
    """Exact copies published weeks apart are both canonical (other days' items): one parse serves both."""
    import datetime as dt

    from pipeline.store.storage import TableStore
    from pipeline.tables import annotations as annotations_tables

    base = {"content_hash": "h" * 64, "text": BODY, "duplicate_of": None}
    docs = pd.DataFrame(
        [
            {**base, "doc_id": "d1", "publication_date": dt.date(1987, 3, 2)},
            {**base, "doc_id": "d2", "publication_date": dt.date(1987, 3, 30)},
        ]
    )
    store = TableStore(str(tmp_path))
    counts = annotations_tables.annotate_documents(store, tables_nlp(), docs, in_worker=False)
    assert counts["parsed"] == 1 and counts["annotated"] == 2
    assert len(list(annotations_tables.iter_annotations(store, docs))) == 2


def tables_nlp():
    from pipeline.stages.parse import Parser

    return Parser()


def test_a_parse_worker_that_dies_or_fails_raises_instead_of_hanging():
    import pytest

    from pipeline.stages.parse import ParseWorker, ParseWorkerError

    worker = ParseWorker()
    worker._process.kill()
    with pytest.raises(ParseWorkerError, match="ended unexpectedly"):
        list(worker.parse([[BODY]]))
    worker.close()
    with ParseWorker() as worker:  # not a text: the child reports its traceback
        results = worker.parse([[BODY], [BODY, 42]])
        assert next(results)[:1]  # the first batch is parsed
        with pytest.raises(ParseWorkerError, match="parse process failed"):
            list(results)
    with ParseWorker() as worker:  # a stream left half-read (an error on this side): the child is stopped
        assert next(worker.parse([[BODY] * 300]))
    assert worker._process.poll() is not None and worker.peak_rss is None
    from pipeline.stages.parse import Parser

    parser = Parser()
    parser.prestart()
    waiting = parser._worker
    parser.prestart()  # idempotent: one child waits for the parse
    assert parser._worker is waiting
    taken = [parser.take_worker(), parser.take_worker()]  # the waiting one, then a new one
    assert taken[0] is waiting and taken[1] is not waiting and parser._worker is None
    with parser:
        parser.prestart()
        left = parser._worker
    assert parser._worker is None and not left.alive()  # its owner closed it: no worker outlives the run
    for w in taken:
        w.kill()


def test_annotated_parses_are_freed_without_waiting_for_the_garbage_collector(nlp):
    """A finished parse must not sit in a reference cycle (its cached spans point back to it): with the
    cycle collector off, no Doc or Span outlives its document's annotation."""
    import gc
    from collections import Counter

    from pipeline.stages.annotate import annotate

    def live():
        kinds = Counter(type(o).__name__ for o in gc.get_objects())
        return kinds["Doc"], kinds["Span"]

    texts = [BODY, 'Kazakh President Tokayev met Xi Jinping in Astana on Tuesday. "We agree," he said.'] * 3
    annotate(nlp(texts[0]), None)  # first-use caches
    gc.collect()
    gc.disable()
    try:
        before = live()
        for doc in nlp.pipe(texts):
            annotate(doc, None)
        del doc
        assert live() == before
    finally:
        gc.enable()


def test_run_prints_every_table_the_rejects_path_and_unchanged_sources_by_name(tmp_path, capsys, monkeypatch):
    """`python -m pipeline run` into a log file: plain lines (no carriage returns), each source by name (an
    unchanged one says so), every table in the summary, rejects by reason and where they are."""
    import re

    from pipeline import progress
    from pipeline.__main__ import main
    from schemas import MODELS

    monkeypatch.setattr(progress, "ENABLED", False)  # `run` turns it on; put back after the test
    raw, out = make_raw(tmp_path), tmp_path / "out"
    args = ["run", "--raw-dir", str(raw), "--output-dir", str(out)]
    assert main(args) == 0
    first = capsys.readouterr().err
    assert re.search(r"^  parsing 5/5 docs \(100%\)", first, re.M), first  # stderr is no terminal here
    (raw / "beta" / "later.txt").write_text(" date 2022-09-16 " + BODY)
    (raw / "beta" / "empty.txt").write_text("")
    assert main(args) == 0
    second = capsys.readouterr().err
    assert "\r" not in first + second

    def stage(text: str, name: str) -> str:
        (line,) = [x for x in text.splitlines() if re.match(rf"^  \S+ {re.escape(name)} +\d", x)]
        return line

    assert "unchanged" in stage(second, "alpha") and "unchanged" not in stage(second, "beta")
    assert "1 rejected" in stage(second, "beta")
    summary = second[second.index("Tables in") :]
    assert {"stories", "story_events"} <= set(MODELS)
    for table in MODELS:
        assert re.search(rf"^  {table} +[\d,]+ rows$", summary, re.M), (table, summary)
    assert re.search(r"^  6 documents \(0 duplicates\), 1 rejected$", summary, re.M), summary
    assert "rejected 1 × empty" in summary and f"{out / 'rejects'}\n" in summary


def test_progress_prints_a_line_per_tenth_without_a_terminal(capsys, monkeypatch):
    from pipeline import progress

    monkeypatch.setattr(progress, "ENABLED", True)
    with progress.bar(250, "parsing") as advance:
        for _ in range(250):
            advance()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 10 and lines[0].startswith("  parsing 25/250 docs (10%)")
    assert lines[-1].startswith("  parsing 250/250 docs (100%)")
