# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a name's shape places a person the text does not — Vietnamese names VNM,
pinyin names ("Xi Jinping", "Wang Yi") CHN, the latter only as a default."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.extract.person_registry import looks_chinese, name_country
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2025-04-14"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Xi Jinping", True),
        ("Wang Yi", True),
        ("Zhao Leji", True),
        ("Li Qiang", True),
        ("Kang Kyung-wha", False),  # Korean given names are hyphenated
        ("Lai Ching-te", False),  # so are Taiwanese ones
        ("Lee Hsien Loong", False),  # three words, Wade-Giles
        ("Tan See Leng", False),  # Hokkien family name
        ("Le Minh Hung", False),
        ("Ho Duc Phoc", False),
        ("Marco Rubio", False),
    ],
)
def test_pinyin_names(name: str, expected: bool) -> None:
    assert looks_chinese(name) is expected


def test_a_vietnamese_name_is_read_before_a_pinyin_one() -> None:
    assert name_country("Le Hoai Trung") == "VNM"
    assert name_country("Zhang Ming") == "CHN"
    assert name_country("Anthony Albanese") is None


def test_an_unplaced_chinese_leader_is_not_given_another_named_country() -> None:
    text = (
        "HANOI (VNA) – Party General Secretary Nguyen Van Binh held talks with General Secretary Xi Jinping in Hanoi on Monday. "
        "The two leaders discussed tariffs imposed by the United States and supply chains linking Viet Nam and the United States."
    )
    countries = {p.name: p.country for p in facts_of(text).persons}
    assert countries == {"Nguyen Van Binh": "VNM", "Xi Jinping": "CHN"}


def test_the_pinyin_default_gives_way_to_the_other_side_of_a_meeting() -> None:
    # Both sides would be Chinese, one only by default: the envoy takes the country
    # his appositive names.
    text = (
        "Ministry of Foreign Affairs of the People's Republic of China\n\n"
        "On March 3, 2025, Vice Foreign Minister Sun Weidong held talks in Beijing with "
        "Pablo Andres Ruiz Salgado, Special Envoy of President Jorge Alvarado of the Republic of Honduras. "
        "Sun Weidong said China values its ties with Honduras."
    )
    countries = {p.name: p.country for p in facts_of(text).persons}
    assert countries["Sun Weidong"] == "CHN"
    assert countries["Pablo Andres Ruiz Salgado"] == "HND"
