"""Crash safety: an ingest SIGKILLed mid-way leaves a consistent store, and rerunning the
same command gives exactly the graph of an uninterrupted run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.load import ingest, records_from_facts_files
from graph.resolve import ArticleRecord, resolve
from graph.store.embedded import EmbeddedStore, connect
from graph.types import Graph

# Runs ingest in a child process that SIGKILLs itself when it is about to send statement
# number KILL_AT: inside a transaction, between two of its statements.
CHILD = """
import os, signal, sys
from graph.load import ingest, records_from_facts_files
from graph.store.embedded import EmbeddedStore, connect

db, facts, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
with connect(db) as conn:
    store = EmbeddedStore(conn)
    real, sent = store._execute, [0]

    def execute(cypher, params=None):
        sent[0] += 1
        if sent[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(cypher, params)

    store._execute = execute
    ingest(store, records_from_facts_files([facts]), batch_size=5)
"""


@pytest.fixture(scope="module")
def facts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside the checkout")
    folder = tmp_path_factory.mktemp("facts")
    for gold in sorted(shared.glob("*/*.gold.json")):
        shutil.copy(gold, folder / f"{gold.parent.name}-{gold.name}")
    return folder


@pytest.fixture(scope="module")
def uninterrupted(facts_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Graph:
    with connect(tmp_path_factory.mktemp("clean") / "g.db") as conn:
        store = EmbeddedStore(conn)
        ingest(store, records_from_facts_files([facts_dir]), batch_size=5)
        return store.read_graph()


def _consistent_then_rerun(db: Path, facts_dir: Path) -> Graph:
    with connect(db) as conn:
        store = EmbeddedStore(conn)
        store.setup()
        stored = [ArticleRecord.from_payload(a.payload) for a in store.stored_articles()]
        crashed = store.read_graph()
        expected = resolve(stored)
        assert crashed.nodes == expected.nodes and crashed.rels == expected.rels
        ingest(store, records_from_facts_files([facts_dir]), batch_size=5)
        return store.read_graph()


@pytest.mark.parametrize("kill_at", [3, 40, 100])
def test_load_sigkill_mid_transaction_then_rerun(
    facts_dir: Path, uninterrupted: Graph, tmp_path: Path, kill_at: int
):
    db = tmp_path / "g.db"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(facts_dir), str(kill_at)],
        capture_output=True,
        text=True,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    rerun = _consistent_then_rerun(db, facts_dir)
    assert rerun.nodes == uninterrupted.nodes and rerun.rels == uninterrupted.rels


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.5, 1.5])
def test_load_sigkill_cli_then_rerun(
    facts_dir: Path, uninterrupted: Graph, tmp_path: Path, delay: float
):
    """A real `diplograph ingest` killed from outside at some point (where exactly does not
    matter: the store must be consistent and the rerun complete whenever it dies)."""
    db = tmp_path / "g.db"
    command = [
        str(Path(sys.executable).with_name("diplograph")),
        "ingest",
        "--facts",
        str(facts_dir),
        "--db",
        str(db),
        "--batch-size",
        "2",
    ]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    rerun = _consistent_then_rerun(db, facts_dir)
    assert rerun.nodes == uninterrupted.nodes and rerun.rels == uninterrupted.rels
