"""Date rules: the patterns that read a date phrase ("May 5-12, 2025", "on Tuesday", "the
same day") and the resolvers that turn a match into an ISO prefix against the publication
date (`_Anchor`). `ingest.dates` runs them; `ingest.date_scan` finds where to run them.
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
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Month and weekday names must be capitalised: "may", "march" are also verbs.
MONTH = (
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
def anchor_for(published: str | None, year_hint: int | None) -> _Anchor:
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
    if m > 12 >= d:  # "05/14/2022": no month 14, so the US month/day order
        return _iso(y, d, m)
    return _iso(y, m, d)


def _r_iso(g: dict[str, str | None], a: _Anchor) -> str | None:
    return _iso(int(g["y"] or 0), int(g["mo"] or 0), int(g["d"] or 0))


def _r_year(g: dict[str, str | None], a: _Anchor) -> str | None:
    return g["y"]


def _r_weekday(g: dict[str, str | None], a: _Anchor) -> str | None:
    pub = a.date
    if pub is None:
        return None
    weekday = WEEKDAYS.index((g["w"] or "").lower())
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


Resolver = Callable[[dict[str, "str | None"], _Anchor], "str | None"]

# (kind, pattern, resolver), longest forms first; overlaps keep the longest match.
# A pattern that does not open with a month name starts with a lookahead on the characters
# it can start with: the same matches, but most positions fail on one class test.
_STARTS_DAY_OR_WEEKDAY = r"(?=[0-9MTWFS])"
RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "range",
        _rx(
            rf"(?P<m>{MONTH})\s+(?P<d>{_DAY}){_TO}(?P<m2>{MONTH})\s+{_DAY}(?:,?\s+(?P<y>{_YEAR}))?"
        ),
        _r_range,
    ),
    (
        "range",
        _rx(rf"(?P<m>{MONTH})\s+(?P<d>{_DAY}){_TO}{_DAY}(?:,?\s+(?P<y>{_YEAR}))?"),
        _r_range,
    ),
    (
        "range",
        _rx(rf"(?=[0-9])\b(?P<d>{_DAY}){_TO}{_DAY}\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
        _r_range,
    ),
    (
        "day",
        _rx(
            rf"(?=[JFMASONDTW])(?:{_WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d>{_DAY})"
            rf"(?:(?:,?\s+|,)(?P<y>{_YEAR}))?"  # "September 10,2018" on some portals
        ),
        _r_day,
    ),
    (
        "day",
        _rx(
            rf"{_STARTS_DAY_OR_WEEKDAY}(?:{_WEEKDAY},?\s+)?(?<!\d)(?P<d>{_DAY})\s+(?P<m>{MONTH})"
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
    # ISO, and the year-first stamp some portals print ("07:12, 2020/10/23")
    (
        "day",
        _rx(r"(?=\d)(?<!\d)(?P<y>\d{4})(?P<sep>[-/])(?P<mo>\d{2})(?P=sep)(?P<d>\d{2})(?![\d/])"),
        _r_iso,
    ),
    ("month", _rx(rf"(?P<m>{MONTH}),?\s+(?P<y>{_YEAR})"), _r_month_year),
    (
        "month",
        _rx(
            r"\b(?=(?i:[isdutbfaoelmnw]))"  # a whole word: "Putin March" is no "in March"
            r"(?:(?i:in|within|since|during|until|till|by|from|before|after|of|early|late|mid|"
            r"end of|beginning of|the end of)\s+(?:(?i:early|late|mid)-?\s*)?"
            rf"|(?P<rel>(?i:last|this|next))\s+)(?P<m>{MONTH})(?!\s*\d)"
            r"(?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?"
        ),
        _r_month,
    ),
    (
        "weekday",
        _rx(
            rf"(?:(?=[MTWFS])|\b(?=(?i:[otle]))|(?=(?i:n))){_ON}(?P<rel>(?i:next)\s+)?(?P<w>{_WEEKDAY})"
            # "Tuesday, May 6" and "Monday, 10/25/2021" are days
            rf"(?!,?\s+(?:{MONTH}\s+{_DAY}|{_DAY}\s+{MONTH}|\d{{1,2}}(?P<wsep>[/.-])\d{{1,2}}(?P=wsep)\d{{4}}))"
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
ANAPHOR = re.compile(
    r"(?i:\b(?=[tleioa])(?:(?:later|earlier|also)\s+)?(?:on\s+)?(?:"
    r"(?P<same>the same day|that (?:same )?day|that (?:morning|afternoon|evening)"
    r"|(?:later|earlier) in the day|in the (?:morning|afternoon|evening)|on the same occasion)"
    r"|(?P<next>the (?:following|next) day|the day after)"
    r"|(?P<prev>the (?:previous|preceding) day|the day before(?! yesterday))"
    r")\b)"
)
