# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a nickname in quotes inside a name ("Ferdinand 'Bongbong' Marcos Jr.") is an
aside; the name is the words around it, and its surname alone names the person later."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.extract.sentences import mask_asides
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="a.txt", raw=text, body=text))


def test_a_quoted_nickname_is_blanked_between_name_words() -> None:
    text = "President Ramon 'Monching' Dizon Jr. arrived."
    masked = mask_asides(text)
    assert len(masked) == len(text)
    assert "Monching" not in masked and masked.startswith("President Ramon ")


def test_a_quoted_word_outside_a_name_stays() -> None:
    text = "He called it the 'Golden' Era of ties."
    assert mask_asides(text) == text


def test_the_name_around_a_nickname_is_one_person_met_by_surname() -> None:
    facts = facts_of(
        "Philippine President Ramon 'Monching' Dizon Jr. held talks with Vietnamese Prime Minister Pham Minh Chinh in Manila on Monday. "
        "Dizon said the ties were strong."
    )
    names = {p.name: p.country for p in facts.persons}
    assert names["Ramon Dizon Jr"] == "PHL"
    assert {(m.a.name, m.b.name) for m in facts.met_with} == {("Ramon Dizon Jr", "Pham Minh Chinh")}


def test_curly_quotes_and_a_particle_after_the_nickname() -> None:
    facts = facts_of(
        "Brazilian President Carlos Alberto \u201cBeto\u201d da Cunha received Vietnamese Deputy Prime Minister Tran Hong Ha in Brasilia on Friday."
    )
    assert "Carlos Alberto da Cunha" in {p.name for p in facts.persons}
