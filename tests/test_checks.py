"""The span checks (`<table>_spans_match_text`): every char span slices documents.text to the text its row claims."""

import shutil

import pandas as pd
import pytest

from pipeline.store.integrity import SPANS, span_mismatches, span_report
from tests.conftest import ROOT

SAMPLE = sorted((ROOT / "raw" / "sample").glob("*.txt"))
DOCS = pd.DataFrame({"doc_id": ["d1", "d2"], "text": ["“ Go on ,” said President Tokayev.", "Vowed to deepen ties."]})


def test_spans_that_slice_the_text_pass():
    def frame(**columns):
        return pd.DataFrame({k: [v] for k, v in columns.items()})

    rows = {
        "sentences": frame(sentence_id="d1:0", doc_id="d1", start_char=0, end_char=34, text=DOCS.text[0]),
        # the mention's text keeps the title before the name
        "actor_mentions": frame(
            mention_id="d1:m26", doc_id="d1", sentence_id="d1:0", start_char=26, end_char=33, text="President Tokayev"
        ),
        # the trigger keeps the verb it completes
        "events": frame(
            event_id="d2:e9",
            doc_id="d2",
            sentence_id="d2:0",
            trigger_start=9,
            trigger_end=15,
            trigger="Vowed to deepen",
        ),
        # the quote's span is its words, without the spaces inside the marks
        "quotes": frame(quote_id="d1:q1", doc_id="d1", start_char=2, end_char=9, text="Go on ,"),
    }
    sentences = pd.DataFrame({"sentence_id": ["d1:0", "d2:0"], "start_char": [0, 0], "end_char": [34, 21]})
    for table, df in rows.items():
        report = span_mismatches(table, df, DOCS, sentences)
        assert report.passed and report.examples is None, (table, report.counts)


def test_each_kind_of_bad_span_is_counted():
    dates = pd.DataFrame(
        {
            "date_id": ["d1:t0", "d1:t3", "d2:t0", "d2:t1", "d9:t0"],
            "doc_id": ["d1", "d1", "d2", "d2", "d9"],  # d9: no such document, the reference check's
            "sentence_id": ["d1:0", "d1:0", "d2:0", "d2:1", "d9:0"],
            "start_char": [0, 3, 0, 1, 0],
            "end_char": [1, 2, 5, 5, 1],  # d1:t3 ends before it starts
            "text": ["“", "Go", "Vowed", "Owed", "x"],  # d2:t1 is not the text at 1:5
        }
    )
    sentences = pd.DataFrame(
        {"sentence_id": ["d1:0", "d2:0", "d2:1"], "start_char": [0, 0, 10], "end_char": [34, 9, 21]}
    )
    report = span_mismatches("dates", dates, DOCS, sentences)
    assert not report.passed
    assert report.counts == {
        "start_char/end_char outside the document": 1,
        "text is not the text at start_char/end_char": 1,
        "start_char outside its sentence": 1,  # d2:t1 starts at 1, its sentence at 10
    }
    assert list(report.examples["date_id"]) == ["d1:t3", "d2:t1"]
    at_span = report.examples["text at the span"].tolist()
    assert pd.isna(at_span[0]) and at_span[1] == "owed"


def test_the_check_is_linear_in_the_rows():
    import time

    n_docs, per_doc = 2000, 100
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n_docs)], "text": ["word " * 200] * n_docs})
    starts = [5 * j for j in range(per_doc)] * n_docs
    rows = pd.DataFrame(
        {
            "sentence_id": [f"d{i}:{j}" for i in range(n_docs) for j in range(per_doc)],
            "doc_id": [f"d{i}" for i in range(n_docs) for _ in range(per_doc)],
            "start_char": starts,
            "end_char": [s + 4 for s in starts],
            "text": ["word"] * (n_docs * per_doc),
        }
    )
    started = time.perf_counter()
    assert span_mismatches("sentences", rows, docs).passed
    assert time.perf_counter() - started < 10  # 200,000 rows: about a second on one core


# ---------------------------------------------------------------------------
# In a run


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    from pipeline.runner import run_pipeline

    raw = tmp_path_factory.mktemp("raw")
    (raw / "sample").mkdir()
    for f in SAMPLE[:2]:
        shutil.copy(f, raw / "sample" / f.name)
    out = tmp_path_factory.mktemp("out")
    outcome = run_pipeline(str(raw), str(out))
    assert outcome.success, outcome.failures
    return out, outcome


def span_check(table):
    from pipeline.defs.checks import ALL_CHECKS

    (check,) = [c for c in ALL_CHECKS if any(k.name == f"{table}_spans_match_text" for k in c.check_keys)]
    return check


def run_check(table, out):
    from pipeline.defs.resources import PipelinePaths

    return span_check(table)(paths=PipelinePaths(raw_dir=str(out), output_dir=str(out)))


def test_span_checks_pass_on_a_normal_run(sample_out):
    from pipeline.store.storage import TableStore

    out, outcome = sample_out
    assert not outcome.checks_failed
    store = TableStore(out)
    for table in SPANS:
        assert store.fingerprint(f"_checks/{table}_spans_match_text")  # ran in the run, and passed
        report = span_report(store, table)
        assert report.passed and report.rows > 0, (table, report.counts)
        assert run_check(table, out).passed


@pytest.mark.parametrize("table", list(SPANS))
def test_span_check_fails_on_a_corrupted_span(sample_out, tmp_path, table):
    from pipeline.store.storage import TableStore

    out = tmp_path / "out"
    shutil.copytree(sample_out[0], out)
    store = TableStore(out)
    spec = SPANS[table]
    df = store.read(table)

    # shift one span by a character where that changes what it slices, and send another past its document's end
    def shifted_is_wrong(i):
        row = df.loc[[i]].copy()
        row[[spec.start, spec.end]] += 1
        return span_mismatches(table, row, docs).counts[f"{spec.text} is not the text at {spec.start}/{spec.end}"]

    docs = store.read("documents")[["doc_id", "text"]]
    shifted = next(i for i in df.index if shifted_is_wrong(i))
    df.loc[shifted, [spec.start, spec.end]] += 1
    past = next(i for i in df.index if i != shifted)
    df.loc[past, spec.end] = len(docs.set_index("doc_id").loc[df.loc[past, "doc_id"], "text"]) + 1
    store.write(table, df)

    result = run_check(table, out)
    assert not result.passed
    assert result.metadata[f"{spec.start}/{spec.end} outside the document"].value == 1
    assert result.metadata[f"{spec.text} is not the text at {spec.start}/{spec.end}"].value == 1
    assert "first failures" in result.metadata


@pytest.mark.parametrize("table", [t for t, spec in SPANS.items() if spec.in_sentence])
def test_span_check_fails_on_a_row_in_another_sentence(sample_out, tmp_path, table):
    from pipeline.store.storage import TableStore

    out = tmp_path / "out"
    shutil.copytree(sample_out[0], out)
    store = TableStore(out)
    df = store.read(table)
    doc_id, sentence_id = df.loc[0, ["doc_id", "sentence_id"]]
    other = next(s for s in store.read("sentences").query("doc_id == @doc_id")["sentence_id"] if s != sentence_id)
    df.loc[0, "sentence_id"] = other  # an existing sentence: the reference check passes, this one must not
    store.write(table, df)

    result = run_check(table, out)
    assert not result.passed and result.metadata[f"{SPANS[table].in_sentence} outside its sentence"].value == 1
