// Meetings and upgrades the articles did not date.
// For an analyst to date by hand or check in the sources. At most $limit of each.
//
// Parameters:
//   $limit  how many facts of each kind to list at most
//
// In Neo4j Browser:
// :param limit => 50
MATCH (x)-[m:MET_WITH]->(y)
WHERE m.date IS NULL
OPTIONAL MATCH (art:Article)
WHERE art.id IN m.articles
WITH m, coalesce(x.name, x.title + ' (' + coalesce(x.country, '-') + ')') AS a,
     coalesce(y.name, y.title + ' (' + coalesce(y.country, '-') + ')') AS b,
     collect(art.file) AS articles
RETURN 'MET_WITH' AS fact, a + ' – ' + b AS detail, m.evidence AS evidence, articles
ORDER BY detail
LIMIT $limit
UNION ALL
MATCH (a:Country)-[u:UPGRADED_TO]->(b:Country)
WHERE u.date IS NULL
OPTIONAL MATCH (art:Article)
WHERE art.id IN u.articles
WITH a, u, b, collect(art.file) AS articles
RETURN 'UPGRADED_TO' AS fact, a.iso3 + '–' + b.iso3 + ' ' + u.level AS detail,
       u.evidence AS evidence, articles
ORDER BY detail
LIMIT $limit;
