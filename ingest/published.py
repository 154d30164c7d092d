"""The publication date of an article, from what the page shows.

Order of evidence (the first that answers wins):
  1. metadata: a `.jsonl` `published` field, an HTML meta tag, or `--published`;
  2. a leading `date 2024-01-30` header;
  3. a stamp line near the top: "by VNA 19 March 2024 Last updated at 11:51 AM",
     "13/05/2025", "March 15, 2018 | 19:20 GMT+7", "Posted On: 23 NOV 2025 8:45PM";
  4. a full date in the header lines (a title such as "No: 209, 1 July 2022, Press …");
  5. a dateline "Hanoi, June 12 (VNA)" with the year shown in a header line;
  6. "Last updated: 05/09/2024" anywhere.
Otherwise None: a year-less dateline alone does not fix the date.
"""

from __future__ import annotations

import re

from ingest.clean import furniture, furniture_reason
from ingest.dates import find_dates
from ingest.types import Doc

_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_UPPER_MONTH = re.compile(r"\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)([A-Z]*)\b")
_STAMP_HINT = re.compile(
    r"^\W*(?:by|posted|published|publicado|updated|date|dated|issued|released)\b"
    r"|\b\d{1,2}[:h]\d{2}\b|\bGMT\b|\bUTC\b|^\W*[\d/.\-]+\W*$",
    re.I,
)
_DATELINE = re.compile(
    r"^[^\W\d][\w .'-]{1,40},\s+"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"\s*\([^)]{2,30}\)",
    re.I,
)
_BYLINE = re.compile(r"^\W*(?:by|posted|published|publicado|updated|dated)\b", re.I)
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
        return header.group(1)
    start = len(raw) if body_start is None else body_start
    lines = _lines(raw, start + _STAMP_REGION)
    head = [line for offset, line in lines if offset < start]
    stamps = [line for offset, line in lines if offset < start or _is_stamp_line(line)]
    return (
        _from_stamps(stamps)
        or _from_header(head)
        or _from_dateline(raw[start : start + 400], head)
        or _from_last_updated(raw)
    )


def _body_start(doc: Doc) -> int | None:
    if doc.body and doc.body_map:
        return doc.body_map[0]
    return None


def _lines(raw: str, limit: int) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in raw[:limit].splitlines(keepends=True):
        if line.strip():
            out.append((offset, _UPPER_MONTH.sub(_capitalise, line.strip())))
        offset += len(line)
    return out


def _capitalise(match: re.Match[str]) -> str:
    return match.group(0).capitalize()


def _day_date(text: str) -> str | None:
    for mention in find_dates(text, None):
        if mention.iso and len(mention.iso) == 10 and mention.kind == "day":
            return mention.iso
    return None


def _is_stamp_line(line: str) -> bool:
    """Inside the body only a line the cleaner calls a stamp (not a sentence) counts."""
    return furniture_reason(line) in ("stamp", "widget", "menu") or bool(_BYLINE.match(line))


def _from_stamps(lines: list[str]) -> str | None:
    skip = furniture().drop_prefixes
    for line in lines:
        if len(line) > _MAX_STAMP_LINE or line.lower().startswith(skip):
            continue
        if _STAMP_HINT.search(line) or len(line) <= 40:
            found = _day_date(line)
            if found:
                return found
    return None


def _from_header(head: list[str]) -> str | None:
    for line in head:
        found = _day_date(line)
        if found:
            return found
    return None


def _from_dateline(opening: str, head: list[str]) -> str | None:
    match = _DATELINE.match(opening.lstrip())
    if not match:
        return None
    years = [y for line in head for y in _YEAR.findall(line)]
    if not years:
        return None
    return _day_date(f"{match.group(1)}, {years[0]}")


def _from_last_updated(raw: str) -> str | None:
    for match in _LAST_UPDATED.finditer(raw):
        found = _day_date(match.group(1))
        if found:
            return found
    return None


# ── the source (news agency) ─────────────────────────────────────────────────────────

_SOURCE_DATELINE = re.compile(
    r"^[^()\n]{0,60}\((?P<src>[A-Z][A-Za-z]{1,15})\)\s*(?:[–—-]|$)", re.MULTILINE
)
_SOURCE_BYLINE = re.compile(r"^\W*by\s+(?P<src>[A-Z][\w&.' ]{1,40}?)\s*(?:\d|$|\s+last\b)", re.I)


def find_source(doc: Doc) -> Doc:
    """The pipeline stage: `meta["source"]` from metadata, else the dateline "Hanoi (VNA) –"
    or the by-line "by VNA 19 March 2024"; left unset when the text does not say."""
    if not doc.meta.get("source"):
        found = source_from_text(doc.raw, doc.body)
        if found:
            doc.meta["source"] = found
    return doc


def source_from_text(raw: str, body: str = "") -> str | None:
    match = _SOURCE_DATELINE.search(body, 0, 2000) if body else None
    if match:
        return match.group("src")
    for line in raw[:1500].splitlines():
        by = _SOURCE_BYLINE.match(line.strip())
        if by:
            return by.group("src").strip()
    return None
