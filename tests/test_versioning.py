"""What invalidates what: a change to a data file, a stage's code, a setting or a library rebuilds exactly the
tables that depend on it; benchmarks, evaluation and the README rebuild nothing."""

import shutil
from pathlib import Path

import pytest

from pipeline import versioning
from pipeline.config import Settings

ROOT = Path(__file__).resolve().parents[1]
ALL_TABLES = set(versioning.TABLES)
# the tables that hold per-document records of the actor stage (mentions): quotes and events read them too
MENTION_TABLES = {"actors", "actor_mentions", "quotes", "events"}


@pytest.fixture()
def project(tmp_path):
    """A copy of the checkout's code, data, evaluation and README, scanned like the installed one."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("pipeline", "schemas", "evaluation"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=ignore)
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    return tmp_path


def versions(root: Path, settings: Settings | None = None) -> dict[str, str]:
    p = versioning.Project(root)
    return {t: p.table_version(t, settings) for t in versioning.TABLES} | {
        "(parse)": p.parse_version(settings),
        "(records)": p.record_version(settings),
    }


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {k for k in before if before[k] != after[k]}


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_versions_are_stable_for_the_same_checkout(project):
    assert versions(project) == versions(project)
    assert versions(project) == versions(ROOT)  # a copy answers like the checkout it was copied from


def test_known_people_rebuild_the_tables_of_actor_mentions_and_nothing_else(project):
    before = versions(project)
    append(project / "pipeline" / "data" / "known_people.tsv", "Ada Example\tGBR\t3\n")
    diff = changed(before, versions(project))
    assert diff - {"(records)"} == MENTION_TABLES
    assert "(parse)" not in diff  # a rule or data change never re-parses


@pytest.mark.parametrize(
    "data_file",
    sorted(p.name for p in (ROOT / "pipeline" / "data").iterdir() if p.is_file() and p.name != "known_people.tsv"),
)
def test_a_lexicon_file_rebuilds_only_the_tables_whose_stages_read_it(project, data_file):
    p = versioning.Project(project)
    readers = {t for t in versioning.TABLES if data_file in p.table_dependencies(t).data_files}
    assert readers, f"no stage names {data_file}: a data file must belong to the stage that reads it"
    assert readers != ALL_TABLES
    before = versions(project)
    append(project / "pipeline" / "data" / data_file, "\n")
    assert changed(before, versions(project)) - {"(records)", "(parse)"} == readers


def test_every_data_file_is_read_by_some_stage():
    p = versioning.Project(ROOT)
    named = {f for t in versioning.TABLES for f in p.table_dependencies(t).data_files}
    named |= set(p.dependencies(["pipeline.stages.parse"]).data_files)
    assert set(p.data_files()) <= named


def test_a_stage_rebuilds_only_the_tables_that_run_it(project):
    before = versions(project)
    append(project / "pipeline" / "stages" / "events.py", "\n# a rule changed\n")
    assert changed(before, versions(project)) == {"events", "(records)"}


def test_a_schema_rebuilds_only_its_table(project):
    before = versions(project)
    append(project / "schemas" / "sentences.py", "\n# a description changed\n")
    assert changed(before, versions(project)) == {"sentences"}


def test_the_ingestion_rules_rebuild_only_the_source_tables(project):
    before = versions(project)
    append(project / "pipeline" / "stages" / "clean.py", "\n# a boilerplate rule changed\n")
    assert changed(before, versions(project)) == {"source_documents", "source_rejects", "rejects"}


def test_benchmarks_evaluation_and_the_readme_rebuild_nothing(project):
    before = versions(project)
    for path in [project / "README.md", *sorted((project / "evaluation").rglob("*.py"))]:
        append(path, "\n# edited\n")
    assert versions(project) == before


def test_a_setting_rebuilds_the_tables_whose_stages_read_it(project):
    before = versions(project)
    after = versions(project, Settings().with_overrides({"dedup.threshold": "0.85"}))
    assert changed(before, after) == {"documents"}
    after = versions(project, Settings().with_overrides({"ingest.min_words": "5"}))
    assert changed(before, after) == {"source_documents", "source_rejects", "rejects"}
    assert versions(project, Settings().with_overrides({"run.apart_from_rows": "10"})) == before


def test_a_library_upgrade_rebuilds_the_tables_that_import_it(project, monkeypatch):
    before = versions(project)
    real = versioning.library_version
    monkeypatch.setattr(versioning, "library_version", lambda name: "99.0" if name == "dateparser" else real(name))
    diff = changed(before, versions(project))
    assert {"dates", "events"} <= diff
    assert not diff & {"sentences", "actors", "actor_mentions", "stories", "story_events"}


def test_the_model_version_invalidates_the_parse(project, monkeypatch):
    before = versions(project)
    real = versioning.library_version
    monkeypatch.setattr(
        versioning, "library_version", lambda name: "9.9.9" if name == versioning.MODEL_PACKAGE else real(name)
    )
    after = versions(project)
    assert "(parse)" in changed(before, after) and "(records)" in changed(before, after)
    # every table built from per-document records depends on the parse
    assert changed(before, after) >= {t for t, (_, records) in versioning.TABLES.items() if records}


def test_the_run_record_sees_every_change_that_can_rebuild_a_table_and_ignores_the_rest(project):
    before = versioning.run_version(project)
    for path in [project / "README.md", *sorted((project / "evaluation").rglob("*.py"))]:
        append(path, "\n# edited\n")
    assert versioning.run_version(project) == before  # an idle scheduled run still stops early
    append(project / "pipeline" / "data" / "known_people.tsv", "Ada Example\tGBR\t3\n")
    assert versioning.run_version(project) != before
