# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: two leaders who jointly upgraded relations met ("A and his Vietnamese peer B
upgraded the status of relations"); countries that raised their ties meet nobody, and a
meeting named after them in the same sentence is read as if it stood first."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str) -> set[tuple[str, str, str | None]]:
    doc = Doc(name="t.txt", raw=text, body=text, published="2024-05-08")
    return {(m.a.name or "", m.b.name or "", m.date) for m in extract_facts(doc).met_with}


def test_two_leaders_who_upgraded_relations_met() -> None:
    text = "Chilean President Jose Soto and Vietnamese President Le Van Binh elevated bilateral ties to a comprehensive partnership in Hanoi on May 5, 2024."
    assert met(text) == {("Jose Soto", "Le Van Binh", "2024-05-05")}


def test_countries_raising_ties_leave_the_talks_after_them() -> None:
    text = "Vietnam and Chile on May 5 raised their relationship to a strategic partnership, as President Le Van Binh held talks with his Chilean counterpart Jose Soto in Santiago."
    assert met(text) == {("Le Van Binh", "Jose Soto", "2024-05-05")}


def test_countries_upgrading_ties_meet_nobody() -> None:
    text = "Vietnam and Chile upgraded their ties in 2023, Chilean Ambassador Ana Ruiz said."
    assert met(text) == set()
