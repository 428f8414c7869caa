"""Where tables and parses live: Parquet tables under `<output>/<table>/`, parses in a cache.

Tables are replaced atomically: the new version is written beside the old one and
swapped in with renames, so a reader sees the old table or the new one, never a mix,
and a run killed mid-write leaves the previous table in place.
"""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

PARSE_CACHE = "_cache/parses"


class TableStore:
    def __init__(self, output_dir: str | os.PathLike):
        self.root = Path(output_dir)

    def table_dir(self, name: str) -> Path:
        return self.root / name

    def write(self, name: str, df: pd.DataFrame) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        final = self.table_dir(name)
        tmp = self.root / f".{name}.tmp-{uuid.uuid4().hex[:8]}"
        tmp.mkdir(parents=True)
        table = pa.Table.from_pandas(df, preserve_index=False)
        table = table.replace_schema_metadata(None)  # same bytes for the same rows
        pq.write_table(table, tmp / "part-0.parquet", compression="zstd")
        old = None
        if final.exists():
            old = self.root / f".{name}.old-{uuid.uuid4().hex[:8]}"
            os.replace(final, old)
        os.replace(tmp, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return final

    def read(self, name: str) -> pd.DataFrame:
        path = self.table_dir(name)
        if not path.exists():
            raise FileNotFoundError(f"table {name!r} has not been written to {self.root} yet")
        return pq.read_table(path).to_pandas(types_mapper=pd.ArrowDtype)

    # ---- parses, addressed by content hash

    def parse_path(self, content_hash: str) -> Path:
        return self.root / PARSE_CACHE / f"{content_hash}.spacy"

    def has_parse(self, content_hash: str) -> bool:
        return self.parse_path(content_hash).exists()

    def write_parse(self, content_hash: str, data: bytes) -> None:
        path = self.parse_path(content_hash)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp-{uuid.uuid4().hex[:8]}")
        tmp.write_bytes(data)
        os.replace(tmp, path)

    def read_parse(self, content_hash: str) -> bytes:
        return self.parse_path(content_hash).read_bytes()
