# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: a list of ambassadors' countries written in their states' forms ("the
Republic of A, the Kingdom of B") gives one side per country, also where the gazetteer
knows the country only by its short name ("Gruzia", the name Vietnamese papers give
Georgia)."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc

TEXT = (
    "HANOI – Vice President Dang Thi Hoa on Monday met with the newly-appointed Ambassadors "
    "of the Republic of Chile, the Republic of Gruzia, and the Kingdom of Nepal presenting their credentials."
)


def test_each_country_of_a_list_in_state_forms_is_a_side() -> None:
    facts = extract_facts(Doc(name="t.txt", raw=TEXT, body=TEXT))
    assert sorted(m.b.country or "" for m in facts.met_with) == ["CHL", "GEO", "NPL"]
