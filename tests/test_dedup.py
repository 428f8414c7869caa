import datetime as dt

from pipeline.config import settings, use
from pipeline.ids import content_hash
from pipeline.stages.dedup import DedupItem, find_duplicates, shingles

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


# A wire story and an aggregator's copy of it (both written for this test): the copy has a new dateline, drops
# one paragraph, shortens a quote and adds page furniture around the text.
WIRE = """GENEVA, June 4 (Wire) - Negotiators from eleven countries agreed on Tuesday to extend a temporary ban on
deep-sea mining in international waters for another two years, giving scientists more time to study how the
extraction of metals from the seabed would affect marine life.

The decision, reached after four days of talks, was a setback for mining companies that had hoped to begin
commercial operations in the Pacific as early as next year. Several of them had already invested heavily in
collection vehicles and processing plants on land.

"We have chosen caution over speed, and I believe history will judge that to be the right choice," said the
chair of the talks, Annika Lervold, a diplomat who has led the negotiations since they began. "The ocean floor
is not going anywhere, and neither are the metals."

Environmental groups welcomed the extension but said a permanent ban was still needed. They pointed to studies
suggesting that tracks left by test vehicles on the seabed decades ago still show no sign of recovery.

Industry representatives said the delay would push up the price of metals used in batteries for electric cars,
and that supplies from mines on land came with their own environmental costs. One executive said his company
would review its plans and might move its investment to projects on land.

The talks will resume in eighteen months, when negotiators are due to consider a draft code setting out how
licences would be granted and how profits would be shared among member states.

Scientists attending the meeting said the two extra years would allow expeditions planned for next summer to
map several areas of the seabed that have never been surveyed in detail."""

COPY = """Negotiators from eleven countries agreed on Tuesday to extend a temporary ban on deep-sea mining in
international waters for another two years, giving scientists more time to study how the extraction of metals
from the seabed would affect marine life.

The decision, reached after four days of talks, was a setback for mining companies that had hoped to begin
commercial operations in the Pacific as early as next year. Several of them had already invested heavily in
collection vehicles and processing plants on land.

"We have chosen caution over speed," said the chair of the talks, Annika Lervold, a diplomat who has led the
negotiations since they began. "The ocean floor is not going anywhere, and neither are the metals."

Environmental groups welcomed the extension but said a permanent ban was still needed. They pointed to studies
suggesting that tracks left by test vehicles on the seabed decades ago still show no sign of recovery.

The talks will resume in eighteen months, when negotiators are due to consider a draft code setting out how
licences would be granted and how profits would be shared among member states.

Scientists attending the meeting said the two extra years would allow expeditions planned for next summer to
map several areas of the seabed that have never been surveyed in detail.

World news in brief from Aggregator Daily, updated through the day. Reporting by the wire desk."""


def test_a_trimmed_reheadlined_copy_with_furniture_is_a_duplicate_of_the_original():
    original, copy = item(1, WIRE, 14), item(2, COPY, 15)
    # the copy's words are mostly the original's, but not enough of the two texts' together for the Jaccard rule
    with use(settings().with_overrides({"dedup.containment": 0})):
        assert find_duplicates([original, copy]) == {}
    assert find_duplicates([original, copy]) == {"d2": ("d1", "near")}
    # the fuller text is the canonical copy, even when the trimmed copy was published first
    assert find_duplicates([item(1, WIRE, 15), item(2, COPY, 14)]) == {"d2": ("d1", "near")}


def test_a_contained_copy_outside_the_date_window_is_another_item():
    assert find_duplicates([item(1, WIRE, 1), item(2, COPY, 15)]) == {}


def test_two_stories_sharing_a_quoted_paragraph_are_not_duplicates():
    shared = WIRE.split("\n\n")[2]  # the chair's quote, carried by both
    follow_up = (
        "Shares in companies developing seabed collection vehicles fell sharply on Wednesday, a day after "
        "negotiators extended a temporary ban on deep-sea mining by two years.\n\n"
        + shared
        + "\n\nAnalysts said investors had priced in a decision to allow the first licences next year, and that "
        "the delay left several smaller firms short of cash. One company said it would ask shareholders for new "
        "funds within weeks, while another said it was in talks about a merger with a larger rival.\n\n"
        "The price of nickel rose on the news, although traders said the move was small and that supplies from "
        "existing mines on land were enough to meet demand for the next few years."
    )
    assert find_duplicates([item(1, WIRE, 14), item(2, follow_up, 15)]) == {}


def test_a_short_item_is_only_a_copy_when_it_has_enough_shingles():
    paragraphs = WIRE.split("\n\n")
    original = "\n\n".join(paragraphs[:2])
    brief = COPY.split("\n\n")[0]  # the first paragraph without its dateline: 37 shingles
    assert len(shingles(brief)) == 37
    with use(settings().with_overrides({"dedup.containment_min_shingles": 30})):
        assert find_duplicates([item(1, original, 14), item(2, brief, 14)]) == {"d2": ("d1", "near")}
    assert find_duplicates([item(1, original, 14), item(2, brief, 14)]) == {}  # below the default minimum


def test_a_contained_copy_with_other_figures_is_not_a_duplicate():
    other_day = COPY.replace("eleven countries", "12 countries").replace("two years", "3 years")
    original = WIRE.replace("eleven countries", "9 countries").replace("two years", "5 years")
    assert find_duplicates([item(1, original, 14), item(2, other_day, 14)]) == {}


def test_minhash_in_batches_is_the_same_signature(monkeypatch):
    """Long texts are hashed in batches (bounded memory); the signature is the same as in one batch."""
    from datasketch import MinHash

    from pipeline.stages import dedup

    text = " ".join(f"word{i % 97} item{i % 13} figure{i}" for i in range(400))
    sh = dedup.shingles(text)
    whole = MinHash(num_perm=64, seed=1)
    whole.update_batch([s.encode("utf-8") for s in sh])
    monkeypatch.setattr(dedup, "_MINHASH_BATCH", 7)
    parts = MinHash(num_perm=64, seed=1)
    dedup._update_in_chunks(parts, sh)
    assert len(sh) > 7 * 10 and (parts.hashvalues == whole.hashvalues).all()
