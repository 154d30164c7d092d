"""The text between a level and its nearest trigger holds no other trigger, so the
trigger rules read it as it is (nothing to strip from it)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import upgrades

_PIECES = st.sampled_from(
    ["established", "Re-Established", "re-establishment", "set", "SET", "up", "  ", " ", ","]
    + ["have been", "became", "Took", "raised", "elevation", "x", "-", "İ", "ı", "é", "ties"]
)


@given(st.lists(_PIECES, max_size=25).map("".join), st.data())
def test_upgrades_nothing_to_strip_after_the_last_trigger(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    triggers = upgrades._triggers(text, max(0, hi - 120), hi)
    if triggers:
        between = text[triggers[-1].end() : hi]
        assert upgrades._triggers(between, 0, len(between)) == []


@given(st.lists(_PIECES, max_size=25).map("".join))
def test_upgrades_nothing_to_strip_before_the_first_trigger(tail: str) -> None:
    text = "the strategic partnership" + tail
    for level in upgrades._level_mentions(text):  # each ends before a non-word character
        triggers = upgrades._triggers(text, level.end, min(len(text), level.end + 110))
        if triggers:
            between = text[level.end : triggers[0].start()]
            assert upgrades._triggers(between, 0, len(between)) == []
