import pandera.pandas as pa
from pandera.typing import Series

from ._types import DATE, INT, PLOVER_TYPES, STRING, STRING_LIST, TIMEX_VALUE_REGEX


class Stories(pa.DataFrameModel):
    """One row per story: the articles (all outlets, all wordings, their copies) about one event."""

    story_id: Series[STRING] = pa.Field(
        unique=True,
        str_matches=r"^s[0-9a-f]{16}$",
        description="Stable ID: hash of the doc_id of the story's first article.",
    )
    title: Series[STRING] = pa.Field(
        nullable=True,
        description="Representative headline: the earliest published canonical article that has a title (undated "
        "articles last).",
    )
    first_publication_date: Series[DATE] = pa.Field(
        nullable=True, description="Earliest publication date among the story's articles; null when none is dated."
    )
    last_publication_date: Series[DATE] = pa.Field(
        nullable=True, description="Latest publication date among the story's articles."
    )
    n_documents: Series[INT] = pa.Field(ge=1, description="Articles in the story, duplicates included.")
    n_canonical_documents: Series[INT] = pa.Field(ge=1, description="Distinct articles (duplicates not counted).")
    n_sources: Series[INT] = pa.Field(ge=1, description="Distinct source folders (outlets, feeds) that reported it.")
    sources: Series[STRING_LIST] = pa.Field(description="Those sources, sorted.")
    main_actor_ids: Series[STRING_LIST] = pa.Field(
        description="Up to five `actors.actor_id`, those named in most of the story's articles first (then most "
        "mentions)."
    )
    main_actors: Series[STRING_LIST] = pa.Field(description="Their names (`actors.name`), same order.")

    class Config:
        strict = True
        coerce = True


class StoryEvents(pa.DataFrameModel):
    """One row per event occurrence within a story: its mentions across articles counted once."""

    story_event_id: Series[STRING] = pa.Field(
        unique=True,
        str_matches=r"^g[0-9a-f]{16}$",
        description="Stable ID: hash of the event_id of its earliest mention; `events.story_event_id` points here.",
    )
    story_id: Series[STRING] = pa.Field(description="`stories.story_id`.")
    event_type: Series[STRING] = pa.Field(isin=list(PLOVER_TYPES), description="PLOVER event type.")
    source_actor_ids: Series[STRING_LIST] = pa.Field(description="Source actors of the earliest mention.")
    target_actor_ids: Series[STRING_LIST] = pa.Field(description="Target actors of the earliest mention.")
    date: Series[STRING] = pa.Field(
        nullable=True,
        str_matches=TIMEX_VALUE_REGEX,
        description="The most precise date stated in a mention's sentence, else the earliest mention's date (see "
        "`date_source`).",
    )
    date_source: Series[STRING] = pa.Field(
        nullable=True,
        isin=["sentence", "narrative", "publication_date"],
        description="Where `date` comes from, as in `events.date_source`.",
    )
    n_mentions: Series[INT] = pa.Field(ge=1, description="Event rows (predicates) that report it.")
    n_documents: Series[INT] = pa.Field(ge=1, description="Distinct articles that report it.")
    n_sources: Series[INT] = pa.Field(ge=1, description="Distinct sources that report it.")
    first_event_id: Series[STRING] = pa.Field(
        description="`events.event_id` of the earliest mention (earliest published article, then position)."
    )
    first_doc_id: Series[STRING] = pa.Field(description="`documents.doc_id` of that mention.")
    evidence: Series[STRING] = pa.Field(description="The earliest mention's sentence.")

    class Config:
        strict = True
        coerce = True
