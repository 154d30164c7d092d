"""Person mentions in one sentence's tokens: title groups, names, offices, appositions."""

from __future__ import annotations

import pytest

from ingest.extract.person_mentions import find_mentions
from ingest.extract.tokens import HEAD_FORM, is_head, tokenize


def mentions_of(text: str) -> list[tuple[str | None, str, str, str | None]]:
    return [(m.name, m.title, m.head, m.country) for m in find_mentions(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Deputy Foreign Minister Le Thi Thu Hang met him.",
            [("Le Thi Thu Hang", "Deputy Foreign Minister", "Minister", None)],
        ),
        (
            "Sadyr Japarov, President of the Kyrgyz Republic, spoke.",
            [("Sadyr Japarov", "President", "President", "KGZ")],
        ),
        ("the Turkish president said", [(None, "president", "President", "TUR")]),
        (
            "Foreign Ministers Retno Marsudi and Zambry Abd Kadir met.",
            [
                ("Retno Marsudi", "Foreign Minister", "Ministers", None),
                ("Zambry Abd Kadir", "Foreign Minister", "Ministers", None),
            ],
        ),
        ("He met his counterpart there.", [(None, "counterpart", "counterpart", None)]),
        (
            "Consul General Le Hoai An visited the plant.",
            [("Le Hoai An", "Consul General", "Consul", None)],
        ),
        (
            "They sent greetings of the Party leaders of Vietnam to President Maria Ostrova.",
            [
                (None, "Party leader", "Leaders", "VNM"),
                ("Maria Ostrova", "President", "President", None),
            ],
        ),
        (
            "He received the ambassadors – Ana Maria Soto of Chile, and Lars Berg of Denmark.",
            [
                (None, "ambassador", "Ambassadors", None),
                ("Ana Maria Soto", "Ambassador", "Ambassador", "CHL"),
                ("Lars Berg", "Ambassador", "Ambassador", "DNK"),
            ],
        ),
        ("Nothing here names anyone.", []),
    ],
)
def test_person_mentions_find_reads_titles_names_and_countries(
    text: str, found: list[tuple[str | None, str, str, str | None]]
) -> None:
    assert mentions_of(text) == found


@pytest.mark.parametrize("word", ["President", "president", "Ministers", "King", "counterpart"])
def test_person_mentions_head_form_agrees_with_is_head(word: str) -> None:
    # HEAD_FORM is how a title spells a head word; a lower-case head capitalises.
    assert is_head(word) == (word in HEAD_FORM)
    if word in HEAD_FORM:
        assert HEAD_FORM[word] == (word if word[0].isupper() else word.capitalize())
