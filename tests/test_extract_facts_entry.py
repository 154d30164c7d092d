# ruff: noqa: E501  (example sentences are kept whole)
"""extract_facts: the entry point's contract (evidence offsets, CAMEO, body fallback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract import extract_facts
from ingest.pipeline import process
from ingest.read import read_one
from ingest.types import Doc

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_extract_facts_evidence_offsets_point_into_raw(seed: Path) -> None:
    doc = process(read_one(seed))
    assert doc.facts is not None
    for fact in doc.facts.met_with:
        extra = fact.model_extra or {}
        start, end = extra["evidence_start"], extra["evidence_end"]
        # The cleaner may drop stray symbols inside words, so compare the words only.
        assert fact.evidence.split()[:3] == doc.raw[start:end].split()[:3]
        assert extra["cameo"].isdigit() and len(extra["cameo"]) == 3


def test_extract_facts_reads_raw_when_body_is_empty() -> None:
    text = "Prime Minister Pham Minh Chinh held talks with German Chancellor Olaf Scholz in Hanoi."
    facts = extract_facts(Doc(name="a.txt", raw=text))
    assert [(m.a.name, m.b.name) for m in facts.met_with] == [("Pham Minh Chinh", "Olaf Scholz")]
    assert {p.name: p.country for p in facts.persons} == {
        "Pham Minh Chinh": "VNM",
        "Olaf Scholz": "DEU",
    }


def test_extract_facts_keeps_the_date_phrase() -> None:
    text = "Prime Minister Pham Minh Chinh held talks with German Chancellor Olaf Scholz on November 13."
    (fact,) = extract_facts(Doc(name="a.txt", raw=text)).met_with
    assert fact.date is None  # no year anywhere: never invented
    assert (fact.model_extra or {})["date_text"] == "November 13"


def test_extract_facts_a_dated_mention_dates_an_undated_one_of_the_same_meeting() -> None:
    text = (
        "Minister Le Van Hoa (R) shakes hands with Peruvian Minister Ana Ruiz. (Photo: VNA)\n\n"
        "Hanoi (VNA) – Minister Le Van Hoa held talks with Peruvian Minister Ana Ruiz in Hanoi on May 5."
    )
    facts = extract_facts(Doc(name="a.txt", raw=text, published="2024-05-06")).met_with
    assert [(m.a.name, m.b.name, m.date) for m in facts] == [
        ("Le Van Hoa", "Ana Ruiz", "2024-05-05")
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("President Minister Ambassador met held talks with of the , . Le Kim ’s\n")
        )
    )
)
def test_extract_facts_never_raises_on_title_soup(text: str) -> None:
    extract_facts(Doc(name="x.txt", raw=text, body=text, published="2024-01-01"))
