# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "X, Special Envoy of President Y, called on Z" and "President Y's envoy
called on Z": Y sends the envoy and meets no one; X is the actor."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def facts(text: str, published: str = "2024-03-05") -> tuple[set[tuple[str, str]], dict[str, str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    found = extract_facts(doc)
    pairs = {(m.a.name or "", m.b.name or "") for m in found.met_with}
    return pairs, {p.name: p.title for p in found.persons}


def test_the_envoy_in_the_appositive_meets_not_the_sender() -> None:
    text = "Chilean Foreign Minister Ana Ruiz, Special Envoy of President Jose Soto, paid a courtesy call on Prime Minister Le Van Binh in Hanoi on March 4."
    pairs, _ = facts(text)
    assert pairs == {("Ana Ruiz", "Le Van Binh")}


def test_the_envoy_in_a_relative_clause_meets_not_the_sender() -> None:
    text = "Chilean Foreign Minister Ana Ruiz, who is also the special envoy of President Jose Soto, met Prime Minister Le Van Binh in Hanoi on March 4."
    pairs, _ = facts(text)
    assert pairs == {("Ana Ruiz", "Le Van Binh")}


def test_a_possessive_envoy_is_no_meeting_of_the_sender() -> None:
    text = "President Jose Soto's Special Envoy pays courtesy call on Vietnamese Prime Minister Le Van Binh.\n\nChilean Foreign Minister Ana Ruiz met Prime Minister Le Van Binh in Hanoi on March 4."
    pairs, _ = facts(text)
    assert ("Jose Soto", "Le Van Binh") not in pairs and ("Le Van Binh", "Jose Soto") not in pairs


def test_a_named_envoy_still_meets() -> None:
    text = (
        "Prime Minister Le Van Binh received Special Envoy Ana Ruiz of Chile in Hanoi on March 4."
    )
    pairs, _ = facts(text)
    assert pairs == {("Le Van Binh", "Ana Ruiz")}
