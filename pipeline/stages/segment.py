"""Sentence segmentation: the sentences of each parsed document, with offsets into its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.records import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentence_id(doc_id: str, index: int) -> str:
    """`<doc_id>:<index>`."""
    return f"{doc_id}:{index}"


def split_sentences(doc: Doc) -> list[Sentence]:
    """Sentences of a spaCy Doc, whitespace trimmed; paragraph numbers count blank-line breaks."""
    from pipeline.stages.parse import sents_of, text_of

    text = text_of(doc)
    out: list[Sentence] = []
    paragraph = 0
    prev_end = 0
    for sent in sents_of(doc):
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if out and "\n" in text[prev_end:start]:
            paragraph += 1
        out.append(Sentence(len(out), paragraph, start, end, text[start:end]))
        prev_end = end
    return out
