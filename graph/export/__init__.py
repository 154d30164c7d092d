"""File exports of the resolved graph: GraphML, GEXF, node-link JSON, neo4j-admin CSV.

`export(graph, fmt, out)` is the one entry point the CLI calls; each format's module
also offers its writer directly (`write_graphml`, `write_gexf`, `write_node_link`,
`write_csv`).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from graph.errors import ExportError
from graph.types import Graph, NodeLabel, RelType


class ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"


def export(graph: Graph, fmt: ExportFormat, out: Path) -> str:
    """Write `graph` to `out` (a file, or a folder for csv); return a one-line summary.

    For csv the summary is the neo4j-admin import command.
    """
    from graph.export.csv import write_csv
    from graph.export.gexf import write_gexf
    from graph.export.graphml import write_graphml
    from graph.export.nodelink import write_node_link

    try:
        if fmt is ExportFormat.csv:
            return write_csv(graph, out)
        writer = {
            ExportFormat.graphml: write_graphml,
            ExportFormat.gexf: write_gexf,
            ExportFormat.json: write_node_link,
        }[fmt]
        out.parent.mkdir(parents=True, exist_ok=True)
        writer(graph, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return f"wrote {out}: {summary(graph)}"


def summary(graph: Graph) -> str:
    """ "27 nodes (5 Article, 14 Country …), 40 relationships (…)", or that it is empty."""
    if not graph.nodes and not graph.rels:
        return "the graph is empty (nothing stored yet?)"
    counts = graph.counts()
    labels = ", ".join(f"{counts[k.value]} {k.value}" for k in NodeLabel if k.value in counts)
    types = ", ".join(f"{counts[t.value]} {t.value}" for t in RelType if t.value in counts)
    return f"{len(graph.nodes)} nodes ({labels}), {len(graph.rels)} relationships ({types})"
