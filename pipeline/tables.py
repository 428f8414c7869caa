"""Stage outputs -> validated table rows. No Dagster here: the assets are thin wrappers.

Data flows one way: raw -> documents -> (parse once) -> sentences -> dates and actors
-> quotes and events. Only canonical documents (not duplicates) are parsed and feed the
later tables.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

import pandas as pd

from . import actors as actors_mod
from . import dates as dates_mod
from . import dedup, events as events_mod, ingest, quotes as quotes_mod, segment
from .ids import content_hash, doc_id
from .nlp import docs_from_bytes, docs_to_bytes, parse_texts
from .storage import TableStore
from .validation import frame


# ---------------------------------------------------------------------------
# documents and rejects


def _reject_rows(rejects) -> list[dict]:
    return [{"source": r.source, "path": r.path, "reason": r.reason, "detail": r.detail}
            for r in sorted(rejects, key=lambda r: (r.source, r.path))]


def ingest_source(raw_dir: str, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One source folder -> (its documents before deduplication, its rejects)."""
    from schemas import Documents, Rejects

    result = ingest.ingest(raw_dir, [source])
    rows = []
    for d in result.documents:
        rows.append({
            "doc_id": doc_id(d.source, d.path, d.text), "source": d.source, "path": d.path, "title": d.title,
            "url": d.url, "publication_date": d.publication_date, "publication_date_issue": d.publication_date_issue,
            "text": d.text, "n_chars": len(d.text), "content_hash": content_hash(d.text),
            "duplicate_of": None, "duplicate_kind": None,
        })
    docs = frame(sorted(rows, key=lambda r: r["path"]), Documents)
    return docs, frame(_reject_rows(result.rejects), Rejects)


def stray_rejects(raw_dir: str) -> pd.DataFrame:
    """Files lying directly in the raw dir belong to no source: rejected."""
    from schemas import Rejects

    return frame(_reject_rows(ingest.stray_files(raw_dir)), Rejects)


def deduplicate(per_source: list[pd.DataFrame]) -> pd.DataFrame:
    """All sources' documents, with exact and near duplicates pointing to their canonical copy."""
    from schemas import Documents

    frames = [f for f in per_source if len(f)]
    docs = pd.concat(frames, ignore_index=True) if frames else frame([], Documents)
    docs = docs.sort_values(["source", "path"]).reset_index(drop=True)
    dates = [None if pd.isna(v) else v for v in docs["publication_date"]]
    items = [dedup.DedupItem(i, t, h, d) for i, t, h, d in zip(docs["doc_id"], docs["text"], docs["content_hash"], dates)]
    dups = dedup.find_duplicates(items)
    docs["duplicate_of"] = [dups[i][0] if i in dups else None for i in docs["doc_id"]]
    docs["duplicate_kind"] = [dups[i][1] if i in dups else None for i in docs["doc_id"]]
    return docs


def build_documents(raw_dir: str, sources: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every source at once (no Dagster): (documents, rejects)."""
    from schemas import Rejects

    sources = ingest.list_sources(raw_dir) if sources is None else sources
    parts = [ingest_source(raw_dir, s) for s in sources]
    rejects = [r for _, r in parts if len(r)] + ([stray_rejects(raw_dir)] if sources else [])
    rejects = [r for r in rejects if len(r)]
    all_rejects = pd.concat(rejects, ignore_index=True) if rejects else frame([], Rejects)
    return deduplicate([d for d, _ in parts]), all_rejects


# ---------------------------------------------------------------------------
# parsing (once per distinct text, cached by content hash)


def canonical(docs: pd.DataFrame) -> pd.DataFrame:
    return docs[docs["duplicate_of"].isna()].sort_values("doc_id").reset_index(drop=True)


def parse_documents(store: TableStore, get_nlp: Callable, docs: pd.DataFrame,
                    progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Parse canonical documents whose text has no cached parse. Returns (parsed, reused).

    `get_nlp` returns the model; it is only called when something needs parsing."""
    todo = canonical(docs)
    todo = todo.drop_duplicates("content_hash")
    missing = todo[[not store.has_parse(h) for h in todo["content_hash"]]]
    reused = len(todo) - len(missing)
    if progress and reused:
        progress(reused)
    if not len(missing):
        return 0, reused
    for h, doc in zip(missing["content_hash"], parse_texts(get_nlp(), list(missing["text"]), progress=progress)):
        store.write_parse(h, docs_to_bytes([doc]))
    return len(missing), reused


def iter_parsed(store: TableStore, nlp, docs: pd.DataFrame) -> Iterator[tuple[dict, object]]:
    """(document row, spaCy Doc) for every canonical document, restored from the parse cache."""
    for row in canonical(docs).to_dict("records"):
        doc = docs_from_bytes(store.read_parse(row["content_hash"]), nlp.vocab)[0]
        yield row, doc


def _sentence_starts(doc_id_: str, doc) -> tuple[list[segment.Sentence], list[int]]:
    sents = segment.split_sentences(doc_id_, doc)
    return sents, [s.start_char for s in sents]


def _sid(doc_id_: str, starts: list[int], char: int) -> str:
    return segment.sentence_id(doc_id_, max(bisect.bisect_right(starts, char) - 1, 0))


# ---------------------------------------------------------------------------
# sentences, dates


def build_sentences(parsed) -> pd.DataFrame:
    from schemas import Sentences

    rows = []
    for row, doc in parsed:
        for s in segment.split_sentences(row["doc_id"], doc):
            rows.append(s.__dict__.copy())
    return frame(rows, Sentences)


def _pub_date(row):
    value = row.get("publication_date")
    return None if value is None or pd.isna(value) else value


def build_dates(parsed) -> pd.DataFrame:
    from schemas import Dates

    rows = []
    for row, doc in parsed:
        _, starts = _sentence_starts(row["doc_id"], doc)
        for m in dates_mod.find_dates(doc, _pub_date(row)):
            rows.append({
                "date_id": f"{row['doc_id']}:t{m.start_char}", "doc_id": row["doc_id"],
                "sentence_id": _sid(row["doc_id"], starts, m.start_char), "text": m.text,
                "start_char": m.start_char, "end_char": m.end_char, "type": m.type, "value": m.value,
                "precision": m.precision, "anchor": m.anchor, "anchor_source": m.anchor_source,
            })
    return frame(rows, Dates)


# ---------------------------------------------------------------------------
# actors


def build_actors(parsed) -> tuple[pd.DataFrame, pd.DataFrame]:
    from schemas import ActorMentions, Actors

    mentions = []
    for row, doc in parsed:
        _, starts = _sentence_starts(row["doc_id"], doc)
        mentions.extend(actors_mod.extract_mentions(row["doc_id"], doc, starts))
    actors, assign = actors_mod.resolve(mentions)
    actor_rows = [a.__dict__.copy() for a in actors]
    mention_rows = []
    for m in mentions:
        mention_rows.append({
            "mention_id": f"{m.doc_id}:m{m.start_char}", "doc_id": m.doc_id,
            "sentence_id": segment.sentence_id(m.doc_id, m.sent_index), "start_char": m.start_char,
            "end_char": m.end_char, "text": m.text, "actor_id": assign[id(m)],
        })
    mention_rows.sort(key=lambda r: (r["doc_id"], r["start_char"]))
    return frame(actor_rows, Actors), frame(mention_rows, ActorMentions)


def mentions_for_doc(doc, doc_id_: str, mention_rows: pd.DataFrame, actor_types: dict[str, str],
                     actor_names: dict[str, str]) -> list[actors_mod.Mention]:
    """Rebuild Mention objects (with token offsets) for one document from the actor_mentions table."""
    out = []
    for r in mention_rows.itertuples(index=False):
        span = doc.char_span(int(r.start_char), int(r.end_char), alignment_mode="expand")
        if span is None:
            continue
        m = actors_mod.Mention(doc_id_, int(r.start_char), int(r.end_char), r.text, actor_names[r.actor_id],
                               actor_types[r.actor_id], key=r.actor_id, token_start=span.start, token_end=span.end)
        out.append(m)
    return sorted(out, key=lambda m: m.start_char)


def _group(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {k: g for k, g in df.groupby("doc_id", sort=False)} if len(df) else {}


# ---------------------------------------------------------------------------
# quotes, events


def build_quotes(parsed, mentions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    from schemas import Quotes

    types = dict(zip(actors["actor_id"], actors["type"]))
    names = dict(zip(actors["actor_id"], actors["name"]))
    by_doc = _group(mentions)
    rows = []
    empty = mentions.iloc[0:0]
    for row, doc in parsed:
        ms = mentions_for_doc(doc, row["doc_id"], by_doc.get(row["doc_id"], empty), types, names)
        _, starts = _sentence_starts(row["doc_id"], doc)
        for q in quotes_mod.extract_quotes(doc, ms, starts):
            rows.append(_quote_row(row["doc_id"], q, starts))
    return frame(rows, Quotes)


def _quote_row(doc_id_: str, q: quotes_mod.Quote, starts: list[int]) -> dict:
    return {
        "quote_id": f"{doc_id_}:q{q.start_char}", "doc_id": doc_id_, "sentence_id": _sid(doc_id_, starts, q.start_char),
        "start_char": q.start_char, "end_char": q.end_char, "text": q.text, "speaker": q.speaker,
        "speaker_actor_id": q.speaker_mention.key if q.speaker_mention is not None else None, "cue": q.cue,
        "attribution": q.attribution, "is_fragment": q.is_fragment, "closed": q.closed,
    }


def build_events(parsed, mentions: pd.DataFrame, actors: pd.DataFrame, dates: pd.DataFrame,
                 quotes: pd.DataFrame) -> pd.DataFrame:
    from schemas import Events

    types = dict(zip(actors["actor_id"], actors["type"]))
    names = dict(zip(actors["actor_id"], actors["name"]))
    m_by_doc, d_by_doc, q_by_doc = _group(mentions), _group(dates), _group(quotes)
    rows = []
    for row, doc in parsed:
        did = row["doc_id"]
        ms = mentions_for_doc(doc, did, m_by_doc.get(did, mentions.iloc[0:0]), types, names)
        _, starts = _sentence_starts(did, doc)
        doc_dates = [dates_mod.DateMention(int(r.start_char), int(r.end_char), r.text, r.type,
                                           None if pd.isna(r.value) else r.value)
                     for r in d_by_doc.get(did, dates.iloc[0:0]).itertuples(index=False)]
        doc_quotes = []
        for r in q_by_doc.get(did, quotes.iloc[0:0]).itertuples(index=False):
            speaker = next((m for m in ms if m.key == r.speaker_actor_id), None) if not pd.isna(r.speaker_actor_id) else None
            doc_quotes.append(quotes_mod.Quote(int(r.start_char), int(r.end_char), r.text, 0, r.speaker, speaker,
                                               r.cue, r.attribution, bool(r.is_fragment), bool(r.closed)))
        pub = _pub_date(row)
        for e in events_mod.extract_events(doc, ms, doc_dates, doc_quotes, pub.isoformat() if pub else None, starts):
            src_ids = list(dict.fromkeys(m.key for m in e.sources))
            tgt_ids = [k for k in dict.fromkeys(m.key for m in e.targets) if k not in src_ids or e.event_type in events_mod.SYMMETRIC]
            rows.append({
                "event_id": f"{did}:e{e.trigger_start}", "doc_id": did, "sentence_id": segment.sentence_id(did, e.sent_index),
                "event_type": e.event_type, "mode": e.mode, "trigger": e.trigger, "trigger_start": e.trigger_start,
                "trigger_end": e.trigger_end, "source_actor_id": src_ids[0] if src_ids else None,
                "target_actor_id": tgt_ids[0] if tgt_ids else None, "source_actor_ids": src_ids,
                "target_actor_ids": tgt_ids, "source_text": e.source_text, "target_text": e.target_text,
                "date": e.date, "date_source": e.date_source, "is_claim": e.is_claim,
                "claimant_actor_id": getattr(e.claimant, "key", None), "negated": e.negated,
                "modality": e.modality, "evidence": e.evidence,
            })
    return frame(rows, Events)
