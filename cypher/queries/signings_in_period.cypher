// Agreements signed within a period, with every signing party.
//
// Parameters:
//   $from  first day of the period, YYYY-MM-DD
//   $to  last day of the period, YYYY-MM-DD
//
// In Neo4j Browser:
// :param from => '2025-01-01'
// :param to => '2025-12-31'
MATCH (party)-[:SIGNED]->(e:Event)
WHERE e.dateStart <= date($to) AND e.dateEnd >= date($from)
WITH e, collect(DISTINCT coalesce(party.iso3, party.country)) AS parties
RETURN e.date AS date, e.title AS what, parties
ORDER BY e.dateStart, what, e.id;
