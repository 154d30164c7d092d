// Neo4j schema for the diplograph graph (shared/spec/graph-schema.md).
// Run first, before any write; every statement is idempotent (IF NOT EXISTS).
// Unique keys per label: the writer MERGEs on them, so they double as lookup indexes.
CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// Bookkeeping of incremental ingest (one state per entity), not part of the graph.
CREATE CONSTRAINT ledger_key IF NOT EXISTS FOR (n:Ledger) REQUIRE n.key IS UNIQUE;

// Lookups analysts type by hand: names, titles, article files.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX office_country IF NOT EXISTS FOR (n:Office) ON (n.country);
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);

// Range queries on dates and filters on levels and kinds.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateStart, n.dateEnd);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX met_with_date IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.dateStart, r.dateEnd);
CREATE INDEX upgraded_to_date IF NOT EXISTS FOR ()-[r:UPGRADED_TO]-() ON (r.dateStart, r.dateEnd);
CREATE INDEX upgraded_to_level IF NOT EXISTS FOR ()-[r:UPGRADED_TO]-() ON (r.level);
CREATE INDEX upgraded_to_rank IF NOT EXISTS FOR ()-[r:UPGRADED_TO]-() ON (r.rank);
CREATE INDEX signed_date IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.dateStart, r.dateEnd);
