"""The saved-query loader: names, dialect variants, headers, parameters, statement splits."""

from __future__ import annotations

import pytest

import cypher
from graph.errors import QueryError


def test_cypher_load_returns_the_file_text() -> None:
    text = cypher.load("partnership_ladder")
    assert text == (cypher.QUERIES / "partnership_ladder.cypher").read_text("utf-8")
    assert "UPGRADED_TO" in text


def test_cypher_load_picks_the_embedded_variant_only_where_one_exists() -> None:
    assert "SHORTEST" in cypher.load("meeting_chain", "embedded")
    assert "shortestPath" in cypher.load("meeting_chain", "neo4j")
    assert cypher.load("partnership_ladder", "embedded") == cypher.load("partnership_ladder")


@pytest.mark.parametrize("name", ["no_such_query", "../schema", "schema.cypher", "", "a b"])
def test_cypher_load_fails_loudly_on_unknown_names(name: str) -> None:
    with pytest.raises(QueryError) as caught:
        cypher.load(name)
    message = str(caught.value)
    assert "person_meetings" in message and "partnership_ladder" in message  # lists names


def test_cypher_load_rejects_unknown_dialects() -> None:
    with pytest.raises(QueryError, match="dialect"):
        cypher.load("person_meetings", "postgres")


def test_cypher_saved_queries_are_at_least_twelve_and_documented() -> None:
    queries = cypher.saved_queries()
    assert len(queries) >= 12
    assert [q.name for q in queries] == cypher.query_names()
    for query in queries:
        assert query.summary.endswith("."), query.name
        assert len(query.summary) <= 100, query.name


@pytest.mark.parametrize("dialect", cypher.DIALECTS)
@pytest.mark.parametrize("name", cypher.query_names())
def test_cypher_every_param_is_documented_and_has_an_example(name: str, dialect: str) -> None:
    query = cypher.saved_query(name, dialect)
    used = cypher.parameters_in(query.text)
    assert set(query.params) == used, "documented parameters differ from those used"
    assert set(query.examples) == used, "every parameter needs a `:param` example"


def test_cypher_variants_take_the_same_parameters_as_the_neo4j_file() -> None:
    for name in cypher.query_names():
        neo4j, embedded = cypher.saved_query(name), cypher.saved_query(name, "embedded")
        assert (neo4j.params, neo4j.examples) == (embedded.params, embedded.examples), name


def test_cypher_parse_reads_the_header() -> None:
    text = (
        "// Who met whom.\n// More detail here.\n//\n// Parameters:\n//   $name  a name\n"
        "//\n// In Neo4j Browser:\n// :param name => 'To Lam'\n// :param n => 3\n"
        "MATCH (p:Person {name: $name}) RETURN p LIMIT $n"
    )
    query = cypher.parse("x", text)
    assert query.description == "Who met whom.\nMore detail here."
    assert query.summary == "Who met whom."
    assert query.params == {"name": "a name"}
    assert query.examples == {"name": "To Lam", "n": 3}


def test_cypher_parse_requires_a_header() -> None:
    with pytest.raises(QueryError, match="header"):
        cypher.parse("bare", "MATCH (n) RETURN n")


def test_cypher_parameters_in_skips_strings_comments_and_quoted_names() -> None:
    text = (
        "// $commented\nMATCH (p) WHERE p.name = $name AND p.x = '$inString' "
        'AND p.y = "$double" /* $block */ RETURN $`odd name`, $limit'
    )
    assert cypher.parameters_in(text) == {"name", "odd name", "limit"}


def test_cypher_split_statements_ignores_semicolons_in_comments_and_strings() -> None:
    text = "// first; still a comment\nRETURN 'a;b';\n\n// only a comment;\nRETURN 2;\n"
    assert cypher.split_statements(text) == [
        "// first; still a comment\nRETURN 'a;b'",
        "// only a comment;\nRETURN 2",
    ]


def test_cypher_schema_statements_are_idempotent_creates() -> None:
    statements = cypher.schema_statements()
    assert len(statements) >= 10
    for statement in statements:
        code = statement.splitlines()[-1]
        assert code.startswith(("CREATE CONSTRAINT", "CREATE INDEX")), code
        assert "IF NOT EXISTS" in code
