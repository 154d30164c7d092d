"""Run a saved query (by name) or raw Cypher on a store, and format what comes back.

    columns, rows = run_query(store, "person_meetings", {"name": "To Lam", ...},
                              dialect="embedded")
    print(format_rows(columns, rows, "table"))

Values only ever reach Cypher as parameters; `parse_params` turns `key=value` options
into them. Every `$param` the query uses must be supplied (LadybugDB would silently read
a missing one as null). Write clauses are refused unless `allow_write` is given; on Neo4j
queries also run in read-mode sessions, so the server refuses writes as well.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable
from enum import Enum
from typing import Any, Protocol

import cypher
from graph.errors import QueryError


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


TABLE_CELL_WIDTH = 60  # table cells are shortened past this; json and csv keep everything

# Clauses that change data or schema in either dialect (Kùzu adds COPY, ALTER, INSTALL,
# LOAD, ATTACH, IMPORT/EXPORT DATABASE, CHECKPOINT and transaction control).
WRITE_CLAUSES = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "COPY", "ALTER",
    "INSTALL", "LOAD", "ATTACH", "IMPORT", "EXPORT", "CHECKPOINT", "FOREACH", "BEGIN",
    "COMMIT", "ROLLBACK", "GRANT", "REVOKE", "DENY", "RENAME", "TRUNCATE",
)  # fmt: skip
_WRITE = re.compile(r"(?<![.$\w])(" + "|".join(WRITE_CLAUSES) + r")(?!\w)", re.IGNORECASE)
# What cannot hold a clause keyword: strings, comments, `quoted names`, `.property`,
# `$param`, `{map: keys}` keys.
_NOT_CODE = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/"
    r"|[.$]\s*\w+|\w+\s*:(?!:)",
    re.DOTALL,
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INT = re.compile(r"-?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(0|[1-9][0-9]*)?\.[0-9]+([eE][-+]?[0-9]+)?|-?[0-9]+[eE][-+]?[0-9]+")


class Runner(Protocol):
    def run(
        self, cypher: str, params: dict[str, Any] | None = None
    ) -> tuple[list[str], list[list[Any]]]: ...


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """`["name=To Lam", "limit=10"]` → `{"name": "To Lam", "limit": 10}`: whole numbers
    become ints (unless zero-padded, like "004"), decimals floats, the rest strings."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not _NAME.fullmatch(key):
            raise QueryError(f"bad --param {pair!r}", hint="write --param name=value")
        params[key] = _value(value)
    return params


def _value(text: str) -> Any:
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def is_saved_name(text: str) -> bool:
    """A bare word names a saved query; anything else is Cypher."""
    return bool(re.fullmatch(r"[A-Za-z0-9_]+", text.strip()))


def resolve_text(name_or_cypher: str, dialect: str) -> str:
    """The Cypher to run: a saved query's text in the dialect, or the Cypher itself."""
    if not is_saved_name(name_or_cypher):
        return name_or_cypher
    name, known = name_or_cypher.strip(), cypher.query_names()
    if name not in known:  # schema files load by name too, but are not queries
        raise QueryError(f"no saved query named {name!r}", hint=f"known names: {', '.join(known)}")
    return cypher.load(name, dialect)


def write_clauses(text: str) -> list[str]:
    """The write clauses a Cypher text uses, upper-cased, in order of appearance."""
    code = _NOT_CODE.sub(" ", text)
    return list(dict.fromkeys(m.group(1).upper() for m in _WRITE.finditer(code)))


def check_params(text: str, params: dict[str, Any]) -> None:
    """Every `$param` supplied, and no value that the query does not use."""
    used = cypher.parameters_in(text)
    missing = sorted(used - params.keys())
    unused = sorted(params.keys() - used)
    if missing:
        raise QueryError(
            f"missing parameter(s): {', '.join(missing)}",
            hint=" ".join(f"--param {name}=…" for name in missing),
        )
    if unused:
        raise QueryError(
            f"the query does not use parameter(s): {', '.join(unused)}",
            hint=f"it takes: {', '.join(sorted(used)) or 'no parameters'}",
        )


def run_query(
    store: Runner,
    name_or_cypher: str,
    params: dict[str, Any] | None = None,
    *,
    dialect: str,
    allow_write: bool = False,
) -> tuple[list[str], list[list[Any]]]:
    """Run a saved query or raw Cypher with parameters; (column names, rows)."""
    # One statement per call: a final `;` (as the saved files end) is not sent.
    text = resolve_text(name_or_cypher, dialect).rstrip().removesuffix(";")
    params = dict(params or {})
    check_params(text, params)
    if not allow_write and (clauses := write_clauses(text)):
        raise QueryError(
            f"the query writes ({', '.join(clauses)}); queries are read-only",
            hint="add --write to change the stored graph on purpose",
        )
    run_write = getattr(store, "run_write", None)
    if allow_write and run_write is not None:  # Neo4j: a write-mode session
        return run_write(text, params)  # type: ignore[no-any-return]
    return store.run(text, params)


def list_saved(dialect: str = "neo4j") -> str:
    """One line per saved query: name, parameters, what it answers."""
    queries = cypher.saved_queries(dialect)
    width = max(len(q.name) for q in queries)
    lines = []
    for q in queries:
        params = " ".join(f"${p}" for p in q.params)
        lines.append(f"{q.name:<{width}}  {q.summary}" + (f"  [{params}]" if params else ""))
    return "\n".join(lines)


# ── Output ────────────────────────────────────────────────────────────────────────────


def plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO strings, nested lists and maps converted too."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time values
        return value.iso_format()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def format_rows(columns: list[str], rows: list[list[Any]], fmt: Format = Format.table) -> str:
    if fmt is Format.json:
        objects = [dict(zip(columns, map(plain, row), strict=True)) for row in rows]
        return json.dumps(objects, ensure_ascii=False, indent=2)
    if fmt is Format.csv:
        return _csv(columns, rows)
    return _table(columns, rows)


def _cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _csv(columns: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue().rstrip("\n")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TABLE_CELL_WIDTH else text[: TABLE_CELL_WIDTH - 1] + "…"


def _table(columns: list[str], rows: list[list[Any]]) -> str:
    cells = [[_short(_cell(v)) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
