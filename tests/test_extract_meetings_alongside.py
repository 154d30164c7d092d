# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: standing or appearing alongside someone at a press appearance is meeting them
("…, he said, standing alongside Indonesian Defence Minister X")."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str, published: str = "2024-08-20") -> set[tuple[str, str, str | None]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {(m.a.name or "", m.b.name or "", m.date) for m in extract_facts(doc).met_with}


def test_standing_alongside_a_named_minister_is_a_meeting() -> None:
    text = "Peruvian Prime Minister Ana Ruiz spoke to reporters on Tuesday, standing alongside Vietnamese Foreign Minister Le Van Binh."
    assert met(text) == {("Ana Ruiz", "Le Van Binh", "2024-08-20")}


def test_appeared_beside_reads_the_same() -> None:
    text = "Chilean President Jose Soto appeared beside Vietnamese Prime Minister Le Van Binh at a news conference in Santiago on May 5, 2024."
    assert met(text) == {("Jose Soto", "Le Van Binh", "2024-05-05")}


def test_a_building_beside_a_palace_is_nobody_met() -> None:
    text = "The new embassy of Peru stands beside the Presidential Palace in Hanoi, Ambassador Ana Ruiz said."
    assert met(text) == set()
