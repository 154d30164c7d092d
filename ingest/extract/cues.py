"""Cue words found once per article: which sentences may hold a fact at all.

    low = lowered(text)                              # once per article, offsets kept
    hits = cue_sentences(text, spans, ("talks", "met"))   # indices of sentences to read

Most sentences of a news article state no meeting, level or signing. Substring scans
of the lower-cased body (one Aho-Corasick pass for a set of cues, `str.find` for a few;
far cheaper than a regex or a pass per sentence), bisected into sentence spans, tell
the extractors which sentences to read; the others cost nothing more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

import ahocorasick

from ingest.countries import trie_pattern
from ingest.extract.sentences import Span

# Characters a case-insensitive regex takes for an ASCII letter while `str.lower` keeps
# them ("ı" matches "i", "ſ" matches "s"): a cue scan of such a text would miss matches.
_CASE_ODD = ("ı", "ſ")


def case_odd(text: str) -> bool:
    """Whether `text` has characters a case-insensitive regex takes for an ASCII letter
    while `str.lower` keeps them (`_CASE_ODD`): scans of `lowered(text)` would miss them."""
    return not text.isascii() and any(c in text for c in _CASE_ODD)


def lowered(text: str) -> str:
    """`text` lower-cased, offsets kept (several extractors ask; the last one is cached)."""
    cached = _LOWER.get("last")
    if cached is not None and cached[0] is text:
        return cached[1]
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: fold by character instead
        low = "".join(c.lower()[0] for c in text)
    _LOWER["last"] = (text, low)
    return low


_LOWER: dict[str, tuple[str, str]] = {}


def cue_sentences(text: str, spans: list[Span], cues: Iterable[str]) -> set[int]:
    """Indices of the spans holding one of the lower-case `cues` (as substrings of the
    lower-cased text); every index when the text has characters the scan cannot see as
    a regex would (`_CASE_ODD`)."""
    return set(cues_by_sentence(text, spans, cues))


def cues_by_sentence(text: str, spans: list[Span], cues: Iterable[str]) -> dict[int, set[str]]:
    """For each span holding some of the lower-case `cues`, which ones (`cue_sentences`;
    every span with every cue when the text has `_CASE_ODD` characters)."""
    cues = tuple(cues)
    if case_odd(text):
        return {i: set(cues) for i in range(len(spans))}
    places = cue_places(text, cues)
    starts = [span.start for span in spans]
    found: dict[int, set[str]] = {}
    for cue in cues:
        size = len(cue)
        for pos in places.get(cue, ()):
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos + size <= spans[i].end:
                found.setdefault(i, set()).add(cue)
    return found


def cue_places(text: str, cues: Iterable[str]) -> dict[str, list[int]]:
    """Where each cue stands in `lowered(text)`, in order, overlapping ones too (what
    `str.find` from every place gives), for `cues` and every other cue asked for so far.

    The extractors ask for a hundred cues between them; a `str.find` per cue reads the
    whole article once per cue. One Aho-Corasick automaton of every cue reads it once,
    and the places are kept for the article's text (and for the copy with asides
    blanked: `_PLACES` holds the last two texts)."""
    if not all(cue in _CUES for cue in cues):
        _add_cues(cues)
    for held, places in _PLACES:
        if held is text:
            return places
    places = {}
    for last, cue in _automaton().iter(lowered(text)):
        places.setdefault(cue, []).append(last + 1 - len(cue))
    _PLACES[:] = [(text, places), *_PLACES[:1]]
    return places


_CUES: dict[str, None] = {}  # every cue asked for so far, in order
_PLACES: list[tuple[str, dict[str, list[int]]]] = []


def _add_cues(cues: Iterable[str]) -> None:
    """Add new cues; the places found so far miss them, and the automaton is rebuilt."""
    for cue in cues:
        if not cue:
            raise ValueError("cues: an empty cue stands everywhere")
        _CUES[cue] = None
    _PLACES.clear()
    _automaton.cache_clear()


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for cue in _CUES:
        automaton.add_word(cue, cue)
    automaton.make_automaton()
    return automaton


def word_starts(text: str, low: str, span: Span, words: frozenset[str]) -> list[int]:
    """Where one of the lower-case `words` stands in `span` as written, capitalised or in
    capitals, with no word character or "-" before it and no word character after it
    (`countries.WordStarts` for a few words). One scan of the lower-cased span with a
    case-sensitive trie of `words` that opens with plain letters (`re` jumps between
    them) finds every place; the written form is checked on `text`."""
    found: list[int] = []
    end = span.end
    forms = _sorted(words)
    for match in _starts_pattern(words).finditer(low, span.start, end):
        pos, word = match.start(), match.group()
        if text[pos : match.end()] in (word, word.capitalize(), word.upper()) or _stands(
            text, low, pos, end, forms
        ):
            found.append(pos)
    return found


@cache
def _sorted(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words))


@cache
def _starts_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """`words` as whole words of a lower-cased text ("-" before one joins it to the word
    before: "co-chaired" holds no "chaired")."""
    return re.compile(trie_pattern(sorted(words), word_start=r"(?<![\w-]\w)") + r"(?!\w)")


def starts_word(text: str, low: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of the lower-case `words` stands in `text[start:end]` (`low`:
    `lowered(text)`) where a word starts: what `re.search(r"\b(?:w1|w2)",
    text[start:end], re.IGNORECASE)` finds, unless `case_odd(text)`."""
    for word in words:
        pos = low.find(word, start, end)
        while pos >= 0:
            if pos == start or not _word_char(text[pos - 1]):
                return True
            pos = low.find(word, pos + 1, end)
    return False


def _stands(text: str, low: str, pos: int, end: int, forms: tuple[str, ...]) -> bool:
    """Whether one of `forms` stands at `pos` as a whole word (before `end`)."""
    for word in forms:
        after = pos + len(word)
        if (
            after <= end
            and low.startswith(word, pos)
            and (after >= end or not _word_char(text[after]))
            and text[pos:after] in (word, word.capitalize(), word.upper())
        ):
            return True
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches


def first_letters(words: Iterable[str]) -> str:
    """A regex for lower-cased text: where one of `words` may start as a word. Only the
    first letter is consumed (a word inside a match may start another), with no word
    character before it; the rest of the word's first piece ("re" of "re-establish", "set"
    of "set up") is a lookahead. It opens with plain letters, so that `re` jumps from
    candidate to candidate instead of trying every position (`scan`)."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        piece = _PIECE.match(word.lower())
        if piece is None:
            raise ValueError(f"first_letters: {word!r} does not start with a letter or digit")
        by_first.setdefault(piece.group()[0], set()).add(piece.group()[1:])
    return (
        "(?:"
        + "|".join(
            re.escape(first) + r"(?<!\w\w)(?=" + trie_pattern(rests) + ")"
            for first, rests in sorted(by_first.items())
        )
        + ")"
    )


_PIECE = re.compile(r"[^\W_]+")


def scan(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, lo, hi))` for an IGNORECASE `pattern` that opens with
    `\b` (tried at every position by `re`, the slowest scan there is): tried only where
    `starts` (a case-sensitive regex, e.g. `first_letters`) finds in the lower-cased window
    every place a match may start."""
    return list(_scanned(pattern, starts, text, lo, len(text) if hi is None else hi))


def scan_first(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, lo, hi)` the way `scan` finds matches (the first one only)."""
    return next(_scanned(pattern, starts, text, lo, len(text) if hi is None else hi), None)


def _scanned(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    window = text[lo:hi]
    low = window.lower()
    if len(low) != len(window) or case_odd(window):  # lower-casing moved or missed letters
        yield from pattern.finditer(text, lo, hi)
        return
    last_end = lo
    for candidate in starts.finditer(low):
        pos = lo + candidate.start()
        if pos < last_end:  # inside the previous match
            continue
        match = pattern.match(text, pos, hi)
        if match:
            last_end = match.end()
            yield match


def minimal(cues: Iterable[str]) -> tuple[str, ...]:
    """The cues that hold none of the others: a text holds one of `cues` only if it
    holds one of these."""
    low = sorted({c.lower() for c in cues})
    return tuple(c for c in low if not any(c != d and d in c for d in low))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (a plain loop: cheaper than `any()` over a
    generator, which these tests mostly run to the end)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False
