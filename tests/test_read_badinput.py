"""read: a corpus of bad files yields one InputError each and every good article loads."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from ingest.errors import BinaryInput, EmptyInput, InputError, MalformedInput, UnreadableInput
from ingest.read import read_paths
from ingest.types import Doc

ARTICLE = "Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao counterpart."
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\t\n   \n", encoding="utf-8")
    (root / "utf16.txt").write_text(ARTICLE, encoding="utf-16")
    (root / "cp1252.txt").write_bytes("Vietnam’s “talks” – café".encode("cp1252"))
    (root / "truncated.txt").write_bytes((ARTICLE + " Tô Lâm").encode("utf-8")[:-1])
    (root / "page.html").write_text(
        "<html><head><title>Talks</title><script>var x = 'Vladimir Putin';</script></head>"
        f"<body><nav>Home | World</nav><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    with open(root / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: cheap to make
    locked = root / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    (root / "loop.txt").symlink_to(root / "loop.txt")
    lines = [
        json.dumps({"text": ARTICLE, "published": "2024-01-02"}),
        "{broken",
        json.dumps({"text": ARTICLE}),
    ]
    (root / "broken.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    yield root
    locked.chmod(0o644)


def _by_name(items: list[Doc | InputError]) -> dict[str, Doc | InputError]:
    return {(i.name if isinstance(i, Doc) else Path(i.source).name): i for i in items}


def test_read_bad_corpus_yields_one_error_per_bad_item(bad_corpus: Path) -> None:
    items = _by_name(list(read_paths([bad_corpus])))
    assert isinstance(items["binary.txt"], BinaryInput)
    assert isinstance(items["empty.txt"], EmptyInput)
    assert isinstance(items["blank.txt"], EmptyInput)
    assert isinstance(items["huge.txt"], UnreadableInput) and "too large" in str(items["huge.txt"])
    assert isinstance(items["loop.txt"], UnreadableInput) and "symlink loop" in str(
        items["loop.txt"]
    )
    assert isinstance(items["broken.jsonl:2"], MalformedInput)
    if not IS_ROOT:  # root reads a chmod 000 file anyway
        assert isinstance(items["locked.txt"], UnreadableInput)


def test_read_bad_corpus_still_loads_every_good_article(bad_corpus: Path) -> None:
    items = _by_name(list(read_paths([bad_corpus])))
    for name in ("utf16.txt", "truncated.txt", "page.html", "broken.jsonl:1", "broken.jsonl:3"):
        doc = items[name]
        assert isinstance(doc, Doc) and "Pham Minh Chinh" in doc.raw, name
    cp1252 = items["cp1252.txt"]
    assert isinstance(cp1252, Doc) and cp1252.raw == "Vietnam’s “talks” – café"


def test_read_html_keeps_main_text_without_scripts(bad_corpus: Path) -> None:
    doc = _by_name(list(read_paths([bad_corpus / "page.html"])))["page.html"]
    assert isinstance(doc, Doc)
    assert "Vladimir Putin" not in doc.raw and doc.meta["title"] == "Talks"


def test_read_jsonl_metadata_and_line_names(bad_corpus: Path) -> None:
    items = _by_name(list(read_paths([bad_corpus / "broken.jsonl"])))
    first = items["broken.jsonl:1"]
    assert isinstance(first, Doc) and first.meta["published"] == "2024-01-02"
    error = items["broken.jsonl:2"]
    assert isinstance(error, InputError) and error.source.endswith("broken.jsonl:2")


def test_read_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    (item,) = list(read_paths([tmp_path / "nope.txt"]))
    assert isinstance(item, UnreadableInput) and "nope.txt" in str(item)


def test_read_folders_are_walked_sorted_and_loop_safe(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / "b" / "up").symlink_to(tmp_path)
    names = [i.name if isinstance(i, Doc) else "error" for i in read_paths([tmp_path])]
    assert names == ["a.md", "2.txt", "error"]


def test_cli_extract_reports_bad_items_and_exits_2(bad_corpus: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(bad_corpus), "--format", "jsonl"])
    assert result.exit_code == 2
    articles = [json.loads(line)["article"] for line in result.stdout.splitlines()]
    assert "utf16.txt" in articles and "broken.jsonl:3" in articles
    for name in ("binary.txt", "empty.txt", "huge.txt", "loop.txt", "broken.jsonl:2"):
        assert any(name in line for line in result.stderr.splitlines()), name
    assert "Traceback" not in result.stderr


def test_cli_extract_exit_codes_all_good_and_nothing_loaded(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert CliRunner().invoke(app, ["extract", str(good)]).exit_code == 0
    result = CliRunner().invoke(app, ["extract", str(empty)])
    assert result.exit_code == 1 and "empty.txt" in result.stderr


def test_read_a_crawlers_url_line_is_the_pages_url(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("url https://news.example.vn/a/1.html\nHanoi (VNA) – Talks were held.\n")
    (doc,) = list(read_paths([page]))
    assert not isinstance(doc, InputError)
    assert doc.meta["url"] == "https://news.example.vn/a/1.html"
    assert doc.raw.startswith("url https://")  # the text itself is kept as it is
