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
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ingest.types import Doc

DATA = Path(__file__).parent / "data" / "furniture.json"


@dataclass(frozen=True)
class Furniture:
    end_lines: frozenset[str]
    end_prefixes: tuple[str, ...]
    drop_lines: frozenset[str]
    drop_prefixes: tuple[str, ...]
    agencies: frozenset[str]
    stamp_words: frozenset[str]
    longest_line: int = 0  # of end_lines and drop_lines: a longer line is in neither
    # The prefixes by their first character: `low.startswith(index.get(low[:1], ()))`
    # compares a line with two or three prefixes instead of all of them.
    end_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    drop_index: dict[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return Furniture(
        end_lines=frozenset(data["end_lines"]),
        end_prefixes=tuple(data["end_prefixes"]),
        drop_lines=frozenset(data["drop_lines"]),
        drop_prefixes=tuple(data["drop_prefixes"]),
        agencies=frozenset(data["agencies"]),
        stamp_words=frozenset(data["stamp_words"]),
        longest_line=max(map(len, data["end_lines"] + data["drop_lines"])),
        end_index=_by_first_character(data["end_prefixes"]),
        drop_index=_by_first_character(data["drop_prefixes"]),
    )


def _by_first_character(prefixes: list[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        if not prefix:
            raise ValueError(f"{DATA}: an empty prefix would match every line")
        index[prefix[0]] = index.get(prefix[0], ()) + (prefix,)
    return index


# ── patterns (compiled once) ─────────────────────────────────────────────────────────

_DANGLING = re.compile(
    r"\b(?:the|of|and|to|with|his|her|its|their|a|an|in|on|for|at|by|from|between)$", re.I
)
_DATELINE = re.compile(
    r"^[^()\n]{0,60}\((?:VNA|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)\)\s*[–—-]"
    r"|^[^/\n]{0,60}\.\s*/[A-Z]{2,10}/(?:\.|\s)"
)
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•*–»·]|\([a-z0-9]\))\s*\S")
_DATE_PREFIX = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\b\s*")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_BRACKET_NAV = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)+$|\((?:pdf|docx?|xlsx?|\d+\s*[kKmM][bB])\)\s*$")
_INITIALS = re.compile(r"^[A-Z]{1,6}(?:/[A-Z]{1,6}){1,6}$")
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$|^</?[a-zA-Z][^<>]*>$")
_ORG_NAME = re.compile(
    r"^(?:the\s+)?(?:ministry|government|republic|embassy|department|office|presidency|council"
    r"|press\s+(?:office|service|release)|news\s+agency)\b|\bagency$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|posted|published|publicado|updated|reporter|editor|author|source)\b", re.I
)
_WIRE_END = re.compile(r"\s*(?:/\.|\b[Ee]nd ?item\b\.?)\s*$")  # VNA "/.", Xinhua "Enditem"
# " | ", " > " … or 3+ spaces; it opens with \s, so the engine skips to whitespace fast.
_MENU_SEP = re.compile(r"\s(?:[|>»/•·]\s|\s{2,})")
# The five forms of a caption, each with a string it cannot match without: a line is a
# caption when any form matches, and a form is searched only when its string is there.
_CAPTION_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (needed, re.compile(pattern, re.I))
    for needed, pattern in (
        ("(", r"\([^()]*\b(?:photo|ảnh|foto|file photo)\b[^()]*\)\s*\.?\s*$"),  # "(Photo: VNA)"
        (":", r"(?=[pfả])\b(?:photo|foto|ảnh)\s*:\s*[^.]{0,80}$"),  # "Photo: Ministry of …"
        ("--", r"--\s*foto\w*"),  # … and "VNA Photo", "VNA/TTXVN Photo" next
        ("Photo", r"(?:^|[\s—–-])(?-i:(?:[A-Z]{2,}/)*[A-Z]{2,}\s+Photo)\b[^.()]{0,40}$"),
        (
            "(",  # "(L) … (VNA)": a position mark, then the credit in brackets
            r"\((?:l|r|c|left|right|centre|center|front|second\s+\w+)\)"
            r"[^()]*\(\w[\w/ .-]{0,30}\)\s*\.?\s*$",
        ),
    )
)
# Patterns below open with a lookahead on the characters a match can start with: the same
# matches, but the engine gives up on most positions after one class test.
_STAMP_DATE = re.compile(
    r"(?=[\dJFMASOND])"
    r"(?:(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
_WORD = re.compile(r"[^\W\d_]+")
_NUMERIC_WIDGET = re.compile(r"^[\d.,:%\s▲▼+\-–/°C]*$|^(?:[A-Z]{3}\s+[\d.,]+\s*[▲▼]?\s*)+$")
_KEY = re.compile(r"[\W_]+")
_COMMON_MARKS = ("’", "‘", "“", "”", "–", "—", "…")  # non-word marks of English news text
_ASCII_NON_WORD = bytes(c for c in range(128) if not chr(c).isalnum())
# From a word's first non-ASCII letter to its end (a fast scan: it starts with one class).
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f\W\d_][^\W\d_]*")
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


# ── records ──────────────────────────────────────────────────────────────────────────


@dataclass(slots=True)
class Paragraph:
    spans: list[tuple[int, int]]  # raw [start, end) of each line, stripped
    text: str  # the lines joined by one space (raw characters)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


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


def split_paragraphs(raw: str) -> list[Paragraph]:
    """Blank-line separated blocks; inside a block, lines are joined only when the text is
    hard-wrapped (a line ends near the wrap width), so a list of short lines stays apart."""
    blocks = _blocks(raw)
    width = _wrap_width(raw, blocks)
    paragraphs: list[Paragraph] = []
    for block in blocks:
        if len(block) == 1:  # most blocks: one line, one paragraph
            paragraphs.append(_paragraph(raw, block))
            continue
        current: list[tuple[int, int]] = []
        for k, span in enumerate(block):
            current.append(span)
            following = block[k + 1] if k + 1 < len(block) else None
            if not _joins(raw, span, following, width):
                paragraphs.append(_paragraph(raw, current))
                current = []
        if current:
            paragraphs.append(_paragraph(raw, current))
    return paragraphs


def _joins(raw: str, span: tuple[int, int], following: tuple[int, int] | None, width: int) -> bool:
    """Whether a line continues on the next one: hard-wrapped text, or a line that stops
    mid-phrase ("… with his Lao" / "counterpart …") before a lower-case continuation."""
    if following is None or _LIST_ITEM.match(raw, following[0]):
        return False
    if width and span[1] - span[0] >= 0.75 * width:
        return True
    line = raw[span[0] : span[1]]
    if _ends_with(_SENTENCE_END, line) or line.endswith(":"):
        return False
    return raw[following[0]].islower() or _ends_with(_DANGLING, line)


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
        low = _lowered(lower)
        reason = furniture_reason(para.text, low)
        if kept and not reason and _ends_article(para.text, low, paragraphs, i, doc_end):
            dropped += [Dropped("teaser", p.start, p.end) for p in paragraphs[i:]]
            break
        reason = reason or ("duplicate" if lower in seen else "")
        if reason:
            dropped.append(Dropped(reason, para.start, para.end))
            continue
        seen.add(lower)
        kept.append(para)
        if _may_end_wire(para.text) and _wire_end(para.text, 0, len(para.text)):
            dropped += [Dropped("teaser", p.start, p.end) for p in paragraphs[i + 1 :]]
            break
    return kept, dropped


class _Seen:
    """The lower-cased texts kept so far, asked whether a text duplicates one (equal
    `_key`s). Keys are computed only for texts with as many "e"s as an earlier one (the
    key keeps every "e"): most paragraphs differ there, and a count is cheaper than a key."""

    __slots__ = ("_by_count",)

    def __init__(self) -> None:
        self._by_count: dict[int, list[str]] = {}

    def add(self, lower: str) -> None:
        self._by_count.setdefault(lower.count("e"), []).append(lower)

    def __contains__(self, lower: str) -> bool:
        same = self._by_count.get(lower.count("e"))
        return bool(same) and _key(lower) in {_key(text) for text in same}


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


def _lowered(lower: str) -> str:
    """A lower-cased line as the word lists are written: no outer spaces, no final colon."""
    return lower.strip().rstrip(":").strip()


def furniture_reason(text: str, low: str | None = None) -> str:
    """Why a paragraph is page furniture ("" when it is not). `low` is `_lowered` of the
    lower-cased text when the caller has it already."""
    line = text
    if text.lstrip().startswith("date"):
        line, low = _DATE_PREFIX.sub("", text, count=1).strip(), None
    if low is None:
        low = _lowered(line.lower())
    f = furniture()
    if not low:
        return "empty"
    if len(low) <= f.longest_line and low in f.drop_lines:
        return "furniture"
    if low.startswith(f.drop_index.get(low[:1], ())):
        return "furniture"
    # Cheap tests on the first characters before each regex (most lines are prose): a
    # symbols-only line or tag opens with no letter, a widget has no lower-case letter.
    first = line[0]
    bracketed = first == "[" or line.endswith(")")
    if (bracketed and _BRACKET_NAV.search(line)) or (
        not first.isalnum() and _SYMBOLS_ONLY.match(line)
    ):
        return "menu"
    widget = not (first.islower() or line[1:2].islower())
    if (widget and _NUMERIC_WIDGET.match(line)) or "°c" in low:
        return "widget"
    # Length and script first: most prose lines are too long for a menu or a stamp.
    if len(line) <= 300 and _is_menu(line):
        return "menu"
    if len(line) <= 90 and _is_stamp(line):
        return "stamp"
    if len(line) < 400 and _may_be_caption(line, low) and _is_caption(line):
        return "caption"
    if not line.isascii() and _is_foreign(line):
        return "foreign language"
    return ""


# ── tests on one paragraph ───────────────────────────────────────────────────────────


_TAIL = 16  # every end-anchored pattern here matches within the last few characters


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` (anchored with `$`) found at the end of `text`, without scanning it all."""
    return pattern.search(text, max(0, len(text) - _TAIL)) is not None


def _may_end_wire(text: str) -> bool:
    return "/." in text or "item" in text  # every wire end mark holds one


def _wire_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """The wire end mark closing `text[start:end]`. Every mark holds "/." or "item": two
    str.find calls rule most lines out before the regex tries each of the last positions."""
    lo = max(start, end - _TAIL)
    if text.find("/.", lo, end) < 0 and text.find("item", lo, end) < 0:
        return None
    return _WIRE_END.search(text, lo, end)


_POSITION_MARKS: tuple[str, ...] = ("(l)", "(r)", "(c)", "(left)", "ght)", "(centre)")
_POSITION_MARKS += ("(center)", "(front)", "(second")


def _may_be_caption(line: str, low: str) -> bool:
    """A cheap test before the caption pattern: every caption form names a photo, or ends
    in a bracket after a position mark "(L) … (VNA)" ("ght)": "(right)" in any case)."""
    if "photo" in low or "foto" in low or "ảnh" in low:
        return True
    return line.rstrip(" .").endswith(")") and any(mark in low for mark in _POSITION_MARKS)


def _is_caption(line: str) -> bool:
    return any(needed in line and form.search(line) for needed, form in _CAPTION_FORMS)


def _is_prose(text: str) -> bool:
    words = len(text.split())
    if words >= 25 or (words >= 8 and _ends_with(_SENTENCE_END, text)):
        return True
    return words >= 6 and bool(_DATELINE.match(text))


def _no_menu_separator(line: str) -> bool:
    """True when _MENU_SEP cannot match, by str tests only: in a printable line the only
    whitespace is " ", so a separator needs "  " or one of its marks."""
    if not line.isprintable() or "  " in line:
        return False
    return not any(map(line.__contains__, _MENU_MARKS))  # map: no generator frames


_MENU_MARKS = ("|", ">", "»", "/", "•", "·")


def _is_menu(line: str) -> bool:
    if len(line) > 300:  # menus and breadcrumbs are short
        return False
    if _no_menu_separator(line):
        return False
    separators = len(_MENU_SEP.findall(line))
    if separators == 0 or _ends_with(_TERMINAL, line) and separators < 3:
        return False
    parts = [p for p in _MENU_SEP.split(line) if p.strip()]
    short = sum(len(p.split()) <= 4 for p in parts)
    return len(parts) >= 2 and short >= 0.75 * len(parts)


def _is_stamp(line: str) -> bool:
    if len(line) > 90 or not _STAMP_DATE.search(line):
        return False
    f = furniture()
    rest = [w for w in _WORD.findall(_STAMP_DATE.sub(" ", line)) if w.lower() not in f.stamp_words]
    months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    rest = [w for w in rest if not w.lower().startswith(months)]
    if len(rest) <= 1 or (len(rest) <= 3 and len(line) <= 40):
        return True
    return all(w.lower() in f.agencies or w.isupper() for w in rest)


def _is_foreign(line: str) -> bool:
    """A subtitle in Vietnamese (or another language): lower-case words with non-ASCII
    letters are rare in English prose, where only names carry diacritics."""
    if line.isascii():
        return False
    foreign = _count_foreign_words(line)
    if foreign < 2:  # most lines: names with diacritics are capitalised
        return False
    lower_words = sum(not w[0].isupper() for w in _WORD.findall(line))  # caseless scripts too
    return foreign >= 0.2 * lower_words


def _count_foreign_words(line: str) -> int:
    """Words (runs of letters, as `_WORD` finds them) with a non-ASCII letter whose first
    letter is not upper-case."""
    if not _has_non_ascii_letter(line):  # English lines: curly quotes and dashes only
        return 0
    count = 0
    for match in _NON_ASCII_WORD.finditer(line):
        start = match.start()
        while start and _is_letter(line[start - 1]):
            start -= 1
        count += not line[start].isupper()
    return count


def _has_non_ascii_letter(line: str) -> bool:
    """Whether a letter outside ASCII stands in `line`. Its non-ASCII characters are picked
    out as bytes (ASCII bytes deleted) and only they meet the letter class: testing that
    class on every character costs several times more."""
    utf8 = line.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _LETTER.search(utf8.decode("utf-8", "surrogatepass")) is not None


_ASCII_BYTES = bytes(range(128))
_LETTER = re.compile(r"[^\W\d_]")  # as the word patterns read a letter


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()  # what [^\W\d_] matches


def _is_sign_off(text: str) -> bool:
    core = text.strip().strip("-–—()[] ").strip()  # each strip returns `text` when idle
    return bool(core) and len(core) <= 25 and core.lower() in furniture().agencies


def _ends_article(text: str, low: str, paragraphs: list[Paragraph], i: int, doc_end: int) -> bool:
    """Whether paragraph `i` (`text`, `_lowered` as `low`) starts what follows the article."""
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


_TERMINAL_MARKS = frozenset(".!?…:;\"”’')]")  # what _TERMINAL finds before any spaces


def _is_headline(para: Paragraph) -> bool:
    text = para.text
    return (
        len(para.spans) == 1
        and text[0].isupper()
        and text[-1] not in _TERMINAL_MARKS  # most paragraphs: a sentence ends them
        and not _ends_with(_TERMINAL, text)
        and 3 <= len(text.split()) <= 16
    )


def _better_title(current: str | None, para: Paragraph, reason: str) -> str | None:
    """The longest one-line header of 4+ words that is not a by-line is the title."""
    line = para.text
    if "date" in line:  # the prefix pattern holds it: most lines need no search
        line = _DATE_PREFIX.sub("", line, count=1)
    line = line.strip()
    if reason or len(para.spans) > 3 or len(line.split()) < 4 or len(line) > 250:
        return current
    if _BYLINE.match(line) or _ORG_NAME.search(line):
        return current
    if current is None or len(line) > len(current):
        return html.unescape(" ".join(line.split()))
    return current


# ── lines and blocks ─────────────────────────────────────────────────────────────────


def _blocks(raw: str) -> list[list[tuple[int, int]]]:
    """The stripped spans of the text lines (split at "\n" only), in blocks split at blank
    (or whitespace-only) lines."""
    blocks: list[list[tuple[int, int]]] = []
    block: list[tuple[int, int]] | None = None
    offset = 0
    for line in raw.split("\n"):
        if line and not line.isspace():
            if block is None:
                block = []
                blocks.append(block)
            block.append(_stripped_span(line, offset))
        else:
            block = None
        offset += len(line) + 1
    return blocks


def _stripped_span(line: str, offset: int) -> tuple[int, int]:
    """The span of `line` (at `offset`) without its outer whitespace, as str.strip()."""
    if not (line[0].isspace() or line[-1].isspace()):
        return offset, offset + len(line)  # most lines: nothing to strip
    start = offset + len(line) - len(line.lstrip())
    return start, offset + len(line.rstrip())


def _wrap_width(raw: str, blocks: list[list[tuple[int, int]]]) -> int:
    """The line width of hard-wrapped text, or 0 when lines are whole paragraphs."""
    broken = sorted(e - s for block in blocks for s, e in block[:-1])
    if len(broken) < 3:
        return 0
    width = broken[int(0.9 * (len(broken) - 1))]
    if width > 100:
        return 0
    full = sum(n >= 0.75 * width for n in broken)
    return width if full >= 0.6 * len(broken) else 0


def _paragraph(raw: str, spans: list[tuple[int, int]]) -> Paragraph:
    text = (
        raw[spans[0][0] : spans[0][1]] if len(spans) == 1 else " ".join(raw[s:e] for s, e in spans)
    )
    return Paragraph(list(spans), html.unescape(text) if "&" in text else text)


# ── building the body ────────────────────────────────────────────────────────────────


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
        match = _DATE_PREFIX.match(raw, start, end)
        if match:
            start = match.end()
    match = _wire_end(raw, start, end)
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


def describe(cleaned: Cleaned) -> dict[str, Any]:
    """Counts of dropped paragraphs by reason (for diagnostics)."""
    counts: dict[str, int] = {}
    for d in cleaned.dropped:
        counts[d.reason] = counts.get(d.reason, 0) + 1
    return counts
