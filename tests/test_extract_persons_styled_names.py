"""Persons: "Sultan", "Sheikh" or "Sheikha" right before a one-word name is part of how
the person is named ("Sultan Ibrahim", "Sheikh Hasina"); before a longer name it stays a
style ("Sheikh Tamim bin Hamad Al Thani")."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "He had an audience with His Majesty Sultan Ibrahim, King of Malaysia.",
            "Sultan Ibrahim",
            "MYS",
        ),
        ("Bangladeshi Prime Minister Sheikh Hasina received the guest.", "Sheikh Hasina", "BGD"),
        (
            "The President met Sheikh Hasina, Prime Minister of Bangladesh, in Dhaka.",
            "Sheikh Hasina",
            "BGD",
        ),
    ],
)
def test_a_style_before_a_one_word_name_is_the_name(text: str, name: str, country: str) -> None:
    assert persons_of(text)[name][0] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received the guest.",
            "Tamim bin Hamad Al Thani",
        ),
        (
            "UAE President Sheikh Mohamed bin Zayed Al Nahyan met the Vietnamese President.",
            "Mohamed bin Zayed Al Nahyan",
        ),
        ("Minister Sultan Al Jaber met Minister Tran Hong Ha.", "Sultan Al Jaber"),
    ],
)
def test_a_style_before_a_longer_name_stays_a_style(text: str, name: str) -> None:
    assert name in persons_of(text)
