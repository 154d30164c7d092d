"""Meetings: "A, B and C received, while …" names co-hosts of a reception whose guest is
not named in the clause: the hosts do not meet each other, they received the visitor of
the last meeting; "A accompanied by B called on C": the companion makes the call too."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-07-02"))


def test_cohosts_of_a_reception_do_not_meet_each_other() -> None:
    text = (
        "A delegation of the Cambodian Senate paid a visit to Laos from June 28 to July 1. "
        "On June 29, President of Laos Khamla Sounthone, National Assembly Chairman "
        "Bouavan Keomany, and Deputy Prime Minister Vilay Phonsavanh received, while the "
        "Cambodian delegation also held talks with lawmakers."
    )
    found = facts_of(text)
    assert found.met_with == []


def test_subjects_of_a_mutual_verb_still_meet() -> None:
    text = "Lao President Khamla Sounthone and Cambodian King Norodom Reak met in Vientiane."
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {frozenset(("Khamla Sounthone", "Norodom Reak"))}


def test_a_companion_makes_the_call_too() -> None:
    text = (
        "Chilean Ambassador Ana Rojas, accompanied by Counsellor Pablo Soto, called on "
        "Prime Minister Le Van An in Hanoi on July 1."
    )
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {
        frozenset(("Ana Rojas", "Le Van An")),
        frozenset(("Pablo Soto", "Le Van An")),
    }


def test_hosts_with_no_guest_named_received_the_visitor() -> None:
    text = (
        "Chilean Senate President Ana Rojas paid a visit to Peru at the invitation of "
        "Peruvian Congress President Luis Vega. On May 5, Peruvian President Carla Ruiz and "
        "Peruvian Prime Minister Jorge Paz received, while Vega held talks with the guests."
    )
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {
        frozenset(("Ana Rojas", "Luis Vega")),
        frozenset(("Ana Rojas", "Carla Ruiz")),
        frozenset(("Ana Rojas", "Jorge Paz")),
    }


def test_a_host_verb_with_an_aside_before_its_object_is_no_absolute_use() -> None:
    text = (
        "Chilean Senate President Ana Rojas paid a visit to Peru at the invitation of "
        "Peruvian Congress President Luis Vega. On May 5, Peruvian President Carla Ruiz and "
        "Peruvian Prime Minister Jorge Paz received, on behalf of the State, a letter of "
        "the Chilean people."
    )
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {frozenset(("Ana Rojas", "Luis Vega"))}
