# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: a phone call and talks in person are two meetings of the same pair, even when
one of them has no date; the same phone talks named twice stay one."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str) -> list[tuple[str | None, str]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text))
    return sorted(((m.date, m.kind.value) for m in facts.met_with), key=str)


def test_an_earlier_phone_call_is_not_the_undated_talks() -> None:
    text = (
        "Peruvian President Ana Ruiz held talks with Vietnamese President Le Van Binh in Lima on Saturday. "
        "Ruiz spoke with Binh by phone in October 2021."
    )
    assert met(text) == [("2021-10", "phone_call"), (None, "talks")]


def test_phone_talks_named_again_stay_one_meeting() -> None:
    text = (
        "Peruvian President Ana Ruiz held phone talks with Vietnamese President Le Van Binh on May 5, 2024. "
        "During the phone talks, Ruiz thanked Binh."
    )
    assert met(text) == [("2024-05-05", "phone_call")]


def test_the_talks_recall_the_phone_talks_of_the_lead() -> None:
    text = (
        "Chilean President Tomas Vera held phone talks with Vietnamese Prime Minister Dao Van Khoa on March 3, 2024. "
        "During the talks, Vera congratulated Khoa on his new post. "
        "After their conversation, Khoa thanked Vera."
    )
    assert met(text) == [("2024-03-03", "phone_call")]


def test_talks_named_without_a_determiner_stay_their_own_meeting() -> None:
    text = (
        "Chilean President Tomas Vera held phone talks with Vietnamese Prime Minister Dao Van Khoa on March 3, 2024. "
        "Vera also held talks with Khoa in Santiago on March 3, 2024."
    )
    assert met(text) == [("2024-03-03", "phone_call"), ("2024-03-03", "talks")]


def test_consultations_that_should_continue_are_no_meeting() -> None:
    text = (
        "Chilean President Tomas Vera held phone talks with Vietnamese Prime Minister Dao Van Khoa on March 3, 2024. "
        "The leaders agreed that the two ministries should continue consultations with each other. "
        "Vera said Chile must hold talks with Vietnam more often."
    )
    assert met(text) == [("2024-03-03", "phone_call")]
