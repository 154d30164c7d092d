"""Ingest speed and memory on the generated corpus (issue 5 targets).

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 1000,5000,20000] [--runs 3]
        [--big-runs 1] [--extract-articles 2000] [--work /tmp/diplograph-bench]

Reports, with the machine noted (nproc, CPU, load average, Python):
- extract articles/s with 1 and 2 workers (`graph.load.extracted_docs`), in this process;
- for each corpus size N: `diplograph ingest` of N text articles into a new embedded
  store (end to end: read, extract, resolve, store), the same command again (unchanged
  articles, skipped), and `diplograph ingest --facts` of the same articles extracted
  beforehand (`diplograph extract --format jsonl`, not timed) into another new store.
  Each command runs in a child process: wall seconds and its peak memory (ru_maxrss from
  `os.wait4`, so only that child is measured).
Sizes up to 5,000 run `--runs` times, bigger ones `--big-runs` times; medians are printed.
The corpus is `benchmarks/corpus.py` (deterministic, seed 7).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

from graph.load import extracted_docs  # noqa: E402

CLI = [str(ROOT / ".venv" / "bin" / "diplograph")]
SMALL = 5000  # sizes up to this many articles get `--runs` runs


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return f"nproc {os.cpu_count()} | {cpu} | Python {platform.python_version()}"


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def child(args: list[str], out: Path | None = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one command run to completion. CPU
    time (user + system, this child only) is the steadier measure on a busy machine."""
    sink = out.open("w") if out else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=sink, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if out:
        sink.close()  # type: ignore[union-attr]
    if proc.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024  # Linux reports kilobytes


def extract_rate(folder: Path, n: int, workers: int, runs: int) -> list[float]:
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        done = sum(1 for _ in extracted_docs([folder], workers))
        assert done == n, f"{done} of {n} articles came back"
        rates.append(n / (time.perf_counter() - start))
    return rates


def ingest_runs(folder: Path, facts: Path, n: int, runs: int, work: Path) -> dict[str, list]:
    """Per measure, one (wall, MB) per run."""
    results: dict[str, list] = {"text": [], "again": [], "facts": []}
    for _ in range(runs):
        db, facts_db = work / f"text-{n}.db", work / f"facts-{n}.db"
        for old in (db, facts_db):
            shutil.rmtree(old, ignore_errors=True)
            old.unlink(missing_ok=True)
        results["text"].append(child([*CLI, "ingest", str(folder), "--db", str(db)]))
        results["again"].append(child([*CLI, "ingest", str(folder), "--db", str(db)]))
        results["facts"].append(
            child([*CLI, "ingest", "--facts", str(facts), "--db", str(facts_db)])
        )
    return results


def row(n: int, measure: str, runs: list[tuple[float, float, float]]) -> str:
    wall = statistics.median(w for w, _, _ in runs)
    cpu = statistics.median(c for _, c, _ in runs)
    mb = max(m for _, _, m in runs)
    walls = ", ".join(f"{w:.1f}" for w, _, _ in runs)
    return (
        f"| {n:,} | {measure} | {len(runs)} | {n / wall:,.0f} | {wall:.1f} ({walls}) "
        f"| {n / cpu:,.0f} | {cpu:.1f} | {mb:,.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-runs", type=int, default=1)
    parser.add_argument("--extract-articles", type=int, default=2000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/diplograph-bench"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.work.mkdir(parents=True, exist_ok=True)
    print(machine())
    print(f"at start: {load()}")

    folder = corpus.write(args.extract_articles, args.work / f"corpus-{args.extract_articles}")
    sum(1 for _ in extracted_docs([folder / "bench_000000.txt"], 1))
    for workers in (1, 2):
        rates = extract_rate(folder, args.extract_articles, workers, args.runs)
        print(
            f"extract {args.extract_articles:,} articles, {workers} worker(s): "
            f"median {statistics.median(rates):,.0f} articles/s "
            f"(runs {', '.join(f'{r:,.0f}' for r in rates)}) | {load()}"
        )

    print(
        "| articles | measure | runs | articles/s wall | wall s, median (runs) "
        "| articles/CPU-s | CPU s, median | peak RSS MB (max) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        folder = corpus.write(n, args.work / f"corpus-{n}")
        facts = args.work / f"facts-{n}.jsonl"
        if not facts.exists():
            child([*CLI, "extract", str(folder), "--format", "jsonl"], out=facts)
        runs = args.runs if n <= SMALL else args.big_runs
        results = ingest_runs(folder, facts, n, runs, args.work)
        for measure, label in (
            ("text", "ingest text, new store"),
            ("again", "re-ingest unchanged"),
            ("facts", "ingest --facts, new store"),
        ):
            print(row(n, label, results[measure]), flush=True)
        print(f"<!-- after {n:,}: {load()} -->", flush=True)


if __name__ == "__main__":
    main()
