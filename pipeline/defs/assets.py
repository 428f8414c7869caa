"""The asset graph: thin wrappers around pipeline.tables. Asset name = table name = Parquet folder.

source_documents, source_rejects   one partition per source folder (sensor-registered), staged
rejects, documents ... events      cross-source tables, materialized eagerly when their inputs change

Every asset fingerprints what it reads (input table files, or the raw folder's listing) with its own
version (pipeline.versioning: code, data files, libraries and settings it depends on) and skips the work
when the fingerprint is the one its table was built from; a rerun with nothing new costs little more than
reading the raw folders' listings. Each table has one writer: the asset of the same name.
"""

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
import pandas as pd
import pyarrow.parquet as pq

from pipeline import progress
from pipeline.config import settings as current_settings
from pipeline.config import use
from pipeline.store.storage import STAGING, TableStore, safe_name
from pipeline.store.validation import WITHHOLDS_AFTER, TableValidationError, validate, validate_documents
from pipeline.tables import actors as actors_tables
from pipeline.tables import annotations as annotations_tables
from pipeline.tables import dates as dates_tables
from pipeline.tables import documents as documents_tables
from pipeline.tables import events as events_tables
from pipeline.tables import quotes as quotes_tables
from pipeline.tables import sentences as sentences_tables
from pipeline.tables import sources as sources_tables
from pipeline.tables import stories as stories_tables
from pipeline.versioning import combine, hash_files, listing_digest, parse_version, record_version, table_version

from .automation import follows_sources, follows_updates
from .checks import note_validated
from .partitions import sources_partitions
from .resources import PipelinePaths, PipelineSettings, SpacyModel

if TYPE_CHECKING:
    import pandera.pandas as pa

log = logging.getLogger(__name__)

GROUP = "news_events"
STAGED_DOCS = f"{STAGING}/source_documents"
STAGED_REJECTS = f"{STAGING}/source_rejects"
STORY_STATE = f"{STAGING}/story_assignments"
NO_SOURCE = "no-source"  # rejects part for files lying directly in the raw dir


def rejects_part(source: str) -> str:
    """File name of a source's part of the rejects table (readers skip names starting with _ or .)."""
    return f"source-{source}"


EAGER = follows_updates()  # eager, without losing an update seen on the tick a run ends (automation.py)
FROM_SOURCES = follows_sources()  # the same for the tables read from the source partitions


def _schema(model: "type[pa.DataFrameModel]") -> dg.TableSchema:
    cols = model.to_schema().columns
    return dg.TableSchema(
        columns=[dg.TableColumn(name=n, type=str(c.dtype), description=c.description or "") for n, c in cols.items()]
    )


def _preview(df: pd.DataFrame, rows: int = 5) -> str:
    head = df.head(rows).copy()
    for col in head.columns:
        head[col] = head[col].map(lambda v: (str(v)[:60] + "…") if isinstance(v, str) and len(v) > 60 else v)
    return head.to_markdown(index=False) if len(head) else "_empty table_"


def _model(name: str):
    from schemas import MODELS, STAGED_MODELS

    return {**MODELS, **STAGED_MODELS}[name]


def _validated(name: str, df: pd.DataFrame, model_name: str | None = None) -> pd.DataFrame:
    """Validate before writing; a failure fails the asset with the failing values, and nothing is written."""
    try:
        return validate(name, df, _model(model_name or name))
    except TableValidationError as exc:
        raise dg.Failure(
            description=f"{name} failed validation: {len(exc.failures)} failing value(s); nothing was written.",
            metadata={"failures": dg.MetadataValue.md(exc.failures.head(50).to_markdown(index=False))},
        ) from exc


def _result(name: str, df: pd.DataFrame, path: Path, model_name: str | None = None, **extra) -> dg.MaterializeResult:
    return dg.MaterializeResult(
        asset_key=name,
        metadata={
            "dagster/row_count": len(df),
            "dagster/column_schema": _schema(_model(model_name or name)),
            "preview": dg.MetadataValue.md(_preview(df)),
            "location": dg.MetadataValue.path(str(path)),
            **extra,
        },
    )


def _skipped(name: str, files: list[Path], label: str | None = None) -> dg.MaterializeResult:
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    progress.stage_done(label or name, rows, 0.0, "unchanged")
    return dg.MaterializeResult(
        asset_key=name, metadata={"dagster/row_count": rows, "skipped": "inputs unchanged since the last build"}
    )


def _checked(
    store: TableStore, name: str, df: pd.DataFrame, withheld_here: dict[str, str] | None = None
) -> tuple[pd.DataFrame, str | None]:
    """The table as it will be written, and a note naming the documents withheld from it (None when none);
    `withheld_here`: documents its builder already left out, with why."""
    if name not in WITHHOLDS_AFTER:
        return _validated(name, df), None
    withheld = {
        doc: f"withheld from {upstream}: {why}"
        for upstream in WITHHOLDS_AFTER[name]
        for doc, why in store.quarantined(upstream).items()
    } | (withheld_here or {})
    try:
        df, quarantine = validate_documents(
            name, df, _model(name), withheld, max_share=current_settings().run.quarantine_max_share
        )
    except TableValidationError:
        return _validated(name, df), None  # raises dg.Failure with the failing values
    store.set_quarantined(name, quarantine.reasons)
    for doc, why in quarantine.reasons.items():
        log.warning("%s: document %s quarantined (its rows are not in the table): %s", name, doc, why)
    return df, quarantine.note() if quarantine else None


def _mentions_withheld(store: TableStore, mentions: pd.DataFrame) -> dict[str, str]:
    """The documents whose mentions break actor_mentions' schema, with why (a table-level failure is left to
    publish, which fails the asset with its values)."""
    try:
        _, quarantine = validate_documents(
            "actor_mentions",
            mentions,
            _model("actor_mentions"),
            {d: "" for t in WITHHOLDS_AFTER["actor_mentions"] for d in store.quarantined(t)},
            max_share=current_settings().run.quarantine_max_share,
        )
    except TableValidationError:
        return {}
    return {d: why for d, why in quarantine.reasons.items() if why}


def with_quarantine(store: TableStore, name: str, fingerprint: str) -> str:
    """`fingerprint` combined with the documents quarantined by the tables `name` withholds after (unchanged when
    there are none, so a clean run's fingerprints do not depend on it)."""
    withheld = {t: store.quarantined(t) for t in WITHHOLDS_AFTER.get(name, [])}
    return combine(fingerprint, json.dumps(withheld, sort_keys=True)) if any(withheld.values()) else fingerprint


def publish(
    context: dg.AssetExecutionContext,
    store: TableStore,
    name: str,
    df: pd.DataFrame,
    fingerprint: str,
    seconds: float = 0.0,
    withheld: dict[str, str] | None = None,
    **extra,
) -> dg.MaterializeResult:
    """Validate (withholding documents that break a per-document table: `_checked`; `withheld`: documents the
    builder already left out, with why), write atomically with the fingerprint of its inputs, and describe the table
    for the UI."""
    note = df.attrs.get("summary")  # a builder's one-line note for the run summary ("12 candidates dropped ...")
    extra = extra | {k: dg.MetadataValue.int(v) for k, v in df.attrs.get("counts", {}).items()}
    df, quarantined = _checked(store, name, df, withheld)
    if name in WITHHOLDS_AFTER:
        extra["quarantined documents"] = dg.MetadataValue.json(store.quarantined(name))
    path = store.write(name, df, fingerprint)
    note_validated(store, name)
    progress.stage_done(name, len(df), seconds, "; ".join(n for n in (note, quarantined) if n))
    context.log.info(f"{name}: {len(df)} rows -> {path}")
    result = _result(name, df, path, **extra)
    del df
    progress.release_memory(collect=False)  # table stages make few reference cycles
    return result


def inputs_fingerprint(store: TableStore, table: str, *inputs: str) -> str:
    """What a table is computed from: its version (pipeline.versioning) and the files of its input tables."""
    files = [f for n in inputs for f in store.table_files(n)]
    return combine(table_version(table), hash_files(files))


# ---------------------------------------------------------------------------
# per source


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "source_documents",
            group_name=GROUP,
            description="One source folder's articles, read and cleaned, before cross-source deduplication "
            "(staged, not a table).",
        ),
        dg.AssetSpec(
            "source_rejects",
            group_name=GROUP,
            description="One source folder's files and records that could not become documents "
            "(staged; the rejects table gathers them).",
        ),
    ],
    partitions_def=sources_partitions,
)
def ingest_source(
    context: dg.AssetExecutionContext, paths: PipelinePaths, settings: PipelineSettings
) -> Iterator[dg.MaterializeResult]:
    source = context.partition_key
    store = paths.store()
    raw = paths.raw_local(source)
    folder = Path(raw) / source
    key = safe_name(source)
    with use(settings.get()):
        fp = combine(table_version("source_documents"), listing_digest(folder) if folder.is_dir() else "missing")
        staged = [store.table_dir(STAGED_DOCS) / f"{key}.parquet", store.table_dir(STAGED_REJECTS) / f"{key}.parquet"]
        if (
            store.fingerprint(f"{STAGED_DOCS}/{key}") == fp
            and store.fingerprint(f"{STAGED_REJECTS}/{key}") == fp
            and all(p.exists() for p in staged)
        ):
            yield _skipped("source_documents", staged[:1], label=source)
            yield _skipped("source_rejects", staged[1:], label=f"{source} rejects")
            return
        with progress.Timer() as t:
            docs, rejects = sources_tables.ingest_source(raw, source)  # a removed folder gives empty parts
        docs = _validated("source_documents", docs)
        rejects = _validated("source_rejects", rejects, "rejects")
    path = store.write_part(STAGED_DOCS, source, docs, fp)
    progress.stage_done(f"{source}", len(docs), t.seconds, f"{len(rejects)} rejected")
    yield _result("source_documents", docs, path)
    rejects_path = store.write_part(STAGED_REJECTS, source, rejects, fp)
    result = _result(
        "source_rejects",
        rejects,
        rejects_path,
        "rejects",
        reasons=dg.MetadataValue.json(rejects["reason"].value_counts().to_dict()),
    )
    del docs, rejects
    progress.release_memory(collect=False)  # reading a large source leaves freed pages behind (~50 MB per 20k)
    yield result


# ---------------------------------------------------------------------------
# across sources


@dg.asset(
    deps=["source_rejects"],
    group_name=GROUP,
    automation_condition=FROM_SOURCES,
    description="Input files and records that could not become documents, with the reason (one file per "
    "source under output/rejects/, and files lying directly in the raw dir).",
)
def rejects(
    context: dg.AssetExecutionContext, paths: PipelinePaths, settings: PipelineSettings
) -> dg.MaterializeResult:
    store = paths.store()
    current = {safe_name(s): s for s in paths.sources()}
    staged = {k: p for k, p in store.parts(STAGED_REJECTS).items() if k in current}
    with use(settings.get()), progress.Timer() as t:
        stray = _validated("rejects", sources_tables.stray_rejects(paths.raw_local()))
        fp = combine(table_version("rejects"), hash_files(list(staged.values())), stray.to_json())
    if store.fingerprint("rejects") == fp:
        return _skipped("rejects", store.table_files("rejects"))
    wanted = {safe_name(rejects_part(current[k])) for k in staged} | ({safe_name(NO_SOURCE)} if len(stray) else set())
    for part in set(store.parts("rejects")) - wanted:  # a source folder was removed, or stray files went away
        store.remove_part("rejects", part)
    for key, file in sorted(staged.items()):
        store.copy_part("rejects", rejects_part(current[key]), file)  # validated when staged
    if len(stray):
        store.write_part("rejects", NO_SOURCE, stray)
    store.set_fingerprint("rejects", fp)
    table = store.read("rejects") if store.table_files("rejects") else stray
    progress.stage_done("rejects", len(table), t.seconds)
    paths.sync_output()
    return _result(
        "rejects",
        table,
        store.table_dir("rejects"),
        reasons=dg.MetadataValue.json(table["reason"].value_counts().to_dict()),
    )


@dg.asset(
    deps=["source_documents"],
    group_name=GROUP,
    automation_condition=FROM_SOURCES,
    description="Articles from every source, cleaned and deduplicated (exact and MinHash near duplicates).",
)
def documents(
    context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel, settings: PipelineSettings
) -> dg.MaterializeResult:
    store = paths.store()
    current = {safe_name(s) for s in paths.sources()}
    files = [p for k, p in store.parts(STAGED_DOCS).items() if k in current]
    with use(settings.get()) as values:
        fp = combine(table_version("documents"), hash_files(files))
        if store.fingerprint("documents") == fp and store.table_files("documents"):
            return _skipped("documents", store.table_files("documents"))
        rows = sum(pq.read_metadata(f).num_rows for f in files)
        apart = rows >= values.run.apart_from_rows
        to_parse = annotations_tables.unparsed_texts(store, files)
        prestart = annotations_tables.parse_in_worker(spacy_model.parse_in_worker, to_parse)
        if prestart and not apart:
            spacy_model.parser().prestart()  # the parse worker starts and loads the model while deduplication runs
        build = documents_tables.build_documents_apart if apart else documents_tables.build_documents
        with progress.Timer() as t:
            docs = build(files, previous_stories(store))
        if prestart and apart:
            spacy_model.parser().prestart()  # after the deduplication child: their peaks do not add up
        published = publish(
            context,
            store,
            "documents",
            docs,
            fp,
            t.seconds,
            duplicates=int(docs["duplicate_of"].notna().sum()),
            sources=len(files),
            stories=int(docs["story_id"].nunique()),
        )
        store.write(STORY_STATE, docs[["doc_id", "story_id"]], table_version("documents"))
    paths.sync_output()
    return published


def previous_stories(store: TableStore) -> dict[str, str]:
    """Story assignments of the last build, if made by the same version: documents keep their story."""
    if store.fingerprint(STORY_STATE) != table_version("documents") or not store.table_files(STORY_STATE):
        return {}
    state = store.read(STORY_STATE)
    return dict(zip(state["doc_id"], state["story_id"]))


@dg.asset(
    deps=["documents"],
    group_name=GROUP,
    automation_condition=EAGER,
    description="One spaCy parse per distinct canonical text and the per-document extractions from it "
    "(sentences, dates, mentions, quotes, events), made in one pass and cached (not a table).",
)
def parses(
    context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel, settings: PipelineSettings
) -> dg.MaterializeResult:
    store = paths.store()
    # what the corpus stages before left free goes back before the model loads; no full collection: parses are
    # freed as each document is done (pipeline.stages.parse.release), and one costs a few tenths of a second
    progress.release_memory(collect=False)
    docs = store.read("documents")
    with (
        use(settings.get()),
        progress.Timer() as t,
        progress.bar(len(annotations_tables.canonical(docs)), "parsing") as advance,
    ):
        counts = annotations_tables.annotate_documents(
            store, spacy_model.parser(), docs, progress=advance, in_worker=spacy_model.parse_in_worker
        )
        versions = {"parse_version": parse_version(), "record_version": record_version()}
    progress.release_memory(collect=False)
    worker = counts.get("parse_worker_peak_rss")
    progress.stage_done(
        "parses",
        counts["documents"],
        t.seconds,
        f"{counts['parsed']} parsed, {counts['annotated']} annotated, {counts['reused']} reused"
        + (f"; parse worker process peak {worker / 2**30:.2f} GiB" if worker else ""),
    )
    return dg.MaterializeResult(metadata={**counts, "dagster/row_count": counts["documents"], **versions})


def _table_asset(name: str, deps: list[str], reads: list[str], build: Callable[..., pd.DataFrame], description: str):
    """An asset that gathers table `name` from the per-document records (and the tables in `reads`),
    unless neither its version nor anything it reads has changed."""

    @dg.asset(name=name, deps=deps, group_name=GROUP, automation_condition=EAGER, description=description)
    def _asset(
        context: dg.AssetExecutionContext, paths: PipelinePaths, settings: PipelineSettings
    ) -> dg.MaterializeResult:
        store = paths.store()
        with use(settings.get()):
            fp = with_quarantine(store, name, inputs_fingerprint(store, name, "documents", *reads))
            if store.fingerprint(name) == fp and store.table_files(name):
                return _skipped(name, store.table_files(name))
            with progress.Timer() as t:
                df = build(store, store.read("documents"), *[store.read(r) for r in reads])
            result = publish(context, store, name, df, fp, t.seconds)
        paths.sync_output()
        return result

    return _asset


sentences = _table_asset(
    "sentences", ["parses"], [], sentences_tables.build_sentences, "Sentences with offsets into documents.text."
)
dates = _table_asset(
    "dates",
    ["parses", "sentences"],
    [],
    dates_tables.build_dates,
    "Temporal expressions with TIMEX3 values at their true precision.",
)
quotes = _table_asset(
    "quotes",
    ["parses", "actor_mentions"],
    ["actor_mentions"],
    quotes_tables.build_quotes,
    "Direct quotations and their speakers.",
)
events = _table_asset(
    "events",
    ["parses", "actor_mentions", "actors"],
    ["actor_mentions", "actors"],
    events_tables.build_events,
    "PLOVER events and claims, one per predicate, with actors, date and evidence.",
)


stories = _table_asset(
    "stories",
    ["documents", "actors", "actor_mentions"],
    ["actors", "actor_mentions"],
    lambda store, docs, actors, mentions: stories_tables.build_stories(docs, actors, mentions),
    "One row per story: the articles of all sources about one event, with dates, sizes and main actors.",
)
story_events = _table_asset(
    "story_events",
    ["events"],
    ["events"],
    lambda store, docs, events: stories_tables.build_story_events(docs, events),
    "Each event of a story once, with how many mentions, articles and sources report it.",
)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "actors",
            deps=["parses"],
            group_name=GROUP,
            automation_condition=EAGER,
            description="One row per real-world actor across the corpus.",
        ),
        dg.AssetSpec(
            "actor_mentions",
            deps=["parses", "sentences"],
            group_name=GROUP,
            automation_condition=EAGER,
            description="Every actor mention, linked to its actor.",
        ),
    ],
)
def actors_and_mentions(
    context: dg.AssetExecutionContext, paths: PipelinePaths, settings: PipelineSettings
) -> Iterator[dg.MaterializeResult]:
    store = paths.store()
    with use(settings.get()):
        fp = with_quarantine(store, "actor_mentions", inputs_fingerprint(store, "actors", "documents"))
        if (
            store.fingerprint("actors") == fp
            and store.fingerprint("actor_mentions") == fp
            and store.table_files("actors")
        ):
            yield _skipped("actors", store.table_files("actors"))
            yield _skipped("actor_mentions", store.table_files("actor_mentions"))
            return
        with progress.Timer() as t:
            docs = store.read("documents")
            actors, mentions = actors_tables.build_actors(store, docs)
            withheld = _mentions_withheld(store, mentions)
            left_out = set(withheld) | {d for t in WITHHOLDS_AFTER["actor_mentions"] for d in store.quarantined(t)}
            if left_out:
                # the actors are resolved again without the withheld documents: no actor, alias or mention count
                # of theirs is left in `actors`
                actors, mentions = actors_tables.build_actors(store, docs[~docs["doc_id"].isin(left_out)])
        yield publish(context, store, "actors", actors, fp, t.seconds)
        yield publish(context, store, "actor_mentions", mentions, fp, withheld=withheld)
    paths.sync_output()


SOURCE_ASSETS = [ingest_source]
CORPUS_ASSETS = [
    rejects,
    documents,
    parses,
    sentences,
    dates,
    actors_and_mentions,
    quotes,
    events,
    stories,
    story_events,
]
ALL_ASSETS = SOURCE_ASSETS + CORPUS_ASSETS
