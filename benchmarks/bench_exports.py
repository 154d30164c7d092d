"""Export and analysis speed on a synthetic resolved graph (deterministic by seed).

    .venv/bin/python benchmarks/bench_exports.py [--persons 5000] [--meetings 20000]

The graph has the shape resolve produces: countries, persons with OF_COUNTRY, one Event
and one MET_WITH per meeting (dated to a month), one Article per ten meetings and a
partnership ladder per country. Each step is timed once, in order; the numbers go to
stdout as a table.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.analyze import centrality, country_graph, person_graph, timeline  # noqa: E402
from graph.export import ExportFormat, export  # noqa: E402
from graph.nx import sink_graph, to_networkx  # noqa: E402
from graph.types import Graph, Node, NodeLabel, Rel, RelType  # noqa: E402

LEVELS = [
    "diplomatic_relations",
    "comprehensive_partnership",
    "strategic_partnership",
    "comprehensive_strategic_partnership",
]


def synthetic_graph(persons: int, meetings: int, countries: int = 60, seed: int = 1) -> Graph:
    rng = random.Random(seed)
    g = Graph()
    isos = [f"C{i:02d}" for i in range(countries)]
    for iso in isos:
        g.add_node(Node(NodeLabel.Country, iso, {"iso3": iso, "name": f"Country {iso}"}))
        for rank, level in enumerate(LEVELS[: rng.randint(1, 4)]):
            year = str(1950 + 20 * rank + rng.randint(0, 15))
            g.add_rel(
                Rel(
                    RelType.UPGRADED_TO,
                    (NodeLabel.Country, "C00"),
                    (NodeLabel.Country, iso),
                    level,
                    {
                        "level": level,
                        "rank": rank,
                        "date": year,
                        "articles": ["a0"],
                        "evidence": ["…"],
                    },
                )
            )
    for p in range(persons):
        country = rng.choice(isos)
        g.add_node(
            Node(
                NodeLabel.Person,
                f"p{p}",
                {"id": f"p{p}", "name": f"Person {p}", "aliases": [f"P{p}"], "country": country},
            )
        )
        g.add_rel(
            Rel(RelType.OF_COUNTRY, (NodeLabel.Person, f"p{p}"), (NodeLabel.Country, country))
        )
    for m in range(meetings):
        a, b = rng.sample(range(persons), 2)
        month = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}"
        article = f"a{m // 10}"
        g.add_node(Node(NodeLabel.Article, article, {"id": article, "file": f"{article}.txt"}))
        g.add_node(Node(NodeLabel.Event, f"e{m}", {"id": f"e{m}", "kind": "talks", "date": month}))
        g.add_rel(
            Rel(
                RelType.MET_WITH,
                (NodeLabel.Person, f"p{a}"),
                (NodeLabel.Person, f"p{b}"),
                f"e{m}",
                {
                    "date": month,
                    "kind": "talks",
                    "event": f"e{m}",
                    "articles": [article],
                    "evidence": ["They held talks."],
                },
            )
        )
    return g


def timed(label: str, work: Callable[[], object]) -> tuple[str, float]:
    start = time.perf_counter()
    work()
    return label, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--meetings", type=int, default=20000)
    args = parser.parse_args()
    graph = synthetic_graph(args.persons, args.meetings)
    print(f"graph: {len(graph.nodes)} nodes, {len(graph.rels)} relationships")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        steps = [
            timed("to_networkx", lambda: to_networkx(graph)),
            timed("sink_graph", lambda: sink_graph(graph)),
            *(
                timed(f"export {f.value}", lambda f=f: export(graph, f, out / f"g.{f.value}"))
                for f in ExportFormat
            ),
            timed("centrality person", lambda: centrality(person_graph(graph))),
            timed("centrality country", lambda: centrality(country_graph(graph))),
            timed("timeline (all)", lambda: timeline(graph)),
        ]
    for label, seconds in steps:
        print(f"{label:<20} {seconds:8.2f} s")


if __name__ == "__main__":
    main()
