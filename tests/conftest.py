import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.gold.json"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.stages.parse import load_model

    return load_model()


@pytest.fixture(scope="session")
def parse(nlp):
    def _parse(text: str):
        return nlp(text)

    return _parse


@pytest.fixture
def pub():
    return dt.date(2022, 9, 15)  # a Thursday
