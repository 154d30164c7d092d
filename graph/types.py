"""The resolved graph: the one value every store and export receives.

Labels, keys and relationship types follow `shared/spec/graph-schema.md`. A node is known
by `(label, id)`; `id` is the key property's value (`iso3` for Country, `id` otherwise).
A relationship is known by `(type, start, end, key)`, where `key` separates parallel
relationships between the same two nodes (the Event id for MET_WITH, the level for
UPGRADED_TO …). Property values are JSON scalars or lists of strings; dates are ISO
strings (`date`: the fact's prefix, `dateStart`/`dateEnd`: full `YYYY-MM-DD` bounds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class NodeLabel(str, Enum):
    Country = "Country"
    Person = "Person"
    Office = "Office"
    Event = "Event"
    Article = "Article"

    @property
    def key(self) -> str:
        return "iso3" if self is NodeLabel.Country else "id"


class RelType(str, Enum):
    MET_WITH = "MET_WITH"
    UPGRADED_TO = "UPGRADED_TO"
    SIGNED = "SIGNED"
    HOLDS = "HOLDS"
    OF_COUNTRY = "OF_COUNTRY"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    REPORTED_IN = "REPORTED_IN"


NodeRef = tuple[NodeLabel, str]


@dataclass
class Node:
    label: NodeLabel
    id: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> NodeRef:
        return (self.label, self.id)


@dataclass
class Rel:
    type: RelType
    start: NodeRef
    end: NodeRef
    key: str = ""
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> tuple[RelType, NodeRef, NodeRef, str]:
        return (self.type, self.start, self.end, self.key)


@dataclass
class Graph:
    nodes: dict[NodeRef, Node] = field(default_factory=dict)
    rels: dict[tuple[RelType, NodeRef, NodeRef, str], Rel] = field(default_factory=dict)

    def add_node(self, node: Node) -> Node:
        self.nodes[node.ref] = node
        return node

    def add_rel(self, rel: Rel) -> Rel:
        self.rels[rel.ref] = rel
        return rel

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type, for summaries and tests."""
        out: dict[str, int] = {}
        for node in self.nodes.values():
            out[node.label.value] = out.get(node.label.value, 0) + 1
        for rel in self.rels.values():
            out[rel.type.value] = out.get(rel.type.value, 0) + 1
        return out
