"""Boilerplate removal for article bodies.

Pages saved as text keep the furniture around the article: "Also Read :" teasers,
"Most Read" and "Related Content" link lists, newsletter and subscription lines,
"Source link", timestamps such as "10 hours ago", share and follow buttons. The rules are data,
in pipeline/data/clean_boilerplate.tsv:

* line rules drop a single line wherever it stands (teasers, labels, sign-offs);
* social rules drop a line made only of share / follow / subscribe buttons ("Share on Facebook Share on X
  Email Copy link", "Follow us on Facebook, X and Instagram"), wherever it stands; a sentence that mentions
  Facebook or email has other words and stays;
* tail markers end the article: from a line such as "Related Content" or
  "NEWSLETTER" on, everything is page furniture. A marker only counts once a
  quarter of the text has passed, so a short page that opens with one loses nothing.

A byline line with a date ("By the Foreign Desk | 12 May 2021", "By Jane Roe, 3 March 2020", "Published 14:02
GMT, 5 June 2019 | By Sam Poe") is dropped too; its date (absolute, not in the future) is returned beside the
body, for pages that state no publication date elsewhere.

Every body is Unicode NFC with one kind of line break, \\n (\\r\\n, \\r, vertical tab, form feed, NEL and U+2028
become one; a paragraph separator, U+2029, a blank line), and without control characters, zero-width spaces or
byte-order marks (`unify_lines`): the lines and paragraphs the rules and later stages see are the ones a reader sees.

HTML character references left in a body ("America&#8217;s", "AT&amp;T", "caf&eacute;": plain-text and JSON-lines
exports of web pages) are decoded first (`decode_references`); only complete references, ended by ";", so "R&D" and
"&copy" in prose stay as written. An inverted question mark between two letters ("America¿s") is an apostrophe that
an encoder could not map: Spanish "¿" opens a question, after a space or a line start, never inside a word.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "clean_boilerplate.tsv"
# separators between buttons on one line: | , : ; / • · - – — and the words "and", "or"
_SEPARATOR = r"(?:\s*(?:[|,:;/•·\-–—>»]+|\band\b|\bor\b))*\s*"
_MAX_SOCIAL_LINE = 300  # a longer line is prose, whatever it mentions
_MAX_BYLINE = 200


@functools.cache
def _rules() -> dict[str, list[str]]:
    """kind -> patterns, in file order (tab-separated with a header line; `#` lines are comments)."""
    rules: dict[str, list[str]] = {}
    header = None
    for line in _RULES_FILE.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r").split("\t")
        if header is None:
            header = cells
            continue
        kind, pattern = cells[0].strip(), cells[1].strip()
        rules.setdefault(kind, []).append(pattern)
    return rules


def _whole_line(patterns: list[str]) -> re.Pattern:
    return re.compile(r"^\s*(?:" + "|".join(patterns) + r")\s*$", re.IGNORECASE)


@functools.cache
def _line_re() -> re.Pattern:
    """A whole line that is page furniture, wherever it stands."""
    return _whole_line(_rules()["line"])


@functools.cache
def _tail_re() -> re.Pattern:
    """A line that starts the page furniture after the article."""
    return _whole_line(_rules()["tail"])


@functools.cache
def _social_re() -> re.Pattern:
    """One share / follow / subscribe button with the separators after it (longest phrases tried first)."""
    networks = "(?:" + "|".join(sorted(_rules()["network"], key=len, reverse=True)) + ")"
    phrases = sorted((p.replace("{network}", networks) for p in _rules()["social"]), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(f"(?:{p})" for p in phrases) + r")\b" + _SEPARATOR, re.IGNORECASE)


def is_social_line(line: str) -> bool:
    """A line made only of share / follow / subscribe buttons and separators. Buttons are consumed left to right,
    each match starting where the last ended, so the time is linear in the line."""
    text = line.strip()
    if not text or len(text) > _MAX_SOCIAL_LINE:
        return False
    rx, pos = _social_re(), len(text) - len(text.lstrip("|,:;/•·-–—>» "))
    buttons = 0
    while pos < len(text):
        m = rx.match(text, pos)
        if m is None or m.end() == pos:
            return False
        pos, buttons = m.end(), buttons + 1
    return buttons > 0


# ---------------------------------------------------------------------------
# Bylines

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+"
_DATE = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|aest|aedt|[+-]\d{2}:?\d{2})\b)?",
    re.IGNORECASE,
)
_BYLINE_SPLIT = re.compile(r"\s*[|·•;]\s*|\s+[-–—]\s+|\s*,\s*")
_STAMP_WORDS = r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|filed)|issued)"
_DATE_SEGMENT = re.compile(
    rf"^(?:{_STAMP_WORDS}\s*)?(?:(?:on|at)\s+)?:?\s*(?:\x00[DT](?:\s+(?:at\s+)?)?)+$", re.IGNORECASE
)
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|the|of|de|van|von|da|di|al|el|bin|le|la|du|del|der)"
_BY_SEGMENT = re.compile(rf"^[Bb]y\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|&)){{0,7}}$")
_ROLE_SEGMENT = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the|in|on|at|&)){0,5}$")


def byline_date(line: str) -> tuple[bool, dt.date | None]:
    """(is a dated byline, its publication date). A dated byline is a short line made only of a "By <name>"
    part, date and time parts ("12 May 2021", "Published 14:02 GMT") and names or roles ("Industry Reporter"),
    with at least one absolute date and either a "By" part or a published/updated word: "By 12 May 2021, all
    schools had reopened" is prose. The date is the first that dateparser reads strictly (day, month and year;
    no relative dates) and that is not in the future; None when there is none."""
    text = line.strip()
    if not text or len(text) > _MAX_BYLINE:
        return False, None
    dates = _DATE.findall(text)
    if not dates:
        return False, None
    marked = _TIME.sub("\x00T", _DATE.sub("\x00D", text))
    has_by = has_stamp = False
    for part in _BYLINE_SPLIT.split(marked):
        if not part:
            continue
        if _DATE_SEGMENT.match(part):
            has_stamp = has_stamp or bool(re.match(_STAMP_WORDS, part, re.IGNORECASE))
        elif _BY_SEGMENT.match(part):
            has_by = True
        elif not _ROLE_SEGMENT.match(part):
            return False, None
    if not (has_by or has_stamp):
        return False, None
    for value in dates:
        date = _strict_date(value)
        if date is not None:
            return True, date
    return True, None


def _strict_date(value: str) -> dt.date | None:
    import dateparser  # slow import: only for a byline

    try:
        parsed = dateparser.parse(
            value.replace(",", " "),
            languages=["en"],
            settings={
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["absolute-time"],
                "PREFER_DATES_FROM": "past",
                "DATE_ORDER": "DMY",
            },
        )
    except (ValueError, OverflowError):  # a day or year out of range
        return None
    if parsed is None or parsed.year < 1900 or parsed.date() > dt.date.today():
        return None
    return parsed.date()


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANKS = re.compile(r"\n{3,}")
# line breaks other than \n: \r\n, \r, vertical tab, form feed, NEL, the line separator (U+2028)
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028]")
# never text: control characters (C0 but tab and newline, DEL, C1: NUL, escape, bell ...), zero-width space, BOM
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\ufeff]")


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00bf(?=[^\W\d_])")


def decode_references(text: str) -> str:
    """The text with its complete HTML character references decoded ("&amp;" -> "&", "&#233;" -> "é"; an unknown
    name stays as written) and an inverted question mark between two letters read as the apostrophe it replaced."""
    if "&" in text:
        text = _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    return _LOST_APOSTROPHE.sub("'", text) if "\u00bf" in text else text


def unify_lines(text: str) -> str:
    """Unicode NFC without control characters, every line break a \\n (a paragraph separator, U+2029, a blank
    line): the paragraphs and lines the later stages see are the ones the text shows. The invisible characters go
    first, so that what they separated composes ("e", NUL, U+0301 becomes "é")."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")


def reflow_hard_wraps(text: str) -> str:
    """Join lines broken at a fixed width (wire copy, e-mail, plain-text archives) back into paragraphs.

    A text counts as hard-wrapped when most of its lines that continue into another line are
    40-90 characters long and many of them end mid-sentence. Paragraphs are then the blocks
    separated by blank lines or by an indented line; everything else is joined with spaces.
    Texts with one paragraph per line are left alone.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    inner = [ln for ln, nxt in zip(lines, lines[1:]) if ln.strip() and nxt.strip() and not nxt.startswith(("  ", "\t"))]
    if len(inner) < 3:
        return text
    widths = sorted(len(ln.rstrip()) for ln in inner)
    median = widths[len(widths) // 2]
    uniform = sum(1 for w in widths if abs(w - median) <= 12) / len(widths)
    mid_sentence = sum(1 for ln in inner if not re.search(r"[.!?:\"”’)]\s*$", ln)) / len(inner)
    if not (40 <= median <= 90 and uniform >= 0.6 and mid_sentence >= 0.5):
        return text
    paragraphs, current = [], []
    for ln in lines:
        if not ln.strip() or ln.startswith(("  ", "\t")):
            if current:
                paragraphs.append(" ".join(current))
            current = [ln.strip()] if ln.strip() else []
        else:
            current.append(ln.strip())
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in paragraphs if p)


def normalize_whitespace(text: str) -> str:
    """Unicode NFC, Unix newlines (`unify_lines`), single spaces, no trailing blanks; paragraphs stay apart."""
    text = unify_lines(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


@dataclass(frozen=True)
class CleanText:
    body: str
    byline_date: dt.date | None = None  # the date of the first dated byline, when it gives one


def strip_boilerplate(text: str, title: str | None = None) -> str:
    """Return the article body without page furniture (`clean_article(...).body`)."""
    return clean_article(text, title).body


def clean_article(text: str, title: str | None = None) -> CleanText:
    """The article body without page furniture, and the date of its byline.

    Line rules, social lines, bylines and the tail cut apply to the lines as the page has them; hard-wrapped
    text is reflowed afterwards. `title`, when given, is dropped from the top of the body where the page
    repeats it.
    """
    raw_lines = unify_lines(decode_references(text)).split("\n")
    total = max(sum(len(ln) + 1 for ln in raw_lines), 1)
    line_re, tail_re = _line_re(), _tail_re()
    kept: list[str] = []
    seen = 0
    found_date: dt.date | None = None
    for line in raw_lines:
        position = seen / total
        seen += len(line) + 1
        if not line.strip():
            kept.append(line)
            continue
        if tail_re.match(line) and position >= 0.25:
            break
        if line_re.match(line) or is_social_line(line):
            continue
        is_byline, date = byline_date(line)
        if is_byline:
            found_date = found_date or date
            continue
        kept.append(line)
    lines = normalize_whitespace(reflow_hard_wraps("\n".join(kept))).split("\n")
    # The headline repeated at the top of the body (once or twice).
    if title:
        norm_title = _fold(title)
        while lines and (not lines[0] or _fold(lines[0]) == norm_title):
            lines.pop(0)
    return CleanText(_BLANKS.sub("\n\n", "\n".join(lines)).strip(), found_date)


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def looks_like_title(line: str) -> bool:
    """A headline: one short line that does not end like a sentence."""
    words = line.split()
    return 0 < len(words) <= 20 and not re.search(r"[.!?\"”’:;,]$", line.strip())


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
