"""Saved Cypher, loaded by name: the Neo4j schema and the analysts' query library.

Files are data: `schema.cypher` (constraints and indexes for Neo4j) and one
`queries/NAME.cypher` per saved query. A query that Kùzu/LadybugDB Cypher cannot run as
written has a dialect variant `queries/NAME.embedded.cypher`; every other query is the
same text in both stores.

A saved query opens with a header comment that `saved_queries()` parses:

    // What the query answers, in one line (shown by `diplograph query --list`).
    // More lines of description …
    //
    // Parameters:
    //   $name  what the parameter is
    //
    // In Neo4j Browser:
    // :param name => 'To Lam'

The `:param` lines are pasted as they are into Neo4j Browser; they also give each
parameter an example value, which the tests use to run every query.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import QueryError

HERE = Path(__file__).resolve().parent
QUERIES = HERE / "queries"
DIALECTS = ("neo4j", "embedded")

_HEADINGS = {"Parameters:", "In Neo4j Browser:", "Examples:"}
_NAME = re.compile(r"[A-Za-z0-9_]+")
_PARAM_USE = re.compile(r"\$(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)")
_PARAM_DOC = re.compile(r"^\s*\$([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$")
_PARAM_EXAMPLE = re.compile(r"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?);?\s*$")
# Strings and comments are skipped when looking for `$param` uses: `'$5'` is not a parameter.
_STRINGS_AND_COMMENTS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.DOTALL
)

_STATEMENT_END = re.compile(_STRINGS_AND_COMMENTS.pattern + "|;", re.DOTALL)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str  # the header's prose; its first line is the one-line summary
    params: dict[str, str]  # parameter name → what it means
    text: str  # the full file, header included (Cypher comments run as they are)
    examples: dict[str, Any] = field(default_factory=dict)  # from the `:param` lines

    @property
    def summary(self) -> str:
        """The description's first sentence, on one line."""
        flat = " ".join(self.description.split())
        return re.split(r"(?<=[.?!])\s", flat, maxsplit=1)[0]


def load(name: str, dialect: str = "neo4j") -> str:
    """The text of the saved query or schema file `name`, in the store's dialect."""
    return _path(name, dialect).read_text(encoding="utf-8")


def saved_query(name: str, dialect: str = "neo4j") -> SavedQuery:
    return parse(name, load(name, dialect))


def saved_queries(dialect: str = "neo4j") -> list[SavedQuery]:
    """Every saved analyst query, by name, in the given dialect."""
    return [saved_query(name, dialect) for name in query_names()]


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERIES.glob("*.cypher") if "." not in p.stem)


def schema_statements() -> list[str]:
    """The Neo4j schema statements (constraints, indexes), one string each, in order."""
    return split_statements(load("schema"))


def parameters_in(text: str) -> set[str]:
    """The `$param` names a Cypher text uses (outside strings and comments)."""
    code = _STRINGS_AND_COMMENTS.sub(" ", text)
    return {m.group(1).strip("`") for m in _PARAM_USE.finditer(code)}


def split_statements(text: str) -> list[str]:
    """Split a file of `;`-terminated statements; comment-only chunks are dropped."""
    out, start = [], 0
    for token in _STATEMENT_END.finditer(text + ";"):
        if token.group() == ";":
            chunk = text[start : token.start()].strip()
            if _STRINGS_AND_COMMENTS.sub(" ", chunk).strip():
                out.append(chunk)
            start = token.end()
    return out


def parse(name: str, text: str) -> SavedQuery:
    """Read a saved query's header comment into a `SavedQuery`."""
    header = _header_lines(text)
    prose, params, examples = [], {}, {}
    for line in header:
        if doc := _PARAM_DOC.match(line):
            params[doc.group(1)] = doc.group(2).strip()
        elif example := _PARAM_EXAMPLE.match(line):
            examples[example.group(1)] = _literal(name, example.group(2))
        elif line in _HEADINGS:
            continue
        else:
            prose.append(line)
    description = re.sub(r"\n{2,}", "\n", "\n".join(prose)).strip()
    if not description:
        raise QueryError(f"saved query {name!r} has no header comment saying what it answers")
    return SavedQuery(name, description, params, text, examples)


def _header_lines(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line.startswith("//"):
            break
        lines.append(line[2:].strip())
    return lines


def _literal(name: str, source: str) -> Any:
    try:
        return ast.literal_eval(source.strip())
    except (ValueError, SyntaxError) as exc:
        raise QueryError(f"saved query {name!r}: cannot read the example value {source!r}") from exc


def _path(name: str, dialect: str) -> Path:
    if dialect not in DIALECTS:
        raise QueryError(
            f"unknown Cypher dialect {dialect!r}", hint=f"use one of {', '.join(DIALECTS)}"
        )
    if _NAME.fullmatch(name):
        for folder in (QUERIES, HERE):
            for candidate in (folder / f"{name}.{dialect}.cypher", folder / f"{name}.cypher"):
                if candidate.is_file():
                    return candidate
    raise QueryError(
        f"no saved query named {name!r}", hint=f"known names: {', '.join(known_names())}"
    )


def known_names() -> list[str]:
    """Saved query names, then schema file names: everything `load()` accepts."""
    schema = sorted(p.name.split(".", 1)[0] for p in HERE.glob("*.cypher"))
    return [*query_names(), *dict.fromkeys(schema)]
