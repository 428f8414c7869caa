import pandas as pd

from pipeline.stages import known_people


def _actors(rows):
    return pd.DataFrame(rows, columns=["name", "type", "country", "sector", "n_documents", "country_source"])


def test_mined_from_stated_countries_only_when_articles_agree():
    a = _actors(
        [
            ("Vladimir Putin", "PERSON", "RUS", "GOV", 5, "text"),
            ("Ana Lopez", "PERSON", "ESP", "GOV", 1, "text"),  # one article: not enough
            ("John Smith", "PERSON", "GBR", "GOV", 2, "text"),
            ("Jo Runner", "PERSON", "KEN", None, 4, "text"),  # no office: a sportsperson's country is unsure
            ("Moscow", "GPE", "RUS", None, 9, "text"),  # not a person
            ("Ali Kaya", "PERSON", "TUR", "GOV", 3, "known"),  # never learn from the table itself
            ("Miguel de la", "PERSON", "MEX", "GOV", 3, "text"),  # a name cut short
            ("Ta Chung Hua Rubber Factory", "PERSON", "KOR", "GOV", 6, "text"),  # a firm read as a person
        ]
    )
    b = _actors(
        [
            ("John Smith", "PERSON", "USA", "GOV", 2, "text"),  # the articles disagree
            ("Vladimir  Putin", "PERSON", "RUS", "GOV", 2, "text"),
        ]
    )
    table = known_people.mine([a, b])
    assert table.to_dict("records") == [{"name": "Vladimir Putin", "country": "RUS", "documents": 7}]


def test_lookup_by_full_name_or_a_unique_prominent_surname(tmp_path, monkeypatch):
    path = tmp_path / "known.tsv"
    pd.DataFrame(
        [
            ("Vladimir Putin", "RUS", 7),
            ("George W Bush", "USA", 9),
            ("George Bush", "USA", 3),
            ("Gordon Brown", "GBR", 4),
            ("Dan Brown", "USA", 2),
        ],
        columns=["name", "country", "documents"],
    ).to_csv(path, sep="\t", index=False)
    monkeypatch.setattr(known_people, "DATA", path)
    known_people._index.cache_clear()
    try:
        assert known_people.lookup("Vladimir Putin") == "RUS"
        assert known_people.lookup("Putin") == "RUS"
        assert known_people.lookup("Bush") == "USA"  # one family, one country
        assert known_people.lookup("Brown") is None  # two countries
        assert known_people.lookup("Maria Putin") is None  # another person
    finally:
        known_people._index.cache_clear()


def test_a_surname_that_looks_like_a_state_gives_no_country(tmp_path, monkeypatch):
    path = tmp_path / "known.tsv"
    pd.DataFrame(
        [("Abdullah Jordan", "SAU", 6), ("Nadia Okoye", "NGA", 5)], columns=["name", "country", "documents"]
    ).to_csv(path, sep="\t", index=False)
    monkeypatch.setattr(known_people, "DATA", path)
    known_people._index.cache_clear()
    try:
        assert known_people.lookup("Okoye") == "NGA"
        assert known_people.lookup("Jordan") is None  # a state's name alone: anyone's surname, or the state
        assert known_people.lookup("Abdullah Jordan") == "SAU"  # the full name is known
    finally:
        known_people._index.cache_clear()
