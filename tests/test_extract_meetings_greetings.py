# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "was greeted by X at the Presidential Palace" is a reception; a greeting at
the airport, or with no venue, is the arrival's ceremony. "The Indian guest" is the
person of that country the article met."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc

LEAD = "Thai Prime Minister Somchai Wongsa arrived in Hanoi on Monday for an official visit. "


def met(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-03-05"))
    return sorted((*sorted((m.a.name or "", m.b.name or "")), m.kind.value) for m in facts.met_with)


def test_greeted_at_a_palace_is_a_reception() -> None:
    text = LEAD + "Somchai was greeted by President Le Van Hoa at the Presidential Palace."
    assert met(text) == [("Le Van Hoa", "Somchai Wongsa", "reception")]


def test_greeted_at_the_airport_is_no_meeting() -> None:
    text = LEAD + "Somchai was greeted by Minister Le Van Hoa at the Noi Bai International Airport."
    assert met(text) == []


def test_the_national_guest_is_the_person_of_that_country() -> None:
    text = (
        LEAD
        + "Later, the Thai guest was greeted by President Le Van Hoa at the Presidential Palace."
    )
    assert met(text) == [("Le Van Hoa", "Somchai Wongsa", "reception")]
