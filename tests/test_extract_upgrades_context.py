"""relation_context: home country, "the two countries", governing dates, merging; and
the relation extractors never raise, whatever the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract.relation_context import Context, Found, merge_dated
from ingest.extract.sentences import split_sentences
from ingest.extract.signings import find_signings
from ingest.extract.upgrades import find_upgrades
from ingest.types import Doc, Level, UpgradedTo


def _ctx(text: str, published: str | None = "2024-11-01", raw: str | None = None) -> Context:
    doc = Doc(name="t.txt", raw=raw or text, body=text, published=published)
    return Context(doc, split_sentences(text))


@pytest.mark.parametrize(
    ("raw_head", "text", "home"),
    [
        ("Hanoi (VNA) – ", "Chinh met the Thai Prime Minister.", "VNM"),  # one other country
        ("SEOUL (Yonhap) -- ", "Yoon met Japanese and Czech leaders. Japan and Czechia", "JPN"),
        ("", "Vietnam and Chile. Vietnamese firms. Chilean wine.", "VNM"),
        ("", "No country at all.", None),
        # the lead names one other country; later ones are background
        (
            "SEOUL (Yonhap) -- ",
            "Yoon held talks with his Thai counterpart here. The two countries upgraded "
            "ties. They signed six deals. The talks ran long. Thailand had such ties only "
            "with China and Japan.",
            "KOR",
        ),
    ],
)
def test_extract_upgrades_context_home(raw_head: str, text: str, home: str | None) -> None:
    assert _ctx(text, raw=raw_head + text).home == home


@pytest.mark.parametrize(
    ("text", "index", "pair"),
    [
        (  # the sentence before names the other country
            "Vietnamese President met the Uzbek ambassador. The two countries are friends.",
            1,
            ("VNM", "UZB"),
        ),
        (  # an envoy's two postings are no pair: his country and the first host are
            "Vietnamese Ambassador to Kenya and Uganda Tran Van Minh arrived. The two sides met.",
            1,
            ("VNM", "KEN"),
        ),
        (  # a sentence naming two countries gives both
            "Bahrain and Qatar met in Riyadh. The two sides agreed.",
            1,
            ("BHR", "QAT"),
        ),
        (  # a venue counts last: "in Rio de Janeiro, Brazil"
            "Hanoi (VNA) – Chinh held talks with the Dominican President.\n"
            "Chinh attended a summit in Rio de Janeiro, Brazil.\n"
            "The two countries are friends, Vietnam said.",
            2,
            ("VNM", "DOM"),
        ),
    ],
)
def test_extract_upgrades_context_pair(text: str, index: int, pair: tuple[str, str]) -> None:
    assert _ctx(text).context_pair(index) == pair


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (  # "after the talks": the date of the talks, not of the arrival
            "Chinh held talks with Lula on October 28.\nLula arrived on Sunday.\n"
            "After the talks, they signed documents.",
            "2024-10-28",
        ),
        (  # otherwise the last day-precise date before
            "In 2019 trade grew. Xi met Tinubu on October 30.\nThey announced it.",
            "2024-10-30",
        ),
        (  # a sentence opening on "the visit" takes the visit's date, not a later day
            "Lam received Anwar on October 25.\nLam recalled his visit to Malaysia "
            "(March 2023).\nThe visit was a milestone for the two countries.",
            "2023-03",
        ),
        ("Nothing dated here.\nNor here.", None),
    ],
)
def test_extract_upgrades_context_inherited_date(text: str, iso: str | None) -> None:
    ctx = _ctx(text)
    found = ctx.inherited_date(len(ctx.sentences) - 1)
    assert (found.iso if found else None) == iso


def test_extract_upgrades_context_merge_keeps_precise_and_distinct_dates() -> None:
    def fact(date: str | None) -> UpgradedTo:
        return UpgradedTo(countries=["VNM", "CHN"], level=Level.diplomatic_relations, date=date)

    found = [
        Found(fact("1950"), True),
        Found(fact("1950-01-18"), True),
        Found(fact("1991-11"), True),
        Found(fact("2023-12-13"), False),  # inherited: a sentence date exists
        Found(fact(None), False),
    ]
    kept = merge_dated(found, lambda u: (tuple(sorted(u.countries)), u.level))
    assert sorted(f.fact.date for f in kept) == ["1950-01-18", "1991-11"]


_TEXT = st.lists(
    st.sampled_from(
        list("abcdefghij ,.;:-–()'\n0123456789")
        + [
            "Vietnam",
            " and ",
            "China",
            "signed",
            "agreement",
            "anniversary",
            "th ",
            "strategic partnership",
            "diplomatic relations",
            "established",
            "upgraded to",
            "the two countries",
            "in 2020",
            "on May 5",
            "with",
            "between",
            "EU",
            "Hanoi",
            "was signed",
            "since",
            "years of",
            "MoUs",
            "which",
            "the signing of",
        ]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=st.sampled_from([None, "2024", "2024-05", "2024-05-06"]))
def test_extract_upgrades_and_signings_never_raise(text: str, published: str | None) -> None:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    sentences = split_sentences(text)
    for fact in find_upgrades(doc, sentences) + find_signings(doc, sentences):  # type: ignore[operator]
        assert fact.evidence in text
