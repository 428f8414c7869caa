import pytest

from pipeline.dates import find_dates


def values(parse, text, pub):
    return {m.text: m.value for m in find_dates(parse(text), pub)}


@pytest.mark.parametrize("text,surface,value", [
    ("The ministers met on Wednesday in the capital.", "Wednesday", "2022-09-14"),   # closest past weekday
    ("The two leaders will meet on Monday to sign the deal.", "Monday", "2022-09-19"),  # future tense
    ("Troops crossed the border last week, officials said.", "last week", "2022-W36"),
    ("Talks continued this week in Geneva.", "this week", "2022-W37"),
    ("The bank raised rates last year.", "last year", "2021"),
    ("Elections will be held next month.", "next month", "2022-10"),
    ("Protests erupted in March over fuel prices.", "March", "2022-03"),
    ("The summit will take place in November.", "November", "2022-11"),
    ("The agreement was signed in December.", "December", "2021-12"),
    ("The pipeline opened in 2015 after years of delay.", "2015", "2015"),
    ("The embassy opened in August 2003.", "August 2003", "2003-08"),
    ("The treaty was signed on January 3, 1992.", "January 3, 1992", "1992-01-03"),
    ("He spoke to reporters on 06 January 2022.", "06 January 2022", "2022-01-06"),
    ("The firm was founded three years ago.", "three years ago", "2019"),
    ("The company posted the results yesterday.", "yesterday", "2022-09-14"),
    ("Growth slowed in the 1990s.", "the 1990s", "199"),
])
def test_values_at_true_precision(parse, pub, text, surface, value):
    assert values(parse, text, pub)[surface] == value


def test_bare_year_never_gets_a_day(parse, pub):
    (m,) = [m for m in find_dates(parse("Trade reached $12 billion in 2008."), pub) if m.text == "2008"]
    assert m.value == "2008" and m.precision == "year"


def test_quantities_are_not_years(parse, pub):
    found = {m.text for m in find_dates(parse("More than 2000 troops and 1500 tanks crossed, about 1999 people fled."), pub)}
    assert "1500" not in found and "1999" not in found


def test_may_the_verb_is_not_a_month(parse, pub):
    assert not [m for m in find_dates(parse("The unrest may spread to other regions."), pub) if m.text == "may"]


def test_duration(parse, pub):
    (m,) = [m for m in find_dates(parse("The war has lasted 30 years."), pub) if m.text == "30 years"]
    assert m.type == "DURATION" and m.value == "P30Y"


def test_no_publication_date_uses_narrative_anchor_or_null(parse):
    text = "The unrest began on 5 January 2022. Two days later, troops arrived. On Monday the president spoke. In June he travelled."
    ms = {m.text: m for m in find_dates(parse(text), None)}
    assert ms["5 January 2022"].value == "2022-01-05"
    assert ms["Two days later"].value == "2022-01-07" and ms["Two days later"].anchor_source == "narrative"
    assert ms["Monday"].value == "2022-01-03" and ms["Monday"].anchor == "2022-01-05"
    assert ms["June"].value is not None and ms["June"].anchor_source == "narrative"


def test_relative_without_any_anchor_stays_null(parse):
    ms = {m.text: m for m in find_dates(parse("Last year the bank cut rates. On Wednesday it raised them."), None)}
    assert ms["Last year"].value is None and ms["Wednesday"].value is None


def test_publication_anchor_is_recorded(parse, pub):
    (m,) = [m for m in find_dates(parse("They met on Tuesday."), pub) if m.text == "Tuesday"]
    assert m.anchor == "2022-09-15" and m.anchor_source == "publication_date"


def test_part_of_day_value_passes_the_contract(parse, pub):
    import re

    from schemas._types import TIMEX_VALUE_REGEX

    (m,) = [m for m in find_dates(parse("Fighting broke out on Wednesday night."), pub) if "Wednesday" in m.text]
    assert m.value == "2022-09-14TNI" and m.type == "TIME"
    assert re.match(TIMEX_VALUE_REGEX, m.value)


def test_day_range_of_timex_values():
    import datetime as dt

    from pipeline.dates import day_range

    assert day_range("2022-09-14") == (dt.date(2022, 9, 14), dt.date(2022, 9, 14))
    assert day_range("2022-02") == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    assert day_range("2022-12") == (dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert day_range("2022-W37") == (dt.date(2022, 9, 12), dt.date(2022, 9, 18))
    assert day_range("2022") == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert day_range("PAST_REF") is None and day_range(None) is None
