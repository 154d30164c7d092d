// The shortest chain of meetings linking two leaders.
// At most 6 meetings, through persons and offices: who met whom, step by step.
// Kùzu/LadybugDB dialect: shortest paths are `-[* SHORTEST 1..6]-` and list
// comprehensions over path nodes are written with `list_transform`.
//
// Parameters:
//   $a  name or alias of the first leader
//   $b  name or alias of the second leader
//
// Examples:
// :param a => 'Kassym-Jomart Tokayev'
// :param b => 'Aleksandr Lukashenko'
WITH toLower($a) AS keyA, toLower($b) AS keyB
MATCH path = (a:Person)-[:MET_WITH* SHORTEST 1..6]-(b:Person)
WHERE (toLower(a.name) = keyA OR any(alias IN a.aliases WHERE toLower(alias) = keyA))
  AND (toLower(b.name) = keyB OR any(alias IN b.aliases WHERE toLower(alias) = keyB))
  AND a.id <> b.id
RETURN length(path) AS hops,
       list_transform(nodes(path),
                      n -> coalesce(n.name, n.title + ' (' + coalesce(n.country, '-') + ')')) AS chain
ORDER BY hops
LIMIT 1;
