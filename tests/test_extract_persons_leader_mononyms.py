"""Persons: "President Santos" with no fuller name in the article is a person named by
one word; "Minister Soto" (no leader's post, no country) stays a short form only."""

from __future__ import annotations

from person_facts import persons_of


def test_a_leader_named_by_one_word_is_a_person() -> None:
    text = "President Santos said his visit to Vietnam laid the groundwork for closer ties."
    assert "Santos" in persons_of(text, home="COL")


def test_a_one_word_name_joins_the_full_name_given_elsewhere() -> None:
    text = "President Juan Santos arrived on Monday. President Santos said ties were strong."
    assert list(persons_of(text, home="COL")) == ["Juan Santos"]


def test_a_minister_named_by_one_word_is_no_person() -> None:
    text = "Minister Soto said the talks went well."
    assert persons_of(text, home="COL") == {}


def test_a_general_secretary_named_by_one_word_is_a_person() -> None:
    text = "General Secretary Lam received the delegation in Hanoi."
    assert "Lam" in persons_of(text, home="VNM")
