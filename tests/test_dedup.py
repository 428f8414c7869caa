import datetime as dt

from pipeline.ids import content_hash
from pipeline.stages.dedup import DedupItem, find_duplicates

STORY = (
    "Officials from both countries met in the capital on Tuesday to discuss a new trade agreement that would "
    "cut tariffs on farm goods, expand rail links and open markets for technology firms, the ministry said in "
    "a statement. The talks are expected to continue next month when a larger delegation visits the region. "
    "Analysts said the deal could double trade within five years, although farmers' groups in both countries "
    "have warned that cheaper imports may hurt small producers. The agreement still needs the approval of "
    "both parliaments, which are expected to vote on it before the end of the year, officials said."
)


def item(i, text, day=None):
    return DedupItem(f"d{i}", text, content_hash(text), dt.date(2022, 9, day) if day else None)


def test_exact_duplicates_point_to_earliest():
    out = find_duplicates([item(1, STORY, 15), item(2, "  " + STORY.upper(), 14)])
    assert out == {"d1": ("d2", "exact")}


def test_near_duplicate_rewrite_is_found():
    edited = STORY.replace("Tuesday", "Tuesday afternoon") + " Updated with comment."
    # the earlier publication is the canonical copy ...
    assert find_duplicates([item(1, STORY, 14), item(2, edited, 15)]) == {"d2": ("d1", "near")}
    # ... and on the same day, the fuller (updated) one
    assert find_duplicates([item(1, STORY, 15), item(2, edited, 15)]) == {"d1": ("d2", "near")}


def test_templated_items_with_other_numbers_are_not_merged():
    t = (
        "U.S. weekly crude oil stocks rose by {a} million barrels to {b} million in the week ended March {c}, the "
        "American Petroleum Institute said. Gasoline stocks fell {d} million barrels and distillates rose {e} million "
        "barrels, the institute said in its weekly report on inventories published on Tuesday evening."
    )
    a = t.format(a="2.1", b="310.4", c="6", d="1.2", e="0.4")
    b = t.format(a="3.7", b="314.1", c="13", d="0.8", e="1.9")
    assert find_duplicates([item(1, a), item(2, b)]) == {}


def test_distinct_stories_stay_apart():
    other = (
        "Heavy rain flooded several villages in the north, and rescue teams evacuated hundreds of residents overnight."
    )
    assert find_duplicates([item(1, STORY), item(2, other)]) == {}


def test_the_same_template_a_week_later_is_another_item():
    t = (
        "The Federal Reserve entered the U.S. government securities market to arrange {a} billion dlrs of "
        "customer repurchase agreements, a Fed spokesman said. Dealers said federal funds were trading at "
        "6-1/8 pct when the Fed began its temporary and indirect supply of reserves to the banking system, "
        "and that the operation had been widely expected by the market this morning."
    )
    first, week_later = t.format(a="1.5"), t.format(a="2.5")
    assert find_duplicates([item(1, first, 2), item(2, week_later, 9)]) == {}
    # the same text re-sent the same day is a re-transmission
    assert find_duplicates([item(1, first, 2), item(2, first.replace("this morning", "this morning, NY"), 2)]) == {
        "d1": ("d2", "near")
    }  # same day: the fuller copy is canonical


def test_the_same_words_weeks_apart_are_another_days_item():
    t = (
        "The Bundesbank left credit policies unchanged after today's regular meeting of its council, a spokesman "
        "said in answer to enquiries. The West German discount rate remains at 3.0 pct, and the Lombard emergency "
        "financing rate at 5.0 pct."
    )
    meetings = [item(1, t, 2), item(2, t, 16), item(3, t, 2), item(4, t, 17), item(5, t)]
    # the re-sent copy the same day and the copy a day later are duplicates; two weeks on, another meeting
    # (the undated copy joins the latest dated one)
    assert find_duplicates(meetings) == {"d3": ("d1", "exact"), "d4": ("d2", "exact"), "d5": ("d2", "exact")}
