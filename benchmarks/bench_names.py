"""Person clustering cost: one country's name keys → clusters (`graph.names.cluster`).

    .venv/bin/python benchmarks/bench_names.py [--keys 20000] [--per-surname 50] [--runs 5]

Every batch an ingest loads re-clusters the keys of each country it touched, so a store
with tens of thousands of persons of one country pays this per batch. The keys are
synthetic given-name-first names (given name, an optional middle name or initial,
surname), `--per-surname` of them sharing each surname, some given names with their
nicknames ("william"/"bill"), clustered as a country whose names may drop words (the
costliest case: every two-word key may be a shortened longer one). Reports the median
seconds of `--runs` runs and the number of clusters (the same for every run).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.names import cluster  # noqa: E402

# Given names, some with their nicknames (william/bill), and syllables for surnames
_GIVEN_NAMES = (
    "william bill robert bob james jim john jack michael mike david dave richard dick "
    "joseph joe thomas tom charles charlie daniel dan matthew matt anthony tony mark paul "
    "steven steve andrew andy kenneth ken joshua josh kevin edward ed brian ronald ron "
    "timothy tim jason jeffrey jeff ryan jacob gary nicholas nick eric jonathan stephen "
    "larry justin scott brandon benjamin ben samuel sam gregory greg alexander alex frank "
    "patrick pat raymond ray jack dennis jerry tyler aaron jose adam henry hank nathan "
    "douglas doug zachary peter pete kyle walter ethan jeremy harold christian keith "
    "roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe "
    "jordan billy bruce albert willie gabriel logan alan juan"
)
_SYLLABLES = "ka lo mi ra ten vor dal sun bel mar tis gro han wel pri dor"
GIVEN = _GIVEN_NAMES.split()
SURNAME_SYLLABLES = _SYLLABLES.split()


def keys(total: int, per_surname: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    surnames: set[str] = set()
    while len(surnames) < max(1, total // per_surname):
        surnames.add("".join(rng.choice(SURNAME_SYLLABLES) for _ in range(3)))
    found: list[str] = []
    for surname in sorted(surnames):
        group: set[str] = set()
        while len(group) < per_surname:
            given = rng.choice(GIVEN)
            middle = rng.choice(["", "", rng.choice(GIVEN), rng.choice("abcdefghjklmnprstw")])
            group.add(" ".join(w for w in (given, middle, surname) if w))
        found.extend(sorted(group))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=20_000)
    parser.add_argument("--per-surname", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    names = keys(args.keys, args.per_surname)
    cluster(names[:10], [], drop_words=True)  # loads the nickname dataset outside the runs
    times, clusters = [], 0
    for _ in range(args.runs):
        started = time.process_time()
        result = cluster(names, [], drop_words=True)
        times.append(time.process_time() - started)
        clusters = len(set(result.values()))
    print(f"{len(names):,} keys, {args.per_surname} per surname, drop_words: {clusters:,} clusters")
    print(f"cluster: median {statistics.median(times):.2f} CPU-s over {args.runs} runs")


if __name__ == "__main__":
    main()
