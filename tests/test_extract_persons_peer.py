# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: "his Vietnamese peer X" introduces X as "his Vietnamese counterpart X" does."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-08"))


def test_a_peer_with_a_nationality_is_a_person_of_that_country() -> None:
    facts = facts_of(
        "Chile’s President Jose Soto held talks with his Vietnamese peer Le Van Binh on Monday."
    )
    assert {p.name: p.country for p in facts.persons} == {"Jose Soto": "CHL", "Le Van Binh": "VNM"}
    assert {(m.a.name, m.b.name) for m in facts.met_with} == {("Jose Soto", "Le Van Binh")}


def test_peers_without_a_name_are_nobody() -> None:
    facts = facts_of("The report was reviewed by peers in Hanoi, Chilean Ambassador Ana Ruiz said.")
    assert [p.name for p in facts.persons] == ["Ana Ruiz"]
