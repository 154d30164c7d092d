# ruff: noqa: E501  (example sentences are kept whole)
"""Persons and MET_WITH: "The envoys who presented their credentials include A – Greece,
B – Cuba, …": each item is that country's ambassador, and each met the host (not each
other)."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc

TEXT = (
    "LIMA, Peru – President Rosa Vidal has received the credentials of three newly appointed ambassadors. "
    "The envoys who presented their letters of credence at the Government Palace include "
    "Nikos Andreou – Hellenic Republic (Greece), Mário de Souza – Angola, Trần Thị Lan – Vietnam."
)


def test_each_listed_envoy_is_an_ambassador_of_the_country_after_the_dash() -> None:
    facts = extract_facts(Doc(name="t.txt", raw=TEXT, body=TEXT))
    envoys = {p.name: p.country for p in facts.persons if p.title == "Ambassador"}
    assert envoys == {"Nikos Andreou": "GRC", "Mário de Souza": "AGO", "Trần Thị Lan": "VNM"}


def test_each_listed_envoy_met_the_host_only() -> None:
    facts = extract_facts(Doc(name="t.txt", raw=TEXT, body=TEXT))
    assert sorted((m.a.name, m.b.name) for m in facts.met_with) == [
        ("Rosa Vidal", "Mário de Souza"),
        ("Rosa Vidal", "Nikos Andreou"),
        ("Rosa Vidal", "Trần Thị Lan"),
    ]
