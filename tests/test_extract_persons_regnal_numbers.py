"""Persons: a monarch's or a pope's number is part of the name ("King Charles III"), and
the same monarch named without it in the article is the same person."""

from __future__ import annotations

import pytest
from person_facts import persons_of

from ingest.pipeline import process
from ingest.types import Doc


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "President Anna Berg met King Charles III of the United Kingdom in London.",
            "Charles III",
            "GBR",
        ),
        ("King Harald V of Norway received Prime Minister Tran Van Lam.", "Harald V", "NOR"),
        (
            "Spanish King Felipe VI hosted a banquet for the Vietnamese President.",
            "Felipe VI",
            "ESP",
        ),
    ],
)
def test_regnal_number_is_part_of_the_name(text: str, name: str, country: str) -> None:
    assert persons_of(text)[name][0] == country


def test_the_same_monarch_without_the_number_is_one_person() -> None:
    text = (
        "President Anna Berg met King Charles III of the United Kingdom on May 1. "
        "King Charles welcomed the guest and recalled his visit."
    )
    assert list(persons_of(text)) == ["Anna Berg", "Charles III"]


def test_one_meeting_with_the_numbered_monarch() -> None:
    text = (
        "date 2024-05-02\n\nHanoi (VNA) - President To Lam met King Charles III of the "
        "United Kingdom in London on May 1. King Charles welcomed the Vietnamese leader."
    )
    facts = process(Doc(name="a", raw=text)).facts
    assert facts is not None
    assert [(m.a.name, m.b.name, m.date) for m in facts.met_with] == [
        ("To Lam", "Charles III", "2024-05-01")
    ]


def test_a_capital_i_after_a_name_stays_a_pronoun() -> None:
    text = "Minister Pham Thu Ha said: I welcome the delegation of Laos."
    assert list(persons_of(text)) == ["Pham Thu Ha"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The guest was received by Deputy Foreign Minister Le Van An.", "Le Van An"),
        ("The guest was received by King Charles III.", "Charles III"),
        ("The guest met King Charles III's envoy.", "Charles III"),
    ],
)
def test_a_name_word_with_a_stop_or_possessive_ends_the_name(text: str, name: str) -> None:
    """ "An" (a Vietnamese given name) and a monarch's number keep their place in the
    name before a sentence's stop or a possessive."""
    assert name in persons_of(text)
