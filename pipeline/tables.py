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
from . import dedup, events as events_mod, ingest, segment, stories
from .annotate import annotate, mentions_from_records
from .fingerprint import combine
from .ids import content_hash, doc_id
from .nlp import ParseWorker, blank_model, doc_from_bytes, doc_to_bytes, parse_texts
from .storage import TableStore
from .validation import frame


# ---------------------------------------------------------------------------
# documents and rejects


def _reject_rows(rejects) -> list[dict]:
    return [{"source": r.source, "path": r.path, "reason": r.reason, "detail": r.detail}
            for r in sorted(rejects, key=lambda r: (r.source, r.path))]


def ingest_source(raw_dir: str, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One source folder -> (its documents before deduplication, its rejects)."""
    from schemas import Rejects, SourceDocuments

    result = ingest.ingest(raw_dir, [source])
    rows = []
    for d in result.documents:
        rows.append({
            "doc_id": doc_id(d.source, d.path, d.text), "source": d.source, "path": d.path, "title": d.title,
            "url": d.url, "publication_date": d.publication_date, "publication_date_issue": d.publication_date_issue,
            "text": d.text, "n_chars": len(d.text), "content_hash": content_hash(d.text),
            "duplicate_of": None, "duplicate_kind": None,
        })
    docs = frame(sorted(rows, key=lambda r: r["path"]), SourceDocuments)
    return docs, frame(_reject_rows(result.rejects), Rejects)


def stray_rejects(raw_dir: str) -> pd.DataFrame:
    """Files lying directly in the raw dir belong to no source: rejected."""
    from schemas import Rejects

    return frame(_reject_rows(ingest.stray_files(raw_dir)), Rejects)


def deduplicate(per_source: list[pd.DataFrame]) -> pd.DataFrame:
    """All sources' documents, with exact and near duplicates pointing to their canonical copy."""
    from schemas import SourceDocuments

    frames = [f for f in per_source if len(f)]
    docs = pd.concat(frames, ignore_index=True) if frames else frame([], SourceDocuments)
    docs = docs.sort_values(["source", "path"]).reset_index(drop=True)
    dates = [None if pd.isna(v) else v for v in docs["publication_date"]]
    items = [dedup.DedupItem(i, t, h, d) for i, t, h, d in zip(docs["doc_id"], docs["text"], docs["content_hash"], dates)]
    dups = dedup.find_duplicates(items)
    docs["duplicate_of"] = [dups[i][0] if i in dups else None for i in docs["doc_id"]]
    docs["duplicate_kind"] = [dups[i][1] if i in dups else None for i in docs["doc_id"]]
    return docs


def build_documents(staged_files: list, previous: dict[str, str]) -> pd.DataFrame:
    """The documents table from the staged sources: deduplicated, then grouped into stories."""
    from .storage import TableStore

    return group_stories(deduplicate([TableStore.read_file(f) for f in staged_files]), previous)


def build_documents_apart(staged_files: list, previous: dict[str, str]) -> pd.DataFrame:
    """build_documents in a child process: deduplication and story grouping touch every article at once, and
    what they free stays in this process's heap (fragmented) through the parse that follows, growing with the
    corpus; a child hands all of it back when it exits. Only the table comes back."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(build_documents, [str(f) for f in staged_files], previous).result()


def group_stories(docs: pd.DataFrame, previous: dict[str, str] | None = None) -> pd.DataFrame:
    """Add `story_id`: canonical documents are grouped into stories (documents in `previous`
    keep theirs); a duplicate takes its canonical copy's story."""
    from schemas import Documents

    canon = docs[docs["duplicate_of"].isna()]
    items = [stories.StoryItem(d, None if pd.isna(t) else t, x, None if pd.isna(p) else p)
             for d, t, x, p in zip(canon["doc_id"], canon["title"], canon["text"], canon["publication_date"])]
    assigned = stories.group(items, previous)
    stories.clear_caches()
    docs = docs.copy()
    docs["story_id"] = [assigned[d if pd.isna(c) else c] for d, c in zip(docs["doc_id"], docs["duplicate_of"])]
    return docs[list(Documents.to_schema().columns)]


# ---------------------------------------------------------------------------
# one pass per document: parse once (cached by content hash), annotate once (cached by content,
# publication date and code version)


def canonical(docs: pd.DataFrame) -> pd.DataFrame:
    return docs[docs["duplicate_of"].isna()].sort_values("doc_id").reset_index(drop=True)


def _pub_date(row):
    value = row.get("publication_date")
    return None if value is None or pd.isna(value) else value


def annotation_key(row) -> str:
    return combine(row["content_hash"], str(_pub_date(row)))


KEY_COLUMNS = ["doc_id", "content_hash", "publication_date"]
CHUNK = 256  # documents parsed per spaCy memory zone


# From this many texts to parse, the model runs in a child process beside this one (nlp.ParseWorker):
# below it, starting a second interpreter with the model costs more than the overlap saves.
PARSE_IN_WORKER_FROM = 64


def parse_in_worker(setting: bool | None, to_parse: int) -> bool:
    """Whether the parse of `to_parse` texts runs in a worker process: as set (SpacyModel.parse_in_worker),
    else from PARSE_IN_WORKER_FROM texts where a worker can start."""
    if setting is not None:
        return setting and to_parse > 0
    return to_parse >= PARSE_IN_WORKER_FROM and ParseWorker.available()


def unparsed_texts(store: TableStore, files: list) -> int:
    """How many distinct texts of the staged document files have no saved parse yet."""
    import pyarrow.parquet as pq

    hashes = {h for f in files for h in pq.read_table(f, columns=["content_hash"]).column(0).to_pylist()}
    return sum(not store.has_parse(h) for h in hashes)


def annotate_documents(store: TableStore, get_nlp: Callable, docs: pd.DataFrame,
                       progress: Callable[[int], None] | None = None,
                       in_worker: bool | None = None) -> dict[str, int]:
    """Make sure every canonical document has a parse and annotations; return what was done.

    `get_nlp` returns the model; it is only called when something is parsed in this process.
    Documents stream through in chunks: only a chunk's texts are taken out of the table at a
    time, and each chunk is parsed inside a spaCy memory zone (the strings and lexemes it adds
    to the vocabulary are dropped afterwards), so memory does not grow with the corpus.

    With `in_worker` (see parse_in_worker: by default from PARSE_IN_WORKER_FROM texts to parse) the model
    parses in a child process while this one restores the finished parses into a blank English
    vocabulary and runs the per-document rules on them; the annotations are the same either way
    (a saved parse holds every attribute the rules read). Saved parses are restored the same way.
    """
    canon = canonical(docs)
    keys = [annotation_key(r) for r in canon[KEY_COLUMNS].to_dict("records")]
    need = [i for i, k in enumerate(keys) if not store.has_annotation(k)]
    counts = {"documents": len(canon), "annotated": len(need), "reused": len(canon) - len(need), "parsed": 0}
    if progress and counts["reused"]:
        progress(counts["reused"])
    if not need:
        ParseWorker.discard_prestarted()
        return counts
    hashes = canon["content_hash"].to_numpy()
    chunks = [need[s:s + CHUNK] for s in range(0, len(need), CHUNK)]
    # each text parsed once: a canonical copy of a text another one is parsing (the same words on other
    # days) restores that parse, after it in its chunk
    planned: set[str] = set()
    fresh_of: list[list[int]] = []
    for chunk in chunks:
        fresh_of.append([])
        for i in chunk:
            if hashes[i] not in planned and not store.has_parse(hashes[i]):
                planned.add(hashes[i])
                fresh_of[-1].append(i)
    to_parse = sum(map(len, fresh_of))
    worker = ParseWorker.take() if parse_in_worker(in_worker, to_parse) else None
    if worker is None:
        ParseWorker.discard_prestarted()
    # the model only when this process parses; restoring a saved parse needs only a vocabulary
    nlp = get_nlp() if to_parse and worker is None else blank_model()
    try:
        # the child gets each chunk's texts as soon as it is ready for them
        parsed_elsewhere = worker.parse(canon["text"].iloc[fresh].tolist() for fresh in fresh_of) if worker else None
        for chunk, fresh in zip(chunks, fresh_of):
            rows = canon.iloc[chunk][KEY_COLUMNS + ["text"]].to_dict("records")
            is_fresh = set(fresh)
            fresh_rows = [r for i, r in zip(chunk, rows) if i in is_fresh]
            with nlp.memory_zone():
                # (saved parse, the live doc when parsed here)
                parsed = (((data, None) for data in parsed_elsewhere) if worker else
                          ((doc_to_bytes(doc), doc) for doc in parse_texts(nlp, [r["text"] for r in fresh_rows])))
                for row, (data, doc) in zip(fresh_rows, parsed):
                    store.write_parse(row["content_hash"], data)
                    if doc is None:
                        doc = doc_from_bytes(data, nlp.vocab)
                    store.write_annotation(annotation_key(row), annotate(doc, _pub_date(row)))
                    counts["parsed"] += 1
                    if progress:
                        progress(1)
                for row in (r for i, r in zip(chunk, rows) if i not in is_fresh):
                    doc = doc_from_bytes(store.read_parse(row["content_hash"]), nlp.vocab)
                    store.write_annotation(annotation_key(row), annotate(doc, _pub_date(row)))
                    if progress:
                        progress(1)
    finally:
        if worker is not None:
            worker.close()
    if worker is not None and worker.peak_rss is not None:
        counts["parse_worker_peak_rss"] = worker.peak_rss
    return counts


def iter_annotations(store: TableStore, docs: pd.DataFrame) -> Iterator[tuple[dict, dict]]:
    """(document key columns, its annotations) for every canonical document, in doc_id order."""
    for row in canonical(docs)[KEY_COLUMNS].to_dict("records"):
        yield row, store.read_annotation(annotation_key(row))


# ---------------------------------------------------------------------------
# corpus tables: gather the per-document records and give them corpus IDs


def build_sentences(store: TableStore, docs: pd.DataFrame) -> pd.DataFrame:
    from schemas import Sentences

    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        rows.extend({"sentence_id": segment.sentence_id(did, s["index"]), "doc_id": did, **s} for s in ann["sentences"])
    return frame(rows, Sentences)


def _sid(doc_id_: str, starts: list[int], char: int) -> str:
    return segment.sentence_id(doc_id_, max(bisect.bisect_right(starts, char) - 1, 0))


def build_dates(store: TableStore, docs: pd.DataFrame) -> pd.DataFrame:
    from schemas import Dates

    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        starts = [s["start_char"] for s in ann["sentences"]]
        rows.extend({"date_id": f"{did}:t{d['start_char']}", "doc_id": did, "sentence_id": _sid(did, starts, d["start_char"]),
                     **d} for d in ann["dates"])
    return frame(rows, Dates)


def build_actors(store: TableStore, docs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    from schemas import ActorMentions, Actors

    mentions = []
    for row, ann in iter_annotations(store, docs):
        mentions.extend(mentions_from_records(row["doc_id"], ann["mentions"]))
    actors, assign = actors_mod.resolve(mentions)
    mention_rows = [{
        "mention_id": f"{m.doc_id}:m{m.start_char}", "doc_id": m.doc_id,
        "sentence_id": segment.sentence_id(m.doc_id, m.sent_index), "start_char": m.start_char,
        "end_char": m.end_char, "text": m.text, "actor_id": assign[id(m)],
    } for m in mentions]
    mention_rows.sort(key=lambda r: (r["doc_id"], r["start_char"]))
    return frame([a.__dict__.copy() for a in actors], Actors), frame(mention_rows, ActorMentions)


def _actor_of(mentions: pd.DataFrame) -> dict[tuple[str, int], str]:
    return {(d, int(s)): a for d, s, a in zip(mentions["doc_id"], mentions["start_char"], mentions["actor_id"])}


def _doc_info(docs: pd.DataFrame) -> dict[str, tuple]:
    """doc_id -> (story_id, source, order key: earliest published first, undated last)."""
    import datetime as dt

    return {d: (st, src, (dt.date.max if pd.isna(p) else p, d))
            for d, st, src, p in zip(docs["doc_id"], docs["story_id"], docs["source"], docs["publication_date"])}


def build_quotes(store: TableStore, docs: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    from schemas import Quotes

    actor_of = _actor_of(mentions)
    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        for q in ann["quotes"]:
            rows.append({
                "quote_id": f"{did}:q{q['start_char']}", "doc_id": did, "sentence_id": segment.sentence_id(did, q["sent_index"]),
                "start_char": q["start_char"], "end_char": q["end_char"], "text": q["text"], "speaker": q["speaker"],
                "speaker_actor_id": actor_of.get((did, q["speaker_mention"])) if q["speaker_mention"] is not None else None,
                "cue": q["cue"], "attribution": q["attribution"], "is_fragment": q["is_fragment"], "closed": q["closed"],
            })
    info = _doc_info(docs)
    groups = stories.quote_groups([{**r, "story_id": info[r["doc_id"]][0], "order": (info[r["doc_id"]][2], r["start_char"])}
                                   for r in rows])
    for r in rows:
        r["quote_group_id"] = groups[r["quote_id"]]
    return frame(rows, Quotes)


def build_events(store: TableStore, docs: pd.DataFrame, mentions: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    from schemas import Events

    actor_of = _actor_of(mentions)
    country_of = {a: (None if pd.isna(c) else c) for a, c in zip(actors["actor_id"], actors["country"])}
    rows = []
    for row, ann in iter_annotations(store, docs):
        did = row["doc_id"]
        for e in ann["events"]:
            src = list(dict.fromkeys(actor_of[(did, s)] for s in e["sources"] if (did, s) in actor_of))
            tgt = [a for a in dict.fromkeys(actor_of[(did, s)] for s in e["targets"] if (did, s) in actor_of)
                   if a not in src or e["event_type"] in events_mod.SYMMETRIC]
            source_country, basis = events_mod.source_country([country_of.get(a) for a in src], e.get("location_country"))
            rows.append({
                "event_id": f"{did}:e{e['trigger_start']}", "doc_id": did, "sentence_id": segment.sentence_id(did, e["sent_index"]),
                "event_type": e["event_type"], "mode": e["mode"], "trigger": e["trigger"],
                "trigger_start": e["trigger_start"], "trigger_end": e["trigger_end"],
                "source_actor_id": src[0] if src else None, "target_actor_id": tgt[0] if tgt else None,
                "source_actor_ids": src, "target_actor_ids": tgt, "source_text": e["source_text"],
                "target_text": e["target_text"], "date": e["date"], "date_source": e["date_source"],
                "is_claim": e["is_claim"],
                "claimant_actor_id": actor_of.get((did, e["claimant"])) if e["claimant"] is not None else None,
                "negated": e["negated"], "modality": e["modality"], "evidence": e["evidence"],
                "location_country": e.get("location_country"), "source_country": source_country,
                "source_country_basis": basis,
            })
    info = _doc_info(docs)
    groups = stories.event_groups([{**r, "story_id": info[r["doc_id"]][0], "order": (info[r["doc_id"]][2], r["trigger_start"])}
                                   for r in rows], events_mod.SYMMETRIC)
    for r in rows:
        r["story_event_id"] = groups[r["event_id"]]
    return frame(rows, Events)


def build_stories(docs: pd.DataFrame, actors: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per story: representative title, date range, sizes, sources, main actors."""
    from schemas import Stories

    info = _doc_info(docs)
    name = dict(zip(actors["actor_id"], actors["name"]))
    actor_docs: dict[str, dict[str, set]] = {}
    actor_mentions: dict[str, dict[str, int]] = {}
    for d, a in zip(mentions["doc_id"], mentions["actor_id"]):
        st = info[d][0]
        actor_docs.setdefault(st, {}).setdefault(a, set()).add(d)
        actor_mentions.setdefault(st, {})
        actor_mentions[st][a] = actor_mentions[st].get(a, 0) + 1
    # plain lists, one pass: a pandas groupby with per-group filters costs about a millisecond a story
    doc_ids, story_ids, titles = docs["doc_id"].tolist(), docs["story_id"].tolist(), docs["title"].tolist()
    canonical_flags = docs["duplicate_of"].isna().tolist()
    dates_, sources = docs["publication_date"].tolist(), docs["source"].tolist()
    members: dict[str, list[int]] = {}
    for i, st in enumerate(story_ids):
        members.setdefault(st, []).append(i)
    rows = []
    for st in sorted(members):
        idx = members[st]
        canon = [i for i in idx if canonical_flags[i]]
        titled = sorted((info[doc_ids[i]][2], titles[i]) for i in canon if not pd.isna(titles[i]) and titles[i])
        dates = [dates_[i] for i in idx if not pd.isna(dates_[i])]
        ranked = sorted(actor_docs.get(st, {}), key=lambda a: (-len(actor_docs[st][a]), -actor_mentions[st][a], a))[:5]
        story_sources = sorted({sources[i] for i in idx if not pd.isna(sources[i])})
        rows.append({
            "story_id": st, "title": titled[0][1] if titled else None,
            "first_publication_date": min(dates) if dates else None, "last_publication_date": max(dates) if dates else None,
            "n_documents": len(idx), "n_canonical_documents": len(canon),
            "n_sources": len(story_sources), "sources": story_sources,
            "main_actor_ids": ranked, "main_actors": [name[a] for a in ranked],
        })
    return frame(rows, Stories)


def build_story_events(docs: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per story event: its mentions, documents and sources counted, earliest evidence kept."""
    from schemas import StoryEvents

    info = _doc_info(docs)
    precision = {"sentence": 0, "publication_date": 1, None: 2}
    rows = []
    records = events.to_dict("records")
    by_group: dict[str, list[dict]] = {}
    for e in records:
        by_group.setdefault(e["story_event_id"], []).append(e)
    for gid in sorted(by_group):
        members = sorted(by_group[gid], key=lambda e: (info[e["doc_id"]][2], e["trigger_start"]))
        first = members[0]
        dated = [e for e in members if not pd.isna(e["date"])]
        best = min(dated, key=lambda e: (precision[e["date_source"]], -len(e["date"]))) if dated else first
        rows.append({
            "story_event_id": gid, "story_id": info[first["doc_id"]][0], "event_type": first["event_type"],
            "source_actor_ids": list(first["source_actor_ids"]), "target_actor_ids": list(first["target_actor_ids"]),
            "date": None if pd.isna(best["date"]) else best["date"],
            "date_source": None if pd.isna(best["date_source"]) else best["date_source"],
            "n_mentions": len(members), "n_documents": len({e["doc_id"] for e in members}),
            "n_sources": len({info[e["doc_id"]][1] for e in members}),
            "first_event_id": first["event_id"], "first_doc_id": first["doc_id"], "evidence": first["evidence"],
        })
    return frame(rows, StoryEvents)
