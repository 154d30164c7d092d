# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "met his counterparts from A, B and C" is one meeting per country, with the
person the article names of that country, else the counterpart's office."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def sides(text: str, published: str | None = "2025-06-01") -> set[frozenset[str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {
        frozenset((m.a.name or str(m.a.country), m.b.name or str(m.b.country)))
        for m in extract_facts(doc).met_with
    }


def test_counterparts_from_a_list_of_countries() -> None:
    text = (
        "Foreign Minister Bui Thanh Son on May 30 met his counterparts from Laos, Japan and Peru in Kuala Lumpur. "
        "In the meeting with Lao Foreign Minister Thongsavanh Phomvihane, the two ministers praised the ties."
    )
    assert sides(text) == {
        frozenset(("Bui Thanh Son", "Thongsavanh Phomvihane")),
        frozenset(("Bui Thanh Son", "JPN")),
        frozenset(("Bui Thanh Son", "PER")),
    }


def test_counterparts_unnamed_hold_the_subject_s_post() -> None:
    text = "Defence Minister Phan Van Giang on May 30 met his counterparts from Japan and Peru in Singapore."
    doc = Doc(name="t.txt", raw=text, body=text, published="2025-06-01")
    offices = {
        (side.office, side.country)
        for m in extract_facts(doc).met_with
        for side in (m.a, m.b)
        if not side.name
    }
    assert offices == {("Defence Minister", "JPN"), ("Defence Minister", "PER")}
