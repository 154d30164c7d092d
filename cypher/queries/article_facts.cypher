// Everything one article contributed to the graph.
// Its meetings, partnership levels and signings, each with the sentence of this article
// it rests on and that sentence's character offsets in the article's file (-1: not
// known). A fact other articles also report lists their sentences beside this one:
// `i` picks this article's.
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
WITH m, [n IN range(0, size(m.articles) - 1) WHERE m.articles[n] = art.id][0] AS i,
     coalesce(x.name, x.title + ' (' + coalesce(x.country, '-') + ')') AS a,
     coalesce(y.name, y.title + ' (' + coalesce(y.country, '-') + ')') AS b
RETURN 'MET_WITH' AS fact, m.date AS date, m.kind + ': ' + a + ' – ' + b AS detail,
       m.evidence[i] AS evidence, m.evidenceStart[i] AS evidenceStart,
       m.evidenceEnd[i] AS evidenceEnd
UNION ALL
MATCH (art:Article)
WHERE art.file = $article OR art.id = $article
MATCH (a:Country)-[u:UPGRADED_TO]->(b:Country)
WHERE art.id IN u.articles
WITH a, b, u, [n IN range(0, size(u.articles) - 1) WHERE u.articles[n] = art.id][0] AS i
RETURN 'UPGRADED_TO' AS fact, u.date AS date,
       a.iso3 + '–' + b.iso3 + ' ' + u.level AS detail, u.evidence[i] AS evidence,
       u.evidenceStart[i] AS evidenceStart, u.evidenceEnd[i] AS evidenceEnd
UNION ALL
MATCH (art:Article)
WHERE art.file = $article OR art.id = $article
MATCH (:Country)-[s:SIGNED]->(e:Event)
WHERE art.id IN s.articles
WITH e, s, [n IN range(0, size(s.articles) - 1) WHERE s.articles[n] = art.id][0] AS i
WITH DISTINCT e, s.evidence[i] AS evidence, s.evidenceStart[i] AS evidenceStart,
     s.evidenceEnd[i] AS evidenceEnd
RETURN 'SIGNED' AS fact, e.date AS date, e.title AS detail, evidence, evidenceStart,
       evidenceEnd;
