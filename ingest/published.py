"""The publication date of an article, from what the page shows.

Order of evidence (the first that answers wins):
  1. metadata: a `.jsonl` `published` field, an HTML meta tag, or `--published`;
  2. a leading `date 2024-01-30` (or `date 2024-01`) header, after a crawler's `url` line too;
  3. a stamp line near the top: "by VNA 19 March 2024 Last updated at 11:51 AM",
     "13/05/2025", "March 15, 2018 | 19:20 GMT+7", "Posted On: 23 NOV 2025 8:45PM";
  4. a full date in the header lines (a title such as "No: 209, 1 July 2022, Press …");
  5. a dateline, in the lead paragraph (or the next one, under a photo caption) or alone
     in the header: "Astana, 15 June 2025 (Kazinform) –" gives its date; a year-less
     "Hanoi, March 4 (VNA) –" takes the year of the same day written out in the lead
     ("on March 4, 2024"), else the year a header line (title, by-line) shows — never a
     lone historical year ("established in 1973");
  6. "Last updated: 05/09/2024" anywhere.
Otherwise None: a year-less dateline alone does not fix the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ingest.clean import furniture, furniture_reason
from ingest.date_rules import MONTH
from ingest.dates import find_dates
from ingest.furniture import URL_LINE
from ingest.types import Doc

# A crawler may keep the page address on a first `url <address>` line; the date header
# may give the month only ("date 2023-09"), which is as precise as the page is.
_DATE_HEADER = re.compile(
    rf"\A\s*(?:{URL_LINE}\s*\n)?\s*date\s+(?P<date>\d{{4}}-\d{{2}}(?:-\d{{2}})?)(?![\d-])"
)
# The month first, then "(?<!\w...)" for the word boundary before it: a pattern that opens
# with its letters is scanned fast (one class test a position), as one opening with \b is not.
_UPPER_MONTH = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?<!\w...)[A-Z]*\b")
_ASCII_DIGIT = re.compile("[0-9]")
_STAMP_HINT = re.compile(
    r"^\W*(?:by|posted|published|publicado|updated|date|dated|issued|released)\b"
    r"|\b\d{1,2}[:h]\d{2}\b|\bGMT\b|\bUTC\b|^\W*[\d/.\-]+\W*$",
    re.I,
)
# "City, <date> (Agency) –", "CITY, <date> /TASS/", "City, <date> –", "City, <date>,
# Outlet Name:" or "TOKYO, Nov 24, 2021, Kyodo News. …": the date part is read by
# find_dates, so any written form (15 June 2025, June 15, Jun. 15) works.
_DATELINE = re.compile(
    r"\s*[^\W\d][\w .'’-]{1,40}?,\s+(?P<date>[^()\n–—/]{3,32}?)\s*"
    r"(?:\([A-Z][\w&.' -]{1,30}\)|/[A-Z]{2,10}/|(?=[–—]|--?\s)"
    r"|,\s+[A-Z][\w&.' -]{1,30}(?::|\.(?=\s)))"
)
# The date before the place: "28-12-2023 (HANOI) Seeking …", "12 May 2024 (Reuters) -"
_DATE_FIRST = re.compile(r"\s*(?P<date>[\w ,./-]{8,20}?)\s*\([A-Z][\w&.' -]{1,30}\)\s")
# A stamp in a US time zone ("07/10/2021 | 04:38am EDT") writes month/day, not day/month.
_US_ZONE = re.compile(r"\b(?:E|C|M|P)[DS]T\b")
_URL = re.compile(URL_LINE)
# A masthead line closing with a language switcher ("… 9:29 GMT+7  Việt Nam EngLish")
_LANGUAGE = r"(?:(?i:English|Tiếng Việt|Việt Nam|Vietnamese|Français|Español)|EN|VI|VN)"
_LANGUAGE_MENU = re.compile(rf"\b{_LANGUAGE}(?:\s*[|/]?\s*{_LANGUAGE})+\s*$")
_NUMERIC_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n")
_LEAD_LIMIT = 1500  # characters of the lead paragraph read for the dateline's year
_ANY_YEAR = 2000  # a leap year: reads the month and day of a year-less date
_BYLINE = re.compile(r"^\W*(?:by|posted|published|publicado|updated|dated)\b", re.I)
# "Friday", "Sun,", "Thurs.": a weekday, whole or cut short, opening a line
_WEEKDAY_LEAD = re.compile(r"\W*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:s|nes|rs|ur)?(?:day)?\b")
_LAST_UPDATED = re.compile(r"last\s+updated\s*:?\s*(.{6,40})", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_STAMP_REGION = 2000  # characters after the body starts where a stamp line may still stand
_MAX_STAMP_LINE = 120


def find_published(doc: Doc) -> Doc:
    """The pipeline stage: metadata first, then what the text shows, else None."""
    doc.published = doc.meta.get("published") or published_from_text(doc.raw, _body_start(doc))
    return doc


def published_from_text(raw: str, body_start: int | None = None) -> str | None:
    """The publication date shown in `raw` (ISO prefix), or None."""
    header = _DATE_HEADER.match(raw)
    if header:
        return header.group("date")
    start = len(raw) if body_start is None else body_start
    lines = _lines(raw, start + _STAMP_REGION)
    found = _from_stamps(lines, start)
    if found:  # most pages: the header lines need no month rewriting
        return found
    # A crawler's `url` line is no part of the page: its "/2025/12/13/" is not a date shown
    head = [_months(line) for offset, line in lines if offset < start and not _URL.match(line)]
    lead = _lead(raw, start)
    return (
        _from_header(head)
        or _from_dateline(lead, head)
        or _from_dateline(_second_lead(raw, start), [])
        or _from_today(lead)
        or _from_labelled_stamps(raw, lead)
        or _from_last_updated(raw)
    )


def _body_start(doc: Doc) -> int | None:
    if doc.body and doc.body_map:
        return doc.body_map[0]
    return None


def _lines(raw: str, limit: int) -> list[tuple[int, str]]:
    """(raw offset, stripped text) of the non-blank lines in raw[:limit]."""
    out, offset = [], 0
    for line in raw[:limit].splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            out.append((offset, stripped))
        offset += len(line)
    return out


def _months(line: str) -> str:
    """Month names in capitals ("23 NOV 2025") written as words, which find_dates reads."""
    return _UPPER_MONTH.sub(_capitalise, line)


def _capitalise(match: re.Match[str]) -> str:
    return match.group(0).capitalize()


def _lead(raw: str, start: int) -> str:
    """The first body paragraph (month names in capitals written as words)."""
    end = _PARAGRAPH_END.search(raw, start, start + _LEAD_LIMIT)
    return _months(raw[start : end.start() if end else start + _LEAD_LIMIT])


def _second_lead(raw: str, start: int) -> str:
    """The paragraph after the lead: a photo caption may stand above the dateline."""
    end = _PARAGRAPH_END.search(raw, start, start + _LEAD_LIMIT)
    return _lead(raw, end.end()) if end else ""


def _day_date(text: str, year_hint: int | None = None) -> str | None:
    if not _ASCII_DIGIT.search(text):  # every day-precise date form holds one
        return None
    for mention in find_dates(text, None, year_hint):
        if mention.iso and len(mention.iso) == 10 and mention.kind == "day":
            return mention.iso
    return None


def _is_stamp_line(line: str) -> bool:
    """Inside the body only a line the cleaner calls a stamp (not a sentence) counts."""
    return furniture_reason(line) in ("stamp", "widget", "menu") or bool(_BYLINE.match(line))


def _from_stamps(lines: list[tuple[int, str]], body_start: int) -> str | None:
    """The first short stamp-like line with a full date: any header line, or a body line
    the cleaner calls a stamp. A masthead's "Friday, 08/11/2024" above the title is the
    day the page was read when a labelled stamp after it ("Updated: 14:09, 23/08/2019")
    gives an earlier day: the page cannot be read before it was written."""
    stamps = _stamp_dates(lines, body_start)
    first = next(stamps, None)
    if first is None:
        return None
    line, found = first
    if _WEEKDAY_LEAD.match(line):  # the article's own stamp: labelled, or weekday-led too
        for later_line, later in stamps:
            if _BYLINE.match(later_line) or _WEEKDAY_LEAD.match(later_line):
                return later if later < found else found
    return found


def _stamp_dates(lines: list[tuple[int, str]], body_start: int) -> Iterator[tuple[str, str]]:
    """(line, day) of the short stamp-like lines with a full date, in order. Cheap tests
    first: most body lines are long sentences."""
    skip = furniture().drop_prefixes
    for offset, line in lines:
        if len(line) > _MAX_STAMP_LINE or line.lower().startswith(skip):
            continue
        if not (len(line) <= 40 or _STAMP_HINT.search(line)):
            continue
        line = _months(line)
        if offset >= body_start and not _is_stamp_line(line):
            continue
        if _LANGUAGE_MENU.search(line):
            continue  # the masthead's clock: the day the page was read, not written
        found = _day_date(_us_order(line))
        if found:
            yield line, found


def _us_order(line: str) -> str:
    """A US-zoned stamp's "mm/dd/yyyy" rewritten as ISO, which find_dates reads as is."""
    if "/" not in line or not _US_ZONE.search(line):
        return line
    return _NUMERIC_DAY.sub(lambda m: f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}", line)


def _from_header(head: list[str]) -> str | None:
    for line in head:
        found = _day_date(line)
        if found:
            return found
    return None


def _from_dateline(lead: str, head: list[str]) -> str | None:
    """The date of a dateline opening the lead paragraph or standing in the header."""
    for text in (lead, *head):
        match = _DATELINE.match(text) or _DATE_FIRST.match(text)
        # "Vietnam, Laos hold talks (VNA)" matches too: read on
        found = match and (
            _day_date(match.group("date")) or _year_less_dateline(match.group("date"), lead, head)
        )
        if found:
            return found
    return None


def _from_today(lead: str) -> str | None:
    """ "… in Canberra today (15 March 2018)", "today, March 15, 2018, …": the lead says
    which day its "today" is, the day it was written."""
    if "today" not in lead.lower():
        return None
    match = _TODAY_IS.search(lead)
    return _day_date(match.group(1)) if match else None


# "today" with the full date right after it, in brackets or between commas
_TODAY_IS = re.compile(
    r"\b(?i:today)\s*[(,]\s*((?:[A-Z][a-z]+day,?\s+)?"  # an optional weekday, then
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r",?\s+\d{4})\s*[),]"  # day and month in either order, and the year
)


def _year_less_dateline(written: str, lead: str, head: list[str]) -> str | None:
    """Month and day from the dateline; the year from the same day written in full in the
    lead (the latest such year), else from a header line."""
    hinted = _day_date(written, _ANY_YEAR)
    if hinted is None:
        return None
    month_day = hinted[4:]  # "-03-04"
    same_day = [
        m.iso[:4]
        for m in find_dates(lead, None)
        if m.kind == "day" and m.iso and len(m.iso) == 10 and m.iso.endswith(month_day)
    ]
    header_years = (y for line in head for y in _YEAR.findall(line))
    year = max(same_day) if same_day else next(header_years, None)
    return _valid_day(f"{year}{month_day}") if year else None


def _valid_day(iso: str) -> str | None:
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:  # 29 February outside a leap year
        return None


# "Published: 10/03/2025 21:15" on a line of its own, wherever it stands (some pages put
# it under the article): prose never opens a line with the label and a colon
_LABELLED_STAMP = re.compile(
    r"^[^\S\n]*(?:published|posted)(?:[^\S\n]+on)?[^\S\n]*:[^\S\n]*.{6,40}?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _from_labelled_stamps(raw: str, lead: str) -> str | None:
    """A "Published: …" line anywhere: its day, or (an ambiguous "10/03/2025") the year
    it gives the dateline's month and day ("Jakarta, March 10 (VNA)")."""
    low = raw.lower()  # a fallback: most pages have returned a date before
    if "published" not in low and "posted" not in low:
        return None  # the case-blind regex would try every line
    lines = [_months(match.group().strip()) for match in _LABELLED_STAMP.finditer(raw)]
    return (_from_header(lines) or _from_dateline(lead, lines)) if lines else None


def _from_last_updated(raw: str) -> str | None:
    for match in _last_updated(raw):
        found = _day_date(match.group(1))
        if found:
            return found
    return None


def _last_updated(raw: str) -> Iterator[re.Match[str]]:
    """The matches of `_LAST_UPDATED.finditer(raw)`, tried only where "last" is written:
    the regex alone would try every position. Case-blind finds run on ASCII-lower-cased
    bytes, one per character (raw's offsets); re.I matches no other character for these
    letters but "ſ" for "s", which takes the plain scan."""
    if "ſ" in raw:
        yield from _LAST_UPDATED.finditer(raw)
        return
    lowered = raw.encode("latin-1", "replace").lower()
    if b"updated" not in lowered:
        return
    pos = lowered.find(b"last")
    while pos >= 0:
        match = _LAST_UPDATED.match(raw, pos)
        if match:
            yield match
        pos = lowered.find(b"last", match.end() if match else pos + 1)


# ── the source (news agency) ─────────────────────────────────────────────────────────

_SOURCE_DATELINE = re.compile(
    r"^[^()\n]{0,60}\((?P<src>[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)\)\s*(?:[–—-]|$)"
    r"|^[^/\n]{0,60}\.\s*/(?P<slash>[A-Z]{2,10})/(?:\.|\s)",  # "MOSCOW, June 15. /TASS/."
    re.MULTILINE,
)
_SOURCE_BYLINE = re.compile(r"^\W*by\s+(?P<src>[A-Z][\w&.' ]{1,40}?)\s*(?:\d|$|\s+last\b)", re.I)


def _source_dateline(body: str, limit: int) -> re.Match[str] | None:
    """`_SOURCE_DATELINE.search(body, 0, limit)`, tried only where its `^` can match: at
    the start and after each newline (a search would try every position)."""
    start = 0
    while start < limit:
        match = _SOURCE_DATELINE.match(body, start, limit)
        if match:
            return match
        start = body.find("\n", start, limit) + 1
        if not start:
            return None
    return None


def find_source(doc: Doc) -> Doc:
    """The pipeline stage: `meta["source"]` from metadata, else the dateline "Hanoi (VNA) –"
    or the by-line "by VNA 19 March 2024"; left unset when the text does not say."""
    if not doc.meta.get("source"):
        found = source_from_text(doc.raw, doc.body)
        if found:
            doc.meta["source"] = found
    return doc


def source_from_text(raw: str, body: str = "") -> str | None:
    match = _source_dateline(body, 2000) if body else None
    if match:
        return match.group("src") or match.group("slash")
    for line in raw[:1500].splitlines():
        by = _SOURCE_BYLINE.match(line.strip())
        if by:
            return by.group("src").strip()
    return None
