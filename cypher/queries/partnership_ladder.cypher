// The partnership ladder of two countries over time.
// Every level they reached, in order, with the article wording, the sentences and the
// articles that report it.
//
// Parameters:
//   $a  ISO alpha-3 code of one country, e.g. VNM
//   $b  ISO alpha-3 code of the other, e.g. USA
//
// In Neo4j Browser:
// :param a => 'VNM'
// :param b => 'USA'
MATCH (:Country {iso3: $a})-[u:UPGRADED_TO]-(:Country {iso3: $b})
OPTIONAL MATCH (art:Article)
WHERE art.id IN u.articles
WITH u, collect(art.file) AS articles
RETURN u.date AS date, u.level AS level, u.rank AS rank, u.label AS label,
       u.evidence AS evidence, articles
ORDER BY u.dateStart, rank;
