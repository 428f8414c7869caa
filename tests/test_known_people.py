import pandas as pd

from pipeline import known_people


def _actors(rows):
    return pd.DataFrame(rows, columns=["name", "type", "country", "sector", "n_documents", "country_source"])


def test_mined_from_stated_countries_only_when_articles_agree():
    a = _actors([
        ("Vladimir Putin", "PERSON", "RUS", "GOV", 5, "text"),
        ("Ana Lopez", "PERSON", "ESP", None, 1, "text"),        # one article: not enough
        ("John Smith", "PERSON", "GBR", None, 2, "text"),
        ("Moscow", "GPE", "RUS", None, 9, "text"),              # not a person
        ("Ali Kaya", "PERSON", "TUR", "GOV", 3, "known"),       # never learn from the table itself
    ])
    b = _actors([("John Smith", "PERSON", "USA", None, 2, "text"),  # the articles disagree
                 ("Vladimir  Putin", "PERSON", "RUS", None, 2, "text")])
    table = known_people.mine([a, b])
    assert table.to_dict("records") == [{"name": "Vladimir Putin", "country": "RUS", "sector": "GOV", "documents": 7}]


def test_lookup_by_full_name_or_a_unique_prominent_surname(tmp_path, monkeypatch):
    path = tmp_path / "known.tsv"
    pd.DataFrame([("Vladimir Putin", "RUS", "GOV", 7), ("George W Bush", "USA", "GOV", 9), ("George Bush", "USA", "GOV", 3),
                  ("Gordon Brown", "GBR", "GOV", 4), ("Dan Brown", "USA", "", 2)],
                 columns=["name", "country", "sector", "documents"]).to_csv(path, sep="\t", index=False)
    monkeypatch.setattr(known_people, "DATA", path)
    known_people._index.cache_clear()
    try:
        assert known_people.lookup("Vladimir Putin") == ("RUS", "GOV")
        assert known_people.lookup("Putin") == ("RUS", None)
        assert known_people.lookup("Bush") == ("USA", None)      # one family, one country
        assert known_people.lookup("Brown") is None              # two countries
        assert known_people.lookup("Maria Putin") is None        # another person
    finally:
        known_people._index.cache_clear()
