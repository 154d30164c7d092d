"""Candidate-first scans (`cues.scan`, `cues.scan_first`) of the relation extractors: the
IGNORECASE patterns they speed up find exactly what the plain regex finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import meeting_triggers, relation_context, signings, upgrade_dates, upgrades
from ingest.extract import relation_words as words
from ingest.extract.cues import scan, scan_first

_FIRSTS = [
    (words._NEGATION, words._NEGATION_STARTS),
    (words._FIRST_TO, words._FIRST_TO_STARTS),
    (words._INFINITIVE_TO, words._INFINITIVE_TO_STARTS),
    (words._DECIDED, words._DECIDED_STARTS),
    (upgrade_dates._EARLIER, upgrade_dates._EARLIER_STARTS),
    (relation_context._BETWEEN, relation_context._BETWEEN_STARTS),
    (relation_context._EVENT_CUE, relation_context._EVENT_CUE_STARTS),
    (signings._ADJECTIVAL, signings._ADJECTIVAL_STARTS),
    (signings._DOC_RE, signings._DOC_STARTS),
    (meeting_triggers._PLAN_BEFORE, meeting_triggers._PLAN_STARTS),
]
# Every pair `scan` serves, for the test that each `starts` covers its pattern's words
_ALL_SCANS = [
    *_FIRSTS,
    (words._CLAUSE_BREAK, words._CLAUSE_STARTS),
    (upgrades._RELATIONS_ESTABLISHED, upgrades._RELATIONS_STARTS),
    (upgrades._ANNIVERSARY_RELATIONS, upgrades._ANNIVERSARY_STARTS),
]
_PATTERN_WORDS = sorted(
    {w for pattern, _ in _ALL_SCANS for w in re.findall(r"[A-Za-z]{2,}", pattern.pattern)}
)
_PIECES = st.sampled_from(
    ["agreed", " to ", "TO", "not", "Never", "yet  to", "no longer", "first", "Only", " country"]
    + [" nation ", "decided", "Decision", "since", "As", "and", "But", " also ", "signed", "ed"]
    + [", and ", "; ", ":", ". ", ".", ",", "-", "_", "x", "İ", "ı", "é", "\n", "broke off"]
    + ["years earlier", "Decades ", "prior", "between ", "among the ", "the signed ", "MoU"]
    + ["Memorandum of Understanding", "agreements", "co-agreement", "will ", "planned to "]
    + ["After ", "during ", "on the sidelines of ", "their ", "talks", "visit", "in "]
    # every word the patterns name, so that one missing from its `starts` shows
    + [f" {w} " for w in _PATTERN_WORDS]
)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@given(st.lists(_PIECES, max_size=25).map("".join), st.data())
def test_relation_words_scan_same_as_finditer(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = scan(words._CLAUSE_BREAK, words._CLAUSE_STARTS, text, lo, hi)
    assert _spans(found) == _spans(list(words._CLAUSE_BREAK.finditer(text, lo, hi)))


@pytest.mark.parametrize(("pattern", "starts"), _FIRSTS, ids=lambda p: str(p)[:30])
@given(text=st.lists(_PIECES, max_size=25).map("".join), data=st.data())
def test_relation_words_scan_first_same_as_search(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = scan_first(pattern, starts, text, lo, hi)
    expected = pattern.search(text, lo, hi)
    assert (found and found.span()) == (expected and expected.span())
    assert _spans(scan(pattern, starts, text, lo, hi)) == _spans(
        list(pattern.finditer(text, lo, hi))
    )


def _around(word: str) -> list[str]:
    """Short texts where `word` opens, ends or sits inside what a pattern may match."""
    forms = (word, word.capitalize(), word.upper())
    return [
        t.format(f) for f in forms for t in ("{} ", "{} x ", "A {} x y ", "a-{} x ", "{} of x ")
    ]


@pytest.mark.parametrize(("pattern", "starts"), _ALL_SCANS, ids=lambda p: str(p)[:30])
def test_relation_words_starts_cover_every_word_of_their_pattern(
    pattern: re.Pattern[str], starts: re.Pattern[str]
) -> None:
    """A word added to a pattern but not to its `starts` would go unseen by `scan`: every
    word any of the patterns names is tried against every pattern."""
    for text in (t for word in _PATTERN_WORDS for t in _around(word)):
        assert _spans(scan(pattern, starts, text)) == _spans(list(pattern.finditer(text))), text
