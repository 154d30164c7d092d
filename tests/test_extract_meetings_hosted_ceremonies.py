# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH from hosting a welcome ceremony, banquet or reception FOR someone, and from
"…, after which the two leaders held talks" (the two just named)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.extract.meetings import find_meetings
from ingest.extract.persons import read_persons
from ingest.extract.sentences import split_sentences
from ingest.types import Doc

HOST = ("Luong Cuong", "VNM")
GUEST = ("Luiz Inacio Lula da Silva", "BRA")


def meetings(text: str) -> list[tuple[str, frozenset[tuple[str, str | None]]]]:
    sentences = split_sentences(text)
    people = read_persons(text, sentences)
    people.registry.fill_countries("VNM", None, [])
    return [(m.kind, frozenset((m.a.key, m.b.key))) for m in find_meetings(text, sentences, people)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cuong hosted an official welcome ceremony for Lula at the Presidential Palace.",
        "Cuong chaired a grand welcoming ceremony for Lula in Hanoi.",
        "Cuong presided over the welcome ceremony for Lula on Friday.",
        "Cuong held a state banquet in honour of Lula.",
        "Cuong gave a reception for Lula at the Presidential Palace.",
        "Cuong hosted a farewell ceremony for Lula.",
        # a place or a time between the event and its guest
        "Cuong hosted a reception in Hanoi on Monday evening for Lula.",
        "Cuong gave a banquet at the Presidential Palace for Lula.",
        "Cuong praised the ties during a reception in Hanoi on Monday for Lula.",
    ],
)
def test_extract_meetings_hosting_a_ceremony_for_a_guest(sentence: str) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva arrived in Hanoi at the invitation "
        "of State President Luong Cuong. " + sentence
    )
    assert meetings(text) == [("reception", frozenset((HOST, GUEST)))]


@pytest.mark.parametrize(
    ("joint", "kind"),
    [
        ("after which the two presidents held talks", "talks"),
        ("following which the two leaders held talks", "talks"),
        ("after which the two sides held a meeting", "meeting"),
    ],
)
def test_extract_meetings_the_two_just_named_then_meet(joint: str, kind: str) -> None:
    text = f"President Luong Cuong hosted a welcome ceremony for Brazilian President Luiz Inacio Lula da Silva, {joint}."
    assert meetings(text) == [
        ("reception", frozenset((HOST, GUEST))),
        (kind, frozenset((HOST, GUEST))),
    ]


def test_extract_meetings_the_two_just_named_not_earlier_pair() -> None:
    text = (
        "Prime Minister Pham Minh Chinh met Japanese Prime Minister Fumio Kishida in Tokyo. "
        "President Luong Cuong hosted a banquet for Brazilian President Luiz Inacio Lula da Silva, "
        "after which the two leaders held talks."
    )
    found = meetings(text)
    assert ("talks", frozenset((HOST, GUEST))) in found
    assert len(found) == 3


def test_extract_meetings_a_ceremony_without_a_guest_is_no_meeting() -> None:
    text = "President Luong Cuong hosted a welcome ceremony at the Presidential Palace."
    assert meetings(text) == []


def test_extract_meetings_hosted_ceremony_is_one_fact_per_pair_and_day() -> None:
    text = (
        "HANOI — Brazilian President Luiz Inacio Lula da Silva arrived in Hanoi on March 7, 2025 at the invitation of State President Luong Cuong. "
        "Cuong hosted an official welcome ceremony for Lula, after which the two presidents held talks."
    )
    doc = Doc(name="t.txt", raw=text, body=text, published="2025-03-08")
    facts = extract_facts(doc).met_with
    assert [(m.a.name, m.b.name, m.date) for m in facts] == [
        ("Luong Cuong", GUEST[0], "2025-03-07")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lula spoke at a state banquet hosted by President Luong Cuong.",
        "Lula praised Vietnam in a speech at the dinner given by State President Luong Cuong.",
        # the guest as the passive subject of a welcome
        "Lula and his wife were welcomed at an official ceremony hosted by President Luong Cuong.",
    ],
)
def test_extract_meetings_a_guest_at_an_event_hosted_by_someone(sentence: str) -> None:
    text = "Brazilian President Luiz Inacio Lula da Silva arrived in Hanoi on Sunday. " + sentence
    assert meetings(text) == [("reception", frozenset((GUEST, HOST)))]
