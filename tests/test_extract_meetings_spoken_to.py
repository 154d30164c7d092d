# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "had spoken to X" is a talk with X, as "spoke to X" is."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str) -> list[tuple[str | None, str]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text))
    return sorted(((m.date, m.kind.value) for m in facts.met_with), key=str)


def test_had_spoken_to_is_a_talk_too() -> None:
    text = "Peruvian Prime Minister Ana Ruiz had spoken to Vietnamese Prime Minister Le Van Binh on phone in October 2021."
    assert met(text) == [("2021-10", "phone_call")]


def test_spoke_today_with_is_a_talk() -> None:
    # readouts put the day between the verb and "with"
    text = "Chilean Foreign Minister Rosa Vidal spoke today with Vietnamese Deputy Foreign Minister Tran Van Long."
    assert len(met(text)) == 1


def test_spoke_yesterday_to_is_a_talk() -> None:
    text = "Finnish President Aino Salo spoke yesterday to Vietnamese President Le Van Hoa about trade."
    assert len(met(text)) == 1
