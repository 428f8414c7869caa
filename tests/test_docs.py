from pipeline.datadict import BEGIN, END, markdown
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
