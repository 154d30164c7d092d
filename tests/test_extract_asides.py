# ruff: noqa: E501  (example sentences are kept whole)
"""Asides between a post and a name (acronyms, photo positions) and two posts side by side."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.extract.sentences import mask_asides
from ingest.types import Doc


def facts(text: str):
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-10"))


def test_an_acronym_after_a_post_keeps_the_name_with_its_post() -> None:
    text = "Vice Chairwoman of the National Assembly (NA) Nguyen Thi Lan met Chilean Senator Rosa Vidal."
    people = {p.name: p.country for p in facts(text).persons}
    assert people == {"Nguyen Thi Lan": "VNM", "Rosa Vidal": "CHL"}


def test_a_party_acronym_inside_a_long_post() -> None:
    text = "Secretary of the Communist Party of Vietnam (CPV) Central Committee Le Van Binh visited Laos."
    assert [p.name for p in facts(text).persons] == ["Le Van Binh"]


def test_a_meeting_of_a_post_with_an_acronym() -> None:
    text = "Chairman of the National Assembly (NA) Tran Quoc Dat had a meeting with Finnish Speaker Anna Koski in Helsinki."
    met = {frozenset((m.a.name, m.b.name)) for m in facts(text).met_with}
    assert met == {frozenset(("Tran Quoc Dat", "Anna Koski"))}


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi (VNA) – Prime Minister A met B.",  # a dateline's agency before a dash stays
        "the zone (EEZ), as agreed",  # not before a word
        "the ministry (MOFA).",
    ],
)
def test_asides_that_stay(text: str) -> None:
    assert mask_asides(text) == text


def test_masking_keeps_offsets() -> None:
    text = "Chairman (NA) Le Hoa and X (front, right) met."
    masked = mask_asides(text)
    assert len(masked) == len(text)
    assert "(NA)" not in masked and "(front, right)" not in masked


def test_a_joint_press_conference_between_a_post_and_a_named_leader() -> None:
    text = (
        "Party General Secretary Le Van Binh arrived in Manila on Tuesday. The visit ended with "
        "a joint press conference between the Vietnamese leader and Philippine President Maria Santos."
    )
    got = facts(text)
    assert {(p.name, p.country) for p in got.persons} == {
        ("Le Van Binh", "VNM"),
        ("Maria Santos", "PHL"),
    }
    assert {frozenset((m.a.name, m.b.name)) for m in got.met_with} == {
        frozenset(("Le Van Binh", "Maria Santos"))
    }


def test_and_another_countrys_post_starts_a_second_person() -> None:
    text = "The Vietnamese top leader and Thai Prime Minister Suda Chai spoke to reporters."
    assert {(p.name, p.country) for p in facts(text).persons} == {("Suda Chai", "THA")}


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese Consul General in Osaka Tran Minh Duc met the governor.",
        "Vietnamese Consul General in Perth (Australia) Tran Minh Duc met the governor.",
    ],
)
def test_a_post_in_a_city_with_its_country_in_brackets(text: str) -> None:
    people = {p.name: (p.country, p.title) for p in facts(text).persons}
    assert people["Tran Minh Duc"][0] == "VNM"
    assert people["Tran Minh Duc"][1].startswith("Consul General in ")


def test_a_gloss_that_is_no_country_stays() -> None:
    text = "the Great Movement (Gerindra) Party Chairman"
    assert mask_asides(text) == text


def test_a_gloss_of_a_body_inside_a_post_keeps_the_country() -> None:
    # an unknown body name before a body word is part of the post; its English gloss
    # in brackets is blanked, so "of Norway" still ends the post
    text = "Ole Dahl, Chairman of the Lagting Council (Island Council) of Norway, and Chinese Ambassador Li Wen spoke to the press."
    people = {p.name: (p.country, p.title) for p in facts(text).persons}
    assert people["Ole Dahl"] == ("NOR", "Chairman of the Lagting Council")
