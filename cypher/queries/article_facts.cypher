// Everything one article contributed to the graph.
// Its meetings, partnership levels and signings, each with the sentence it rests on.
// The article is named by file or id.
//
// Parameters:
//   $article  the article's file name (or its id), e.g. 004_4e5e15dbdb680e40.txt
//
// In Neo4j Browser:
// :param article => '004_4e5e15dbdb680e40.txt'
MATCH (art:Article)
WHERE art.file = $article OR art.id = $article
MATCH (x)-[m:MET_WITH]->(y)
WHERE art.id IN m.articles
WITH m, coalesce(x.name, x.title + ' (' + coalesce(x.country, '-') + ')') AS a,
     coalesce(y.name, y.title + ' (' + coalesce(y.country, '-') + ')') AS b
RETURN 'MET_WITH' AS fact, m.date AS date, m.kind + ': ' + a + ' – ' + b AS detail,
       m.evidence AS evidence
UNION ALL
MATCH (art:Article)
WHERE art.file = $article OR art.id = $article
MATCH (a:Country)-[u:UPGRADED_TO]->(b:Country)
WHERE art.id IN u.articles
RETURN 'UPGRADED_TO' AS fact, u.date AS date,
       a.iso3 + '–' + b.iso3 + ' ' + u.level AS detail, u.evidence AS evidence
UNION ALL
MATCH (art:Article)
WHERE art.file = $article OR art.id = $article
MATCH (:Country)-[s:SIGNED]->(e:Event)
WHERE art.id IN s.articles
WITH DISTINCT e, s.evidence AS evidence
RETURN 'SIGNED' AS fact, e.date AS date, e.title AS detail, evidence;
