# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a post heading a body named "… Conference" runs on to the name after it
("chairman of the Chinese People's Political Consultative Conference Wang Huning")."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He also met chairman of the Chinese People's Political Consultative Conference Wang Yang.",
            "Wang Yang",
        ),
        (
            "Secretary-General of the United Nations Conference on Trade and Development Rebeca Grynspan spoke.",
            "Rebeca Grynspan",
        ),
    ],
)
def test_a_conference_post_names_the_person_after_it(text: str, name: str) -> None:
    assert name in persons_of(text)


def test_a_ruling_party_post_names_the_person_after_it() -> None:
    text = "Later he met Chairman of the ruling Svoboda Party Petr Novak in Prague."
    assert "Petr Novak" in persons_of(text)


def test_an_organisation_post_keeps_a_vietnamese_name_without_a_country() -> None:
    text = "ASEAN Secretary-General Nguyen Van Binh said the bloc would meet in June."
    assert persons_of(text)["Nguyen Van Binh"][0] is None


def test_a_city_before_a_body_word_is_part_of_the_post() -> None:
    text = "Vice Chairman of the Hanoi People's Committee Le Van Binh met the mayor of Lima."
    assert persons_of(text)["Le Van Binh"][0] == "VNM"


@pytest.mark.parametrize(
    "text",
    [
        "Secretary-General of ASEAN Tran Duc Hanh said the bloc would meet in June.",
        "UN Special Envoy Le Minh Chau arrived in Geneva on Monday.",
    ],
)
def test_an_organisation_heading_the_post_keeps_no_country(text: str) -> None:
    (country, _), *_ = persons_of(text).values()
    assert country is None


@pytest.mark.parametrize(
    "text",
    [
        "Do Quang Vinh, Deputy Prime Minister and chairman of the National ASEAN 2030 Committee, opened the forum.",
        "Vice Chairman of the ASEAN Business Council Ngo Van Long welcomed the guests.",
        "Ambassador to the UN Dang Thu Trang met the Council's president.",
    ],
)
def test_an_organisation_inside_another_body_s_name_leaves_the_vietnamese_name_rule(
    text: str,
) -> None:
    (country, _), *_ = persons_of(text).values()
    assert country == "VNM"
