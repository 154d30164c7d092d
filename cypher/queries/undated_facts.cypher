// Meetings and upgrades the articles did not date.
// For an analyst to date by hand or check in the sources.
//
// Parameters:
//   $limit  how many facts to list at most
//
// In Neo4j Browser:
// :param limit => 50
MATCH (x)-[m:MET_WITH]->(y)
WHERE m.date IS NULL
RETURN 'MET_WITH' AS fact, coalesce(x.name, x.title) + ' – ' + coalesce(y.name, y.title) AS detail,
       m.evidence AS evidence, m.articles AS articles
LIMIT $limit
UNION ALL
MATCH (a:Country)-[u:UPGRADED_TO]->(b:Country)
WHERE u.date IS NULL
RETURN 'UPGRADED_TO' AS fact, a.iso3 + '–' + b.iso3 + ' ' + u.level AS detail,
       u.evidence AS evidence, u.articles AS articles
LIMIT $limit;
