"""`diplograph ingest` end to end, as a user runs it (a real subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store.embedded import EmbeddedStore, connect

DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))


def run(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DIPLOGRAPH, "ingest", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )


def test_cli_ingest_seeds_then_again_changes_nothing(seeds_dir: Path, tmp_path: Path):
    first = run(str(seeds_dir), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "diplograph.db").exists()
    assert "5 new" in first.stderr
    second = run(str(seeds_dir), cwd=tmp_path)
    assert second.returncode == 0
    assert "0 new, 0 replaced, 5 unchanged" in second.stderr
    assert second.stdout == first.stdout
    table = dict(line.split() for line in first.stdout.splitlines()[1:])
    assert int(table["Article"]) == 5 and int(table["Person"]) > 0


def test_cli_ingest_facts_into_env_db(shared_dir: Path, tmp_path: Path):
    db = tmp_path / "facts.db"
    done = run("--facts", str(shared_dir / "gold" / "seeds"), cwd=tmp_path, DIPLOGRAPH_DB=str(db))
    assert done.returncode == 0, done.stderr
    with connect(db) as conn:
        _, rows = EmbeddedStore(conn).run(
            "MATCH (p:Person) WHERE p.name = $name OR list_contains(p.aliases, $name) "
            "RETURN p.id, size(p.articles)",
            {"name": "To Lam"},
        )
    assert len(rows) == 1 and rows[0][1] == 3


def test_cli_ingest_reports_bad_inputs_and_exits_2(seeds_dir: Path, tmp_path: Path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text((seeds_dir / "003_673962eaac46cd05.txt").read_text("utf-8"), "utf-8")
    done = run(str(tmp_path), "--db", str(tmp_path / "g.db"), cwd=tmp_path)
    assert done.returncode == 2
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 2 and any("empty.txt" in s for s in skipped)
    assert "1 new" in done.stderr


def test_cli_ingest_nothing_readable_exits_1(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    done = run(str(tmp_path / "empty.txt"), "--db", str(tmp_path / "g.db"), cwd=tmp_path)
    assert done.returncode == 1


def test_cli_ingest_bad_store_path_is_one_clear_line(seeds_dir: Path, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    done = run(str(seeds_dir), "--db", str(blocker / "g.db"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: cannot open the embedded store")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("password", ["s3cr3t-pa55", "p'w\"{}//"])
def test_cli_ingest_unreachable_neo4j_never_shows_the_password(
    seeds_dir: Path, tmp_path: Path, password: str
):
    done = run(
        str(seeds_dir), "--neo4j", "bolt://127.0.0.1:1", cwd=tmp_path, NEO4J_PASSWORD=password
    )
    assert done.returncode == 1
    assert "Error:" in done.stderr and "Traceback" not in done.stderr
    assert password not in done.stderr + done.stdout


def test_cli_ingest_locked_store_says_what_to_check(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "g.db"
    with connect(db) as conn:
        EmbeddedStore(conn).setup()
        done = run(str(seeds_dir), "--db", str(db), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: cannot open the embedded store")
    assert "no other diplograph process" in done.stderr


def test_cli_ingest_changed_article_is_replaced(seeds_dir: Path, tmp_path: Path):
    article = tmp_path / "articles" / "mongolia.txt"
    article.parent.mkdir()
    text = (seeds_dir / "003_673962eaac46cd05.txt").read_text("utf-8")
    article.write_text(text, "utf-8")
    db = str(tmp_path / "g.db")
    assert run(str(article.parent), "--db", db, cwd=tmp_path).returncode == 0
    article.write_text(text.replace("Gombojav Zandanshatar", "Luvsannyam Gombojav"), "utf-8")
    done = run(str(article.parent), "--db", db, cwd=tmp_path)
    assert done.returncode == 0 and "0 new, 1 replaced" in done.stderr
    with connect(tmp_path / "g.db") as conn:
        _, rows = EmbeddedStore(conn).run("MATCH (p:Person) RETURN p.name")
        _, articles = EmbeddedStore(conn).run("MATCH (a:Article) RETURN a.file")
    names = {name for (name,) in rows}
    assert "Gombojav Zandanshatar" not in names and "Luvsannyam Gombojav" in names
    assert len(articles) == 1


def test_cli_ingest_empty_folder_exits_1_like_extract(tmp_path: Path):
    (tmp_path / "none").mkdir()
    done = run(str(tmp_path / "none"), "--db", str(tmp_path / "g.db"), cwd=tmp_path)
    assert done.returncode == 1
