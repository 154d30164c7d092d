"""When an UPGRADED_TO fact happened (`upgrades.py`): a date in its clause, "75 years ago",
the anniversary year minus N, the publication month for "have upgraded", or the date
governing the sentences before (`relation_context.Context`).

    date_for(ctx, index, level, bounds, anchor, how, years, trigger_kind)
        -> (iso, date phrase, where it came from)
"""

from __future__ import annotations

import re

from ingest.dates import DateMention, find_dates
from ingest.extract.cues import first_letters, scan_first
from ingest.extract.relation_context import Context, years_ago
from ingest.extract.relation_words import CARDINALS, count_of

_PERFECT = re.compile(r"(?=[hH])\b(?:have|has)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "a decade after setting up …": a date the text does not give
_RELATIVE_TIME = re.compile(
    r"(?=[dymDYM])\b(?:decades?|years?|months?)\s+(?:after|before|since)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# a relative aside closing just before the trigger: its dates are its own
_ASIDE = re.compile(r",\s*(?:which|who)\b[^;]*,(?=(?:\s+\w+){0,3}\s*$)", re.IGNORECASE)
_EARLIER = re.compile(
    r"(?=[dymDYM])\b(?:decades?|years?|months?)\s+(?:earlier|before|prior)\b", re.IGNORECASE
)
_EARLIER_STARTS = re.compile(first_letters(["decade", "year", "month"]))
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def date_for(
    ctx: Context,
    index: int,
    level: tuple[int, int],
    bounds: tuple[int, int],
    anchor: tuple[int, int],
    how: str,
    years: int,
    trigger_kind: str,
) -> tuple[str | None, str | None, str | None]:
    """(iso, the date phrase, where it came from) for one fact: a date in its clause,
    else (for an elevation) in its sentence; "have upgraded" is the publication month;
    else the date governing the sentences before. `level`: where the level is named,
    `bounds` its clause, `anchor` the words that state the fact (offsets into the
    sentence); `years` since then for an anniversary."""
    m_start, m_end = level
    if how == "mention":
        return None, None, None
    whole = (0, len(ctx.sentences[index].text))
    if how == "anniversary":
        lo, hi = min(anchor[0], m_start), max(anchor[1], m_end)
        founded = (
            _span_start_day(ctx.sentences[index].text, hi, years)
            or _founding_aside(ctx.sentences[index].text, hi, years, ctx.published)
            or _since_own_date(ctx, index, lo, hi)
        )
        if founded is not None:
            return founded, founded, "anniversary"
        return _anniversary_date(ctx, _anniversary_time(ctx, index, lo, hi), years, lo, hi)
    text = ctx.sentences[index].text
    ago = years_ago(text, m_end, ctx.published)
    if ago is not None:  # "established diplomatic ties 75 years ago", "… for 30 years"
        return ago[0], ago[1], "anniversary" if ago[0] else None
    relative = _RELATIVE_TIME.search(text, max(0, anchor[0] - 40), anchor[0]) or scan_first(
        _EARLIER, _EARLIER_STARTS, text, bounds[0], bounds[1]
    )
    if relative:  # "a decade after setting up …": only a date of its own counts
        bounds = (anchor[0], bounds[1])
    aside = _ASIDE.search(text, 0, anchor[0])  # ", which … in 1989, have elevated"
    skip = aside.span() if aside else (0, 0)
    near = ctx.nearest_date(index, bounds, m_start, m_end, skip)
    if near is None and trigger_kind == "raise":
        near = ctx.nearest_date(index, whole, m_start, m_end, skip)
    if near is None:
        near = _fronted_date(ctx, index, skip)
    if near is not None:
        return near.iso, near.text, "sentence"
    counted = _years_after_opening(ctx, index, anchor[0])
    if counted is not None:
        return counted
    if relative:
        return None, None, None
    if _PERFECT.search(text, max(0, anchor[0] - 30), anchor[0]) and ctx.published:
        return ctx.published[:7], None, "published"  # "have upgraded": just now
    if _SINCE_BEFORE.search(text, max(0, anchor[0] - 40), anchor[0]):
        return None, None, None  # "since the official upgrade of ties to …": earlier, undated
    inherited = ctx.inherited_date(index)
    if inherited is None:
        return None, None, None
    return inherited.iso, inherited.text, "context"


# "Ten years after A and B established the Comprehensive Partnership, the two countries
# have …": the opening phrase counts back from the time of the main clause
_YEARS_AFTER = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(CARDINALS) + r")\s+years\s+after\b", re.IGNORECASE
)


def _years_after_opening(ctx: Context, index: int, anchor: int) -> tuple[str, str, str] | None:
    """(year, phrase, "anniversary") when the fact is told inside an opening "N years
    after …," phrase and the main clause has a date (publication, else the one governing
    the sentence); None otherwise."""
    text = ctx.sentences[index].text
    if "years after" not in text[:anchor].lower():
        return None  # most facts
    after = _YEARS_AFTER.search(text, 0, anchor)
    if after is None or "," in text[: after.start()]:
        return None  # not an opening phrase (a dateline "Hanoi (VNA) –" may stand before)
    if not anchor < text.find(",", after.end()):
        return None  # the fact is the main clause's, or no comma closes the phrase
    inherited = None if ctx.published else ctx.inherited_date(index)
    base = ctx.published or (inherited.iso if inherited else None)
    if not base:
        return None
    return f"{int(base[:4]) - count_of(after['n']):04d}", after.group().strip(), "anniversary"


# A date fronted before the sentence's subject dates all its clauses: "In 2024, Vietnam
# upgraded … with Australia; … and established a Comprehensive Partnership with Mongolia."
_FRONTED = re.compile(r"(?:In|By|On|Throughout|During)\s+(?:the\s+year\s+)?$")
_FRONTED_COMMA = re.compile(r"\s*,")


def _fronted_date(ctx: Context, index: int, skip: tuple[int, int]) -> DateMention | None:
    text = ctx.sentences[index].text
    first = ctx.nearest_date(index, (0, min(len(text), 40)), 0, 0, skip)
    if first is None or not _FRONTED.fullmatch(text, 0, first.start):
        return None
    return first if _FRONTED_COMMA.match(text, first.end) else None


# "(1973-2023)", "(September 1, 1963 – September 1, 2023)": either end may be a full day
_SPAN_DAY = r"(?:[A-Z][a-z]+ \d{1,2},? )?"
_YEAR_SPAN = re.compile(
    rf"\s*\(?\s*{_SPAN_DAY}((?:1[89]|20)\d\d)\s*[-–—]\s*{_SPAN_DAY}((?:1[89]|20)\d\d)\b"
)
# The pair may stand between the level and its dates: "diplomatic relations between the
# two countries (June 19, 1975 – 2025)"
_PAIR_GAP = r"(?:\s+between\s+[^().,;]{3,60}?)?"
# "(December 30, 1955–2025)": the span opens on the founding day itself
_DAY_SPAN = re.compile(
    _PAIR_GAP + r"\s*\(\s*(?P<day>[A-Z][a-z]+ \d{1,2},? (?P<first>(?:1[89]|20)\d\d))"
    rf"\s*[-–—]\s*{_SPAN_DAY}(?P<last>(?:1[89]|20)\d\d)\b"
)


def _span_start_day(text: str, hi: int, years: int) -> str | None:
    """The founding day of an anniversary span right after it, when the span's years
    are N apart (so its first date is the one counted from)."""
    span = _DAY_SPAN.match(text, hi)
    if span is None or int(span["last"]) - int(span["first"]) != years:
        return None
    return _day_iso(span["day"])


# "the 63rd anniversary of diplomatic ties (November 17, 1954)": one date in brackets
# right after the level is the day counted from, not the day of the anniversary
_FOUNDING_ASIDE = re.compile(
    _PAIR_GAP + r"\s*\(\s*(?P<day>[A-Z][a-z]+ \d{1,2},?\s*)?(?P<year>(?:1[89]|20)\d\d)\s*\)"
)


def _founding_aside(text: str, hi: int, years: int, published: str | None) -> str | None:
    """The founding date in brackets right after an anniversary's level; with a
    publication date it must lie about N years before it, without one only a full
    day ("November 17, 1954") is taken for it."""
    aside = _FOUNDING_ASIDE.match(text, hi)
    if aside is None:
        return None
    year = aside["year"]
    if published and abs(int(published[:4]) - int(year) - years) > 1:
        return None  # "(2024)": the year of the anniversary itself
    if not aside["day"]:
        return year if published else None  # a bare "(2025)" may be the anniversary's year
    return _day_iso(f"{aside['day'].strip()} {year}")


def _day_iso(phrase: str) -> str | None:
    """A written day ("November 17, 1954") read as every date is (`find_dates`)."""
    found = find_dates(phrase, None)
    return found[0].iso if len(found) == 1 and found[0].kind == "day" else None


_OWN_DATE_GAP = re.compile(r",?\s+(?:[a-z]+\s+)?(?:in|on)\s+")  # "… framework in 2010"


def _since_own_date(ctx: Context, index: int, lo: int, hi: int) -> str | None:
    """ "15 years since the adoption of the framework in 2010": after "since" the date
    right after the level ("in 2010") is the day it was set, not the anniversary's."""
    text = ctx.sentences[index].text
    if "since" not in text[lo:hi]:
        return None
    near = ctx.nearest_date(index, (hi, min(len(text), hi + 30)), hi, hi)
    if near is None or near.start < hi or not _OWN_DATE_GAP.fullmatch(text, hi, near.start):
        return None
    return near.iso


# "the 60th anniversary of diplomatic relations and 45th anniversary of the treaty in
# 2022": the date after the second anniversary is the first one's too
_AND_ANNIVERSARY = re.compile(r"\s+and\s+(?:the\s+)?[\w-]+\s+anniversary\b")
_PAST_REFERENCE = re.compile(r"\b(?:since|after|before|until|from|by|between)\s+$", re.I)


def _anniversary_time(ctx: Context, index: int, lo: int, hi: int) -> DateMention | None:
    """When the anniversary falls: a date right after it ("… diplomatic relations next
    year", "in 2025"), else one shortly before that is not a past reference
    ("This year the two countries celebrate …", not "the first since November 2017")."""
    sent = ctx.sentences[index]
    span = _YEAR_SPAN.match(sent.text, hi)
    if span:  # "diplomatic relations (1973-2023)": the anniversary is the later year
        return DateMention(span.start(2), span.end(2), span.group(2), span.group(2), "year")
    reach = 150 if _AND_ANNIVERSARY.match(sent.text, hi) else 60
    after = ctx.nearest_date(index, (hi, min(len(sent.text), hi + reach)), hi, hi)
    if after is not None and after.start >= hi:
        return after
    before = [
        d
        for d in sent.dates
        if lo - 80 <= d.start and d.end <= lo and not _past_reference(sent.text, d, lo)
    ]
    return before[-1] if before else None


def _past_reference(text: str, date: DateMention, lo: int) -> bool:
    """Whether `date` is a time before the anniversary ("the first since November 2017"),
    not its time. "By 2020, A and B will have had 48 years of ties" (or "will mark 48
    years") counts to 2020."""
    word = _PAST_REFERENCE.search(text, max(0, date.start - 12), date.start)
    if word is None:
        return False
    return not (word.group().strip().lower() == "by" and "will " in text[date.end : lo])


def _anniversary_date(
    ctx: Context, near: DateMention | None, years: int, lo: int, hi: int
) -> tuple[str | None, str | None, str | None]:
    """The year of the anniversary minus N; a day-precise anniversary date right beside
    it ("January 30 this year, when … the 76th anniversary") keeps its month and day."""
    base = near.iso if near is not None and near.iso else None
    text = near.text if near is not None else None
    if base is None:
        if not ctx.published:
            return None, text, None
        base, text = ctx.published[:4], None
    iso = f"{int(base[:4]) - years:04d}"
    adjacent = (
        near is not None
        and (near.start >= hi - 2 or near.end <= lo)
        and (min(abs(near.start - hi), abs(lo - near.end)) <= 40)
    )
    if adjacent and near is not None and near.kind == "day" and len(base) == 10:
        iso += base[4:]
    return iso, text, "anniversary"
