"""Word lists and word tests the relation extractors (`upgrades.py`, `signings.py`)
share: case-insensitive word-list regexes shaped as tries, plans and negations
("agreed to upgrade", "will sign", "have not established"), "75 years ago", the sentences
worth reading at all (`hinted_sentences`), and one fact per key and date (`merge_dated`).
`relation_context.py` re-exports every public name here.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from os.path import commonprefix
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from ingest.extract.cues import (
    case_odd,
    cue_places,
    first_letters,
    holds_any,
    lowered,
    minimal,
    scan,
    scan_first,
)
from ingest.extract.sentences import Span

_DATA = Path(__file__).parent.parent / "data"
_CUES = json.loads((_DATA / "levels_cues.json").read_text(encoding="utf-8"))


_T = TypeVar("_T")


class cached_property(Generic[_T]):  # noqa: N801 - a drop-in for functools' decorator
    """`functools.cached_property` without its lock: on Python 3.11 every first read of
    every instance takes an RLock, a good part of the cost of these small properties.
    The same result: the value is stored in the instance's `__dict__`, found first later."""

    def __init__(self, fn: Callable[[Any], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> cached_property[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex for a word list, on word boundaries (longest wins)."""
    return re.compile(rf"\b{first_chars(words)}(?:{trie_alternation(words)})\b", re.IGNORECASE)


def first_chars(words: Iterable[str], fold: bool = True) -> str:
    """A lookahead on the first characters of `words` (in either case if `fold`): a
    regex that opens with it rejects most positions at once (same matches, cheaper)."""
    firsts = {w[0] for w in words}
    chars = sorted({c.lower() for c in firsts} | {c.upper() for c in firsts} if fold else firsts)
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def trie_alternation(words: Iterable[str], space: str = r"\s+", fold: bool = True) -> str:
    """A regex alternation of `words` shaped as a character trie: Python's `re` scans it
    far faster than a flat list of words. A word that another continues matches only
    when the continuation does not (the caller's boundary decides)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word.lower() if fold else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie, space)


def _trie_node(node: dict[str, dict], space: str) -> str:
    branches = [
        (space if char == " " else re.escape(char)) + _trie_node(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_PLAN = words_pattern(_CUES["plan"])
_MAY = re.compile(r"\bmay\b")  # the modal; "May 8, 1989", "in May" are the month
_NEGATION = words_pattern(_CUES["negation"])
_NEGATION_STARTS = re.compile(first_letters(_CUES["negation"]))
_DECIDED = words_pattern(_CUES["decided"])
_DECIDED_STARTS = re.compile(first_letters(_CUES["decided"]))
_CLAUSE_BREAK = re.compile(
    r"(?=[;:.,safwtbSAFWTB])"  # the first characters of the alternatives: a cheaper scan
    r"(?:[;:]|\.\s|,\s*(?:and|but|while|as|after|when|which|who|where)\b|\b(?:since|after|when|"
    r"as|following|then)\b|\b(?:and|but)\s+(?=(?:also\s+|then\s+)?[a-z]+ed\b))",
    re.IGNORECASE,
)
_INFINITIVE_TO = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_INFINITIVE_TO_STARTS = re.compile(first_letters(["to"]))
# "the first Southeast Asian country to establish", "one of the first 10 countries to
# establish" (done), not "first step to"
_FIRST_TO = re.compile(
    r"\b(?:first|second|third|last|only)\b(?:\s+[\w-]+){0,3}?\s+(?:countr(?:y|ies)|nations?|"
    r"states?|members?|partners?|economy|economies|one)\s+to\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_FIRST_TO_STARTS = re.compile(first_letters(["first", "second", "third", "last", "only"]))
# "witnessed a ceremony to sign …": the infinitive tells what the ceremony was for
_CEREMONY_TO = re.compile(r"\bceremon(?:y|ies)\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CEREMONY_TO_STARTS = re.compile(first_letters(["ceremony", "ceremonies"]))
# Where a clause break may start: a mark, or a word of the break words
_CLAUSE_STARTS = re.compile(
    r";|:|\.|,|"
    + first_letters(["since", "after", "when", "as", "following", "then", "and", "but"])
)


CARDINALS: dict[str, int] = _CUES["cardinals"]  # "thirty": 30, for counts of years


def count_of(word: str) -> int:
    """A count written in digits or as a word of `CARDINALS` ("75", "Thirty")."""
    return int(word) if word.isdigit() else CARDINALS[word.lower()]


# Words that make a count of years approximate: "nearly 30 years", "more than 30 years ago"
APPROXIMATELY = r"(?:more\s+than|over|nearly|almost|about|around|some|close\s+to)"
_AGO = re.compile(  # "75 years ago", "for 30 years"; "more than 30 years ago" is no date
    r"(?:\bfor\s+)?\b(?:(?P<approx>" + APPROXIMATELY + r")\s+)?"
    r"(?P<n>\d{1,3}|" + "|".join(CARDINALS) + r")\s+years(?(approx)(?:\s+ago)?|\s+ago)\b"
    r"|\bfor\s+(?P<n2>\d{1,3}|" + "|".join(CARDINALS) + r")\s+years\b"
    # round figures, no year: "five decades ago", "half a century ago"
    r"|(?P<round>\b(?:\d|a|two|three|four|five|six|seven|eight|nine|several|many)"
    r"\s+decades?\s+ago"
    r"|\b(?:half\s+a|a)\s+century\s+ago)\b",
    re.IGNORECASE,
)


def years_ago(text: str, pos: int, published: str | None) -> tuple[str | None, str] | None:
    """ "… 75 years ago" / "… for 30 years" within 60 characters after `pos` ("relations
    were established between both countries five decades ago"): (the year, counted back
    from the publication year, or None when approximate or unknown; the phrase), or None
    when the text says no such thing."""
    end = min(len(text), pos + 60)
    after = text[pos:end].lower()
    ago = _AGO.search(text, pos, end) if "years" in after or " ago" in after else None
    if ago is None:
        return None
    n = ago.group("n") or ago.group("n2")
    if ago.group("approx") or ago.group("round") or not published:
        return None, ago.group()
    return f"{int(published[:4]) - count_of(n):04d}", ago.group()


def clause_window(text: str, pos: int) -> str:
    """The text of the clause before `pos` (at most 90 characters): where a plan or a
    negation governing the word at `pos` would be ("agreed to work towards upgrading")."""
    start = max(0, pos - 90)
    breaks = scan(_CLAUSE_BREAK, _CLAUSE_STARTS, text, start, pos)
    return text[breaks[-1].end() if breaks else start : pos]


def is_plan(text: str) -> bool:
    """Whether `text` holds a word of plans or wishes ("agreed", "will", "may"), or an
    invitation ("invited B to attend the signing")."""
    return bool(_plan_word(text) or _MAY.search(text) or _invited(text))


# "Early, he signed …", "early this week": a time, not the wish of "an early signing"
_EARLY_TIME = re.compile(r",|\s+(?:this|last|on|in)\b", re.IGNORECASE)


def _plan_word(text: str) -> bool:
    """Whether `text` holds a word of plans or wishes (`_PLAN`) that is not a time."""
    for match in _PLAN.finditer(text):
        if match.group().lower() != "early" or not _EARLY_TIME.match(text, match.end()):
            return True
    return False


# "at the invitation of X, Y paid a visit": the visit took place; only an invitation
# still to be taken up ("conveyed the invitation to attend", "invited him to") is a plan.
# (a clause window cut at a fixed length may have lost the word's first letter)
_INVITATION = re.compile(r"(?:\bi|^)nvit(?:ations?|es?|ed|ing)\b", re.IGNORECASE)
_ACCEPTED = re.compile(r"\b(?:at|upon|on)\s+(?:the\s+)?(?:kind\s+)?$", re.IGNORECASE)


def _invited(text: str) -> bool:
    if "nvit" not in text:
        return False  # the cheap test first: few clauses speak of an invitation
    return any(
        not _ACCEPTED.search(text, max(0, m.start() - 14), m.start())
        for m in _INVITATION.finditer(text)
    )


def plan_or_negation(window: str) -> bool:
    """Whether a clause before a trigger makes it a plan, wish or negation ("will sign",
    "agreed to upgrade", "have not established"); "decided to restore" is a fact."""
    low = _plain_lower(window)  # most windows hold none of the words: their scans are skipped
    if _may_hold(low, _NEGATION_PIECES) and scan_first(_NEGATION, _NEGATION_STARTS, window):
        return True
    if (
        _may_hold(low, _FIRST_TO_PIECES)
        and scan_first(_FIRST_TO, _FIRST_TO_STARTS, window)
        and not is_plan(window)
    ):
        return False  # "was the first Southeast Asian country to establish …": done
    if (
        _may_hold(low, ("ceremon",))
        and scan_first(_CEREMONY_TO, _CEREMONY_TO_STARTS, window)
        and not is_plan(window)
    ):
        return False  # "attended a ceremony to sign …": the ceremony took place
    if (
        _may_hold(low, ("to",)) and scan_first(_INFINITIVE_TO, _INFINITIVE_TO_STARTS, window)
    ) or is_plan(window):
        return not (
            _may_hold(low, _DECIDED_PIECES) and scan_first(_DECIDED, _DECIDED_STARTS, window)
        )
    return False


def _pieces(words: list[str]) -> tuple[str, ...]:
    """The longest piece of each of `words` ("no longer": "longer"), lower-cased: every
    match of `words_pattern(words)` holds one."""
    return minimal(max(word.split(), key=len) for word in words)


_NEGATION_PIECES = _pieces(_CUES["negation"])
_FIRST_TO_PIECES = ("first", "second", "third", "last", "only")
_DECIDED_PIECES = _pieces(_CUES["decided"])


def _plain_lower(text: str) -> str | None:
    """`text` lower-cased, or None when lower-casing moved or missed letters that a
    case-insensitive regex sees (`cues.case_odd`): its substrings cannot stand for matches."""
    low = text.lower()
    return low if len(low) == len(text) and not case_odd(text) else None


def _may_hold(low: str | None, pieces: tuple[str, ...]) -> bool:
    """Whether a text (`_plain_lower`) may hold a match that holds one of `pieces`."""
    return low is None or holds_any(low, pieces)


@dataclass(frozen=True)
class Found:
    """A fact as read, with whether its date comes from its own sentence (or arithmetic
    on it) rather than from the sentences before it."""

    fact: Any
    explicit: bool


def merge_dated(found: list[Found], key: Callable[[Any], Hashable]) -> list[Found]:
    """One fact per key and date: dates read in the fact's own sentence win over
    inherited ones, and a date that is a prefix of another ("1973" beside "1973-03-23")
    folds into the more precise one; undated facts remain only when nothing is dated."""
    groups: dict[Hashable, list[Found]] = {}
    for f in found:
        groups.setdefault(key(f.fact), []).append(f)
    kept: list[Found] = []
    for group in groups.values():
        explicit = sorted(
            (f for f in group if f.explicit and f.fact.date), key=lambda f: -len(f.fact.date)
        )
        if not explicit:
            kept.append(next((f for f in group if f.fact.date), group[0]))
            continue
        dates: list[str] = []
        for f in explicit:
            if not any(d.startswith(f.fact.date) for d in dates):
                dates.append(f.fact.date)
                kept.append(f)
    return kept


def by_start(words: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`words` grouped by their first four characters, each group under the start all its
    words share ("normali": "normalise", "normalization" …), for `holds_grouped`."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:4], []).append(word)
    return tuple((commonprefix(group), tuple(group)) for group in groups.values())


def holds_grouped(text: str, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """`holds_any(text, words)` for `groups = by_start(words)`: a text without a group's
    start holds none of its words, and most texts hold no start (fewer scans of `text`)."""
    for start, words in groups:
        if start in text and (len(words) == 1 or holds_any(text, words)):
            return True
    return False


def hinted_sentences(
    text: str, spans: list[Span], stems: tuple[str, ...], needs: tuple[str, ...] = ()
) -> list[int]:
    """Indices of the sentences holding a word that starts with one of the lower-case
    `stems` (and, if given, one of the lower-case strings `needs` anywhere): where the
    stems stand in the lower-cased text (`cue_places`, one pass for every extractor's
    cues), far cheaper than a regex or a scan per sentence, so the rules only ever see
    sentences that may hold a fact."""
    low = lowered(text)
    places = cue_places(text, stems)
    starts = [span.start for span in spans]
    found: set[int] = set()
    for stem in stems:
        for pos in places.get(stem, ()):
            if pos == 0 or not low[pos - 1].isalnum():
                i = bisect_right(starts, pos) - 1
                if i >= 0 and pos + len(stem) <= spans[i].end:
                    found.add(i)
    return sorted(i for i in found if not needs or _holds(low, spans[i], needs))


def _holds(low: str, span: Span, words: tuple[str, ...]) -> bool:
    piece = low[span.start : span.end]  # `in` on a slice: cheaper than a bounded find
    for word in words:  # noqa: SIM110  (a plain loop: cheaper than any() over a generator)
        if word in piece:
            return True
    return False
