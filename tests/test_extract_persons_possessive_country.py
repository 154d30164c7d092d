# ruff: noqa: E501  (example sentences are kept whole)
"""Persons and meetings: a country in the possessive just before a known person's bare
name ("hosted Tanzania's Amina Said") is that person's, and the name is the host's
object."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc

TEXT = (
    "President Amina Said met business leaders in Dodoma on Monday. "
    "In May, President Peter Mwangi hosted Tanzania’s Amina Said in Nairobi, Kenya."
)


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-07-02"))


def test_possessive_country_places_the_named_person() -> None:
    countries = {p.name: p.country for p in facts_of(TEXT).persons}
    assert countries["Amina Said"] == "TZA"
    assert countries["Peter Mwangi"] != "TZA"


def test_host_meets_the_person_after_a_possessive_country() -> None:
    pairs = {(m.a.name, m.b.name) for m in facts_of(TEXT).met_with}
    assert ("Peter Mwangi", "Amina Said") in pairs or ("Amina Said", "Peter Mwangi") in pairs


def test_a_possessive_before_a_thing_is_no_meeting() -> None:
    text = "President Peter Mwangi welcomed Tanzania’s proposal on trade in Nairobi on May 3."
    assert facts_of(text).met_with == []
