"""Persons: Westminster styles of address ("the Rt. Hon", "the Honourable") and the
post-nominal "MP" are no part of a name; "Rt." does not end a sentence."""

from __future__ import annotations

from person_facts import persons_of


def test_the_honourable_and_mp_around_a_name() -> None:
    text = (
        "The Honourable Jane Holt MP, Prime Minister of New Zealand, met Vietnamese "
        "Prime Minister Le Van Binh in Hanoi."
    )
    found = persons_of(text)
    assert found["Jane Holt"] == ("NZL", "Prime Minister")
    assert "Le Van Binh" in found


def test_post_then_the_rt_hon_name() -> None:
    text = (
        "Speaking after the talks in London, British Minister of State, the Rt. Hon "
        "Peter Crane MP, said the two sides discussed trade."
    )
    assert persons_of(text)["Peter Crane"] == ("GBR", "Minister of State")
