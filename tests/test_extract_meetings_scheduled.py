# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: a meeting in the present tense with a time to come is a schedule, not a
fact ("… next week as A meets B"); the present tense alone is not (captions)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs(text: str, published: str | None = "2025-06-02") -> set[frozenset[str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {frozenset((m.a.name or "", m.b.name or "")) for m in extract_facts(doc).met_with}


@pytest.mark.parametrize(
    "text",
    [
        "Canberra is set to sign a new minerals pact next month as Prime Minister Anthony Albanese meets Vietnamese Prime Minister Pham Minh Chinh in Sydney.",
        "Indonesian President Prabowo Subianto receives Vietnamese State President Luong Cuong in Jakarta tomorrow, officials said.",
    ],
)
def test_present_tense_with_a_time_to_come_is_no_meeting(text: str) -> None:
    assert pairs(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pham Minh Chinh (R) meets Indonesian Ambassador Ina Krisnamurthi in Hanoi.",
        "Prime Minister Pham Minh Chinh met Indonesian Ambassador Ina Krisnamurthi on Monday and they agreed to meet again next year.",
    ],
)
def test_a_past_or_undated_present_meeting_stays(text: str) -> None:
    assert pairs(text) == {frozenset(("Pham Minh Chinh", "Ina Krisnamurthi"))}
