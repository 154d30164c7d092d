"""Extraction cost in instructions per seed article (callgrind): steady under machine load.

    .venv/bin/python benchmarks/bench_instructions.py [--articles 30]

Wall and CPU time on these shared machines drift by a quarter within the hour, so two
versions are compared by what they execute: the seeds (repeated) go through every stage
after reading — clean → find_published → find_source → extract — under `valgrind
--tool=callgrind`, once with `--articles` documents and once with none, and the
difference per article is printed. Both runs extract five articles first, so caches,
lazy imports and compiled patterns cost the same in each. Needs valgrind (~1 minute).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys
sys.path[:0] = [sys.argv[2], sys.argv[2] + "/benchmarks"]
from bench_extract import articles
from ingest.pipeline import process
from ingest.types import Doc
texts = articles(int(sys.argv[1]) + 5)
for name, raw in texts:
    process(Doc(name=name, raw=raw))
"""


def instructions(articles: int) -> int:
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "callgrind.out"
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
            + ["-c", CHILD, str(articles), str(ROOT)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        found = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode or not found:
            sys.exit(f"valgrind failed:\n{run.stderr[-2000:]}")
        return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("needs valgrind (Debian: apt-get install valgrind)")
    per_article = (instructions(args.articles) - instructions(0)) / args.articles
    print(f"{per_article / 1e6:.2f} M instructions per seed article ({args.articles} articles)")


if __name__ == "__main__":
    main()
