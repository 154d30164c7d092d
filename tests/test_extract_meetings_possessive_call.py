# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "President X's call with General Secretary Y" is a phone call of the two."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def test_a_leaders_call_with_another_is_a_phone_call() -> None:
    text = "The two ministers built on the momentum from Colombian President Santos’s call with Vietnamese General Secretary Lam in March."
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-20"))
    assert [(m.a.name, m.b.name, m.kind.value, m.date) for m in facts.met_with] == [
        ("Santos", "Lam", "phone_call", "2024-03")
    ]


def test_a_call_with_no_possessive_is_no_meeting() -> None:
    text = "The minister issued a call with urgency for closer trade ties with Vietnam."
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-20"))
    assert facts.met_with == []
