// The most recent dated meetings in the graph, newest first, with both sides' countries.
//
// Parameters:
//   $limit  how many meetings to list
//
// In Neo4j Browser:
// :param limit => 20
MATCH (x)-[m:MET_WITH]->(y)
WHERE m.dateStart IS NOT NULL
OPTIONAL MATCH (art:Article)
WHERE art.id IN m.articles
WITH x, m, y, collect(art.file) AS articles
RETURN m.date AS date, m.kind AS kind, coalesce(x.name, x.title) AS a, x.country AS aCountry,
       coalesce(y.name, y.title) AS b, y.country AS bCountry, articles
ORDER BY m.dateStart DESC, a, b
LIMIT $limit;
