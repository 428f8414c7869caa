"""Real-looking web pages (written for these tests, tests/data/pages/): the body comes out whole, the furniture
does not, no page is rejected.

Each `<page>.html` has its expected body in `<page>.txt` and, in `<page>.json`, its publication date, furniture
that must be gone (share, follow and subscribe lines, bylines, cookie banners, comments, related lists) and body
sentences that mention Facebook or email and must stay.
"""

import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.stages.ingest import ingest

PAGES = Path(__file__).parent / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))


def shingles(text: str, k: int = 5) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def shingle_f1(got: str, expected: str) -> float:
    a, b = shingles(got), shingles(expected)
    if not a or not b:
        return 0.0
    precision, recall = len(a & b) / len(a), len(a & b) / len(b)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "web").mkdir()
    for name in NAMES:
        shutil.copy(PAGES / f"{name}.html", raw / "web" / f"{name}.html")
    return ingest(raw)


def test_there_are_enough_pages():
    assert 6 <= len(NAMES) <= 10
    for name in NAMES:
        assert (PAGES / f"{name}.txt").is_file() and (PAGES / f"{name}.json").is_file()


def test_no_page_is_rejected(extracted):
    assert extracted.rejects == []
    assert sorted(Path(d.path).stem for d in extracted.documents) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_body_is_kept_and_furniture_is_gone(extracted, name):
    (doc,) = [d for d in extracted.documents if Path(d.path).stem == name]
    expected = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    meta = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    f1 = shingle_f1(doc.text, expected)
    assert f1 >= 0.95, f"{name}: shingle F1 {f1:.3f}"
    lines = {ln.strip() for ln in doc.text.split("\n")}
    for furniture in meta["furniture"]:
        assert furniture not in lines, f"{name}: furniture line {furniture!r} kept"
        if len(furniture) > 12:
            assert furniture not in doc.text, f"{name}: furniture {furniture!r} kept"
    for sentence in meta["kept"]:
        assert sentence in doc.text, f"{name}: body text {sentence!r} lost"
    assert str(doc.publication_date) == meta["date"]


def test_the_long_page_keeps_all_its_paragraphs(extracted):
    (doc,) = [d for d in extracted.documents if Path(d.path).stem == "long_inquiry"]
    expected = (PAGES / "long_inquiry.txt").read_text(encoding="utf-8").strip().split("\n\n")
    assert len(expected) == 200
    assert [p for p in expected if p not in doc.text] == []


def test_a_page_nested_past_the_parser_limit_keeps_its_text(tmp_path):
    paragraphs = [
        f"Witness {i} told the hearing that the flood gates at lock {i} had not been opened in time on the night."
        for i in range(40)
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>Deep</title></head><body>{'<div>' * 3000}<article>{body}</article>{'</div>' * 3000}"
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "deep.html").write_text(page + "</body></html>", encoding="utf-8")
    result = ingest(tmp_path)
    assert result.rejects == []
    (doc,) = result.documents
    assert doc.text.split("\n") == paragraphs
