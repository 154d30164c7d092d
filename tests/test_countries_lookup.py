"""country_code / find_countries: names, official forms, demonyms, non-countries."""

from __future__ import annotations

import pytest

from ingest.countries import (
    city_country,
    country_code,
    find_countries,
    first_city_country,
    is_demonym,
    publisher_country,
)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("the US", "USA"),
        ("U.S.", "USA"),
        ("the Russian Federation", "RUS"),
        ("RoK", "KOR"),
        ("Republic of Korea", "KOR"),
        ("DPRK", "PRK"),
        ("Lao PDR", "LAO"),
        ("Türkiye", "TUR"),
        ("Timor Leste", "TLS"),  # written without its hyphen
        ("Polish", "POL"),
        ("Mongolian", "MNG"),
        ("Bangladeshi", "BGD"),
        ("Emirati", "ARE"),
        ("Kazakh", "KAZ"),
        ("Belarus", "BLR"),
        ("Vietnam's", "VNM"),
        ("the Philippines", "PHL"),
        ("Iran", "IRN"),
        ("Czechia", "CZE"),
    ],
)
def test_countries_code_of_names_and_demonyms(name: str, iso3: str) -> None:
    assert country_code(name) == iso3


@pytest.mark.parametrize(
    "name", ["ASEAN", "UN", "EU", "EAEU", "GCC", "European Union", "Hanoi", "Moscow", "", "talks"]
)
def test_countries_code_is_none_for_organisations_cities_and_words(name: str) -> None:
    assert country_code(name) is None


def test_countries_find_reports_offsets_and_demonym_flag() -> None:
    text = "Polish Ambassador met Vietnam's leaders."
    found = find_countries(text)
    assert [(m.iso3, m.surface, m.is_demonym) for m in found] == [
        ("POL", "Polish", True),
        ("VNM", "Vietnam", False),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("the South Korean minister", ["KOR"]),
        ("tensions in the South China Sea", []),
        ("ASEAN and the EU", []),
        ("a US$5 million loan from the US", ["USA"]),
        (
            "the Vietnam – Russia partnership and the Russia-Ukraine conflict",
            ["VNM", "RUS", "RUS", "UKR"],
        ),
        ("VIETNAM, RUSSIA HOLD TALKS", ["VNM", "RUS"]),
        ("a visit to Lao Cai province", []),
        ("the Russian Federation", ["RUS"]),
        ("Latin American partners", []),
        ("discuss it with us", []),
        ("the British envoy to Việt Nam", ["GBR", "VNM"]),
        ("the U.S-Vietnam partnership and the U.S. side", ["USA", "VNM", "USA"]),
    ],
)
def test_countries_find_longest_form_and_blocked_forms(text: str, codes: list[str]) -> None:
    assert [m.iso3 for m in find_countries(text)] == codes


@pytest.mark.parametrize(
    ("word", "expected"), [("Russian", True), ("Russia", False), ("EU", False)]
)
def test_countries_is_demonym(word: str, expected: bool) -> None:
    assert is_demonym(word) is expected


@pytest.mark.parametrize(
    ("city", "iso3"),
    [
        ("CAIRO", "EGY"),
        ("Hanoi", "VNM"),
        ("Hà Nội", "VNM"),
        ("Putrajaya", "MYS"),
        ("Atlantis", None),
    ],
)
def test_countries_city_is_a_place_not_a_country(city: str, iso3: str | None) -> None:
    assert city_country(city) == iso3
    assert country_code(city) is None


def test_countries_first_city_of_a_dateline() -> None:
    assert first_city_country("VILNIUS, July 12 (Yonhap) -- President Yoon met") == "LTU"


@pytest.mark.parametrize(
    ("masthead", "iso3"),
    [
        ("Anadolu Ajansı\nTÜRKİYE | WORLD", "TUR"),
        ("Hanoi (VNA) – Prime Minister", "VNM"),
        ("BERNAMA\nHome General", "MYS"),
        ("Some Blog\nHome", None),
        # an outlet the page cites is not its publisher
        ("The two ministers met on Friday, Russia's TASS news agency reported.", None),
        ("The ministers met, according to Xinhua, in Lima.", None),
        ("The talks ran long, the Bangkok Post said on Monday.", None),
        ("DOHA, May 2 (QNA) -- The talks, as Xinhua reported, ran long.", "QAT"),
        # official sites by their domain: the page's url stands among the first lines
        ("None | https://www.gov.uk/government/news/minister-visits-hanoi", "GBR"),
        ("None | https://www.pm.gov.au/media/visit", "AUS"),
        ("None | https://www.state.gov/secretarys-call-with-minister", "USA"),
        ("None | https://mofa.gov.vn/en/news", "VNM"),
        # a country's own top-level domain, any second level ("dailyherald.in")
        ("None | https://dailyherald.in/world/pm-in-hanoi", "IND"),
        ("None | https://www.linkedin.com/posts/123", None),
        ("None | https://www.example.org/gov/news", None),
    ],
)
def test_countries_publisher_country(masthead: str, iso3: str | None) -> None:
    assert publisher_country(masthead) == iso3


@pytest.mark.parametrize(
    "text",
    [
        "five commercial contracts worth 300 million US dollars",
        "a loan of 2 billion Singapore dollars",
        "deals worth 40 million Hong Kong dollars",
        "investment of 5 billion euros",
        "prices in Vietnamese dong and Japanese yen",
        "20 billion Indian rupees",
        "a fund of 3 billion South Korean won",
        "1 million Lao kip",
    ],
)
def test_countries_currency_phrases_are_no_country(text: str) -> None:
    assert find_countries(text) == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the US won the vote", ["USA"]),
        ("worth US$300 million, said the US envoy", ["USA"]),
        ("Singapore dollars and Singapore's ministers", ["SGP"]),
    ],
)
def test_countries_currency_rule_keeps_real_mentions(text: str, iso3: list[str]) -> None:
    assert [m.iso3 for m in find_countries(text)] == iso3


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("President met the president", [0, 18]),
        ("Vice-President, (President) and co-President", [17]),
        ("Presidential Presidents President's", [24]),
        ("", []),
        # Letters beyond ASCII join a word; punctuation beyond it does not.
        ("ưPresident éPresident Presidentư –President “president”", [34, 45]),
        ("President\u00a0president\tpresident\npresident", [0, 10, 20, 30]),
    ],
)
def test_countries_word_starts_finds_whole_words(text: str, starts: list[int]) -> None:
    from ingest.countries import WordStarts

    scan = WordStarts(["President", "president"])
    assert scan.starts(text) == starts


def test_countries_word_starts_refuses_a_word_opening_with_punctuation() -> None:
    from ingest.countries import WordStarts

    with pytest.raises(ValueError, match="word character"):
        WordStarts(["President", "(President"])


def test_countries_word_starts_inside_a_window_sees_the_character_before() -> None:
    from ingest.countries import WordStarts

    scan = WordStarts(["met"])
    text = "He met her; unmet"
    assert scan.starts(text, 3, 6) == [3]
    assert scan.starts(text, 14) == []


@pytest.mark.parametrize(("capital", "iso3"), [("Nairobi", "KEN"), ("Hanoi", "VNM")])
def test_countries_capitals_come_from_the_city_gazetteer(capital: str, iso3: str) -> None:
    from ingest.countries import CAPITALS, city_country

    assert CAPITALS[capital] == iso3 == city_country(capital)


def test_countries_non_capital_cities_are_no_capitals() -> None:
    from ingest.countries import CAPITALS, city_country

    assert city_country("Ho Chi Minh City") == "VNM"
    assert "Ho Chi Minh City" not in CAPITALS
