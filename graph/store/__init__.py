"""Stores of the resolved graph: the embedded LadybugDB store and Neo4j, one interface.

`base` defines the writer interface (`GraphStore`) and the atomic change set; `rows`
the typed property schema and the parameter rows both writers send.
"""

from graph.store.base import Changes, GraphStore, StoredArticle, diff

__all__ = ["Changes", "GraphStore", "StoredArticle", "diff"]
