import pandera.pandas as pa
from pandera.typing import Series

from ._types import INT, STRING, STRING_LIST


class Actors(pa.DataFrameModel):
    """One row per real-world actor across the whole corpus."""

    actor_id: Series[STRING] = pa.Field(
        unique=True,
        str_matches=r"^a[0-9a-f]{12}$",
        description="Stable ID: hash of the canonical name alone (case folded): one entity, one ID, whatever type "
        "its mentions guessed; `type` is decided by the evidence of all its mentions.",
    )
    name: Series[STRING] = pa.Field(
        description="Canonical name: the longest full form the articles use, without titles (e.g. `Xi Jinping`, "
        "`China`)."
    )
    type: Series[STRING] = pa.Field(
        isin=["PERSON", "ORG", "GPE", "NORP"],
        description="Entity type: PERSON, ORG (organisations, media, companies, teams), GPE (states and places), NORP "
        "(a people, or a social group the articles name by a common noun, one per state: 'Serbian students', "
        "'Indian fishermen', with its sector); decided by all the actor's mentions, those whose context shows the "
        "kind (a title, 'shares in X', a company suffix) weighing most.",
    )
    country: Series[STRING] = pa.Field(
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
        description="ISO 3166-1 alpha-3 country the actor belongs to or stands for: where the corpus states it "
        "(title, demonym, possessive, appositive), else for a person other news articles place (`country_source`); "
        "null otherwise.",
    )
    sector: Series[STRING] = pa.Field(
        nullable=True,
        description="PLOVER/CAMEO sector where a title shows it: GOV, MIL, COP, JUD, LEG, DIP, EDU, MED, BUS, CVL, "
        "REB, OPP, IGO, LAB (trade unions) ...; a social group's (NORP) from its noun: CVL, EDU, LAB, AGR "
        "(farmers, herders, fishermen), MED, HLH (doctors, nurses), REF (refugees, migrants).",
    )
    aliases: Series[STRING_LIST] = pa.Field(
        description="Every surface form by which the articles mention the actor (titles included), sorted."
    )
    n_mentions: Series[INT] = pa.Field(ge=1, description="Number of mentions across canonical documents.")
    n_documents: Series[INT] = pa.Field(ge=1, description="Number of canonical documents that mention the actor.")
    country_source: Series[STRING] = pa.Field(
        nullable=True,
        isin=["text", "known"],
        description="Where `country` comes from: `text` (the corpus's own articles state it) or `known` (a person the "
        "corpus leaves unplaced whose country background news articles state: `pipeline/data/known_people.tsv`); null "
        "when `country` is null.",
    )

    class Config:
        strict = True
        coerce = True


class ActorMentions(pa.DataFrameModel):
    """One row per mention of an actor: the link from text spans to `actors`."""

    mention_id: Series[STRING] = pa.Field(unique=True, description="`<doc_id>:m<start_char>`.")
    doc_id: Series[STRING] = pa.Field(description="`documents.doc_id`.")
    sentence_id: Series[STRING] = pa.Field(description="`sentences.sentence_id`.")
    start_char: Series[INT] = pa.Field(
        ge=0, description="Start offset into `documents.text` (the name itself, titles excluded)."
    )
    end_char: Series[INT] = pa.Field(ge=1, description="End offset (exclusive).")
    text: Series[STRING] = pa.Field(
        description="The mention as written (with its title, e.g. `Kazakh President Tokayev`)."
    )
    actor_id: Series[STRING] = pa.Field(description="`actors.actor_id`.")

    class Config:
        strict = True
        coerce = True
