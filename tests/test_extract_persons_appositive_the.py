# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a name followed by ", the <post>" ("Le Van Tam, the president;") is introduced
by that post, as one followed by ", <Post> of <country>" is; a post word that only
describes another noun ("the former head coach") introduces nobody."""

from __future__ import annotations

from person_facts import persons_of


def titles_of(text: str) -> dict[str, str]:
    return {name: title for name, (_, title) in persons_of(text).items()}


def test_names_in_a_list_each_followed_by_the_post() -> None:
    found = titles_of(
        "The Lao premier will also call on Le Van Tam, the president; and Dao Minh Khoa, the National Assembly chief."
    )
    assert found["Le Van Tam"].lower() == "president"
    assert found["Dao Minh Khoa"] == "National Assembly chief"


def test_a_post_word_before_another_noun_is_no_post() -> None:
    found = titles_of("Guests included Kim Jae-won, the former head coach of the national team.")
    assert "Kim Jae-won" not in found


def test_a_plural_post_after_a_capitalised_group_is_a_list_not_a_person() -> None:
    found = titles_of(
        "During her visit, Senate President Lan will also meet with the Governor, the Presiding Officers, senior Cabinet ministers, and the Chief Justice."
    )
    assert "Presiding Officers" not in found
