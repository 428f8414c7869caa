"""Long documents: the per-document stages give on a long text what they give on its pieces (their lookups are
indexed, never scans of the document, and the indexes answer as the scans did); documents over the size limit
are rejected whole (`too_long`); a document whose rule stages run past the time budget is recorded and the
others go on. No timings here: `python -m pipeline bench --long` measures the speed."""

import json
import random

import pytest

from pipeline.config import Settings, use
from pipeline.stages import actors, coref
from pipeline.stages.annotate import KINDS, STAGES, annotate, records_of
from pipeline.stages.dates import _Taken
from pipeline.stages.dates.tokens import sentence_start
from pipeline.stages.ingest import ingest
from pipeline.stages.quotes import find_quote_spans
from pipeline.stages.records import Incomplete, to_cache

ARTICLE = (
    "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Wednesday, and the two "
    "leaders signed a trade agreement on March 3, 2022.\n\n"
    "“We will support Kazakhstan in every way we can,” Xi said. He added that the Shanghai Cooperation "
    "Organisation (SCO) would meet next month in Beijing.\n\n"
    "Tokayev thanked China for its help. “This is a new chapter for our two nations,” he told reporters, "
    "according to Xinhua News Agency.\n\n"
    "Protesters rallied in Almaty last week and police arrested three journalists, the SCO said on Friday.\n\n"
)
COPIES = 60

OFFSETS = ("start_char", "end_char", "trigger_start", "trigger_end", "speaker_mention", "claimant")


@pytest.fixture(scope="module")
def piece(nlp):
    return nlp(ARTICLE)


@pytest.fixture(scope="module")
def long_doc(piece):
    """COPIES copies of the article in one Doc, joined as the parse joins the parts of a long text."""
    from spacy.tokens import Doc

    return Doc.from_docs([piece] * COPIES, ensure_whitespace=False)


def _shift(row: dict, chars: int, sentences: int, paragraphs: int) -> dict:
    out = dict(row)
    for name in OFFSETS:
        if out.get(name) is not None:
            out[name] += chars
    for name in ("sources", "targets"):
        if name in out:
            out[name] = [o + chars for o in out[name]]
    for name in ("sent_index", "index"):
        if name in out:
            out[name] += sentences
    if "paragraph" in out:
        out["paragraph"] += paragraphs
    return out


def _cached(doc, pub) -> dict[str, list[dict]]:
    return {kind: to_cache(records) for kind, records in records_of(doc, pub).items()}


def test_the_stages_give_on_a_long_text_what_they_give_on_its_pieces(piece, long_doc, pub):
    one = _cached(piece, pub)
    whole = _cached(long_doc, pub)
    assert long_doc.text == ARTICLE * COPIES
    assert one["quotes"] and one["events"] and one["dates"] and any(m["key"] for m in one["mentions"])
    n_sentences = len(one["sentences"])
    n_paragraphs = one["sentences"][-1]["paragraph"] + 1
    for kind in KINDS:
        expected = [
            _shift(row, k * len(ARTICLE), k * n_sentences, k * n_paragraphs) for k in range(COPIES) for row in one[kind]
        ]
        assert whole[kind] == expected, kind


def test_sentence_lookups_agree_with_spacy(long_doc):
    text = long_doc.text
    for char in list(range(0, len(text), 97)) + [len(text) - 1, len(text)]:
        span = long_doc.char_span(char, min(char + 1, len(text)), alignment_mode="expand")
        expected = span.sent.start_char if span is not None and len(span) else -1
        assert sentence_start(long_doc, char) == expected


def test_mention_lookups_agree_with_a_scan_of_every_mention(long_doc):
    mentions = actors.extract_mentions(long_doc)
    spans = find_quote_spans(long_doc.text)
    assert len(mentions) > 5 * COPIES and spans
    unordered = list(reversed(mentions))  # a list made by hand: looked up one by one
    for tok in list(long_doc)[::5]:
        scan = next((m for m in mentions if m.start_char <= tok.idx < m.end_char), None)
        assert coref.mention_for_token(tok, mentions) is scan
        assert coref.mention_for_token(tok, unordered) is scan
        subtree = {t.idx: t.i for t in tok.subtree}
        inside = [(m, subtree[m.start_char]) for m in mentions if m.start_char in subtree]
        assert coref.mentions_in(tok, mentions) == inside
    for lo in range(0, len(long_doc.text), 211):
        assert coref.mentions_starting(mentions, lo, lo + 90) == [m for m in mentions if lo <= m.start_char < lo + 90]
    for char in range(0, len(long_doc.text), 13):
        assert coref.in_any_span(spans, char) == any(s.start_char - 1 <= char <= s.end_char for s in spans)


def _pronoun_by_scan(word, before, mentions, excluded, after, accept):
    kinds = (
        {"PERSON"}
        if word in coref.PRONOUNS_PERSON
        else ({"ORG", "GPE"} if word in ("it", "its") else {"PERSON", "ORG", "GPE", "NORP"})
    )
    best = None
    for m in mentions:
        if m.start_char >= before:
            break
        if m.start_char < after or (accept is not None and not accept(m)):
            continue
        if m.type in kinds and not any(s.start_char - 1 <= m.start_char <= s.end_char for s in excluded):
            best = m
    return best


def test_pronouns_resolve_as_a_scan_of_every_mention_would(long_doc):
    mentions = actors.extract_mentions(long_doc)
    spans = find_quote_spans(long_doc.text)
    rng = random.Random(17)
    not_gpe = lambda m: m.type != "GPE"  # noqa: E731
    for _ in range(400):
        before = rng.randrange(len(long_doc.text) + 1)
        after = max(0, before - rng.choice([0, 300, 5000]))
        word = rng.choice(["he", "she", "it", "its", "they"])
        excluded = rng.choice([(), spans])
        accept = rng.choice([None, not_gpe])
        expected = _pronoun_by_scan(word, before, mentions, excluded, after, accept)
        assert coref.resolve_pronoun(word, before, mentions, excluded, after, accept) is expected


def test_taken_spans_overlap_as_a_scan_would():
    rng = random.Random(3)
    taken, plain = _Taken(), []
    for _ in range(3000):
        s = rng.randrange(20000)
        span = (s, s + rng.choice([0, 1, 3, 8, 40]))
        expected = any(span[0] < e and s0 < span[1] for s0, e in plain)
        assert taken.overlaps(span) == expected
        if not expected:
            taken.add(span)
            plain.append(span)


def test_a_document_over_the_size_limit_is_rejected_whole(tmp_path):
    words = "The minister met his counterpart in the capital and signed a trade agreement. "
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "long.txt").write_text(words * 40, encoding="utf-8")
    (tmp_path / "wire" / "short.txt").write_text(words * 2, encoding="utf-8")
    records = [{"id": "a", "text": words * 40}, {"id": "b", "text": words * 3}]
    (tmp_path / "wire" / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with use(Settings().with_overrides({"ingest.max_chars": 1000})):
        result = ingest(tmp_path)
    assert sorted(d.path for d in result.documents) == ["wire/feed.jsonl#b", "wire/short.txt"]
    rejects = {r.path: r for r in result.rejects}
    assert sorted(rejects) == ["wire/feed.jsonl#a", "wire/long.txt"]
    assert {r.reason for r in rejects.values()} == {"too_long"}
    assert "ingest.max_chars" in rejects["wire/long.txt"].detail
    # the default is generous: the same files are all documents
    assert len(ingest(tmp_path).documents) == 4


def test_the_size_limit_is_a_documented_reject_reason():
    from schemas import Rejects

    assert "`too_long`" in Rejects.to_schema().columns["reason"].description
    assert Settings().ingest.max_chars >= 1_000_000


def test_a_document_past_the_time_budget_is_recorded_and_the_run_goes_on(parse, pub, caplog):
    doc = parse(ARTICLE)
    complete = records_of(doc, pub)
    assert "incomplete" not in complete and complete["events"]
    with use(Settings().with_overrides({"run.rule_budget_seconds": "1e-9"})), caplog.at_level("WARNING"):
        cut = records_of(doc, pub)
        cached = annotate(parse(ARTICLE), pub)
    assert cut["sentences"] == complete["sentences"]  # the first stage always runs
    assert all(cut[kind] == [] for kind in ("dates", "mentions", "quotes", "events", "dropped_events"))
    (note,) = cut["incomplete"]
    assert isinstance(note, Incomplete) and note.skipped == list(STAGES[1:]) and note.seconds > 0
    assert cached["incomplete"][0]["skipped"] == list(STAGES[1:])
    assert "over their budget" in caplog.text and "dates, actors, quotes, events skipped" in caplog.text
    # 0 turns the budget off; the next document is annotated in full
    with use(Settings().with_overrides({"run.rule_budget_seconds": "0"})):
        assert records_of(doc, pub) == complete
    assert records_of(doc, pub) == complete


def test_a_stage_that_fails_on_one_document_is_recorded_and_the_run_goes_on(parse, pub, caplog, monkeypatch):
    from pipeline.stages import events as events_mod

    doc = parse(ARTICLE)
    complete = records_of(doc, pub)

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(events_mod, "code_events", broken)
    with caplog.at_level("ERROR"):
        cut = records_of(doc, pub)
    assert all(cut[kind] == complete[kind] for kind in ("sentences", "dates", "quotes"))
    # the events stage adds the social groups its sides name to the mentions (pipeline.stages.groups): without it,
    # the mentions are the actors stage's, every one
    assert cut["mentions"] == [m for m in complete["mentions"] if m.type_evidence != "NORP"]
    assert cut["events"] == [] and cut["dropped_events"] == []
    (note,) = cut["incomplete"]
    assert note.skipped == ["events"] and note.error == "events: RecursionError: maximum recursion depth exceeded"
    assert "stage events failed" in caplog.text
    monkeypatch.undo()
    assert records_of(doc, pub) == complete  # the next document is annotated in full


def test_the_time_budget_is_in_no_table_version():
    from pipeline.versioning import _project

    low = Settings().with_overrides({"run.rule_budget_seconds": "1"})
    assert _project().record_version(low) == _project().record_version(Settings())
