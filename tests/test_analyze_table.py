"""The plain-text tables `analyze` prints."""

from __future__ import annotations

from graph.analyze import MAX_CELL, table


def test_analyze_table_aligns_and_formats_cells() -> None:
    rows = [
        {"name": "Vietnam", "pagerank": 0.46621, "eigenvector": None, "sources": ["a", "b"]},
        {"name": "USA", "pagerank": 0.05, "eigenvector": 0.2, "sources": []},
    ]
    assert table(rows).splitlines() == [
        "name     pagerank  eigenvector  sources",
        "-------  --------  -----------  -------",
        "Vietnam  0.4662    -            a | b",
        "USA      0.0500    0.2000",
    ]


def test_analyze_table_cuts_long_cells_and_picks_columns() -> None:
    rows = [{"evidence": "x" * 200, "hidden": 1}]
    lines = table(rows, ["evidence"]).splitlines()
    assert lines[0].strip() == "evidence"
    assert lines[2] == "x" * (MAX_CELL - 1) + "…"


def test_analyze_table_of_no_rows() -> None:
    assert table([]) == "(none)"
