"""The one attribute-preparing function every file sink uses."""

from __future__ import annotations

from datetime import date

import pytest

from graph.export.attrs import (
    date_bounds,
    display_name,
    edge_attrs,
    node_attrs,
    scalar,
    unify_types,
    year_of,
)
from graph.types import Node, NodeLabel, Rel, RelType


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("x", "x"),
        (3, 3),
        (2.5, 2.5),
        (True, True),
        (["a", "b"], "a; b"),
        (["a", None, "b"], "a; b"),
        ([], ""),
        ({"b": 1, "a": None}, '{"a": null, "b": 1}'),
        (date(2025, 5, 13), "2025-05-13"),
        ([date(2025, 5, 13), 4], "2025-05-13; 4"),
    ],
)
def test_export_attrs_scalar_gives_typed_scalars(value: object, expected: object) -> None:
    assert scalar(value) == expected


@pytest.mark.parametrize(
    ("props", "bounds"),
    [
        (
            {"dateStart": "2025-05-01", "dateEnd": "2025-05-31", "date": "2025-05"},
            ("2025-05-01", "2025-05-31"),
        ),
        ({"date": "2024-02"}, ("2024-02-01", "2024-02-29")),
        ({"date": "2023"}, ("2023-01-01", "2023-12-31")),
        ({"date": "2023-09-10"}, ("2023-09-10", "2023-09-10")),
        ({"date": None}, (None, None)),
        ({}, (None, None)),
        (
            {"dateStart": date(2025, 1, 1), "dateEnd": date(2025, 1, 31)},
            ("2025-01-01", "2025-01-31"),
        ),
    ],
)
def test_export_attrs_date_bounds(props: dict, bounds: tuple) -> None:
    assert date_bounds(props) == bounds


@pytest.mark.parametrize(
    ("value", "year"),
    [("2025-05", 2025), ("1995", 1995), (date(2013, 7, 25), 2013), (None, None), ("", None)],
)
def test_export_attrs_year_of(value: object, year: int | None) -> None:
    assert year_of(value) == year


def test_export_attrs_node_keeps_reserved_names_under_prefix() -> None:
    node = Node(
        NodeLabel.Event,
        "e1",
        {
            "id": "e1",
            "label": "odd",
            "type": "x",
            "weight": 3,
            "kind": "visit",
            "date": "2024-09",
            "place": None,
        },
    )
    attrs = node_attrs(node)
    assert attrs == {
        "uid": "e1",
        "label": "visit 2024-09",
        "type": "Event",
        "year": 2024,
        "prop_label": "odd",
        "prop_type": "x",
        "prop_weight": 3,
        "kind": "visit",
        "date": "2024-09",
    }


def test_export_attrs_node_id_property_differing_from_key_is_kept() -> None:
    attrs = node_attrs(Node(NodeLabel.Person, "p1", {"id": "other", "name": "A B"}))
    assert attrs["prop_id"] == "other" and attrs["uid"] == "p1"


def test_export_attrs_edge_weight_counts_articles() -> None:
    rel = Rel(
        RelType.UPGRADED_TO,
        (NodeLabel.Country, "VNM"),
        (NodeLabel.Country, "USA"),
        "comprehensive_partnership",
        {
            "level": "comprehensive_partnership",
            "rank": 1,
            "label": "Comprehensive Partnership",
            "date": "2013",
            "articles": ["a1", "a2", "a3"],
            "evidence": "…",
        },
    )
    attrs = edge_attrs(rel)
    assert attrs["weight"] == 3
    assert attrs["label"] == "Comprehensive Partnership"
    assert attrs["type"] == "UPGRADED_TO"
    assert attrs["year"] == 2013
    assert attrs["articles"] == "a1; a2; a3"
    bare = edge_attrs(Rel(RelType.OF_COUNTRY, (NodeLabel.Person, "p"), (NodeLabel.Country, "X")))
    assert bare == {"type": "OF_COUNTRY", "weight": 1, "label": "OF_COUNTRY"}


@pytest.mark.parametrize(
    ("node", "name"),
    [
        (Node(NodeLabel.Country, "VNM", {"name": "Viet Nam"}), "Viet Nam"),
        (Node(NodeLabel.Country, "VNM"), "VNM"),
        (Node(NodeLabel.Office, "o", {"title": "President", "country": "USA"}), "President (USA)"),
        (Node(NodeLabel.Office, "o", {"title": "Secretary-General"}), "Secretary-General"),
        (Node(NodeLabel.Event, "e", {"kind": "signing", "title": "MoU on trade"}), "MoU on trade"),
        (Node(NodeLabel.Article, "a", {"file": "001.txt"}), "001.txt"),
    ],
)
def test_export_attrs_display_name(node: Node, name: str) -> None:
    assert display_name(node) == name


def test_export_attrs_unify_types_makes_one_type_per_name() -> None:
    rows = [{"a": 1, "b": 1, "c": True}, {"a": 2.5, "b": "x", "c": False}, {"a": 3}]
    unify_types(rows)
    assert rows == [{"a": 1.0, "b": "1", "c": True}, {"a": 2.5, "b": "x", "c": False}, {"a": 3.0}]
