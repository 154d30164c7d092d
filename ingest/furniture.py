"""Page furniture: whether one paragraph is a menu, stamp, caption, widget, foreign-language
subtitle or a listed word ("Share", "Related") rather than article text.

`furniture_reason(text)` names why ("menu", "stamp", …) or returns "" for article text.
The word lists are in `data/furniture.json`, loaded once (`furniture()`). Also here: the
marks a line ends with (a sentence end, a wire end mark `/.`), which the other cleaning
stages read too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "furniture.json"
# A crawler's first line naming the page ("url https://…"): metadata for the reader, no
# paragraph for the cleaner (furniture.json drops "url http" lines), not the line a
# "date 2024-01-30" header must open. One pattern for all three.
URL_LINE = r"(?i:url)\s+(?P<url>https?://\S+)"


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

DATE_PREFIX = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\b\s*")
TERMINAL = re.compile(r"[.!?…:;\"”’')\]]\s*$")
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_BRACKET_NAV = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)+$|\((?:pdf|docx?|xlsx?|\d+\s*[kKmM][bB])\)\s*$")
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$|^</?[a-zA-Z][^<>]*>$")
_WIRE_END = re.compile(r"\s*(?:/\.|\b[Ee]nd ?item\b\.?)\s*$")  # VNA "/.", Xinhua "Enditem"
# " | ", " > " … or 3+ spaces; it opens with \s, so the engine skips to whitespace fast.
_MENU_SEP = re.compile(r"\s(?:[|>»/•·]\s|\s{2,})")
# The six forms of a caption, each with a string it cannot match without: a line is a
# caption when any form matches, and a form is searched only when its string is there.
_CAPTION_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (needed, re.compile(pattern, re.I))
    for needed, pattern in (
        ("(", r"\([^()]*\b(?:photo|ảnh|foto|file photo)\b[^()]*\)\s*\.?\s*$"),  # "(Photo: VNA)"
        (":", r"(?=[pfả])\b(?:photo|foto|ảnh)\s*:\s*[^.]{0,80}$"),  # "Photo: Ministry of …"
        ("--", r"--\s*foto\w*"),  # … and "VNA Photo", "VNA/TTXVN Photo" next
        ("nh", r"[-–]\s*ảnh\s+\d{1,2}\s*\.?\s*$"),  # an image's alt text: "<title>- Ảnh 1."
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
    r"(?:(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)|(?<!\d)\d{4}([-/])\d{2}\1\d{2}(?!\d)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
_WORD = re.compile(r"[^\W\d_]+")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# A by-line that ends with its numeric date, glued to the outlet's name or not
# ("Báo Chính PhủBáo Chính Phủ06/01/2024", "Hanoi Moi 12/05/2023")
_ENDS_WITH_DAY = re.compile(r"[^\W\d_]\s?\d{1,2}/\d{1,2}/\d{4}\s*$")
_NUMERIC_WIDGET = re.compile(r"^[\d.,:%\s▲▼+\-–/°C]*$|^(?:[A-Z]{3}\s+[\d.,]+\s*[▲▼]?\s*)+$")
# From a word's first non-ASCII letter to its end (a fast scan: it starts with one class).
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f\W\d_][^\W\d_]*")


def line_key(lower: str) -> str:
    """A lower-cased line as the word lists are written: no outer spaces, no final colon."""
    return lower.strip().rstrip(":").strip()


def furniture_reason(text: str, low: str | None = None) -> str:
    """Why a paragraph is page furniture ("" when it is not). `low` is `line_key` of the
    lower-cased text when the caller has it already."""
    line = text
    if text.lstrip().startswith("date"):
        line, low = DATE_PREFIX.sub("", text, count=1).strip(), None
    if low is None:
        low = line_key(line.lower())
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


def ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` (anchored with `$`) found at the end of `text`, without scanning it all."""
    return pattern.search(text, max(0, len(text) - _TAIL)) is not None


def wire_end(text: str, start: int, end: int) -> re.Match[str] | None:
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
    if separators == 0 or ends_with(TERMINAL, line) and separators < 3:
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
    # A by-line: the authors' names, then the clock and the date ("Nhat Minh - Tran Long
    # 07:12, 2020/10/23"); prose holds lower-case words.
    by_line = len(rest) <= 6 and all(w[0].isupper() for w in rest)
    if by_line and (_CLOCK.search(line) or _ENDS_WITH_DAY.search(line)):
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
