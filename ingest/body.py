"""Building the body: the kept paragraphs joined (a blank line between), characters fixed
inside lines (HTML entities, stray symbols inside words, curly quotes, whitespace runs),
and an `OffsetMap` from every body character to its raw offset.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from ingest.furniture import DATE_PREFIX, wire_end
from ingest.paragraphs import Paragraph

_SYMBOL_RUN = r"[^\x00-\x7f\w\s\u0300-\u036f\u2010-\u2015\u2018-\u201f«»…·•]+"
_FIX = re.compile(
    r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    rf"|(?P<sym>{_SYMBOL_RUN})(?=[^\W\d_])"  # kept only after a letter: checked in code
    r"|[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}"
    r"|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
    r"|[\u200b-\u200d\u2060\ufeff\u00ad]"
    r"|[‘’‚‛“”„‟]"
)
# Exactly the characters where a _FIX match can start, in one class the regex engine scans
# fast: "&", tab and the other odd spaces, zero-width marks, curly quotes, stray symbols
# (not letters, digits, dashes or combining marks). A run of plain spaces ("  ") is found
# with str.find; " \t" starts one character before its tab.
_FIX_START = re.compile(
    r"[^\x00-\x08\x0a-\x25\x27-\x7f\w\u0300-\u036f\u2010-\u2015«»…·•\x85\u1680\u2028\u2029]"
)
_RUN_WHITESPACE = frozenset("\t\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))
_QUOTES = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}


def build(raw: str, paragraphs: list[Paragraph]) -> tuple[str, OffsetMap]:
    """Join the kept paragraphs, fixing characters, and map every body char to raw."""
    parts: list[str] = []
    body_map = OffsetMap()
    ascii_fixes = _ascii_fix_starts(raw)
    wire_marks = "/." in raw or "item" in raw  # else no line ends in a wire end mark
    for n, para in enumerate(paragraphs):
        if n:
            _put(parts, body_map, "\n\n", para.start)
        ascii = para.text.isascii()  # then so are its raw lines (entities are ASCII)
        for k, (start, end) in enumerate(para.spans):
            if k:
                _put(parts, body_map, " ", start)
            if wire_marks or (n == 0 and k == 0):
                start, end = _trim_marks(raw, start, end, first=n == 0 and k == 0)
            if ascii and not _any_between(ascii_fixes, start, end):
                _copy(raw, start, end, parts, body_map)  # most lines: nothing to fix
            else:
                _copy_fixed(raw, start, end, parts, body_map, ascii)
    return "".join(parts), body_map


def _ascii_fix_starts(raw: str) -> list[int]:
    """Where in `raw` a _FIX match of ASCII text may start ("&", a tab, two spaces), in
    order: found once for the page, so a line without one is copied as it is."""
    starts: list[int] = []
    for mark in ("&", "\t", "  "):
        at = raw.find(mark)
        while at >= 0:
            starts.append(at)
            at = raw.find(mark, at + 1)
    return sorted(starts)


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether sorted `positions` hold one in [start, end)."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _trim_marks(raw: str, start: int, end: int, first: bool) -> tuple[int, int]:
    """Leave out a leading `date YYYY-MM-DD` header and a trailing wire end mark `/.`."""
    if first:
        match = DATE_PREFIX.match(raw, start, end)
        if match:
            start = match.end()
    match = wire_end(raw, start, end)
    if match:
        end = match.start()
    return start, end


def _copy_fixed(
    raw: str, start: int, end: int, parts: list[str], body_map: OffsetMap, ascii: bool = False
) -> None:
    """Copy raw[start:end] with every _FIX match replaced. The same matches as
    `_FIX.finditer`, but tried only where one can start (most text needs no fix).
    `ascii`: the caller knows raw[start:end] is ASCII."""
    pos = scan = start  # copied up to `pos`; looking for matches from `scan`
    while (at := _next_fix_start(raw, scan, end, ascii)) >= 0:
        quote = _QUOTES.get(raw[at])
        if quote:  # the most common fix: a curly quote is one _FIX match of its own
            if at > pos:
                _copy(raw, pos, at, parts, body_map)
            _put(parts, body_map, quote, at)
            pos = scan = at + 1
            continue
        match = _FIX.match(raw, at, end)
        if match is None:
            scan = at + 1
            continue
        scan = match.end()
        if match.group("sym") and not (at > start and raw[at - 1].isalpha()):
            continue  # a symbol not inside a word ("☀ Morning digest") stays
        if at > pos:
            _copy(raw, pos, at, parts, body_map)
        _put(parts, body_map, _replacement(match.group()), at)
        pos = scan
    if end > pos:
        _copy(raw, pos, end, parts, body_map)


def _next_fix_start(raw: str, scan: int, end: int, ascii: bool = False) -> int:
    """The first position at or after `scan` where a _FIX match may start, or -1."""
    if ascii:  # the only ASCII characters of _FIX_START: two str.find beat a class scan
        at = _find_first(raw, "&", "\t", scan, end)
    else:
        found = _FIX_START.search(raw, scan, end)
        at = found.start() if found else end
    if scan < at < end and raw[at - 1] == " " and raw[at] in _RUN_WHITESPACE:
        at -= 1  # " \t", " \u00a0": the whitespace run starts at the space
    spaces = raw.find("  ", scan, min(at + 1, end))  # a run of spaces starting before `at`
    return spaces if spaces >= 0 else (at if at < end else -1)


def _find_first(text: str, one: str, other: str, start: int, end: int) -> int:
    """The first position of `one` or `other` in text[start:end], else `end`."""
    found = text.find(one, start, end)
    end = found if found >= 0 else end
    found = text.find(other, start, end)
    return found if found >= 0 else end


def _replacement(found: str) -> str:
    if found[0] == "&" and found[-1] == ";":
        text = html.unescape(found)
        return " " if text == "\xa0" else _QUOTES.get(text, text)
    if found in _QUOTES:
        return _QUOTES[found]
    if found.isspace():
        return " "
    return ""  # zero-width characters and stray symbols inside a word


def _copy(raw: str, start: int, end: int, parts: list[str], body_map: OffsetMap) -> None:
    parts.append(raw[start:end])
    body_map.add_run(end - start, start, 1)


def _put(parts: list[str], body_map: OffsetMap, text: str, at: int) -> None:
    if text:
        parts.append(text)
        body_map.add_run(len(text), at, 0)


class OffsetMap(Sequence[int]):
    """Body index → raw index, kept as runs: copied text maps one to one (step 1), an
    inserted or replaced piece maps every character to one raw index (step 0). Behaves as
    a read-only list of ints, at a few numbers per run instead of one per character."""

    __slots__ = ("_starts", "_raws", "_steps", "_length")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._raws: list[int] = []
        self._steps: list[int] = []
        self._length = 0

    def add_run(self, length: int, raw_start: int, step: int) -> None:
        if length > 0:
            self._starts.append(self._length)
            self._raws.append(raw_start)
            self._steps.append(step)
            self._length += length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("body index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._raws[run] + (index - self._starts[run]) * self._steps[run]

    def __getstate__(self) -> tuple[list[int], list[int], list[int], int]:
        return self._starts, self._raws, self._steps, self._length

    def __setstate__(self, state: tuple[list[int], list[int], list[int], int]) -> None:
        self._starts, self._raws, self._steps, self._length = state
