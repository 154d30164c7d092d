// The foreign leaders a country's officials met most often, with who met them.
// Meetings are counted once per event, however many articles report them.
//
// Parameters:
//   $country  ISO alpha-3 code of the home country, e.g. VNM
//   $limit  how many leaders to list
//
// In Neo4j Browser:
// :param country => 'VNM'
// :param limit => 10
MATCH (official)-[m:MET_WITH]-(leader:Person)
WHERE official.country = $country AND leader.country <> $country
RETURN leader.name AS leader, leader.country AS country, count(DISTINCT m.event) AS meetings,
       collect(DISTINCT coalesce(official.name, official.title)) AS metBy
ORDER BY meetings DESC, leader
LIMIT $limit;
