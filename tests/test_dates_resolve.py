"""dates: phrases resolved against the publication date, never invented."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ingest.date_rules as rules_module
import ingest.date_scan as scan_module
from ingest.dates import DateMention, find_dates, is_anaphor, nearest_before, resolve


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on February 21", "2025-05-13", "2025-02-21"),
        ("on February 21", None, None),
        ("on December 28", "2025-01-05", "2024-12-28"),
        ("on Tuesday", "2021-11-16", "2021-11-16"),
        ("on Friday", "2019-03-02", "2019-03-01"),
        ("on Tuesday, May 6, 2025", "2025-05-20", "2025-05-06"),  # the date, not the weekday
        ("on Tuesday, 6 May", "2025-05-20", "2025-05-06"),
        ("Monday, March 12,2018", "2024-04-20", "2018-03-12"),  # no space after the comma
        ("next Tuesday", "2021-11-16", "2021-11-23"),
        ("last Tuesday", "2021-11-16", "2021-11-09"),
        ("last Tuesday", "2021-11-18", "2021-11-16"),
        ("this Monday (29)", "2023-05-29", "2023-05-29"),
        ("on Tuesday (22)", "2023-08-27", "2023-08-22"),
        ("today", "2025-02-10", "2025-02-10"),
        ("this morning", "2023-12-13", "2023-12-13"),
        ("yesterday", "2023-07-25", "2023-07-24"),
        ("yesterday evening", "2023-09-06", "2023-09-05"),
        ("yesterday", None, None),
        ("in June last year", "2020-10-19", "2019-06"),
        ("in May last year", "2026-01-28", "2025-05"),
        ("last year", "2020-10-19", "2019"),
        ("last month", "2019-03-02", "2019-02"),
        ("last month", "2019-01-02", "2018-12"),
        ("earlier this month", "2026-01-28", "2026-01"),
        ("last November", "2018-03-15", "2017-11"),
        ("in August", "2020-10-19", "2020-08"),
        ("in August", "2020-03-19", "2019-08"),
        ("in August", None, None),
        ("May 5-12, 2025", None, "2025-05"),
        ("5-12 May 2025", None, "2025-05"),
        ("September 2-3", "2024-09-10", "2024-09"),
        ("September 2-3", None, None),
        ("May 30 to June 2, 2024", None, "2024"),
        ("September 1, 1963", None, "1963-09-01"),
        ("Monday, March 18, 2024", None, "2024-03-18"),
        ("19 March 2024", None, "2024-03-19"),
        ("in November 2022", None, "2022-11"),
        ("2013", None, "2013"),
        ("in 2025", None, "2025"),
        ("on 13/05/2025", None, "2025-05-13"),
        ("13.05.2025", None, "2025-05-13"),
        ("1/9/1963", None, "1963"),  # day/month order ambiguous: only the year is sure
        ("09/27/2019", None, "2019-09-27"),  # no month 27: the US month/day order
        ("2024-01-30", None, "2024-01-30"),
    ],
)
def test_dates_resolve_phrase(phrase: str, published: str | None, expected: str | None) -> None:
    assert resolve(phrase, published) == expected


def test_dates_year_hint_only_when_no_publication_date() -> None:
    assert resolve("on February 21", None, year_hint=2023) == "2023-02-21"
    assert resolve("on February 21", "2025-05-13", year_hint=2023) == "2025-02-21"


@pytest.mark.parametrize("text", ["It may be so.", "They march on.", "the 1990s", "Sunday school"])
def test_dates_lowercase_words_and_decades_are_not_dates(text: str) -> None:
    assert [m.iso for m in find_dates(text, "2024-01-01") if m.kind != "weekday"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with Putin March on.", []),  # "in March" inside a name is no date
        ("Leon Monday visited.", [("Monday", "2024-05-13")]),  # nor "on Monday" inside one
        ("It is due within March, they said.", [("within March", "2024-03")]),
        ("They met on Monday in Hanoi.", [("on Monday", "2024-05-13")]),
    ],
)
def test_dates_prefix_words_are_whole_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.iso) for m in find_dates(text, "2024-05-15")] == expected


def test_dates_anaphora_follow_the_last_day_mentioned() -> None:
    text = (
        "They met on February 21, 2025. In 1954 ties began. The same day, X hosted Y. "
        "The following day Z left. Later that day they dined."
    )
    got = [(m.text, m.iso) for m in find_dates(text, None)]
    assert got == [
        ("February 21, 2025", "2025-02-21"),
        ("1954", "1954"),
        ("The same day", "2025-02-21"),
        ("The following day", "2025-02-22"),
        ("Later that day", "2025-02-22"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The minister will also call on the President on Thursday.", "2020-02-13"),
        ("The minister called on the President on Thursday.", "2020-02-06"),
        # the modal of a relative clause does not govern the main verb's day
        ("The talks that will shape ties were held on Monday.", "2020-02-10"),
    ],
)
def test_dates_a_weekday_in_a_future_clause_is_the_next_one(text: str, iso: str) -> None:
    # published on Wednesday 12 February 2020
    assert [m.iso for m in find_dates(text, "2020-02-12")] == [iso]


def test_dates_anaphor_without_antecedent_stays_unresolved() -> None:
    (mention,) = find_dates("The same day, X hosted Y.", "2025-02-21")
    assert mention == DateMention(0, 12, "The same day", None, "anaphor")
    assert is_anaphor(mention.text)
    assert resolve("the same day", None, context="2025-02-21") == "2025-02-21"


def test_dates_offsets_point_into_the_text() -> None:
    text = "Hanoi (VNA) – Talks were held in Hanoi on January 10, 2025, officials said."
    (mention,) = find_dates(text, None)
    assert text[mention.start : mention.end] == mention.text == "January 10, 2025"
    assert nearest_before([mention], 0, len(text)) == mention
    assert nearest_before([mention], mention.end + 1) == mention


def _full_scan(text: str) -> list[tuple[int, int, str]]:
    found = []
    for kind, pattern, _ in [*rules_module.RULES, ("anaphor", rules_module.ANAPHOR, None)]:
        found += [(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


PIECES = st.sampled_from(
    ["on May 5-12, 2025", " the same day ", "Tuesday (22)", "in June last year", "13/05/2025",
     "2024-01-30", " yesterday ", "last week", "since 1954", " Monday, March 18 ", "x", "\n\n",
     "İstanbul", " that morning ", "on the same occasion", " Today ", "the day before", "Sept. 9",
     " in May", "Putin March", "Leon Monday", " within June ",
     # case-blind rules skip windows by lower-cased strings: other cases and folds ("ſ")
     " The ſame day ", " YESTERDAY ", "Next Week", "tHIS evening", "Declaration", " TUESDAY "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), PIECES), max_size=25).map("".join))
def test_dates_windowed_scan_equals_full_scan(text: str) -> None:
    """The speed-up (rules run only around anchor words) finds exactly what a full scan finds."""
    assert [s[:3] for s in scan_module.date_spans(text)] == _full_scan(text)


# The lookaheads that open the rule patterns only speed them up; without them each
# pattern must find exactly the same matches.
SPEED_LOOKAHEADS = [
    "(?:(?=[MTWFS])|\\b(?=(?i:[otle]))|(?=(?i:n)))", "(?=(?i:[isdutbfaoelmnw]))",
    "(?=[JFMASONDTW])", "(?=[0-9MTWFS])", "(?=[0-9])", "(?=\\d)", "(?=[12])",
    "(?=[elptcn])", "(?=[tleioa])",
]  # fmt: skip


def _plain(pattern: str) -> str:
    for lookahead in SPEED_LOOKAHEADS:
        pattern = pattern.replace(lookahead, "")
    return pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), PIECES), max_size=25).map("".join))
def test_dates_speed_lookaheads_change_no_match(text: str) -> None:
    patterns = [p for _, p, _ in rules_module.RULES] + [rules_module.ANAPHOR]
    assert any(_plain(p.pattern) != p.pattern for p in patterns)
    for pattern in patterns:
        plain = re.compile(_plain(pattern.pattern), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


GATED = st.sampled_from(
    [
        "5th May",
        "May, 2024",
        "Jan. 5",
        "12 - 15 June",
        "Sept 9",
        "3rd\nMarch",
        "mid-March",
        "March.5",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), PIECES, GATED), max_size=25).map("".join))
def test_dates_gates_match_inside_every_match_of_their_rules(text: str) -> None:
    """A gate (a month name next to a day or year, or alone) skips a window only where its rules
    cannot match: it matches inside every match of them."""
    gated = [(p, gate) for p, gate in scan_module._NEEDS if isinstance(gate, re.Pattern)]
    assert gated
    for pattern, gate in gated:
        for m in pattern.finditer(text):
            assert gate.search(text, m.start(), m.end())
