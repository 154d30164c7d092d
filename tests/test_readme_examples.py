"""The README's console examples run for real, so what it shows cannot drift.

Every ```console block is read as `$ command` lines, each followed by the output the
README shows. `diplograph` commands run in order in one scratch folder holding a copy of
the seeds (so `ingest seeds/` fills the default ./diplograph.db there); each must exit 0
and print every output line the README shows for it.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # CI clones the repo with shared/ beside it
README = ROOT / "README.md"
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def readme_examples() -> list[tuple[str, list[str]]]:
    """(command, shown output lines) for each `$ diplograph …` line of the README."""
    examples: list[tuple[str, list[str]]] = []
    for block in _BLOCK.findall(README.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
            elif examples and line.strip() and examples[-1][0].startswith("diplograph"):
                examples[-1][1].append(line.rstrip())
    return [(cmd, out) for cmd, out in examples if cmd.startswith("diplograph ")]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(SEEDS, work / "seeds")
    (work / "docs").mkdir()
    return work


def test_readme_has_examples() -> None:
    commands = [cmd.split()[1] for cmd, _ in readme_examples()]
    assert {"ingest", "query", "extract", "evaluate", "export", "analyze"} <= set(commands)


@pytest.mark.parametrize(
    ("command", "shown"), readme_examples(), ids=[c for c, _ in readme_examples()]
)
def test_readme_example_runs(command: str, shown: list[str], workdir: Path) -> None:
    if "../shared" in command and not SHARED.is_dir():
        pytest.skip("shared/ is not beside the checkout")
    args = shlex.split(command.replace("../shared", str(SHARED)), comments=True)[1:]
    done = subprocess.run(
        [sys.executable, "-m", "graph.cli", *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    printed = {line.rstrip() for line in done.stdout.splitlines()}
    missing = [line for line in shown if line not in printed]
    assert not missing, f"README shows lines this run did not print:\n{missing}"
