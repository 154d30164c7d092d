"""Facts of several articles → one graph: persons, events, upgrades, signings, dates."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.resolve import ArticleRecord, date_bounds, resolve, valid_date
from graph.types import Graph, NodeLabel, RelType
from ingest.types import ArticleFacts


def record(article: str, **facts: Any) -> ArticleRecord:
    return ArticleRecord.from_facts(
        ArticleFacts.model_validate({"article": article, "article_id": article, **facts})
    )


def met(a: str, ca: str, b: str, cb: str, date: str | None = None, kind: str = "talks") -> dict:
    return {
        "a": {"name": a, "country": ca},
        "b": {"name": b, "country": cb},
        "date": date,
        "kind": kind,
        "evidence": f"{a} met {b}",
    }


def persons(graph: Graph) -> dict[str, dict[str, Any]]:
    return {n.props["name"]: n.props for n in graph.nodes.values() if n.label is NodeLabel.Person}


def rels(graph: Graph, type: RelType) -> list:
    return [r for r in graph.rels.values() if r.type is type]


def test_resolve_spellings_and_initials_are_one_person():
    graph = resolve(
        [
            record("a1", met_with=[met("Tô Lâm", "VNM", "A. Rudenko", "RUS", "2025-02")]),
            record("a2", met_with=[met("To Lam", "VNM", "Andrey Rudenko", "RUS", "2025-03")]),
        ]
    )
    people = persons(graph)
    assert set(people) == {"Andrey Rudenko", "To Lam"}
    assert people["To Lam"]["aliases"] == ["Tô Lâm"]
    assert people["Andrey Rudenko"]["aliases"] == ["A. Rudenko"]
    assert all(p["articles"] == ["a1", "a2"] for p in people.values())


def test_resolve_different_people_sharing_names_stay_apart():
    graph = resolve(
        [
            record("a1", met_with=[met("Nguyen Minh Vu", "VNM", "Andrey Rudenko", "RUS")]),
            record("a2", met_with=[met("Nguyen Manh Vu", "VNM", "Alexander Rudenko", "RUS")]),
            record("a3", met_with=[met("Le Minh Vu", "VNM", "A. Rudenko", "RUS")]),
        ]
    )
    assert len(persons(graph)) == 6


def test_resolve_same_name_in_two_countries_is_two_people():
    graph = resolve(
        [
            record(
                "a1",
                persons=[
                    {"name": "Kim Lee", "country": "KOR"},
                    {"name": "Kim Lee", "country": "PRK"},
                ],
            )
        ]
    )
    assert sum(n.label is NodeLabel.Person for n in graph.nodes.values()) == 2


def test_resolve_one_word_name_is_the_articles_person():
    facts = {
        "persons": [
            {"name": "Nguyen Minh Vu", "country": "VNM", "aliases": ["Vu"]},
            {"name": "A. Rudenko", "country": "RUS", "aliases": ["Andrey Rudenko"]},
        ],
        "met_with": [met("Vu", "VNM", "Rudenko", "RUS", "2025-02-21", kind="reception")],
    }
    graph = resolve(
        [
            record("a1", **facts),
            record("a2", persons=[{"name": "Vu", "country": "VNM"}]),
            record("a3", persons=[{"name": "Tran Quoc Vu", "country": "VNM"}]),
        ]
    )
    people = persons(graph)
    # a2's "Vu" may be either Vietnamese Vu the store knows: it stays apart
    assert set(people) == {"Nguyen Minh Vu", "Tran Quoc Vu", "Andrey Rudenko", "Vu"}
    (meeting,) = rels(graph, RelType.MET_WITH)
    names = {graph.nodes[meeting.start].props["name"], graph.nodes[meeting.end].props["name"]}
    assert names == {"Nguyen Minh Vu", "Andrey Rudenko"}


def test_resolve_a_lone_given_name_is_the_one_vietnamese_of_that_name():
    graph = resolve(
        [
            record("a1", met_with=[met("Nguyen Phu Trong", "VNM", "Joe Biden", "USA", "2023-09")]),
            record("a2", met_with=[met("Trong", "VNM", "Biden", "USA", "2023-03-29")]),
        ]
    )
    assert set(persons(graph)) == {"Nguyen Phu Trong", "Joe Biden"}
    assert len(rels(graph, RelType.MET_WITH)) == 2  # two meetings of the same two people


def test_resolve_same_meeting_in_two_articles_is_one_event():
    graph = resolve(
        [
            record("a1", met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05")]),
            record(
                "a2",
                met_with=[met("Vladimir Putin", "RUS", "To Lam", "VNM", "2025-05-09", "meeting")],
            ),
        ]
    )
    (meeting,) = rels(graph, RelType.MET_WITH)
    assert meeting.props["date"] == "2025-05-09"
    assert (meeting.props["dateStart"], meeting.props["dateEnd"]) == ("2025-05-09", "2025-05-09")
    assert meeting.props["articles"] == ["a1", "a2"]
    assert meeting.props["evidence"] == ["To Lam met Vladimir Putin", "Vladimir Putin met To Lam"]
    event = graph.nodes[(NodeLabel.Event, meeting.key)]
    assert event.props["articles"] == ["a1", "a2"] and meeting.props["event"] == meeting.key
    assert len(rels(graph, RelType.REPORTED_IN)) == 2


@pytest.mark.parametrize(
    ("d1", "d2", "events"),
    [
        ("2025-05", "2025-06", 2),  # different months: different talks
        (None, None, 2),  # undated meetings in two articles cannot be told apart
        ("2025", "2025-05", 2),  # a year alone does not say which talks
        ("2025-05-13", "2025-05-13", 1),
    ],
)
def test_resolve_meeting_dates_decide_the_event(d1, d2, events):
    graph = resolve(
        [
            record("a1", met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", d1)]),
            record("a2", met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", d2)]),
        ]
    )
    assert len(rels(graph, RelType.MET_WITH)) == events
    assert sum(n.label is NodeLabel.Event for n in graph.nodes.values()) == events


def test_resolve_phone_call_and_talks_are_different_events():
    graph = resolve(
        [
            record("a1", met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05")]),
            record(
                "a2",
                met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05", "phone_call")],
            ),
        ]
    )
    assert sorted(r.props["kind"] for r in rels(graph, RelType.MET_WITH)) == ["phone_call", "talks"]


def test_resolve_upgrade_reported_twice_is_one_relationship():
    up = {"countries": ["VNM", "KAZ"], "level": "strategic_partnership", "evidence": "upgraded"}
    graph = resolve(
        [
            record("a1", upgraded_to=[{**up, "date": "2025-05", "label": "Strategic Partnership"}]),
            record("a2", upgraded_to=[{**up, "countries": ["KAZ", "VNM"], "date": None}]),
        ]
    )
    (upgrade,) = rels(graph, RelType.UPGRADED_TO)
    assert upgrade.props["rank"] == 2 and upgrade.props["label"] == "Strategic Partnership"
    assert upgrade.props["date"] == "2025-05" and upgrade.props["articles"] == ["a1", "a2"]
    assert (upgrade.start, upgrade.end) == ((NodeLabel.Country, "VNM"), (NodeLabel.Country, "KAZ"))


def test_resolve_signing_is_an_event_with_its_parties():
    sig = {"parties": ["VNM", "MNG"], "what": "cooperation agreement", "date": "2025-01-10"}
    graph = resolve([record("a1", signed=[{**sig, "evidence": "was signed"}])])
    signed = rels(graph, RelType.SIGNED)
    assert sorted(r.start[1] for r in signed) == ["MNG", "VNM"]
    event = graph.nodes[signed[0].end]
    assert event.props["kind"] == "signing" and event.props["title"] == "cooperation agreement"
    assert all(r.props["evidence"] == ["was signed"] for r in signed)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ({"evidence_start": 120, "evidence_end": 151}, ([120], [151])),
        ({}, ([-1], [-1])),  # facts files without offsets (gold, older extracts)
        ({"evidence_start": 9, "evidence_end": 3}, ([-1], [-1])),  # not a span
        ({"evidence_start": "9", "evidence_end": 12}, ([-1], [-1])),
    ],
)
def test_resolve_evidence_offsets_travel_beside_each_article(span: dict, expected: tuple):
    sig = {"parties": ["VNM", "MNG"], "what": "agreement", "date": "2025-01-10"}
    up = {"countries": ["VNM", "KAZ"], "level": "strategic_partnership"}
    graph = resolve(
        [
            record(
                "a1",
                met_with=[{**met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05"), **span}],
                upgraded_to=[{**up, "evidence": "upgraded", **span}],
                signed=[{**sig, "evidence": "was signed", **span}],
            )
        ]
    )
    for type in (RelType.MET_WITH, RelType.UPGRADED_TO, RelType.SIGNED):
        for rel in rels(graph, type):
            assert (rel.props["evidenceStart"], rel.props["evidenceEnd"]) == expected


def test_resolve_evidence_offsets_follow_the_sorted_articles():
    def talks(start: int) -> dict:
        return {**met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05"),
                "evidence_start": start, "evidence_end": start + 25}  # fmt: skip

    graph = resolve([record("b2", met_with=[talks(700)]), record("a1", met_with=[talks(40)])])
    (meeting,) = rels(graph, RelType.MET_WITH)
    assert meeting.props["articles"] == ["a1", "b2"]
    assert meeting.props["evidenceStart"] == [40, 700]
    assert meeting.props["evidenceEnd"] == [65, 725]


def test_resolve_titles_become_offices_held():
    graph = resolve(
        [
            record(
                "a1",
                published="2024-03-19",
                persons=[
                    {
                        "name": "Bui Thanh Son",
                        "country": "VNM",
                        "title": "Minister of Foreign Affairs",
                    }
                ],
            )
        ]
    )
    (holds,) = rels(graph, RelType.HOLDS)
    office = graph.nodes[holds.end]
    assert (
        office.props["title"] == "Minister of Foreign Affairs" and office.props["country"] == "VNM"
    )
    assert holds.props == {"asOf": "2024-03-19", "articles": ["a1"]}
    assert len(rels(graph, RelType.OF_COUNTRY)) == 2


def test_resolve_spellings_of_one_office_are_one_node():
    def holder(article: str, name: str, title: str, country: str = "VNM") -> ArticleRecord:
        return record(article, persons=[{"name": name, "country": country, "title": title}])

    graph = resolve(
        [
            holder("a1", "Bui Thanh Son", "Minister of Foreign Affairs"),
            holder("a2", "Bui Thanh Son", "Foreign Minister"),
            holder("a3", "Bui Thanh Son", "FM"),
            holder("a4", "Pham Binh Minh", "Foreign Minister"),
            holder("a5", "Nguyen Thi Kim Ngan", "National Assembly Chairwoman"),
            holder("a6", "Tran Thanh Man", "Chairman of the National Assembly"),
            holder("a7", "Wang Yi", "Foreign Minister", "CHN"),  # another country's office
            holder("a8", "Le Hoai Trung", "Deputy Foreign Minister"),  # another office
        ]
    )
    offices = [n for n in graph.nodes.values() if n.label is NodeLabel.Office]
    titles = sorted((o.props["country"], o.props["title"]) for o in offices)
    assert titles == [
        ("CHN", "Foreign Minister"),
        ("VNM", "Chairman of the National Assembly"),  # the most common spelling shows
        ("VNM", "Deputy Foreign Minister"),
        ("VNM", "Foreign Minister"),
    ] or titles == [
        ("CHN", "Foreign Minister"),
        ("VNM", "Deputy Foreign Minister"),
        ("VNM", "Foreign Minister"),
        ("VNM", "National Assembly Chairwoman"),  # one spelling each: either may show
    ]
    holds = rels(graph, RelType.HOLDS)
    assert len(holds) == 6  # Bui Thanh Son holds one office, reported three ways
    assert ["a1", "a2", "a3"] in [h.props["articles"] for h in holds]


def test_resolve_bad_dates_are_reported_not_kept():
    problems: list[str] = []
    graph = resolve(
        [record("a1", met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-13-40")])],
        problems,
    )
    (meeting,) = rels(graph, RelType.MET_WITH)
    assert meeting.props["date"] is None
    assert len(problems) == 1 and "2025-13-40" in problems[0]


@pytest.mark.parametrize(
    ("prefix", "bounds"),
    [
        ("2025", ("2025-01-01", "2025-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025-05-13", ("2025-05-13", "2025-05-13")),
        (None, (None, None)),
    ],
)
def test_resolve_date_bounds(prefix, bounds):
    assert date_bounds(prefix) == bounds


@pytest.mark.parametrize("text", ["2025-02-30", "May 2025", "25-05-13", "2025-5"])
def test_resolve_invalid_dates(text):
    assert valid_date(text) is None


def test_resolve_to_lam_is_one_person_across_the_seeds(seeds_graph: Graph):
    to_lam = [
        n
        for n in seeds_graph.nodes.values()
        if n.label is NodeLabel.Person
        and "to lam" in {n.props["name"].lower(), *map(str.lower, n.props["aliases"])}
    ]
    assert len(to_lam) == 1
    assert len(to_lam[0].props["articles"]) == 3


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_resolve_ignores_record_order(seed_gold_facts, rnd: random.Random):
    records = [ArticleRecord.from_facts(f) for f in seed_gold_facts]
    shuffled = records[:]
    rnd.shuffle(shuffled)
    one, other = resolve(records), resolve(shuffled)
    assert one.nodes == other.nodes and one.rels == other.rels


def test_resolve_an_office_shows_its_title_spelt_out():
    def holder(article: str, name: str, title: str, country: str) -> ArticleRecord:
        return record(article, persons=[{"name": name, "country": country, "title": title}])

    graph = resolve(
        [
            holder("a1", "Petr Fiala", "PM", "CZE"),
            holder("a2", "Petr Fiala", "PM", "CZE"),
            holder("a3", "Petr Fiala", "Prime Minister", "CZE"),  # rarer, but spelt out
            holder("a4", "Gerardo Pena", "Deputy FM", "CUB"),  # only ever abbreviated
        ]
    )
    titles = sorted(
        (n.props["country"], n.props["title"])
        for n in graph.nodes.values()
        if n.label is NodeLabel.Office
    )
    assert titles == [("CUB", "Deputy Foreign Minister"), ("CZE", "Prime Minister")]
