"""Faster scans for patterns that can match almost anywhere: a first-character guard.

Python's `re` tries a pattern at every position of the text. When a pattern starts with a
literal or a character class, the engine skips ahead to positions holding one of those
characters; a pattern starting with `\\b` or an optional group (most of the date grammar)
gets no such help, and each failed attempt walks into the pattern. `guarded(pattern)` puts
a lookahead for the characters a match can start with in front of the pattern
(`(?=[TtLl\\d])\\b(?:the\\s+)?...`): the same matches, the same groups, and a failed attempt
costs one character test (about half the scan time of the date grammar).

The character set is read off the pattern's parse tree (the standard library's own parser);
a construct it does not follow (a back reference, a negated class, `.`, a pattern that can
match the empty string) leaves the pattern as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c
    import sre_parse as _sre


class _Unknown(Exception):
    """A construct whose first characters are not worked out."""


_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_NOT_WORD: r"\W",
    _c.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def _char(code: int, ignorecase: bool) -> set[str]:
    ch = chr(code)
    return {re.escape(c) for c in {ch, ch.lower(), ch.upper()}} if ignorecase else {re.escape(ch)}


def _class(items: Iterable[tuple[int, Any]], ignorecase: bool) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out |= _char(av, ignorecase)
        elif op is _c.RANGE:
            lo, hi = av
            out.add(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
            if ignorecase:
                for fold in (str.lower, str.upper):
                    a, b = fold(chr(lo)), fold(chr(hi))
                    if len(a) == len(b) == 1 and a <= b:
                        out.add(f"{re.escape(a)}-{re.escape(b)}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE and the like
            raise _Unknown(op)
    return out


def _first(seq: Iterable[tuple[int, Any]], ignorecase: bool) -> tuple[set[str], bool]:
    """(first characters, can be empty) of a sequence of parse-tree items."""
    first: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return first | _char(av, ignorecase), False
        if op is _c.IN:
            return first | _class(av, ignorecase), False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = _first(branch, ignorecase)
                first |= chars
                nullable |= empty
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            case = (ignorecase or bool(add_flags & _c.SRE_FLAG_IGNORECASE)) and not del_flags & _c.SRE_FLAG_IGNORECASE
            chars, nullable = _first(sub, case)
            first |= chars
        elif op in _REPEATS:
            low, _, sub = av
            chars, empty = _first(sub, ignorecase)
            first |= chars
            nullable = low == 0 or empty
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            chars, nullable = _first(av, ignorecase)
            first |= chars
        else:  # ANY, NOT_LITERAL, GROUPREF, conditional groups...
            raise _Unknown(op)
        if not nullable:
            return first, False
    return first, True


def first_characters(pattern: str) -> str | None:
    """A character class (`[...]`) holding every character a match of `pattern` can start with,
    or None when that is not known (or a match can be empty)."""
    try:
        tree = _sre.parse(pattern)
        chars, nullable = _first(tree.data, bool(tree.state.flags & _c.SRE_FLAG_IGNORECASE))
    except _Unknown:
        return None
    if nullable or not chars:
        return None
    return "[" + "".join(sorted(chars)) + "]"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern)` with a first-character lookahead in front where one can be worked out."""
    if flags & re.VERBOSE or _GLOBAL_FLAGS.match(pattern):  # the guard is written for the plain syntax
        return re.compile(pattern, flags)
    first = first_characters(pattern if not flags & re.IGNORECASE else "(?i:" + pattern + ")")
    return re.compile(pattern if first is None else f"(?={first})(?:{pattern})", flags)
