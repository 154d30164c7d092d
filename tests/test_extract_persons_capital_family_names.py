"""Persons: official styles that put the family name first. A family name written in
capitals before the given name ("Mr. SATO Kenji", Japanese releases) is a name after an
honorific or a post, a word in capitals elsewhere stays an acronym; "Family, Given-name"
("Minister Lee, Sun-mi", Korean releases) is one name."""

from __future__ import annotations

from person_facts import persons_of


def test_family_name_in_capitals_after_an_honorific() -> None:
    text = (
        "Mr. HAYASHI Ken, Minister for Foreign Affairs of Japan, held a meeting with "
        "Vietnamese Deputy Foreign Minister Tran Van Long. Minister Hayashi thanked him."
    )
    found = persons_of(text)
    assert found["HAYASHI Ken"] == ("JPN", "Minister for Foreign Affairs")
    assert "Tran Van Long" in found


def test_family_name_in_capitals_after_a_post() -> None:
    text = "Japanese Prime Minister SUZUKI Taro received the Vietnamese delegation."
    assert persons_of(text)["SUZUKI Taro"] == ("JPN", "Prime Minister")


def test_an_acronym_before_a_post_is_no_name() -> None:
    text = "Ambassador Le Van Hoa spoke at the ASEAN Committee meeting in Jakarta."
    assert list(persons_of(text)) == ["Le Van Hoa"]


def test_family_name_comma_hyphenated_given_name() -> None:
    # official lists write "Family, Given": "Minister Lee, Sun-mi"
    text = (
        "Korean Minister of Foreign Affairs Lee, Sun-mi, who is visiting Hanoi, met "
        "Vietnamese Deputy Foreign Minister Tran Van Long on Monday."
    )
    found = persons_of(text)
    assert found["Lee Sun-mi"] == ("KOR", "Minister of Foreign Affairs")
    assert "Tran Van Long" in found


def test_a_compound_after_a_surname_is_no_given_name() -> None:
    text = (
        "Korean Ambassador Park Min-ho met the press. Ambassador Park, Hanoi-based "
        "diplomats said, will leave in June."
    )
    assert list(persons_of(text)) == ["Park Min-ho"]
