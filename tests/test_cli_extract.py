"""The extract and evaluate commands, end to end on the seeds (real pipeline, real gold)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()


def test_cli_extract_json_one_document_or_a_list(seeds_dir: Path) -> None:
    one = runner.invoke(app, ["extract", str(seeds_dir / "000_608669f2b118a2f7.txt")])
    assert one.exit_code == 0, one.output
    document = json.loads(one.stdout)
    assert document["article"] == "000_608669f2b118a2f7.txt"
    assert document["published"] == "2024-01-30"
    assert len(document["article_id"]) == 16
    many = runner.invoke(app, ["extract", str(seeds_dir)])
    assert [d["article"][:3] for d in json.loads(many.stdout)] == [
        "000",
        "001",
        "002",
        "003",
        "004",
    ]


def test_cli_extract_jsonl_table_and_published_override(seeds_dir: Path) -> None:
    path = str(seeds_dir / "002_ff1f0e882f9e8929.txt")
    jsonl = runner.invoke(app, ["extract", path, "--format", "jsonl", "--published", "2025-02-22"])
    assert json.loads(jsonl.stdout)["published"] == "2025-02-22"
    table = runner.invoke(app, ["extract", path, "--format", "table"])
    assert table.exit_code == 0 and table.stdout.startswith("002_ff1f0e882f9e8929.txt")


@pytest.mark.parametrize(
    "args", [["--format", "xml"], ["--published", "yesterday"]], ids=["format", "published"]
)
def test_cli_extract_rejects_bad_options(seeds_dir: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["extract", str(seeds_dir / "000_608669f2b118a2f7.txt"), *args])
    assert result.exit_code != 0


def test_cli_evaluate_seeds_prints_scores_and_mean_f1(seeds_dir: Path, shared_dir: Path) -> None:
    gold = shared_dir / "gold" / "seeds"
    result = runner.invoke(app, ["evaluate", str(seeds_dir), "--gold", str(gold), "--misses"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "articles scored: 5"
    assert lines[-1].startswith("mean F1 0.") or lines[-1] == "mean F1 1.000"
    assert any(line.startswith("published accuracy") for line in lines)
    as_json = runner.invoke(app, ["evaluate", str(seeds_dir), "--gold", str(gold), "-f", "json"])
    report = json.loads(as_json.stdout)
    assert report["articles"] == 5 and set(report["metrics"]) >= {"persons", "signed"}


def test_cli_evaluate_bad_gold_folder_is_one_error_line(seeds_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "000_608669f2b118a2f7.gold.json").write_text("{oops", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "graph.cli",
        "evaluate",
        str(seeds_dir),
        "--gold",
        str(tmp_path),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "000_608669f2b118a2f7.gold.json" in result.stderr
    assert "Traceback" not in result.stderr
