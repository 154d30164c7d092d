# ruff: noqa: E501  (example sentences are kept whole)
"""Meeting dates: an appositive on the other side's past post ("X, then vice president,")
does not end the meeting's clause, and a "when" clause after it gives the meeting's time."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def test_a_when_clause_after_a_then_appositive_dates_the_meeting() -> None:
    text = (
        "President Tran Van Nam on Monday received Chilean President Ana Soto in Hanoi.\n\n"
        "Nam recalled his talks with Soto, then Chile's foreign minister, when he visited Santiago in March 2016."
    )
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))
    assert sorted(m.date or "" for m in facts.met_with if m.b.name == "Ana Soto") == [
        "2016-03",
        "2024-05-06",
    ]
