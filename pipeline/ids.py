"""Stable, content-derived identifiers: the same input always gives the same IDs."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def short_hash(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def doc_id(source: str, path: str, text: str) -> str:
    return "d" + short_hash(source, path, text)


def actor_id(name: str) -> str:
    """An actor's ID: its canonical name alone, case and spacing folded. The type is an attribute decided from the
    evidence of all its mentions, never part of the identity: one entity, one ID, whatever type a mention guessed."""
    return "a" + short_hash(" ".join(name.casefold().split()), length=12)


def normalized_text(text: str) -> str:
    """Case- and whitespace-folded text: equal for exact duplicates that differ only in layout."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalized_text(text).encode("utf-8")).hexdigest()


def text_hash(text: str) -> str:
    """The exact text's hash (no folding): what a parse and its annotations are saved under, since their offsets
    are those of these very characters (content_hash folds case and whitespace, for finding duplicates)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
