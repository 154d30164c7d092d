"""`holds_grouped` answers as `holds_any` over the same words."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.cues import holds_any
from ingest.extract.relation_words import by_start, holds_grouped

_WORDS = json.loads(
    (Path(__file__).parent.parent / "ingest" / "data" / "levels_cues.json").read_text("utf-8")
)["establish"]
_PIECES = st.sampled_from(
    [w[:cut] for w in _WORDS for cut in (3, 4, 6, len(w))] + [" ", "x", "-", "ed", "ing"]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_relation_words_grouped_test_same_as_plain(text: str) -> None:
    words = tuple(_WORDS)
    assert holds_grouped(text, by_start(words)) == holds_any(text, words)
