"""Read articles from files and folders: the first stage of the pipeline.

`read_paths(paths)` yields one `Doc` per article, or an `InputError` naming the file (and
line) and the reason when an input cannot be read. Errors are yielded in the stream,
never raised out of the batch, so one bad file never stops the rest.

Supported: `.txt`/`.md` (and any explicitly named file) as text, `.html`/`.htm` (main text
through trafilatura, a plain tag stripper as fallback), `.jsonl` (one article per line:
`text` plus optional `title`, `published`, `url`, `source`; named `file.jsonl:LINE`).
Decoding: UTF-8 with or without BOM, UTF-16/32 with BOM (or NUL-interleaved UTF-16
without one), then cp1252 and latin-1 as fallbacks.
"""

from __future__ import annotations

import codecs
import errno
import html as html_lib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ingest.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    MalformedInput,
    UnreadableInput,
)
from ingest.furniture import URL_LINE
from ingest.types import Doc

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024  # one article is a few kB; 20 MB is a crawler accident
META_FIELDS = ("title", "published", "url", "source")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SCRIPT_STYLE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.S | re.I)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(p|div|br|h[1-6]|li|tr|article|section)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|"
    r"pubdate|date)[\"'][^>]*content=[\"'](\d{4}-\d{2}-\d{2})",
    re.I,
)
_JSONLD_DATE = re.compile(r"[\"']datePublished[\"']\s*:\s*[\"'](\d{4}-\d{2}-\d{2})")
_TIME_DATE = re.compile(r"<time\b[^>]*\bdatetime=[\"'](\d{4}-\d{2}-\d{2})", re.I)


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES
) -> Iterator[Doc | InputError]:
    """Every article under `paths` (files, or folders walked recursively in sorted order)."""
    for path in iter_files(paths):
        if isinstance(path, InputError):
            yield path
        else:
            yield from read_file(path, max_bytes=max_bytes)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Named files as given; folders expanded to their supported files, sorted, loop-safe."""
    for given in paths:
        path = Path(given)
        problem = _stat_problem(path)
        if problem:
            yield UnreadableInput(str(path), problem)
        elif path.is_dir():
            yield from _walk(path, seen=set())
        else:
            yield path


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Doc | InputError]:
    """The article(s) in one file: one Doc, one per JSON line, or an InputError."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
            return
        text = decode(_read_bytes(path, max_bytes), str(path))
        if suffix in HTML_SUFFIXES or _looks_like_html(text):
            yield _html_doc(path, text)
        else:
            yield _doc(path, text, _crawler_meta(text))
    except InputError as exc:
        yield exc


def read_one(path: str | Path) -> Doc:
    """The single article in a text/HTML file; raises its InputError."""
    for item in read_file(Path(path)):
        if isinstance(item, InputError):
            raise item
        return item
    raise EmptyInput(str(path), "no article in file")


def decode(data: bytes, source: str) -> str:
    """Bytes → text: BOMs first, then UTF-8, then cp1252/latin-1; binary and empty refused."""
    if not data:
        raise EmptyInput(source, "empty file")
    text = _decode_bytes(data, source)
    if not text.strip():
        raise EmptyInput(source, "only whitespace")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(4, len(sample) // 20):
        raise BinaryInput(source, "binary data (mostly control characters), not text")
    return text


# ── files and folders ────────────────────────────────────────────────────────────────


def _stat_problem(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        return _os_reason(exc)
    return ""


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file or directory (or a broken symlink)"
    return exc.strerror or str(exc)


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | InputError]:
    real = os.path.realpath(folder)
    if real in seen:
        yield UnreadableInput(str(folder), "symlink loop (folder already visited)")
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield UnreadableInput(str(folder), _os_reason(exc))
        return
    for entry in entries:
        yield from _walk_entry(Path(entry.path), seen)


def _walk_entry(path: Path, seen: set[str]) -> Iterator[Path | InputError]:
    problem = _stat_problem(path)
    if problem:
        if path.suffix.lower() in SUPPORTED_SUFFIXES or problem == "symlink loop":
            yield UnreadableInput(str(path), problem)
    elif path.is_dir():
        yield from _walk(path, seen)
    elif path.suffix.lower() in SUPPORTED_SUFFIXES:
        yield path


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableInput(
                str(path),
                f"too large ({size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB)",
                "split it into articles (one .txt per article, or .jsonl)",
            )
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise UnreadableInput(str(path), "is a directory") from None
    except OSError as exc:
        raise UnreadableInput(str(path), _os_reason(exc)) from None


# ── decoding ─────────────────────────────────────────────────────────────────────────


def _decode_bytes(data: bytes, source: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise MalformedInput(source, f"invalid {codec} text: {exc.reason}") from None
    bom_less_utf16 = _utf16_without_bom(data)
    if bom_less_utf16:
        return data.decode(bom_less_utf16, errors="replace")
    if b"\x00" in data[:8192]:
        raise BinaryInput(source, "binary data (NUL bytes), not text")
    return _decode_8bit(data)


def _utf16_without_bom(data: bytes) -> str:
    sample = data[:4096]
    if len(sample) < 8:
        return ""
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return ""


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut mid-character is still UTF-8: keep it, drop the broken tail.
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# ── formats ──────────────────────────────────────────────────────────────────────────


def _doc(path: Path, text: str, meta: dict[str, Any], name: str = "") -> Doc:
    meta = {"file": str(path), **{k: v for k, v in meta.items() if v not in (None, "")}}
    return Doc(name=name or path.name, raw=text, meta=meta)


_URL_FIRST_LINE = re.compile(rf"\A\s*{URL_LINE}[^\S\n]*(?:\n|\Z)")


def _crawler_meta(text: str) -> dict[str, Any]:
    """A crawler may keep the page address on a first `url <address>` line: the metadata
    `url` (the text itself is left as it is; the cleaner drops the line)."""
    found = _URL_FIRST_LINE.match(text) if text[:8].lstrip()[:3].lower() == "url" else None
    return {"url": found.group("url")} if found else {}


def _read_jsonl(path: Path) -> Iterator[Doc | InputError]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; lines decoded one by one
    except OSError as exc:
        raise UnreadableInput(str(path), _os_reason(exc)) from None
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield _jsonl_record(path, lineno, line)


def _jsonl_record(path: Path, lineno: int, line: bytes) -> Doc | InputError:
    source = f"{path}:{lineno}"
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return MalformedInput(source, f"broken JSON line ({exc})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return MalformedInput(source, 'not an object with a "text" string')
    if not record["text"].strip():
        return EmptyInput(source, "empty text")
    meta = {k: str(record[k]) for k in META_FIELDS if record.get(k) not in (None, "")}
    # Each line is its own article: keyed by file *and* line, so re-ingesting an archive
    # does not take line 2 for a new version of line 1.
    meta["file"] = source
    return _doc(path, record["text"], meta, name=f"{path.name}:{lineno}")


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _html_doc(path: Path, page: str) -> Doc:
    text = _html_main_text(page) or _html_to_text(page)
    if not text.strip():
        raise EmptyInput(str(path), "HTML page without text")
    meta: dict[str, Any] = {}
    title = _TITLE_TAG.search(page)
    if title:
        meta["title"] = _page_title(title.group(1))
    published = _page_published(page)
    if published:
        meta["published"] = published
    return _doc(path, text, meta)


def _page_published(page: str) -> str | None:
    """The page's publication date: a meta tag, JSON-LD `datePublished`, or the one date
    its <time datetime=…> tags agree on (several dates: sidebars, so none is trusted)."""
    found = _META_DATE.search(page) or _JSONLD_DATE.search(page)
    if found:
        return found.group(1)
    times = set(_TIME_DATE.findall(page))
    return times.pop() if len(times) == 1 else None


def _page_title(tag_text: str) -> str:
    """The <title> text without a trailing site name ("Talks held | VietnamPlus")."""
    title = " ".join(html_lib.unescape(_TAG.sub("", tag_text)).split())
    head, sep, site = title.rpartition(" | ")
    return head if sep and head and len(site.split()) <= 4 else title


def _html_main_text(page: str) -> str:
    import trafilatura  # slow to import; only HTML inputs need it

    try:
        text = trafilatura.extract(page, include_comments=False, favor_recall=True)
    except Exception:  # noqa: BLE001 - a parser crash on a bad page falls back to tag stripping
        return ""
    return text or ""


def _html_to_text(page: str) -> str:
    text = _SCRIPT_STYLE.sub(" ", page)
    text = _BLOCK_TAG.sub("\n", text)
    text = html_lib.unescape(_TAG.sub(" ", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
