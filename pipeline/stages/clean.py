"""Boilerplate removal for article bodies.

Pages saved as text keep the furniture around the article: "Also Read :" teasers,
"Most Read" and "Related Content" link lists, newsletter and subscription lines,
"Source link", timestamps such as "10 hours ago". Two kinds of rules remove it:

* line rules drop a single line wherever it stands (teasers, share/subscribe lines);
* tail markers end the article: from a line such as "Related Content" or
  "NEWSLETTER" on, everything is page furniture. A marker only counts once a
  quarter of the text has passed, so a short page that opens with one loses nothing.
"""

from __future__ import annotations

import re
import unicodedata

# A whole line that is page furniture, wherever it stands.
_LINE_PATTERNS = [
    r"(also|read) (read|also|more|next)\s*[:|\-–—].*",
    r"see also\s*[:|\-–—].*",
    r"(advertisement|advertising|sponsored( content)?|dismiss|share|share this( article| story)?|print|email|tweet)",
    r"(listen to this article|click here.*|skip to (main )?content|back to top)",
    r"(read|get|try) (in )?[\w.\- ]{1,30} (pro|premium|plus)",
    r"(subscribe|sign up|join)\b.{0,80}\b(newsletter|mailing list|updates|alerts)\b.*",
    r"this (article|story|piece) (was )?(originally|first) (appeared|published|ran)\b.*",
    r"\d+ (second|minute|hour|day|week|month|year)s? ago",
    r"reuters?",  # wire sign-off
    r"(photo|image|picture|video)( credit)?\s*:.*",
    r"[\W_]+",  # a line of punctuation only (| — * ...)
]
_LINE_RE = re.compile(r"^\s*(?:" + "|".join(_LINE_PATTERNS) + r")\s*$", re.IGNORECASE)

# A line that starts the page furniture after the article.
_TAIL_PATTERNS = [
    r"related( content| articles| stories| news| posts| coverage)?",
    r"(most|more) (read|popular|viewed|shared|from [\w .]{1,30})",
    r"(you|you might|you may) (also|might) (like|enjoy|be interested in)",
    r"recommended( for you| stories)?",
    r"follow us( on.*)?",
    r"newsletters?",
    r"source link",
    r"(trending|top stories|latest news|editor'?s picks)",
    r"(tags|topics|filed under)\s*:.*",
    r"(©|\(c\)|copyright)\s.*",
    r"all rights reserved\.?",
    r"(comments|leave a (comment|reply))",
    r"(read|get|try) (in )?[\w.\- ]{1,30} (pro|premium|plus)",
]
_TAIL_RE = re.compile(r"^\s*(?:" + "|".join(_TAIL_PATTERNS) + r")\s*$", re.IGNORECASE)

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANKS = re.compile(r"\n{3,}")


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
    """Unicode NFC, Unix newlines, single spaces, no trailing blanks; paragraphs stay apart."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def strip_boilerplate(text: str, title: str | None = None) -> str:
    """Return the article body without page furniture.

    Line rules and the tail cut apply to the lines as the page has them; hard-wrapped text is
    reflowed afterwards. `title`, when given, is dropped from the top of the body where the
    page repeats it.
    """
    raw_lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    total = max(sum(len(ln) + 1 for ln in raw_lines), 1)
    kept: list[str] = []
    seen = 0
    for line in raw_lines:
        position = seen / total
        seen += len(line) + 1
        if line.strip() and _TAIL_RE.match(line) and position >= 0.25:
            break
        if line.strip() and _LINE_RE.match(line):
            continue
        kept.append(line)
    lines = normalize_whitespace(reflow_hard_wraps("\n".join(kept))).split("\n")
    # The headline repeated at the top of the body (once or twice).
    if title:
        norm_title = _fold(title)
        while lines and (not lines[0] or _fold(lines[0]) == norm_title):
            lines.pop(0)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def looks_like_title(line: str) -> bool:
    """A headline: one short line that does not end like a sentence."""
    words = line.split()
    return 0 < len(words) <= 20 and not re.search(r"[.!?\"”’:;,]$", line.strip())


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
