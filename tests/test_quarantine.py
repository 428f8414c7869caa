"""A document whose rows break a per-document table's schema is withheld from that table (and from the tables that
point into it) while the run goes on; a failure no document can be blamed for still fails the table."""

import shutil

import pandas as pd
import pandera.pandas as pa
import pytest

from pipeline.store.validation import TableValidationError, validate_documents
from tests.conftest import ROOT


class Rows(pa.DataFrameModel):
    row_id: str = pa.Field(unique=True)
    doc_id: str
    start_char: int = pa.Field(ge=0)


def rows(*spec):
    return pd.DataFrame([{"row_id": r, "doc_id": d, "start_char": s} for r, d, s in spec])


def test_a_document_with_a_failing_row_is_withheld_and_the_rest_is_kept():
    df = rows(*[(f"r{i}", f"d{i // 2}", i) for i in range(40)], ("bad", "d7", -3))
    kept, quarantine = validate_documents("t", df, Rows)
    assert set(kept["doc_id"]) == {f"d{i}" for i in range(20)} - {"d7"}
    assert list(quarantine.reasons) == ["d7"]
    assert "start_char" in quarantine.reasons["d7"] and "-3" in quarantine.reasons["d7"]
    assert "1 document quarantined" in quarantine.note()


def test_a_duplicate_id_withholds_only_the_documents_holding_it():
    df = rows(*[(f"r{i}", f"d{i}", i) for i in range(30)], ("r3", "d3", 9))
    kept, quarantine = validate_documents("t", df, Rows)
    assert "d3" not in set(kept["doc_id"]) and len(kept) == 29
    assert list(quarantine.reasons) == ["d3"]


def test_documents_quarantined_upstream_are_dropped_first():
    df = rows(("a", "d1", 0), ("b", "d2", 1), ("c", "d3", 2))
    kept, quarantine = validate_documents("t", df, Rows, withheld={"d2": "withheld from sentences: x"})
    assert list(kept["doc_id"]) == ["d1", "d3"]
    assert quarantine.reasons == {"d2": "withheld from sentences: x"}


def test_a_clean_table_withholds_nothing():
    df = rows(("a", "d1", 0), ("b", "d2", 1))
    kept, quarantine = validate_documents("t", df, Rows)
    assert len(kept) == 2 and not quarantine


def test_many_failing_documents_are_a_rule_bug_and_fail_the_table():
    df = rows(*[(f"r{i}", f"d{i}", -1 if i < 3 else i) for i in range(20)])
    with pytest.raises(TableValidationError):
        validate_documents("t", df, Rows, max_share=0.05)


def test_row_labels_are_read_as_positions_and_a_row_of_no_document_fails_the_table():
    df = rows(*[(f"r{i}", f"d{i}", i) for i in range(30)], ("bad", "d7", -3))
    df.index = range(100, 100 + len(df))  # a builder's frame with labels of its own
    kept, quarantine = validate_documents("t", df, Rows)
    assert list(quarantine.reasons) == ["d7"] and "d7" not in set(kept["doc_id"])
    df = rows(*[(f"r{i}", f"d{i}", i) for i in range(30)], ("bad", None, -3))
    with pytest.raises(TableValidationError):
        validate_documents("t", df, Rows)


def test_a_failure_no_row_can_be_blamed_for_fails_the_table():
    df = pd.DataFrame({"row_id": ["a", "b"], "doc_id": ["d1", "d2"], "start_char": ["x", 1]})
    with pytest.raises(TableValidationError):
        validate_documents("t", df, Rows)


def test_a_run_withholds_a_broken_document_and_goes_on(tmp_path, monkeypatch):
    """A rule's bug met on one document (here: a mention whose offset is negative) costs that document's mentions,
    quotes and events, not the run; the summary and the warning check name it."""
    from pipeline.runner import run_pipeline, run_summary
    from pipeline.tables import actors as actors_tables

    build = actors_tables.build_actors
    victim = {}

    def broken(store, docs):
        actors, mentions = build(store, docs)
        victim.setdefault("doc", mentions["doc_id"].iloc[0])
        rows = mentions.index[mentions["doc_id"] == victim["doc"]]
        mentions.loc[rows[:1], "start_char"] = -5  # that document's first mention, whenever it is built
        return actors, mentions

    monkeypatch.setattr(actors_tables, "build_actors", broken)
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(ROOT / "raw" / "sample", raw / "sample")
    outcome = run_pipeline(str(raw), str(out))
    assert outcome.success, outcome.failures
    assert set(outcome.checks_failed) == {
        f"{t}_no_quarantined_documents" for t in ("actor_mentions", "quotes", "events")
    }
    doc = victim["doc"]
    tables = {t: pd.read_parquet(out / t) for t in ("documents", "sentences", "actor_mentions", "quotes", "events")}
    assert doc in set(tables["documents"]["doc_id"]) and doc in set(tables["sentences"]["doc_id"])
    for t in ("actor_mentions", "quotes", "events"):
        assert doc not in set(tables[t]["doc_id"]), t
    assert tables["actor_mentions"]["doc_id"].nunique() >= 3  # the other documents are all there
    # the actors are those of the documents kept: every actor has its mentions in the table
    actors = pd.read_parquet(out / "actors")
    assert set(actors["actor_id"]) == set(tables["actor_mentions"]["actor_id"])
    summary = "\n".join(run_summary(str(out)))
    assert f"{doc}: withheld from actor_mentions, quotes, events (start_char" in summary
