"""One function shapes node and edge attributes for every file sink.

GraphML (Gephi, igraph, yEd) and GEXF accept only typed scalars: string, int, double,
boolean. A property value is therefore prepared once, here, the way networkx
`readwrite/graphml.py` expects it:

- `None` is left out (a missing attribute, not the string "None");
- lists are joined with "; " (aliases, article ids);
- dicts become their JSON text; dates become ISO strings;
- every node gets `label` (display name), `type` (its label: Country, Person …) and `uid`
  (its schema key: ISO3 code or content id); every edge gets `type`, a numeric `weight`
  (articles reporting it) and a `label`;
- a dated element also gets a numeric `year`, so Gephi can filter and colour by it;
- property names that a sink reserves (`id`, and the names above) are kept under a
  `prop_` prefix instead of silently overwriting or being overwritten.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from graph.types import Node, NodeLabel, Rel

Scalar = str | int | float | bool

LIST_SEPARATOR = "; "
# Names a sink gives its own meaning: XML ids, display label, element type, edge weight,
# the networkx multigraph `key`, our own `uid`/`year`; networkx's GEXF writer takes
# `start`/`end`/`pid`/`viz`/`parents`/`spells`/`slices`; Gephi's GraphML reader takes
# position, size and colour names as drawing properties.
RESERVED = frozenset(
    {"id", "label", "type", "key", "weight", "uid", "year"}
    | {"start", "end", "pid", "viz", "parents", "spells", "slices"}
    | {"x", "y", "z", "xpos", "ypos", "size", "r", "g", "b", "edgelabel", "edgeid"}
)


def scalar(value: Any) -> Scalar | None:
    """The value as a typed scalar a GraphML/GEXF sink accepts, or None to leave it out."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return LIST_SEPARATOR.join(str(scalar(v)) for v in items if v is not None)
    return str(value)


def year_of(value: Any) -> int | None:
    """The year of an ISO date prefix ("2025", "2025-05", "2025-05-13") or date value."""
    if isinstance(value, (date, datetime)):
        return value.year
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def _props(props: Mapping[str, Any], skip: Iterable[str] = ()) -> dict[str, Scalar]:
    out: dict[str, Scalar] = {}
    skipped = set(skip)
    for name, value in props.items():
        if name in skipped:
            continue
        prepared = scalar(value)
        if prepared is not None:
            out[f"prop_{name}" if name in RESERVED else name] = prepared
    return out


def date_bounds(props: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """First and last day a fact may fall on: `dateStart`/`dateEnd`, else from `date`."""
    start, end = scalar(props.get("dateStart")), scalar(props.get("dateEnd"))
    if start or end:
        return (str(start) if start else None, str(end) if end else None)
    prefix = scalar(props.get("date"))
    if not isinstance(prefix, str) or not prefix[:4].isdigit():
        return (None, None)
    return _prefix_bounds(prefix)


def _prefix_bounds(prefix: str) -> tuple[str, str]:
    parts = prefix.split("-")
    if len(parts) >= 3:
        return (prefix[:10], prefix[:10])
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return (f"{prefix[:7]}-01", f"{prefix[:7]}-{last:02d}")
    return (f"{parts[0]}-01-01", f"{parts[0]}-12-31")


def display_name(node: Node) -> str:
    """What Gephi shows on the node: a name, a title, or the key as a last resort."""
    p = node.props
    if node.label is NodeLabel.Office and p.get("title"):
        return f"{p['title']} ({p['country']})" if p.get("country") else str(p["title"])
    if node.label is NodeLabel.Event and not p.get("title"):
        return " ".join(str(p[k]) for k in ("kind", "date") if p.get(k)) or node.id
    for name in ("name", "title", "file"):
        if p.get(name):
            return str(p[name])
    return node.id


def article_count(rel: Rel) -> int:
    """How many articles report the relationship (at least 1: it was reported once)."""
    articles = rel.props.get("articles")
    if isinstance(articles, (list, tuple, set, frozenset)):
        return max(1, len(articles))
    return 1


def node_attrs(node: Node) -> dict[str, Scalar]:
    """Sink-ready attributes of a node (see the module docstring)."""
    # The key property repeats the node's own id; it is written once, as `uid`.
    skip = [node.label.key] if node.props.get(node.label.key) == node.id else []
    out = _props(node.props, skip)
    out.update(label=display_name(node), type=node.label.value, uid=node.id)
    year = year_of(node.props.get("date") or node.props.get("published"))
    if year is not None:
        out["year"] = year
    return out


def edge_attrs(rel: Rel) -> dict[str, Scalar]:
    """Sink-ready attributes of a relationship (see the module docstring)."""
    # UPGRADED_TO carries the text's own wording in `label`; it is the natural edge label.
    own_label = rel.props.get("label")
    out = _props(rel.props, ["label"] if isinstance(own_label, str) else [])
    out.update(
        type=rel.type.value,
        weight=article_count(rel),
        label=own_label if isinstance(own_label, str) and own_label else rel.type.value,
    )
    year = year_of(rel.props.get("date"))
    if year is not None:
        out["year"] = year
    return out


def unify_types(rows: Iterable[dict[str, Scalar]]) -> None:
    """Make each attribute name one type across rows (GraphML declares one type per key).

    A name seen with mixed types is written as text everywhere; ints mixed with floats
    become floats.
    """
    rows = list(rows)
    kinds: dict[str, set[type]] = {}
    for row in rows:
        for name, value in row.items():
            kinds.setdefault(name, set()).add(type(value))
    for name, seen in kinds.items():
        if len(seen) < 2:
            continue
        cast: type = float if seen <= {int, float} else str
        for row in rows:
            if name in row:
                row[name] = cast(row[name])
