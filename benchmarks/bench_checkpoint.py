"""What one ladybug checkpoint costs after appending rows to a table that already holds text.

    .venv/bin/python benchmarks/bench_checkpoint.py [--rows 9000,18000,36000]
        [--sizes 100,800,3900] [--append 2000] [--work /tmp/diplograph-ckpt]

Why it is here: the embedded store's peak memory grows with the store, not the batch
(issue 5). Each run builds a fresh database with one node table `A(id, text)` of `rows`
rows whose `text` is `size` characters, checkpoints, appends `append` more rows, and
reports the checkpoint's own peak memory (RSS high-water mark, reset just before it via
/proc/self/clear_refs) and CPU time. If the peak follows rows × size, an append rewrites
the table's stored text in memory, whatever the size of the append — which is what the
loader's `Article` payloads and `Ledger` states pay for at every batch. Linux only.
"""

from __future__ import annotations

import argparse
import random
import shutil
import string
import sys
import time
from pathlib import Path

import ladybug

CREATE = "UNWIND $rows AS row CREATE (n:A {id: row.id, text: row.text})"
CHUNK = 500  # rows per statement, as the embedded store sends them


def status_mb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


def insert(conn: ladybug.Connection, first: int, last: int, size: int, rnd: random.Random) -> None:
    letters = string.ascii_letters + " "
    for start in range(first, last, CHUNK):
        rows = [
            {"id": f"{i:016x}", "text": "".join(rnd.choices(letters, k=size))}
            for i in range(start, min(last, start + CHUNK))
        ]
        conn.execute(CREATE, {"rows": rows})


def one_run(work: Path, rows: int, size: int, append: int) -> tuple[int, float, int]:
    """(checkpoint peak MB above the RSS before it, checkpoint CPU seconds, file MB)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    path = work / "a.db"
    db = ladybug.Database(str(path), buffer_pool_size=1 << 30, checkpoint_threshold=1 << 40)
    conn = ladybug.Connection(db, num_threads=1)
    conn.execute("CREATE NODE TABLE A(id STRING, text STRING, PRIMARY KEY(id))")
    rnd = random.Random(7)
    insert(conn, 0, rows, size, rnd)
    conn.execute("CHECKPOINT")
    insert(conn, rows, rows + append, size, rnd)
    before = status_mb("VmRSS")
    reset_peak()
    cpu = time.process_time()
    conn.execute("CHECKPOINT")
    cpu = time.process_time() - cpu
    peak = status_mb("VmHWM") - before
    conn.close()
    db.close()
    return peak, cpu, path.stat().st_size >> 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="9000,18000,36000")
    parser.add_argument("--sizes", default="100,800,3900")
    parser.add_argument("--append", type=int, default=2000)
    parser.add_argument("--work", default="/tmp/diplograph-ckpt")
    args = parser.parse_args()
    if not Path("/proc/self/clear_refs").exists():
        sys.exit("needs Linux (/proc/self/clear_refs resets the peak-memory mark)")
    print(f"ladybug {ladybug.__version__}, append {args.append} rows, one thread")
    print("rows    text chars  stored MB  checkpoint +MB  CPU s  file MB")
    for rows in map(int, args.rows.split(",")):
        for size in map(int, args.sizes.split(",")):
            peak, cpu, file_mb = one_run(Path(args.work), rows, size, args.append)
            stored = rows * size >> 20
            print(f"{rows:6d}  {size:10d}  {stored:9d}  {peak:14d}  {cpu:5.2f}  {file_mb:7d}")
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
