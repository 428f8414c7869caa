"""Social groups named by a common noun: actors without a name ("students", "Indian fishermen", "hundreds of miners").

Many events have a side that is a group of people the text names by what they are, not by a name: "police
detained 17 students", "thousands of farmers marched on parliament", "the navy arrested 14 Indian fishermen".
Without an actor for that side the event has no source or no target, and a consumer filtering on actors loses it.
Event datasets code such sides with generic actors of a sector and a state (CAMEO's "SRBEDU", ICEWS's "Student
(Serbia)"); here a group is an actor of type NORP named by the adjective of its state's people and the group's
label ("Serbian students"), with the group's sector (pipeline/data/groups_nouns.tsv) and the state as its country:
one actor per group and state across the corpus. The state is the one the phrase names ("Indian fishermen",
"students from Novi Sad", a place of known country), else the one the document is about
(`actors.document_country`), else none (the label alone names the actor).

Only plural nouns make a group ("a student" is one person), and only the nouns of the table: never a state's forces
("soldiers", "police": the state acting) nor "people" or "residents" alone, no group of their own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.stages import lexicon
from pipeline.stages.coref import mention_for_token
from pipeline.stages.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# words heading a quantity of a group: "hundreds of miners", "dozens of students", "some of the protesters"
QUANTITY_HEADS = frozenset(
    {
        "hundreds",
        "thousands",
        "dozens",
        "tens",
        "scores",
        "millions",
        "some",
        "many",
        "most",
        "all",
        "several",
        "group",
        "groups",
        "crowd",
        "crowds",
        "number",
        "majority",
        "members",
    }
)
# prepositions whose object places a group ("students from Novi Sad", "farmers in the Gobi")
PLACING_PREPS = frozenset({"from", "in", "of"})
# sectors of groups whose state is never where they are: refugees and migrants (their nationality only)
STATELESS_SECTORS = frozenset({"REF"})


@functools.cache
def group_nouns() -> dict[str, tuple[str, str]]:
    """Noun (lemma) -> (the group's plural label, its sector): pipeline/data/groups_nouns.tsv."""
    return {r["noun"]: (r["label"], r["sector"]) for r in lexicon.data_rows("groups_nouns.tsv")}


@functools.cache
def group_words() -> frozenset[str]:
    """Every group noun and its plural label ("student", "students", "fisherman", "fishermen")."""
    return frozenset(w for noun, (label, _) in group_nouns().items() for w in (noun, label))


def group_head(span: Span, act_noun: Callable[[Token], bool] | None = None) -> Token | None:
    """The plural group noun a phrase names ("students", "Thousands of students and their supporters", "at least 17
    miners", "some of the protesters", "the arrest of 23 students"): the phrase's root, or the object of "of" after
    a quantity's word or, where `act_noun` accepts it, the noun of the event's own act (an arrest's students are
    the arrest's target, never the target of a condemnation of it); else None."""
    root = span.root
    acted = act_noun is not None and root.pos_ == "NOUN" and act_noun(root)
    if _quantity(root) or acted:
        # "hundreds of miners", "300 of the migrants"; an act's noun: "the release of 14 fishermen", "the arrest of
        # 23 students"
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        root = next((c for c in of.children if c.dep_ == "pobj"), root) if of is not None else root
        if _quantity(root):  # "the arrest of dozens of students"
            of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            root = next((c for c in of.children if c.dep_ == "pobj"), root) if of is not None else root
    if root.tag_ not in ("NNS", "NNPS") or root.lemma_.lower() not in group_nouns():
        return None
    return root


def _quantity(tok: Token) -> bool:
    """A word heading a quantity of a group: "hundreds", "some", a number ("300 of the migrants")."""
    return tok.lower_ in QUANTITY_HEADS or tok.pos_ == "NUM" or tok.like_num


def _named_country(noun: Token, mentions: list[Mention]) -> str | None:
    """The state the words on the group noun name: a people's adjective or a place before it ("Indian fishermen",
    "Gobi herders" where the place is known), a mention of known country it is part of or placed by ("students from
    the University of Novi Sad"; never for refugees or migrants, who are not of where they are)."""
    stateless = group_nouns()[noun.lemma_.lower()][1] in STATELESS_SECTORS
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            words = " ".join(t.text for t in child.subtree)
            code = lexicon.country_of_demonym(words) or lexicon.country_of_name(words) or lexicon.country_of_city(words)
            if code:
                return code
            found = _mention_country_of(child, mentions)
            if found:
                return found
        elif child.dep_ == "prep" and child.lower_ in PLACING_PREPS and not stateless:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                found = _mention_country_of(obj, mentions)
                if found:
                    return found
    return None


def _mention_country_of(tok: Token, mentions: list[Mention]) -> str | None:
    """The country of the mention holding the token, if any."""
    m = mention_for_token(tok, mentions)
    return m.country if m is not None else None


def group_name(label: str, country: str | None) -> str:
    """ "Serbian students"; with a people's adjective several states share or none, the state's name in brackets
    ("teachers (Republic of the Congo)", "students (Hong Kong)", "students (Kosovo)"): one name per group and state;
    the label alone for a group of no known state."""
    if not country:
        return label
    demonym = lexicon.demonym_of(country)
    if demonym and lexicon.country_of_demonym(demonym) == country:
        return f"{demonym} {label}"
    return f"{label} ({lexicon.country_display_name(country)})"


def group_mention(
    span: Span, mentions: list[Mention], context: str | None, act_noun: Callable[[Token], bool] | None = None
) -> Mention | None:
    """The group a phrase names, as a mention over its noun and the words naming its state ("Indian fishermen",
    "students"); None when the phrase names no group of the table, or its noun lies in a named mention. Its state:
    the one the phrase names, else `context` (the document's)."""
    noun = group_head(span, act_noun)
    if noun is None or any(m.start_char <= noun.idx < m.end_char for m in mentions):
        return None
    label, sector = group_nouns()[noun.lemma_.lower()]
    # refugees and migrants are rarely of the state the story is about (its host): only a stated nationality
    country = _named_country(noun, mentions) or (context if sector not in STATELESS_SECTORS else None)
    mods = [c.left_edge.i for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    first = min([noun.i, *mods])
    if any(m.start_char <= noun.doc[first].idx < m.end_char for m in mentions):
        first = noun.i  # "Indian" is a mention of its own: the group is the noun's
    start, end = noun.doc[first].idx, noun.idx + len(noun.text)
    name = group_name(label, country)
    text = noun.doc.text[start:end]
    # the kind is the mention's evidence: a group stays a group whatever the corpus votes (a bare NORP counts as GPE)
    return Mention(
        start,
        end,
        text,
        name,
        "NORP",
        country=country,
        sector=sector,
        key=f"NORP:{name.casefold()}",
        type_evidence="NORP",
    )
