from pipeline.stages.actors import extract_mentions
from pipeline.stages.descriptions import is_description, resolve_description


def resolved(parse, text, word, occurrence=-1):
    """The name a description (the last occurrence of `word`) resolves to, None when unresolved."""
    doc = parse(text)
    tok = [t for t in doc if t.lower_ == word][occurrence]
    m = resolve_description(tok, extract_mentions(doc), 0)
    return m.name if m is not None else None


def test_only_definite_singular_common_nouns_are_descriptions(parse):
    # "his minister": an office after a possessive pronoun is definite too (stop 35: "praised his minister's budget")
    doc = parse("The minister met a minister, ministers and his minister.")
    ministers = [t for t in doc if t.lower_.startswith("minister")]
    assert [is_description(t) for t in ministers] == [True, False, False, True]
    # a possessive makes only an office a description, not a noun of another kind
    doc = parse("He thanked his wife and his party.")
    assert [is_description(t) for t in doc if t.lower_ in ("wife", "party")] == [False, False]


def test_an_office_resolves_to_the_person_holding_that_title(parse):
    text = "Interior Minister Sara Lind met President Omar Haddad. Later the president spoke to reporters."
    assert resolved(parse, text, "president") == "Omar Haddad"
    text = "Interior Minister Sara Lind met President Omar Haddad. Later the minister spoke to reporters."
    assert resolved(parse, text, "minister") == "Sara Lind"
    # the words that narrow an office must all be in the title
    text = "Interior Minister Sara Lind met President Omar Haddad. The foreign minister was absent."
    assert resolved(parse, text, "minister") is None


def test_an_apposition_gives_the_office_too(parse):
    text = "Tomas Berg, the chancellor, cut taxes. Critics said the chancellor had gone too far."
    assert resolved(parse, text, "chancellor") == "Tomas Berg"


def test_kinds_of_organisations(parse):
    assert resolved(parse, "Nokia cut 500 jobs in Espoo. The company blamed falling demand.", "company") == "Nokia"
    text = "The Social Democratic Party lost in Bavaria. The party blamed its leader."
    assert resolved(parse, text, "party") == "Social Democratic Party"
    text = "The European Commission fined Google. The commission said more fines could follow."
    assert resolved(parse, text, "commission") == "European Commission"
    # a business is no party, and a party no business
    assert resolved(parse, "The Green Party met Nokia. The company left.", "company") == "Nokia"


def test_two_equally_fitting_actors_leave_it_unresolved(parse):
    text = "Contracts went to Siemens and to General Motors in March. Analysts praised the firm."
    assert resolved(parse, text, "firm") is None
    # the subject of its sentence is the salient one
    text = "Airbus lost an order to Embraer in March. Analysts praised the firm."
    assert resolved(parse, text, "firm") == "Airbus"


def test_a_body_is_named_by_its_head_word_and_other_nouns_stay_unresolved(parse):
    text = "The Association of Chief Police Officers met the Court of Appeal. The court praised the police."
    assert resolved(parse, text, "court") == "Court of Appeal"
    assert resolved(parse, text, "police") is None
    assert resolved(parse, "Sky News reported the vote. The news shocked Berlin.", "news") is None


def test_religious_and_other_offices_resolve_too(parse):
    text = "Cardinal Thomas Winning led the mass in Glasgow. Afterwards the cardinal condemned the killings."
    assert resolved(parse, text, "cardinal") == "Thomas Winning"


def test_the_government_is_a_near_state_else_the_state_the_story_is_about(parse):
    assert resolved(parse, "Chad closed its border in March. The government then apologised.", "government") == "Chad"

    def in_own_sentence(text):  # nothing named near it: the window opens at its own sentence
        doc = parse(text)
        tok = [t for t in doc if t.lower_ == "government"][-1]
        m = resolve_description(tok, extract_mentions(doc), tok.sent.start_char)
        return m.name if m is not None else None

    story = (
        "Labour and the Tories clashed over tax in Britain on Monday. Labour said its plans were costed. The Tories "
        "said Labour would raise taxes. A Labour spokesman replied. Members urged the government to act."
    )
    assert in_own_sentence(story) == "Britain"
    # a story about no one country leaves it unresolved
    assert (
        in_own_sentence("Chile and Peru argued. Peru said no. Chile said yes. Members urged the government to act.")
        is None
    )


def test_a_narrowed_state_is_a_country_named_before_and_a_bare_one_nothing(parse):
    text = "Sri Lanka lost thousands of people in the floods. The island state is asking the IMF for help."
    assert resolved(parse, text, "state") == "Sri Lanka"
    text = "Texas passed the law in May. The state is asking the Supreme Court to hear the case."
    assert resolved(parse, text, "state") is None
    text = "Mexico and Texas signed the deal. The state is asking the Supreme Court to hear the case."
    assert resolved(parse, text, "state") is None


def test_the_government_is_not_a_state_named_only_as_what_a_war_is_about(parse):
    text = (
        "Britain's foreign secretary spoke on Monday. The archbishop has criticised the Iraq war. "
        "He said the government had misled voters."
    )
    assert resolved(parse, text, "government") == "Britain"
    text = (
        "Britain's foreign secretary spoke on Monday. He wanted inspectors to have more time in Iraq. "
        "The archbishop said the government had misled voters."
    )
    assert resolved(parse, text, "government") == "Britain"
    text = "The Kenya delegation met on Monday. The government said the talks went well."
    assert resolved(parse, text, "government") == "Kenya"  # a state on its own people


def test_plural_descriptions_of_a_government_and_an_armed_group(parse):
    text = (
        "Peruvian police clashed with miners in Puno. Peru's interior minister resigned. The authorities said 12 died."
    )
    assert resolved(parse, text, "authorities") == "Peru"
    text = "Al-Shabaab militants stormed a hotel in Mogadishu. The militants held it for six hours."
    assert resolved(parse, text, "militants") == "Al-Shabaab"
    text = "The FARC, a guerrilla army, freed two soldiers. Later the guerrillas handed over their weapons."
    assert resolved(parse, text, "guerrillas") == "FARC"
    # gunmen "from" the group, or its fighters by a possessive, call it armed
    text = "Gunmen from the Kasai Liberation Front stormed a mining camp. The army hunted the rebels for a week."
    assert resolved(parse, text, "rebels") == "Kasai Liberation Front"
    text = "The Ituri Popular Movement's fighters burned a school. Officials blamed the militants for the fire."
    assert resolved(parse, text, "militants") == "Ituri Popular Movement"
    text = "Volunteers from the Red Cross reached the camp. The rebels had left it."
    assert resolved(parse, text, "rebels") is None
    # a group the text never calls armed is not "the rebels"; other plurals stand for several actors
    text = "Greenpeace activists boarded a tanker off Norway. The rebels were arrested."
    assert resolved(parse, text, "rebels") is None
    text = "Toyota and Honda raised prices. The firms blamed costs."
    assert resolved(parse, text, "firms") is None


def test_the_bloc_is_a_body_of_states(parse):
    text = "Ministers of the European Union met in Vilnius on Monday. The bloc agreed to extend its sanctions."
    assert resolved(parse, text, "bloc") == "European Union"
    text = "Shell and BP cut output. The bloc said nothing."
    assert resolved(parse, text, "bloc") is None


def test_the_government_is_not_the_state_it_acted_on(parse):
    # no state dominates the story: a state named only as what was acted on is no antecedent
    text = "The ministry accused Chile of spying. The government expelled two diplomats on Monday."
    assert resolved(parse, text, "government") is None
    # the state that acts is
    text = "Chile accused Bolivia of spying. The government expelled two diplomats on Monday."
    assert resolved(parse, text, "government") == "Chile"
    # the story's own state outranks a nearer foreign one
    text = (
        "Hungary's parliament passed the bill. Hungarian lawmakers backed it 120 to 50. The European Commission "
        "criticised Poland. Later the government defended the law."
    )
    assert resolved(parse, text, "government") == "Hungary"


def test_a_states_forces_and_police_stand_for_the_state_the_story_is_about(parse):
    text = (
        "Thousands of Kenyans marched in Nairobi. Kenya's parliament passed the bill and Kenya's president signed "
        "it. Police fired tear gas at the marchers."
    )
    assert resolved(parse, text, "police") == "Kenya"  # by its name, not "Nairobi" where they marched
    text = "Sudan's army chief met envoys in Jeddah. Sudan has been at war since April. The military shelled a market."
    assert resolved(parse, text, "military") == "Sudan"
    # a force the story names is its own actor; a story about no one state leaves them unresolved
    text = "The Sudanese Armed Forces and the Rapid Support Forces clashed. Later the army retook the bridge."
    assert resolved(parse, text, "army") is None
    text = "Chile and Peru signed a deal. Police said nothing."
    assert resolved(parse, text, "police") is None


def test_more_heads_of_organisations_names(parse):
    text = "The Korean Confederation of Trade Unions called a strike. The confederation said 80,000 workers joined."
    assert resolved(parse, text, "confederation") == "Korean Confederation of Trade Unions"
    text = "The Korean Confederation of Trade Unions called a strike. The news spread fast."
    assert resolved(parse, text, "news") is None


def test_the_company_is_never_a_trade_union(parse):
    text = "The Transport Workers' Union called a strike at the port. Managers said the company would not negotiate."
    assert resolved(parse, text, "company") is None


def test_an_organisations_kind_beyond_the_window_is_the_only_one_the_text_names(parse):
    text = (
        "The Nurses' Federation of Workers began a walkout in Accra. Hospitals cancelled surgery. Patients waited. "
        "Doctors covered some wards. Ministers met on Friday. By Sunday the federation had softened its demands."
    )
    doc = parse(text)
    tok = [t for t in doc if t.lower_ == "federation"][-1]
    window_start = doc.text.index("Ministers")
    m = resolve_description(tok, extract_mentions(doc), window_start)
    assert m is not None and m.name.startswith("Nurses")
    # two unions before the window: none is the union
    text = (
        "The Rail Workers' Union and the Postal Workers' Union marched in Lagos. Trains stopped. Letters piled up. "
        "Shops closed early. Ministers met on Friday. By Sunday the union had softened its demands."
    )
    doc = parse(text)
    tok = [t for t in doc if t.lower_ == "union"][-1]
    assert resolve_description(tok, extract_mentions(doc), doc.text.index("Ministers")) is None


def test_a_title_beyond_the_window_is_the_only_person_titled_so(parse):
    def beyond(text):  # the description's window: its own sentence only
        doc = parse(text)
        tok = [t for t in doc if t.lower_ == "president"][-1]
        m = resolve_description(tok, extract_mentions(doc), tok.sent.start_char)
        return m.name if m is not None else None

    text = "The veto was issued by President Ana Morel on Monday. The speaker said the president had lied."
    assert beyond(text) == "Ana Morel"
    # two presidents named before: unresolved beyond the window
    text = "President Ana Morel met President Luis Vega on Monday. The speaker said the president had lied."
    assert beyond(text) not in ("Ana Morel", "Luis Vega")
    # a state's office in a story about another state is that state's, not the foreign holder's
    doc = parse(
        "British officials met Italian Prime Minister Silvio Berlusconi in Rome. Britain's economy grew. London said "
        "the talks went well. A British spokesman said the prime minister had regular meetings with him."
    )
    tok = [t for t in doc if t.lower_ == "minister"][-1]
    m = resolve_description(tok, extract_mentions(doc), tok.sent.start_char)
    assert m is None or m.name != "Silvio Berlusconi"


def test_a_description_is_never_the_subject_of_its_own_clause(parse):
    # the nearest subject would be the clause's own subject: the description is another actor
    text = (
        "The Karam Brigades fired rockets at the airport on Sunday. "
        "The Unity Movement of Tessaly condemned the group on Monday."
    )
    assert resolved(parse, text, "group") == "Karam Brigades"
    text = (
        "The Pan-African Teachers Union struck on Monday. "
        "The Ardent Workers Federation, meanwhile, urged the union to return to talks."
    )
    assert resolved(parse, text, "union") == "Pan-African Teachers Union"
    # as its own clause's subject, the description takes the nearest subject before it as ever
    text = "The Karam Brigades fired rockets on Sunday. The group said the attack was a warning."
    assert resolved(parse, text, "group") == "Karam Brigades"


def test_police_are_the_one_police_force_the_document_names_even_after_them(parse):
    # the force is named only in the attribution after the act, in a story that names another state more
    text = (
        "Portugal pledged new funds to Angola. Portuguese diplomats said Portugal would pay. Nine strikers were "
        "detained by police on Friday, Angolan National Police spokesman Mateus Rodrigues said."
    )
    assert resolved(parse, text, "police", occurrence=0) == "Angolan National Police"
    text = (
        "Police in the capital broke up the sit-in on Sunday. Later the Ghana Police Service said 14 people "
        "were held. Ghana's president defended the officers."
    )
    assert resolved(parse, text, "police", occurrence=0) == "Ghana Police Service"
    # two forces named: neither is chosen by this rule
    text = "The Kenya Police Service and the Uganda Police Force met in Busia. Police later arrested 12 smugglers."
    assert resolved(parse, text, "police", occurrence=2) not in ("Kenya Police Service", "Uganda Police Force")


def test_police_naming_no_force_are_those_of_the_state_where_they_act(parse):
    text = (
        "Britain promised more aid to Kenya on Monday. British officials said Britain would pay for the aid. "
        "Police arrested seven protesters in Nairobi on Tuesday."
    )
    assert resolved(parse, text, "police") in ("Kenya", "Nairobi")
    # placed nowhere: the state the story is about, as before
    text = (
        "Britain promised more aid to Kenya on Monday. British officials said Britain would pay for the aid. "
        "Police arrested seven protesters on Tuesday."
    )
    assert resolved(parse, text, "police") == "Britain"


def test_police_named_only_in_an_officers_title_are_that_states(parse):
    text = (
        "Portugal pledged new funds to Angola. Portuguese diplomats said Portugal would pay Angola. Nine strikers "
        "were detained by police on Friday, Angolan police spokesman Inspector Mateus Rodrigues said."
    )
    assert resolved(parse, text, "police", occurrence=0) == "Angola"


def test_an_army_named_earlier_does_not_own_the_police_of_a_named_force(parse):
    text = (
        "British colonial troops crushed the revolt in 1905. Kenya wants reparations. Eight marchers were held by "
        "police on Monday, Kenyan police spokesman Bruno Shioso said."
    )
    assert resolved(parse, text, "police", occurrence=0) == "Kenya"


def test_a_foreign_police_force_named_elsewhere_is_never_the_police_acting_at_home(parse):
    text = (
        "Police in Lagos arrested 30 protesters on Monday. Last year the London Metropolitan Police trained "
        "Nigerian officers."
    )
    assert resolved(parse, text, "police", occurrence=0) not in ("London Metropolitan Police",)
    text = "Police arrested 40 people in Harare on Saturday. Former Kenyan Police chief Charles Owino condemned it."
    assert resolved(parse, text, "police", occurrence=0) in ("Zimbabwe", "Harare")
