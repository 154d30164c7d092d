"""Persons: two signatories each followed by a post ("A, Minister of X of Vietnam and
General B, Minister of Y of Laos signed …"): the "and" after the first post's country
starts the second person's post, so each keeps their own post and country."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize("rank", ["", "Colonel "])
def test_each_signatory_keeps_the_country_after_their_name(rank: str) -> None:
    found = persons_of(
        f"{rank}Tran Van Hoa, Minister of Public Security of Vietnam and General Bounkhong "
        "Sayavong, Minister of Security of Laos signed the agreement."
    )
    assert found["Tran Van Hoa"][0] == "VNM"
    assert found["Bounkhong Sayavong"] == ("LAO", "Minister of Security")


def test_the_first_signatory_keeps_only_their_own_post() -> None:
    found = persons_of(
        "Tran Van Hoa, Minister of Public Security of Vietnam and General Bounkhong "
        "Sayavong, Minister of Security of Laos signed the agreement."
    )
    assert found["Tran Van Hoa"][1] == "Minister of Public Security"


def test_one_holder_of_two_posts_keeps_both() -> None:
    found = persons_of(
        "Le Thi Mai, Minister of Culture of Vietnam and Chairwoman of the Council, spoke."
    )
    assert found["Le Thi Mai"][0] == "VNM"
    assert "Chairwoman" in found["Le Thi Mai"][1]
