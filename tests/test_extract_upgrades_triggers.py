"""Trigger scans of `upgrades`: the candidate-first scan finds what the plain regex finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import upgrades
from ingest.extract.cues import scan

_PIECES = st.sampled_from(
    ["established", "Re-Established", "re-establishment", "set", "SET", "up", "  ", " ", ","]
    + ["have been", "became", "Took", "raised", "elevation", "x", "-", "İ", "ı", "é", "ties"]
)


@given(st.lists(_PIECES, max_size=25).map("".join), st.data())
def test_upgrades_trigger_scan_same_as_the_regex(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    plain = [(m.span(), m.lastgroup) for m in upgrades._TRIGGER.finditer(text, lo, hi)]
    assert [(m.span(), m.lastgroup) for m in upgrades._triggers(text, lo, hi)] == plain


_RELATION_PIECES = st.sampled_from(
    ["the ", "Their ", "bilateral", " relations", " ties", "anniversary of ", "the 50th ", "x"]
    + ["Vietnam-Japan ", "diplomatic ", "relationship", "established ", "  ", "-", "İ", "ı"]
)


@given(st.lists(_RELATION_PIECES, max_size=20).map("".join))
def test_upgrades_relation_scans_same_as_the_regexes(text: str) -> None:
    for pattern, starts in (
        (upgrades._RELATIONS_ESTABLISHED, upgrades._RELATIONS_STARTS),
        (upgrades._ANNIVERSARY_RELATIONS, upgrades._ANNIVERSARY_STARTS),
    ):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan(pattern, starts, text)] == expected
