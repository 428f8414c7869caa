import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.config import Settings, use
from pipeline.stages.dates import GRAMMAR_SOURCE, _grammar_candidates, find_dates
from pipeline.stages.dates.handlers import HANDLERS
from pipeline.stages.dates.timex import underspecified_value


def values(parse, text, pub):
    return {m.text: m.value for m in find_dates(parse(text), pub)}


@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("The ministers met on Wednesday in the capital.", "Wednesday", "2022-09-14"),  # closest past weekday
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
    ],
)
def test_values_at_true_precision(parse, pub, text, surface, value):
    assert values(parse, text, pub)[surface] == value


def test_bare_year_never_gets_a_day(parse, pub):
    (m,) = [m for m in find_dates(parse("Trade reached $12 billion in 2008."), pub) if m.text == "2008"]
    assert m.value == "2008" and m.precision == "year"


def test_quantities_are_not_years(parse, pub):
    text = "More than 2000 troops and 1500 tanks crossed, about 1999 people fled."
    found = {m.text for m in find_dates(parse(text), pub)}
    assert "1500" not in found and "1999" not in found


def test_may_the_verb_is_not_a_month(parse, pub):
    assert not [m for m in find_dates(parse("The unrest may spread to other regions."), pub) if m.text == "may"]


def test_duration(parse, pub):
    (m,) = [m for m in find_dates(parse("The war has lasted 30 years."), pub) if m.text == "30 years"]
    assert m.type == "DURATION" and m.value == "P30Y"


def test_no_publication_date_uses_narrative_anchor_or_null(parse):
    text = (
        "The unrest began on 5 January 2022. Two days later, troops arrived. On Monday the president spoke. "
        "In June he travelled."
    )
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

    from pipeline.stages.dates import day_range

    assert day_range("2022-09-14") == (dt.date(2022, 9, 14), dt.date(2022, 9, 14))
    assert day_range("2022-02") == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    assert day_range("2022-12") == (dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert day_range("2022-W37") == (dt.date(2022, 9, 12), dt.date(2022, 9, 18))
    assert day_range("2022") == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert day_range("PAST_REF") is None and day_range(None) is None


def one(parse, text, surface, pub):
    found = [m for m in find_dates(parse(text), pub) if m.text == surface]
    assert found, f"{surface!r} not found in {[m.text for m in find_dates(parse(text), pub)]}"
    return found[0]


@pytest.mark.parametrize(
    "text,surface,typ,value",
    [
        # quarters without a year: the latest one for reported results, the coming one in the future tense
        ("Third-quarter profit fell 12% at the retailer.", "Third-quarter", "DATE", "2022-Q3"),
        ("Sales in the second quarter rose sharply.", "the second quarter", "DATE", "2022-Q2"),
        ("The company expects fourth-quarter sales to be flat.", "fourth-quarter", "DATE", "2022-Q4"),
        ("Profit in the quarter fell to $3 million.", "the quarter", "DATE", "2022-Q2"),
        ("Output in the first quarter of last year was weak.", "the first quarter of last year", "DATE", "2021-Q1"),
        # TimeML references, sets and durations
        ("Prices are now back where they were.", "now", "DATE", "PRESENT_REF"),
        ("The paper is published daily in three languages.", "daily", "SET", "P1D"),
        ("The committee meets every Thursday in the old town hall.", "every Thursday", "SET", "XXXX-WXX-4"),
        ("The strike lasted two consecutive weeks.", "two consecutive weeks", "DURATION", "P2W"),
        ("The talks went on for two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
        ("Rebuilding took two decades.", "two decades", "DURATION", "P20Y"),
        ("Prices have risen in recent months.", "recent months", "DURATION", "PXM"),
        ("Negotiators have argued over the terms for years.", "years", "DURATION", "PXY"),
        ("The vote came a month after the election.", "a month", "DURATION", "P1M"),
        # clock times, weekends, seasons, holidays, numeric and spelled-out dates
        ("The ship docked at 10:35 a.m. in Hamburg.", "10:35 a.m.", "TIME", "2022-09-15T10:35"),
        ("The rocket was launched at 18:00 UTC on Tuesday.", "18:00 UTC on Tuesday", "TIME", "2022-09-13T18:00Z"),
        ("Protesters gathered over the weekend in the capital.", "the weekend", "DATE", "2022-W36-WE"),
        ("The bridge will reopen in spring, officials said.", "spring", "DATE", "2023-SP"),
        ("Shops were closed on Christmas Day.", "Christmas Day", "DATE", "2021-12-25"),
        ("The memo was dated 7/8/21 and signed by the minister.", "7/8/21", "DATE", "2021-07-08"),
        ("He was born in nineteen sixty-four.", "nineteen sixty-four", "DATE", "1964"),
        ("Exports rose in March this year.", "March this year", "DATE", "2022-03"),
    ],
)
def test_timeml_conventions(parse, pub, text, surface, typ, value):
    m = one(parse, text, surface, pub)
    assert (m.type, m.value) == (typ, value)


def test_year_ago_figures_follow_the_quarter_reported(parse, pub):
    text = "Third-quarter net income rose to $5 million from $4 million a year earlier."
    assert one(parse, text, "a year earlier", pub).value == "2021-Q3"


def test_a_year_earlier_without_a_quarter_is_a_year(parse, pub):
    assert one(parse, "Exports fell 3% from a year earlier.", "a year earlier", pub).value == "2021"


def test_ages_and_bare_numbers_are_not_dates(parse, pub):
    text = "The 52-year-old driver, aged 52, scored 49 points in the 1.1.1 round."
    found = {m.text for m in find_dates(parse(text), pub)}
    assert not found & {"52-year-old", "aged 52", "49", "1.1.1"}


def test_a_year_modifying_a_noun_is_a_date(parse, pub):
    assert one(parse, "The 1991 agreement let both companies use the name.", "1991", pub).value == "1991"


def test_scheduled_events_look_ahead(parse, pub):
    # Thursday 15 Sept 2022: a conference "scheduled" for Monday is the coming Monday
    assert one(parse, "The merger is scheduled to close Monday.", "Monday", pub).value == "2022-09-19"
    assert one(parse, "The ministry planned a ceremony on Saturday.", "Saturday", pub).value == "2022-09-17"
    # ... a month hanging off a noun in a past clause, far ahead, stays in the past
    assert one(parse, "The report was used to justify the invasion in February.", "February", pub).value == "2022-02"


def test_the_day_is_the_day_last_named(parse, pub):
    text = "On Tuesday the index fell 3% before it recovered to end the day 1% lower."
    assert one(parse, text, "the day", pub).value == "2022-09-13"


def test_the_same_period_a_year_before(parse, pub):
    text = (
        "Sales in August rose 4% from the same month a year earlier, and third-quarter output beat the same "
        "period last year."
    )
    ms = {m.text: m.value for m in find_dates(parse(text), pub)}
    assert ms["the same month a year earlier"] == "2021-08"
    assert ms["the same period last year"] == "2021-Q3"


def test_deadlines_and_start_points_look_ahead(parse, pub):
    # Thursday 15 Sept 2022: a past clause extending a deadline points to the coming date
    text = "The bid, due to expire last week, was extended to Nov. 16."
    assert one(parse, text, "Nov. 16", pub).value == "2022-11-16"
    assert one(parse, "The bank created a new office, effective Jan. 2.", "Jan. 2", pub).value == "2023-01-02"
    monday = dt.date(2022, 9, 12)
    text = "The agency has given the family until 9 a.m. Tuesday to respond."
    assert one(parse, text, "9 a.m. Tuesday", monday).value == "2022-09-13T09:00"


def test_month_without_year_stays_in_the_publication_year(parse, pub):
    # a participle on a noun is a past event; a date on a noun under a plan is the nearer one
    assert one(parse, "The cuts come on top of plans announced in January.", "January", pub).value == "2022-01"
    text = "It is trying to sell itself under a June agreement with investors."
    assert one(parse, text, "June", pub).value == "2022-06"
    # news omits the year of dates in the publication year, but "January" in late October is the coming one
    late_october = dt.date(1989, 10, 26)
    assert one(parse, "The stock split would be paid on a date in January.", "January", late_october).value == "1990-01"
    text = "The dividend is payable Dec. 1 to holders of record."
    assert one(parse, text, "Dec. 1", late_october).value == "1989-12-01"


def test_clock_time_takes_the_day_named_next_to_it(parse, pub):
    assert one(parse, "He spoke at 16:15 UTC, June 1st, in New York.", "16:15 UTC", pub).value == "2022-06-01T16:15Z"
    assert one(parse, "Bids are due by 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", pub).value == "2022-11-09T17:00"


def test_centuries_reported_years_and_vague_offsets(parse, pub):
    ms = find_dates(
        parse(
            "It was the worst war of the 20th century. Sales for the year rose 5%, but in the year "
            "ended March 31 profit fell. A few days later, talks began again. "
            "Talks began last spring."
        ),
        pub,
    )
    got = [(m.text, m.type, m.value) for m in ms]
    assert ("the 20th century", "DATE", "19") in got
    assert ("the year", "DATE", "2022") in got and ("the year", "DURATION", "P1Y") in got
    assert ("A few days", "DURATION", "PXD") in got
    assert ("last spring", "DATE", "2022-SP") in got  # the latest spring, not the previous calendar year's


def test_quarter_of_a_named_year_is_the_quarter_reported(parse, pub):
    text = "Net income rose in the third quarter from $5 million in the 1988 quarter."
    assert one(parse, text, "the 1988 quarter", pub).value == "1988-Q3"


def test_numbers_that_are_not_years(parse, pub):
    found = {
        m.text
        for m in find_dates(
            parse("The index closed at 2082.1 points. Chrysler will close 789, or about a quarter, of its dealers."),
            pub,
        )
    }
    assert "2082" not in found and "a quarter" not in found
    assert "2000" not in {m.text for m in find_dates(parse("The Russel 2000 Index of smaller companies dropped."), pub)}


def test_since_points_back(parse):
    text = "Stocks have their best week since November."
    assert one(parse, text, "November", dt.date(2009, 3, 13)).value == "2008-11"


def test_a_month_a_row_goes_back_to_or_a_past_when_clause_tells_lies_behind(parse):
    # PUB 13 March 2009: a present main clause, but "back to" and "when the talks broke down" tell the past
    pub = dt.date(2009, 3, 13)
    assert one(parse, "The feud goes back to September, the union says.", "September", pub).value == "2008-09"
    text = "The crisis has its roots in August, when soldiers shot two farmers near the border."
    assert one(parse, text, "August", pub).value == "2008-08"
    text = "The new chairman takes over in August, when the board meets again."
    assert one(parse, text, "August", pub).value == "2009-08"  # a present "when" clause: no past


def test_last_night(parse, pub):
    assert one(parse, "Rebels attacked the town last night.", "last night", pub).value == "2022-09-14TNI"


def test_every_value_fits_the_published_schema(parse, pub):
    """The dates table's contract (schemas/_types.py) accepts every kind of value the stage writes."""
    import re

    from schemas._types import PRECISIONS, TIMEX_VALUE_REGEX

    text = (
        "The talks ran over the weekend and ended at 18:00 UTC on Tuesday. Officials meet every Thursday and "
        "publish figures daily. Sales fell in the third quarter from its 1986 quarter and for the past two "
        "quarters. The project took two and a half years and three and a half hours. Since the 1990s and the "
        "20th century, growth has slowed. Now prices are rising, as in the spring of 2021 and in early 2022. "
        "The year ended March 31 was hard; last night at midnight Friday the market closed on 7/8/21."
    )
    found = find_dates(parse(text), pub)
    assert len(found) >= 15
    for m in found:
        assert m.value is None or re.match(TIMEX_VALUE_REGEX, m.value), (m.text, m.value)
        assert m.precision is None or m.precision in PRECISIONS, (m.text, m.precision)


def test_every_grammar_kind_has_exactly_one_handler():
    kinds = {kind for kind, _ in GRAMMAR_SOURCE}
    assert kinds - set(HANDLERS) == set(), "grammar kinds without a handler"
    assert set(HANDLERS) - kinds == set(), "handlers of no grammar kind"
    handlers = list(HANDLERS.values())
    assert len({id(h) for h in handlers}) == len(handlers), "one handler for two kinds"


_EXAMPLE = re.compile(r'Example: "(?P<sentence>.*?)" -> (?P<value>\S+)')


@pytest.mark.parametrize("kind", sorted(HANDLERS))
def test_each_handler_gives_the_value_its_docstring_shows(parse, pub, kind):
    """Every handler's docstring example, in an article published on Thursday 15 September 2022: the
    [bracketed] expression is matched by the handler's kind and gets the value shown."""
    example = _EXAMPLE.search(" ".join((HANDLERS[kind].__doc__ or "").split()))
    assert example, f"{HANDLERS[kind].__name__}: no example in its docstring"
    sentence = example["sentence"]
    start, end = sentence.index("["), sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    candidates, _ = _grammar_candidates(text)
    kinds = {(m.span("ext") if m.groupdict().get("ext") else m.span()): k for _, _, k, m in candidates}
    assert kinds.get((start, end)) == kind, (text[start:end], kinds)
    assert one(parse, text, text[start:end], pub).value == example["value"]


def test_thresholds_are_settings_read_at_call_time(parse):
    late_october = dt.date(1989, 10, 26)
    memo, january = parse("The memo was dated 7/8/21."), parse("The stock split would be paid on a date in January.")

    def found():
        return {m.text: m.value for m in find_dates(memo, late_october) + find_dates(january, late_october)}

    assert found()["7/8/21"] == "2021-07-08" and found()["January"] == "1990-01"
    with use(Settings().with_overrides({"dates.two_digit_year_pivot": 20, "dates.other_year_min_months": 10})):
        assert found()["7/8/21"] == "1921-07-08" and found()["January"] == "1989-01"


def test_no_settings_are_read_at_import_time():
    package = Path(__file__).resolve().parents[1] / "pipeline" / "stages" / "dates"
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))]
        inside = {id(c) for f in functions for c in ast.walk(f)}
        calls = [
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id == "settings"
            and id(n) not in inside
        ]
        assert not calls, f"{path.name}: settings() read at import time (line {calls[0].lineno})"


@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("The strikers returned to work on Thursday.", "Thursday", "XXXX-WXX-4"),
        ("The ferry sank on Saturday night.", "Saturday night", "XXXX-WXX-6TNI"),
        ("The bill was tabled in October.", "October", "XXXX-10"),
        ("The treaty takes effect on 4 July.", "4 July", "XXXX-07-04"),
        ("Shops reopened on Boxing Day.", "Boxing Day", "XXXX-12-26"),
    ],
)
def test_undated_text_keeps_unknown_parts_as_x(parse, text, surface, value):
    # no value in `dates` (nothing to anchor it on); its TIMEX3 value with the unknown parts as X for event dates
    assert values(parse, text, None)[surface] is None
    assert underspecified_value(surface) == value


def test_year_named_in_passing_is_no_anchor(parse):
    text = "The pact signed in 1997 still binds them. The two sides will review it next year, at a May conference."
    found = values(parse, text, None)
    assert found["next year"] is None and found["May"] is None


def test_period_bounds_are_no_anchor(parse):
    text = "The fund covers the period 2014-2020, and ministers hope to settle it at a March summit."
    assert values(parse, text, None)["March"] is None


def test_the_texts_own_year_anchors(parse):
    text = (
        "Exports fell in 2009. By the end of 2009 imports had fallen too. "
        "In September, the central bank cut rates, and next year it expects growth."
    )
    found = values(parse, text, None)
    assert found["September"] == "2009-09" and found["next year"] == "2010"


def test_a_date_with_its_month_anchors(parse):
    found = values(parse, "The port closed on 3 March 2010. Last year it had handled record cargo.", None)
    assert found["Last year"] == "2009"


@pytest.mark.parametrize(
    "text,surface",
    [
        ("She starred in the film 1917 before moving to the stage.", "1917"),
        ("The band opened with the song 'April' and closed with an encore.", "April"),
        ('Critics praised the album "Sunday Morning" on its release.', "Sunday"),
    ],
)
def test_titles_of_works_are_not_dates(parse, pub, text, surface):
    assert surface not in values(parse, text, pub)


def test_dates_beside_work_nouns_stay_dates(parse, pub):
    found = values(parse, "The band released the album in 2008 and performed the song Tuesday.", pub)
    assert found["2008"] == "2008" and "Tuesday" in found


def test_the_future_of_a_thing_is_not_a_time(parse, pub):
    text = "Workers gathered to hear about the future of the plant. In the future, costs will rise."
    found = values(parse, text, pub)
    assert list(found.values()) == ["FUTURE_REF"]


def test_age_groups_are_not_decades(parse, pub):
    found = values(parse, "The scheme pays £200 to the over-80s and free travel to the under-60s.", pub)
    assert "80s" not in " ".join(found) and "60s" not in " ".join(found)


@pytest.mark.parametrize("surface", ["last year", "two days ago", "the 1990s", "next Tuesday", "31 February"])
def test_no_underspecified_value_for_other_expressions(surface):
    assert underspecified_value(surface) is None


def test_dates_written_in_capitals_as_timelines_write_them(parse, pub):
    # a wire timeline heads each paragraph with its day in capitals
    text = "MONDAY, SEPT 12 - The envoy flew in. AUG. 30: Rebels seized the depot. On TUESDAY the talks resumed."
    found = values(parse, text, pub)
    assert found["MONDAY, SEPT 12"] == "2022-09-12" and found["AUG. 30"] == "2022-08-30"
    assert found["TUESDAY"] == "2022-09-13"


def test_a_month_alone_in_capitals_is_a_headline_word(parse, pub):
    # "MAY" and "MARCH" in a headline are a verb and a noun; with a day or a year they are dates
    assert values(parse, "MINISTER MAY QUIT AFTER MARCH ON PARLIAMENT", pub) == {}
    assert values(parse, "TALKS COLLAPSED IN MARCH 2021", pub) == {"MARCH 2021": "2021-03"}


def test_a_day_asked_for_in_a_past_request_lies_after_the_asking(parse):
    text = "Union leader Ana Petrova called on teachers on Thursday to join a general strike on Monday."
    days = find_dates(parse(text), dt.date(2025, 11, 7))  # a Friday
    assert [d.value for d in days if d.text == "Monday"] == ["2025-11-10"]
    # a day before the asking stays in the past
    days = find_dates(parse("Moscow invited Kyiv on Tuesday to talks on Thursday."), dt.date(2025, 11, 7))
    assert [d.value for d in days if d.text == "Thursday"] == ["2025-11-06"]


def test_a_weekday_in_the_setting_of_a_past_act_is_the_last_one(parse):
    pub = dt.date(2022, 9, 13)  # a Tuesday: the coming Thursday is nearer than the last one
    text = "The monitoring group, in an interim report on Thursday, commended the organisers of the count."
    assert one(parse, text, "Thursday", pub).value == "2022-09-08"
    text = "The governor, speaking at a rally on Thursday, attacked the transport unions."
    assert one(parse, text, "Thursday", pub).value == "2022-09-08"


def test_the_next_day_opening_a_sentence_counts_from_the_day_before(parse, pub):
    text = "The consul was summoned on 2 September. The next day the ministry closed the border crossing."
    assert one(parse, text, "The next day", pub).value == "2022-09-03"
    text = "Farmers blocked the motorway on 5 September. The following morning police cleared the road."
    assert one(parse, text, "The following morning", pub).value == "2022-09-06"


def test_a_speakers_today_or_tomorrow_does_not_move_the_storys_day(parse, pub):
    text = (
        'Teachers marched through the capital on Monday, 12 September. "Today we march, tomorrow we strike," one '
        "organiser said. The education minister met union leaders the same day."
    )
    assert one(parse, text, "the same day", pub).value == "2022-09-12"
    # a day the narrative itself names still moves it
    text = "Teachers marched on 12 September. On 13 September the minister met union leaders. He resigned that day."
    assert one(parse, text, "that day", pub).value == "2022-09-13"


def test_that_evening_or_the_same_night_is_a_part_of_the_day_last_named(parse, pub):
    text = "The party left the coalition on 6 September. Its leader was attacked the same evening, aides said."
    assert one(parse, text, "the same evening", pub).value == "2022-09-06TEV"
    text = "Rebels reached the river on 8 September. That night they shelled the bridge."
    assert one(parse, text, "That night", pub).value == "2022-09-08TNI"
    # no day named before: no value; a night spoken of as a thing is no date
    assert not [m for m in find_dates(parse("He said that night was the worst of his life."), pub) if m.value]
    # "that" as a conjunction before a noun is no date
    for text in ("The army said on 8 September that night raids would go on.", "It said that evening classes ended."):
        assert not [m for m in find_dates(parse(text), pub) if "night" in m.text or "evening" in m.text], text


def test_a_moment_later_is_the_day_last_named(parse, pub):
    text = "Farmers blocked the highway on 7 September. Hours later, police cleared the road with tear gas."
    assert one(parse, text, "Hours later", pub).value == "2022-09-07"
    text = "The court freed the editor on 9 September, and shortly afterwards his paper resumed printing."
    assert one(parse, text, "shortly afterwards", pub).value == "2022-09-09"
    text = "Talks collapsed on 2 September. Soon after, both sides recalled their envoys."
    assert one(parse, text, "Soon after", pub).value == "2022-09-02"
    # no day named before: the publication day, as "that day"; a count makes a span ("48 hours later"), no moment;
    # "after" with an act of its own is that act's time, not this kind
    assert one(parse, "Minutes later the crowd dispersed.", "Minutes later", pub).value == pub.isoformat()
    for count in ("48 hours later", "Forty-eight hours later", "Several hours later"):
        text = f"Rebels seized the town on 5 September. {count}, the army struck back."
        assert not [m for m in find_dates(parse(text), pub) if "later" in m.text], count
    assert not [
        m for m in find_dates(parse("On 3 September, hours after the vote, riots broke out."), pub) if "hours" in m.text
    ]


def test_a_weekday_given_with_the_date_fixes_its_year(parse):
    pub = dt.date(2022, 12, 30)  # a Friday; 2 January 2023 is a Monday, 2 January 2022 a Sunday
    text = "The council said in a statement on Monday, Jan. 2, that the vote would go ahead."
    assert one(parse, text, "Monday, Jan. 2", pub).value == "2023-01-02"
    text = "The council announced the vote in a statement on Sunday, Jan. 2."
    assert one(parse, text, "Sunday, Jan. 2", pub).value == "2022-01-02"


def test_a_weekday_on_what_a_past_act_did_to_someone_is_the_last_one(parse):
    pub = dt.date(2022, 9, 15)  # a Thursday: the coming Friday is nearer than the last one
    # a simple past the tagger takes for a participle, a date hung on the person it was done to
    text = "A magistrate in Kisumu granted bail to opposition leader Amos Otieno on Friday."
    assert one(parse, text, "Friday", pub).value == "2022-09-09"
    text = "Kenyan authorities granted Ugandan diplomats consular access on Friday."
    assert one(parse, text, "Friday", pub).value == "2022-09-09"
    # an invitation to a thing on a day still looks ahead when that day is much nearer
    text = "The minister invited the envoys to a dinner on Friday."
    assert one(parse, text, "Friday", pub).value == "2022-09-16"


def test_a_weekday_that_fits_no_year_near_the_anchor_is_a_slip_not_a_year(parse, pub):
    # 13 September 2022 is a Tuesday: the weekday is wrong, the year stays the tense's
    assert (
        one(parse, "Police arrested the suspect on Monday, Sept. 13, the ministry said.", "Monday, Sept. 13", pub).value
        == "2022-09-13"
    )
    assert (
        one(parse, "The summit will open on Tuesday, Dec. 7, in Nairobi.", "Tuesday, Dec. 7", pub).value == "2022-12-07"
    )


def test_a_participle_in_a_small_clause_keeps_its_plan(parse, pub):
    assert one(parse, "The defence wants the case heard on Saturday.", "Saturday", pub).value == "2022-09-17"


def test_the_setting_hung_on_the_object_is_the_acts_time(parse, pub):
    text = "The opposition leader welcomed the court ruling in a statement on Friday."
    assert one(parse, text, "Friday", pub).value == "2022-09-09"
