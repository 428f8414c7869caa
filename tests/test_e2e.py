"""End to end: materialize every asset on the sample and score the output against the gold."""

import hashlib
import shutil

import pandas as pd
import pytest

from schemas._types import PLOVER_TYPES
from tests.conftest import GOLD, ROOT

TABLES = [
    "documents",
    "rejects",
    "sentences",
    "dates",
    "actors",
    "actor_mentions",
    "quotes",
    "events",
    "stories",
    "story_events",
]
REQUIRED = {
    "documents": ["doc_id", "source", "path", "title", "publication_date", "text", "content_hash", "duplicate_of"],
    "rejects": ["source", "path", "reason"],
    "sentences": ["sentence_id", "doc_id", "start_char", "end_char", "text"],
    "dates": ["doc_id", "sentence_id", "text", "start_char", "end_char", "value"],
    "actors": ["actor_id", "name", "type", "country", "aliases"],
    "quotes": ["quote_id", "doc_id", "text", "speaker", "speaker_actor_id"],
    "events": ["event_id", "doc_id", "sentence_id", "event_type", "source_actor_id", "target_actor_id", "date"],
}


def materialize(raw, out):
    from pipeline.runner import run_pipeline

    outcome = run_pipeline(str(raw), str(out))
    assert outcome.success, outcome.failures
    assert not outcome.checks_failed, outcome.checks_failed
    return outcome


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(ROOT / "raw" / "sample", raw / "sample")
    # a syndicated copy of one article in another source: a duplicate, not a new story
    (raw / "syndicated").mkdir()
    shutil.copy(ROOT / "raw" / "sample" / "003_56873b67db2e050e.txt", raw / "syndicated" / "copy.txt")
    out = tmp_path_factory.mktemp("out")
    result = materialize(raw, out)
    return raw, out, result


def digest(out):
    h = {}
    for t in TABLES:
        for f in sorted((out / t).glob("*.parquet")):
            h[t] = hashlib.sha256(f.read_bytes()).hexdigest()
    return h


def test_all_tables_with_contract_columns(sample_run):
    from pipeline.store.storage import TableStore

    _, out, _ = sample_run
    store = TableStore(out)
    for table in TABLES:
        df = store.read(table)
        for col in REQUIRED.get(table, []):
            assert col in df.columns, (table, col)
    docs = store.read("documents")
    assert len(docs) == 6 and docs["duplicate_of"].notna().sum() == 1
    assert (docs[docs["duplicate_of"].notna()]["duplicate_kind"] == "exact").all()
    events = store.read("events")
    assert len(events) > 0 and set(events["event_type"]) <= set(PLOVER_TYPES)


def test_referential_integrity(sample_run):
    from pipeline.store.storage import TableStore

    store = TableStore(sample_run[1])
    docs, sents = store.read("documents"), store.read("sentences")
    actors = set(store.read("actors")["actor_id"])
    assert set(sents["doc_id"]) <= set(docs["doc_id"])
    for t in ("dates", "quotes", "events", "actor_mentions"):
        assert set(store.read(t)["sentence_id"]) <= set(sents["sentence_id"]), t
    assert set(store.read("actor_mentions")["actor_id"]) <= actors
    q = store.read("quotes")["speaker_actor_id"].dropna()
    assert set(q) <= actors
    ev = store.read("events")
    assert set(ev["source_actor_id"].dropna()) | set(ev["target_actor_id"].dropna()) <= actors
    # offsets point into the clean text
    text = dict(zip(docs["doc_id"], docs["text"]))
    for r in sents.head(50).itertuples():
        assert text[r.doc_id][r.start_char : r.end_char] == r.text


def test_stories_and_events_counted_once(sample_run):
    from pipeline.store.storage import TableStore

    store = TableStore(sample_run[1])
    docs, stories_, story_events = store.read("documents"), store.read("stories"), store.read("story_events")
    assert set(docs["story_id"]) == set(stories_["story_id"])
    assert stories_["n_documents"].sum() == len(docs)
    # the syndicated copy is in its original's story, which now has two sources
    copy = docs[docs["duplicate_of"].notna()].iloc[0]
    original = docs[docs["doc_id"] == copy["duplicate_of"]].iloc[0]
    assert copy["story_id"] == original["story_id"]
    assert stories_.set_index("story_id").loc[copy["story_id"], "n_sources"] == 2
    # the articles about Xi's September 2022 visit (two dated, two not) are one story
    by_file = {p.split("/")[-1][:3]: s for p, s in zip(docs["path"], docs["story_id"])}
    assert by_file["000"] == by_file["001"] == by_file["002"] == by_file["003"]
    # Xi's September meeting with Tokayev, reported by two articles, is one story event with its counts
    # (their January phone call, told by the background article, is another)
    actors = store.read("actors")
    xi = actors[actors["name"] == "Xi Jinping"]["actor_id"].iloc[0]
    tokayev = actors[actors["name"] == "Kassym-Jomart Tokayev"]["actor_id"].iloc[0]
    meeting = story_events[
        (story_events["event_type"] == "CONSULT")
        & story_events.apply(lambda r: {xi, tokayev} <= set(r["source_actor_ids"]) | set(r["target_actor_ids"]), axis=1)
        & story_events["date"].fillna("").str.startswith("2022-09")
    ]
    assert len(meeting) == 1
    assert meeting.iloc[0]["n_documents"] >= 2 and meeting.iloc[0]["n_mentions"] >= meeting.iloc[0]["n_documents"]
    assert meeting.iloc[0]["date"] == "2022-09-14"
    events = store.read("events")
    assert set(events["story_event_id"]) == set(story_events["story_event_id"])
    assert story_events["n_mentions"].sum() == len(events)
    quotes = store.read("quotes")
    assert quotes["quote_group_id"].nunique() < len(quotes)  # the same Xi quote in two translations


def test_second_run_gives_identical_tables(sample_run, tmp_path):
    raw, out, _ = sample_run
    out2 = tmp_path / "again"
    materialize(raw, out2)
    assert digest(out) == digest(out2)


def test_readers(sample_run):
    import duckdb
    import pyarrow.dataset as ds

    out = sample_run[1]
    for t in TABLES:
        assert pd.read_parquet(out / t) is not None
        assert ds.dataset(out / t, format="parquet").count_rows() >= 0
    n = duckdb.connect().execute(f"select count(*) from read_parquet('{out}/events/*.parquet')").fetchall()[0][0]
    assert n > 0


@pytest.mark.skipif(not GOLD.exists(), reason=f"shared gold not available ({GOLD}): the sample is not scored")
def test_gold_scores(sample_run):
    from evaluation.evaluate import score_gold

    f = score_gold(str(sample_run[1]), str(GOLD)).figures
    assert f["quotes: recall (required)"] >= 0.96
    assert f["quotes: speaker right (of required)"] >= 0.92
    assert f["quotes: precision (extracted matching gold)"] >= 0.85
    assert f["dates: recall (required)"] >= 0.95
    assert f["dates: wrong values (all gold dates)"] <= 2
    assert f["actors: split"] == 0 and f["actors: merged"] == 0
    assert f["actors: country right (where stated)"] >= 0.8
    assert f["boilerplate phrases left"] == 0
    assert f["publication dates read"] == "2/2"
    assert f["events: recall (required)"] >= 0.5


def test_reading_samples_show_events_and_actors_with_their_evidence(sample_run):
    from evaluation.sample import sample_actors, sample_events

    events = sample_events(str(sample_run[1]), n=5, seed=1)
    assert len(events) == 5 and all("[EVT " in b and "confidence" in b for b in events)
    actors = sample_actors(str(sample_run[1]), n=5, seed=1)
    assert len(actors) == 5 and all("[A " in b and "mentions in" in b for b in actors)
    assert sample_actors(str(sample_run[1]), n=5, seed=1) == actors  # the same seed draws the same actors


def test_a_gold_yield_accepts_plover_1_concede_and_retreat():
    from evaluation.evaluate import gold_types

    assert gold_types(["YIELD", "AGREE"]) == {"YIELD", "CONCEDE", "RETREAT", "AGREE"}
    assert gold_types(["RETREAT"]) == {"RETREAT"}
    # PLOVER's earlier DEMAND and DISAPPROVE are 1.0's REQUEST and ACCUSE
    assert gold_types(["DEMAND"]) == {"DEMAND", "REQUEST"} and gold_types(["DISAPPROVE"]) == {"DISAPPROVE", "ACCUSE"}


def test_a_gold_date_fits_an_iso_week_that_lies_within_it_or_holds_it():
    from evaluation.evaluate import _date_fits

    assert _date_fits("2026-W03", "2026-01") and _date_fits("2026-01-14", "2026-W03")
    assert _date_fits("2026-W03", "2026-01-14")  # the week holds the day
    assert not _date_fits("2026-W05", "2026-01")  # 26 January to 1 February: not within January
    assert not _date_fits("2026-W03", "2026-02")


def test_a_gold_government_is_its_state_acting_never_another_body_of_that_state():
    from evaluation.evaluate import GoldFile, _actor_matches, _GoldActors

    gold = GoldFile(
        actors=[
            {"name": "Government of Ruritania", "type": "ORG", "country": "RUR", "aliases": ["the government"]},
            {"name": "Ruritanian Rail", "type": "ORG", "country": "RUR", "aliases": ["Ruritanian Rail"]},
            {"name": "Kurdistan Regional Government", "type": "ORG", "country": "IRQ", "aliases": ["the government"]},
            {"name": "Government of Belgium", "type": "ORG", "country": "BEL", "aliases": ["the government"]},
            {"name": "Scottish Government", "type": "ORG", "country": "GBR", "aliases": ["the government"]},
            {"name": "Irish government", "type": "ORG", "country": "IRL", "aliases": ["the government"]},
        ],
        speaker_aliases={},
        documents=[],
    )

    class Out:
        actors = {
            "s": {"name": "Ruritania", "type": "GPE", "country": "RUR", "aliases": ["Ruritania"]},
            "o": {"name": "Ruritania Post", "type": "ORG", "country": "RUR", "aliases": ["Ruritania Post"]},
        }

        def actor_names(self, aid):
            return {self.actors[aid]["name"].lower()}

    ga = _GoldActors(gold)
    assert ga.is_government("Government of Belgium") and not ga.is_government("Irish government")  # by its name only
    # a regional government is no state's
    assert not ga.is_government("Kurdistan Regional Government") and not ga.is_government("Scottish Government")
    assert not ga.is_government("Government of Ruritania")  # no state of that name
    assert not _actor_matches("o", ["Government of Belgium"], Out(), ga)
    assert not _actor_matches("s", ["Ruritanian Rail"], Out(), ga)  # a firm of the state is no state
