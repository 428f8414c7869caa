"""Ingestion: every file under `raw/<source>/` becomes document rows or reject rows.

Nothing is lost: each input file (or JSON Lines record) ends as a document or as a
reject with a reason code. Supported inputs:

* `.txt`: an optional first line ` date YYYY-MM-DD` (the body may follow on the same
  line), an optional headline line, then the body;
* `.jsonl` / `.ndjson`: one JSON object per line with `id`, `title`, `text`, `published`, `url`;
* `.html` / `.htm`: main text, title, date and URL extracted with trafilatura.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import settings
from pipeline.stages.clean import looks_like_title, normalize_whitespace, strip_boilerplate, word_count

TEXT_EXTENSIONS = {".txt", ".text"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)[ \t]*\n?", re.IGNORECASE)


@dataclass
class RawDocument:
    """An article read from the raw dir, before deduplication."""

    source: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    publication_date: dt.date | None = None
    publication_date_issue: str | None = None


@dataclass
class Reject:
    source: str
    path: str
    reason: str
    detail: str | None = None


@dataclass
class IngestResult:
    documents: list[RawDocument] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    def extend(self, other: IngestResult) -> None:
        self.documents.extend(other.documents)
        self.rejects.extend(other.rejects)


# ---------------------------------------------------------------------------
# Dates


def parse_publication_date(value: object) -> tuple[dt.date | None, str | None]:
    """Read a stated publication date: ISO date or datetime (other unambiguous forms via dateparser).

    Returns (date, issue); issue explains a value that was present but unusable.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None, f"unparsable publication date {value!r} (a number, not an ISO date)"
    if not isinstance(value, str):
        return None, f"unparsable publication date {value!r}"
    s = value.strip()
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date(), None
    except ValueError:
        pass
    import dateparser  # slow import: only when the value is not ISO

    parsed = dateparser.parse(
        s, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    if parsed is None:
        return None, f"unparsable publication date {s!r}"
    return parsed.date(), None


# ---------------------------------------------------------------------------
# Decoding


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode file bytes to text. Returns (text, reject_reason)."""
    if not data.strip():
        return None, "empty"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, "binary"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, "binary"
    text = str(best)
    # Control characters other than whitespace mean it was not text after all.
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        return None, "binary"
    return text, None


# ---------------------------------------------------------------------------
# Formats


def _finish(
    source: str, path: str, text: str, title: str | None, url: str | None, date: dt.date | None, issue: str | None
) -> IngestResult:
    result = IngestResult()
    title = normalize_whitespace(title) if title else None
    body = strip_boilerplate(text, title=title)
    if not body:
        result.rejects.append(Reject(source, path, "empty_text", "no text after cleaning"))
    elif word_count(body) < settings().ingest.min_words:  # nothing but boilerplate
        result.rejects.append(
            Reject(source, path, "boilerplate_only", f"only {word_count(body)} words left after removing boilerplate")
        )
    else:
        result.documents.append(RawDocument(source, path, body, title or None, url or None, date, issue))
    return result


def read_text_article(source: str, path: str, text: str) -> IngestResult:
    date, issue = None, None
    m = _DATE_LINE.match(text)
    if m:
        date, issue = parse_publication_date(m.group(1))
        text = text[m.end() :]
    text = normalize_whitespace(text)
    title = None
    first, sep, rest = text.partition("\n")
    if sep and rest.strip() and looks_like_title(first):
        title, text = first.strip(), rest
    return _finish(source, path, text, title, None, date, issue)


def read_jsonl(source: str, path: str, text: str) -> IngestResult:
    result = IngestResult()
    seen_ids: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.rejects.append(Reject(source, f"{path}#{lineno}", "invalid_json", f"line {lineno}: {exc.msg}"))
            continue
        if not isinstance(record, dict):
            result.rejects.append(
                Reject(
                    source,
                    f"{path}#{lineno}",
                    "invalid_record",
                    f"line {lineno}: a JSON {type(record).__name__}, not an object",
                )
            )
            continue
        rid = record.get("id")
        rid = (
            str(rid).strip() if isinstance(rid, (str, int)) and not isinstance(rid, bool) and str(rid).strip() else None
        )
        if rid is not None and rid in seen_ids:
            rid = None  # a repeated id is not usable: fall back to the line number
        if rid is not None:
            seen_ids.add(rid)
        rec_path = f"{path}#{rid if rid is not None else lineno}"
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            result.rejects.append(Reject(source, rec_path, "missing_text", "record has no non-empty string `text`"))
            continue
        date, issue = parse_publication_date(record.get("published"))
        title = record.get("title") if isinstance(record.get("title"), str) else None
        url = record.get("url") if isinstance(record.get("url"), str) else None
        result.extend(_finish(source, rec_path, body, title, url, date, issue))
    if not result.documents and not result.rejects:
        result.rejects.append(Reject(source, path, "empty", "no records"))
    return result


def read_html(source: str, path: str, text: str) -> IngestResult:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # broken markup that lxml cannot recover
        return IngestResult(rejects=[Reject(source, path, "unparsable_html", f"{type(exc).__name__}: {exc}")])
    if extracted is None or not (extracted.text or "").strip():
        return IngestResult(rejects=[Reject(source, path, "boilerplate_only", "no main text found in the page")])
    date, issue = parse_publication_date(extracted.date) if extracted.date else (None, None)
    return _finish(source, path, extracted.text, extracted.title, extracted.url, date, issue)


READERS = {
    **{e: read_text_article for e in TEXT_EXTENSIONS},
    **{e: read_jsonl for e in JSONL_EXTENSIONS},
    **{e: read_html for e in HTML_EXTENSIONS},
}


def read_file(raw_dir: Path, file: Path, source: str) -> IngestResult:
    """Read one file of a source folder; never raises for bad input."""
    rel = file.relative_to(raw_dir).as_posix()
    reader = READERS.get(file.suffix.lower())
    if reader is None:
        return IngestResult(
            rejects=[
                Reject(
                    source, rel, "unsupported_extension", f"'{file.suffix or '(none)'}' is not one of {sorted(READERS)}"
                )
            ]
        )
    try:
        data = file.read_bytes()
    except OSError as exc:
        return IngestResult(rejects=[Reject(source, rel, "unreadable", str(exc))])
    text, reason = decode_bytes(data)
    if text is None:
        detail = "file is empty" if reason == "empty" else "file is not text in any known encoding"
        return IngestResult(rejects=[Reject(source, rel, reason, detail)])
    try:
        return reader(source, rel, text)
    except Exception as exc:  # a reader bug must not stop the run
        return IngestResult(rejects=[Reject(source, rel, "reader_error", f"{type(exc).__name__}: {exc}")])


def list_sources(raw_dir: str | os.PathLike) -> list[str]:
    """Source folders directly under the raw dir (hidden folders excluded)."""
    root = Path(raw_dir)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith("."))


def iter_source_files(raw_dir: Path, source: str) -> Iterator[tuple[Path, Reject | None]]:
    """Yield (path, reject_or_None) for every file of a source, never following links out of raw_dir."""
    root = raw_dir.resolve()
    for dirpath, dirnames, filenames in os.walk(raw_dir / source, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                yield (
                    here / d,
                    Reject(
                        source,
                        (here / d).relative_to(raw_dir).as_posix(),
                        "symlink_dir",
                        "symbolic link to a folder: not followed",
                    ),
                )
        for name in sorted(filenames):
            if name.startswith("."):
                continue  # .gitkeep, .DS_Store: not articles
            f = here / name
            if f.is_symlink():
                target = f.resolve()
                if not target.is_relative_to(root):
                    yield (
                        f,
                        Reject(
                            source,
                            f.relative_to(raw_dir).as_posix(),
                            "symlink_outside_raw",
                            "symbolic link that leads outside the raw dir: not followed",
                        ),
                    )
                    continue
                if not target.is_file():
                    yield (
                        f,
                        Reject(source, f.relative_to(raw_dir).as_posix(), "broken_symlink", "symbolic link to nothing"),
                    )
                    continue
            yield f, None


def ingest_source(raw_dir: str | os.PathLike, source: str) -> IngestResult:
    raw = Path(raw_dir)
    result = IngestResult()
    for f, reject in iter_source_files(raw, source):
        if reject is not None:
            result.rejects.append(reject)
        else:
            result.extend(read_file(raw, f, source))
    return result


def stray_files(raw_dir: str | os.PathLike) -> list[Reject]:
    """Files lying directly in raw_dir: they belong to no source."""
    raw = Path(raw_dir)
    return [
        Reject("", f.name, "no_source_folder", "files must sit in a source folder: raw/<source>/<file>")
        for f in (sorted(raw.iterdir()) if raw.is_dir() else [])
        if (f.is_file() or f.is_symlink()) and not f.is_dir() and not f.name.startswith(".")
    ]


def ingest(raw_dir: str | os.PathLike, sources: list[str] | None = None) -> IngestResult:
    """Read every source folder (or the given ones) under raw_dir.

    Without `sources`, files lying directly in raw_dir are rejected too (they belong to no source).
    """
    raw = Path(raw_dir)
    result = IngestResult()
    if sources is None:
        sources = list_sources(raw)
        result.rejects.extend(stray_files(raw))
    for source in sources:
        result.extend(ingest_source(raw, source))
    return result
