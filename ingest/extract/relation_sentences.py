"""The sentences of an article as the relation extractors read them (`relation_context`):
each with the dates it gives and the countries it names, cut once per article.

    sentences(text, spans, countries, dates, published) -> list[Sentence]

Countries are names and demonyms (`ingest.countries`) plus capitals standing for their
country ("Mogadishu restored relations with Nairobi"; the `capital` rows of
`data/countries_cities.tsv`), never a venue ("talks in Hanoi"). A sentence's countries
and organisations are read only when asked (most sentences are never asked).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ingest.countries import CAPITALS, CountryMention, trie_pattern
from ingest.dates import DateMention, resolve
from ingest.extract.relation_words import cached_property
from ingest.extract.sentences import Span, paragraphs

_DATA = Path(__file__).parent.parent / "data"
_CUES = json.loads((_DATA / "levels_cues.json").read_text(encoding="utf-8"))

# Names open the patterns, the word-start test follows their first letter: `re` then
# jumps between candidate letters instead of trying a lookahead at every position.
_WORD_START = r"(?<![\w-]\w)"  # after a name's first letter: no word or "-" before it
_CAPITAL_RE = re.compile(
    trie_pattern(CAPITALS, word_start=_WORD_START)
    + r"(?![\w-])(?!\s*\()(?!,\s*(?:[A-Z][a-z]+\.?\s+)?\d)(?!\s+[A-Z])"
)  # not a dateline ("Hanoi (VNA)", "Hanoi, June 8") nor a name ("the Paris Agreement")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|for|via|near|of|outside|into|visiting|visit|leave|reach|arrive)\s+$",
    re.IGNORECASE,
)
_ORG_RE = re.compile(trie_pattern(_CUES["organisations"], word_start=_WORD_START) + r"(?![\w])")

_VENUE = re.compile(  # "in Egypt", "in Rio de Janeiro, Brazil": where, not who
    r"\b(?:in|at|from)\s+(?:the\s+)?$"
    r"|\b(?:in|at)\s+(?:(?:[A-Z][\w'’-]*|de|da|do|del|la|el|al|es)\s+){0,4}[A-Z][\w'’-]*,\s+$"
)


@dataclass(frozen=True)
class Party:
    """A country named in a sentence (offsets into the sentence text)."""

    start: int
    end: int
    iso3: str
    via: str  # name | demonym | capital
    venue: bool = False  # "in Rio de Janeiro, Brazil", "talks in Egypt": where, not who

    def __init__(self, start: int, end: int, iso3: str, via: str, venue: bool = False) -> None:
        # the instance dict filled as `Span` does: every country a sentence names makes one
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["iso3"] = iso3
        fields["via"] = via
        fields["venue"] = venue


@dataclass(eq=False)
class Sentence:
    """One sentence; the dates it gives and the countries and organisations it names
    are read on first use (most sentences are never asked)."""

    start: int  # offsets into the text the sentences were cut from
    end: int
    text: str
    paragraph: int
    mentions: list[DateMention]  # its dates, offsets into `source`
    source: str  # the text the sentences were cut from
    countries: list[CountryMention]  # those in this sentence, offsets into `source`
    covered: list[tuple[int, int]]  # every country name's span in `source`

    @cached_property
    def dates(self) -> tuple[DateMention, ...]:
        """Its date mentions, offsets into the sentence text."""
        return tuple(_shift(d, -self.start) for d in self.mentions)

    @cached_property
    def parties(self) -> tuple[Party, ...]:
        """Countries the sentence names (offsets into its text): names, demonyms, and
        capitals standing for their country, not inside a country's name ("Mexico
        City") nor after a place preposition ("talks in Hanoi")."""
        found = [
            Party(
                c.start - self.start,
                c.end - self.start,
                c.iso3,
                "demonym" if c.is_demonym else "name",
                venue,
            )
            for c, venue in zip(self.countries, self.venues, strict=True)
        ]
        found += [
            Party(m.start() - self.start, m.end() - self.start, CAPITALS[m.group()], "capital")
            for m in self._within(_CAPITAL_RE)
            if not _PLACE_BEFORE.search(self.source, max(0, m.start() - 14), m.start())
        ]
        return tuple(sorted(found, key=lambda p: p.start))

    @cached_property
    def venues(self) -> list[bool]:
        """For each of `countries`, whether it is named as a place ("talks in Egypt")."""
        return [is_venue(self.source, c.start) for c in self.countries]

    @cached_property
    def orgs(self) -> tuple[tuple[int, int], ...]:
        """Organisations the sentence names (offsets into its text), except inside a
        country's name ("South Africa")."""
        return tuple((o.start() - self.start, o.end() - self.start) for o in self._within(_ORG_RE))

    def _within(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Matches of `pattern` inside the sentence and outside country names; the scan
        reaches past its end so that lookaheads see what follows, as in the whole text."""
        return [
            m
            for m in pattern.finditer(self.source, self.start, min(len(self.source), self.end + 40))
            if m.end() <= self.end and not _inside(self.covered, m.start())
        ]


def sentences(
    text: str,
    spans: list[Span],
    countries: list[CountryMention],
    found_dates: list[DateMention],
    published: str | None,
) -> list[Sentence]:
    """The sentences with the dates each gives and the countries each names."""
    covered = [(c.start, c.end) for c in countries]  # in text order, without overlaps
    mentions = _dates(text, found_dates, published)
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]
    dates = _bucket(starts, ends, mentions)
    named = _bucket(starts, ends, countries)
    para_of = _paragraph_index(text, spans)
    return [
        Sentence(
            span.start,
            span.end,
            span.text,
            para_of[i],
            dates[i],
            text,
            named[i],
            covered,
        )
        for i, span in enumerate(spans)
    ]


def is_venue(text: str, pos: int) -> bool:
    """Whether the country named at `pos` is where, not who: "in Egypt", "in Rio de
    Janeiro, Brazil" (a cheap look at the last word before it first)."""
    if pos < 2 or not text[pos - 1].isspace():
        return False
    before = text[max(0, pos - 12) : pos].rstrip()
    if not before or before[-1] not in "nNtTmMeE,":
        return False  # the word before does not end as in, at, from, the or ","
    words = before.lower().split()
    if words and words[-1] == "the":
        words.pop()
    if not words or not (words[-1].endswith(",") or words[-1] in ("in", "at", "from")):
        return False
    return bool(_VENUE.search(text, max(0, pos - 40), pos))


_Item = TypeVar("_Item", DateMention, CountryMention)


def _bucket(starts: list[int], ends: list[int], items: Sequence[_Item]) -> list[list[_Item]]:
    """`items` grouped by the sentence (`starts`, `ends`: its offsets) that holds each whole."""
    out: list[list[_Item]] = [[] for _ in starts]
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= ends[i]:
            out[i].append(item)
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of the sorted, disjoint `spans` ("Africa" in "South
    Africa", "Mexico" in "Mexico City")."""
    i = bisect_right(spans, (pos, len(spans) + 10**9)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _paragraph_index(text: str, spans: list[Span]) -> list[int]:
    """The paragraph of each sentence: sentences are cut inside paragraphs, so a line
    break between two sentences is a paragraph break (`sentences.paragraphs`)."""
    out, para = [], 0
    for i, span in enumerate(spans):
        if i and "\n" in text[spans[i - 1].end : span.start]:
            para += 1
        out.append(para)
    return out


def _dates(text: str, found: list[DateMention], published: str | None) -> list[DateMention]:
    """Every date mention; without a publication date, a year-less day takes the year
    written in its paragraph (annotation.md "dates")."""
    mentions = _joined(found, text)
    if published:
        return mentions
    paras: list[Span] | None = None  # cut only when a date needs its paragraph's year
    out = []
    for d in mentions:
        if d.iso is None and d.kind in ("day", "range", "month"):
            paras = paragraphs(text) if paras is None else paras
            para = next((q for q in paras if q.start <= d.start < q.end), None)
            year = _YEAR_WORD.search(para.text) if para else None
            if year:
                d = DateMention(
                    d.start, d.end, d.text, resolve(d.text, None, int(year.group())), d.kind
                )
        out.append(d)
    return out


def _joined(mentions: list[DateMention], text: str) -> list[DateMention]:
    """ "September 5 this year": the day takes the year of the relative phrase after it."""
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "day"
            and d.kind == "relative"
            and "year" in d.text.lower()
            and text[prev.end : d.start].strip() in ("", ",")
            and prev.iso
            and d.iso
            and len(prev.iso) == 10
        ):
            iso = d.iso[:4] + prev.iso[4:]
            out[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], iso, "day")
            continue
        out.append(d)
    return out


def _shift(d: DateMention, by: int) -> DateMention:
    return DateMention(d.start + by, d.end + by, d.text, d.iso, d.kind)


_YEAR_WORD = re.compile(r"(?:1(?<!\w1)[89]|2(?<!\w2)0)\d\d\b")
