# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "following their meeting at …" recalls an earlier meeting of the two sides;
"In a discussion with X, Y …" is a meeting of X and Y; "the A side was led by X and the
B delegation was led by Y": X and Y met."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text))
    return sorted((*sorted((m.a.name or "", m.b.name or "")), m.kind.value) for m in facts.met_with)


def test_following_their_meeting_is_an_earlier_meeting() -> None:
    text = (
        "Thai Prime Minister Somchai Wongsa held phone talks with his Vietnamese counterpart Le Van Binh on Monday. "
        "Somchai thanked Binh for the call following their meeting at the APEC summit in November."
    )
    assert met(text) == [
        ("Le Van Binh", "Somchai Wongsa", "meeting"),
        ("Le Van Binh", "Somchai Wongsa", "phone_call"),
    ]


def test_in_a_discussion_with_is_a_meeting() -> None:
    text = (
        "Vietnamese Ambassador Tran Thi Lan arrived in Lima. In a discussion with Ambassador Pedro Quispe, "
        "Director-General for Asia at Peru's Ministry of Foreign Affairs, Lan stressed trade ties."
    )
    assert met(text) == [("Pedro Quispe", "Tran Thi Lan", "meeting")]


def test_two_delegations_led_by_their_heads_met() -> None:
    text = (
        "The third round of Chile-Vietnam political consultations was held in Santiago on Friday. "
        "The Chilean side was led by Vice Minister Pedro Soto and the Vietnamese delegation was headed by Deputy Foreign Minister Le Van Binh."
    )
    assert met(text) == [("Le Van Binh", "Pedro Soto", "talks")]


def test_one_delegation_led_by_its_head_meets_nobody() -> None:
    text = "The Vietnamese delegation was led by Deputy Foreign Minister Le Van Binh, who visited Chile."
    assert met(text) == []
