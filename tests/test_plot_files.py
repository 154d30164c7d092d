"""`--plot` pictures: real PNG files drawn without a display."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib.image
import pytest

from graph.analyze import (
    Activity,
    LadderStep,
    Timeline,
    centrality,
    country_graph,
    period,
)
from graph.plot import period_date, plot_network, plot_timeline
from graph.types import Graph, Node, NodeLabel, Rel, RelType

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _step(pair: str, level: str, rank: int, when: str | None) -> LadderStep:
    return LadderStep(pair, level, rank, level, when, ["001.txt"], ["…"])


def _assert_png(path: Path) -> None:
    assert path.read_bytes()[:8] == PNG_MAGIC
    height, width, _ = matplotlib.image.imread(path).shape
    assert height > 200 and width > 200


def test_plot_timeline_writes_a_png(tmp_path: Path) -> None:
    tl = Timeline(
        ladder=[
            _step("USA–VNM", "diplomatic_relations", 0, "1995"),
            _step("USA–VNM", "comprehensive_partnership", 1, "2013"),
            _step("USA–VNM", "comprehensive_strategic_partnership", 3, "2023-09"),
            _step("CHN–VNM", "comprehensive_strategic_partnership", 3, None),
        ],
        activity=[Activity("2023-09", 2, 1), Activity("2024", 1, 0), Activity("undated", 3, 0)],
    )
    out = tmp_path / "timeline.png"
    plot_timeline(tl, out)
    _assert_png(out)


def test_plot_timeline_of_nothing_still_draws(tmp_path: Path) -> None:
    out = tmp_path / "empty.png"
    plot_timeline(Timeline([], []), out)
    _assert_png(out)


def test_plot_network_writes_a_png(tmp_path: Path) -> None:
    g = Graph()
    C = NodeLabel.Country
    for a, b in [("VNM", "USA"), ("VNM", "KAZ"), ("USA", "KAZ")]:
        g.add_rel(Rel(RelType.UPGRADED_TO, (C, a), (C, b), "x", {"articles": ["a"]}))
    projection = country_graph(g)
    out = tmp_path / "network.png"
    plot_network(projection, centrality(projection), out)
    _assert_png(out)


@pytest.mark.parametrize(
    ("text", "when"), [("2025-05", date(2025, 5, 1)), ("1995", date(1995, 7, 1)), ("undated", None)]
)
def test_plot_period_date_places_periods(text: str, when: date | None) -> None:
    assert period_date(period(text) if text != "undated" else text) == when


def test_plot_network_of_an_unknown_folder_is_an_export_error(tmp_path: Path) -> None:
    from graph.errors import ExportError

    projection = country_graph(Graph())
    with pytest.raises(ExportError, match="cannot write"):
        plot_network(projection, [], tmp_path / "missing" / "x.png")


def test_plot_node_labels_are_names_for_persons() -> None:
    from graph.plot import _labels

    g = Graph()
    g.add_node(Node(NodeLabel.Person, "p", {"name": "To Lam", "country": "VNM"}))
    g.add_node(Node(NodeLabel.Person, "q", {"name": "Joe Biden", "country": "USA"}))
    g.add_rel(Rel(RelType.MET_WITH, (NodeLabel.Person, "p"), (NodeLabel.Person, "q"), "e"))
    from graph.analyze import person_graph

    assert _labels(person_graph(g).graph) == {"Person:p": "To Lam", "Person:q": "Joe Biden"}
