"""Round trips of every file export: write, read back with networkx and igraph, compare."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest

from graph.export import ExportFormat, export
from graph.export.attrs import RESERVED, edge_attrs, node_attrs
from graph.export.gexf import REL_TYPE
from graph.nx import edge_id, from_networkx, node_id
from graph.types import Graph, Node, Rel
from graph.types import NodeLabel as L
from graph.types import RelType as T

MAY = {"date": "2025-05", "dateStart": "2025-05-01", "dateEnd": "2025-05-31"}
SCALARS = (str, int, float, bool)
NMTOKEN = re.compile(r"[\w.:-]+")


def sample_graph() -> Graph:
    """Every label and relationship type, lists, None values and a dated/undated mix."""
    g = Graph()
    for iso, name in [("VNM", "Viet Nam"), ("USA", "United States"), ("KAZ", "Kazakhstan")]:
        g.add_node(Node(L.Country, iso, {"iso3": iso, "name": name}))
    g.add_node(
        Node(
            L.Person,
            "p1",
            {"id": "p1", "name": "To Lam", "aliases": ["Lam", "T. Lam"], "country": "VNM"},
        )
    )
    g.add_node(
        Node(
            L.Person,
            "p2",
            {"id": "p2", "name": "Kassym-Jomart Tokayev", "aliases": [], "country": "KAZ"},
        )
    )
    g.add_node(Node(L.Office, "o1", {"id": "o1", "title": "President", "country": "USA"}))
    g.add_node(Node(L.Event, "e1", {"id": "e1", "kind": "talks", **MAY, "place": None}))
    g.add_node(
        Node(
            L.Event,
            "e2",
            {
                "id": "e2",
                "kind": "signing",
                "date": "2025-05-13",
                "dateStart": "2025-05-13",
                "dateEnd": "2025-05-13",
                "title": "60 agreements",
            },
        )
    )
    g.add_node(Node(L.Article, "a1", {"id": "a1", "file": "004.txt", "published": "2025-05-13"}))
    g.add_node(Node(L.Article, "a2", {"id": "a2", "file": "001.txt", "published": None}))
    g.add_rel(
        Rel(
            T.MET_WITH,
            (L.Person, "p1"),
            (L.Person, "p2"),
            "e1",
            {
                **MAY,
                "kind": "talks",
                "event": "e1",
                "articles": ["a1", "a2"],
                "evidence": 'To Lam held "talks"; then, dinner',
            },
        )
    )
    g.add_rel(
        Rel(
            T.MET_WITH,
            (L.Person, "p1"),
            (L.Office, "o1"),
            "e9",
            {
                "date": None,
                "dateStart": None,
                "dateEnd": None,
                "kind": "phone_call",
                "event": "e9",
                "articles": ["a2"],
                "evidence": "a call",
            },
        )
    )
    g.add_rel(
        Rel(
            T.UPGRADED_TO,
            (L.Country, "VNM"),
            (L.Country, "USA"),
            "diplomatic_relations",
            {
                "level": "diplomatic_relations",
                "rank": 0,
                "label": "normalised relations",
                "date": "1995",
                "dateStart": "1995-01-01",
                "dateEnd": "1995-12-31",
                "articles": ["a2"],
                "evidence": "normalised relations in 1995",
            },
        )
    )
    g.add_rel(
        Rel(
            T.SIGNED,
            (L.Country, "VNM"),
            (L.Event, "e2"),
            "e2",
            {"date": "2025-05-13", "articles": ["a1"], "evidence": "signed 60"},
        )
    )
    g.add_rel(
        Rel(T.HOLDS, (L.Person, "p1"), (L.Office, "o1"), "", {"asOf": "2025", "articles": ["a1"]})
    )
    g.add_rel(Rel(T.OF_COUNTRY, (L.Person, "p1"), (L.Country, "VNM")))
    g.add_rel(
        Rel(
            T.PARTICIPATED_IN,
            (L.Country, "KAZ"),
            (L.Event, "e2"),
            "signatory",
            {"role": "signatory"},
        )
    )
    g.add_rel(Rel(T.REPORTED_IN, (L.Event, "e1"), (L.Article, "a1")))
    return g


@pytest.fixture
def graph() -> Graph:
    return sample_graph()


def _write(graph: Graph, fmt: ExportFormat, tmp_path: Path) -> Path:
    out = tmp_path / f"graph.{fmt.value}"
    export(graph, fmt, out)
    return out


def _assert_sink_values(attrs: dict) -> None:
    for name, value in attrs.items():
        assert isinstance(value, SCALARS), (name, value)
        assert value is not None
        assert not name.startswith("prop_") or name[5:] in RESERVED


# ── GraphML ──────────────────────────────────────────────────────────────────────────


def test_export_graphml_reads_back_in_networkx(graph: Graph, tmp_path: Path) -> None:
    back = nx.read_graphml(_write(graph, ExportFormat.graphml, tmp_path), force_multigraph=True)
    assert back.number_of_nodes() == len(graph.nodes)
    assert back.number_of_edges() == len(graph.rels)
    to_lam = back.nodes["Person:p1"]
    assert to_lam == {
        "label": "To Lam",
        "type": "Person",
        "uid": "p1",
        "name": "To Lam",
        "aliases": "Lam; T. Lam",
        "country": "VNM",
    }
    assert back.nodes["Office:o1"]["label"] == "President (USA)"
    assert back.nodes["Event:e1"]["year"] == 2025
    assert "place" not in back.nodes["Event:e1"]  # None is left out, not written as "None"
    talks = back.edges["Person:p1", "Person:p2", edge_id(graph_rel(graph, T.MET_WITH, "e1"))]
    assert talks["type"] == "MET_WITH"
    assert talks["weight"] == 2
    assert talks["articles"] == "a1; a2"
    assert talks["dateStart"] == "2025-05-01"
    assert talks["evidence"] == 'To Lam held "talks"; then, dinner'
    for _, data in back.nodes(data=True):
        _assert_sink_values(data)
        assert {"label", "type", "uid"} <= set(data)
    for _, _, data in back.edges(data=True):
        _assert_sink_values(data)
        assert isinstance(data["weight"], int) and {"type", "label"} <= set(data)


def graph_rel(graph: Graph, rel_type: T, key: str) -> Rel:
    return next(r for r in graph.rels.values() if r.type is rel_type and r.key == key)


def test_export_graphml_reads_back_in_igraph(graph: Graph, tmp_path: Path) -> None:
    back = igraph.Graph.Read_GraphML(str(_write(graph, ExportFormat.graphml, tmp_path)))
    assert back.is_directed()
    assert back.vcount() == len(graph.nodes)
    assert back.ecount() == len(graph.rels)
    # igraph keeps the XML node id in `id`: no data key may be called `id` as well.
    assert sorted(back.vs["id"]) == sorted(node_id(ref) for ref in graph.nodes)
    assert back.vs.find(id="Country:VNM")["label"] == "Viet Nam"
    assert sorted(set(back.vs["type"])) == ["Article", "Country", "Event", "Office", "Person"]
    upgrade = back.es.find(type="UPGRADED_TO")
    assert (upgrade["label"], upgrade["rank"], upgrade["year"]) == ("normalised relations", 0, 1995)
    assert back.vs[upgrade.source]["id"] == "Country:VNM"
    assert sorted(back.es["type"]) == sorted(r.type.value for r in graph.rels.values())
    assert all(w >= 1 for w in back.es["weight"])


def test_export_graphml_declares_only_typed_scalar_keys(graph: Graph, tmp_path: Path) -> None:
    root = ET.parse(_write(graph, ExportFormat.graphml, tmp_path)).getroot()
    keys = root.findall("{http://graphml.graphdrawing.org/xmlns}key")
    declared = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert set(declared.values()) <= {"string", "int", "long", "double", "boolean"}
    assert ("node", "id") not in declared and ("edge", "id") not in declared
    assert declared[("edge", "weight")] in {"int", "long"}
    assert declared[("node", "year")] in {"int", "long"}


def test_export_graphml_ids_are_unique_xml_tokens(graph: Graph, tmp_path: Path) -> None:
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(_write(graph, ExportFormat.graphml, tmp_path)).getroot()
    keys = {k.get("id"): k.get("for") for k in root.iter(f"{ns}key")}
    assert len(keys) == len(list(root.iter(f"{ns}key")))  # XML IDs never repeat
    assert not {"d3", "d7"} & set(keys)  # Gephi reads those ids as yEd's labels
    for scope in ("node", "edge"):
        for element in root.iter(f"{ns}{scope}"):
            assert NMTOKEN.fullmatch(element.get("id", "")), element.get("id")
            assert all(keys[d.get("key")] == scope for d in element.findall(f"{ns}data"))


# ── GEXF ─────────────────────────────────────────────────────────────────────────────


def test_export_gexf_carries_time_bounds_of_dated_facts(graph: Graph, tmp_path: Path) -> None:
    back = nx.read_gexf(_write(graph, ExportFormat.gexf, tmp_path))
    assert back.graph["mode"] == "dynamic"
    assert back.number_of_nodes() == len(graph.nodes)
    assert back.number_of_edges() == len(graph.rels)
    by_id = {data["id"]: data for _, _, data in back.edges(data=True)}
    for rel in graph.rels.values():
        data = by_id[edge_id(rel)]
        assert data[REL_TYPE] == rel.type.value
        assert data["weight"] >= 1
        if rel.type is T.UPGRADED_TO:
            assert (data["start"], data.get("end")) == ("1995-01-01", None)  # the pair's latest
        elif rel.props.get("dateStart"):
            assert (data["start"], data["end"]) == (rel.props["dateStart"], rel.props["dateEnd"])
        elif rel.props.get("date") is None:
            assert "start" not in data and "end" not in data  # undated facts stay static
    signed = by_id[edge_id(graph_rel(graph, T.SIGNED, "e2"))]
    assert (signed["start"], signed["end"]) == ("2025-05-13", "2025-05-13")  # from `date`
    assert (back.nodes["Event:e1"]["start"], back.nodes["Event:e1"]["end"]) == (
        "2025-05-01",
        "2025-05-31",
    )
    assert "start" not in back.nodes["Country:VNM"]


def test_export_gexf_partnership_levels_last_until_the_next(graph: Graph, tmp_path: Path) -> None:
    """Playing the timeline shows each pair at the level it had then: a level lasts
    until the day before the pair's next one, the latest stays open, an undated one is
    always there, and a level of another pair is not cut short by this pair's."""
    for level, rank, date, pair in [
        ("comprehensive_partnership", 3, "2013-07", ("USA", "VNM")),
        ("comprehensive_strategic_partnership", 5, "2023-09-10", ("VNM", "USA")),
        ("strategic_partnership", 4, None, ("VNM", "USA")),
        ("strategic_partnership", 4, "2001", ("VNM", "RUS")),
    ]:
        graph.add_rel(
            Rel(T.UPGRADED_TO, (L.Country, pair[0]), (L.Country, pair[1]), level,
                {"level": level, "rank": rank, "date": date, "articles": ["a1"]})
        )  # fmt: skip
    graph.add_node(Node(L.Country, "RUS", {"name": "Russia"}))
    back = nx.read_gexf(_write(graph, ExportFormat.gexf, tmp_path))
    keys = {edge_id(r): r.key for r in graph.rels.values()}
    by_level = {
        (u, v, keys[data["id"]]): (data.get("start"), data.get("end"))
        for u, v, data in back.edges(data=True)
        if data[REL_TYPE] == "UPGRADED_TO"
    }
    assert by_level == {
        ("Country:VNM", "Country:USA", "diplomatic_relations"): ("1995-01-01", "2013-06-30"),
        ("Country:USA", "Country:VNM", "comprehensive_partnership"): ("2013-07-01", "2023-09-09"),
        ("Country:VNM", "Country:USA", "comprehensive_strategic_partnership"): ("2023-09-10", None),
        ("Country:VNM", "Country:USA", "strategic_partnership"): (None, None),
        ("Country:VNM", "Country:RUS", "strategic_partnership"): ("2001-01-01", None),
    }


def test_export_gexf_uses_date_timeformat(graph: Graph, tmp_path: Path) -> None:
    root = ET.parse(_write(graph, ExportFormat.gexf, tmp_path)).getroot()
    element = root.find("{http://www.gexf.net/1.2draft}graph")
    assert element is not None
    assert (element.get("mode"), element.get("timeformat")) == ("dynamic", "date")
    edge_types = {e.get("type") for e in root.iter("{http://www.gexf.net/1.2draft}edge")}
    assert edge_types <= {None, "directed", "undirected", "mutual"}


# ── node-link JSON ───────────────────────────────────────────────────────────────────


def test_export_json_reads_back_with_node_link_graph(graph: Graph, tmp_path: Path) -> None:
    data = json.loads(_write(graph, ExportFormat.json, tmp_path).read_text(encoding="utf-8"))
    back = from_networkx(nx.node_link_graph(data, edges="edges"))
    assert back.nodes == graph.nodes
    assert back.rels == graph.rels


# ── neo4j-admin CSV ──────────────────────────────────────────────────────────────────


def _read_csv(path: Path) -> list[list[str]]:
    import csv

    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_export_csv_headers_follow_neo4j_admin(graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    command = export(graph, ExportFormat.csv, out)
    person = _read_csv(out / "Person.csv")
    assert person[0] == [
        "id:ID(Person)",
        ":LABEL",
        "name:string",
        "aliases:string[]",
        "country:string",
    ]
    assert person[1] == ["p1", "Person", "To Lam", "Lam;T. Lam", "VNM"]
    country = _read_csv(out / "Country.csv")
    assert country[0] == ["iso3:ID(Country)", ":LABEL", "name:string"]
    upgrade = _read_csv(out / "UPGRADED_TO__Country__Country.csv")
    assert upgrade[0][:3] == [":START_ID(Country)", ":END_ID(Country)", ":TYPE"]
    assert {
        "rank:int",
        "dateStart:date",
        "dateEnd:date",
        "date:string",
        "articles:string[]",
    } <= set(upgrade[0])
    met = _read_csv(out / "MET_WITH__Person__Office.csv")
    assert met[1][:3] == ["p1", "o1", "MET_WITH"]
    assert met[1][met[0].index("dateStart:date")] == ""  # no value → no property
    assert "--nodes=" + str(out / "Person.csv") in command
    assert "--relationships=" + str(out / "MET_WITH__Person__Person.csv") in command
    assert command.startswith("neo4j-admin database import full")
    assert (out / "IMPORT.txt").read_text(encoding="utf-8").strip() == command


def test_export_csv_has_one_row_per_node_and_relationship(graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export(graph, ExportFormat.csv, out)
    files = sorted(out.glob("*.csv"))
    rows = {f.stem: len(_read_csv(f)) - 1 for f in files}
    labels = {label.value for label in L}
    assert sum(n for stem, n in rows.items() if stem in labels) == len(graph.nodes)
    assert sum(n for stem, n in rows.items() if stem not in labels) == len(graph.rels)


def test_export_summary_counts_labels_and_types(graph: Graph, tmp_path: Path) -> None:
    line = export(graph, ExportFormat.json, tmp_path / "g.json")
    assert line == (
        f"wrote {tmp_path / 'g.json'}: 10 nodes (3 Country, 2 Person, 1 Office, 2 Event, "
        "2 Article), 8 relationships (2 MET_WITH, 1 UPGRADED_TO, 1 SIGNED, 1 HOLDS, "
        "1 OF_COUNTRY, 1 PARTICIPATED_IN, 1 REPORTED_IN)"
    )
    assert export(Graph(), ExportFormat.json, tmp_path / "e.json").endswith(
        "the graph is empty (nothing stored yet?)"
    )


def test_export_graphml_igraph_sees_every_node_and_edge_of_the_source(
    graph: Graph, tmp_path: Path
) -> None:
    back = igraph.Graph.Read_GraphML(str(_write(graph, ExportFormat.graphml, tmp_path)))
    vertices = {v["id"]: v.attributes() for v in back.vs}
    for node in graph.nodes.values():
        attrs = vertices[node_id(node.ref)]
        expected = node_attrs(node)
        assert {k: attrs[k] for k in expected} == expected

    # igraph does not keep GraphML edge ids reliably: match edges by ends and attributes.
    def shape(source: str, target: str, attrs: dict) -> tuple:
        # igraph fills a missing string with "" and a missing number with NaN.
        present = {
            k: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
            for k, v in attrs.items()
            if k != "id" and v not in ("", None) and v == v
        }
        return (source, target, sorted(present.items(), key=str))

    read = [
        shape(back.vs[e.source]["id"], back.vs[e.target]["id"], e.attributes()) for e in back.es
    ]
    written = [shape(node_id(r.start), node_id(r.end), edge_attrs(r)) for r in graph.rels.values()]
    assert sorted(read, key=str) == sorted(written, key=str)


def test_export_gexf_nodes_and_edges_match_the_source(graph: Graph, tmp_path: Path) -> None:
    back = nx.read_gexf(_write(graph, ExportFormat.gexf, tmp_path))
    for node in graph.nodes.values():
        data = back.nodes[node_id(node.ref)]
        expected = node_attrs(node)
        assert {k: data[k] for k in expected} == expected
    by_id = {d["id"]: (u, v, d) for u, v, d in back.edges(data=True)}
    for rel in graph.rels.values():
        u, v, data = by_id[edge_id(rel)]
        assert (u, v) == (node_id(rel.start), node_id(rel.end))
        expected = edge_attrs(rel)
        expected[REL_TYPE] = expected.pop("type")
        assert {k: data[k] for k in expected} == expected
