"""Each table's row type is defined once: the per-document record (pipeline.stages.records) and its pandera model
must agree. Every record field is a column of the same name or one of the record's LINKS; every column is a
record field or one the table builder computes (its COMPUTED). Adding a column is a record field and a model
column: forgetting either fails here."""

import dataclasses

import msgpack
import pandera.pandas as pa
import pytest
from pandera.typing import Series

import schemas
from pipeline.stages import records
from pipeline.stages.actors import Actor
from pipeline.tables import actors as actors_table
from pipeline.tables import dates as dates_table
from pipeline.tables import events as events_table
from pipeline.tables import quotes as quotes_table
from pipeline.tables import sentences as sentences_table
from pipeline.tables.common import table_row
from schemas._types import STRING

BUILDERS = {
    "sentences": (sentences_table, schemas.Sentences),
    "dates": (dates_table, schemas.Dates),
    "actor_mentions": (actors_table, schemas.ActorMentions),
    "quotes": (quotes_table, schemas.Quotes),
    "events": (events_table, schemas.Events),
}


def columns(model) -> list[str]:
    return list(model.to_schema().columns)


def fields_not_columns(kind: type, model) -> list[str]:
    """Record fields that are neither a column of the model nor listed as links."""
    return [f for f in records.field_names(kind) if f not in columns(model) and f not in records.links(kind)]


def columns_not_fields(kind: type, model, computed: tuple[str, ...]) -> list[str]:
    """Model columns that are neither a record field nor computed by the builder."""
    return [c for c in columns(model) if c not in records.column_fields(kind) and c not in computed]


@pytest.mark.parametrize("table", list(BUILDERS))
def test_every_record_field_is_a_column_or_a_link(table):
    builder, model = BUILDERS[table]
    missing = fields_not_columns(builder.RECORD, model)
    assert not missing, (
        f"{builder.RECORD.__name__} fields with no column in schemas.{model.__name__} "
        f"(add the column with its description, or list the field in LINKS): {missing}"
    )


@pytest.mark.parametrize("table", list(BUILDERS))
def test_every_column_is_a_record_field_or_computed(table):
    builder, model = BUILDERS[table]
    missing = columns_not_fields(builder.RECORD, model, builder.COMPUTED)
    assert not missing, (
        f"schemas.{model.__name__} columns that no {builder.RECORD.__name__} field gives and "
        f"{builder.__name__} does not compute: {missing}"
    )


@pytest.mark.parametrize("table", list(BUILDERS))
def test_links_and_computed_columns_are_what_they_say(table):
    builder, model = BUILDERS[table]
    kind = builder.RECORD
    links = records.links(kind)
    assert links <= set(records.field_names(kind)), "LINKS names fields the record does not have"
    assert not links & set(columns(model)), "a link field has the name of a column: it would not be copied"
    assert set(builder.COMPUTED) <= set(columns(model)), "the builder computes columns the model lacks"
    assert not set(builder.COMPUTED) & set(records.field_names(kind)), "a computed column is also a record field"


def test_actor_fields_are_the_actors_columns():
    assert set(records.field_names(Actor)) == set(columns(schemas.Actors))


def test_a_forgotten_side_is_found():
    extended = dataclasses.make_dataclass("Extended", [("new_column", str, "")], bases=(records.Quote,))
    assert fields_not_columns(extended, schemas.Quotes) == ["new_column"]

    class Model(schemas.Quotes):
        new_column: Series[STRING] = pa.Field(nullable=True, description="A column no record field gives.")

    assert columns_not_fields(records.Quote, Model, quotes_table.COMPUTED) == ["new_column"]
    assert columns_not_fields(extended, Model, quotes_table.COMPUTED) == []


SAMPLES = [
    records.Sentence(0, 0, 0, 12, "First words."),
    records.Mention(17, 27, "Kazakhstan", "Kazakhstan", "GPE", 0, "KAZ", None, None, "GPE:KAZ"),
    records.Quote(1, 47, "We will support Kazakhstan", 0, "Xi Jinping", 49, "said", "cue", False, True),
    records.Event(
        0,
        "AGREE",
        None,
        "support",
        9,
        16,
        [49],
        [17],
        "We",
        "Kazakhstan",
        "2022-09-14",
        "sentence",
        True,
        49,
        False,
        "future",
        "“We will support Kazakhstan,” Xi Jinping said.",
        "KAZ",
    ),
]


@pytest.mark.parametrize("record", SAMPLES, ids=lambda r: type(r).__name__)
def test_cache_round_trip(record):
    cached = records.to_cache([record])
    assert list(cached[0]) == list(records.field_names(type(record)))
    restored = msgpack.unpackb(msgpack.packb(cached, use_bin_type=True), raw=False)
    assert records.from_cache(type(record), restored) == [record]


def test_table_row_copies_the_column_fields_by_name():
    (cached,) = records.to_cache([SAMPLES[3]])
    row = table_row(records.Event, cached, event_id="d1:e9", doc_id="d1")
    assert row["event_id"] == "d1:e9" and row["trigger"] == "support" and row["location_country"] == "KAZ"
    assert not set(row) & records.links(records.Event)
    assert set(row) == set(records.column_fields(records.Event)) | {"event_id", "doc_id"}


def test_annotations_are_the_records_fields(parse, pub):
    from pipeline.stages.annotate import annotate
    from pipeline.stages.dates import DateMention

    ann = annotate(parse("“We will support Kazakhstan,” Chinese President Xi Jinping said on Wednesday."), pub)
    kinds = {
        "sentences": records.Sentence,
        "dates": DateMention,
        "mentions": records.Mention,
        "quotes": records.Quote,
        "events": records.Event,
        "dropped_events": records.DroppedEvent,
    }
    assert list(ann) == list(kinds)
    assert ann["dropped_events"] == []  # the sentence's one event is kept
    for kind, rows in ann.items():
        if kind == "dropped_events":
            continue
        assert rows, kind
        assert all(list(r) == list(records.field_names(kinds[kind])) for r in rows), kind
    starts = {m["start_char"] for m in ann["mentions"]}
    assert all(q["speaker_mention"] in starts for q in ann["quotes"] if q["speaker_mention"] is not None)
    assert all(set(e["sources"]) | set(e["targets"]) <= starts for e in ann["events"])
