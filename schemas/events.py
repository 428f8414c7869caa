import pandera.pandas as pa
from pandera.typing import Series

from ._types import BOOL, FLOAT, INT, PLOVER_TYPES, STRING, STRING_LIST, TIMEX_VALUE_REGEX


class Events(pa.DataFrameModel):
    """One row per event predicate (verb or event noun) coded with a PLOVER event type."""

    event_id: Series[STRING] = pa.Field(unique=True, description="`<doc_id>:e<trigger_start>`.")
    doc_id: Series[STRING] = pa.Field(description="`documents.doc_id`.")
    sentence_id: Series[STRING] = pa.Field(description="`sentences.sentence_id`: the evidence sentence.")
    story_event_id: Series[STRING] = pa.Field(
        str_matches=r"^g[0-9a-f]{16}$",
        description="`story_events.story_event_id`: mentions of one occurrence (same story, same type, same actors, "
        "compatible dates) share it; count distinct values to count each event once.",
    )
    event_type: Series[STRING] = pa.Field(isin=list(PLOVER_TYPES), description="One of the 16 PLOVER event types.")
    mode: Series[STRING] = pa.Field(
        nullable=True,
        description="PLOVER mode where the wording states it (e.g. `phone`, `visit` for CONSULT; `verbal` ...).",
    )
    trigger: Series[STRING] = pa.Field(description="The predicate as written (`signed`, `meeting`, `vowed to deepen`).")
    trigger_start: Series[INT] = pa.Field(ge=0, description="Offset of the predicate in `documents.text`.")
    trigger_end: Series[INT] = pa.Field(ge=1, description="End offset of the predicate.")
    source_actor_id: Series[STRING] = pa.Field(
        nullable=True, description="`actors.actor_id` of the first source actor."
    )
    target_actor_id: Series[STRING] = pa.Field(
        nullable=True, description="`actors.actor_id` of the first target actor."
    )
    source_actor_ids: Series[STRING_LIST] = pa.Field(
        description="All source actors (compound actors: `China and Kazakhstan`)."
    )
    target_actor_ids: Series[STRING_LIST] = pa.Field(description="All target actors.")
    target_basis: Series[STRING] = pa.Field(
        nullable=True,
        isin=["text", "counterpart", "organiser"],
        description="Where the target comes from: `text` when the event's clause states it; `counterpart` when the "
        "clause names no actor as target and the target is the actor the document's events with both sides stated "
        "pair the source with most often ('The unions demanded talks with the government ... On Tuesday they "
        "warned of a second strike': the government), for the verbal kinds in `events.implied_target_types` only, "
        "from pairs of the same leaning (cooperative or hostile) and never the source's own state (then "
        "`target_text` is the phrase the clause states, if any, that no actor stood for: `called on ministers`); "
        "`organiser` when an act of force or a release is aimed at a crowd without a name ('police fired tear gas at "
        "hundreds of workers') in a document whose protests one organisation leads most: that organisation, before "
        "the crowd's group actor if it has one (`events.organiser_target_types`); "
        "null when the event has no target. Filter `target_basis == 'text'` for targets the text states.",
    )
    source_text: Series[STRING] = pa.Field(nullable=True, description="Source as written.")
    target_text: Series[STRING] = pa.Field(nullable=True, description="Target as written.")
    date: Series[STRING] = pa.Field(
        nullable=True,
        str_matches=TIMEX_VALUE_REGEX,
        description="Event date, same format as `dates.value`: the date expression of the event's own clause, else of "
        "the clause governing it, else the date heading its paragraph in a timeline, else the story's narrative "
        "time for an act in the simple past (`date_source`), "
        "else the publication date. In an undated text a weekday, month or day without a "
        "year keeps its TIMEX3 value with the unknown parts as X (`XXXX-WXX-2`, `XXXX-06`, `XXXX-12-26`), which "
        "`dates.value` leaves null.",
    )
    date_source: Series[STRING] = pa.Field(
        nullable=True,
        isin=["sentence", "narrative", "publication_date"],
        description="`sentence` when the date comes from an expression of the event's own clause or the clause "
        "governing it (or, for a clause of time, the clause it is about); `narrative` when an act with no date of its "
        "own takes the date heading its paragraph in a timeline ('SATURDAY, FEB 14 - ...'), or, in the simple past, "
        "the latest full date the text named before it, at most "
        "`events.narrative_date_max_days` days before the publication date (the story's narrative time); "
        "`publication_date` otherwise; null when there is none.",
    )
    is_claim: Series[BOOL] = pa.Field(
        description="True when the event is reported speech (inside a quote or under a reporting verb: "
        "`X said Y attacked`), i.e. a claim rather than an event narrated by the article."
    )
    claimant_actor_id: Series[STRING] = pa.Field(
        nullable=True, description="Actor who makes the claim, when `is_claim`."
    )
    negated: Series[BOOL] = pa.Field(description="True when the predicate is negated (`did not attack`, `refused to`).")
    modality: Series[STRING] = pa.Field(
        isin=["asserted", "intended", "future", "hypothetical"],
        description="`asserted` (happened / happens), `intended` (vowed to, plans to, tried to), `future` (will; "
        "would in a past report, `said it would meet`), "
        "`hypothetical` (could, would, may; a condition, `unless X works with Y`; a hope or a need, "
        "`hopefully members will back him`, `it is essential that X attends`): only appeals and threats, refusals, "
        "offers on a condition and past acts told as likely (`may have launched`); other acts only possible or "
        "required are no events.",
    )
    evidence: Series[STRING] = pa.Field(description="The sentence the event was read from.")
    location_country: Series[STRING] = pa.Field(
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
        description="ISO 3166-1 alpha-3 country of the place the predicate's phrase puts the event in "
        "(`rioted at a jail in Dili` -> TLS, `near the town of Samarra` -> IRQ); null when it names none.",
    )
    source_country: Series[STRING] = pa.Field(
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
        description="Country of the source: the first source actor's `actors.country`; when no source actor is placed "
        "(unnamed or unplaced: `prisoners rioted in Dili`), `location_country`, as CAMEO codes unidentified actors "
        "(see `source_country_basis`).",
    )
    source_country_basis: Series[STRING] = pa.Field(
        nullable=True,
        isin=["actor", "location"],
        description="`actor` or `location`: where `source_country` comes from; null when it is null.",
    )
    confidence: Series[FLOAT] = pa.Field(
        ge=0.0,
        le=1.0,
        description="Calibrated probability that `event_type` is right: among events with confidence about p, "
        "about p are. A logistic calibration of the trained coder's probability for the type, whether coder and "
        "rules agree, and whether the event has a target and a named source (pipeline.stages.coder; fitted on "
        "cross-validated predictions by `.venv/bin/python -m pipeline train-coder`). Filter on it, e.g. "
        "`confidence >= 0.5`.",
    )
    type_source: Series[STRING] = pa.Field(
        isin=["rules", "coder"],
        description="`rules`: a predicate of the event lexicon, typed by the rules (the coder did not read it as "
        "no event); `coder`: typed by the trained coder (a verb the lexicon does not know, with a source and a "
        "target, or a rule type the coder overruled: see `coder.keep_ratio`).",
    )

    class Config:
        strict = True
        coerce = True
