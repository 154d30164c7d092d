"""Meetings: "the X side was led by A, while the Y side was headed by B" — the heads of
the two sides met, whether the second side stands in an "and", a "while" or a
"whereas" clause; a post's region in brackets ("Secretary (East)") is the post's."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs_of(text: str) -> set[frozenset[str]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-03-12"))
    return {frozenset((m.a.name, m.b.name)) for m in facts.met_with}


@pytest.mark.parametrize("joint", [" and", ", while", ", whereas"])
def test_the_heads_of_the_two_sides_met(joint: str) -> None:
    text = (
        "The eighth political consultation between Vietnam and Chile took place in "
        f"Santiago on March 11. The Chilean side was led by Deputy Foreign Minister Ana "
        f"Rojas{joint} the Vietnamese side was headed by Deputy Foreign Minister Le Van Binh."
    )
    assert pairs_of(text) == {frozenset(("Ana Rojas", "Le Van Binh"))}


def test_a_while_clause_of_another_kind_still_ends_the_meeting() -> None:
    text = (
        "The Chilean delegation was led by Deputy Foreign Minister Ana Rojas, while the "
        "talks were chaired by nobody in particular. It rained."
    )
    assert pairs_of(text) == set()


def test_a_region_in_brackets_belongs_to_the_post() -> None:
    text = (
        "The Indian side was led by Secretary (East) Jaideep Kumar, while the Vietnamese "
        "side was headed by Deputy Foreign Minister Le Van Binh, in New Delhi on March 11."
    )
    assert pairs_of(text) == {frozenset(("Jaideep Kumar", "Le Van Binh"))}
