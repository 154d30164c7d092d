"""The substring shortcuts of `relation_words` answer as the scans they skip."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import relation_words as words
from ingest.extract.cues import holds_any, scan_first

_CUES = json.loads(
    (Path(__file__).parent.parent / "ingest" / "data" / "levels_cues.json").read_text("utf-8")
)
_ESTABLISH = st.sampled_from(
    [w[:cut] for w in _CUES["establish"] for cut in (3, 4, 6, len(w))] + [" ", "x", "-", "ed"]
)
_CLAUSE = st.sampled_from(
    _CUES["negation"] + _CUES["decided"] + _CUES["plan"][:12]
    + ["first", "Only", "country", "ceremony", "CEREMONIES", "to", "To", "formally", "no"]
    + ["not", "ſ", "ı", "İ", "K", " ", "  ", ",", "x", "established", "invited"]
)  # fmt: skip


@given(st.lists(_ESTABLISH, max_size=12).map("".join))
def test_relation_words_grouped_test_same_as_plain(text: str) -> None:
    establish = tuple(_CUES["establish"])
    assert words.holds_grouped(text, words.by_start(establish)) == holds_any(text, establish)


def _every_scan(window: str) -> bool:
    """`plan_or_negation` as it reads with every scan run."""
    if scan_first(words._NEGATION, words._NEGATION_STARTS, window):
        return True
    if scan_first(words._FIRST_TO, words._FIRST_TO_STARTS, window) and not words.is_plan(window):
        return False
    if scan_first(words._CEREMONY_TO, words._CEREMONY_TO_STARTS, window) and not words.is_plan(
        window
    ):
        return False
    if scan_first(words._INFINITIVE_TO, words._INFINITIVE_TO_STARTS, window) or words.is_plan(
        window
    ):
        return not scan_first(words._DECIDED, words._DECIDED_STARTS, window)
    return False


@given(st.lists(_CLAUSE, max_size=14).map(" ".join))
def test_relation_words_plan_or_negation_same_as_every_scan(window: str) -> None:
    assert words.plan_or_negation(window) == _every_scan(window)
