// Every fact about a pair of countries, with its source sentences and articles.
// Meetings between their people and offices, partnership levels, signed agreements.
//
// Parameters:
//   $a  ISO alpha-3 code of one country, e.g. VNM
//   $b  ISO alpha-3 code of the other, e.g. RUS
//
// In Neo4j Browser:
// :param a => 'VNM'
// :param b => 'RUS'
MATCH (x)-[m:MET_WITH]-(y)
WHERE x.country = $a AND y.country = $b
OPTIONAL MATCH (art:Article)
WHERE art.id IN m.articles
WITH x, m, y, collect(art.file) AS articles
RETURN 'MET_WITH' AS fact, m.date AS date,
       m.kind + ': ' + coalesce(x.name, x.title) + ' – ' + coalesce(y.name, y.title) AS detail,
       m.evidence AS evidence, articles
UNION ALL
MATCH (:Country {iso3: $a})-[u:UPGRADED_TO]-(:Country {iso3: $b})
OPTIONAL MATCH (art:Article)
WHERE art.id IN u.articles
WITH u, collect(art.file) AS articles
RETURN 'UPGRADED_TO' AS fact, u.date AS date, u.level + ': ' + u.label AS detail,
       u.evidence AS evidence, articles
UNION ALL
MATCH (:Country {iso3: $a})-[s:SIGNED]->(e:Event)<-[:SIGNED]-(:Country {iso3: $b})
OPTIONAL MATCH (art:Article)
WHERE art.id IN s.articles
WITH e, s, collect(art.file) AS articles
RETURN 'SIGNED' AS fact, s.date AS date, e.title AS detail, s.evidence AS evidence, articles;
