// Meetings per year between a country's officials and each foreign country's.
// The rhythm of a relationship. Meetings are counted once per event; undated ones are left out.
//
// Parameters:
//   $country  ISO alpha-3 code of the home country, e.g. VNM
//
// In Neo4j Browser:
// :param country => 'VNM'
MATCH (x)-[m:MET_WITH]-(y)
WHERE x.country = $country AND y.country <> $country AND m.date IS NOT NULL
RETURN left(m.date, 4) AS year, y.country AS partner, count(DISTINCT m.event) AS meetings
ORDER BY year, meetings DESC, partner;
