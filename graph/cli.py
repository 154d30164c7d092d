"""The `diplograph` command line: the only module that imports Typer.

Each command parses its options, opens resources, calls one library function and prints:
data to stdout, progress and diagnostics to stderr. Library errors (subclasses of
`DiplographError`) become one `Error: …` line and exit code 1.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from graph.analyze import OutputFormat, Scope
from graph.errors import QueryError, StoreUnavailable
from graph.export import ExportFormat
from graph.query import Format as QueryFormat
from graph.types import Graph
from ingest.errors import DiplographError

app = typer.Typer(
    name="diplograph",
    help="Diplomatic news articles → a time-aware, sourced graph of who met whom, "
    "partnership upgrades and signings.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # never print the Neo4j password from a frame
    add_completion=False,
)
analyze_app = typer.Typer(
    help="Offline analysis of the stored graph (networkx).", no_args_is_help=True
)
app.add_typer(analyze_app, name="analyze")


def _err(message: str) -> None:
    typer.echo(message, err=True)


# ── extract / evaluate (issue 2) ──────────────────────────────────────────────────────


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | table")] = "json",
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY[-MM[-DD]]) for every article.")
    ] = None,
) -> None:
    """Print the facts read out of articles. Exit 0 all read, 2 some skipped, 1 none.

    Example: diplograph extract seeds/ --format table

    Example: diplograph extract page.html --published 2025-05-13 --format jsonl
    """
    from ingest.pipeline import OUTPUT_FORMATS, Batch, check_published, iter_docs, render

    if format not in OUTPUT_FORMATS:
        raise typer.BadParameter(f"one of {', '.join(OUTPUT_FORMATS)}", param_hint="--format")
    batch = Batch()
    items = iter_docs(paths, published=check_published(published))
    for chunk in render(batch.facts(items, lambda e: _err(f"skipped {e}")), format):
        sys.stdout.write(chunk)
    raise typer.Exit(batch.exit_code)


@app.command()
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    gold: Annotated[Path, typer.Option(help="Folder of NAME.gold.json files.")],
    misses: Annotated[bool, typer.Option(help="List every false positive and negative.")] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    published: Annotated[str | None, typer.Option(help="Publication date override.")] = None,
) -> None:
    """Score extraction against gold files (facts-format.md); last line `mean F1 0.xxx`.

    Example: diplograph evaluate ../shared/corpus/dev --gold ../shared/gold/dev --misses
    """
    import json

    from ingest.evaluate import evaluate as score
    from ingest.evaluate import format_report, load_gold
    from ingest.pipeline import Batch, check_published, iter_docs

    gold_facts = load_gold(gold)
    batch = Batch()
    items = iter_docs(paths, published=check_published(published))
    report = score(batch.facts(items, lambda e: _err(f"skipped {e}")), gold_facts)
    if format == "json":
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, misses=misses))
    raise typer.Exit(batch.exit_code)


# ── ingest / query (issue 3) ──────────────────────────────────────────────────────────


_Db = Annotated[
    Path | None,
    typer.Option("--db", help="Embedded store path (default ./diplograph.db or $DIPLOGRAPH_DB)."),
]
_Neo4j = Annotated[
    str | None,
    typer.Option("--neo4j", help="Neo4j URI instead of the embedded store ($NEO4J_PASSWORD)."),
]
_User = Annotated[str, typer.Option("--user", help="Neo4j user.")]
_Database = Annotated[str | None, typer.Option("--database", help="Neo4j database.")]
_Facts = Annotated[
    bool, typer.Option("--facts", help="PATHs hold facts JSON (gold or extracted), not articles.")
]
_BatchSize = Annotated[
    int, typer.Option("--batch-size", min=1, help="Articles per transaction (grows with store).")
]
_Workers = Annotated[
    int,
    typer.Option(
        "--workers",
        min=1,
        help="Processes: this one stores, the other N-1 extract (1: one process does all).",
    ),
]


@contextmanager
def _open_store(db: Path | None, uri: str | None, user: str, database: str | None) -> Iterator[Any]:
    """The embedded store (default) or Neo4j, opened here and closed on exit."""
    if uri:
        from graph.store.neo4j import Neo4jStore, open_driver

        driver = open_driver(uri, user, os.environ.get("NEO4J_PASSWORD", ""))
        try:
            yield Neo4jStore(driver, database)
        finally:
            driver.close()
        return
    from graph.store import embedded

    with embedded.connect(db) as conn:
        yield embedded.EmbeddedStore(conn)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (or facts files).")],
    db: _Db = None,
    neo4j: _Neo4j = None,
    user: _User = "neo4j",
    database: _Database = None,
    facts: _Facts = False,
    batch_size: _BatchSize = 500,
    workers: _Workers = 1,
) -> None:
    """Extract, resolve and store articles; unchanged ones are skipped, changed ones replaced.

    Example: diplograph ingest seeds/ (run it again: nothing changes)

    Example: diplograph ingest archive/ --workers 2 --neo4j bolt://localhost:7687

    Example: diplograph ingest --facts ../shared/gold/seeds --db gold.db
    """
    from graph.load import ingest_paths

    with _open_store(db, neo4j, user, database) as store, _progress() as advance:
        report = ingest_paths(
            store,
            paths,
            facts=facts,
            workers=workers,
            batch_size=batch_size,
            on_error=_skipped,
            on_progress=advance,
        )
    for problem in report.problems:
        _err(f"left out: {problem}")
    _print_ingest_summary(report)
    raise typer.Exit(report.exit_code)


def _skipped(exc: Exception) -> None:
    _err(f"skipped {exc}")


@contextmanager
def _progress() -> Iterator[Callable[[int], None]]:
    """A progress line on stderr (articles handled so far); silent when not a terminal."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    quiet = not console.is_terminal
    with Progress(*columns, console=console, transient=True, disable=quiet) as bar:
        task = bar.add_task("ingest", total=None)
        yield lambda done: bar.update(task, completed=done)


def _print_ingest_summary(report: Any) -> None:
    """Counts of articles on stderr; nodes per label and relationships per type on stdout."""
    from graph.types import NodeLabel, RelType

    _err(
        f"{report.new} new, {report.replaced} replaced, {report.unchanged} unchanged, "
        f"{report.duplicates} duplicate, {report.failed} skipped articles"
    )
    names = [label.value for label in NodeLabel] + [type.value for type in RelType]
    typer.echo(f"{'stored':<16} {'count':>6}")
    for name in names:
        typer.echo(f"{name:<16} {report.counts.get(name, 0):>6}")


@app.command()
def query(
    name_or_cypher: Annotated[
        str | None,
        typer.Argument(metavar="NAME|CYPHER", help="A saved query (see --list) or Cypher text."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="key=value, repeatable; 10 and 2.5 become numbers."),
    ] = None,
    db: _Db = None,
    neo4j: _Neo4j = None,
    user: _User = "neo4j",
    database: _Database = None,
    format: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries.")] = False,
    write: Annotated[bool, typer.Option("--write", help="Allow write clauses.")] = False,
) -> None:
    """Run a saved query by name, or raw Cypher; values always go in as parameters.

    Example: diplograph query --list

    Example: diplograph query partnership_ladder --param a=VNM --param b=USA

    Example: diplograph query "MATCH (p:Person) RETURN p.name ORDER BY p.name" --format csv
    """
    from graph import query as q

    dialect = "neo4j" if neo4j else "embedded"
    if list_saved:
        typer.echo(q.list_saved(dialect))
        return
    if not name_or_cypher:
        raise QueryError("name a saved query or give Cypher", hint="`diplograph query --list`")
    params = q.parse_params(param or [])
    q.resolve_text(name_or_cypher, dialect)  # unknown names fail before any store opens
    if not neo4j:
        _require_embedded(db)
    with _open_store(db, neo4j, user, database) as store:
        columns, rows = q.run_query(
            store, name_or_cypher, params, dialect=dialect, allow_write=write
        )
    typer.echo(q.format_rows(columns, rows, format))


def _require_embedded(db: Path | None) -> None:
    """Queries never create a store: a missing path is an error, not an empty database."""
    from graph.store.embedded import default_path

    where = Path(db or default_path())
    if not where.exists():
        raise StoreUnavailable(f"no store at {where}", hint="run `diplograph ingest seeds/` first")


# ── export / analyze (issue 4) ────────────────────────────────────────────────────────


_Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="table | json")]
_Plot = Annotated[Path | None, typer.Option("--plot", help="Also draw a PNG picture here.")]


def _stored_graph(db: Path | None, uri: str | None, user: str, database: str | None) -> Graph:
    """The whole stored graph; a missing embedded store is an error, never created empty."""
    if not uri:
        from graph.store.embedded import default_path

        where = Path(db or default_path())
        if not where.exists():
            hint = "run `diplograph ingest seeds/` first"
            raise StoreUnavailable(f"no store at {where}", hint=hint)
    with _open_store(db, uri, user, database) as store:
        return store.read_graph()


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Argument(help="graphml | gexf | json | csv")],
    out: Annotated[Path, typer.Argument(help="File to write (a folder for csv).")],
    db: _Db = None,
    neo4j: _Neo4j = None,
    user: _User = "neo4j",
    database: _Database = None,
) -> None:
    """Export the graph for Gephi (graphml, gexf), networkx (json) or neo4j-admin (csv).

    Example: diplograph export gexf diplograph.gexf

    Example: diplograph export csv neo4j-import --neo4j bolt://localhost:7687
    """
    from graph.export import export as write_export

    summary = write_export(_stored_graph(db, neo4j, user, database), format, out)
    if format is ExportFormat.csv:
        _err(f"wrote the node and relationship files to {out}; load them with:")
        typer.echo(summary)
    else:
        _err(summary)


def _print_rows(rows: list[dict], columns: list[str], format: OutputFormat) -> None:
    from graph.analyze import table

    if format is OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        typer.echo(table(rows, columns))


@analyze_app.command("centrality")
def analyze_centrality(
    level: Annotated[Scope, typer.Option(help="person | country")] = Scope.person,
    top: Annotated[int, typer.Option(help="Show the N highest (0: all).")] = 10,
    format: _Format = OutputFormat.table,
    plot: _Plot = None,
    db: _Db = None,
    neo4j: _Neo4j = None,
    user: _User = "neo4j",
    database: _Database = None,
) -> None:
    """Degree, weighted degree, betweenness, PageRank and eigenvector centrality.

    Example: diplograph analyze centrality --level country --top 5

    Example: diplograph analyze centrality --level person --format json
    """
    from graph.analyze import CENTRALITY_COLUMNS, centrality, project, rows_of

    projection = project(_stored_graph(db, neo4j, user, database), level)
    rows = centrality(projection)
    _print_rows(rows_of(rows[: top or None]), CENTRALITY_COLUMNS, format)
    for note in projection.notes:
        _err(f"note: {note}")
    if plot:
        from graph.plot import plot_network

        title = f"{level.value.title()} network (node size: PageRank)"
        plot_network(projection, rows, plot, title=title)
        _err(f"drew {plot}")


@analyze_app.command("timeline")
def analyze_timeline(
    country: Annotated[str | None, typer.Option(help="Only this country (ISO3).")] = None,
    pair: Annotated[tuple[str, str] | None, typer.Option(help="Only this pair: A B.")] = None,
    format: _Format = OutputFormat.table,
    plot: _Plot = None,
    db: _Db = None,
    neo4j: _Neo4j = None,
    user: _User = "neo4j",
    database: _Database = None,
) -> None:
    """The partnership ladder step by step, and meetings and signings per month.

    Example: diplograph analyze timeline --pair VNM USA

    Example: diplograph analyze timeline --country VNM --plot timeline.png
    """
    from graph.analyze import LADDER_COLUMNS, rows_of, table, timeline

    if country and pair:
        raise typer.BadParameter("give --country or --pair, not both")
    chosen = (pair[0].upper(), pair[1].upper()) if pair else None
    tl = timeline(_stored_graph(db, neo4j, user, database), country and country.upper(), chosen)
    if format is OutputFormat.json:
        typer.echo(json.dumps(tl.to_json(), ensure_ascii=False, indent=1))
    else:
        typer.echo(f"Partnership ladder\n{table(rows_of(tl.ladder), LADDER_COLUMNS)}\n")
        typer.echo(f"Meetings and signings per period\n{table(rows_of(tl.activity))}")
    if plot:
        from graph.plot import plot_timeline

        scope = country or "–".join(chosen or ()) or "all countries"
        plot_timeline(tl, plot, title=f"Partnership ladder: {scope}")
        _err(f"drew {plot}")


def main() -> None:
    """Console entry point: library errors become one line and exit code 1."""
    try:
        app()
    except DiplographError as exc:
        _err(f"Error: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
