# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "the representatives of A and B" are the two sides the article named, when
they act in a meeting or a fronted meeting phrase opens the sentence."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc

LEAD = "Peruvian Vice Minister Pedro Soto and his Vietnamese counterpart Le Van Binh reaffirmed their will to deepen ties on Monday. "


def met(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-03-05"))
    return sorted(tuple(sorted((m.a.name or "", m.b.name or ""))) for m in facts.met_with)


def test_representatives_after_a_fronted_meeting_phrase() -> None:
    text = (
        LEAD
        + "During the fifth round of political consultations, held in Lima, the representatives of Peru and Vietnam also discussed trade."
    )
    assert met(text) == [("Le Van Binh", "Pedro Soto")]


def test_representatives_holding_talks() -> None:
    text = LEAD + "The representatives of Peru and Vietnam held talks in Lima."
    assert met(text) == [("Le Van Binh", "Pedro Soto")]


def test_representatives_who_only_speak_meet_nobody() -> None:
    text = LEAD + "The representatives of Peru and Vietnam stressed the value of trade."
    assert met(text) == []
