"""Sentences and paragraphs as spans with offsets into the text they were cut from.

News bodies come one paragraph per line (sometimes with blank lines between). A line
break ends a sentence unless the next line starts in lower case (a hard wrap). Inside a
line a sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) before a space
and a capital, digit or quote, unless the word before the period is an abbreviation
("Mr.", "Dr.", "No.", "U.S."), an initial ("A. Rudenko") or a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.countries import country_code


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        # The generated frozen __init__ sets each field through object.__setattr__, twice
        # as slow as filling the instance dict (`update(**fields)` is slower still);
        # spans are made for every sentence. The other records made per word or phrase
        # (`CountryMention`, `Party`, `_LevelMention`) do the same.
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text


_ABBREVIATIONS = frozenset(
    line.strip().lower()
    for line in (Path(__file__).parent.parent / "data" / "abbreviations.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)

# A candidate end: terminal punctuation, optional closers, then space and an opener.
# `[.!?…][.!?…]*`, not `[.!?…]+`: a pattern that opens with one character class lets `re`
# skip to the candidates; one that opens with a repeat is tried at every position (2x).
_END = re.compile(r"""[.!?…][.!?…]*['"”’)\]]*(?=[ \t]+['"“‘(\[]?[A-Z0-9À-Ỹ])""")
# The same for a text without "!", "?" or "…" (most news): a pattern that opens with one
# literal character is scanned for several times faster than one that opens with a class.
_PERIOD_END = re.compile(_END.pattern.replace("[.!?…]", r"\.", 1))
# Wire copy that lost the space after a period ("…stated Minister To Lam.Lam made the
# statement", "on January 9.Minister Lam"): a period between a lower-case letter or digit
# and a capitalised word also ends a sentence. Searched for once per text; only a text
# that has one pays for the alternation.
_GLUED = re.compile(r"\.(?<=[a-z0-9]\.)(?=[A-Z][a-z])")
_GLUED_END = re.compile(f"{_END.pattern}|{_GLUED.pattern}")
_LINE_BREAK = re.compile(r"\n\s*(?=\S)")
_WORD_REACH = 40  # characters looked back for the word before a period
_WORD_PUNCT = frozenset("_.'’-")  # besides letters and digits, in an abbreviation


def paragraphs(text: str) -> list[Span]:
    """Non-empty blocks separated by line breaks that are not hard wraps."""
    return [Span(start, end, text[start:end]) for start, end in _paragraph_bounds(text)]


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """`paragraphs` as (start, end) pairs: sentence splitting needs no paragraph text."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        if text[match.end()].islower():
            continue  # hard-wrapped line: the paragraph goes on
        _add_bounds(bounds, text, start, match.start())
        start = match.end()
    _add_bounds(bounds, text, start, len(text))
    return bounds


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` in order, each trimmed, offsets into `text`."""
    spans: list[Span] = []
    ends = _END if "!" in text or "?" in text or "…" in text else _PERIOD_END
    if _GLUED.search(text):
        ends = _GLUED_END
    # One scan of the whole text, not one per paragraph: a candidate end never holds or
    # looks past a line break, so each lies inside the paragraph it was found in.
    candidates = ends.finditer(text)
    match = next(candidates, None)
    for para_start, para_end in _paragraph_bounds(text):
        start = para_start
        while match is not None and match.start() < para_end:
            at = match.start()
            if at >= para_start and not (
                _is_abbreviation(text, at, match.group()) or _is_list_number(text, start, at)
            ):
                _add_trimmed(spans, text, start, match.end())
                start = match.end()
            match = next(candidates, None)
        _add_trimmed(spans, text, start, para_end)
    return spans


def _is_list_number(text: str, start: int, pos: int) -> bool:
    """ "1. H.E. Mr …": a list item's number is not a sentence."""
    return text[start:pos].strip().isdigit()


def _is_abbreviation(text: str, pos: int, punct: str) -> bool:
    """Whether the period at `pos` belongs to the word before it, not to a sentence end."""
    if not punct.startswith("."):
        return False
    word = _word_before(text, pos)
    bare = word.lstrip("'’(-").lower()
    if bare in _ABBREVIATIONS:
        return True
    if len(bare) == 1 and word[-1:].isupper():
        return True  # an initial: "A. Rudenko"
    # Dotted abbreviations: "U.S.", "U.K.", "e.g." (a letter, a period, a letter …)
    return bool(_DOTTED.fullmatch(bare))


_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def _word_before(text: str, pos: int) -> str:
    """The letters, digits, periods, apostrophes and hyphens right before `pos` (or
    before a line break there), at most `_WORD_REACH` back. A backward walk: a regex
    anchored at the end (`…$`) would be tried from every position of the window."""
    floor = max(0, pos - _WORD_REACH)
    end = pos - 1 if pos > floor and text[pos - 1] == "\n" else pos
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in _WORD_PUNCT):
        start -= 1
    return text[start:end]


def _add_bounds(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """`text[start:end]` without white space at either end, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        bounds.append((start, end))


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    bare = piece.strip()
    if bare:
        start += len(piece) - len(piece.lstrip())
        spans.append(Span(start, start + len(bare), bare))


# An aside a post or a caption puts between a title and a name, or between a name and
# its verb: an acronym ("National Assembly (NA) Tran Thanh Man", "(CPV) Central
# Committee To Lam") or a photo position ("Tran Thanh Man (R) receives …"). Before a
# dash it is a dateline's agency ("Hanoi (VNA) – …") and stays.
_ASIDE = re.compile(
    r"\((?:[A-Z]{2,6}|[LRC]|(?:[a-z0-9]+ )*(?:[a-z0-9]+, )?(?:left|right|centre|center))\)"
    r"(?= [A-Z\u00C0-\u1EF9a-z])"
    r"|\((?P<country>[A-Z][a-z]+)\)(?= [A-Z])"  # "Consul General in Vancouver (Canada) A"
    r"|\((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+\)(?= of [A-Z])"  # "Majlis (National Assembly) of"
)


# A nickname in quotes between two name words ("Ferdinand 'Bongbong' Marcos Jr.",
# "Luiz Inacio “Lula” da Silva"): one pattern per opening quote, each opening with that
# literal character, which `re` finds with a fast search rather than a test a position.
_NICKNAMES = tuple(
    (quote, re.compile(re.escape(quote) + r"""(?<=[a-z] .)[A-Z][a-z]+['’"”](?= [A-Za-z])"""))
    for quote in ("'", "‘", '"', "“")
)


def mask_asides(text: str) -> str:
    """`text` with each acronym, photo-position or country-name aside and each nickname
    inside a name blanked out, offsets kept: names and posts on either side read as
    adjacent."""
    if "(" in text:
        text = _ASIDE.sub(_blank, text)
    for quote, nickname in _NICKNAMES:
        if quote in text:
            text = nickname.sub(_blank_nickname, text)
    return text


def _blank_nickname(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 30) : match.start() - 1].rsplit(" ", 1)[-1]
    after = match.string[match.end() + 1 : match.end() + 2]
    if before[:1].isupper() and (after.isupper() or after in "dv"):  # "da Silva", "van"
        return " " * len(match.group())
    return match.group()


def _blank(match: re.Match[str]) -> str:
    word = match.group("country")
    if word is not None and country_code(word) is None and word not in _REGIONS:
        return match.group()  # "(Gerindra) Party": a gloss that is no country stays
    return " " * len(match.group())


# The region a post covers, in brackets after it: "Secretary (East) A" (India's
# foreign ministry) is Secretary A
_REGIONS = frozenset({"East", "West", "North", "South"})
