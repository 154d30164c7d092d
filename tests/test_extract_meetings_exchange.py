# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: one person's exchange with another ("recalled his exchange with X") is a
meeting of the two; an exchange of documents or trade is not a person's."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs(text: str) -> set[tuple[str | None, str | None]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))
    return {(m.a.name, m.b.name) for m in facts.met_with}


def test_his_exchange_with_a_person_is_a_meeting() -> None:
    text = "Prime Minister Le Van Hung recalled his exchange with Chilean President Ana Soto in Santiago in 2019."
    assert pairs(text) == {("Le Van Hung", "Ana Soto")}


def test_an_exchange_of_documents_is_no_meeting_of_its_own() -> None:
    text = "Prime Minister Le Van Hung said the exchange with Chile of trade documents went well."
    assert pairs(text) == set()
