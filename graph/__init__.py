"""Facts → one resolved graph → stores (embedded, Neo4j), exports and analysis."""
