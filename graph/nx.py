"""The resolved `Graph` as a networkx `MultiDiGraph`, and back.

Two shapes:

- `to_networkx` keeps every property as it is (lists stay lists): the graph analysts load
  in Python and the one `node_link` JSON carries. `from_networkx` inverts it exactly.
- `sink_graph` carries the attributes `export.attrs` prepares for file sinks (typed
  scalars only, display `label`, `type`, `weight`, `year`) with ids unique over the whole
  file, which GraphML and GEXF readers such as yEd and igraph expect.

A node is `"<Label>:<id>"` (`"Country:VNM"`), so ids never collide across labels; a
parallel edge's key is `"<TYPE>:<key>"` (`"MET_WITH:<event id>"`).
"""

from __future__ import annotations

import hashlib
from typing import Any

import networkx as nx

from graph.errors import ExportError
from graph.export.attrs import edge_attrs, node_attrs, unify_types
from graph.types import Graph, Node, NodeLabel, NodeRef, Rel, RelType

# Attribute names `to_networkx` adds beside the properties.
NODE_TYPE = "type"
EDGE_TYPE = "type"


def node_id(ref: NodeRef) -> str:
    label, key = ref
    return f"{label.value}:{key}"


def parse_node_id(text: str) -> NodeRef:
    label, sep, key = text.partition(":")
    if not sep or label not in NodeLabel.__members__:
        raise ExportError(f"not a diplograph node id: {text!r} (expected 'Label:key')")
    return (NodeLabel(label), key)


def edge_key(rel: Rel) -> str:
    return f"{rel.type.value}:{rel.key}"


def edge_id(rel: Rel) -> str:
    """An id unique over the whole graph, safe as an XML token (GraphML/GEXF edge ids):
    the type, then a hash of both ends and the key (keys may hold free text)."""
    ends = "\x1f".join((node_id(rel.start), node_id(rel.end), rel.key))
    return f"{rel.type.value}-{hashlib.sha1(ends.encode('utf-8')).hexdigest()[:16]}"


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Every node and relationship with its properties untouched, plus `type`."""
    g = nx.MultiDiGraph()
    for node in graph.nodes.values():
        g.add_node(node_id(node.ref), **_with_type(node.props, node.label.value))
    for rel in graph.rels.values():
        g.add_edge(
            node_id(rel.start),
            node_id(rel.end),
            key=edge_key(rel),
            **_with_type(rel.props, rel.type.value),
        )
    return g


def _with_type(props: dict[str, Any], type_name: str) -> dict[str, Any]:
    if NODE_TYPE in props:
        raise ExportError(f"property name {NODE_TYPE!r} is reserved for the label/type")
    return {**props, NODE_TYPE: type_name}


def from_networkx(g: nx.MultiDiGraph) -> Graph:
    """The `Graph` that `to_networkx` was given (ids, keys and properties).

    Also reads a graph back from node-link JSON (`nx.node_link_graph(data, edges="edges")`).
    """
    graph = Graph()
    for nid, data in g.nodes(data=True):
        label, key = parse_node_id(str(nid))
        props = {k: v for k, v in data.items() if k != NODE_TYPE}
        # Node-link JSON stores the node id under "id", shadowing an `id` key property;
        # the schema gives every non-Country node that property, equal to its id.
        if label.key == "id":
            props.setdefault("id", key)
        graph.add_node(Node(label, key, props))
    for u, v, key, data in g.edges(keys=True, data=True):
        type_name, _, rel_key = str(key).partition(":")
        props = {k: val for k, val in data.items() if k != EDGE_TYPE}
        graph.add_rel(
            Rel(RelType(type_name), parse_node_id(str(u)), parse_node_id(str(v)), rel_key, props)
        )
    return graph


def sink_graph(graph: Graph) -> nx.MultiDiGraph:
    """The graph with sink-ready attributes only (see `graph.export.attrs`)."""
    nodes = {node_id(n.ref): node_attrs(n) for n in graph.nodes.values()}
    for rel in graph.rels.values():
        # An endpoint the store did not return still gets its label, type and uid.
        for ref in (rel.start, rel.end):
            nodes.setdefault(node_id(ref), node_attrs(Node(*ref)))
    edges = [(rel, edge_attrs(rel)) for rel in graph.rels.values()]
    unify_types(nodes.values())
    unify_types(attrs for _, attrs in edges)
    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes.items())
    for rel, attrs in edges:
        g.add_edge(node_id(rel.start), node_id(rel.end), key=edge_id(rel), **attrs)
    return g
