# ruff: noqa: E501  (example sentences are kept whole)
"""Documents signed before, governed by "the spirit of", "in line with" or "implement",
are no signing of the day unless the text dates them."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def signed(text: str) -> set[tuple[frozenset[str], str | None]]:
    doc = Doc(name="t.txt", raw=text, body=text, published="2019-10-02")
    return {(frozenset(s.parties), s.date) for s in extract_facts(doc).signed}


def test_the_spirit_of_agreements_signed_by_both_sides() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas met Vietnamese Deputy Prime Minister Hoang Van Nam in Hanoi "
        "on October 1. Rojas said Chile will seriously implement the spirit of agreements signed by both sides."
    )
    assert signed(text) == set()


def test_a_dated_earlier_agreement_stays() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas met Vietnamese Deputy Prime Minister Hoang Van Nam in Hanoi "
        "on October 1. They reviewed work in line with the agreements signed in March 2011 by Vietnam and Chile."
    )
    assert signed(text) == {(frozenset(("VNM", "CHL")), "2011-03")}


def test_an_anniversary_of_a_signing_counts_back_from_the_publication_year() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas met Vietnamese Deputy Prime Minister Hoang Van Nam in Hanoi "
        "on October 1, as Vietnam and Chile marked the 25th anniversary of the signing of the "
        "Vietnam - Chile Trade Agreement."
    )
    assert signed(text) == {(frozenset(("VNM", "CHL")), "1994")}
