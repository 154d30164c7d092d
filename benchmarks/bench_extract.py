"""Extraction speed: seed-sized articles per second in one process (issue 2 target ≥ 500).

    .venv/bin/python benchmarks/bench_extract.py [--articles 500] [--runs 5]

Each run pushes `--articles` documents (the seeds, repeated) through every stage after
reading — clean → find_published → find_source → extract — and the median of the runs is reported,
with the time per stage so a slow stage shows. Reading is left out (disk, not code).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.clean import clean  # noqa: E402
from ingest.dates import find_dates  # noqa: E402
from ingest.pipeline import extract, process  # noqa: E402
from ingest.published import find_published, find_source  # noqa: E402
from ingest.types import Doc  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"nproc {os.cpu_count()} | {cpu} | Python {platform.python_version()} | {platform.system()}"
    )


def articles(n: int) -> list[tuple[str, str]]:
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return [seeds[i % len(seeds)] for i in range(n)]


def run_once(texts: list[tuple[str, str]]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) for one pass; CPU time is steadier on a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    for name, raw in texts:
        process(Doc(name=name, raw=raw))
    return time.perf_counter() - wall, time.process_time() - cpu


def stage_times(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds spent in each stage over all `texts` (dates: one find_dates over the body, as
    the extract stage runs it once more for itself)."""
    totals = {"clean": 0.0, "published": 0.0, "source": 0.0, "dates": 0.0, "extract": 0.0}
    stages: list[tuple[str, Callable[[Doc], object]]] = [
        ("clean", clean),
        ("published", find_published),
        ("source", find_source),
        ("dates", lambda d: find_dates(d.body, d.published)),
        ("extract", extract),
    ]
    for name, raw in texts:
        doc = Doc(name=name, raw=raw)
        for stage, fn in stages:
            t = time.process_time()
            fn(doc)
            totals[stage] += time.process_time() - t
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = articles(args.articles)
    run_once(texts[:20])  # warm-up: data files, regex caches
    runs = [run_once(texts) for _ in range(args.runs)]
    wall = statistics.median(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    size = statistics.mean(len(raw) for _, raw in texts)
    print(machine())
    print(f"load average {os.getloadavg()[0]:.2f} (other work on the machine slows wall time)")
    print(
        f"articles per run {len(texts)} (seeds repeated, mean {size:,.0f} chars), runs {args.runs}"
    )
    print(f"runs wall (s): {', '.join(f'{w:.3f}' for w, _ in runs)}")
    print(
        f"extract: {len(texts) / wall:,.0f} articles/s wall (median), "
        f"{len(texts) / cpu:,.0f} articles/CPU-s (median), "
        f"{1000 * cpu / len(texts):.2f} CPU-ms/article"
    )
    per_stage = stage_times(texts)
    print(
        "per stage (CPU-ms/article): "
        + ", ".join(f"{k} {1000 * v / len(texts):.2f}" for k, v in per_stage.items())
    )


if __name__ == "__main__":
    main()
