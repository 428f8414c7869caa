"""The word tables under pipeline/data/ as data: one person's office in every gendered form."""

from collections import defaultdict

import pytest

from pipeline.stages.lexicon import DATA_DIR, data_rows

# the forms of one office or occupation: a table that lists one of them for a role lists them all (a gap is a kind of
# error, not a choice: "A spokesperson for X criticised Y" lost its event where "A spokesman for X" kept it)
GENDERED_FORMS = (
    ("spokesman", "spokeswoman", "spokesperson"),
    ("spokesmen", "spokeswomen", "spokespeople"),
    ("chairman", "chairwoman", "chairperson"),
    ("chairmen", "chairwomen"),
    ("congressman", "congresswoman"),
    ("councilman", "councilwoman"),
    ("policeman", "policewoman"),
    ("policemen", "policewomen"),
    ("businessman", "businesswoman"),
    ("ombudsman", "ombudswoman"),
)
# a table of gender words (coref_gender_words) lists a form only where it tells a gender: "chairwoman" does, "chairman"
# does not ("UKIP chairman Petrina Holdsworth ... She said"), nor "spokesperson"
GENDER_COLUMN = "gender"


def _tables() -> list[str]:
    return sorted(p.name for p in DATA_DIR.glob("*.tsv"))


@pytest.mark.parametrize("table", _tables())
def test_a_table_lists_every_gendered_form_of_an_office_it_lists(table):
    rows = data_rows(table)
    if not rows or GENDER_COLUMN in rows[0]:
        pytest.skip("no rows, or a table of gender words")
    word = next(iter(rows[0]))  # the first column holds the word
    by_role: dict[tuple, set[str]] = defaultdict(set)
    for r in rows:
        role = tuple((k, v) for k, v in r.items() if k != word)
        by_role[role].add((r[word] or "").lower())
    gaps = [
        (missing, dict(role))
        for role, words in by_role.items()
        for forms in GENDERED_FORMS
        if words & set(forms)
        for missing in forms
        if missing not in words
    ]
    assert gaps == [], gaps


def test_the_forms_check_finds_a_gap():
    # the check itself: a role listing "chairman" alone has a gap
    words = {"chairman", "minister"}
    assert [f for forms in GENDERED_FORMS if words & set(forms) for f in forms if f not in words] == [
        "chairwoman",
        "chairperson",
    ]
