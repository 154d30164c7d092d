# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a name whose last word is also a style's short form ("Sen.", Senator) ends
the sentence with its stop: the word is the name's, not a style before a next name."""

from __future__ import annotations

import pytest
from person_facts import persons_of

from ingest.extract.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The guests were received by Chairwoman of the Provincial Council Tran Thi Sen.",
            "Tran Thi Sen",
        ),
        ("He also spoke by phone with Senate President Chea Sen.", "Chea Sen"),
    ],
)
def test_a_name_ending_the_sentence_keeps_its_last_word(text: str, name: str) -> None:
    assert name in persons_of(text)


def test_a_style_before_a_name_is_still_a_style() -> None:
    tokens = tokenize("Senate Leader Sen. Mark Tully arrived in Hanoi.")
    assert [t.kind for t in tokens[2:5]] == ["H", "N", "N"]
