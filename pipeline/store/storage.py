"""Where tables and caches live: Parquet tables under `<output>/<table>/`, parses and annotations in caches
(`_cache/`, in folders named by their version: pipeline.versioning), fingerprints in `_meta/`.

Tables are replaced atomically: the new version is written beside the old one and
swapped in with renames, so a reader sees the old table or the new one, never a mix,
and a run killed mid-write leaves the previous table in place.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

PARSE_CACHE = "_cache/parses"
ANNOTATION_CACHE = "_cache/annotations"
STAGING = "_staging"
META = "_meta"


class TableStore:
    def __init__(self, output_dir: str | os.PathLike):
        self.root = Path(output_dir)

    def table_dir(self, name: str) -> Path:
        return self.root / name

    @staticmethod
    def _to_arrow(df: pd.DataFrame) -> pa.Table:
        table = pa.Table.from_pandas(df, preserve_index=False)
        return table.replace_schema_metadata(None)  # same bytes for the same rows

    def write(self, name: str, df: pd.DataFrame, fingerprint: str | None = None) -> Path:
        """Replace table `name` with `df` (one file), atomically."""
        self.root.mkdir(parents=True, exist_ok=True)
        final = self.table_dir(name)
        tmp = final.parent / f".{final.name}.tmp-{uuid.uuid4().hex[:8]}"
        tmp.mkdir(parents=True)
        pq.write_table(self._to_arrow(df), tmp / "part-0.parquet", compression="zstd")
        old = None
        if final.exists():
            old = final.parent / f".{final.name}.old-{uuid.uuid4().hex[:8]}"
            os.replace(final, old)
        os.replace(tmp, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        self.set_fingerprint(name, fingerprint)
        return final

    def write_part(self, name: str, part: str, df: pd.DataFrame, fingerprint: str | None = None) -> Path:
        """Replace one part of a table kept as one file per source (`<table>/<part>.parquet`), atomically."""
        folder = self.table_dir(name)
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{safe_name(part)}.parquet"
        tmp = folder / f".{final.name}.tmp-{uuid.uuid4().hex[:8]}"
        pq.write_table(self._to_arrow(df), tmp, compression="zstd")
        os.replace(tmp, final)
        self.set_fingerprint(f"{name}/{safe_name(part)}", fingerprint)
        return final

    def copy_part(self, name: str, part: str, source: Path) -> Path:
        """Replace one part of a table with a copy of a file written by `write_part` (staged), atomically."""
        folder = self.table_dir(name)
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{safe_name(part)}.parquet"
        tmp = folder / f".{final.name}.tmp-{uuid.uuid4().hex[:8]}"
        shutil.copyfile(source, tmp)
        os.replace(tmp, final)
        return final

    def parts(self, name: str) -> dict[str, Path]:
        folder = self.table_dir(name)
        return {p.stem: p for p in sorted(folder.glob("*.parquet"))} if folder.exists() else {}

    def remove_part(self, name: str, part: str) -> None:
        p = self.table_dir(name) / f"{safe_name(part)}.parquet"
        if p.exists():
            p.unlink()
        self.set_fingerprint(f"{name}/{safe_name(part)}", None)

    def table_files(self, name: str) -> list[Path]:
        folder = self.table_dir(name)
        return sorted(folder.glob("*.parquet")) if folder.exists() else []

    # ---- fingerprints of what each table was computed from

    def _meta_path(self, key: str) -> Path:
        return self.root / META / (key.replace("/", "__") + ".json")

    def fingerprint(self, key: str) -> str | None:
        p = self._meta_path(key)
        if not p.exists():
            return None
        return json.loads(p.read_text()).get("fingerprint")

    def set_fingerprint(self, key: str, fingerprint: str | None) -> None:
        p = self._meta_path(key)
        if fingerprint is None:
            if p.exists():
                p.unlink()
            return
        atomic_write_bytes(p, json.dumps({"fingerprint": fingerprint}).encode())

    # ---- documents withheld from a table because their rows failed its validation (store.validation)

    def quarantined(self, table: str) -> dict[str, str]:
        """doc_id -> reason for the documents withheld from `table` when it was last written ({} for none)."""
        p = self._meta_path(f"_quarantine/{table}")
        return json.loads(p.read_text()) if p.exists() else {}

    def set_quarantined(self, table: str, reasons: dict[str, str]) -> None:
        p = self._meta_path(f"_quarantine/{table}")
        if reasons:
            atomic_write_bytes(p, json.dumps(dict(sorted(reasons.items())), indent=1).encode())
        elif p.exists():
            p.unlink()

    @staticmethod
    def read_file(path: Path) -> pd.DataFrame:
        return pq.read_table(path).to_pandas(types_mapper=pd.ArrowDtype)

    def read(self, name: str) -> pd.DataFrame:
        path = self.table_dir(name)
        if not path.exists():
            raise FileNotFoundError(f"table {name!r} has not been written to {self.root} yet")
        return pq.read_table(path).to_pandas(types_mapper=pd.ArrowDtype)

    # ---- parses, addressed by content hash

    def parse_path(self, content_hash: str) -> Path:
        from pipeline.versioning import parse_version

        return self.root / PARSE_CACHE / parse_version() / f"{content_hash}.parse"

    def has_parse(self, content_hash: str) -> bool:
        return self.parse_path(content_hash).exists()

    def write_parse(self, content_hash: str, data: bytes) -> None:
        atomic_write_bytes(self.parse_path(content_hash), data)

    def read_parse(self, content_hash: str) -> bytes:
        return self.parse_path(content_hash).read_bytes()

    # ---- per-document annotations, addressed by content, publication date and the per-document stages' version

    def annotation_path(self, key: str) -> Path:
        from pipeline.versioning import record_version

        return self.root / ANNOTATION_CACHE / record_version() / f"{key}.msgpack"

    def has_annotation(self, key: str) -> bool:
        return self.annotation_path(key).exists()

    # msgpack directly: srsly's wrappers look up extension hooks through package entry points on every call,
    # which cost more than reading the record (the bytes are the same)
    def write_annotation(self, key: str, record: dict) -> None:
        import msgpack

        atomic_write_bytes(self.annotation_path(key), msgpack.packb(record, use_bin_type=True))

    def read_annotation(self, key: str) -> dict:
        import msgpack

        return msgpack.unpackb(self.annotation_path(key).read_bytes(), raw=False)


def safe_name(part: str) -> str:
    """A file name for a source folder name (kept readable, never a path)."""
    return re.sub(r"[^\w.-]", "_", part) or "_"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write beside the target and rename over it: readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp-{uuid.uuid4().hex[:8]}")
    tmp.write_bytes(data)
    os.replace(tmp, path)
