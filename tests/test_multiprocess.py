"""The definitions under Dagster's multiprocess executor: each source partition run and each corpus step runs
in its own process, sharing nothing but the output folder; the tables are the ones an in-process run writes."""
from pipeline.runner import run_pipeline
from tests.test_operations import digest, make_raw


def test_multiprocess_executor_writes_the_same_tables(tmp_path, monkeypatch):
    import dagster as dg

    from tests import mp_definitions

    raw = make_raw(tmp_path)
    assert run_pipeline(str(raw), str(tmp_path / "expected")).success
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(raw))
    monkeypatch.setenv("PIPELINE_OUTPUT_DIR", str(tmp_path / "out"))
    (tmp_path / "home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "home")) as instance:
        instance.add_dynamic_partitions("sources", ["alpha", "beta"])

        def ingest(source):
            with dg.execute_job(dg.reconstructable(mp_definitions.ingest_job), instance=instance,
                                tags={"dagster/partition": source}) as result:
                return result.success

        assert ingest("alpha") and ingest("beta")
        with dg.execute_job(dg.reconstructable(mp_definitions.corpus), instance=instance) as result:
            assert result.success
            steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_START"}
            assert {"parses", "dates", "sentences", "events"} <= steps
    assert digest(tmp_path / "out") == digest(tmp_path / "expected")
