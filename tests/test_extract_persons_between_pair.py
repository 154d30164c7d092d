# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: in a sentence on a pair of countries ("between Chile and Peru"), the unplaced
one of two persons joined by "and" is of the country the other is not. Read before any
default country is given (`read_persons` alone), so None means "the text does not say"."""

from __future__ import annotations

from ingest.extract.persons import read_persons
from ingest.extract.sentences import split_sentences


def placed(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in read_persons(text, split_sentences(text)).registry.persons}


def test_the_unplaced_signer_is_of_the_other_country_of_the_pair() -> None:
    text = "The leaders witnessed the signing of an agreement between Chile and Peru on fisheries, signed by Foreign Minister Ana Rojas and Peruvian Trade Minister Luis Quispe."
    assert placed(text) == {"Ana Rojas": "CHL", "Luis Quispe": "PER"}


def test_the_placed_one_may_come_first() -> None:
    text = "The memorandum between the Philippines and Chile was signed by Philippine Secretary Jose Reyes and Minister Ana Rojas."
    assert placed(text) == {"Jose Reyes": "PHL", "Ana Rojas": "CHL"}


def test_a_person_of_a_third_country_gives_no_clue() -> None:
    text = "The accord between Chile and Peru was witnessed by Bolivian President Carlos Mamani and Minister Ana Rojas."
    assert placed(text)["Ana Rojas"] is None


def test_two_countries_without_between_are_no_pair() -> None:
    text = "Chile and Peru exported more fish this year, said Peruvian Trade Minister Luis Quispe and Minister Ana Rojas in Lima."
    assert placed(text)["Ana Rojas"] is None
