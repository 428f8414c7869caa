"""The asset graph: thin wrappers around pipeline.tables. Asset name = table name = Parquet folder."""

import dagster as dg
import pandas as pd

from pipeline import progress, tables
from pipeline.validation import TableValidationError, validate

from .resources import PipelinePaths, SpacyModel

GROUP = "news_events"


def _schema(model) -> dg.TableSchema:
    cols = model.to_schema().columns
    return dg.TableSchema(columns=[dg.TableColumn(name=n, type=str(c.dtype), description=c.description or "")
                                   for n, c in cols.items()])


def _preview(df: pd.DataFrame, rows: int = 5) -> str:
    head = df.head(rows).copy()
    for col in head.columns:
        head[col] = head[col].map(lambda v: (str(v)[:60] + "…") if isinstance(v, str) and len(v) > 60 else v)
    return head.to_markdown(index=False) if len(head) else "_empty table_"


def publish(context, paths: PipelinePaths, name: str, df: pd.DataFrame, seconds: float = 0.0,
            extra: dict | None = None) -> dg.MaterializeResult:
    """Validate, write atomically, and describe a table for the UI."""
    from schemas import MODELS

    model = MODELS[name]
    try:
        df = validate(name, df, model)
    except TableValidationError as exc:
        raise dg.Failure(
            description=f"{name} failed validation: {len(exc.failures)} failing value(s); nothing was written.",
            metadata={"failures": dg.MetadataValue.md(exc.failures.head(50).to_markdown(index=False))},
        ) from exc
    path = paths.store().write(name, df)
    progress.stage_done(name, len(df), seconds)
    context.log.info(f"{name}: {len(df)} rows -> {path}")
    return dg.MaterializeResult(
        asset_key=name,
        metadata={
            "dagster/row_count": len(df),
            "dagster/column_schema": _schema(model),
            "preview": dg.MetadataValue.md(_preview(df)),
            "location": dg.MetadataValue.path(str(path)),
            **(extra or {}),
        },
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec("documents", group_name=GROUP, description="Articles read from raw/<source>/, cleaned and deduplicated."),
        dg.AssetSpec("rejects", group_name=GROUP, description="Input files and records that could not become documents, with the reason."),
    ],
)
def documents_and_rejects(context: dg.AssetExecutionContext, paths: PipelinePaths):
    with progress.Timer() as t:
        docs, rejects = tables.build_documents(paths.raw_dir)
    dup = int(docs["duplicate_of"].notna().sum()) if len(docs) else 0
    yield publish(context, paths, "documents", docs, t.seconds, {"duplicates": dup})
    yield publish(context, paths, "rejects", rejects)


@dg.asset(deps=["documents"], group_name=GROUP,
          description="One spaCy parse per distinct canonical text, cached by content hash (not a table).")
def parses(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    store = paths.store()
    docs = store.read("documents")
    nlp = spacy_model.get()
    with progress.Timer() as t, progress.bar(len(tables.canonical(docs)), "parsing") as advance:
        parsed, reused = tables.parse_documents(store, nlp, docs, progress=advance)
    progress.stage_done("parses", parsed + reused, t.seconds, f"{parsed} parsed, {reused} reused")
    return dg.MaterializeResult(metadata={"parsed": parsed, "reused_from_cache": reused,
                                          "dagster/row_count": parsed + reused})


def _parsed(paths: PipelinePaths, spacy_model: SpacyModel):
    store = paths.store()
    return tables.iter_parsed(store, spacy_model.get(), store.read("documents"))


@dg.asset(deps=["parses"], group_name=GROUP, description="Sentences with offsets into documents.text.")
def sentences(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    with progress.Timer() as t:
        df = tables.build_sentences(_parsed(paths, spacy_model))
    return publish(context, paths, "sentences", df, t.seconds)


@dg.asset(deps=["parses"], group_name=GROUP, description="Temporal expressions with TIMEX3 values at their true precision.")
def dates(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    with progress.Timer() as t:
        df = tables.build_dates(_parsed(paths, spacy_model))
    return publish(context, paths, "dates", df, t.seconds)


@dg.multi_asset(
    specs=[
        dg.AssetSpec("actors", deps=["parses"], group_name=GROUP, description="One row per real-world actor across the corpus."),
        dg.AssetSpec("actor_mentions", deps=["parses"], group_name=GROUP, description="Every actor mention, linked to its actor."),
    ],
)
def actors_and_mentions(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel):
    with progress.Timer() as t:
        actors, mentions = tables.build_actors(_parsed(paths, spacy_model))
    yield publish(context, paths, "actors", actors, t.seconds)
    yield publish(context, paths, "actor_mentions", mentions)


@dg.asset(deps=["parses", "actors", "actor_mentions"], group_name=GROUP, description="Direct quotations and their speakers.")
def quotes(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    store = paths.store()
    with progress.Timer() as t:
        df = tables.build_quotes(_parsed(paths, spacy_model), store.read("actor_mentions"), store.read("actors"))
    return publish(context, paths, "quotes", df, t.seconds)


@dg.asset(deps=["parses", "actors", "actor_mentions", "dates", "quotes"], group_name=GROUP,
          description="PLOVER events and claims, one per predicate, with actors, date and evidence.")
def events(context: dg.AssetExecutionContext, paths: PipelinePaths, spacy_model: SpacyModel) -> dg.MaterializeResult:
    store = paths.store()
    with progress.Timer() as t:
        df = tables.build_events(_parsed(paths, spacy_model), store.read("actor_mentions"), store.read("actors"),
                                 store.read("dates"), store.read("quotes"))
    return publish(context, paths, "events", df, t.seconds)


ALL_ASSETS = [documents_and_rejects, parses, sentences, dates, actors_and_mentions, quotes, events]
