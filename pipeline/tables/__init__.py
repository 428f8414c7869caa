"""Stage records -> validated table rows, one module per table (or pair of tables built together).

No Dagster here: the assets in pipeline.defs are thin wrappers around these builders. Data flows one way:
raw -> documents (ingest, dedup, stories) -> annotations (parse once, per-document stages) -> sentences,
dates, actors/actor_mentions -> quotes, events -> stories/story_events. Only canonical documents (not
duplicates) are parsed and feed the later tables.
"""
