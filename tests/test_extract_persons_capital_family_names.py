"""Persons: a family name written in capitals before the given name ("Mr. SATO Kenji",
the style of Japanese official releases) is a name after an honorific or a post; a word
in capitals elsewhere stays an acronym."""

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
