"""Errors raised by `graph`, under the one base `ingest.errors.DiplographError`.

DiplographError
├── ingest.errors.InputError …   (see ingest/errors.py)
├── StoreError                   a store cannot be opened, written or queried
│   ├── StoreUnavailable         bad path, locked file, Neo4j unreachable or auth failed
│   └── QueryError               a saved query is unknown, a parameter is missing,
│                                or Cypher is rejected (write clause without --write …)
└── ExportError                  an export cannot be written
"""

from __future__ import annotations

from ingest.errors import DiplographError


class StoreError(DiplographError):
    pass


class StoreUnavailable(StoreError):
    pass


class QueryError(StoreError):
    pass


class ExportError(DiplographError):
    pass
