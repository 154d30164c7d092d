"""The `diplograph` command line: the only module that imports Typer.

Each command parses its options, opens resources, calls one library function and prints:
data to stdout, progress and diagnostics to stderr. Library errors (subclasses of
`DiplographError`) become one `Error: …` line and exit code 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ingest.errors import DiplographError

app = typer.Typer(
    name="diplograph",
    help="Diplomatic news articles → a time-aware, sourced graph of who met whom, "
    "partnership upgrades and signings.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # never print the Neo4j password from a frame
    add_completion=False,
)
analyze_app = typer.Typer(help="Offline analysis of the stored graph (networkx).", no_args_is_help=True)
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
    """Print the facts read out of articles. Exit 0 all read, 2 some skipped, 1 none."""
    from ingest.pipeline import OUTPUT_FORMATS, Batch, check_published, extract_paths, render

    if format not in OUTPUT_FORMATS:
        raise typer.BadParameter(f"one of {', '.join(OUTPUT_FORMATS)}", param_hint="--format")
    batch = Batch()
    items = extract_paths(paths, published=check_published(published))
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
    """Score extraction against gold files (facts-format.md); last line `mean F1 0.xxx`."""
    import json

    from ingest.evaluate import evaluate as score
    from ingest.evaluate import format_report, load_gold
    from ingest.pipeline import Batch, check_published, extract_paths

    gold_facts = load_gold(gold)
    batch = Batch()
    items = extract_paths(paths, published=check_published(published))
    report = score(batch.facts(items, lambda e: _err(f"skipped {e}")), gold_facts)
    if format == "json":
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, misses=misses))
    raise typer.Exit(batch.exit_code)


# ── ingest / query (issue 3) ──────────────────────────────────────────────────────────


@app.command()
def ingest() -> None:
    """Extract, resolve and store articles (not yet wired)."""
    raise NotImplementedError


@app.command()
def query() -> None:
    """Run a saved or raw Cypher query (not yet wired)."""
    raise NotImplementedError


# ── export / analyze (issue 4) ────────────────────────────────────────────────────────


@app.command()
def export() -> None:
    """Export the graph for Gephi, networkx or neo4j-admin (not yet wired)."""
    raise NotImplementedError


def main() -> None:
    """Console entry point: library errors become one line and exit code 1."""
    try:
        app()
    except DiplographError as exc:
        _err(f"Error: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
