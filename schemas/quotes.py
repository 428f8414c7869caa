import pandera.pandas as pa
from pandera.typing import Series

from ._types import BOOL, INT, STRING


class Quotes(pa.DataFrameModel):
    """One row per direct quotation."""

    quote_id: Series[STRING] = pa.Field(unique=True, description="`<doc_id>:q<start_char>`.")
    doc_id: Series[STRING] = pa.Field(description="`documents.doc_id`.")
    sentence_id: Series[STRING] = pa.Field(
        description="`sentences.sentence_id` of the sentence where the quote starts."
    )
    quote_group_id: Series[STRING] = pa.Field(
        str_matches=r"^qg[0-9a-f]{16}$",
        description="The same quotation reported by several articles (same story or same speaker; exact or lightly "
        "edited wording) shares this ID; count distinct values to count each quotation once.",
    )
    start_char: Series[INT] = pa.Field(
        ge=0, description="Offset of the first quoted character (after the opening mark) in `documents.text`."
    )
    end_char: Series[INT] = pa.Field(
        ge=1,
        description="Offset after the last quoted character (before the closing mark, or the paragraph end when the "
        "mark is never closed).",
    )
    text: Series[STRING] = pa.Field(description="The words inside the quotation marks.")
    speaker: Series[STRING] = pa.Field(
        nullable=True,
        description="Speaker as written near the quote (`Tokayev`, `the statement`); a pronoun is replaced by the "
        "name it refers to. Null when no speaker is given.",
    )
    speaker_type: Series[STRING] = pa.Field(
        isin=["person", "organisation", "document", "unknown"],
        description="Kind of source: `person` (named, a pronoun referring to one, or described: `one trader`, `a "
        "spokeswoman`), `organisation` (a company, institution, state or party, named or not: `the ministry`), "
        "`document` (a statement, report, editorial, email or post that speaks for its author) or `unknown` (no "
        "speaker, or a generic one: `someone`, `people`).",
    )
    speaker_actor_id: Series[STRING] = pa.Field(
        nullable=True,
        description="`actors.actor_id` of the speaker when it is a known actor; for an unnamed spokesperson of a "
        "named body (`a Commission spokesman`, `a spokeswoman for the Finance Ministry`) the body they speak for, and "
        "for a document the author the text names (`a statement from X`, or the issuer of the latest document told "
        "before: `X issued a statement ... the statement said`).",
    )
    cue: Series[STRING] = pa.Field(
        nullable=True,
        description="The reporting expression (`said`, `told`, `according to`, `quoted ... as saying`, `read`).",
    )
    attribution: Series[STRING] = pa.Field(
        isin=["cue", "dash", "label", "continuation", "none"],
        description="How the speaker was found: `cue`, a reporting cue in the same sentence or paragraph (also a "
        "sentence ending in a colon that introduces its person subject: Mr X is confident though: “…”; a verb that "
        "takes the quote as its argument: X attacked “…”), `dash` (a "
        "dash and a name right after the quote: “…” ― Name), `label` (a line's label before a colon, as in round-ups "
        "of reactions: Name, Outlet: “…”, or lines without quotation marks, Name: words, in a run of two or more), "
        "`continuation` of the previous quote's speaker, or `none`.",
    )
    is_fragment: Series[BOOL] = pa.Field(
        description="True for scare quotes and short fragments (fewer than four words, or a name): quoted words, not "
        "a statement."
    )
    closed: Series[BOOL] = pa.Field(
        description="False when the closing quotation mark is missing (the quote runs to the paragraph end)."
    )

    class Config:
        strict = True
        coerce = True
