"""Exact and near-duplicate detection.

* exact: equal `content_hash` (text equal after folding case and whitespace), published within
  dedup.max_days_apart days of each other: the same words weeks apart are a routine item about another day
  ("The Bundesbank left credit policies unchanged after today's regular meeting ...");
* near: MinHash over word 5-grams (datasketch), candidates from LSH banding, never pairwise loops.
  A candidate pair is a duplicate when the MinHash Jaccard estimate reaches the
  threshold and the numbers in the two texts mostly agree: templated wire items
  ("... rose 3.2 pct in week ended March 6") share their words but not their numbers,
  and they are different stories. Dated near duplicates must also lie within dedup.max_days_apart days.
* contained: a syndicated copy (new headline and dateline, a paragraph cut, a quote shortened, furniture
  added) falls below that Jaccard, but most of its shingles are still in the original. Candidates come from a
  second LSH banding at a lower Jaccard (dedup.containment_candidates); each is checked exactly on the two
  shingle sets: the shorter text is a copy when at least dedup.containment of its shingles are in the longer,
  it has at least dedup.containment_min_shingles of them (a short item says too little to be called a copy),
  most of its figures are in the longer (dedup.number_agreement) and the dates lie within the window.

The canonical copy of a group is the earliest published one (undated last), then the
longest, then the smallest doc_id, among the members no other member contains (the fuller text holds all a
contained copy says); every other member points to it in `duplicate_of`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from pipeline.config import settings
from pipeline.ids import normalized_text

if TYPE_CHECKING:
    from datasketch import MinHash

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class DedupItem:
    doc_id: str
    text: str
    content_hash: str
    publication_date: dt.date | None


def shingles(text: str, k: int | None = None) -> set[str]:
    """Word k-grams of the normalised text (k: dedup.shingle)."""
    k = k or settings().dedup.shingle
    words = _WORD.findall(normalized_text(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def _numbers_agree(a: set[str], b: set[str]) -> bool:
    if not a and not b:
        return True
    return len(a & b) / max(len(a | b), 1) >= settings().dedup.number_agreement


def _numbers_contained(shorter: set[str], longer: set[str]) -> bool:
    """The figures of a contained copy are mostly those of the text that contains it (a cut paragraph takes
    its figures with it; a templated item about another day has other figures)."""
    if not shorter:
        return True
    return len(shorter & longer) / len(shorter) >= settings().dedup.number_agreement


def _shingle_hashes(text: str) -> np.ndarray:
    """The text's shingles as sorted distinct 64-bit hashes (stable across processes), for exact set sizes."""
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles(text))
    return np.unique(np.frombuffer(digests, dtype=np.uint64))


class _UnionFind:
    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _dates_close(a: DedupItem, b: DedupItem) -> bool:
    """Re-transmissions and corrections follow within hours; the same template a week later
    ("Fed adds reserves via customer repurchases") is another day's item."""
    if a.publication_date is None or b.publication_date is None:
        return True
    return abs((a.publication_date - b.publication_date).days) <= settings().dedup.max_days_apart


def _band_pairs(sigs: np.ndarray, valid: np.ndarray, bands: int, rows: int) -> list[tuple[int, int]]:
    """Candidate pairs (i < j) of LSH banding: rows whose signatures agree on all `rows` values of at least one
    of `bands` bands (datasketch's layout for the threshold). Grouped with numpy per band, so no index of
    Python objects is built: memory is the signature matrix."""
    idx = np.flatnonzero(valid)
    pairs: set[tuple[int, int]] = set()
    for k in range(bands):
        band = np.ascontiguousarray(sigs[idx, k * rows : (k + 1) * rows]).view(np.dtype((np.void, 8 * rows))).ravel()
        _, label = np.unique(band, return_inverse=True)
        order = np.argsort(label, kind="stable")
        bounds = np.flatnonzero(np.diff(label[order])) + 1
        for group in np.split(order, bounds):
            if len(group) > 1:
                members = sorted(int(idx[g]) for g in group)
                pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1 :])
    return sorted(pairs)


# shingles hashed per batch: datasketch builds a (shingles x num_perm) array per batch, 1 KiB a shingle, so a
# multi-megabyte text in one batch would take gigabytes; the signature (a minimum) is the same in any batches
_MINHASH_BATCH = 10_000


def _update_in_chunks(m: MinHash, shingle_set: set[str]) -> None:
    batch: list[bytes] = []
    for s in shingle_set:
        batch.append(s.encode("utf-8"))
        if len(batch) == _MINHASH_BATCH:
            m.update_batch(batch)
            batch = []
    if batch:
        m.update_batch(batch)


def _canonical_key(item: DedupItem):
    date = item.publication_date or dt.date.max
    return (date, -len(item.text), item.doc_id)


def find_duplicates(items: list[DedupItem], threshold: float | None = None) -> dict[str, tuple[str, str]]:
    """Map doc_id -> (canonical doc_id, 'exact'|'near') for every non-canonical document."""
    from datasketch import MinHash, MinHashLSH

    threshold = settings().dedup.threshold if threshold is None else threshold
    num_perm = settings().dedup.num_perm

    by_id = {it.doc_id: it for it in items}
    uf = _UnionFind(by_id)

    # equal texts in date order: each joins the copy before it when published within the window (undated copies
    # join the latest dated one); a gap starts another item, represented by its own first copy below
    by_hash: dict[str, list[DedupItem]] = {}
    for it in items:
        by_hash.setdefault(it.content_hash, []).append(it)
    representatives: list[str] = []
    for copies in by_hash.values():
        copies.sort(key=_canonical_key)
        representatives.append(copies[0].doc_id)
        for before, it in zip(copies, copies[1:]):
            if _dates_close(before, it):
                uf.union(before.doc_id, it.doc_id)
            else:
                representatives.append(it.doc_id)

    unique = [by_id[d] for d in sorted(representatives)]
    template = MinHash(num_perm=num_perm, seed=1)  # permutations made once, shared by every signature
    sigs = np.zeros((len(unique), num_perm), dtype=np.uint64)  # one row of hash values per text: 1 KiB
    has_words = np.zeros(len(unique), dtype=bool)
    n_shingles = np.zeros(len(unique), dtype=np.int64)
    for i, it in enumerate(unique):
        sh = shingles(it.text)
        if sh:
            m = MinHash(num_perm=num_perm, seed=1, permutations=template.permutations, scheme=template.scheme)
            _update_in_chunks(m, sh)
            sigs[i], has_words[i], n_shingles[i] = m.hashvalues, True, len(sh)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)  # only for its band layout (b bands of r rows)
    near: set[tuple[int, int]] = set()
    for i, j in _band_pairs(sigs, has_words, lsh.b, lsh.r):
        a, b = unique[i], unique[j]
        if (
            float(np.mean(sigs[i] == sigs[j])) >= threshold
            and _dates_close(a, b)
            and _numbers_agree(_numbers(a.text), _numbers(b.text))
        ):
            uf.union(a.doc_id, b.doc_id)
            near.add((i, j))
    contained = _contained_copies(
        unique, sigs, has_words & (n_shingles >= settings().dedup.containment_min_shingles), near, uf
    )

    groups: dict[str, list[DedupItem]] = {}
    for it in items:
        groups.setdefault(uf.find(it.doc_id), []).append(it)
    out: dict[str, tuple[str, str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        inside = {it.content_hash for it in members if it.doc_id in contained}  # and the exact copies of those
        containers = [it for it in members if it.content_hash not in inside]
        canon = min(containers or members, key=_canonical_key)
        for it in members:
            if it.doc_id != canon.doc_id:
                kind = "exact" if it.content_hash == canon.content_hash else "near"
                out[it.doc_id] = (canon.doc_id, kind)
    return out


def _contained_copies(
    unique: list[DedupItem], sigs: np.ndarray, eligible: np.ndarray, near: set[tuple[int, int]], uf: _UnionFind
) -> set[str]:
    """Join each text mostly contained in a longer one (dedup.containment) to it; return the doc_ids of the
    contained copies. Candidates are LSH pairs at the lower Jaccard dedup.containment_candidates (a copy of
    four fifths of a text has a Jaccard of about 0.67 with it, and less when the original is longer still);
    containment is then computed exactly on the two shingle sets, so no estimate decides a pair."""
    from datasketch import MinHashLSH

    ded = settings().dedup
    if ded.containment <= 0:
        return set()
    lsh = MinHashLSH(threshold=ded.containment_candidates, num_perm=sigs.shape[1])
    hashes: dict[int, np.ndarray] = {}

    def shingle_set(i: int) -> np.ndarray:
        if i not in hashes:
            hashes[i] = _shingle_hashes(unique[i].text)
        return hashes[i]

    contained: set[str] = set()
    for i, j in _band_pairs(sigs, eligible, lsh.b, lsh.r):
        if (i, j) in near:
            continue
        a, b = unique[i], unique[j]
        if not _dates_close(a, b):
            continue
        sa, sb = shingle_set(i), shingle_set(j)
        (short, s_short), (long, s_long) = sorted(((a, sa), (b, sb)), key=lambda p: (len(p[1]), p[0].doc_id))
        if len(s_short) < ded.containment_min_shingles:
            continue
        share = np.intersect1d(s_short, s_long, assume_unique=True).size / len(s_short)
        if share >= ded.containment and _numbers_contained(_numbers(short.text), _numbers(long.text)):
            uf.union(a.doc_id, b.doc_id)
            if len(s_short) < len(s_long):
                contained.add(short.doc_id)
    return contained
