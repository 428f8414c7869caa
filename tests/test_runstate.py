import os

from pipeline.store import runstate


def test_rerun_is_skipped_only_when_raw_output_and_code_are_unchanged(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "feed").mkdir(parents=True)
    (raw / "feed" / "a.txt").write_text("An article.")
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "part-0.parquet").write_bytes(b"table")
    assert not runstate.unchanged(raw, out)  # never recorded
    runstate.record(raw, out)
    assert runstate.unchanged(raw, out)
    (out / "_cache").mkdir()
    (out / "_cache" / "parse.bin").write_bytes(b"x")  # working state does not count
    assert runstate.unchanged(raw, out)
    (raw / "feed" / "b.txt").write_text("A new article.")  # new input
    assert not runstate.unchanged(raw, out)
    runstate.record(raw, out)
    st = os.stat(out / "documents" / "part-0.parquet")
    os.utime(
        out / "documents" / "part-0.parquet", ns=(st.st_atime_ns, st.st_mtime_ns + 1)
    )  # a table rewritten elsewhere
    assert not runstate.unchanged(raw, out)
    runstate.record(raw, out)
    runstate.forget(out)
    assert not runstate.unchanged(raw, out)
