"""`python -m pipeline sample-quotes`: N quotes drawn at random from an output directory, each with the paragraphs
around it (the quote and its speaker's mention marked), its speaker, the speaker's type and actor, and how the speaker
was found, numbered for a person to judge (is the speaker the person, organisation or document that said it, or is
it rightly none?)."""

from __future__ import annotations

import pandas as pd

from evaluation.sample import _mark, draw, spans_by_doc
from pipeline.store.storage import TableStore


def _context(text: str, start: int, end: int, chars: int) -> tuple[int, str]:
    """(offset, text) around [start, end): up to `chars` characters on each side, widened to whole words."""
    lo, hi = max(start - chars, 0), min(end + chars, len(text))
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, text[lo:hi]


def _value(v: object) -> str:
    return "-" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)


def sample_quotes(output_dir: str, n: int = 40, seed: int = 7, context_chars: int = 250) -> list[str]:
    """Printable blocks for `n` random quotes (fragments left out; fewer when the table is smaller)."""
    store = TableStore(output_dir)
    quotes = store.read("quotes")
    if not len(quotes):
        return []
    quotes = quotes[~quotes["is_fragment"]].reset_index(drop=True)
    docs = store.read("documents").set_index("doc_id")
    mentions = store.read("actor_mentions")
    actors = store.read("actors").set_index("actor_id")
    spans_of = spans_by_doc(mentions)
    rows = draw(quotes, n, seed)
    blocks = []
    for k, (_, q) in enumerate(rows.iterrows(), 1):
        doc = docs.loc[q["doc_id"]]
        text = doc["text"]
        lo, context = _context(text, int(q["start_char"]), int(q["end_char"]), context_chars)
        marks = [(int(q["start_char"]), int(q["end_char"]), "Q")]
        actor = "-"
        if pd.notna(q["speaker_actor_id"]) and q["speaker_actor_id"] in actors.index:
            a = actors.loc[q["speaker_actor_id"]]
            actor = f"{a['name']} ({a['type']})"
            marks += [
                (int(s), int(e), "S")
                for s, e, a_id in spans_of.get(q["doc_id"], [])
                if a_id == q["speaker_actor_id"] and lo <= s and e <= lo + len(context)
            ]
        blocks.append(
            "\n".join(
                [
                    f"#{k} speaker: {_value(q['speaker'])}  [{q.get('speaker_type', '-')}, by {q['attribution']}"
                    f"{', cue ' + q['cue'] if pd.notna(q['cue']) else ''}]  actor: {actor}  {q['quote_id']}",
                    f"   article: {_value(doc['title'])} | {doc['source']}",
                    "   " + _mark(context, lo, marks).replace("\n", "\n   "),
                ]
            )
        )
    return blocks
