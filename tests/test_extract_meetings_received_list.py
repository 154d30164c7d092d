# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "received the newly-appointed Ambassadors of A, B and C": a listed object
stands where its list's post does, however long the countries' names; a bare verb's
other objects ("received support from the ambassadors of …") are still no meeting."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def sides(text: str) -> list[str]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))
    return sorted(m.b.country or "" for m in facts.met_with)


@pytest.mark.parametrize("status", ["newly-appointed ", "newly accredited ", ""])
def test_received_ambassadors_of_a_list_meet_the_host(status: str) -> None:
    text = f"Vice President Le Thi Lan on Monday received the {status}Ambassadors of Chile, Peru and Nepal."
    assert sides(text) == ["CHL", "NPL", "PER"]


def test_support_received_from_ambassadors_is_no_meeting() -> None:
    text = "Vice President Le Thi Lan on Monday received support from the ambassadors of Chile and Peru for the plan."
    assert sides(text) == []
