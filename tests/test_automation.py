"""`make ui` as a first-time user runs it: the project's dagster.yaml, automation with no click, a clean start
(no warnings), and a stop (Ctrl-C or SIGTERM) that leaves no process of the UI behind."""

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT
from tests.test_ui import free_port, stop_tree, wait_http

SAMPLE = sorted((ROOT / "raw" / "sample").glob("*.txt"))
LINUX = Path("/proc/self/environ").exists()
needs_proc = pytest.mark.skipif(not LINUX, reason="finds the UI's processes through /proc (Linux)")
DG_WARNINGS = (
    "does not match the virtual environment",  # dg: VIRTUAL_ENV is not the project's .venv
    "No dagster instance configuration file",  # no dagster.yaml in DAGSTER_HOME
    "Telemetry:",  # dagster's first-run notice (telemetry is off in the project's dagster.yaml)
)


def ui_processes(home: Path) -> list[int]:
    """Live processes started for the instance in `home` (dg dev and everything below it carry DAGSTER_HOME)."""
    needle = f"DAGSTER_HOME={home}\0".encode()
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if needle in environ.read_bytes() and _alive(int(environ.parent.name)):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    from pipeline.ui import alive

    return alive(pid)


def start_ui(tmp_path: Path, raw: Path) -> tuple[subprocess.Popen, str, Path, Path]:
    """`make ui` on a fresh instance in tmp_path, its output in a log file; (process, url, home, log)."""
    home, out, log = tmp_path / "dagster_home", tmp_path / "out", tmp_path / "ui.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "VIRTUAL_ENV")}
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            ["make", "--no-print-directory", "ui", f"UI_PORT={port}", f"DAGSTER_HOME={home}"]
            + [f"RAW={raw}", f"OUT={out}"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal gives it
        )
    return proc, f"http://127.0.0.1:{port}", home, log


def wait_until(condition, seconds: float, every: float = 5.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    return condition()


def tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def read(out: Path, table: str) -> pd.DataFrame | None:
    try:
        return pd.read_parquet(out / table)
    except (OSError, ValueError):  # not written yet (or being swapped in)
        return None


def events_of(out: Path, source: str) -> int:
    """Events read from the documents of `source` in the tables as they are now."""
    docs, events = read(out, "documents"), read(out, "events")
    if docs is None or events is None:
        return 0
    return int(events["doc_id"].isin(docs.loc[docs["source"] == source, "doc_id"]).sum())


def test_the_project_dagster_yaml_is_written_refreshed_and_a_users_own_kept(tmp_path):
    from pipeline.ui import MARKER, TEMPLATE, write_instance_yaml

    home = tmp_path / "home"
    assert write_instance_yaml(home) == "written"
    text = (home / "dagster.yaml").read_text()
    assert text == TEMPLATE.read_text() and MARKER in text
    assert write_instance_yaml(home) == "unchanged"
    (home / "dagster.yaml").write_text(MARKER + "\nauto_materialize:\n  enabled: false\n")  # an older copy
    assert write_instance_yaml(home) == "updated" and (home / "dagster.yaml").read_text() == text
    own = "storage:\n  sqlite:\n    base_dir: /somewhere\n"
    (home / "dagster.yaml").write_text(own)
    assert write_instance_yaml(home) == "kept" and (home / "dagster.yaml").read_text() == own

    import dagster as dg

    assert write_instance_yaml(tmp_path / "home2") == "written"
    with dg.DagsterInstance.from_config(str(tmp_path / "home2")) as ours:  # dagster reads it as meant
        assert ours.auto_materialize_enabled and ours.auto_materialize_use_sensors
        assert ours.get_settings("telemetry") == {"enabled": False}


def test_the_ui_environment_activates_this_virtual_environment(tmp_path):
    import sys

    from pipeline.ui import ui_env

    env = ui_env(tmp_path, "/data/raw", "s3://bucket/out", base={"PATH": "/usr/bin", "VIRTUAL_ENV": "/elsewhere"})
    assert env["VIRTUAL_ENV"] == sys.prefix and env["PATH"].split(os.pathsep)[0] == str(Path(sys.prefix) / "bin")
    assert env["DAGSTER_HOME"] == str(tmp_path) and env["PIPELINE_OUTPUT_DIR"] == "s3://bucket/out"


def test_the_automation_sensor_runs_by_default_and_covers_every_automated_asset():
    import dagster as dg

    from pipeline.definitions import defs

    d = defs()
    sensors = {s.name: s for s in d.get_repository_def().sensor_defs}
    assert "default_automation_condition_sensor" not in sensors  # Dagster's own starts stopped
    assert sensors["corpus_automation_sensor"].default_status == dg.DefaultSensorStatus.RUNNING
    assert sensors["raw_sources_sensor"].default_status == dg.DefaultSensorStatus.RUNNING
    graph = d.resolve_asset_graph()
    automated = {k for k in graph.get_all_asset_keys() if graph.get(k).automation_condition is not None}
    assert dg.AssetKey("events") in automated
    assert automated <= sensors["corpus_automation_sensor"].asset_selection.resolve(graph)


def _toy_corpus(from_sources, from_tables):
    """A source partition feeding two corpus tables, as the project's graph does (the first read from the sources,
    the second from the first)."""
    import dagster as dg

    parts = dg.DynamicPartitionsDefinition(name="sources")

    @dg.asset(partitions_def=parts)
    def source_documents(): ...

    @dg.asset(deps=[source_documents], automation_condition=from_sources)
    def documents(): ...

    @dg.asset(deps=[documents], automation_condition=from_tables)
    def events(): ...

    return dg.Definitions(assets=[source_documents, documents, events])


class Ticks:
    """The automation sensor's ticks on a test instance; materializations reported between them."""

    def __init__(self, defs, instance):  # the toy graph's corpus tables are documents and events
        self.defs, self.instance, self.cursor = defs, instance, None

    def tick(self) -> set[str]:
        import dagster as dg

        result = dg.evaluate_automation_conditions(defs=self.defs, instance=self.instance, cursor=self.cursor)
        self.cursor = result.cursor
        return {key for key in ("documents", "events") if result.get_num_requested(dg.AssetKey(key))}

    def materialize(self, key: str, partition: str | None = None):
        import dagster as dg

        if partition:
            self.instance.add_dynamic_partitions("sources", [partition])
        self.instance.report_runless_asset_event(dg.AssetMaterialization(key, partition=partition))


def _conditions(eager: bool):
    import dagster as dg

    from pipeline.defs.automation import follows_sources, follows_updates

    if eager:
        return dg.AutomationCondition.eager(), dg.AutomationCondition.eager()
    return follows_sources(), follows_updates()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(
    "lost_by_eager",
    # Dagster's own eager() loses it (dagster#33587): shown, not required, so a Dagster that fixes it passes too
    [False, pytest.param(True, marks=pytest.mark.xfail(strict=False, reason="dagster#33587 may get fixed"))],
)
def test_a_source_ingested_while_the_corpus_run_finishes_is_not_lost(lost_by_eager):
    """Both between two ticks: the corpus run ends and a new source is ingested. Dagster's eager() loses the new
    source there (its reset wins on a tie of ticks); the project's condition requests the corpus tables again."""
    import dagster as dg

    with dg.instance_for_test() as instance:
        ticks = Ticks(_toy_corpus(*_conditions(lost_by_eager)), instance)
        assert ticks.tick() == set()
        ticks.materialize("source_documents", "alpha")
        assert ticks.tick() == {"documents", "events"}  # one tick requests the whole chain (one run)
        ticks.materialize("documents")
        ticks.materialize("events")
        ticks.materialize("source_documents", "beta")
        requested = ticks.tick()
        assert requested == (set() if lost_by_eager else {"documents", "events"})
        if not lost_by_eager:
            assert ticks.tick() == set()  # requested once: a failed run is not retried until a source changes
            ticks.materialize("documents")
            ticks.materialize("events")
            assert ticks.tick() == set()  # built: nothing more to do
            ticks.materialize("source_documents", "alpha")  # a source refreshed
            assert ticks.tick() == {"documents", "events"}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_source_ingested_while_the_run_reads_the_sources_is_read_again():
    """The corpus run was requested; a source is ingested before the run's documents are written (the run may have
    read the sources before): the tables are requested once more after the run, not taken as up to date."""
    import dagster as dg

    with dg.instance_for_test() as instance:
        ticks = Ticks(_toy_corpus(*_conditions(False)), instance)
        ticks.tick()
        ticks.materialize("source_documents", "alpha")
        assert ticks.tick() == {"documents", "events"}
        ticks.materialize("source_documents", "beta")  # during the run, before its documents are written
        ticks.materialize("documents")
        ticks.materialize("events")
        assert ticks.tick() == {"documents", "events"}
        ticks.materialize("documents")
        ticks.materialize("events")
        assert ticks.tick() == set()  # then nothing more: the run's own tables are no news to the next table


def test_every_corpus_table_follows_updates_without_losing_one():
    from pipeline.definitions import defs
    from pipeline.defs.automation import follows_sources, follows_updates

    graph = defs().resolve_asset_graph()
    automated = {k.to_user_string(): graph.get(k).automation_condition for k in graph.get_all_asset_keys()}
    automated = {k: c for k, c in automated.items() if c is not None}
    from_sources = {"documents", "rejects"}
    assert from_sources <= set(automated) and "events" in automated
    assert all(c == (follows_sources() if k in from_sources else follows_updates()) for k, c in automated.items())


@needs_proc
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_make_ui_starts_without_warnings_and_stops_its_whole_process_tree(tmp_path, how):
    raw = tmp_path / "raw"
    raw.mkdir()  # no source: nothing runs, the services alone
    proc, url, home, log = start_ui(tmp_path, raw)
    try:
        assert wait_http(f"{url}/server_info", 240), "the UI did not come up:\n" + tail(log)
        # the daemon is up once the automation sensor has ticked
        assert wait_until(lambda: "corpus_automation_sensor" in log.read_text(), 180, 2), tail(log)
        started = ui_processes(home)
        assert len(started) >= 4, f"dg dev, webserver, daemon and code server expected: {started}"
        if how == "ctrl-c":  # a terminal sends SIGINT to the foreground process group
            os.killpg(proc.pid, signal.SIGINT)
        else:  # `kill PID` on make
            proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=90)
        left = wait_until(lambda: not ui_processes(home), 30, 1)
        assert left, f"still running after make exited: {ui_processes(home)}"
        text = log.read_text(errors="replace")
        for warning in DG_WARNINGS:
            assert warning not in text, f"{warning!r} in the output of make ui:\n{text}"
        assert " WARNING " not in text and "Warning:" not in text, text
    finally:
        if proc.poll() is None:
            stop_tree(proc)
        for pid in ui_processes(home):
            os.kill(pid, signal.SIGKILL)


@needs_proc
def test_a_new_source_folder_rebuilds_events_with_no_click(tmp_path):
    """A fresh instance: the sensor ingests the first source and automation builds the corpus tables; then an
    article in a new source folder is ingested and `events` is rebuilt with its events, all by the daemon."""
    import dagster as dg

    raw = tmp_path / "raw"
    (raw / "alpha").mkdir(parents=True)
    shutil.copy(SAMPLE[0], raw / "alpha" / SAMPLE[0].name)
    proc, url, home, log = start_ui(tmp_path, raw)
    out = tmp_path / "out"
    try:
        assert wait_http(f"{url}/server_info", 240), "the UI did not come up:\n" + tail(log)
        # generous: several helpers' jobs share two cores; a sensor tick every 30 s, a run process per run
        assert wait_until(lambda: events_of(out, "alpha"), 900), "events not built for alpha:\n" + tail(log)

        (raw / "beta").mkdir()
        shutil.copy(SAMPLE[1], raw / "beta" / "new-article.txt")
        assert wait_until(lambda: events_of(out, "beta"), 900), "events not rebuilt for beta:\n" + tail(log)

        with dg.DagsterInstance.from_config(str(home)) as instance:
            records = instance.fetch_materializations(dg.AssetKey("events"), limit=100).records
            assert len(records) >= 2  # built, then rebuilt
            for record in records:  # no run of `events` was launched by hand: each came from the automation sensor
                tags = instance.get_run_by_id(record.run_id).tags
                assert tags.get("dagster/sensor_name") == "corpus_automation_sensor", tags
            assert set(instance.get_dynamic_partitions("sources")) == {"alpha", "beta"}
            # the automation runs carry the tables' checks too: green in the UI
            from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus

            check = dg.AssetCheckKey(dg.AssetKey("events"), "events_references_exist")

            def check_done():  # the table is written before its check runs, in the same run: wait for the check
                (latest,) = instance.event_log_storage.get_asset_check_execution_history(check, limit=1)
                return latest if latest.status != AssetCheckExecutionRecordStatus.PLANNED else None

            latest = wait_until(check_done, 300, 2)
            assert latest and latest.status == AssetCheckExecutionRecordStatus.SUCCEEDED, latest
        text = log.read_text(errors="replace")
        for warning in DG_WARNINGS:
            assert warning not in text, f"{warning!r} in the output of make ui"

        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=90)
        assert wait_until(lambda: not ui_processes(home), 30, 1), f"left running: {ui_processes(home)}"
    finally:
        if proc.poll() is None:
            stop_tree(proc)
        for pid in ui_processes(home):
            os.kill(pid, signal.SIGKILL)
