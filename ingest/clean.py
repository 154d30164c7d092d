"""Clean an article: keep its own body, drop page furniture and teasers, keep offsets.

`clean(doc)` fills `doc.body` (paragraphs separated by a blank line) and `doc.body_map`
(body index → raw index, so evidence offsets point into the original text), sets
`doc.meta["title"]` when the page shows one, and records what it dropped, with a reason,
in `doc.meta["dropped"]` (nothing is dropped silently).

Rules, in reading order (lists of words are in `data/furniture.json`):
  1. lines → paragraphs: blank lines separate paragraphs; hard-wrapped text (most lines
     near one width) is re-joined; otherwise each line is a paragraph.
  2. a header before the first prose paragraph (site name, menus, stamps, the title).
  3. furniture anywhere: menus/breadcrumbs, stamps, captions "(Photo: VNA)", widgets
     (exchange rates, weather), comment forms, foreign-language subtitle lines,
     duplicated paragraphs and the title repeated.
  4. the end of the article: the wire end mark `/.`, a sign-off line ("VNA"), or a marker
     of what follows ("See more", "Related", "Tags:", "Comments (0)", "©" …), or a
     headline+summary teaser block. Everything after it is teaser.
  5. inside kept lines: HTML entities unescaped, stray symbols inside words removed
     (`h♉er` → `her`), curly quotes straightened, whitespace runs collapsed.

Stages by module: `paragraphs` (1), `furniture` (the one-paragraph tests of 2–4), this
module (which paragraphs are the article: 2–4), `body` (5, and the offset map).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ingest.body import OffsetMap, build
from ingest.furniture import (
    DATE_PREFIX,
    SENTENCE_END,
    TERMINAL,
    Furniture,
    ends_with,
    furniture,
    furniture_reason,
    line_key,
    wire_end,
)
from ingest.paragraphs import Paragraph, split_paragraphs
from ingest.types import Doc

__all__ = [  # the stages live in their own modules; these names stay importable from here
    "Cleaned",
    "Dropped",
    "Furniture",
    "OffsetMap",
    "Paragraph",
    "build",
    "clean",
    "clean_text",
    "describe",
    "furniture",
    "furniture_reason",
    "select",
    "split_paragraphs",
]

# ── patterns (compiled once) ─────────────────────────────────────────────────────────

_DATELINE = re.compile(
    r"^[^()\n]{0,60}\((?:VNA|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)\)\s*[–—-]"
    r"|^[^/\n]{0,60}\.\s*/[A-Z]{2,10}/(?:\.|\s)"
)
_INITIALS = re.compile(r"^[A-Z]{1,6}(?:/[A-Z]{1,6}){1,6}$")
_ORG_NAME = re.compile(
    r"^(?:the\s+)?(?:ministry|government|republic|embassy|department|office|presidency|council"
    r"|press\s+(?:office|service|release)|news\s+agency)\b|\bagency$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|posted|published|publicado|updated|reporter|editor|author|source)\b", re.I
)
_KEY = re.compile(r"[\W_]+")
# A photo position right after a name: "Tran Thanh Man (R) receives …"
_PEOPLE_MARK = re.compile(r"[A-Z][a-z\u00C0-\u1EF9]+ \((?:L|R|C|left|right|centre|center)\) ")
_COMMON_MARKS = ("’", "‘", "“", "”", "–", "—", "…")  # non-word marks of English news text
_ASCII_NON_WORD = bytes(c for c in range(128) if not chr(c).isalnum())


class Dropped(NamedTuple):  # a tuple: a page drops dozens, built fast
    reason: str
    start: int
    end: int


@dataclass
class Cleaned:
    body: str
    body_map: OffsetMap
    title: str | None = None
    dropped: list[Dropped] = field(default_factory=list)


# ── stages ───────────────────────────────────────────────────────────────────────────


def clean(doc: Doc) -> Doc:
    """The pipeline stage: body, body_map, title and the list of what was dropped."""
    cleaned = clean_text(doc.raw)
    doc.body = cleaned.body
    doc.body_map = cleaned.body_map
    if cleaned.title and not doc.meta.get("title"):
        doc.meta["title"] = cleaned.title
    doc.meta["dropped"] = [  # dict literals: NamedTuple._asdict costs a zip and a call each
        {"reason": reason, "start": start, "end": end} for reason, start, end in cleaned.dropped
    ]
    return doc


def clean_text(raw: str) -> Cleaned:
    """The article body of `raw`, with the raw offset of every body character."""
    paragraphs = split_paragraphs(raw)
    kept, title, dropped = select(paragraphs)
    body, body_map = build(raw, kept)
    return Cleaned(body, body_map, title, dropped)


def select(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], str | None, list[Dropped]]:
    """Which paragraphs are the article: (kept, title, dropped with reasons)."""
    start, reasons = _body_start(paragraphs)
    if start is None:  # no prose at all (a one-line record): keep what is not furniture
        start, reasons = 0, []
    title: str | None = None
    for para, reason in zip(paragraphs[:start], reasons, strict=False):
        title = _better_title(title, para, reason)
    dropped = [
        Dropped(r or "header", p.start, p.end)
        for p, r in zip(paragraphs, reasons[:start], strict=False)
    ]
    kept, body_dropped = _body(paragraphs[start:], title, paragraphs[-1].end if paragraphs else 0)
    return kept, title, dropped + body_dropped


def _body_start(paragraphs: list[Paragraph]) -> tuple[int | None, list[str]]:
    """The index of the first prose paragraph, and the furniture reasons of those before."""
    reasons: list[str] = []
    for i, para in enumerate(paragraphs):
        reason = furniture_reason(para.text)
        if reason == "caption" and _shows_people(para.text):
            return i, reasons  # a caption of people above the lead opens the body
        if not reason and _is_prose(para.text):
            return i, reasons
        reasons.append(reason)
    return None, reasons


def _body(
    paragraphs: list[Paragraph], title: str | None, doc_end: int
) -> tuple[list[Paragraph], list[Dropped]]:
    """Body paragraphs up to the end of the article, furniture and duplicates left out."""
    kept: list[Paragraph] = []
    dropped: list[Dropped] = []
    seen = _Seen()
    if title:
        seen.add(title.lower())
    for i, para in enumerate(paragraphs):
        lower = para.text.lower()  # one lower() for the tests below
        low = line_key(lower)
        reason = furniture_reason(para.text, low)
        if reason == "caption" and _shows_people(para.text):
            reason = ""  # a caption of people may say who met whom: read as the body
        if kept and not reason and _ends_article(para.text, low, paragraphs, i, doc_end):
            dropped += [Dropped("teaser", p.start, p.end) for p in paragraphs[i:]]
            break
        if not reason and not seen.add_new(lower):
            reason = "duplicate"
        if reason:
            dropped.append(Dropped(reason, para.start, para.end))
            continue
        kept.append(para)
        if wire_end(para.text, 0, len(para.text)):  # it reads the last characters only
            dropped += [Dropped("teaser", p.start, p.end) for p in paragraphs[i + 1 :]]
            break
    return kept, dropped


def _shows_people(text: str) -> bool:
    """Whether a caption places a named person in the photo ("X (R) receives Y"). Such a
    caption is kept: annotation.md drops only captions the body repeats, and a repeated
    one adds no fact (meetings are one per pair and day)."""
    return "(" in text and _PEOPLE_MARK.search(text) is not None


class _Seen:
    """The lower-cased texts kept so far, asked whether a text duplicates one (equal
    `_key`s). Keys are computed only for texts with as many "e"s as an earlier one (the
    key keeps every "e"): most paragraphs differ there, and a count is cheaper than a key."""

    __slots__ = ("_by_count",)

    def __init__(self) -> None:
        self._by_count: dict[int, list[str]] = {}

    def add(self, lower: str) -> None:
        self._by_count.setdefault(lower.count("e"), []).append(lower)

    def add_new(self, lower: str) -> bool:
        """Add `lower` unless it duplicates a text seen before; whether it was added (the
        test and the addition share one count)."""
        same = self._by_count.setdefault(lower.count("e"), [])
        if same and _key(lower) in {_key(text) for text in same}:
            return False
        same.append(lower)
        return True


def _key(lower: str) -> str:
    """The letters and digits of a lower-cased text: equal for duplicated paragraphs. ASCII
    punctuation and spaces go in one bytes.translate; the regex sees only what is left."""
    key = lower.encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_WORD)
    kept = key.decode("utf-8", "surrogatepass")
    if kept.isascii():
        return kept
    for mark in _COMMON_MARKS:  # str.replace is fast; most non-ASCII lines need no regex
        if mark in kept:
            kept = kept.replace(mark, "")
    return kept if kept.isalnum() else _KEY.sub("", kept)  # isalnum: no \W left


def _is_prose(text: str) -> bool:
    words = len(text.split())
    if words >= 25 or (words >= 8 and ends_with(SENTENCE_END, text)):
        return True
    return words >= 6 and bool(_DATELINE.match(text))


def _is_sign_off(text: str) -> bool:
    core = text.strip().strip("-–—()[] ").strip()  # each strip returns `text` when idle
    return bool(core) and len(core) <= 25 and core.lower() in furniture().agencies


def _ends_article(text: str, low: str, paragraphs: list[Paragraph], i: int, doc_end: int) -> bool:
    """Whether paragraph `i` (`text`, `line_key` as `low`) starts what follows the article."""
    f = furniture()
    if len(low) <= f.longest_line and low in f.end_lines:
        return True
    if low.startswith(f.end_index.get(low[:1], ())) or _is_sign_off(text):
        return True
    if "/" in text and _INITIALS.match(text.strip()):
        return True
    # A list of other stories without a heading only counts in the second half of the page.
    return paragraphs[i].start > doc_end / 2 and _is_teaser_block(paragraphs, i)


def _is_teaser_block(paragraphs: list[Paragraph], first: int) -> bool:
    """Headline lines each directly followed by a one-sentence summary, twice in a row (or
    once at the very end), from paragraph `first` on: the "more stories" list pages print
    without a heading."""
    pairs, i, count = 0, first, len(paragraphs)
    while i + 1 < count and pairs < 2:
        head, summary = paragraphs[i], paragraphs[i + 1]
        if not (_is_headline(head) and summary.start - head.end <= 2 and len(summary.text) <= 300):
            break
        pairs, i = pairs + 1, i + 2
    return pairs >= 2 or (pairs == 1 and i == count)


_TERMINAL_MARKS = frozenset(".!?…:;\"”’')]")  # what TERMINAL finds before any spaces


def _is_headline(para: Paragraph) -> bool:
    text = para.text
    return (
        len(para.spans) == 1
        and text[0].isupper()
        and text[-1] not in _TERMINAL_MARKS  # most paragraphs: a sentence ends them
        and not ends_with(TERMINAL, text)
        and 3 <= len(text.split()) <= 16
    )


def _better_title(current: str | None, para: Paragraph, reason: str) -> str | None:
    """The longest one-line header of 4+ words that is not a by-line is the title."""
    line = para.text
    if "date" in line:  # the prefix pattern holds it: most lines need no search
        line = DATE_PREFIX.sub("", line, count=1)
    line = line.strip()
    if reason or len(para.spans) > 3 or len(line.split()) < 4 or len(line) > 250:
        return current
    if _BYLINE.match(line) or _ORG_NAME.search(line):
        return current
    line = html.unescape(" ".join(line.split()))
    if current is not None and (current.endswith(line) or line.endswith(current)):
        return min(current, line, key=len)  # a breadcrumb glued to the title: "HomeWorld…"
    return line if current is None or len(line) > len(current) else current


def describe(cleaned: Cleaned) -> dict[str, Any]:
    """Counts of dropped paragraphs by reason (for diagnostics)."""
    counts: dict[str, int] = {}
    for d in cleaned.dropped:
        counts[d.reason] = counts.get(d.reason, 0) + 1
    return counts
