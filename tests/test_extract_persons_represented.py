# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: the person another represents ("X, who represented President Y", "X, on
behalf of King Y") is of the representative's country. Read before any default country
is given (`read_persons` alone), so None means "the text does not say"."""

from __future__ import annotations

import pytest

from ingest.extract.persons import read_persons
from ingest.extract.sentences import split_sentences


def placed(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read_persons(text, split_sentences(text)).registry.persons}


@pytest.mark.parametrize(
    "text",
    [
        "The host held talks with Ghana's Vice President Kofi Mensah, who represented President Yaw Boateng at the summit.",
        "Ghanaian Foreign Minister Kofi Mensah, on behalf of President Yaw Boateng, handed over the award.",
        "Ghanaian Vice President Kofi Mensah, representing President Yaw Boateng, attended the ceremony.",
    ],
)
def test_the_represented_is_of_the_representatives_country(text: str) -> None:
    assert placed(text) == {"Kofi Mensah": "GHA", "Yaw Boateng": "GHA"}


def test_a_letter_from_a_president_tells_nothing() -> None:
    text = "Ghanaian Foreign Minister Kofi Mensah handed over a letter from President Yaw Boateng."
    assert placed(text)["Yaw Boateng"] is None
