"""Pictures for `analyze --plot`: a timeline chart and the country network.

Drawn on bare matplotlib `Figure`s with the Agg canvas, so nothing needs a display and
no global pyplot state is touched.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from graph.analyze import UNDATED, CentralityRow, Projection, Timeline
from graph.errors import ExportError

LEVEL_NAMES = {
    0: "diplomatic relations",
    1: "comprehensive partnership",
    2: "strategic partnership",
    3: "comprehensive strategic partnership",
}
MIN_NODE_SIZE, MAX_NODE_SIZE = 200.0, 2500.0
PAIR_SPREAD = 0.06
LAYOUT_SEED = 7  # the same graph always gets the same picture


def period_date(period: str) -> date | None:
    """Where a period sits on the time axis: a month's first day, a year's middle."""
    if period == UNDATED:
        return None
    if len(period) >= 7:
        return date(int(period[:4]), int(period[5:7]), 1)
    return date(int(period[:4]), 7, 1)


def _save(fig: Figure, path: Path) -> None:
    FigureCanvasAgg(fig)
    try:
        fig.savefig(path, dpi=110, bbox_inches="tight")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def plot_timeline(tl: Timeline, path: Path, title: str = "Partnership ladder") -> None:
    """Ladder steps (one line per country pair) above meeting/signing counts per period."""
    fig = Figure(figsize=(11, 7.5))
    ladder_ax, count_ax = fig.subplots(2, 1, height_ratios=[3, 2])
    undated = _draw_ladder(ladder_ax, tl)
    _draw_activity(count_ax, tl)
    suffix = f" ({undated} undated steps not drawn)" if undated else ""
    ladder_ax.set_title(title + suffix)
    fig.tight_layout()
    _save(fig, path)


def _ladder_points(tl: Timeline) -> tuple[dict[str, list[tuple[date, int, str]]], int]:
    pairs: dict[str, list[tuple[date, int, str]]] = {}
    undated = 0
    for step in tl.ladder:
        when = period_date(step.date[:7]) if step.date else None
        if when is None or step.rank is None or step.rank < 0:
            undated += 1
            continue
        pairs.setdefault(step.pair, []).append((when, step.rank, step.date or ""))
    return {pair: sorted(steps) for pair, steps in sorted(pairs.items())}, undated


def _draw_ladder(ax: Axes, tl: Timeline) -> int:
    pairs, undated = _ladder_points(tl)
    if pairs:
        last = max(when for steps in pairs.values() for when, _, _ in steps)
        right = date(last.year + 2, 1, 1)  # each line runs on at its last level
        labelled: set[tuple[date, int]] = set()
        for i, (pair, steps) in enumerate(pairs.items()):
            # Pairs on the same level would hide each other: spread them a little.
            lift = (i - (len(pairs) - 1) / 2) * PAIR_SPREAD
            xs = [float(date2num(when)) for when, _, _ in steps] + [float(date2num(right))]
            ys = [rank + lift for _, rank, _ in steps] + [steps[-1][1] + lift]
            ax.step(xs, ys, where="post", label=pair)
            ax.plot(xs[:-1], ys[:-1], "o", color=ax.lines[-1].get_color())
            for when, rank, text in steps:
                if (when, rank) not in labelled:
                    labelled.add((when, rank))
                    where = (float(date2num(when)), rank)
                    ax.annotate(text, where, textcoords="offset points", xytext=(3, 8), fontsize=7)
        ax.xaxis_date()
        ax.legend(fontsize=7, loc="upper left", ncols=2)
    ax.set_yticks(list(LEVEL_NAMES), [LEVEL_NAMES[r] for r in LEVEL_NAMES], fontsize=8)
    ax.set_ylim(-0.5, 3.6)
    ax.grid(True, alpha=0.3)
    return undated


def _draw_activity(ax: Axes, tl: Timeline) -> None:
    # Periods as categories: a month-wide bar is invisible on an axis spanning decades.
    labels = [a.period for a in tl.activity]
    meetings = [a.meetings for a in tl.activity]
    signings = [a.signings for a in tl.activity]
    positions = list(range(len(labels)))
    ax.bar(positions, meetings, label="meetings")
    ax.bar(positions, signings, bottom=meetings, label="signings")
    ax.set_xticks(positions, labels, rotation=45, ha="right", fontsize=8)
    ax.margins(y=0.12)  # room above the tallest bar for the legend
    ax.set_ylim(bottom=0)
    ax.set_ylabel("meetings and signings")
    ax.set_title("per month (or year, when only the year is known)", fontsize=9)
    ax.legend(fontsize=7, loc="upper left")
    ax.grid(True, axis="y", alpha=0.3)


def plot_network(
    projection: Projection,
    rows: list[CentralityRow],
    path: Path,
    title: str = "Country network (node size: PageRank)",
) -> None:
    """The projected graph, node size by PageRank and edge width by weight."""
    g = projection.graph
    fig = Figure(figsize=(9, 9))
    ax = fig.subplots()
    ax.set_title(title)
    ax.set_axis_off()
    if g.number_of_nodes():
        pos = nx.spring_layout(g, weight="weight", seed=LAYOUT_SEED)
        score = {r.node: r.pagerank for r in rows}
        widths = [1.0 + d["weight"] for _, _, d in g.edges(data=True)]
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, alpha=0.4)
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=_sizes(g, score), alpha=0.85)
        nx.draw_networkx_labels(g, pos, ax=ax, labels=_labels(g), font_size=9)
    _save(fig, path)


def _labels(g: nx.Graph) -> dict[str, str]:
    # Countries are known by their ISO3 id; persons by name (their ids are hashes).
    return {n: (g.nodes[n].get("name", n) if ":" in str(n) else str(n)) for n in g.nodes}


def _sizes(g: nx.Graph, score: dict[str, float]) -> list[float]:
    values = [score.get(str(n), 0.0) for n in g.nodes]
    top = max(values) or 1.0
    return [MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * v / top for v in values]
