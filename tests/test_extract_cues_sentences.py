"""Cue scans: which sentences an extractor reads at all (`ingest.extract.cues`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.cues import (
    case_odd,
    cue_places,
    cue_sentences,
    cues_by_sentence,
    lowered,
    minimal,
    starts_word,
    word_starts,
)
from ingest.extract.meeting_triggers import meeting_triggers_in, sentence_triggers
from ingest.extract.sentences import Span, split_sentences

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("text", "cues", "expected"),
    [
        ("Xi met Lula. It rained. They held TALKS.", ("talks", "met"), {0, 2}),
        ("Nothing here. Nor here.", ("talks",), set()),
        ("He talks. Then he left.", ("s. t",), set()),  # across two sentences: in none
        ("Kılıç held talks. It rained.", ("talks",), {0, 1}),  # "ı": every sentence is read
    ],
)
def test_cues_sentences_holding_a_cue(text: str, cues: tuple[str, ...], expected: set[int]) -> None:
    assert cue_sentences(text, split_sentences(text), cues) == expected


def _cues_by_find(text: str, spans: list[Span], cues: tuple[str, ...]) -> dict[int, set[str]]:
    """The definition: a cue counts for the sentence every character of it stands in."""
    low = text.lower()
    found: dict[int, set[str]] = {}
    for i, span in enumerate(spans):
        for cue in cues:
            if cue in low[span.start : span.end]:
                found.setdefault(i, set()).add(cue)
    return found


@given(
    st.text(alphabet="ab .\nA", max_size=60),
    st.lists(st.text(alphabet="ab .", min_size=1, max_size=4), min_size=1, max_size=5),
)
def test_cues_by_sentence_same_as_a_find_per_sentence(text: str, cues: list[str]) -> None:
    spans = split_sentences(text)
    assert cues_by_sentence(text, spans, tuple(cues)) == _cues_by_find(text, spans, tuple(cues))


def test_cues_by_sentence_overlapping_and_nested_cues() -> None:
    text = "They were meeting. The meet. Teammates met."
    found = cues_by_sentence(text, split_sentences(text), ("meet", "meeting", "eet", "met"))
    assert found == {0: {"meet", "meeting", "eet"}, 1: {"meet", "eet"}, 2: {"met"}}


@given(
    st.text(alphabet="abAB .\n", max_size=60),
    st.lists(st.text(alphabet="ab .", min_size=1, max_size=4), min_size=1, max_size=5),
)
def test_cues_places_every_find(text: str, cues: list[str]) -> None:
    """Every place `str.find` gives from each place, for these cues and the ones other
    extractors asked for before."""
    places = cue_places(text, cues)
    low = text.lower()
    for cue in cues:
        expected = [i for i in range(len(low)) if low.startswith(cue, i)]
        assert places.get(cue, []) == expected


def test_cues_places_for_each_text() -> None:
    first, second = "They met. Talks.", "No meeting here"
    places = cue_places(first, ("met", "talks"))
    assert (places["met"], places["talks"]) == ([5], [10])
    assert cue_places(first, ("talks",)) is places  # the same article: no second pass
    assert "met" not in cue_places(second, ("met",))
    # a cue no extractor asked for yet: the places are read again, with it
    assert cue_places(second, ("eting he",))["eting he"] == [5]


def test_cues_lowered_keeps_offsets() -> None:
    text = "İstanbul talks"
    assert len(lowered(text)) == len(text)
    assert lowered(text).endswith("talks")


def test_cues_minimal_drops_cues_holding_another() -> None:
    assert minimal(["meeting", "Meet", "talks", "talk", "phone"]) == ("meet", "phone", "talk")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_cues_meeting_triggers_same_as_reading_every_sentence(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert sentence_triggers(text, sentences) == [meeting_triggers_in(text, s) for s in sentences]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Met him. MET. met-up, METS, re-met, helmet", frozenset({"met"}), [0, 9, 14]),
        ("They mEt and Meet", frozenset({"met", "meet"}), [13]),  # as written, Capital, UPPER
        ("co-chaired by Co-Chair", frozenset({"co"}), [0, 14]),
        ("Hold, holds, HOLDING, holder", frozenset({"hold", "holds", "holding"}), [0, 6, 13]),
    ],
)
def test_cues_word_starts_whole_words(
    text: str, words: frozenset[str], expected: list[int]
) -> None:
    span = Span(0, len(text), text)
    assert word_starts(text, lowered(text), span, words) == expected


# Texts built from words the scans look for, their neighbours and odd characters
_PIECES = st.sampled_from(
    ["met", "Met", "MET", "mEt", "meet", "meets", "co", "Co-", "-", " ", ", ", ".", "_", "x"]
    + ["hold", "HOLDING", "holder", "talks", "Talk", "İ", "é", "9", "\n", "visit", "trips"]
)
_WORD_SETS = st.sampled_from(
    [
        frozenset({"met"}),
        frozenset({"met", "meet", "meets"}),
        frozenset({"co", "hold", "holding", "talk", "talks"}),
    ]
)


def word_starts_plain(text: str, low: str, span: Span, words: frozenset[str]) -> list[int]:
    """`word_starts` as a `str.find` per word: where a word stands as written, capitalised
    or in capitals, with no word character or "-" before it and no word character after."""
    found = set()
    for word in words:
        pos = low.find(word, span.start, span.end)
        while pos >= 0:
            after = pos + len(word)
            joined_before = pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-")
            joined_after = after < span.end and (text[after].isalnum() or text[after] == "_")
            as_written = text[pos:after] in (word, word.capitalize(), word.upper())
            if not joined_before and not joined_after and as_written:
                found.add(pos)
            pos = low.find(word, pos + 1, span.end)
    return sorted(found)


@given(st.lists(_PIECES, max_size=30).map("".join), _WORD_SETS, st.data())
def test_cues_word_starts_same_as_plain(
    text: str, words: frozenset[str], data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    span = Span(start, data.draw(st.integers(start, len(text))), "")
    low = lowered(text)
    plain = word_starts_plain(text, low, span, words)
    assert word_starts(text, low, span, words) == plain


@given(st.lists(_PIECES, max_size=30).map("".join), st.data())
def test_cues_starts_word_same_as_the_regex(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    words = ("visit", "trip", "met")
    expected = re.search(r"\b(?:visit|trip|met)", text[start:end], re.IGNORECASE)
    if not case_odd(text):
        assert starts_word(text, lowered(text), start, end, words) == bool(expected)
