// Partnership upgrades (and establishments of relations) in a period, oldest first.
//
// Parameters:
//   $from  first day of the period, YYYY-MM-DD
//   $to  last day of the period, YYYY-MM-DD
//
// In Neo4j Browser:
// :param from => '2024-01-01'
// :param to => '2025-12-31'
MATCH (a:Country)-[u:UPGRADED_TO]->(b:Country)
WHERE u.dateStart <= date($to) AND u.dateEnd >= date($from)
OPTIONAL MATCH (art:Article)
WHERE art.id IN u.articles
WITH a, u, b, collect(art.file) AS articles
RETURN u.date AS date, a.iso3 AS country, b.iso3 AS partner, u.level AS level,
       u.label AS label, articles
ORDER BY u.dateStart, country, partner;
