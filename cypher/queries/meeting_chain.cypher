// The shortest chain of meetings linking two leaders.
// At most 6 meetings, through persons and offices: who met whom, step by step.
//
// Parameters:
//   $a  name or alias of the first leader
//   $b  name or alias of the second leader
//
// In Neo4j Browser:
// :param a => 'Kassym-Jomart Tokayev'
// :param b => 'Aleksandr Lukashenko'
WITH toLower($a) AS keyA, toLower($b) AS keyB
MATCH (a:Person)
WHERE toLower(a.name) = keyA OR any(alias IN a.aliases WHERE toLower(alias) = keyA)
MATCH (b:Person)
WHERE (toLower(b.name) = keyB OR any(alias IN b.aliases WHERE toLower(alias) = keyB))
  AND a <> b
MATCH path = shortestPath((a)-[:MET_WITH*..6]-(b))
RETURN length(path) AS hops,
       [n IN nodes(path) |
        coalesce(n.name, n.title + ' (' + coalesce(n.country, '-') + ')')] AS chain
ORDER BY hops
LIMIT 1;
