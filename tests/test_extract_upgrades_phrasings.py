"""find_upgrades on phrasings of other outlets and styles (Yonhap, Kyodo, Xinhua, Bernama,
VNA): each case is a regression test for a general rule, none taken from the seeds or
the dev corpus."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.countries import find_countries
from ingest.dates import find_dates
from ingest.extract.sentences import split_sentences
from ingest.extract.upgrades import find_upgrades
from ingest.types import Doc, Level

DR = Level.diplomatic_relations
SP = Level.strategic_partnership
CSP = Level.comprehensive_strategic_partnership


def _facts(text: str, published: str | None = "2024-06-10") -> set[UpgradeFact]:
    return upgrade_facts(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "May" the month is no modal "may": the elevation is a fact
            "Vietnam and Brazil, which established diplomatic relations on May 8, 1989, have "
            "elevated their ties to a Strategic Partnership, the leaders announced after talks "
            "in Brasilia on August 5.",
            {_f("VNM", "BRA", DR, "1989-05-08"), _f("VNM", "BRA", SP, "2023-08-05")},
        ),
        (  # "the first … country to establish" tells what was done, not a plan
            "Vietnam was the first Southeast Asian country to establish a strategic "
            "partnership with India, in 2007.",
            {_f("IND", "VNM", SP, "2007")},
        ),
        (  # Xinhua style: "this year marks the 75th anniversary of …"
            "Xi noted that this year marks the 75th anniversary of diplomatic relations between "
            "China and Vietnam.",
            {_f("CHN", "VNM", DR, "1949")},
        ),
        (  # a relative aside's date is its own, not the main clause's
            "Chile and Vietnam, which set up diplomatic ties in 1971, upgraded relations to a "
            "Strategic Partnership during the talks on Monday.",
            {_f("CHL", "VNM", DR, "1971"), _f("CHL", "VNM", SP, "2024-06-10")},
        ),
        (  # plural "the first … countries to establish" is done too
            "Hungary was among the first five countries to establish diplomatic relations with "
            "Vietnam, in 1950.",
            {_f("HUN", "VNM", DR, "1950")},
        ),
        (  # a reduced relative clause with its own date: "the … partnership established in"
            "Peru and Vietnam are deepening the strategic partnership set up in 2013.",
            {_f("PER", "VNM", SP, "2013")},
        ),
        (  # an abbreviation's stops inside the words between the span and the relations
            "The ministers noted that 2015 marked two decades of U.S.-Vietnam diplomatic "
            "relations.",
            {_f("USA", "VNM", DR, "1995")},
        ),
        (  # "the Nth anniversary of which" after the level counts back from the year
            "The leaders praised the Chile-Vietnam Strategic Partnership, the 10th "
            "anniversary of which falls in 2023.",
            {_f("CHL", "VNM", SP, "2013")},
        ),
        (  # a relative clause without "that": "the … partnership they established in"
            "Peru and Vietnam will deepen the strategic partnership they established in 2013.",
            {_f("PER", "VNM", SP, "2013")},
        ),
        (
            "Leaders of Chile and Vietnam discussed ways to drive forward the strategic "
            "partnership the two countries set up in 2017.",
            {_f("CHL", "VNM", SP, "2017")},
        ),
    ],
)
def test_extract_upgrades_phrasings_events(text: str, expected: set[UpgradeFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and South Korea mark half a century of diplomatic relations this year.",
            {_f("KOR", "VNM", DR, "1974")},
        ),
        (
            "Japan and Vietnam celebrated five decades of diplomatic relations in 2023.",
            {_f("JPN", "VNM", DR, "1973")},
        ),
        (
            "This year marks 30 years of diplomatic ties between Vietnam and South Korea.",
            {_f("KOR", "VNM", DR, "1994")},
        ),
        (  # a rounded span gives no year to count back from
            "Both sides hailed the nearly 40 years of strategic partnership between Vietnam and "
            "Peru.",
            {_f("PER", "VNM", SP, None)},
        ),
        (  # "since the upgrade": an earlier event, not the talks the sentences before date
            "Hanoi (VNA) – Vietnamese and Spanish ministers met on June 3. They said ties between "
            "Vietnam and Spain have grown since the official upgrade of relations to a strategic "
            "partnership.",
            {_f("ESP", "VNM", SP, None)},
        ),
    ],
)
def test_extract_upgrades_phrasings_time_spans(text: str, expected: set[UpgradeFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Brazil may elevate their ties to a Strategic Partnership next year.",
        "The visit was the first step to upgrade ties between Chile and Vietnam to a "
        "Comprehensive Partnership.",
        "Japan and Vietnam on Monday agreed to elevate their bilateral ties to a "
        "comprehensive strategic partnership.",
    ],
)
def test_extract_upgrades_phrasings_plans(text: str) -> None:
    assert _facts(text) == set()


def test_extract_upgrades_phrasings_two_countries_of_the_lead() -> None:
    """ "The two countries" is not the home country and one named once in passing in the
    sentence before, when the lead names another pair."""
    text = (
        "Astana, 15 June 2025 (Kazinform) – Kazakh President Kassym-Jomart Tokayev received "
        "a Vietnamese delegation on Saturday.\n"
        "During the meeting, the sides discussed a Japanese-funded railway project.\n"
        "Tokayev noted that the strategic partnership between the two countries, established "
        "in May this year, opened a new chapter."
    )
    assert _facts(text, "2025-06-15") == {_f("KAZ", "VNM", SP, "2025-05")}


def test_extract_upgrades_phrasings_precomputed_mentions_change_nothing() -> None:
    text = (
        "Hanoi (VNA) – Vietnam and Brazil, which established diplomatic relations on May 8, "
        "1989, have elevated their ties to a Strategic Partnership.\n"
        "The two countries mark 35 years of diplomatic ties this year."
    )
    spans = split_sentences(text)
    doc = Doc(name="t.txt", raw=text, body=text, published="2024-06-10")
    given = find_upgrades(doc, spans, find_countries(text), find_dates(text, doc.published), "VNM")
    fresh = Doc(name="t.txt", raw=text, body=text, published="2024-06-10")  # no cached context
    assert given == find_upgrades(fresh, spans) and given
