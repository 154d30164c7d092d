"""CSV files for `neo4j-admin database import full`, the bulk loader for large graphs.

One node file per label (`Country.csv` …) whose first column is the schema key with the
label's own id space (`iso3:ID(Country)`, `id:ID(Person)`), then `:LABEL` and typed
property columns (`rank:int`, `aliases:string[]`, `dateStart:date`); one relationship
file per type and endpoint labels (`MET_WITH__Person__Office.csv`) with
`:START_ID(Person)`, `:END_ID(Office)`, `:TYPE` and typed properties. `write_csv`
returns the exact import command, which is also saved as `IMPORT.txt` in the folder.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from graph.errors import ExportError
from graph.types import Graph, Node, NodeLabel, NodeRef, Rel

# Columns holding real calendar dates (facts' `date` is an ISO *prefix* and stays text).
DATE_COLUMNS = frozenset({"dateStart", "dateEnd"})
ARRAY_DELIMITERS = (";", "|", "¦")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SCALAR_TYPES = {bool: "boolean", int: "int", float: "double", str: "string"}
IMPORT_FILE = "IMPORT.txt"


def column_type(name: str, values: Iterable[Any]) -> str:
    """The neo4j-admin type of a property column, from the values it holds."""
    present = [v for v in values if v is not None]
    if name in DATE_COLUMNS and all(_is_full_date(v) for v in present):
        return "date"
    if present and all(isinstance(v, (list, tuple)) for v in present):
        items = [i for v in present for i in v]
        kind = _scalar_kind(items) if items else "string"
        return f"{kind}[]"
    return _scalar_kind(present)


def _is_full_date(value: Any) -> bool:
    return isinstance(value, date) or (isinstance(value, str) and bool(_FULL_DATE.match(value)))


def _scalar_kind(values: list[Any]) -> str:
    kinds = {_SCALAR_TYPES.get(type(v), "string") for v in values}
    if kinds == {"int", "double"}:
        return "double"
    return kinds.pop() if len(kinds) == 1 else "string"


def _cell(value: Any, array_delimiter: str) -> Any:
    if value is None:
        return None  # an empty field: neo4j-admin sets no property
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return array_delimiter.join(str(_cell(v, array_delimiter)) for v in value)
    return value


def array_delimiter(graph: Graph) -> str:
    """The first delimiter that no list item contains, so arrays split back exactly."""
    items = [
        str(item)
        for props in _all_props(graph)
        for value in props.values()
        if isinstance(value, (list, tuple))
        for item in value
    ]
    for candidate in ARRAY_DELIMITERS:
        if not any(candidate in item for item in items):
            return candidate
    raise ExportError(f"every array delimiter {ARRAY_DELIMITERS} occurs inside a list value")


def _all_props(graph: Graph) -> Iterable[dict[str, Any]]:
    yield from (n.props for n in graph.nodes.values())
    yield from (r.props for r in graph.rels.values())


def _property_columns(props_rows: list[dict[str, Any]], skip: str = "") -> list[tuple[str, str]]:
    names: list[str] = []
    for props in props_rows:
        names.extend(n for n in props if n not in names and n != skip)
    return [(n, column_type(n, (p.get(n) for p in props_rows))) for n in names]


def node_table(label: NodeLabel, nodes: list[Node], delim: str) -> tuple[list[str], list[list]]:
    """Header and rows of one label's node file."""
    columns = _property_columns([n.props for n in nodes], skip=label.key)
    header = [f"{label.key}:ID({label.value})", ":LABEL"]
    header += [f"{name}:{kind}" for name, kind in columns]
    rows = [
        [node.id, label.value] + [_cell(node.props.get(name), delim) for name, _ in columns]
        for node in nodes
    ]
    return header, rows


def rel_table(group: tuple[str, NodeLabel, NodeLabel], rels: list[Rel], delim: str):
    """Header and rows of one (type, start label, end label) relationship file."""
    type_name, start_label, end_label = group
    columns = _property_columns([r.props for r in rels])
    header = [f":START_ID({start_label.value})", f":END_ID({end_label.value})", ":TYPE"]
    header += [f"{name}:{kind}" for name, kind in columns]
    rows = [
        [rel.start[1], rel.end[1], type_name]
        + [_cell(rel.props.get(name), delim) for name, _ in columns]
        for rel in rels
    ]
    return header, rows


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def _nodes_by_label(graph: Graph) -> dict[NodeLabel, list[Node]]:
    groups: dict[NodeLabel, list[Node]] = defaultdict(list)
    for node in graph.nodes.values():
        groups[node.label].append(node)
    return groups


def _rels_by_group(graph: Graph) -> dict[tuple[str, NodeLabel, NodeLabel], list[Rel]]:
    groups: dict[tuple[str, NodeLabel, NodeLabel], list[Rel]] = defaultdict(list)
    for rel in graph.rels.values():
        groups[(rel.type.value, rel.start[0], rel.end[0])].append(rel)
    return groups


def _missing_endpoints(graph: Graph) -> set[NodeRef]:
    return {ref for r in graph.rels.values() for ref in (r.start, r.end)} - set(graph.nodes)


def write_csv(graph: Graph, folder: Path, database: str = "neo4j") -> str:
    """Write the node and relationship files into `folder`; return the import command."""
    missing = _missing_endpoints(graph)
    if missing:
        # neo4j-admin would drop (or fail on) these relationships; say so instead.
        raise ExportError(f"{len(missing)} relationship endpoints are not in the graph")
    folder.mkdir(parents=True, exist_ok=True)
    delim = array_delimiter(graph)
    node_files, rel_files = [], []
    for label, nodes in sorted(_nodes_by_label(graph).items()):
        node_files.append(folder / f"{label.value}.csv")
        _write(node_files[-1], *node_table(label, nodes, delim))
    for group, rels in sorted(_rels_by_group(graph).items()):
        rel_files.append(folder / f"{group[0]}__{group[1].value}__{group[2].value}.csv")
        _write(rel_files[-1], *rel_table(group, rels, delim))
    command = import_command(node_files, rel_files, delim, database)
    (folder / IMPORT_FILE).write_text(command + "\n", encoding="utf-8")
    return command


def import_command(nodes: list[Path], rels: list[Path], delim: str, database: str) -> str:
    """The `neo4j-admin database import full` line loading these files (Neo4j 5)."""
    parts = ["neo4j-admin database import full", f"--array-delimiter='{delim}'"]
    # No --overwrite-destination: replacing an existing database is the user's call.
    parts += ["--multiline-fields=true"]
    parts += [f"--nodes={p}" for p in nodes] + [f"--relationships={p}" for p in rels]
    return " \\\n  ".join(parts + [database])
