"""Every public command explains itself with an example (the brief's standard)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from graph.cli import app

COMMANDS = [
    ["extract"],
    ["evaluate"],
    ["ingest"],
    ["query"],
    ["export"],
    ["analyze", "centrality"],
    ["analyze", "timeline"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_cli_help_shows_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0
    assert f"Example: diplograph {' '.join(command)}" in result.output
