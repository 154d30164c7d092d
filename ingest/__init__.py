"""Article text → dated, sourced diplomatic facts.

`ingest` never imports `graph`; `graph` reads the fact records defined in `ingest.types`.
"""
