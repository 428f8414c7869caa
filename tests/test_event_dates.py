"""Event dates (pipeline.stages.event_dates): the date of the event's own clause, else of the clause governing it,
else the publication date; never a date of another clause. Sentences written for these tests."""

import datetime as dt

import pytest

from pipeline.stages.dates import find_dates
from pipeline.stages.event_dates import DateList, event_date

PUB = dt.date(2011, 5, 12)  # a Thursday


def date_of(parse, text, word, pub=PUB, publication_value=None):
    """(date, date_source) of the event whose predicate is the first token `word`."""
    doc = parse(text)
    dates = DateList(find_dates(doc, pub))
    tok = next(t for t in doc if t.text == word)
    return event_date(tok, tok.sent, dates, publication_value)


@pytest.mark.parametrize(
    "text,word,value",
    [
        ("Dock workers walked out on Monday over unpaid wages.", "walked", "2011-05-09"),
        ("The regional council approved the budget in March.", "approved", "2011-03"),
        ("Police detained three activists last week in the capital.", "detained", "2011-W18"),
        ("Yesterday the prosecutors charged the former mayor.", "charged", "2011-05-11"),
    ],
)
def test_own_clause_date(parse, text, word, value):
    assert date_of(parse, text, word) == (value, "sentence")


def test_weekday_in_a_past_report_is_the_last_one(parse):
    # a past-tense clause never takes the coming weekday
    value, _ = date_of(parse, "The two unions held a joint rally on Tuesday outside parliament.", "held")
    assert value == "2011-05-10"


def test_undated_text_weekday_keeps_x_parts(parse):
    assert date_of(parse, "Farmers blocked the motorway on Wednesday.", "blocked", pub=None) == (
        "XXXX-WXX-3",
        "sentence",
    )


@pytest.mark.parametrize(
    "text,word",
    [
        # a date inside a reported clause or a quote given to a predicate outside it
        ('The mayor praised the plan and said the city had "turned a corner in 2009".', "praised"),
        ("The senator insisted that the navy had shelled the port in April.", "insisted"),
        # a date of a relative clause
        ("The envoy, who landed in Cairo on Sunday, condemned the raids.", "condemned"),
        # a date of an event the predicate is ordered against
        ("Delegates gathered in Oslo ahead of a summit of the alliance next month.", "gathered"),
    ],
)
def test_date_of_another_clause_is_not_the_events(parse, text, word):
    assert date_of(parse, text, word) == (None, None)


def test_publication_date_when_the_clause_has_none(parse):
    text = "The opposition leader said the government had lied about the cost of the war since 2003."
    assert date_of(parse, text, "said", publication_value="2011-05-12") == ("2011-05-12", "publication_date")


def test_infinitive_takes_its_governors_date(parse):
    assert date_of(parse, "Last August, the committee voted to suspend the chairman.", "suspend") == (
        "2010-08",
        "sentence",
    )


def test_event_noun_takes_its_own_date(parse):
    text = "Diplomats prepared a draft text ahead of a summit of the bloc next week."
    assert date_of(parse, text, "summit") == ("2011-W20", "sentence")


def test_unresolved_own_date_is_not_replaced_by_another(parse):
    # "two days ago" has no anchor in an undated text: the event stays undated, never dated by "2008"
    text = "Rebels seized the airport two days ago, reversing gains the army made in 2008."
    assert date_of(parse, text, "seized", pub=None) == (None, None)


def test_what_a_dated_source_reports_takes_the_sources_date(parse):
    text = (
        "Peru pledged support for the Bolivian plan, according to the communique, signed during a meeting of "
        "the two presidents in Lima on Tuesday."
    )
    assert date_of(parse, text, "pledged", publication_value="2011-05-12") == ("2011-05-10", "sentence")
    # without a source, a date of another clause is still not the event's
    text = "Peru pledged support for the plan, which was drafted during a meeting in Lima on Tuesday."
    assert date_of(parse, text, "pledged", publication_value="2011-05-12") == ("2011-05-12", "publication_date")


@pytest.mark.parametrize(
    "text,word,value",
    [
        # a clause of the same time shares the whole date
        ("On 3 June 2009 Chad closed its border when Sudan refused to withdraw its troops.", "refused", "2009-06-03"),
        # a clause before or after another shares its year only
        (
            "In 1998, farmers blocked the motorways after the minister threatened to cut subsidies.",
            "threatened",
            "1998",
        ),
        # the means of an act shares its date
        ("In 1998, farmers caused chaos by blocking the motorways.", "blocking", "1998"),
    ],
)
def test_a_clause_of_time_shares_the_date_of_the_clause_it_is_about(parse, text, word, value):
    assert date_of(parse, text, word, publication_value="2011-05-12") == (value, "sentence")


def test_a_day_is_not_shared_by_a_clause_before_or_after_only_its_year(parse):
    text = "On 3 June 2009 farmers blocked the motorways after the minister threatened to cut subsidies."
    assert date_of(parse, text, "threatened", publication_value="2011-05-12") == ("2009", "sentence")
    text = "On Wednesday farmers blocked the motorways after the minister threatened to cut subsidies."
    assert date_of(parse, text, "threatened", pub=None, publication_value=None) == (None, None)


def test_a_clause_of_the_same_time_in_an_undated_text_keeps_the_unknown_parts(parse):
    text = "On Wednesday Chad closed its border when Sudan refused to withdraw its troops."
    assert date_of(parse, text, "refused", pub=None) == ("XXXX-WXX-3", "sentence")


@pytest.mark.parametrize(
    "text,word",
    [
        # a conjoined predicate put later by an adverb does not take the first conjunct's date
        ("The coalition won the vote in 2008 but has since been attacked by the unions.", "attacked"),
        ("The ministry banned the rally in March and later arrested its organisers.", "arrested"),
    ],
)
def test_a_conjunct_put_later_does_not_share_the_first_ones_date(parse, text, word):
    assert date_of(parse, text, word) == (None, None)


def test_a_conjunct_without_a_later_adverb_still_shares_the_date(parse):
    text = "In March the ministry banned the rally and arrested its organisers."
    assert date_of(parse, text, "arrested") == ("2011-03", "sentence")


@pytest.mark.parametrize(
    "text,word,value",
    [
        ("She chaired the board until 2009, when she resigned to run for office.", "resigned", "2009"),
        ("The dispute began in March 2007, when Peru closed its border with Chile.", "closed", "2007-03"),
        # "in / at which" on a date, or on an occasion dated before the clause
        ("He was fined for an interview in May 2008 in which he insulted the judges.", "insulted", "2008-05"),
        ("Reporters recalled a rally on 3 June 2009 at which police beat students.", "beat", "2009-06-03"),
    ],
)
def test_a_when_clause_on_a_date_takes_that_date(parse, text, word, value):
    assert date_of(parse, text, word) == (value, "sentence")


@pytest.mark.parametrize(
    "text,word",
    [
        # a date in the first conjunct's own phrase is that conjunct's, however the parse joins the second to it
        ("Ms Achieng, elected mayor in March after the court ruling, has accused the governor of fraud.", "accused"),
        ("The ministry banned the rally in March and arrested its organisers.", "arrested"),
    ],
)
def test_a_conjunct_does_not_share_a_date_inside_the_first_conjuncts_phrase(parse, text, word):
    assert date_of(parse, text, word) == (None, None)


@pytest.mark.parametrize(
    "text,word,value",
    [
        # a participle beside its clause is the same act's other side, at the same time
        ("The Arab League suspended Syria on Tuesday, freezing its seat at every meeting.", "freezing", "2011-05-10"),
        ("In March rebels shelled the airport, killing four soldiers.", "killing", "2011-03"),
    ],
)
def test_a_participle_beside_its_clause_shares_its_date(parse, text, word, value):
    assert date_of(parse, text, word, publication_value="2011-05-12") == (value, "sentence")


def test_a_participle_with_its_own_subject_or_having_keeps_its_own_time(parse):
    # a subject of its own makes another clause; "having" puts it before the main act
    for text, word in (
        ("The army shelled the town on Tuesday, rebel fighters having attacked a convoy.", "attacked"),
        ("The army shelled the town on Tuesday, its commanders accusing the rebels of treachery.", "accusing"),
    ):
        assert date_of(parse, text, word, publication_value="2011-05-12") == ("2011-05-12", "publication_date"), text


@pytest.mark.parametrize(
    "text,word,expected",
    [
        (
            "QUITO, May 12 (Reuters) - Ecuador expelled the Colombian ambassador on Tuesday, the ministry said.",
            "expelled",
            ("2011-05-10", "sentence"),
        ),
        (
            "QUITO, 12 May 2011 -- Ecuador expelled the Colombian ambassador, the foreign ministry said.",
            "expelled",
            ("2011-05-12", "publication_date"),
        ),
        # a date in the sentence itself still counts
        (
            "Ecuador expelled the Colombian ambassador on May 10, the foreign ministry said.",
            "expelled",
            ("2011-05-10", "sentence"),
        ),
        # a dateline may name the country or state after its city
        (
            "QUITO, Ecuador, May 12 (AP) - Ecuador expelled the Colombian ambassador on Tuesday, officials said.",
            "expelled",
            ("2011-05-10", "sentence"),
        ),
        (
            "HANOI, Vietnam, May 12 (AP) - Chinese ships fired water cannon at a Vietnamese trawler near the Paracels "
            "on Monday, officials said.",
            "fired",
            ("2011-05-09", "sentence"),
        ),
    ],
)
def test_a_datelines_date_is_when_the_story_was_filed_not_the_events(parse, text, word, expected):
    assert date_of(parse, text, word, publication_value="2011-05-12") == expected


def test_plain_past_conjuncts_tell_one_occasion_and_share_its_date(parse):
    text = "The ministry summoned the Danish envoy on Monday and demanded an apology for the cartoons."
    assert date_of(parse, text, "demanded", publication_value="2011-05-12") == ("2011-05-09", "sentence")
    # a perfect or passive first conjunct is another occasion
    text = "She was elected in January and has demanded an apology for the cartoons."
    assert date_of(parse, text, "demanded", publication_value="2011-05-12") == ("2011-05-12", "publication_date")


def test_a_dateline_s_place_may_have_lower_case_particles(parse):
    text = "RIO DE JANEIRO, May 12 (Reuters) - Brazilian police fired tear gas at marchers on Tuesday, officials said."
    assert date_of(parse, text, "fired", publication_value="2011-05-12") == ("2011-05-10", "sentence")
    from pipeline.stages.event_dates import dateline_end

    assert dateline_end("Rio de Janeiro, May 12 (Reuters) - Police fired.") > 0
    assert dateline_end("Dar es Salaam, 12 May 2011 -- Police fired.") > 0
    assert dateline_end("The US, China and Russia, June 3 - no dateline") == 0


def test_an_agencys_dateline_with_no_date_names_where_the_story_was_filed():
    from pipeline.stages.datelines import dateline_end, dateline_place

    assert dateline_place("KIGALI, Rwanda (AP) — Rwanda's army said on Monday ...") == "KIGALI"
    assert dateline_place("HAVANA (Reuters) - Cuba freed ...") == "HAVANA"
    text = "SUVA, Fiji (AP) — Police said ..."
    assert text[dateline_end(text) :].startswith("Police")
    assert dateline_place("Gordon Brown (Labour) - the chancellor said ...") is None  # no date, no capitals
    assert dateline_place("SANTIAGO - Chile's senate voted ...") == "SANTIAGO"  # a place in capitals and a dash
    assert dateline_place("Santiago - the capital voted ...") is None
    # an acronym or a heading in capitals is no place
    assert dateline_place("ANC - The party accused the opposition ...") is None
    assert dateline_place("TUESDAY - Police arrested three men ...") is None


def test_a_title_case_place_before_a_news_agency_is_a_dateline():
    from pipeline.stages.datelines import dateline_end, dateline_place

    for text, place in [
        ("Apia (AFP) - Samoa on Monday expelled ...", "Apia"),
        ("Dhaka (Reuters) - Bangladesh police said ...", "Dhaka"),
        ("Port Moresby (AP) — Tribal fighters ...", "Port Moresby"),
        ("Kathmandu, Nepal (Xinhua) -- The government ...", "Kathmandu"),
    ]:
        assert dateline_place(text) == place, text
        assert text[dateline_end(text) :][0].isupper(), text
    # a party, a team or a person in brackets is no agency; a byline, a headline or the agency's own name is no place
    assert dateline_place("Gordon Brown (Labour) - the chancellor said ...") is None
    assert dateline_place("By Ahmad Shah\n\nKabul (AFP) - Police arrested ...") is None
    assert dateline_place("Anadolu Agency (AA) - Turkey said ...") is None
    assert dateline_place("China Warns Philippines Over Shoal\n\nManila (Reuters) - China warned ...") is None
    assert dateline_place("Anna Berg (Greens) - We will vote against ...") is None


def test_a_clause_a_measured_time_after_or_before_a_dated_act_is_dated_from_it(parse):
    # PUB is Thursday 12 May 2011: "Saturday" in a past report is 7 May
    text = "Kenyan envoys met Somali officials on Saturday, a day after Mogadishu rejected the proposal."
    assert date_of(parse, text, "rejected") == ("2011-05-06", "sentence")
    text = "Chad's ministers met Libyan envoys on 2 May, two weeks before Niger closed the border with Chad."
    assert date_of(parse, text, "closed") == ("2011-05-16", "sentence")
    # with no measure, only the year holds
    text = "In 2009, after Tehran seized the tanker, Britain sent a frigate."
    assert date_of(parse, text, "seized") == ("2009", "sentence")


@pytest.mark.parametrize(
    "text,word",
    [
        ("The dockers' union called a national strike for Thursday.", "called"),
        ("The commission scheduled the vote for 12 March.", "scheduled"),
    ],
)
def test_a_date_a_thing_is_set_for_is_not_when_it_was_set(parse, text, word):
    assert date_of(parse, text, word, publication_value="2011-03-09") == ("2011-03-09", "publication_date")


def test_a_state_since_a_day_began_that_day(parse):
    assert date_of(parse, "The dockers' union has been on strike since Monday.", "strike") == ("2011-05-09", "sentence")
    # guard: an event named after "since" is no date of the act
    assert date_of(parse, "The union has been on strike since the election.", "strike")[1] != "sentence"


def test_a_plain_past_takes_the_day_of_its_later_conjunct(parse):
    text = "Striking dockers blocked the port road and moored their barges across the harbour on Tuesday."
    assert date_of(parse, text, "blocked") == ("2011-05-10", "narrative")
    # guard: a conjunct with a date of its own keeps it
    assert date_of(parse, "The party won the seat in 2001 and lost it in 2005.", "won") == ("2001", "sentence")


def test_an_act_announced_in_a_dated_concession_takes_its_date(parse):
    text = (
        "In a concession announced on Tuesday, the ministry said it would delay the levy and invited the union to "
        "talks."
    )
    assert date_of(parse, text, "invited") == ("2011-05-10", "sentence")


def test_an_act_told_when_a_day_described_after_the_date_happened_takes_that_date(parse):
    text = "The row began on May 2, the day after the count, when the Green Front accused the Civic Union of fraud."
    assert date_of(parse, text, "accused") == ("2011-05-02", "sentence")


def test_what_people_were_doing_when_the_main_clause_happened_takes_its_day(parse):
    text = "Police fired tear gas on Tuesday to disperse 300 members of the students' union who were protesting."
    assert date_of(parse, text, "protesting") == ("2011-05-10", "sentence")
    # guard: a later act of a court says nothing of when they protested
    text = "A military court on Tuesday jailed 12 students who were protesting outside parliament."
    assert date_of(parse, text, "protesting")[1] != "sentence"


def test_a_day_on_a_participle_of_what_people_were_doing_is_the_acts_day_in_the_past(parse):
    # published on a Monday: "on Tuesday" in a past report is six days before, never the next day
    text = "Police fired at dockers demanding higher wages in Mombasa on Tuesday."
    assert date_of(parse, text, "fired", pub=dt.date(2011, 5, 9)) == ("2011-05-03", "sentence")
    # the participle hung on the verb right after the people it describes
    text = "Chad reopened its border crossings to Sudanese fleeing the fighting in Darfur on Tuesday."
    assert date_of(parse, text, "reopened") == ("2011-05-10", "sentence")


def test_an_act_a_dated_report_tells_as_done_is_dated_by_the_report(parse):
    # PUB is Thursday 12 May 2011: what was said on Monday to have been done was done by Monday, not on the 12th
    text = "The relief agency said on Monday that its planes had flown 40 tonnes of food to Gulu."
    assert date_of(parse, text, "flown", publication_value="2011-05-12") == ("2011-05-09", "narrative")
    text = "On Tuesday, police arrested 30 students who had gathered outside the dean's office to demand lower fees."
    assert date_of(parse, text, "demand", publication_value="2011-05-12") == ("2011-05-10", "narrative")
    # an act announced is not done by then; another act of the people a court jails may be any time before
    text = "On Monday the relief agency said its planes would fly 40 tonnes of food to Gulu."
    assert date_of(parse, text, "fly", publication_value="2011-05-12")[0] != "2011-05-09"
    text = "On Tuesday a court jailed 30 students who had occupied the dean's office."
    assert date_of(parse, text, "occupied", publication_value="2011-05-12")[0] != "2011-05-10"


def test_an_act_right_after_a_background_sentence_takes_its_day(parse):
    pub = "2011-05-12"
    text = (
        "The militia claimed the raid in a video sent to reporters on March 3. In it, the group demanded the "
        "release of 40 prisoners."
    )
    assert date_of(parse, text, "demanded", publication_value=pub) == ("2011-03-03", "narrative")
    text = (
        "The militia, which emerged last year, claimed the raid in a video sent on March 3. In it, the group "
        "demanded the release of 40 prisoners."
    )
    assert date_of(parse, text, "demanded", publication_value=pub) == ("2011-03-03", "narrative")
    text = "In January, police detained a Togolese trader near the border. Lome called the arrest illegal."
    assert date_of(parse, text, "called", publication_value=pub) == ("2011-01", "narrative")
    # time moved on, or a new paragraph: the sentence before says nothing of it
    text = "The militia claimed the raid on March 3. Weeks later, the group demanded the release of 40 prisoners."
    assert date_of(parse, text, "demanded", publication_value=pub) != ("2011-03-03", "narrative")
    text = "The militia claimed the raid on March 3.\n\nThe group demanded the release of 40 prisoners."
    assert date_of(parse, text, "demanded", publication_value=pub) != ("2011-03-03", "narrative")


def test_the_narrative_time_stops_at_the_day_of_publication_and_a_sentences_own_date_comes_first(parse):
    pub = "2011-05-12"  # a Thursday
    text = (
        "Soldiers tried to seize power on Wednesday. In a decree read out on state radio on Thursday, the president "
        "dismissed the army chief."
    )
    assert date_of(parse, text, "dismissed", publication_value=pub)[0] == "2011-05-12"
    text = "Gunmen attacked a police post on Tuesday. The army sent reinforcements."
    assert date_of(parse, text, "sent", publication_value=pub) == ("2011-05-10", "narrative")


def test_an_act_done_to_a_purpose_shares_the_date_of_the_journey(parse):
    text = "The envoy flew to Juba on 9 May to meet rebel commanders."
    assert date_of(parse, text, "meet", publication_value="2011-05-12") == ("2011-05-09", "sentence")
    # a planned purpose told in the present keeps no past date of its own
    text = "The envoy flies to Juba next week to meet rebel commanders."
    assert date_of(parse, text, "meet", publication_value="2011-05-12")[0] == "2011-W20"


def test_a_reported_act_takes_the_day_it_was_told_even_when_the_parse_hangs_it_on_the_day(parse):
    text = "Farmers blocked roads on Monday. The interior ministry said the same day that it had sent extra police."
    assert date_of(parse, text, "sent", publication_value="2011-05-12") == ("2011-05-09", "narrative")


def test_a_speakers_today_is_not_the_storys_time(parse):
    text = (
        'The two sides signed the accord on Tuesday. "Today we chose peace," the rebel leader said. The foreign '
        "minister thanked the mediators."
    )
    assert date_of(parse, text, "thanked", publication_value="2011-05-12") == ("2011-05-10", "narrative")


def test_an_act_before_dawn_on_a_day_is_of_that_day(parse):
    text = "Gunmen from the Eastern Brigade raided the village of Kolo before dawn on Monday, burning huts."
    assert date_of(parse, text, "raided", publication_value="2011-05-12") == ("2011-05-09", "sentence")
    # an act ordered before another event still does not take that event's date
    text = "Delegates gathered in Oslo ahead of a summit of the alliance next month."
    assert date_of(parse, text, "gathered", publication_value="2011-05-12")[1] != "sentence"


def test_a_clause_of_time_the_parse_joined_as_a_conjunct_is_measured_from_its_clause(parse):
    pub = dt.date(2011, 5, 15)  # a Sunday
    text = (
        "Mali's government suspended talks with the Azawad Front on Saturday, a day after fighters from the group "
        "attacked an army base near Gao, killing four soldiers."
    )
    assert date_of(parse, text, "attacked", pub, "2011-05-15") == ("2011-05-13", "sentence")
    assert date_of(parse, text, "suspended", pub, "2011-05-15") == ("2011-05-14", "sentence")


def test_what_a_measure_or_a_text_does_it_does_from_the_day_it_was_made(parse):
    text = "The new rules, published on Tuesday, prohibit foreign observers from entering polling stations."
    assert date_of(parse, text, "prohibit", publication_value="2011-05-12") == ("2011-05-10", "sentence")
    text = "The joint communique, signed Monday by the two foreign ministers, calls for a ceasefire."
    assert date_of(parse, text, "calls", publication_value="2011-05-12") == ("2011-05-09", "sentence")
    # a person's description is not a measure's making
    text = "The envoy, appointed on Monday, calls for a ceasefire."
    assert date_of(parse, text, "calls", publication_value="2011-05-12")[1] != "sentence"


def test_an_act_in_a_background_paragraph_takes_the_paragraphs_day(parse):
    pub = "2011-05-12"
    text = (
        "The accord ends a row that began in March, when talks in Nairobi collapsed on March 8. Kenya had asked for "
        "a new survey of the border. Ethiopia refused the request."
    )
    assert date_of(parse, text, "refused", publication_value=pub) == ("2011-03-08", "narrative")
    # time moved on after the day: no day of the paragraph is the act's
    text = (
        "Talks in Nairobi collapsed on March 8. Kenya had asked for a new survey of the border. Weeks later "
        "Ethiopia refused the request."
    )
    assert date_of(parse, text, "refused", publication_value=pub)[0] != "2011-03-08"


def test_once_the_story_went_back_in_time_no_earlier_day_is_the_narratives(parse):
    pub = "2011-05-12"
    text = (
        "The two sides signed the accord on Tuesday.\n\nThe row began on March 8.\n\nEthiopia recalled its "
        "envoy for consultations."
    )
    assert date_of(parse, text, "recalled", publication_value=pub)[0] != "2011-05-10"


def test_an_act_told_in_a_dated_message_is_done_by_that_day(parse):
    text = (
        "Gunmen seized the aid workers on May 2. In a new message sent to journalists on Tuesday, the group said it "
        "had freed the hostages."
    )
    assert date_of(parse, text, "freed", publication_value="2011-05-12") == ("2011-05-10", "narrative")


def test_a_paragraphs_day_ends_at_the_present_and_is_never_a_plan(parse):
    pub = "2011-05-12"
    text = "The ceasefire was signed on May 1. The rebels say it is holding. The army accused the rebels of violations."
    assert date_of(parse, text, "accused", publication_value=pub)[0] != "2011-05-01"
    text = "Talks had been due to resume on May 2. The mediators were hopeful. The rebels accused the mediators."
    assert date_of(parse, text, "accused", publication_value=pub)[0] != "2011-05-02"


def test_a_date_in_a_description_neither_dates_nor_stops_the_narrative(parse):
    text = (
        "Police arrested 20 protesters in Gulu on Monday. Okello, who was born on Feb. 12, 1982, condemned the arrests."
    )
    assert date_of(parse, text, "condemned", publication_value="2011-05-12") == ("2011-05-09", "narrative")


def test_people_given_a_day_by_a_participle_act_when_they_act(parse):
    text = "Kenyan troops, deployed on Monday, patrol the border with Somalia."
    assert date_of(parse, text, "patrol", publication_value="2011-05-12")[0] != "2011-05-09"


def test_an_event_noun_under_a_purpose_keeps_its_own_time(parse):
    text = "The president flew to Kinshasa on Monday to attend a summit that opens on Saturday."
    assert date_of(parse, text, "summit", publication_value="2011-05-12")[0] != "2011-05-09"


def test_a_date_after_and_that_opens_the_next_clause_is_not_the_first_acts(parse):
    text = "The envoy met rebel leaders in Goma on May 3 and, two days later, flew to Kigali to brief officials."
    assert date_of(parse, text, "met") == ("2011-05-03", "sentence")


def test_an_act_takes_the_day_of_the_words_that_did_it(parse):
    text = "The minister rejected calls to resign, telling reporters on Tuesday that she had done nothing wrong."
    assert date_of(parse, text, "rejected") == ("2011-05-10", "sentence")
    text = "Chile condemned the raid, saying in a statement on Monday that it broke the truce."
    assert date_of(parse, text, "condemned") == ("2011-05-09", "sentence")
    # an act with a date of its own keeps it
    text = "The rebels took the town in March, saying on Monday that they still held it."
    assert date_of(parse, text, "took") == ("2011-03", "sentence")
    # an act of force was done before the words about it
    text = "Rebels attacked an army base, saying in a statement on Wednesday that they had killed 20 soldiers."
    assert date_of(parse, text, "attacked")[0] != "2011-05-11"


def test_an_act_told_as_under_way_takes_the_day_it_was_told(parse):
    for text, word in (
        ("The defence ministry said on Tuesday that 800 troops were being flown to the north.", "flown"),
        ("Hospital staff said on Tuesday that they were striking over unpaid wages.", "striking"),
        ("The ministry reacted on Tuesday, announcing that border guards were being deployed.", "deployed"),
        ("The army answered on Tuesday, saying its units had shelled the rebel camp.", "shelled"),
    ):
        assert date_of(parse, text, word, publication_value="2011-05-12")[0] == "2011-05-10", text
    # an act announced stays undated by the telling, and so does an act named by the object of an act under way
    text = "The ministry reacted on Tuesday, saying that troops would be deployed soon."
    assert date_of(parse, text, "deployed", publication_value="2011-05-12")[0] != "2011-05-10"
    text = "The embassy said on Tuesday that it was watching the arrest of the reporter closely."
    assert date_of(parse, text, "arrest", publication_value="2011-05-12")[0] != "2011-05-10"


def test_a_moment_later_gives_way_to_the_clauses_own_words_for_that_day(parse):
    from pipeline.stages.actors import extract_mentions
    from pipeline.stages.dates import find_dates
    from pipeline.stages.events import extract_events

    pub = dt.date(2025, 10, 22)
    text = (
        "Guinea's opposition leader Alpha Diallo called for a general strike in Conakry on Monday, Guinean officials "
        "said. Hours later, gendarmes arrested Diallo at his home in the Ratoma district on Monday evening."
    )
    doc = parse(text)
    ms = extract_mentions(doc)
    (ev,) = [e for e in extract_events(doc, ms, find_dates(doc, pub), [], pub.isoformat()) if e.trigger == "arrested"]
    assert ev.date == "2025-10-20TEV"


def test_a_capitals_dateline_with_its_country_and_a_dash_names_where_the_story_was_filed():
    from pipeline.stages.datelines import dateline_end, dateline_place

    for text, place, rest in (
        ("LUSAKA, Zambia - A Zambian court on Monday jailed two activists.", "LUSAKA", "A Zambian"),
        ("PORT LOUIS, Mauritius — Police said ...", "PORT LOUIS", "Police"),
        ("BRAZZAVILLE, Republic of the Congo - The army said ...", "BRAZZAVILLE", "The army"),
    ):
        assert dateline_place(text) == place and text[dateline_end(text) :].startswith(rest), text
    # names before a dash are no dateline unless the place is in capitals and a state's name follows it
    assert dateline_place("Ruth Banda, Zambia - the envoy said ...") is None
    assert dateline_place("BBC, Reuters - both reported ...") is None  # an acronym
    assert dateline_place("LIVE UPDATES, Troops Cross Border - The army said ...") is None  # a kicker
    assert dateline_place("RIGA, Latvia - The parliament voted ...") == "RIGA"  # short, with its state
    from pipeline.stages.datelines import dateline_written_country

    assert dateline_written_country("TRIPOLI, Lebanon - Protesters marched ...") == "LBN"  # not Libya's Tripoli


def test_words_quoted_in_the_present_or_with_a_modal_are_done_the_day_they_are_said(parse):
    # PUB is Thursday 12 May 2011: Monday is 9 May, Tuesday 10 May
    for text, word in (
        (
            '"Chile calls on both sides to exercise restraint," the foreign ministry said in a statement on Monday.',
            "calls",
        ),
        (
            '"She must resign, and she must resign now," opposition leader Ken Tagaro told reporters on Monday.',
            "resign",
        ),
        ('"We will release all the prisoners," the rebel commander said on Monday.', "release"),
        ('"We will not allow these gangs to take the city hostage," the minister told reporters on Monday.', "take"),
        ('The minister said on Monday that Lima would "fully cooperate" with the inquiry.', "cooperate"),
    ):
        assert date_of(parse, text, word, publication_value="2011-05-12") == ("2011-05-09", "narrative"), text
    # a past act quoted, active or passive, a habit and a day of something else are not dated by the telling
    for text, word in (
        ('"Two of our reporters were arrested at dawn," the editor said on Monday.', "arrested"),
        ('"Their army shells our villages every night," the mayor said on Monday.', "shells"),
        ('"Chile condemns this attack," the foreign ministry said of Tuesday\'s bombing.', "condemns"),
    ):
        assert date_of(parse, text, word, publication_value="2011-05-12")[0] not in ("2011-05-09", "2011-05-10"), text
    # with no telling day, the act keeps the publication day
    text = '"Chile calls on both sides to exercise restraint," the foreign ministry said in a statement.'
    assert date_of(parse, text, "calls", publication_value="2011-05-12") == ("2011-05-12", "publication_date")


@pytest.mark.parametrize(
    "text,word",
    [
        ("The interior minister blamed the union for last week's blockade of the port.", "blamed"),
        ("The bishops criticised the government over Sunday's shooting of protesters.", "criticised"),
        ("The opposition protested against Tuesday's arrests of its leaders.", "protested"),
    ],
)
def test_a_possessive_date_on_what_an_act_is_about_is_not_its_date(parse, text, word):
    # "blamed X for last week's blockade": the blockade's week, not the blaming's
    assert date_of(parse, text, word, publication_value="2011-05-12") == ("2011-05-12", "publication_date")


@pytest.mark.parametrize(
    "text,word,value",
    [
        ("Police fired tear gas at the crowd during Tuesday's march.", "fired", "2011-05-10"),
        ("Sunday's attack on the convoy was claimed by the rebels.", "attack", "2011-05-08"),
        ("Police detained forty people on Tuesday's march through the capital.", "detained", "2011-05-10"),
    ],
)
def test_a_possessive_date_on_the_acts_time_frame_or_own_noun_is_its_date(parse, text, word, value):
    assert date_of(parse, text, word)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "The former governor appeared in court on Tuesday. He had been detained on Monday at his farm. "
        "The judge refused bail.",
        "The former governor appeared in court on Tuesday. He had been detained on Monday at his farm.\n\n"
        "His lawyers asked for a delay. The judge refused bail.",
    ],
)
def test_a_day_told_in_the_past_perfect_is_no_narrative_time(parse, text):
    # "had been detained on Monday" goes back before the story's Tuesday: the refusal is no Monday's
    assert date_of(parse, text, "refused", publication_value="2011-05-12")[0] != "2011-05-09"
