"""Trigger scans of `upgrades`: the candidate-first scan finds what the plain regex finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import upgrades

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
