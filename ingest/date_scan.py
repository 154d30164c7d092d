"""Where the date rules match in a text: each rule runs only in windows around the words
its phrases hold (month names, "day", four digits …), skipping windows that lack what it
needs; overlapping matches keep the earliest, then the longest.
"""

from __future__ import annotations

import re

from ingest.date_rules import ANAPHOR, MONTH, RULES, WEEKDAYS, Resolver

_Span = tuple[int, int, str, dict[str, "str | None"], "Resolver | None"]


# Rules run only in windows around words every phrase of their family contains, not over
# the whole text: most of an article has no date. Anchors are found with str.find (fast),
# or with one regex pass where that beats a dozen finds (month names: it opens with their
# capitals). Weekday names, relative days and anaphora all hold one of a few core words.
_R = RULES
_A = ("anaphor", ANAPHOR, None)
_MONTH_WORDS = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DAY_WORDS = (b"day", b"tonight", b"tomorrow", b"morning", b"afternoon", b"evening", b"occasion")
_Rule = tuple[str, re.Pattern[str], "Resolver | None"]
_Anchors = tuple[bytes, ...] | re.Pattern[str]  # words found in the lowered text, or a regex
_FAMILIES: list[tuple[_Anchors, bool, list[_Rule]]] = [
    (_MONTH_WORDS, False, [_R[0], _R[1], _R[2], _R[3], _R[4], _R[7], _R[8]]),
    (_DAY_WORDS, True, [_R[9], _R[10], _A]),  # "on Monday", "today", "that morning" …
    ((b"year", b"month", b"week"), True, [_R[11]]),
]
_YEAR_FAMILY: list[_Rule] = [_R[5], _R[6], _R[12]]  # around any four digits
_FOUR_DIGITS = re.compile(r"[0-9][0-9]{3}")  # opens with a class: a fast scan
_WINDOW = 48  # longer than any date phrase on either side of its anchor


# For some rules, strings one of which every match holds (as written, or lower-cased for
# the case-blind rules): a window holding none skips that rule's regex scan, which tries
# every position of the window. Case-blind tests run only on ASCII windows, where
# lower() folds exactly as the regex's IGNORECASE does ("ſ" matches "s" there, not here).
_Needs = tuple[tuple[str, ...], bool]  # (strings, case-blind)
_WEEKDAY_NAMES = tuple(w.capitalize() for w in WEEKDAYS)
_RELATIVE_PERIODS = tuple(
    f"{rel} {unit}"
    for rel in ("last", "previous", "this", "current", "next")
    for unit in ("year", "month", "week")
)
# Every month-family rule but "in March" reads a day or a year: an ASCII digit. Most
# month-name windows without one come from words like "Declaration" or "Market".
_ASCII_DIGIT = re.compile("[0-9]")  # searched once a window, before any gate
# Where the window has a digit, a gate: a month name directly followed by a day or a year
# ("March 18", "Jan. 5", "May, 2024") stands in every match of rules 0, 1, 3 and 7, a
# day directly before a month name ("18 March", "12th May") in every match of rules 2
# and 4. Each gate is one fast search a window (both open with a class).
_MONTH_THEN_NUMBER = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+[0-9]"
)
_NUMBER_THEN_MONTH = re.compile(
    r"\d(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
# "in March", "last May": a month name not followed by a number, digit or not. Windows
# opened by "Market", "Declaration" or a dated "March 18" lack one.
_MONTH_ALONE = re.compile(rf"{MONTH}(?!\s*\d)")
_Gate = re.Pattern[str]
_NEEDS: list[tuple[re.Pattern[str], _Needs | _Gate]] = [
    (
        ANAPHOR,
        (
            ("same day", "that day", "that morning", "that afternoon", "that evening")
            + ("in the day", "in the morning", "in the afternoon", "in the evening")
            + ("same occasion", "following day", "next day", "the day after")
            + ("previous day", "preceding day", "the day before"),
            True,
        ),
    ),
    (
        _R[10][1],
        (
            (
                "today",
                "tonight",
                "tomorrow",
                "yesterday",
                "this morning",
                "this afternoon",
                "this evening",
            ),
            True,
        ),
    ),
    (_R[9][1], (_WEEKDAY_NAMES, False)),
    (_R[11][1], (_RELATIVE_PERIODS, True)),
    (_R[6][1], (("-", "/"), False)),  # YYYY-MM-DD, YYYY/MM/DD
]
_NEEDS += [(_R[i][1], _MONTH_THEN_NUMBER) for i in (0, 1, 3, 7)]
_NEEDS += [(_R[i][1], _NUMBER_THEN_MONTH) for i in (2, 4)]
_NEEDS += [(_R[8][1], _MONTH_ALONE)]
_Checked = tuple[str, re.Pattern[str], "Resolver | None", "_Needs | _Gate | None"]


def _checked(rules: list[_Rule]) -> list[_Checked]:
    """`rules` with their needs attached (found by identity once: hashing a compiled
    pattern hashes its whole program)."""
    return [(k, p, r, next((n for q, n in _NEEDS if q is p), None)) for k, p, r in rules]


_CHECKED_FAMILIES = [(needles, low, _checked(rules)) for needles, low, rules in _FAMILIES]
_CHECKED_YEAR_FAMILY = _checked(_YEAR_FAMILY)


def _window_spans(text: str, lo: int, hi: int, rules: list[_Checked], found: list[_Span]) -> None:
    """Add the matches of `rules` inside `text[lo:hi]` to `found`, skipping the rules
    whose needed strings the window lacks."""
    window = text[lo:hi]
    digit: bool | None = None  # whether the window holds one, once asked
    gates: dict[int, bool] = {}  # each gate's answer, by id, once asked
    for kind, pattern, resolver, needs in rules:
        if isinstance(needs, re.Pattern):
            if needs is not _MONTH_ALONE:  # the other gates hold a digit: test that first
                if digit is None:
                    digit = _ASCII_DIGIT.search(window) is not None
                if not digit:
                    continue
            if not _passes(needs, text, lo, hi, gates):
                continue
        elif needs is not None and not _may_match(needs, window):
            continue
        for m in pattern.finditer(text, lo, hi):
            found.append((m.start(), m.end(), kind, m.groupdict(), resolver))


def _passes(gate: _Gate, text: str, lo: int, hi: int, answers: dict[int, bool]) -> bool:
    """Whether `gate` matches in text[lo:hi], asked once a window (`answers`)."""
    answer = answers.get(id(gate))
    if answer is None:
        answer = answers[id(gate)] = gate.search(text, lo, hi) is not None
    return answer


def _may_match(needs: _Needs, window: str) -> bool:
    """Whether a rule with these `needs` can match in `window`."""
    strings, caseless = needs
    if not caseless:
        return any(s in window for s in strings)
    if not window.isascii():
        return True  # leave it to the regex
    folded = window.lower()
    return any(s in folded for s in strings)


def _windows(starts: list[int], size: int, length: int) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    for pos in sorted(starts):
        lo, hi = max(0, pos - _WINDOW), min(length, pos + size + _WINDOW)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    return regions


def _find_all(text: str, shapes: bytes, lower: bytes, needles: _Anchors) -> list[int]:
    if needles is _MONTH_WORDS:
        return _month_starts(text, shapes)
    if isinstance(needles, re.Pattern):
        return [m.start() for m in needles.finditer(text)]
    found: list[int] = []
    for needle in needles:
        pos = lower.find(needle)
        while pos >= 0:
            found.append(pos)
            pos = lower.find(needle, pos + 1)
    return found


# The anchor scans read ASCII only, so they run on `text` as one byte per character (so
# at text's offsets: ASCII and Latin-1 as they are, any other character "?"), where
# lower() and translate() cost a few instructions a character and str.lower() or a
# regex class scan ten times more.


def _one_byte_each(text: str) -> bytes:
    return text.encode("latin-1", "replace")


def _lowered(text: str, one_byte: bytes) -> bytes | None:
    """`text` lower-cased at text's offsets for the case-blind anchor words, or None when
    lower() moves the offsets ("İ" → "i̇"). Bytes.lower() (ASCII only) finds the same
    ASCII words unless the Kelvin sign is there, the one other character lower() turns
    into an ASCII letter ("K" → "k")."""
    if "\u0130" in text:  # "İ"
        return None
    if "\u212a" in text:
        return _one_byte_each(text.lower())
    return one_byte.lower()


def _shapes(one_byte: bytes) -> bytes:
    """`one_byte` with every ASCII digit read as "0", every capital a month name opens with
    as "X" and every letter that follows one as "y": one translate serves both scans below."""
    return one_byte.translate(_SHAPE)


def _four_digit_starts(shapes: bytes) -> list[int]:
    """Where `_FOUR_DIGITS.finditer(text)` matches: the runs "0000" of `_shapes(...)` found
    by bytes.find (only digits read as "0")."""
    found: list[int] = []
    pos = shapes.find(b"0000")
    while pos >= 0:
        found.append(pos)
        pos = shapes.find(b"0000", pos + 4)  # non-overlapping, as finditer
    return found


def _month_starts(text: str, shapes: bytes) -> list[int]:
    """Where `_MONTH_WORDS.finditer(text)` matches (names cannot overlap: each opens with
    the only capital). In `_shapes(...)`, bytes.find(b"Xyy") leaves a few candidates to
    check."""
    found: list[int] = []
    pos = shapes.find(b"Xyy")
    while pos >= 0:
        if text[pos : pos + 3] in _MONTH_NAMES:
            found.append(pos)
        pos = shapes.find(b"Xyy", pos + 1)
    return found


_MONTH_NAMES = frozenset(_MONTH_WORDS.pattern.split("|"))
_CAPITALS = "".join(sorted({name[0] for name in _MONTH_NAMES}))
_FOLLOWING = "".join(sorted({letter for name in _MONTH_NAMES for letter in name[1:]}))
_SHAPE = bytes.maketrans(
    (_CAPITALS + _FOLLOWING + "123456789").encode(),
    b"X" * len(_CAPITALS) + b"y" * len(_FOLLOWING) + b"0" * 9,
)


def date_spans(text: str) -> list[_Span]:
    """All rule matches, overlaps resolved: earliest start, then longest, wins."""
    one_byte = _one_byte_each(text)
    lower = _lowered(text, one_byte)
    shapes = _shapes(one_byte)
    whole = [(0, len(text))]  # lower() changed the length ("İ"): its offsets are not text's
    jobs = [
        (
            whole
            if lower is None and low
            else _windows(_find_all(text, shapes, lower or b"", needles), 10, len(text)),
            rules,
        )
        for needles, low, rules in _CHECKED_FAMILIES
    ]
    jobs.append((_windows(_four_digit_starts(shapes), 4, len(text)), _CHECKED_YEAR_FAMILY))
    found: list[_Span] = []
    for regions, rules in jobs:
        for lo, hi in regions:
            _window_spans(text, lo, hi, rules, found)
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[_Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
