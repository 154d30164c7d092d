// Who a person is: name, aliases, country, offices held and number of meetings.
// Found by name or any alias, ignoring case.
//
// Parameters:
//   $name  a person's name or alias, e.g. Rudenko
//
// In Neo4j Browser:
// :param name => 'Andrey Rudenko'
WITH toLower($name) AS key
MATCH (p:Person)
WHERE toLower(p.name) = key OR any(alias IN p.aliases WHERE toLower(alias) = key)
OPTIONAL MATCH (p)-[:HOLDS]->(o:Office)
WITH p, collect(DISTINCT o.title) AS offices
OPTIONAL MATCH (p)-[m:MET_WITH]-()
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.country AS country, offices,
       count(DISTINCT m.event) AS meetings;
