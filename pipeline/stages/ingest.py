"""Ingestion: every file under `raw/<source>/` becomes document rows or reject rows.

Nothing is lost: each input file (or JSON Lines record) ends as a document or as a
reject with a reason code. Supported inputs:

* `.txt`: an optional first line ` date YYYY-MM-DD` (the body may follow on the same
  line), an optional headline line, then the body;
* `.jsonl` / `.ndjson`: one JSON object per line with `id`, `title`, `text`, `published`, `url`;
* `.html` / `.htm`: main text, title, date and URL extracted with trafilatura, from the page as lxml parses it
  without its depth limit (elements nested past ingest.html_max_depth lose their tags, not their text).

Where a file states no publication date (no ` date` line, no `published`, no date in the page's metadata), a
dated byline ("By the Foreign Desk | 12 May 2021") gives it; the byline never stays in the body
(pipeline.stages.clean).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import settings
from pipeline.stages.clean import byline_date, clean_article, looks_like_title, normalize_whitespace, word_count

if TYPE_CHECKING:
    from lxml.html import HtmlElement

TEXT_EXTENSIONS = {".txt", ".text"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)[ \t]*\n?", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # JSON Lines: a JSON string may hold U+2028, U+0085 ... as they are


def utf8_text(value: str) -> str:
    """The text with each lone surrogate (a JSON "\\ud800" escape decodes to one) replaced by U+FFFD: no UTF-8
    string can hold one, and every ID hash and Parquet write of it would fail."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def utf8_name(value: str) -> str:
    """A path or a detail with each lone surrogate written as its escape (a file name's undecodable byte 0xE9 is
    `\\udce9`): UTF-8 can hold it, and names stay apart."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", value) if _SURROGATE.search(value) else value


@dataclass
class RawDocument:
    """An article read from the raw dir, before deduplication. Every string is UTF-8 text (no lone surrogates)."""

    source: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    publication_date: dt.date | None = None
    publication_date_issue: str | None = None

    def __post_init__(self) -> None:
        self.source, self.path = utf8_name(self.source), utf8_name(self.path)
        self.text = utf8_text(self.text)
        self.title = utf8_text(self.title) if self.title is not None else None
        self.url = utf8_text(self.url) if self.url is not None else None
        if self.publication_date_issue is not None:
            self.publication_date_issue = utf8_name(self.publication_date_issue)


@dataclass
class Reject:
    source: str
    path: str
    reason: str
    detail: str | None = None

    def __post_init__(self) -> None:
        self.source, self.path = utf8_name(self.source), utf8_name(self.path)
        if self.detail is not None:
            self.detail = utf8_name(self.detail)


@dataclass
class IngestResult:
    documents: list[RawDocument] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    def extend(self, other: IngestResult) -> None:
        self.documents.extend(other.documents)
        self.rejects.extend(other.rejects)


# ---------------------------------------------------------------------------
# Dates


# a stated publication date outside these years is a placeholder ("0001-01-01", "9999-12-31"), not a date: relative
# dates anchored on it would lie outside the calendar
_PUBLICATION_YEARS = (1800, 2200)
_MAX_DATE_CHARS = 100  # a longer `published` value is no date (and dateparser's time grows with it)


def parse_publication_date(value: object) -> tuple[dt.date | None, str | None]:
    """Read a stated publication date: ISO date or datetime (other unambiguous forms via dateparser), in the years
    1800-2200.

    Returns (date, issue); issue explains a value that was present but unusable.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None, f"unparsable publication date {value!r} (a number, not an ISO date)"
    if not isinstance(value, str):
        return None, f"unparsable publication date {value!r}"
    s = value.strip()
    if len(s) > _MAX_DATE_CHARS:
        return None, f"unparsable publication date {s[:_MAX_DATE_CHARS]!r}... ({len(s):,} characters)"
    try:
        date = dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        import dateparser  # slow import: only when the value is not ISO

        try:
            parsed = dateparser.parse(
                s, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
            )
        except Exception:  # dateparser's own errors on odd input: the value is unusable, the article is not
            parsed = None
        if parsed is None:
            return None, f"unparsable publication date {s!r}"
        date = parsed.date()
    low, high = _PUBLICATION_YEARS
    if not low <= date.year <= high:
        return None, f"implausible publication date {s!r} (a placeholder? only years {low}-{high} are read)"
    return date, None


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
    cleaned = clean_article(text, title=title)
    body = cleaned.body
    if date is None:  # no date in the file's metadata: the byline's, when it gives one
        date = cleaned.byline_date
    if not body:
        result.rejects.append(Reject(source, path, "empty_text", "no text after cleaning"))
    elif len(body) > settings().ingest.max_chars:  # never cut: a part of an article would pass for all of it
        result.rejects.append(
            Reject(
                source,
                path,
                "too_long",
                f"{len(body):,} characters after cleaning, above ingest.max_chars ({settings().ingest.max_chars:,})",
            )
        )
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
    if sep and rest.strip() and looks_like_title(first) and not byline_date(first)[0]:
        title, text = first.strip(), rest
    return _finish(source, path, text, title, None, date, issue)


def _record_id(record: object) -> str | None:
    """A record's own `id` as its name in paths: a non-empty string or an integer; None otherwise."""
    rid = record.get("id") if isinstance(record, dict) else None
    if isinstance(rid, (str, int)) and not isinstance(rid, bool):
        return utf8_name(str(rid).strip()) or None
    return None


def _record_names(records: list[tuple[int, object]]) -> dict[int, str]:
    """Line number -> the name of its record in paths (`file.jsonl#<name>`): its `id`, else its line number, and
    never a name two records share. A repeated id names its first record only; an id that is the line number of a
    record named by its line number ("3" on line 1, no id on line 3) names none. One pass with a work list:
    linear in the records."""
    by_id: dict[str, int] = {}
    for lineno, record in records:
        rid = _record_id(record)
        if rid is not None and rid not in by_id:
            by_id[rid] = lineno
    named = set(by_id.values())
    numbered = [str(lineno) for lineno, _ in records if lineno not in named]
    while numbered:
        lineno = by_id.pop(numbered.pop(), None)
        if lineno is not None:  # that id would clash with a line number: its record takes its own
            numbered.append(str(lineno))
    names = {lineno: rid for rid, lineno in by_id.items()}
    return {lineno: names.get(lineno, str(lineno)) for lineno, _ in records}


def read_jsonl(source: str, path: str, text: str) -> IngestResult:
    """One document or reject per non-blank line. Lines end at \\n, \\r\\n or \\r only: a JSON string may hold
    U+2028, U+2029 and U+0085 as they are, so they never split a record."""
    result = IngestResult()
    records: list[tuple[int, object]] = []
    for lineno, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip():
            continue
        try:
            records.append((lineno, json.loads(line)))
        except (ValueError, RecursionError) as exc:  # JSONDecodeError; a number too long, nesting too deep
            records.append((lineno, exc))
    names = _record_names(records)
    for lineno, record in records:
        rec_path = f"{path}#{names[lineno]}"
        try:
            result.extend(_read_record(source, rec_path, lineno, record))
        except Exception as exc:  # a bug on one record must not lose the others
            result.rejects.append(Reject(source, rec_path, "reader_error", f"{type(exc).__name__}: {exc}"))
    if not result.documents and not result.rejects:
        result.rejects.append(Reject(source, path, "empty", "no records"))
    return result


def _read_record(source: str, rec_path: str, lineno: int, record: object) -> IngestResult:
    """One JSON Lines record (or the error its line gave) -> its document or reject."""
    if isinstance(record, Exception):
        msg = record.msg if isinstance(record, json.JSONDecodeError) else f"{type(record).__name__}: {record}"
        return IngestResult(rejects=[Reject(source, rec_path, "invalid_json", f"line {lineno}: {msg}")])
    if not isinstance(record, dict):
        return IngestResult(
            rejects=[
                Reject(
                    source, rec_path, "invalid_record", f"line {lineno}: a JSON {type(record).__name__}, not an object"
                )
            ]
        )
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return IngestResult(rejects=[Reject(source, rec_path, "missing_text", "record has no non-empty string `text`")])
    date, issue = parse_publication_date(record.get("published"))
    title = record.get("title") if isinstance(record.get("title"), str) else None
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return _finish(source, rec_path, body, title, url, date, issue)


def read_html(source: str, path: str, text: str) -> IngestResult:
    import trafilatura

    try:
        page = _html_tree(text)
        extracted = trafilatura.bare_extraction(
            page if page is not None else text,
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
    if date is None and issue is None and page is not None:
        date = _page_byline_date(page)  # the extractor drops bylines from the text; the page still has them
    return _finish(source, path, extracted.text, extracted.title, extracted.url, date, issue)


_BYLINE_TAGS = frozenset({"p", "div", "span", "time", "li", "header", "address", "small", "em", "strong", "b", "i"})


def _html_tree(text: str) -> HtmlElement | None:
    """The page parsed by lxml without its depth and size limits (libxml2 stops at 256 levels of nesting and
    would hand the extractor a truncated page); None when lxml cannot parse it (the extractor then tries)."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        markup = _flatten_deep_markup(text, settings().ingest.html_max_depth)
        return lxml_html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except Exception:  # empty or unparsable markup
        return None


_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code data dfn em font i kbd label mark q s samp small span strike strong sub sup "
    "time tt u var".split()
)
# an open <p> (<li>, <td> ...) ends where one of these opens, as HTML parsers close it
_CLOSES = {
    "p": frozenset(
        "address article aside blockquote div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr li main "
        "nav ol p pre section table ul".split()
    ),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th", "tr"}),
    "th": frozenset({"td", "th", "tr"}),
    "tr": frozenset({"tr"}),
    "option": frozenset({"option"}),
}


def _flatten_deep_markup(text: str, max_depth: int) -> str:
    """The markup without the tags of elements nested deeper than max_depth: their text stays where it was, and
    the tags of a block (a paragraph, a heading, a div) become line breaks, so its text stays a line of its own.

    One pass over the tags with a stack of open elements (closing a tag unwinds to its opening, looking back a
    bounded number of levels; implied ends of <p>, <li>, <td> ... are followed): linear in the page. The
    markup comes back unchanged when nothing is that deep, as on any ordinary page."""
    stack: list[tuple[str, bool]] = []
    pieces: list[str] = []
    last = 0
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID_TAGS or m.group(0).endswith("/>"):
            continue
        if not closing:
            while stack and name in _CLOSES.get(stack[-1][0], ()):
                stack.pop()
            keep = len(stack) < max_depth
            stack.append((name, keep))
        else:
            for k in range(len(stack) - 1, max(len(stack) - 64, 0) - 1, -1):
                if stack[k][0] == name:
                    break
            else:
                continue
            keep = stack[k][1]
            del stack[k:]
        if not keep:
            pieces.append(text[last : m.start()])
            pieces.append("" if name in _INLINE_TAGS else "<br>")
            last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _page_byline_date(page: HtmlElement, max_chars: int = 200) -> dt.date | None:
    """The date of the first dated byline among the page's short text blocks ("By the Foreign Desk | 12 May
    2021"), read before extraction changes the page. Each block's text is read up to max_chars only."""
    for element in page.iter(*_BYLINE_TAGS):
        parts, size = [], 0
        for piece in element.itertext():
            parts.append(piece)
            size += len(piece)
            if size > max_chars:
                break
        if not parts or size > max_chars:
            continue
        is_byline, date = byline_date(" ".join(" ".join(parts).split()))
        if is_byline and date is not None:
            return date
    return None


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
