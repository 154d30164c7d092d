"""UPGRADED_TO dates: a level set up inside an opening "N years after …," phrase was set
up N years before the main clause's time (the publication, else the date governing the
sentence); a level of the main clause keeps its own date."""

from __future__ import annotations

from relation_facts import upgrade_fact as _f
from relation_facts import upgrade_facts

from ingest.types import Level

CP = Level.comprehensive_partnership
SP = Level.strategic_partnership


def test_a_level_set_up_in_the_opening_phrase_counts_back_from_the_publication() -> None:
    text = (
        "Twenty years after President A and President B set up the Chile-Vietnam "
        "Comprehensive Partnership, the two countries have become close partners."
    )
    assert upgrade_facts(text, "2024-05-02") == {_f("CHL", "VNM", CP, "2004")}


def test_without_a_publication_date_the_governing_date_counts() -> None:
    text = (
        "On May 2, 2024, the two leaders of Chile and Vietnam met in Hanoi. Ten years after "
        "they established the Chile-Vietnam Strategic Partnership, trade has doubled."
    )
    assert _f("CHL", "VNM", SP, "2014") in upgrade_facts(text, None)


def test_the_main_clause_keeps_its_own_date() -> None:
    text = (
        "Ten years after the talks began, Chile and Vietnam established a strategic "
        "partnership on May 2, 2024."
    )
    assert upgrade_facts(text, "2024-05-03") == {_f("CHL", "VNM", SP, "2024-05-02")}
