from pipeline.stages.actors import extract_mentions, resolve


def actors_of(parse, *texts):
    mentions = [(f"d{i}", m) for i, t in enumerate(texts) for m in extract_mentions(parse(t))]
    actors, actor_ids = resolve(mentions)
    return actors, mentions, actor_ids


def by_alias(actors, alias):
    return [a for a in actors if alias in a.aliases]


def test_titled_forms_resolve_to_one_person_with_country(parse):
    actors, _, _ = actors_of(
        parse,
        "Chinese President Xi Jinping arrived in Astana on Wednesday. President Xi later met business leaders. "
        "Xi said the visit was a success.",
        "Xi told reporters that trade would grow.",
    )
    (xi,) = by_alias(actors, "Xi")
    assert xi.name == "Xi Jinping" and xi.country == "CHN" and xi.type == "PERSON" and xi.sector == "GOV"
    assert {"Chinese President Xi Jinping", "President Xi", "Xi"} <= set(xi.aliases)
    assert xi.n_documents == 2


def test_similar_names_never_merge(parse):
    actors, _, _ = actors_of(
        parse,
        "China's Foreign Minister Wang Yi called his counterpart on Sunday.",
        "Wang Yiwei, a professor at Renmin University of China, said the talks mattered. "
        "Wang added that trade would grow.",
    )
    wang_yi = [a for a in actors if a.name == "Wang Yi"]
    wang_yiwei = [a for a in actors if a.name == "Wang Yiwei"]
    assert len(wang_yi) == 1 and len(wang_yiwei) == 1
    assert wang_yi[0].country == "CHN"
    assert "Wang" in wang_yiwei[0].aliases and "Wang" not in wang_yi[0].aliases


def test_capitals_and_seats_stand_for_their_state(parse):
    actors, _, _ = actors_of(parse, "Beijing warned Washington on Monday, and the Kremlin said Moscow would respond.")
    names = {a.name: a for a in actors}
    assert names["China"].country == "CHN" and "Beijing" in names["China"].aliases
    assert names["Russia"].country == "RUS" and {"Moscow", "Kremlin"} & set(names["Russia"].aliases)


def test_demonym_title_gives_country(parse):
    actors, _, _ = actors_of(
        parse, "Kazakh President Kassym-Jomart Tokayev spoke on television. Tokayev said order was restored."
    )
    (t,) = by_alias(actors, "Tokayev")
    assert t.name == "Kassym-Jomart Tokayev" and t.country == "KAZ"


def test_acronym_joins_its_organisation(parse):
    actors, _, _ = actors_of(
        parse,
        "Members of the Shanghai Cooperation Organisation (SCO) met in Samarkand. The SCO summit ended on Friday.",
    )
    (sco,) = by_alias(actors, "SCO")
    assert sco.type == "ORG" and "Shanghai Cooperation Organisation" in sco.aliases


def test_officers_of_international_organisations(parse):
    actors, _, _ = actors_of(
        parse,
        "U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw the inspectors. "
        "Attorney-General Jane Doe said the case was closed. Gen. Ali Kaya inspected the troops.",
    )
    (annan,) = by_alias(actors, "Kofi Annan")
    assert annan.sector == "IGO"  # the organisation's officer, not a general
    (doe,) = by_alias(actors, "Jane Doe")
    assert doe.sector == "JUD"
    (kaya,) = [a for a in actors if a.name.endswith("Kaya")]
    assert kaya.sector == "MIL"


def test_every_mention_gets_its_actor_in_order(parse):
    actors, mentions, actor_ids = actors_of(
        parse,
        "Chinese President Xi Jinping arrived in Astana on Wednesday. Xi said the visit was a success.",
        "Xi told reporters that trade would grow.",
    )
    by_id = {a.actor_id: a for a in actors}
    assert len(actor_ids) == len(mentions) and set(actor_ids) == set(by_id)
    named = [(doc_id, m.name, by_id[a].name) for (doc_id, m), a in zip(mentions, actor_ids)]
    assert [n for n in named if n[1].startswith("Xi")] == [
        ("d0", "Xi Jinping", "Xi Jinping"),
        ("d0", "Xi", "Xi Jinping"),
        ("d1", "Xi", "Xi Jinping"),
    ]
