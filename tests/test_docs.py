from pipeline.datadict import BEGIN, END, SETTINGS_BEGIN, SETTINGS_END, markdown, settings_markdown
from tests.conftest import ROOT


def test_readme_data_dictionary_matches_the_schemas():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(BEGIN) : text.index(END) + len(END)]
    assert section == markdown(), "run `python -m pipeline datadict`"


def test_every_column_is_documented():
    from schemas import MODELS

    for table, model in MODELS.items():
        for name, col in model.to_schema().columns.items():
            assert col.description, f"{table}.{name} has no description"


def test_readme_settings_table_matches_the_config():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(SETTINGS_BEGIN) : text.index(SETTINGS_END) + len(SETTINGS_END)]
    assert section == settings_markdown(), "run `python -m pipeline datadict`"


def test_every_setting_is_documented():
    from pipeline.config import describe

    for name, _value, _default, doc in describe():
        assert doc, f"setting {name} has no description"
