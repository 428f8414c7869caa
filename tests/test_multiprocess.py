"""The definitions under Dagster's multiprocess executor: each source partition run and each corpus step runs
in its own process, sharing nothing but the output folder; the tables are the ones an in-process run writes."""

import pytest

from pipeline.runner import run_pipeline
from tests.test_operations import digest, make_raw


@pytest.mark.parametrize("parse_in_worker", [False, True])
def test_multiprocess_executor_writes_the_same_tables(tmp_path, monkeypatch, parse_in_worker):
    """Each step in its own process. With the parse in a worker process, each step process owns its own worker
    (the `spacy_model` resource): the one `documents` starts ahead is stopped with its step, `parses` starts
    another; the tables are the in-process run's and no worker outlives the run."""
    import dagster as dg

    from tests import mp_definitions

    raw = make_raw(tmp_path)
    assert run_pipeline(str(raw), str(tmp_path / "expected")).success
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(raw))
    monkeypatch.setenv("PIPELINE_OUTPUT_DIR", str(tmp_path / "out"))
    (tmp_path / "home").mkdir()
    corpus = mp_definitions.corpus_with_parse_worker if parse_in_worker else mp_definitions.corpus
    with dg.instance_for_test(temp_dir=str(tmp_path / "home")) as instance:
        instance.add_dynamic_partitions("sources", ["alpha", "beta"])
        for source in ("alpha", "beta"):
            with dg.execute_job(
                dg.reconstructable(mp_definitions.ingest_job), instance=instance, tags={"dagster/partition": source}
            ) as result:
                assert result.success
        with dg.execute_job(dg.reconstructable(corpus), instance=instance) as result:
            assert result.success
            steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}
            assert {"parses", "dates", "sentences", "events"} <= steps
            parses = [
                e for e in result.all_events if e.step_key == "parses" and e.event_type_value == "ASSET_MATERIALIZATION"
            ]
            metadata = parses[0].event_specific_data.materialization.metadata
            # the model ran in a worker process exactly when asked to
            assert ("parse_worker_peak_rss" in metadata) == parse_in_worker
    assert digest(tmp_path / "out") == digest(tmp_path / "expected")
    # every worker this run started (its environment names this test's output) stopped with its step; workers of
    # other pipelines running on the machine are not this test's
    assert not [p for p in _processes(str(tmp_path)) if "_parse_worker_main" in p]


def _processes(env_mark: str) -> list[str]:
    """Command lines of the processes whose environment holds `env_mark`."""
    from pathlib import Path

    out = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if env_mark.encode() not in (proc / "environ").read_bytes():
                continue
            out.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace"))
        except OSError:
            continue
    return out


PARTITION_RUN = """
import sys
import dagster as dg
from tests import mp_definitions
instance = dg.DagsterInstance.get()
with dg.execute_job(dg.reconstructable(mp_definitions.ingest_job), instance=instance,
                    tags={"dagster/partition": sys.argv[1]}) as result:
    print(result.run_id)
    sys.exit(0 if result.success else 1)
"""


def test_source_partitions_run_side_by_side(tmp_path):
    """Two partition runs launched at once, each its own OS process (as a run queue launches them), on one
    instance (run storage shared, SQLite here, Postgres in production): their runs overlap in time and the
    tables equal an in-process run's."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import dagster as dg

    from tests import mp_definitions

    raw = make_raw(tmp_path)
    assert run_pipeline(str(raw), str(tmp_path / "expected")).success
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_OUTPUT_DIR": str(tmp_path / "out"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    old = os.environ.copy()
    os.environ.update(env)
    try:
        with dg.DagsterInstance.get() as instance:
            instance.add_dynamic_partitions("sources", ["alpha", "beta"])
        procs = [
            subprocess.Popen([sys.executable, "-c", PARTITION_RUN, s], env=env, stdout=subprocess.PIPE, text=True)
            for s in ("alpha", "beta")
        ]
        run_ids = []
        for p in procs:
            out, _ = p.communicate(timeout=600)
            assert p.returncode == 0
            run_ids.append(out.strip().splitlines()[-1])
        with dg.DagsterInstance.get() as instance:
            stats = [instance.get_run_stats(r) for r in run_ids]
            (a0, a1), (b0, b1) = [(s.start_time, s.end_time) for s in stats]
            assert a0 < b1 and b0 < a1  # the two runs overlapped
            with dg.execute_job(dg.reconstructable(mp_definitions.corpus), instance=instance) as result:
                assert result.success
    finally:
        os.environ.clear()
        os.environ.update(old)
    assert digest(tmp_path / "out") == digest(tmp_path / "expected")
