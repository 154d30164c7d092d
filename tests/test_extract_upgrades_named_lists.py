# ruff: noqa: E501  (example sentences are kept whole)
"""Round-up sentences that list upgrades: a plural level with the partners named after it
is one upgrade per partner, a partner named after one level is not the subject of the
next clause, and a date fronted before the subject dates every clause."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.types import Level

CP = Level.comprehensive_partnership
SP = Level.strategic_partnership
CSP = Level.comprehensive_strategic_partnership


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2019, Vietnam raised ties to Comprehensive Strategic Partnerships with Peru, Chile, and Norway; raised them to a Strategic Partnership with Kenya, and set up Comprehensive Partnerships with Nepal and Fiji.",
            {
                _f("VNM", "PER", CSP, "2019"),
                _f("VNM", "CHL", CSP, "2019"),
                _f("VNM", "NOR", CSP, "2019"),
                _f("VNM", "KEN", SP, "2019"),
                _f("VNM", "NPL", CP, "2019"),
                _f("VNM", "FJI", CP, "2019"),
            },
        ),
        (
            "In 2017, Vietnam lifted relations to a Strategic Partnership with Greece, and established a Comprehensive Partnership with Iceland.",
            {_f("VNM", "GRC", SP, "2017"), _f("VNM", "ISL", CP, "2017")},
        ),
    ],
)
def test_listed_upgrades(text: str, expected: set[UpgradeFact]) -> None:
    assert upgrade_facts(text, None) == expected


def test_plural_level_with_a_count_stays_an_aggregate() -> None:
    text = "Vietnam now has Comprehensive Strategic Partnerships with 14 countries."
    assert upgrade_facts(text, None) == set()


def test_a_contrasting_clause_keeps_its_own_partners() -> None:
    text = "Talks deepened ties between Vietnam and Chile, while a later visit resulted in the upgrading of Vietnam-Peru relations to a comprehensive strategic partnership."
    assert upgrade_facts(text, None) == {_f("VNM", "PER", CSP, None)}
