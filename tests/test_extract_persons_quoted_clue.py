"""Persons: a country named inside a quotation is no clue to the country of the speaker
named after it; one named before a person outside quotes still is."""

from __future__ import annotations

from person_facts import persons_of


def test_a_country_in_the_quote_does_not_place_its_speaker() -> None:
    text = (
        '"Both sides share one view on Iran\'s missiles," Deputy Minister Lena Holm told '
        "reporters in Oslo."
    )
    assert persons_of(text, home="SWE")["Lena Holm"][0] == "SWE"


def test_a_country_before_the_person_outside_quotes_places_them() -> None:
    text = "He led a delegation to Iran at the invitation of Deputy Minister Reza Karimi."
    assert persons_of(text, home="SWE")["Reza Karimi"][0] == "IRN"


def test_a_country_in_a_curly_quote_does_not_place_its_speaker() -> None:
    text = "“We discussed Iran’s missiles,” Deputy Minister Lena Holm told reporters in Oslo."
    assert persons_of(text, home="SWE")["Lena Holm"][0] == "SWE"
