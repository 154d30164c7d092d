"""GraphML for Gephi, yEd and igraph: typed scalar attributes only (see `attrs`).

networkx writes the file; its `<key>` ids are then made unique per scope (`node.label`,
`edge.label`): GraphML declares key ids as XML IDs, which must not repeat, and Gephi
gives the default ids `d3`/`d7` that networkx would otherwise use yEd's meaning (node and
edge label). Gephi matches `label` and `weight` by the key's `attr.name` as well, so
labels and weights still land where they belong.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from graph.nx import sink_graph
from graph.types import Graph

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def write_graphml(graph: Graph, path: Path) -> None:
    """Write `graph` as GraphML; every node has `label`/`type`, every edge `type`/`weight`."""
    buffer = io.BytesIO()
    nx.write_graphml(sink_graph(graph), buffer, named_key_ids=True)
    root = ET.fromstring(buffer.getvalue())
    scope_key_ids(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def scope_key_ids(root: ET.Element) -> None:
    """Rename every key id to `<for>.<attr.name>` and point each `<data>` at it."""
    for key in root.iter(f"{{{NS}}}key"):
        key.set("id", f"{key.get('for')}.{key.get('attr.name')}")
    for scope in ("node", "edge", "graph"):
        for element in root.iter(f"{{{NS}}}{scope}"):
            for data in element.findall(f"{{{NS}}}data"):
                data.set("key", f"{scope}.{data.get('key')}")


ET.register_namespace("", NS)
ET.register_namespace("xsi", XSI)
