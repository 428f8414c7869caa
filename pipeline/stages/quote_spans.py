"""Quotations in a text by their marks alone (no parse): where each quote starts and ends, paragraph by paragraph.

* curly (“ ”) and straight (") double marks; single marks (‘ ’ ') only in paragraphs
  with no double marks (British style), never an apostrophe;
* an opening mark while a quote is open closes the first quote there (a mark left open
  by the writer), and so does a straight mark after a finished sentence and a space, before a
  word ('"First words. "More words': paragraphs run together, each opened, none closed); a quote
  still open at the paragraph end runs to it (`closed=False`).
  One unbalanced mark never costs the rest of the article.

A module of its own, with no stage imported, so that the stages before the quotes' (the dates: a speaker's "today"
is no day of the story) can tell what lies inside a quotation without depending on the quotes stage's lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
_DOUBLE_MARKS = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE) + '"]')
_SINGLE_MARKS = re.compile("[‘’']")


@dataclass
class QuoteSpan:
    start_char: int  # first character inside the marks
    end_char: int  # after the last character inside
    closed: bool
    paragraph: int

    def text(self, full: str) -> str:
        return full[self.start_char : self.end_char].strip()


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: text between newlines."""
    start = 0
    for m in re.finditer(r"\n+", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _straight_opens(text: str, i: int) -> bool:
    """A straight mark at i opens a quote: after a space or an opening punctuation, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,;") and not after.isspace()


def _reopens(text: str, open_at: int, i: int) -> bool:
    """A straight mark at i, while a quote is open, opens the next one instead of closing it: it stands after a
    finished sentence and a space, before a word ('said: "First words. "More words ...'), the way texts whose
    paragraph breaks were lost run a speaker's paragraphs together, each opened and none closed; a sentence that
    ends in a quotation of its own ('... asked 'is it safe?' "When they ...') is finished too."""
    before = text[open_at:i].rstrip().rstrip("'’")
    return (
        i > open_at
        and text[i - 1].isspace()
        and before[-1:] in (".", "?", "!", "…")
        and i + 1 < len(text)
        and (text[i + 1].isalnum() or text[i + 1] in "‘'")
    )


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """The quotations of a text, paragraph by paragraph (the module docstring)."""
    spans: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        if not para.strip():
            continue
        has_double = _DOUBLE_MARKS.search(para) is not None
        open_at = None
        for mark in (_DOUBLE_MARKS if has_double else _SINGLE_MARKS).finditer(para):  # other characters do nothing
            ch, pos = mark.group(), p_start + mark.start()
            if has_double:
                is_open = ch in OPEN_DOUBLE or (ch == '"' and (open_at is None and _straight_opens(text, pos)))
                is_close = ch in CLOSE_DOUBLE or (ch == '"' and open_at is not None)
            else:
                is_open = ch in "‘'" and _straight_opens(text, pos)
                is_close = ch in "’'" and open_at is not None and (pos + 1 >= len(text) or not text[pos + 1].isalpha())
            if open_at is None and is_open:
                open_at = pos + 1
            elif open_at is not None and (
                (is_open and ch in OPEN_DOUBLE) or (ch == '"' and has_double and _reopens(text, open_at, pos))
            ):
                spans.append(QuoteSpan(open_at, pos, False, p_index))  # a mark left open: close it here
                open_at = pos + 1
            elif open_at is not None and is_close:
                if pos > open_at:
                    spans.append(QuoteSpan(open_at, pos, True, p_index))
                open_at = None
        if open_at is not None:
            end = p_end
            while end > open_at and text[end - 1].isspace():
                end -= 1
            if end > open_at:
                spans.append(QuoteSpan(open_at, end, False, p_index))
    return [s for s in spans if s.text(text)]
