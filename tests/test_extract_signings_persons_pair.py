"""Signings: "the two countries" of a sentence that names no country but two leaders of
two countries is theirs, not the pair of the sentences around it ("… had separate
meetings with A of Japan, B of New Zealand and C of Thailand. Chinh and C witnessed the
signing of …")."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def signed_of(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-10-09"))
    return [tuple(sorted(s.parties)) for s in facts.signed]


LEAD = (
    "Prime Minister Pham Minh Chinh had separate meetings with Japanese Prime Minister "
    "Shigeru Ishiba and Thai Prime Minister Paetongtarn Shinawatra in Vientiane on October 9."
)


def test_the_two_leaders_of_the_sentence_are_the_parties() -> None:
    text = (
        f"{LEAD}\n\nMeeting Ishiba, Chinh congratulated him on his election.\n\n"
        "Chinh and Paetongtarn also witnessed the signing of a memorandum of understanding "
        "between the two countries' foreign ministries."
    )
    assert signed_of(text) == [("THA", "VNM")]


def test_a_country_the_sentence_names_still_rules() -> None:
    text = (
        f"{LEAD}\n\nChinh and Paetongtarn witnessed the signing of a memorandum between "
        "Vietnam and Japan on railways."
    )
    assert signed_of(text) == [("JPN", "VNM")]


def test_leaders_placed_only_by_default_give_no_pair() -> None:
    text = (
        "Vietnam and Laos held talks in Hanoi on October 9. Foreign ministers Ana Ruiz and "
        "Tom Berg signed a memorandum on consular affairs between the two countries."
    )
    assert signed_of(text) == [("LAO", "VNM")]


def test_an_undated_signing_takes_no_historic_date_without_a_publication_date() -> None:
    """With no publication date, the news is of the latest year the article dates: the
    ties set up in 1973 are history, the talks of 2024 the signing's day."""
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh and Australian Prime Minister Anthony Albanese "
        "held talks in Canberra on March 7, 2024.\n\nThe two countries established diplomatic "
        "relations on February 26, 1973.\n\nThe two leaders witnessed the exchange of five "
        "cooperation documents."
    )
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text))
    assert [s.date for s in facts.signed] == ["2024-03-07"]
