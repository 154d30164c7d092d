# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: clauses after a semicolon that open with a bare verb share the sentence's
subject ("A held talks with B; met C; received D")."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs(text: str, published: str | None = "2025-02-03") -> set[frozenset[str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {frozenset((m.a.name or "", m.b.name or "")) for m in extract_facts(doc).met_with}


P = frozenset


def test_bare_verb_clauses_after_semicolons_share_the_subject() -> None:
    text = (
        "In Canberra, Prime Minister Pham Minh Chinh held talks with Australian Prime Minister "
        "Anthony Albanese; met with Governor-General Sam Mostyn and Senate President Sue Lines; "
        "and received Foreign Minister Penny Wong; visited a university."
    )
    assert pairs(text) == {
        P(("Pham Minh Chinh", "Anthony Albanese")),
        P(("Pham Minh Chinh", "Sam Mostyn")),
        P(("Pham Minh Chinh", "Sue Lines")),
        P(("Pham Minh Chinh", "Penny Wong")),
    }


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    text = (
        "President Luong Cuong held talks with Peruvian President Dina Boluarte; Foreign Minister "
        "Bui Thanh Son met with Peruvian Foreign Minister Elmer Schialer."
    )
    assert pairs(text) == {
        P(("Luong Cuong", "Dina Boluarte")),
        P(("Bui Thanh Son", "Elmer Schialer")),
    }
