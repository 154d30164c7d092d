"""The parameter rows both writers send: shape, types and content on the seeds graph."""

from __future__ import annotations

import json

import pytest

from graph.store.rows import (
    ENDPOINTS,
    NODE_PROPERTIES,
    REL_PROPERTIES,
    node_key_rows,
    node_rows,
    rel_row_groups,
    rel_rows,
)
from graph.types import Graph, NodeLabel, RelType


@pytest.mark.parametrize("label", list(NodeLabel))
def test_rows_nodes_carry_key_and_every_declared_property(seeds_graph: Graph, label: NodeLabel):
    rows = node_rows(seeds_graph, label)
    assert len(rows) == seeds_graph.counts()[label.value]
    expected = {label.key, *NODE_PROPERTIES[label]}
    assert all(set(row) == expected for row in rows)
    assert [row[label.key] for row in rows] == sorted(row[label.key] for row in rows)


@pytest.mark.parametrize("type", list(RelType))
def test_rows_rels_grouped_by_declared_endpoints(seeds_graph: Graph, type: RelType):
    groups = rel_row_groups(seeds_graph, type)
    assert set(groups) <= set(ENDPOINTS[type])
    expected = {"start", "end", "key", *REL_PROPERTIES[type]}
    assert all(set(row) == expected for rows in groups.values() for row in rows)
    assert sum(map(len, groups.values())) == seeds_graph.counts().get(type.value, 0)


def test_rows_are_plain_json(seeds_graph: Graph):
    everything = [node_rows(seeds_graph, label) for label in NodeLabel]
    everything += [rel_rows(seeds_graph, type) for type in RelType]
    assert json.loads(json.dumps(everything)) == everything


def test_rows_met_with_to_lam_putin_talks(seeds_graph: Graph):
    persons = {r["id"]: r["name"] for r in node_rows(seeds_graph, NodeLabel.Person)}
    rows = [
        r
        for r in rel_rows(seeds_graph, RelType.MET_WITH)
        if {persons.get(r["start"]), persons.get(r["end"])} == {"To Lam", "Vladimir Putin"}
    ]
    dated = [r for r in rows if r["date"]]
    assert len(dated) == 1
    talks = dated[0]
    assert (talks["date"], talks["dateStart"], talks["dateEnd"]) == (
        "2025-05",
        "2025-05-01",
        "2025-05-31",
    )
    assert talks["kind"] == "talks" and talks["event"] == talks["key"]
    assert talks["startLabel"] == talks["endLabel"] == "Person"
    assert len(talks["articles"]) == len(talks["evidence"]) == 1


def test_rows_upgrade_reported_twice_is_one_row(seeds_graph: Graph):
    rows = [
        r
        for r in rel_rows(seeds_graph, RelType.UPGRADED_TO)
        if {r["start"], r["end"]} == {"VNM", "RUS"}
        and r["level"] == "comprehensive_strategic_partnership"
    ]
    assert len(rows) == 1
    assert rows[0]["rank"] == 3 and len(rows[0]["articles"]) == 2
    assert rows[0]["date"] is None and rows[0]["dateStart"] is None


def test_rows_delete_keys_grouped_by_label(seeds_graph: Graph):
    refs = sorted(seeds_graph.nodes)[:3]
    groups = node_key_rows(refs)
    assert sum(map(len, groups.values())) == 3
    assert all(set(row) == {label.key} for label, rows in groups.items() for row in rows)
