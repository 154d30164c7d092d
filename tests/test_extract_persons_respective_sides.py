# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: "talks between Kenyan and Tanzanian delegations led by X and his counterpart
Y" gives X and Y the two countries in the order they are named."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-07-02"))


def test_two_demonyms_before_a_leader_and_his_counterpart() -> None:
    text = "Talks between Ghanaian and Togolese delegations led by President Kofi Mensah and his counterpart Yao Agbeko ended in Lome on Friday."
    countries = {p.name: p.country for p in facts_of(text).persons}
    assert countries == {"Kofi Mensah": "GHA", "Yao Agbeko": "TGO"}


def test_a_placed_leader_keeps_his_country() -> None:
    text = "Togolese and Ghanaian ministers watched as Ghana's President Kofi Mensah and his counterpart Yao Agbeko signed two accords on Friday."
    countries = {p.name: p.country for p in facts_of(text).persons}
    assert countries["Kofi Mensah"] == "GHA"
    assert countries["Yao Agbeko"] == "TGO"
