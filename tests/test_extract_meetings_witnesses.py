# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: two leaders who together witnessed a signing or an exchange of documents
met; the signatories named after it are not their partners."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs(text: str, published: str | None = "2025-04-02") -> set[frozenset[str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {frozenset((m.a.name or "", m.b.name or "")) for m in extract_facts(doc).met_with}


def test_two_leaders_witnessing_an_exchange_met() -> None:
    text = "State President Luong Cuong and Indonesian President Prabowo Subianto on Monday witnessed the exchange of five cooperation documents in Jakarta."
    assert pairs(text) == {frozenset(("Luong Cuong", "Prabowo Subianto"))}


def test_one_witness_meets_nobody() -> None:
    text = "State President Luong Cuong witnessed the signing of a memorandum between Vietnamese Minister Nguyen Hong Dien and Indonesian Minister Budi Santoso."
    assert pairs(text) == set()
