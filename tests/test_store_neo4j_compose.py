"""docker-compose.yml keeps its contract: Neo4j 5 Community, Browser and Bolt, env auth
with a default, a named data volume and a healthcheck (`docker compose up -d --wait`).
There is no Docker here, so these are text checks; test_neo4j_e2e.py uses the server."""

from __future__ import annotations

import re
from pathlib import Path

COMPOSE = (Path(__file__).resolve().parents[1] / "docker-compose.yml").read_text("utf-8")


def test_store_neo4j_compose_runs_neo4j_5_community() -> None:
    assert re.search(r"^\s+image:\s*neo4j:5[\w.-]*-community\s*$", COMPOSE, re.M)


def test_store_neo4j_compose_publishes_browser_and_bolt() -> None:
    assert '"7474:7474"' in COMPOSE and '"7687:7687"' in COMPOSE


def test_store_neo4j_compose_takes_auth_from_the_environment_with_a_default() -> None:
    match = re.search(r"NEO4J_AUTH:\s*neo4j/\$\{NEO4J_PASSWORD:-(\S+)\}", COMPOSE)
    assert match and len(match.group(1)) >= 8  # Neo4j 5 refuses shorter passwords


def test_store_neo4j_compose_keeps_data_in_a_named_volume() -> None:
    assert re.search(r"^\s+- neo4j-data:/data\s*$", COMPOSE, re.M)
    assert re.search(r"^volumes:\n\s+neo4j-data:", COMPOSE, re.M)


def test_store_neo4j_compose_has_a_healthcheck_for_wait() -> None:
    assert re.search(r"healthcheck:\n\s+# .*\n\s+test: .*cypher-shell", COMPOSE)
