"""find_upgrades: events, anniversaries and mentions; plans, negations and aggregates.

Each case is a short article body in the language of diplomatic news (none of them from
the seeds or the dev corpus) and the (pair, level, date) facts a careful analyst reads.
"""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.extract.sentences import split_sentences
from ingest.extract.upgrades import find_upgrades
from ingest.types import Doc, Level

DR = Level.diplomatic_relations
CP = Level.comprehensive_partnership
SP = Level.strategic_partnership
CSP = Level.comprehensive_strategic_partnership


def _facts(text: str, published: str | None = "2025-03-12") -> set[UpgradeFact]:
    return upgrade_facts(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thailand and Vietnam established diplomatic relations on August 6, 1976.",
            {_f("THA", "VNM", DR, "1976-08-06")},
        ),
        (
            "Hanoi (VNA) – Vietnam and Singapore lifted their ties to a Comprehensive "
            "Strategic Partnership on March 11.",
            {_f("VNM", "SGP", CSP, "2025-03-11")},
        ),
        (
            "New Zealand and Vietnam elevated bilateral relations to a Comprehensive "
            "Strategic Partnership in February 2025, during Prime Minister Christopher "
            "Luxon's official visit.",
            {_f("NZL", "VNM", CSP, "2025-02")},
        ),
        (
            "The Philippines and Vietnam, which became strategic partners in 2015, agreed "
            "to boost maritime cooperation.",
            {_f("PHL", "VNM", SP, "2015")},
        ),
        (  # a year before the verb is no count of partners
            "Vietnam and Indonesia set up diplomatic relations in 1955 and became strategic "
            "partners in 2013.",
            {_f("VNM", "IDN", DR, "1955"), _f("VNM", "IDN", SP, "2013")},
        ),
        (
            "Japan and Vietnam upgraded their relationship to a Comprehensive Strategic "
            "Partnership for Peace and Prosperity in Asia and the World in November 2023.",
            {_f("JPN", "VNM", CSP, "2023-11")},
        ),
        (
            "Vietnam and Indonesia upgraded their strategic partnership to a comprehensive "
            "strategic partnership in March 2025.",
            {_f("VNM", "IDN", SP, None), _f("VNM", "IDN", CSP, "2025-03")},
        ),
        (
            "The Vietnam – France strategic partnership was set up in 2013.",
            {_f("VNM", "FRA", SP, "2013")},
        ),
        (
            "Mexico and Vietnam set up diplomatic ties in 1975 and a comprehensive "
            "partnership in 2013.",
            {_f("MEX", "VNM", DR, "1975"), _f("MEX", "VNM", CP, "2013")},
        ),
        (  # an organisation as a venue is no party
            "Vietnam and Australia elevated their ties to a comprehensive strategic "
            "partnership on the sidelines of the ASEAN-Australia Special Summit in March 2024.",
            {_f("VNM", "AUS", CSP, "2024-03")},
        ),
        (  # "since" a date
            "Cambodia and Vietnam have enjoyed diplomatic relations since June 24, 1967.",
            {_f("KHM", "VNM", DR, "1967-06-24")},
        ),
        (  # a relative time is no date of the fact
            "India and Vietnam upgraded ties to a comprehensive strategic partnership in "
            "2016, a decade after setting up a strategic partnership.",
            {_f("IND", "VNM", CSP, "2016"), _f("IND", "VNM", SP, None)},
        ),
        (  # a joint statement "on elevating" is the elevation itself
            "Vietnam and Japan issued a joint statement on elevating their relations to a "
            "Comprehensive Strategic Partnership on November 27.",
            {_f("VNM", "JPN", CSP, "2024-11-27")},
        ),
        (  # an organisation qualifying a country is no party: "the first ASEAN country"
            "Malaysia was the first ASEAN country to set up a strategic partnership with "
            "Chile in 2019.",
            {_f("MYS", "CHL", SP, "2019")},
        ),
        (  # signing the level's agreement sets the level up
            "Chile and Vietnam signed a Comprehensive Partnership agreement on March 3.",
            {_f("CHL", "VNM", CP, "2025-03-03")},
        ),
        (  # a dated level the ties were upgraded from was set up in its year
            "Vietnam and Chile hailed their ties, including the upgrades from comprehensive "
            "partnership in 2005 to strategic partnership in 2015.",
            {_f("VNM", "CHL", CP, "2005"), _f("VNM", "CHL", SP, "2015")},
        ),
    ],
)
def test_extract_upgrades_events(text: str, expected: set[UpgradeFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the year of the anniversary is given after it
            "Leaders of Vietnam and Brazil will mark the 35th anniversary of diplomatic "
            "relations in 2024.",
            "2023-10-02",
            {_f("VNM", "BRA", DR, "1989")},
        ),
        (  # no year: the publication year
            "The Brazilian Ambassador hailed the 15th anniversary of the strategic "
            "partnership with Vietnam.",
            "2022-06-01",
            {_f("VNM", "BRA", SP, "2007")},
        ),
        (  # "N years of"
            "Vietnam and Cuba celebrate 65 years of diplomatic relations this year.",
            "2025-12-02",
            {_f("VNM", "CUB", DR, "1960")},
        ),
        (  # a day-precise anniversary keeps its month and day
            "Vietnam and Cambodia will celebrate the 58th anniversary of diplomatic ties "
            "on June 24 this year.",
            "2025-01-10",
            {_f("VNM", "KHM", DR, "1967-06-24")},
        ),
        (  # a past reference is not the time of the anniversary
            "The visit, the first since May 2019, comes as the two countries mark the "
            "30th anniversary of diplomatic relations between Vietnam and Ireland.",
            "2026-05-01",
            {_f("VNM", "IRL", DR, "1996")},
        ),
        (  # "N years ago"
            "Xi said that since China and Vietnam established diplomatic ties 75 years ago, "
            "the two parties have supported each other.",
            "2025-04-15",
            {_f("CHN", "VNM", DR, "1950")},
        ),
        (  # "for N years"; an approximate span gives no date
            "Vietnam and Chile have maintained diplomatic relations for 50 years, while "
            "Vietnam and Peru established diplomatic ties more than 30 years ago.",
            "2021-05-05",
            {_f("VNM", "CHL", DR, "1971"), _f("VNM", "PER", DR, None)},
        ),
        (  # "around" and "close to" make the count approximate as "nearly" does
            "Vietnam and Peru established diplomatic ties around 30 years ago. Vietnam and "
            "Chile established diplomatic relations close to 50 years ago.",
            "2021-05-05",
            {_f("VNM", "PER", DR, None), _f("VNM", "CHL", DR, None)},
        ),
        (  # round figures give no date, not the dateline's
            "LIMA, July 20 — Vietnam and Peru have been close since diplomatic "
            "relations were established between both countries four decades ago.",
            "2021-07-20",
            {_f("VNM", "PER", DR, None)},
        ),
        (  # "N years since"
            "This year marks 30 years since Vietnam and Singapore established a strategic "
            "partnership.",
            "2043-01-01",
            {_f("VNM", "SGP", SP, "2013")},
        ),
        (  # an anniversary of relations is one of diplomatic relations
            "Vietnam and Chile celebrated the 50th anniversary of bilateral ties this year.",
            "2021-05-05",
            {_f("VNM", "CHL", DR, "1971")},
        ),
        (  # … but not of party-to-party ones
            "Vietnam and Laos marked the 95th anniversary of relations between the two parties.",
            "2025-01-01",
            set(),
        ),
        (  # a span that opens on the founding day gives that day
            "They hailed the 60th anniversary of Vietnam - Mali diplomatic ties "
            "(October 30, 1960–2020).",
            "2020-10-31",
            {_f("VNM", "MLI", DR, "1960-10-30")},
        ),
        (  # a span with a founding day counts from its later year, not the first
            "They hailed the 60th anniversary of Vietnam - Mali diplomatic ties "
            "(October 30, 1960–2021) next week.",
            "2021-10-31",
            {_f("VNM", "MLI", DR, "1961")},
        ),
        (  # a founding day in brackets is the day counted from, not the anniversary's
            "The minister sent greetings on the 51st anniversary of Vietnam - Mali diplomatic "
            "ties (October 30,1960).",
            None,
            {_f("VNM", "MLI", DR, "1960-10-30")},
        ),
        (  # a bracketed year N years before publication is the founding year
            "They hailed the 60th anniversary of Vietnam - Mali diplomatic ties (1960).",
            "2020-10-31",
            {_f("VNM", "MLI", DR, "1960")},
        ),
        (  # without a publication date, no year is invented
            "They spoke of the 50th anniversary of diplomatic ties between Vietnam and Norway.",
            None,
            {_f("VNM", "NOR", DR, None)},
        ),
    ],
)
def test_extract_upgrades_anniversaries(
    text: str, published: str | None, expected: set[UpgradeFact]
) -> None:
    assert _facts(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and the Philippines agreed to elevate their ties to a comprehensive "
        "strategic partnership.",
        "Vietnam hopes to establish a strategic partnership with Brazil.",
        "The new envoy said his main goal is to help establish a strategic partnership between "
        "Kenya and Vietnam.",
        "The visit contributed to developing the Vietnam – Kenya ties into a "
        "strategic partnership.",
        "The two sides discussed ways to upgrade the strategic partnership with Poland.",
        "Vietnam and Chile will elevate relations to a comprehensive partnership.",
        "Vietnam and Kenya are expected to upgrade their ties to a strategic partnership.",
        "Vietnam and Peru agreed to work towards upgrading relations to a strategic partnership.",
        "Armenia and Azerbaijan have not established diplomatic relations.",
        "Syria is the only UN member that has yet to set up relations with Seoul.",
        "India welcomed the progress in restoring ties with Canada.",
        "Vietnam now has comprehensive strategic partnerships with nine countries.",
        "Vietnam has set up strategic partnerships with 20 countries.",
        "Indonesia is one of three comprehensive strategic partners of Vietnam in ASEAN.",
        "Vietnam and Japan have 12 strategic partners between them.",
        "South Korea maintains diplomatic relations with 191 countries.",
        "Leaders elevated EU-Central Asia relations to a strategic partnership in 2025.",
        "Vietnam and ASEAN partners upgraded relations to a comprehensive strategic partnership.",
        "Vietnam values the strategic partnership with ASEAN.",
        "The deal is Vietnam's first Comprehensive Economic Partnership Agreement with an "
        "Arab nation.",
        "The 5th Vietnam – Australia Strategic Partnership Dialogue took place in Hanoi.",
        "Vietnam has comprehensive partnerships with 13 countries, including Chile.",
        "Chile and Vietnam plan a summit next year, when the two countries will proclaim "
        "their comprehensive partnership.",
    ],
)
def test_extract_upgrades_not_facts(text: str) -> None:
    assert _facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a named pair: the current level, undated
            "Both sides praised the Vietnam – Russia comprehensive strategic partnership.",
            {_f("VNM", "RUS", CSP, None)},
        ),
        (
            "Vietnam always treasures the comprehensive strategic partnership with Japan.",
            {_f("VNM", "JPN", CSP, None)},
        ),
        (  # a figure raised is no upgrade: the level is only mentioned
            "Vietnam and Japan raised two-way trade to 50 billion USD in 2023 under their "
            "comprehensive strategic partnership.",
            {_f("VNM", "JPN", CSP, None)},
        ),
        (  # "the established …" describes the level, it does not date it
            "Both sides praised the established Vietnam – Russia comprehensive strategic "
            "partnership on March 3.",
            {_f("VNM", "RUS", CSP, None)},
        ),
        (  # no named pair: nothing to report
            "The two officials praised the strategic partnership.",
            set(),
        ),
    ],
)
def test_extract_upgrades_mentions(text: str, expected: set[UpgradeFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the two countries": the home country and the other one named before
            "Hanoi (VNA) – President Luong Cuong received the Chilean Ambassador on May 2.\n"
            "The Vietnamese leader recalled that the two countries established diplomatic "
            "relations in 1971.",
            {_f("VNM", "CHL", DR, "1971")},
        ),
        (  # bare relations established in a relative clause
            "Hanoi (VNA) – Chinh met the Russian Ambassador on May 5.\n"
            "The relations between the two countries, which were established on January "
            "30, 1950, have been growing.",
            {_f("VNM", "RUS", DR, "1950-01-30")},
        ),
        (  # a list after "with": one fact per country; "have upgraded": just now
            "Vietnam has upgraded relations to Strategic Partnership with Chile and Peru.",
            {_f("VNM", "CHL", SP, "2025-03"), _f("VNM", "PER", SP, "2025-03")},
        ),
        (  # capitals standing for countries, but never venues
            "Ties have warmed since Tehran restored diplomatic relations with Riyadh in "
            "March 2023.",
            {_f("IRN", "SAU", DR, "2023-03")},
        ),
        (  # the date of the sentence before governs an announcement
            "On March 10, Xi Jinping held talks with the President of Kenya in Beijing.\n"
            "The two heads of state announced the elevation of China-Kenya relations to a "
            "comprehensive strategic partnership.",
            {_f("CHN", "KEN", CSP, "2025-03-10")},
        ),
    ],
)
def test_extract_upgrades_pairs_and_context(text: str, expected: set[UpgradeFact]) -> None:
    assert _facts(text) == expected


def test_extract_upgrades_evidence_points_into_raw() -> None:
    raw = "Menu | Home\n\nIndia and Vietnam set up diplomatic relations in 1972."
    body = raw[13:]
    doc = Doc(
        name="t.txt",
        raw=raw,
        body=body,
        body_map=list(range(13, len(raw))),
        published="2024-01-01",
    )
    [fact] = find_upgrades(doc, split_sentences(body))
    extra = fact.model_extra or {}
    assert raw[extra["evidence_start"] : extra["evidence_end"]] == fact.evidence
    assert extra["cameo"] == "054" and extra["date_text"] == "1972"


def test_extract_upgrades_merges_dates_of_one_fact() -> None:
    text = (
        "Italy and Vietnam celebrate the 50th anniversary of diplomatic relations this "
        "year.\nItaly and Vietnam established diplomatic ties on March 23, 1973."
    )
    assert _facts(text, "2023-06-02") == {_f("ITA", "VNM", DR, "1973-03-23")}
