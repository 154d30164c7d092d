"""Persons: a post word with a function word glued to it by a crawl that lost a space
("Ambassadorto", "Ministerand") is still the post; glued forms that are words stay."""

from __future__ import annotations

from person_facts import persons_of

from ingest.extract.tokens import tokenize


def test_a_post_glued_to_to_names_the_person_after_it() -> None:
    text = "Chilean Ambassadorto Peru Ana Soto said trade would double by 2030."
    assert persons_of(text) == {"Ana Soto": ("CHL", "Ambassador")}


def test_a_post_glued_to_and_keeps_the_joined_title() -> None:
    text = "He met Deputy Prime Ministerand Foreign Minister Pavel Novak of Czechia in Prague."
    _, title = persons_of(text)["Pavel Novak"]
    assert title == "Deputy Prime Minister and Foreign Minister"


def test_the_glued_post_is_two_tokens_at_their_own_offsets() -> None:
    tokens = tokenize("Ambassadorto Peru")
    assert [(t.text, t.kind, t.start) for t in tokens][:2] == [
        ("Ambassador", "T", 0),
        ("to", "J", 10),
    ]


def test_glued_forms_that_are_words_stay_one_word() -> None:
    tokens = tokenize("the Consulat in Herat and Kingston")
    assert [t.text for t in tokens if t.text[0].isupper()] == ["Consulat", "Herat", "Kingston"]
