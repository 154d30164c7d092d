"""Date mentions in article text, resolved against the publication date (python-dateutil).

How the extractor calls it:

    from ingest.dates import find_dates, resolve, nearest_before
    mentions = find_dates(doc.body, doc.published)          # every mention, in text order
    m = nearest_before(mentions, sentence_start, sentence_end)  # the one governing a sentence
    m.iso        # "2025-02-21", "2025-02", "2025" or None when the text does not fix it
    m.text       # the phrase as written ("on Tuesday", "May 5-12, 2025", "the same day")
    resolve("in June last year", "2020-10-19")  # "2019-06", one phrase on its own

Rules: a year-less "February 21"/"in August" takes the publication year (the previous year
when the month is after the publication month), else `year_hint`, else stays None.
Weekdays ("on Tuesday", "this Monday (29)") are the latest such day on or before
publication. "today", "yesterday", "last month", "in June last year" … need the
publication date. Anaphora ("the same day", "later that day", "the following day")
resolve against the nearest earlier day-precise mention; `resolve(..., context=iso)` does
the same for a single phrase. Ranges keep what both ends share ("May 5-12, 2025" →
"2025-05"). Nothing is invented: no year anywhere → None, the phrase is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Month and weekday names must be capitalised: "may", "march" are also verbs.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[89]|20)\d{2}(?!\d)"
_TO = r"\s*(?:-|–|—|(?i:to|and|until|till))\s*"
_ON = r"(?:\b(?P<on>(?i:on|this|last|early|late))\s+)?"  # a whole word: not "Leon Monday"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class DateMention:
    """A date phrase at `text[start:end]`; `iso` is its ISO prefix or None if not fixed."""

    start: int
    end: int
    text: str
    iso: str | None
    kind: str = ""  # which rule read it: day, range, month, year, weekday, relative, anaphor

    @property
    def is_day(self) -> bool:
        """A mention of one particular day (or a day range): an antecedent for "the same day"."""
        return self.kind in ("day", "range", "weekday", "relative_day", "anaphor")


@dataclass(frozen=True)
class _Anchor:
    """What resolution knows: the publication date (parts may be missing) and hints."""

    year: int | None
    month: int | None
    day: int | None
    year_hint: int | None

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


@lru_cache(maxsize=64)  # a few publication dates per article, asked for every phrase
def _anchor(published: str | None, year_hint: int | None) -> _Anchor:
    parts = [int(p) for p in re.findall(r"\d+", published or "")[:3]]
    parts += [0] * (3 - len(parts))
    try:
        if parts[0] and parts[1] and parts[2]:
            date(parts[0], parts[1], parts[2])
    except ValueError:
        parts = [parts[0], 0, 0]
    return _Anchor(parts[0] or None, parts[1] or None, parts[2] or None, year_hint)


# ── resolvers: (match, anchor) -> iso ────────────────────────────────────────────────


def _month_of(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")]


def _day_of(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _year_for_month(month: int, a: _Anchor) -> int | None:
    """The year of a year-less month: publication year, or the previous one when the
    month is after the publication month; else the caller's hint."""
    if a.year and a.month:
        return a.year - 1 if month > a.month else a.year
    return a.year or a.year_hint


def _explicit_or_inferred(y: str | None, month: int, a: _Anchor) -> int | None:
    return int(y) if y else _year_for_month(month, a)


def _r_day(g: dict[str, str | None], a: _Anchor) -> str | None:
    month = _month_of(g["m"] or "")
    return _iso(_explicit_or_inferred(g.get("y"), month, a), month, _day_of(g["d"] or ""))


def _r_range(g: dict[str, str | None], a: _Anchor) -> str | None:
    month = _month_of(g["m"] or "")
    month2 = _month_of(g.get("m2") or g["m"] or "")
    year = _explicit_or_inferred(g.get("y"), month, a)
    return _iso(year, month) if month == month2 else _iso(year)


def _r_month_year(g: dict[str, str | None], a: _Anchor) -> str | None:
    return _iso(int(g["y"] or 0), _month_of(g["m"] or ""))


def _r_month(g: dict[str, str | None], a: _Anchor) -> str | None:
    month = _month_of(g["m"] or "")
    shift = {"last": -1, "this": 0, "next": 1}
    yrel = (g.get("yrel") or "").lower()
    if yrel:
        return _iso(a.year + shift[yrel], month) if a.year else None
    rel = (g.get("rel") or "").lower()
    if rel == "next" and a.year and a.month:
        return _iso(a.year + 1 if month <= a.month else a.year, month)
    if rel == "last" and a.year and a.month:
        return _iso(a.year - 1 if month >= a.month else a.year, month)
    return _iso(_year_for_month(month, a), month)


def _r_numeric(g: dict[str, str | None], a: _Anchor) -> str | None:
    d, m, y = int(g["d"] or 0), int(g["mo"] or 0), int(g["y"] or 0)
    # Vietnamese press writes day/month/year; "1/9/1963" is ambiguous to foreign readers,
    # so an unpadded pair that could be either keeps only the year.
    if d <= 12 and m <= 12 and d != m and not (g["d"] or "").startswith("0"):
        return _iso(y)
    return _iso(y, m, d)


def _r_iso(g: dict[str, str | None], a: _Anchor) -> str | None:
    return _iso(int(g["y"] or 0), int(g["mo"] or 0), int(g["d"] or 0))


def _r_year(g: dict[str, str | None], a: _Anchor) -> str | None:
    return g["y"]


def _r_weekday(g: dict[str, str | None], a: _Anchor) -> str | None:
    pub = a.date
    if pub is None:
        return None
    weekday = _WEEKDAYS.index((g["w"] or "").lower())
    if g.get("d"):
        return _day_number_near(pub, int(g["d"] or 0), weekday)
    if (g.get("rel") or "").strip().lower() == "next":
        return (pub + relativedelta(days=1, weekday=weekday)).isoformat()
    latest = pub + relativedelta(weekday=_dateutil_weekday(weekday, -1))
    if latest == pub and (g.get("on") or "").lower() == "last":
        latest -= timedelta(days=7)  # "last Friday" written on a Friday: a week ago
    return latest.isoformat()


def _dateutil_weekday(index: int, n: int) -> object:
    from dateutil.relativedelta import weekdays

    return weekdays[index](n)


def _day_number_near(pub: date, day: int, weekday: int) -> str | None:
    """ "Tuesday (22)": day 22 of the publication month, or of the month before when 22
    is after publication — whichever falls on that weekday, else the nearer one."""
    candidates = []
    for months_back in (0, 1):
        first = pub.replace(day=1) - relativedelta(months=months_back)
        try:
            candidates.append(first.replace(day=day))
        except ValueError:
            continue
    past = [c for c in candidates if c <= pub] or candidates
    for c in past:
        if c.weekday() == weekday:
            return c.isoformat()
    return past[0].isoformat() if past else None


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1}


def _r_relative_day(g: dict[str, str | None], a: _Anchor) -> str | None:
    pub = a.date
    if pub is None:
        return None
    word = (g["rd"] or "").lower()
    offset = -2 if "day before yesterday" in word else _RELATIVE_DAYS[word.split()[0]]
    return (pub + timedelta(days=offset)).isoformat()


def _r_relative_period(g: dict[str, str | None], a: _Anchor) -> str | None:
    shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[
        (g["rel"] or "").lower()
    ]
    unit = (g["unit"] or "").lower()
    if unit == "year":
        return _iso(a.year + shift) if a.year else None
    pub = a.date or (date(a.year, a.month, 1) if a.year and a.month else None)
    if pub is None:
        return None
    if unit == "month":
        then = pub + relativedelta(months=shift)
        return _iso(then.year, then.month)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
    sunday = monday + timedelta(days=6)
    if a.date is None:
        return None
    if monday.month == sunday.month:
        return _iso(monday.year, monday.month)
    return _iso(monday.year) if monday.year == sunday.year else None


_Resolver = Callable[[dict[str, "str | None"], _Anchor], "str | None"]

# (kind, pattern, resolver), longest forms first; overlaps keep the longest match.
# A pattern that does not open with a month name starts with a lookahead on the characters
# it can start with: the same matches, but most positions fail on one class test.
_STARTS_DAY_OR_WEEKDAY = r"(?=[0-9MTWFS])"
_RULES: list[tuple[str, re.Pattern[str], _Resolver]] = [
    (
        "range",
        _rx(
            rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_TO}(?P<m2>{_MONTH})\s+{_DAY}(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _r_range,
    ),
    (
        "range",
        _rx(rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_TO}{_DAY}(?:,?\s+(?P<y>{_YEAR}))?"),
        _r_range,
    ),
    (
        "range",
        _rx(rf"(?=[0-9])\b(?P<d>{_DAY}){_TO}{_DAY}\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
        _r_range,
    ),
    (
        "day",
        _rx(
            rf"(?=[JFMASONDTW])(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _r_day,
    ),
    (
        "day",
        _rx(
            rf"{_STARTS_DAY_OR_WEEKDAY}(?:{_WEEKDAY},?\s+)?(?<!\d)(?P<d>{_DAY})\s+(?P<m>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _r_day,
    ),
    (
        "day",
        _rx(
            r"(?=\d)(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<mo>\d{1,2})(?P=sep)(?P<y>\d{4})"
            r"(?![\d/])"
        ),
        _r_numeric,
    ),
    ("day", _rx(r"(?=\d)(?<!\d)(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?!\d)"), _r_iso),
    ("month", _rx(rf"(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})"), _r_month_year),
    (
        "month",
        _rx(
            r"\b(?=(?i:[isdutbfaoelmnw]))"  # a whole word: "Putin March" is no "in March"
            r"(?:(?i:in|within|since|during|until|till|by|from|before|after|of|early|late|mid|"
            r"end of|beginning of|the end of)\s+(?:(?i:early|late|mid)-?\s*)?"
            rf"|(?P<rel>(?i:last|this|next))\s+)(?P<m>{_MONTH})(?!\s*\d)"
            r"(?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?"
        ),
        _r_month,
    ),
    (
        "weekday",
        _rx(
            rf"(?:(?=[MTWFS])|\b(?=(?i:[otle]))|(?=(?i:n))){_ON}(?P<rel>(?i:next)\s+)?(?P<w>{_WEEKDAY})"
            rf"(?!,?\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}))"  # "Tuesday, May 6" is a day
            r"(?:\s*\((?P<d>\d{1,2})\))?"
        ),
        _r_weekday,
    ),
    (
        "relative_day",
        _rx(
            r"(?i:\b(?P<rd>the day before yesterday|today|tonight|tomorrow"
            r"|this (?:morning|afternoon|evening)|yesterday)\b"
            r"(?:\s+(?:morning|afternoon|evening|night))?)"
        ),
        _r_relative_day,
    ),
    (
        "relative",
        _rx(
            r"(?i:\b(?=[elptcn])(?:(?:earlier|later) )?(?P<rel>last|previous|this|current|next) "
            r"(?P<unit>year|month|week)\b)"
        ),
        _r_relative_period,
    ),
    ("year", _rx(rf"(?=[12])(?<![\d/.,])(?P<y>{_YEAR})(?![/]|-\d\d-|s\b)"), _r_year),
]

# Phrases that repeat an earlier day: offset in days from their antecedent.
_ANAPHOR = re.compile(
    r"(?i:\b(?=[tleioa])(?:(?:later|earlier|also)\s+)?(?:on\s+)?(?:"
    r"(?P<same>the same day|that (?:same )?day|that (?:morning|afternoon|evening)"
    r"|(?:later|earlier) in the day|in the (?:morning|afternoon|evening)|on the same occasion)"
    r"|(?P<next>the (?:following|next) day|the day after)"
    r"|(?P<prev>the (?:previous|preceding) day|the day before(?! yesterday))"
    r")\b)"
)


def find_dates(text: str, published: str | None, year_hint: int | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order, resolved against `published`."""
    anchor = _anchor(published, year_hint)
    mentions: list[DateMention] = []
    last_day: DateMention | None = None
    for start, end, kind, groups, resolver in _spans(text):
        iso = _anaphor_iso(groups, last_day) if resolver is None else resolver(groups, anchor)
        mention = DateMention(start, end, text[start:end], iso, kind)
        mentions.append(mention)
        if mention.is_day and mention.iso:
            last_day = mention
    return mentions


def resolve(
    phrase: str,
    published: str | None,
    year_hint: int | None = None,
    context: str | None = None,
) -> str | None:
    """The ISO prefix of one date phrase; `context` is the ISO date an anaphor ("the same
    day", "the following day") refers to."""
    if context:
        match = _ANAPHOR.search(phrase)
        if match:
            ante = DateMention(0, 0, "", context, "day")
            return _anaphor_iso(match.groupdict(), ante)
    mentions = find_dates(phrase, published, year_hint)
    return mentions[0].iso if mentions else None


def nearest_before(
    mentions: list[DateMention], start: int, end: int | None = None
) -> DateMention | None:
    """The mention inside `[start, end)` (first one), else the last one before `start`."""
    inside = [m for m in mentions if m.start >= start and (end is None or m.end <= end)]
    if inside:
        return inside[0]
    before = [m for m in mentions if m.end <= start]
    return before[-1] if before else None


def is_anaphor(phrase: str) -> bool:
    """True for phrases that only repeat an earlier date ("the same day", "that day")."""
    return bool(_ANAPHOR.search(phrase))


def _anaphor_iso(groups: dict[str, str | None], antecedent: DateMention | None) -> str | None:
    if antecedent is None or antecedent.iso is None:
        return None
    if groups.get("same"):
        return antecedent.iso
    if len(antecedent.iso) != 10:
        return None
    offset = 1 if groups.get("next") else -1
    return (date.fromisoformat(antecedent.iso) + timedelta(days=offset)).isoformat()


_Span = tuple[int, int, str, dict[str, "str | None"], "_Resolver | None"]


# Rules run only in windows around words every phrase of their family contains, not over
# the whole text: most of an article has no date. Anchors are found with str.find (fast),
# or with one regex pass where that beats a dozen finds (month names: it opens with their
# capitals). Weekday names, relative days and anaphora all hold one of a few core words.
_R = _RULES
_A = ("anaphor", _ANAPHOR, None)
_MONTH_WORDS = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DAY_WORDS = (b"day", b"tonight", b"tomorrow", b"morning", b"afternoon", b"evening", b"occasion")
_Rule = tuple[str, re.Pattern[str], "_Resolver | None"]
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
_WEEKDAY_NAMES = tuple(w.capitalize() for w in _WEEKDAYS)
_RELATIVE_PERIODS = tuple(
    f"{rel} {unit}"
    for rel in ("last", "previous", "this", "current", "next")
    for unit in ("year", "month", "week")
)
# Every month-family rule but "in March" reads a day or a year: an ASCII digit. Most
# month-name windows without one come from words like "Declaration" or "Market".
_DIGIT: _Needs = (tuple("0123456789"), False)  # tested with one regex scan, once a window
_ASCII_DIGIT = re.compile("[0-9]")
_NEEDS: list[tuple[re.Pattern[str], _Needs]] = [
    (
        _ANAPHOR,
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
    (_R[6][1], (("-",), False)),  # YYYY-MM-DD
] + [(_R[i][1], _DIGIT) for i in (0, 1, 2, 3, 4, 7)]
_Checked = tuple[str, re.Pattern[str], "_Resolver | None", "_Needs | None"]


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
    for kind, pattern, resolver, needs in rules:
        if needs is _DIGIT:
            if digit is None:
                digit = _ASCII_DIGIT.search(window) is not None
            if not digit:
                continue
        elif needs is not None and not _may_match(needs, window):
            continue
        for m in pattern.finditer(text, lo, hi):
            found.append((m.start(), m.end(), kind, m.groupdict(), resolver))


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


def _find_all(text: str, one_byte: bytes, lower: bytes, needles: _Anchors) -> list[int]:
    if needles is _MONTH_WORDS:
        return _month_starts(text, one_byte)
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


def _four_digit_starts(one_byte: bytes) -> list[int]:
    """Where `_FOUR_DIGITS.finditer(text)` matches: with every ASCII digit read as "0",
    the runs "0000" found by bytes.find."""
    digits = one_byte.translate(_DIGITS_AS_ZERO)
    found: list[int] = []
    pos = digits.find(b"0000")
    while pos >= 0:
        found.append(pos)
        pos = digits.find(b"0000", pos + 4)  # non-overlapping, as finditer
    return found


_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _month_starts(text: str, one_byte: bytes) -> list[int]:
    """Where `_MONTH_WORDS.finditer(text)` matches (names cannot overlap: each opens with
    the only capital). With every capital a name opens with read as "X" and every letter
    that follows one as "y", bytes.find(b"Xyy") leaves a few candidates to check."""
    shapes = one_byte.translate(_MONTH_SHAPE)
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
_MONTH_SHAPE = bytes.maketrans(
    (_CAPITALS + _FOLLOWING).encode(), b"X" * len(_CAPITALS) + b"y" * len(_FOLLOWING)
)


def _spans(text: str) -> list[_Span]:
    """All rule matches, overlaps resolved: earliest start, then longest, wins."""
    one_byte = _one_byte_each(text)
    lower = _lowered(text, one_byte)
    whole = [(0, len(text))]  # lower() changed the length ("İ"): its offsets are not text's
    jobs = [
        (
            whole
            if lower is None and low
            else _windows(_find_all(text, one_byte, lower or b"", needles), 10, len(text)),
            rules,
        )
        for needles, low, rules in _CHECKED_FAMILIES
    ]
    jobs.append((_windows(_four_digit_starts(one_byte), 4, len(text)), _CHECKED_YEAR_FAMILY))
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
