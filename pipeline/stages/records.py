"""Per-document records, defined once: what the per-document stages return, what the annotation cache stores
and what the table builders turn into rows.

A record is document-independent: character offsets into the document's text, no doc_id, so that it can be
cached by content and publication date and joined to corpus-wide IDs later. A field that refers to another
record of the same document holds that record's offset (an event's `sources` are the start offsets of its
source mentions, a quote's `speaker_mention` the start offset of its speaker's mention).

Each record kind feeds one table (schemas/): every field is copied to the column of the same name, except the
fields the record lists in `LINKS` (offsets and indexes the table builder turns into IDs, and inputs of
corpus-wide steps); the builder computes the remaining columns (IDs, doc_id, actor IDs, group IDs) and lists
them (`COMPUTED` in its module). Adding a column is therefore two edits: a field here and the column, with its
description, in the pandera model; tests/test_records.py fails when one side is missing.

Temporal expressions keep their own record (pipeline.stages.dates.DateMention); the functions below work for
any dataclass.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

R = TypeVar("R")


@dataclass
class Sentence:
    """A sentence of the document, whitespace trimmed (pipeline.stages.segment)."""

    LINKS: ClassVar[frozenset[str]] = frozenset()

    index: int  # position in the document, from 0
    paragraph: int  # position of its paragraph, from 0
    start_char: int
    end_char: int
    text: str


@dataclass
class Mention:
    """A named actor mention (pipeline.stages.actors): the name's offsets, and what corpus-wide resolution
    reads to make actors of mentions (name, type, country, sector, title, key)."""

    LINKS: ClassVar[frozenset[str]] = frozenset(
        {"sent_index", "name", "type", "country", "sector", "title", "key", "type_evidence", "stated_country"}
        | {"organ_state"}
    )

    start_char: int  # the name itself, title excluded
    end_char: int
    text: str  # as written, title included
    name: str  # the name without title or possessive
    type: str  # PERSON, ORG, GPE or NORP
    sent_index: int = 0
    country: str | None = None
    sector: str | None = None
    title: str | None = None  # the title before the name; "acronym:SCO" for an organisation's written acronym
    key: str | None = None  # document-level cluster key (the full name for persons)
    # what the text says of the kind of actor beside the NER label: PERSON (a title or a person's descriptor,
    # "singer X"), ORG ("shares in X", "X's fans", a company suffix); the corpus weighs it over the label
    type_evidence: str | None = None
    # the state the words right before a name labelled other than a person give a person's name ("Italy's X",
    # "Frenchwoman X"): the person's country when the corpus decides the name is a person's
    stated_country: str | None = None
    # for an organ every state has, named without its state ("the Senate", "the Government"): the state whose organ
    # its document makes it (pipeline.stages.actors `_organ_states`), else None
    organ_state: str | None = None


@dataclass
class Quote:
    """A direct quotation and its speaker (pipeline.stages.quotes)."""

    LINKS: ClassVar[frozenset[str]] = frozenset({"sent_index", "speaker_mention"})

    start_char: int  # first character inside the marks
    end_char: int  # after the last character inside
    text: str
    sent_index: int
    speaker: str | None
    speaker_mention: int | None  # start offset of the speaker's Mention
    cue: str | None
    attribution: str
    is_fragment: bool
    closed: bool
    speaker_type: str = "unknown"  # person, organisation, document or unknown (no speaker, or a generic one)


@dataclass
class Event:
    """A PLOVER-coded event predicate with its arguments (pipeline.stages.events)."""

    LINKS: ClassVar[frozenset[str]] = frozenset({"sent_index", "sources", "targets", "claimant", "features"})

    sent_index: int
    event_type: str
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    sources: list[int] = field(default_factory=list)  # start offsets of the source mentions
    targets: list[int] = field(default_factory=list)  # start offsets of the target mentions
    source_text: str | None = None
    target_text: str | None = None
    date: str | None = None
    date_source: str | None = None
    is_claim: bool = False
    claimant: int | None = None  # start offset of the claimant's mention
    negated: bool = False
    modality: str = "asserted"
    evidence: str = ""
    location_country: str | None = None  # where it happens: "rioted at a jail in Dili" -> TLS
    confidence: float = 1.0  # calibrated probability that the type is right (pipeline.stages.coder)
    type_source: str = "rules"  # "rules", or "coder" when the trained coder changed the rules' type
    features: dict[str, float] | None = None  # what the confidence was computed from (pipeline.stages.coder)


@dataclass
class DroppedEvent:
    """A rule candidate kept out of the events, and why (counted in the run summary)."""

    trigger_start: int
    event_type: str
    reason: str  # "not_an_event" (the coder's NONE), "unrealized" (only possible or required) or "off_topic"


@dataclass
class Incomplete:
    """A document whose rule stages ran past `run.rule_budget_seconds`, or one of whose stages failed with an error
    (pipeline.stages.annotate): the stages left out (their records are empty for it), the CPU seconds the others
    took and, for a failure, the error. In no table: logged, and kept in the annotation cache so that a rerun does
    not spend the budget on the document again."""

    skipped: list[str]  # the stages not run (or failed), in order ("quotes", "events")
    seconds: float  # CPU seconds spent on the stages that ran
    error: str = ""  # for a stage that failed: "events: RecursionError: maximum recursion depth exceeded"


def links(kind: type) -> frozenset[str]:
    """The fields of a record kind that are not columns of its table (none unless it lists `LINKS`)."""
    return getattr(kind, "LINKS", frozenset())


@functools.cache
def field_names(kind: type) -> tuple[str, ...]:
    """A record kind's fields, in order."""
    return tuple(f.name for f in dataclasses.fields(kind))


@functools.cache
def column_fields(kind: type) -> tuple[str, ...]:
    """The fields a table takes from its records as they are: every field but the links."""
    return tuple(n for n in field_names(kind) if n not in links(kind))


def to_cache(records: list[Any]) -> list[dict[str, Any]]:
    """Plain dicts (field name -> value, in field order) for the annotation cache."""
    if not records:
        return []
    names = field_names(type(records[0]))
    return [{n: getattr(r, n) for n in names} for r in records]


def from_cache(kind: type[R], rows: list[dict[str, Any]]) -> list[R]:
    """Records of one kind from their cached dicts."""
    return [kind(**row) for row in rows]
