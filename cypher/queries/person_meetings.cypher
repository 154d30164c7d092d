// A person's meetings in a period.
// Whom they met, how, when, and which articles say so.
// The person is found by name or any alias, ignoring case. A meeting counts when its
// date range overlaps the period (a meeting dated "2025-05" is in May 2025); undated
// meetings cannot be placed in a period and are listed by `undated_facts`.
//
// Parameters:
//   $name  a person's name or alias, e.g. To Lam
//   $from  first day of the period, YYYY-MM-DD
//   $to  last day of the period, YYYY-MM-DD
//
// In Neo4j Browser:
// :param name => 'To Lam'
// :param from => '2025-01-01'
// :param to => '2025-12-31'
WITH toLower($name) AS key
MATCH (p:Person)-[m:MET_WITH]-(other)
WHERE (toLower(p.name) = key OR any(alias IN p.aliases WHERE toLower(alias) = key))
  AND m.dateStart <= date($to) AND m.dateEnd >= date($from)
OPTIONAL MATCH (art:Article)
WHERE art.id IN m.articles
WITH p, m, other, collect(art.file) AS articles
RETURN p.name AS person, m.date AS date, m.kind AS kind,
       coalesce(other.name, other.title) AS metWith, other.country AS country, articles
ORDER BY m.dateStart, metWith;
