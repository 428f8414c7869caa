"""The asset graph: thin wrappers around pipeline.tables. Asset name = table name = Parquet folder.

source_documents, rejects   one partition per source folder (sensor-registered)
documents ... events        cross-source tables, materialized eagerly when their inputs change

Every asset fingerprints what it reads (input table files, or the raw folder's listing, plus
the code version) and skips the work when the fingerprint is the one its table was built
from; a rerun with nothing new costs little more than reading the raw folders' listings.
"""
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow.parquet as pq

from pipeline import progress
from pipeline.tables import actors as actors_tables
from pipeline.tables import annotations as annotations_tables
from pipeline.tables import dates as dates_tables
from pipeline.tables import documents as documents_tables
from pipeline.tables import events as events_tables
from pipeline.tables import quotes as quotes_tables
from pipeline.tables import sentences as sentences_tables
from pipeline.tables import stories as stories_tables
from pipeline.versioning import code_version, combine, hash_files, listing_digest, nlp_version
from pipeline.stages.parse import ParseWorker
from pipeline.store.storage import STAGING, TableStore, safe_name
from pipeline.store.validation import TableValidationError, validate

from .checks import note_validated
from .partitions import sources_partitions
from .resources import PipelinePaths, SpacyModel

GROUP = "news_events"
STAGED_DOCS = f"{STAGING}/source_documents"
STORY_STATE = f"{STAGING}/story_assignments"
NO_SOURCE = "no-source"  # rejects part for files lying directly in the raw dir


def rejects_part(source: str) -> str:
    """File name of a source's part of the rejects table (readers skip names starting with _ or .)."""
    return f"source-{source}"
EAGER = dg.AutomationCondition.eager()


def _schema(model) -> dg.TableSchema:
    cols = model.to_schema().columns
    return dg.TableSchema(columns=[dg.TableColumn(name=n, type=str(c.dtype), description=c.description or "")
                                   for n, c in cols.items()])


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


def _skipped(name: str, files: list[Path]) -> dg.MaterializeResult:
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    progress.stage_done(name, rows, 0.0, "unchanged")
    return dg.MaterializeResult(asset_key=name, metadata={"dagster/row_count": rows,
                                                          "skipped": "inputs unchanged since the last build"})


def publish(context, store: TableStore, name: str, df: pd.DataFrame, fingerprint: str, seconds: float = 0.0,
            **extra) -> dg.MaterializeResult:
    """Validate, write atomically with the fingerprint of its inputs, and describe the table for the UI."""
    df = _validated(name, df)
    path = store.write(name, df, fingerprint)
    note_validated(store, name)
    progress.stage_done(name, len(df), seconds)
    context.log.info(f"{name}: {len(df)} rows -> {path}")
    result = _result(name, df, path, **extra)
    del df
    progress.release_memory(collect=False)  # table stages make few reference cycles
    return result


def inputs_fingerprint(store: TableStore, *names: str, version: str | None = None) -> str:
    files = [f for n in names for f in store.table_files(n)]
    return combine(version or code_version(), hash_files(files))


# ---------------------------------------------------------------------------
# per source


@dg.multi_asset(
    specs=[
        dg.AssetSpec("source_documents", group_name=GROUP,
                     description="One source folder's articles, read and cleaned, before cross-source deduplication."),
        dg.AssetSpec("rejects", group_name=GROUP,
                     description="Input files and records that could not become documents, with the reason "
                                 "(one file per source under output/rejects/)."),
    ],
    partitions_def=sources_partitions,
)
def ingest_source(context: dg.AssetExecutionContext, paths: PipelinePaths):
    source = context.partition_key
    store = paths.store()
    raw = paths.raw_local(source)
    folder = Path(raw) / source
    fp = combine(code_version(), listing_digest(folder) if folder.is_dir() else "missing")
    key = safe_name(source)
    staged = store.table_dir(STAGED_DOCS) / f"{key}.parquet"
    if store.fingerprint(f"{STAGED_DOCS}/{key}") == fp and staged.exists():
        yield _skipped("source_documents", [staged])
        yield _skipped("rejects", [store.table_dir("rejects") / f"{safe_name(rejects_part(source))}.parquet"])
        return
    with progress.Timer() as t:
        docs, rejects = documents_tables.ingest_source(raw, source)  # a removed folder gives empty parts
    docs = _validated("source_documents", docs)
    rejects = _validated("rejects", rejects)
    path = store.write_part(STAGED_DOCS, source, docs, fp)
    progress.stage_done(f"{source}", len(docs), t.seconds, f"{len(rejects)} rejected")
    yield _result("source_documents", docs, path)
    rejects_path = store.write_part("rejects", rejects_part(source), rejects, fp)
    paths.sync_output()
    result = _result("rejects", rejects, rejects_path, reasons=dg.MetadataValue.json(rejects["reason"].value_counts().to_dict()))
    del docs, rejects
    progress.release_memory(collect=False)  # reading a large source leaves freed pages behind (~50 MB per 20k)
    yield result


# ---------------------------------------------------------------------------
# across sources


@dg.asset(deps=["source_documents"], group_name=GROUP, automation_condition=EAGER,
          description="Articles from every source, cleaned and deduplicated (exact and MinHash near duplicates).")
def documents(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    store = paths.store()
    current = {safe_name(s) for s in paths.sources()}
    for part in set(store.parts(STAGED_DOCS)) - current:  # a source folder was removed
        store.remove_part(STAGED_DOCS, part)
        store.remove_part("rejects", rejects_part(part))
    stray = _validated("rejects", documents_tables.stray_rejects(paths.raw_local()))
    if len(stray):
        store.write_part("rejects", NO_SOURCE, stray)
    else:
        store.remove_part("rejects", NO_SOURCE)
    files = [p for k, p in store.parts(STAGED_DOCS).items() if k in current]
    fp = combine(code_version(), hash_files(files))
    if store.fingerprint("documents") == fp and store.table_files("documents"):
        return _skipped("documents", store.table_files("documents"))
    rows = sum(pq.read_metadata(f).num_rows for f in files)
    apart = rows >= APART_FROM_ROWS
    prestart = annotations_tables.parse_in_worker(spacy_model.parse_in_worker, annotations_tables.unparsed_texts(store, files))
    if prestart and not apart:
        ParseWorker.prestart()  # the parse worker starts and loads the model while deduplication runs
    with progress.Timer() as t:
        docs = (documents_tables.build_documents_apart if apart else documents_tables.build_documents)(files, previous_stories(store))
    if prestart and apart:
        ParseWorker.prestart()  # after the deduplication child: their peaks do not add up
    published = publish(context, store, "documents", docs, fp, t.seconds,
                        duplicates=int(docs["duplicate_of"].notna().sum()), sources=len(files),
                        stories=int(docs["story_id"].nunique()))
    store.write(STORY_STATE, docs[["doc_id", "story_id"]], code_version())
    paths.sync_output()
    return published


# From this many articles, deduplication and story grouping run in a child process (see
# documents_tables.build_documents_apart); below it, the process start costs more than the memory it saves.
APART_FROM_ROWS = 1000


def previous_stories(store: TableStore) -> dict[str, str]:
    """Story assignments of the last build, if made by the same code: documents keep their story."""
    if store.fingerprint(STORY_STATE) != code_version() or not store.table_files(STORY_STATE):
        return {}
    state = store.read(STORY_STATE)
    return dict(zip(state["doc_id"], state["story_id"]))


@dg.asset(deps=["documents"], group_name=GROUP, automation_condition=EAGER,
          description="One spaCy parse per distinct canonical text and the per-document extractions from it "
                      "(sentences, dates, mentions, quotes, events), made in one pass and cached (not a table).")
def parses(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    store = paths.store()
    # what the corpus stages before left free goes back before the model loads; no full collection: parses are
    # freed as each document is done (pipeline.stages.parse.release), and one costs a few tenths of a second
    progress.release_memory(collect=False)
    docs = store.read("documents")
    with progress.Timer() as t, progress.bar(len(annotations_tables.canonical(docs)), "parsing") as advance:
        counts = annotations_tables.annotate_documents(store, spacy_model.get, docs, progress=advance,
                                            in_worker=spacy_model.parse_in_worker)
    progress.release_memory(collect=False)
    worker = counts.get("parse_worker_peak_rss")
    progress.stage_done("parses", counts["documents"], t.seconds,
                        f"{counts['parsed']} parsed, {counts['annotated']} annotated, {counts['reused']} reused"
                        + (f"; parse worker process peak {worker / 2**30:.2f} GiB" if worker else ""))
    return dg.MaterializeResult(metadata={**counts, "dagster/row_count": counts["documents"],
                                          "nlp_version": nlp_version(), "code_version": code_version()})


def _table_asset(name: str, deps: list[str], reads: list[str], build, description: str):
    """An asset that gathers table `name` from the per-document records (and the tables in `reads`),
    unless nothing it reads has changed."""

    @dg.asset(name=name, deps=deps, group_name=GROUP, automation_condition=EAGER, description=description)
    def _asset(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
        store = paths.store()
        fp = inputs_fingerprint(store, "documents", *reads)
        if store.fingerprint(name) == fp and store.table_files(name):
            return _skipped(name, store.table_files(name))
        with progress.Timer() as t:
            df = build(store, store.read("documents"), *[store.read(r) for r in reads])
        result = publish(context, store, name, df, fp, t.seconds)
        paths.sync_output()
        return result

    return _asset


sentences = _table_asset("sentences", ["parses"], [], sentences_tables.build_sentences,
                         "Sentences with offsets into documents.text.")
dates = _table_asset("dates", ["parses"], [], dates_tables.build_dates,
                     "Temporal expressions with TIMEX3 values at their true precision.")
quotes = _table_asset("quotes", ["parses", "actor_mentions"], ["actor_mentions"],
                      quotes_tables.build_quotes, "Direct quotations and their speakers.")
events = _table_asset("events", ["parses", "actor_mentions", "actors"], ["actor_mentions", "actors"], events_tables.build_events,
                      "PLOVER events and claims, one per predicate, with actors, date and evidence.")


stories = _table_asset("stories", ["documents", "actors", "actor_mentions"], ["actors", "actor_mentions"],
                       lambda store, docs, actors, mentions: stories_tables.build_stories(docs, actors, mentions),
                       "One row per story: the articles of all sources about one event, with dates, sizes and main actors.")
story_events = _table_asset("story_events", ["events"], ["events"],
                            lambda store, docs, events: stories_tables.build_story_events(docs, events),
                            "Each event of a story once, with how many mentions, articles and sources report it.")


@dg.multi_asset(
    specs=[
        dg.AssetSpec("actors", deps=["parses"], group_name=GROUP, automation_condition=EAGER,
                     description="One row per real-world actor across the corpus."),
        dg.AssetSpec("actor_mentions", deps=["parses"], group_name=GROUP, automation_condition=EAGER,
                     description="Every actor mention, linked to its actor."),
    ],
)
def actors_and_mentions(context: dg.AssetExecutionContext, paths: PipelinePaths):
    store = paths.store()
    fp = inputs_fingerprint(store, "documents")
    if store.fingerprint("actors") == fp and store.fingerprint("actor_mentions") == fp and store.table_files("actors"):
        yield _skipped("actors", store.table_files("actors"))
        yield _skipped("actor_mentions", store.table_files("actor_mentions"))
        return
    with progress.Timer() as t:
        actors, mentions = actors_tables.build_actors(store, store.read("documents"))
    yield publish(context, store, "actors", actors, fp, t.seconds)
    yield publish(context, store, "actor_mentions", mentions, fp)
    paths.sync_output()


SOURCE_ASSETS = [ingest_source]
CORPUS_ASSETS = [documents, parses, sentences, dates, actors_and_mentions, quotes, events, stories, story_events]
ALL_ASSETS = SOURCE_ASSETS + CORPUS_ASSETS
