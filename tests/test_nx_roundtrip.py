"""Graph → networkx → Graph is the identity; the sink graph has what sinks need."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import ExportError
from graph.nx import from_networkx, node_id, parse_node_id, sink_graph, to_networkx
from graph.types import Graph, Node, NodeLabel, Rel, RelType

names = st.text(alphabet="abcdefgh:-_ ", min_size=1, max_size=8)
values = st.one_of(
    st.none(), st.integers(), st.text(max_size=5), st.lists(st.text(max_size=4), max_size=3)
)


@st.composite
def graphs(draw: st.DrawFn) -> Graph:
    g = Graph()
    refs = draw(
        st.lists(
            st.tuples(st.sampled_from(list(NodeLabel)), names), min_size=1, max_size=6, unique=True
        )
    )
    for label, key in refs:
        props = draw(st.dictionaries(st.sampled_from(["name", "date", "aliases", "x"]), values))
        if label.key == "id":
            props["id"] = key
        g.add_node(Node(label, key, props))
    for _ in range(draw(st.integers(0, 6))):
        start, end = draw(st.sampled_from(refs)), draw(st.sampled_from(refs))
        props = draw(st.dictionaries(st.sampled_from(["date", "articles", "kind"]), values))
        g.add_rel(Rel(draw(st.sampled_from(list(RelType))), start, end, draw(names), props))
    return g


@settings(deadline=None)  # no timing: the first examples pay for imports
@given(graphs())
def test_nx_roundtrip_is_identity(graph: Graph) -> None:
    back = from_networkx(to_networkx(graph))
    assert back.nodes == graph.nodes
    assert back.rels == graph.rels


@settings(deadline=None)
@given(graphs())
def test_nx_sink_graph_has_only_scalars(graph: Graph) -> None:
    g = sink_graph(graph)
    assert g.number_of_nodes() == len(graph.nodes)
    assert g.number_of_edges() == len(graph.rels)
    for _, data in g.nodes(data=True):
        assert {"label", "type", "uid"} <= set(data)
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    for _, _, data in g.edges(data=True):
        assert {"label", "type", "weight"} <= set(data)
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


def test_nx_node_ids_carry_the_label() -> None:
    assert node_id((NodeLabel.Country, "VNM")) == "Country:VNM"
    assert parse_node_id("Person:a:b") == (NodeLabel.Person, "a:b")
    with pytest.raises(ExportError):
        parse_node_id("Planet:X")


def test_nx_sink_graph_describes_endpoints_missing_from_the_graph() -> None:
    g = Graph()
    g.add_rel(Rel(RelType.OF_COUNTRY, (NodeLabel.Person, "p"), (NodeLabel.Country, "VNM")))
    sink = sink_graph(g)
    assert sink.nodes["Country:VNM"] == {"label": "VNM", "type": "Country", "uid": "VNM"}


def test_nx_rejects_a_property_named_type() -> None:
    g = Graph()
    g.add_node(Node(NodeLabel.Event, "e", {"type": "x"}))
    with pytest.raises(ExportError, match="reserved"):
        to_networkx(g)
