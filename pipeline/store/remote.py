"""Raw and output locations given as fsspec URLs (`s3://bucket/raw`, `gs://…`, `memory://…`).

The stages work on local files (atomic renames, Parquet parts, a parse cache), so a URL location is mirrored:

* raw: before a source is read, its folder is synced down into a local mirror (only files whose fsspec
  `ukey` - ETag, checksum or mtime, whatever the filesystem offers - changed are fetched; files deleted
  remotely are deleted locally), so re-runs and the sensor's listing digests behave as with a local folder;
* output: after an asset has written, the changed files of the local working copy are uploaded and the
  remote files that no longer exist locally (a replaced table's old part) are removed. The parse and
  annotation caches (`_cache/`) stay local to the machine that made them.

Local paths pass through unchanged. The mirror lives under PIPELINE_MIRROR_DIR (default
`~/.cache/news-events-pipeline`), one folder per URL.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

LOCAL_ONLY = ("_cache",)  # top-level folders of the output that are never uploaded
MANIFEST = ".remote-manifest.json"


def is_url(location: str | os.PathLike) -> bool:
    return "://" in str(location) and not str(location).startswith("file://")


def mirror_dir(url: str) -> Path:
    base = Path(os.environ.get("PIPELINE_MIRROR_DIR", Path.home() / ".cache" / "news-events-pipeline"))
    name = hashlib.sha256(url.rstrip("/").encode()).hexdigest()[:16]
    return base / name


def _fs(url: str):
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    return fs, root.rstrip("/")


def _read_manifest(folder: Path) -> dict:
    p = folder / MANIFEST
    return json.loads(p.read_text()) if p.exists() else {}


def _write_manifest(folder: Path, manifest: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, sort_keys=True))
    os.replace(tmp, folder / MANIFEST)


def local_path(location: str) -> Path:
    """The local folder the stages use for `location` (itself when it is a local path)."""
    return mirror_dir(location) if is_url(location) else Path(location)


def list_remote_sources(url: str) -> list[str]:
    """Source folder names under a raw URL."""
    fs, root = _fs(url)
    if not fs.exists(root):
        return []
    return sorted(
        Path(e["name"]).name
        for e in fs.ls(root, detail=True)
        if e["type"] == "directory" and not Path(e["name"]).name.startswith((".", "_"))
    )


def sync_down(url: str, sub: str = "") -> Path:
    """Mirror `url` (or its sub-folder `sub`) into the local mirror; return the local root."""
    fs, root = _fs(url)
    local = mirror_dir(url)
    manifest = _read_manifest(local)
    prefix = f"{root}/{sub}".rstrip("/")
    remote: dict[str, str] = {}
    if fs.exists(prefix):
        for path in fs.find(prefix):
            rel = path[len(root) + 1 :]
            if Path(rel).name.startswith(".") or rel == MANIFEST:
                continue
            remote[rel] = str(fs.ukey(path))
    scope = f"{sub}/" if sub else ""
    for rel, key in remote.items():
        target = local / rel
        if manifest.get(rel) != key or not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            fs.get_file(f"{root}/{rel}", str(tmp))
            os.replace(tmp, target)
            manifest[rel] = key
    for rel in [r for r in manifest if r.startswith(scope) and r not in remote]:  # deleted remotely
        (local / rel).unlink(missing_ok=True)
        del manifest[rel]
    if sub and not remote and (local / sub).is_dir():
        import shutil

        shutil.rmtree(local / sub, ignore_errors=True)
    _write_manifest(local, manifest)
    return local


def _local_key(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def sync_up(url: str) -> int:
    """Upload the local working copy's changed files to `url`; remove remote files gone locally.
    Returns the number of files uploaded."""
    fs, root = _fs(url)
    local = mirror_dir(url)
    if not local.exists():
        return 0
    manifest = _read_manifest(local)
    current: dict[str, str] = {}
    for path in sorted(local.rglob("*")):
        rel = path.relative_to(local).as_posix()
        if (
            not path.is_file()
            or rel.split("/")[0] in LOCAL_ONLY
            or path.name == MANIFEST
            or any(part.startswith(".") for part in rel.split("/"))
        ):
            continue
        current[rel] = _local_key(path)
    uploaded = 0
    for rel, key in current.items():
        if manifest.get(rel) != key:
            fs.makedirs(f"{root}/{Path(rel).parent.as_posix()}".rstrip("/."), exist_ok=True)
            fs.put_file(str(local / rel), f"{root}/{rel}")
            uploaded += 1
    for rel in [r for r in manifest if r not in current]:
        if fs.exists(f"{root}/{rel}"):
            fs.rm_file(f"{root}/{rel}")
    _write_manifest(local, current)
    return uploaded
