// Agreements signed between two countries.
// What was signed, when, the sentence that says so and the articles reporting it.
//
// Parameters:
//   $a  ISO alpha-3 code of one party, e.g. VNM
//   $b  ISO alpha-3 code of the other party, e.g. KAZ
//
// In Neo4j Browser:
// :param a => 'VNM'
// :param b => 'KAZ'
MATCH (:Country {iso3: $a})-[s:SIGNED]->(e:Event)<-[:SIGNED]-(:Country {iso3: $b})
OPTIONAL MATCH (art:Article)
WHERE art.id IN s.articles
WITH e, s, collect(art.file) AS articles
RETURN e.date AS date, e.title AS what, s.evidence AS evidence, articles
ORDER BY e.dateStart, what;
