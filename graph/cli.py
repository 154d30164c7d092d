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
def extract() -> None:
    """Print the facts read out of articles (not yet wired)."""
    raise NotImplementedError


@app.command()
def evaluate() -> None:
    """Score extraction against gold files (not yet wired)."""
    raise NotImplementedError


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
