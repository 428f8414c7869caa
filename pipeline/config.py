"""Every threshold of the pipeline in one settings object, with today's values as documented defaults.

Stages read the settings in force with `settings()` (`settings().dedup.threshold`); a run puts its own in
force with `use(...)`. They are set from the Dagster launchpad (the `settings` resource's `overrides`) or the
command line (`python -m pipeline run --set dedup.threshold=0.85`), by dotted name. A setting is part of the
version of every table whose stages read it (see pipeline.versioning): changing one rebuilds exactly those.

`python -m pipeline settings` prints every setting with its default and description.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


def _doc(default: Any, description: str) -> Any:
    return field(default=default, metadata={"doc": description})


@dataclass(frozen=True)
class IngestSettings:
    """Reading raw files (pipeline.stages.ingest)."""

    min_words: int = _doc(8, "A body with fewer words after cleaning is boilerplate only and rejected.")


@dataclass(frozen=True)
class DedupSettings:
    """Exact and near duplicates (pipeline.stages.dedup)."""

    shingle: int = _doc(5, "Words per shingle for MinHash.")
    num_perm: int = _doc(128, "MinHash permutations.")
    threshold: float = _doc(0.8, "Estimated word-shingle Jaccard above which two texts are near duplicates.")
    number_agreement: float = _doc(0.5, "Share of figures two near duplicates must have in common.")
    max_days_apart: int = _doc(3, "Dated copies (exact or near) are published within this many days of each other.")


@dataclass(frozen=True)
class StoriesSettings:
    """Grouping articles into stories and counting events and quotes once (pipeline.stages.stories)."""

    threshold: float = _doc(0.22, "Average cosine similarity needed to merge when dates cannot confirm.")
    dated_threshold: float = _doc(0.18, "... when both sides are dated within max_span_days of each other.")
    name_threshold: float = _doc(0.2, "... and the average similarity of their capitalised names.")
    name_start_rarity: float = _doc(3.5, "A capitalised sentence-initial word is a name when rarer (Zipf) than this.")
    numbers_min: int = _doc(5, "Figures each article needs before disjoint figures veto a pair.")
    pair_chunk: int = _doc(20_000, "Pairs whose names similarity is computed at once (memory, not output).")
    neighbours: int = _doc(50, "Most similar documents kept per new document (sparse similarity graph).")
    prior_docs: int = _doc(1000, "Weight of the background document frequencies (pseudo-documents).")
    background_doc_words: int = _doc(400, "Words per background document, to turn word into document frequency.")
    title_weight: float = _doc(2, "Weight of the headline's terms.")
    pair_weight: float = _doc(0.5, "Weight of word pairs beside single words.")
    window_days: int = _doc(3, "An event dated by its article happened up to this many days before it.")
    max_span_days: int = _doc(4, "A story's dated articles lie within this many days.")
    block_cells: int = _doc(4_000_000, "Similarities computed per dense block (rows x corpus): bounded memory.")
    min_link: float = _doc(0.05, "Weaker similarities are not kept (they cannot lift an average to a threshold).")
    quote_containment: float = _doc(0.7, "Share of a quote's words another quote must contain to be the same quote.")
    quote_min_words: int = _doc(4, "Quotes shorter than this are not grouped.")


@dataclass(frozen=True)
class ParseSettings:
    """The spaCy parse (pipeline.stages.parse, pipeline.tables.annotations)."""

    max_chunk_chars: int = _doc(100_000, "Longer texts are parsed in paragraph-aligned parts of at most this size.")
    chunk_documents: int = _doc(256, "Documents parsed per spaCy memory zone (memory, not output).")
    worker_from_texts: int = _doc(64, "From this many texts to parse, the model runs in a worker process.")


@dataclass(frozen=True)
class QuotesSettings:
    """Quotes and speakers (pipeline.stages.quotes)."""

    min_words: int = _doc(4, "A quote of fewer words is a fragment (a scare quote or a title).")


@dataclass(frozen=True)
class DatesSettings:
    """Temporal expressions (pipeline.stages.dates)."""


@dataclass(frozen=True)
class ActorsSettings:
    """Actors and the known-people table (pipeline.stages.actors, pipeline.stages.known_people)."""

    known_min_documents: int = _doc(2, "known-people: a person is kept when this many background articles name them.")
    known_min_agreement: float = _doc(0.9, "known-people: ... and this share of their mentions give one country.")
    known_surname_documents: int = _doc(3, "known-people: a surname alone is looked up for this prominent a person.")


@dataclass(frozen=True)
class EventsSettings:
    """PLOVER events (pipeline.stages.events)."""


@dataclass(frozen=True)
class RunSettings:
    """How a run is carried out; none of these changes a table."""

    apart_from_rows: int = _doc(1000, "From this many articles, deduplication and stories run in a child process.")


@dataclass(frozen=True)
class Settings:
    """All settings, by section."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    stories: StoriesSettings = field(default_factory=StoriesSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    quotes: QuotesSettings = field(default_factory=QuotesSettings)
    dates: DatesSettings = field(default_factory=DatesSettings)
    actors: ActorsSettings = field(default_factory=ActorsSettings)
    events: EventsSettings = field(default_factory=EventsSettings)
    run: RunSettings = field(default_factory=RunSettings)

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """A copy with `section.name` values replaced; strings are converted to the setting's type."""
        sections = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        for key, value in overrides.items():
            section, _, name = key.partition(".")
            if section not in sections or name not in {f.name for f in dataclasses.fields(sections[section])}:
                raise KeyError(f"unknown setting {key!r} (see `python -m pipeline settings`)")
            current = getattr(sections[section], name)
            sections[section] = dataclasses.replace(sections[section], **{name: _convert(value, type(current))})
        return Settings(**sections)

    def section(self, name: str) -> Any:
        return getattr(self, name)


def _convert(value: Any, kind: type) -> Any:
    if not isinstance(value, str) or kind is str:
        return kind(value)
    if kind is bool:
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return kind(float(value)) if kind is int and "." in value else kind(value)


def describe(settings: Settings | None = None) -> list[tuple[str, Any, Any, str]]:
    """(dotted name, value, default, description) for every setting."""
    settings = settings or Settings()
    defaults = Settings()
    rows = []
    for sec in dataclasses.fields(Settings):
        for f in dataclasses.fields(getattr(settings, sec.name)):
            rows.append((f"{sec.name}.{f.name}", getattr(getattr(settings, sec.name), f.name),
                         getattr(getattr(defaults, sec.name), f.name), f.metadata.get("doc", "")))
    return rows


def section_fingerprint(settings: Settings, name: str) -> str:
    """A stable text of one section's values, for versioning."""
    return repr(sorted(dataclasses.asdict(settings.section(name)).items()))


DEFAULTS = Settings()
_CURRENT: contextvars.ContextVar[Settings] = contextvars.ContextVar("pipeline_settings", default=DEFAULTS)


def settings() -> Settings:
    """The settings in force (the defaults unless a run put others in force with `use`)."""
    return _CURRENT.get()


@contextlib.contextmanager
def use(value: Settings | None) -> Iterator[Settings]:
    """Put `value` in force for the block (None: leave what is in force)."""
    if value is None:
        yield settings()
        return
    token = _CURRENT.set(value)
    try:
        yield value
    finally:
        _CURRENT.reset(token)
