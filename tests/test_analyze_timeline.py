"""The partnership ladder and activity per period: hand-built graph and the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.analyze import Activity, period, timeline
from graph.types import Graph, Node, NodeLabel, Rel, RelType

C, P, E = NodeLabel.Country, NodeLabel.Person, NodeLabel.Event


def _upgrade(g: Graph, a: str, b: str, level: str, rank: int, date: str | None) -> None:
    g.add_rel(
        Rel(
            RelType.UPGRADED_TO,
            (C, a),
            (C, b),
            level,
            {
                "level": level,
                "rank": rank,
                "label": level.replace("_", " "),
                "date": date,
                "articles": ["art1"],
                "evidence": [f"{level} in {date}"],
            },
        )
    )


def hand_graph() -> Graph:
    g = Graph()
    g.add_node(Node(NodeLabel.Article, "art1", {"file": "001.txt"}))
    for pid, country in [("vn", "VNM"), ("us", "USA"), ("kz", "KAZ")]:
        g.add_node(Node(P, pid, {"name": pid, "country": country}))
    _upgrade(g, "VNM", "USA", "comprehensive_strategic_partnership", 3, "2023-09")
    _upgrade(g, "USA", "VNM", "diplomatic_relations", 0, "1995")
    _upgrade(g, "VNM", "KAZ", "strategic_partnership", 2, None)
    meetings = [
        ("vn", "us", "2023-09-10"),
        ("vn", "us", "2023-09"),
        ("vn", "kz", "2025-05"),
        ("us", "kz", "2024"),
        ("vn", "kz", None),
    ]
    for i, (a, b, date) in enumerate(meetings):
        g.add_rel(Rel(RelType.MET_WITH, (P, a), (P, b), f"m{i}", {"date": date}))
    g.add_node(Node(E, "s1", {"kind": "signing", "date": "2023-09-10"}))
    for party in ("VNM", "USA"):
        g.add_rel(Rel(RelType.SIGNED, (C, party), (E, "s1"), "s1", {"date": "2023-09-10"}))
    return g


def test_analyze_timeline_ladder_for_a_pair_in_date_order() -> None:
    tl = timeline(hand_graph(), pair=("VNM", "USA"))
    assert [(s.pair, s.date, s.level, s.rank) for s in tl.ladder] == [
        ("USA–VNM", "1995", "diplomatic_relations", 0),
        ("USA–VNM", "2023-09", "comprehensive_strategic_partnership", 3),
    ]
    assert tl.ladder[0].sources == ["001.txt"]  # article ids become file names
    assert tl.ladder[0].evidence == ["diplomatic_relations in 1995"]
    assert tl.activity == [Activity("2023-09", meetings=2, signings=1)]


def test_analyze_timeline_for_a_country_keeps_undated_last() -> None:
    tl = timeline(hand_graph(), country="KAZ")
    assert [(s.pair, s.date) for s in tl.ladder] == [("KAZ–VNM", None)]
    assert tl.activity == [
        Activity("2024", 1, 0),
        Activity("2025-05", 1, 0),
        Activity("undated", 1, 0),
    ]


def test_analyze_timeline_everything_when_unfiltered() -> None:
    tl = timeline(hand_graph())
    assert len(tl.ladder) == 3
    assert sum(a.meetings for a in tl.activity) == 5
    assert sum(a.signings for a in tl.activity) == 1
    assert tl.to_json()["activity"][0] == {"period": "2023-09", "meetings": 2, "signings": 1}


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2025-05-13", "2025-05"),
        ("2025-05", "2025-05"),
        ("2024", "2024"),
        (None, "undated"),
        ("", "undated"),
    ],
)
def test_analyze_timeline_period(date: str | None, expected: str) -> None:
    assert period(date) == expected


def _seed_graph(shared_dir: Path) -> Graph:
    from graph.resolve import ArticleRecord, resolve
    from ingest.types import ArticleFacts

    gold = sorted((shared_dir / "gold" / "seeds").glob("*.gold.json"))
    records = [
        ArticleRecord.from_facts(ArticleFacts.model_validate(json.loads(f.read_text())))
        for f in gold
    ]
    return resolve(records)


def test_analyze_timeline_seeds_vietnam_usa_ladder(shared_dir: Path) -> None:
    tl = timeline(_seed_graph(shared_dir), pair=("VNM", "USA"))
    assert [(s.date, s.level) for s in tl.ladder] == [
        ("1995", "diplomatic_relations"),
        ("2013", "comprehensive_partnership"),
        ("2023", "comprehensive_strategic_partnership"),
    ]
    assert all(s.sources == ["001_a24418891285e294.txt"] for s in tl.ladder)
