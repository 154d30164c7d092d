# ruff: noqa: E501  (example sentences are kept whole)
"""Meetings: "met with her two counterparts from Kenya and Uganda" gives one side per
listed country, as "her counterparts from …" does."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))


def test_a_number_before_counterparts_keeps_every_listed_country() -> None:
    text = (
        "Foreign Minister Peter Mwangi of Kenya and Foreign Minister John Okello of Uganda arrived in Dodoma on May 3. "
        "Tanzanian Foreign Minister Amina Said met with her two counterparts from Kenya and Uganda."
    )
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {
        frozenset(("Amina Said", "Peter Mwangi")),
        frozenset(("Amina Said", "John Okello")),
    }
