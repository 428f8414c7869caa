"""Raw and output locations given as fsspec URLs, tested with fsspec's in-memory filesystem."""

import hashlib

import fsspec
import pandas as pd

from pipeline.runner import run_pipeline
from tests.test_operations import SAMPLE, digest, make_raw


def remote_digest(fs, root):
    return {
        p[len(root) + 1 :]: hashlib.sha256(fs.cat_file(p)).hexdigest()
        for p in sorted(fs.find(root))
        if p.endswith(".parquet") and not p[len(root) + 1 :].startswith(("_", "."))
    }


def test_object_store_urls_give_the_same_tables_as_local_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("PIPELINE_MIRROR_DIR", str(tmp_path / "mirror"))
    fs = fsspec.filesystem("memory")
    raw_local = make_raw(tmp_path)
    for f in raw_local.rglob("*.txt"):
        fs.pipe_file(f"/bucket/raw/{f.parent.name}/{f.name}", f.read_bytes())
    local = run_pipeline(str(raw_local), str(tmp_path / "out"))
    remote = run_pipeline("memory://bucket/raw", "memory://bucket/out")
    assert local.success and remote.success, (local.failures, remote.failures)
    expected = digest(tmp_path / "out")
    assert remote_digest(fs, "/bucket/out") == expected  # byte-identical tables in the bucket
    assert not [p for p in fs.find("/bucket/out") if "/_cache/" in p]  # parses stay on the machine
    docs = pd.read_parquet("memory://bucket/out/documents")
    assert len(docs) == len(SAMPLE)

    # a file removed from the bucket disappears from the tables, and only what changed is fetched again
    fs.rm_file(f"/bucket/raw/beta/{SAMPLE[-1].name}")
    assert run_pipeline("memory://bucket/raw", "memory://bucket/out").success
    assert len(pd.read_parquet("memory://bucket/out/documents")) == len(SAMPLE) - 1
