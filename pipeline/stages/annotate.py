"""One pass per document: every per-document stage runs on the parse while it is in memory.

The stages stay in their own modules (segment, dates, actors, quotes, events); this module
only calls them in data-flow order on one spaCy Doc and keeps their results as plain,
document-independent records (pipeline.stages.records: offsets, no doc_id), so they can be
cached by content and publication date and joined to corpus-wide IDs later. The only
cross-document step, actor resolution, happens afterwards on the mentions of all documents;
quotes and events refer to mentions by their start offset until then.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages import actors as actors_mod
from pipeline.stages import dates as dates_mod
from pipeline.stages import events as events_mod
from pipeline.stages import quotes as quotes_mod
from pipeline.stages import segment
from pipeline.stages.parse import release, text_of
from pipeline.stages.records import Incomplete, to_cache

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

STAGES = ("segment", "dates", "actors", "quotes", "events")  # in data-flow order
KINDS = ("sentences", "dates", "mentions", "quotes", "events", "dropped_events")  # and "incomplete" (see records_of)


def annotate(doc: Doc, publication_date: dt.date | None) -> dict[str, list[dict]]:
    """All per-document records of one parse, as plain dicts by kind ("sentences", "dates", "mentions",
    "quotes", "events", "dropped_events", and "incomplete" for a document past the time budget): what the
    annotation cache stores."""
    try:
        return {kind: to_cache(records) for kind, records in records_of(doc, publication_date).items()}
    finally:
        release(doc)


def records_of(doc: Doc, publication_date: dt.date | None, timings: dict[str, float] | None = None) -> dict[str, list]:
    """The records of every per-document stage, by kind, in data-flow order.

    The time budget (`run.rule_budget_seconds`, CPU seconds of this thread, so a busy machine does not trip it) is
    checked between stages: past it, the stages still to run are skipped for this document (their records stay
    empty), one more kind, `incomplete`, holds one record naming them (normal documents have no such kind), and a
    warning is logged. A stage that fails with an error is handled the same way: it and the stages after it are
    left out for this document, `incomplete` names them with the error, and the error is logged. A stage that has
    started runs to its end; every stage is linear in the document's length, and `ingest.max_chars` bounds the
    length. `timings`, when given, receives each stage's wall-clock seconds (the long-document benchmark)."""
    budget = settings().run.rule_budget_seconds
    out: dict[str, list] = {kind: [] for kind in KINDS}
    started = time.thread_time()
    for i, stage in enumerate(STAGES):
        spent = time.thread_time() - started
        if i and budget > 0 and spent > budget:
            out["incomplete"] = [Incomplete(list(STAGES[i:]), spent)]
            log.warning(
                "rule stages over their budget (%.1f of %s CPU seconds) on a document of %d characters "
                "starting %r: %s skipped",
                spent,
                budget,
                len(text_of(doc)),
                text_of(doc)[:60],
                ", ".join(STAGES[i:]),
            )
            break
        clock = time.perf_counter()
        try:
            _run_stage(stage, doc, publication_date, out)
        except Exception as exc:  # noqa: BLE001 - one document's failure never stops the run
            # a stage's error on one document (a rule's bug met on new text): that stage and the ones after it,
            # which read its records, are left out for this document; the rest of the run goes on
            error = f"{stage}: {type(exc).__name__}: {exc}"
            out["incomplete"] = [Incomplete(list(STAGES[i:]), time.thread_time() - started, error)]
            log.exception("stage %s failed on a document starting %r: %s skipped", stage, text_of(doc)[:60], error)
            break
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - clock
    return out


def _run_stage(stage: str, doc: Doc, publication_date: dt.date | None, out: dict[str, list]) -> None:
    """Run one stage on the records of the stages before it (in `out`), and put its records in `out`."""
    starts = [s.start_char for s in out["sentences"]]
    if stage == "segment":
        out["sentences"] = segment.split_sentences(doc)
    elif stage == "dates":
        out["dates"] = dates_mod.find_dates(doc, publication_date)
    elif stage == "actors":
        out["mentions"] = actors_mod.extract_mentions(doc, starts)
    elif stage == "quotes":
        out["quotes"] = quotes_mod.extract_quotes(doc, out["mentions"], starts)
    else:
        out["events"], out["dropped_events"] = events_mod.code_events(
            doc,
            out["mentions"],
            out["dates"],
            out["quotes"],
            publication_date.isoformat() if publication_date else None,
            starts,
        )
