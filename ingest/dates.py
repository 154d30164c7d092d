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

Modules: `date_rules` (the patterns and how each match resolves), `date_scan` (where in a
text the rules run), this one (mentions in text order, anaphora, the public calls).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.date_rules import ANAPHOR, WEEKDAYS, Resolver, anchor_for
from ingest.date_scan import date_spans


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


def find_dates(
    text: str, published: str | None, year_hint: int | None = None, *, paragraph_years: bool = False
) -> list[DateMention]:
    """Every date mention in `text`, in order, resolved against `published`; with
    `paragraph_years` (an article's body) and no `published`, a year-less day takes the
    year written in its paragraph."""
    anchor = anchor_for(published, year_hint)
    mentions: list[DateMention] = []
    yearless: list[tuple[int, dict[str, str | None], Resolver]] = []
    last_day: DateMention | None = None
    for start, end, kind, groups, resolver in date_spans(text):
        if kind == "weekday" and _FUTURE_BEFORE.search(text, max(0, start - 100), start):
            groups = {**groups, "rel": "next "}  # "will call on X on Thursday": ahead
        iso = _anaphor_iso(groups, last_day) if resolver is None else resolver(groups, anchor)
        if iso is not None and len(iso) == 4 and groups.get("mo"):  # an ambiguous "10/09/2023"
            iso = _by_weekday(text, start, groups) or iso
        mention = DateMention(start, end, text[start:end], iso, kind)
        if iso is None and resolver is not None and paragraph_years and not published:
            yearless.append((len(mentions), groups, resolver))
        mentions.append(mention)
        if mention.is_day and mention.iso:
            last_day = mention
    if yearless:
        _years_from_paragraphs(text, mentions, yearless)
    return mentions


# "Sunday, 10/09/2023": the weekday before a numeric date
_WEEKDAY_BEFORE = re.compile(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$")


def _by_weekday(text: str, start: int, groups: dict[str, str | None]) -> str | None:
    """The reading of a numeric date that could be day/month or month/day ("Sunday,
    10/09/2023") whose weekday is the one written before it, if just one has it."""
    named = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
    if named is None:
        return None
    weekday = WEEKDAYS.index(named.group(1).lower() + "day")
    a, b, year = int(groups["d"] or 0), int(groups["mo"] or 0), int(groups["y"] or 0)
    fits = []
    for month, day in ((b, a), (a, b)):
        try:
            if date(year, month, day).weekday() == weekday:
                fits.append(f"{year:04d}-{month:02d}-{day:02d}")
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


# The rest of a clause up to a position, with no past-tense verb that would end the
# future or plan before it
_REST_OF_CLAUSE = r"(?:(?!\b(?:was|were|had|has|have|did)\b)[^.;!?]){0,80}$"
# A weekday in a clause about the future is the next one, not the last one.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:scheduled|set|due|expected) to)\b" + _REST_OF_CLAUSE
)

# A year that closes a period ("by 2030", "to 2045", "2021-2025") is no event's year.
_NOT_EVENT_YEAR = ("by ", "to ", "until ", "-", "–")
# Nor is the year of a plan ("… agreed to sign a border agreement in 2025"): a day of the
# paragraph's past is not in it
_PLANNED_BEFORE = re.compile(
    r"\b(?:will|shall|(?:agreed?|plans?|planned|aim(?:s|ed)?|expect(?:s|ed)?|hope[sd]?|set|"
    r"due|scheduled) to)\b" + _REST_OF_CLAUSE
)


def _years_from_paragraphs(
    text: str,
    mentions: list[DateMention],
    yearless: list[tuple[int, dict[str, str | None], Resolver]],
) -> None:
    """With no publication date, "on 10 November" takes the year written in its own
    paragraph ("… for the 2017 APEC Summit"), the nearest one when there are several."""
    years = [
        m
        for m in mentions
        if m.kind == "year"
        and m.iso
        and not text[max(0, m.start - 6) : m.start].endswith(_NOT_EVENT_YEAR)
        and not _PLANNED_BEFORE.search(text, max(0, m.start - 100), m.start)
    ]
    for index, groups, resolver in yearless:
        mention = mentions[index]
        first = text.rfind("\n", 0, mention.start) + 1
        last = text.find("\n", mention.end)
        last = len(text) if last < 0 else last
        near = [y for y in years if first <= y.start and y.end <= last]
        if near:
            year = min(near, key=lambda y: abs(y.start - mention.start))
            iso = resolver(groups, anchor_for(None, int(year.iso or "0")))
            mentions[index] = DateMention(
                mention.start, mention.end, mention.text, iso, mention.kind
            )


def resolve(
    phrase: str,
    published: str | None,
    year_hint: int | None = None,
    context: str | None = None,
) -> str | None:
    """The ISO prefix of one date phrase; `context` is the ISO date an anaphor ("the same
    day", "the following day") refers to."""
    if context:
        match = ANAPHOR.search(phrase)
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
    return bool(ANAPHOR.search(phrase))


def _anaphor_iso(groups: dict[str, str | None], antecedent: DateMention | None) -> str | None:
    if antecedent is None or antecedent.iso is None:
        return None
    if groups.get("same"):
        return antecedent.iso
    if len(antecedent.iso) != 10:
        return None
    offset = 1 if groups.get("next") else -1
    return (date.fromisoformat(antecedent.iso) + timedelta(days=offset)).isoformat()
