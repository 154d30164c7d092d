// A country's partners ranked by their current partnership level, highest first.
// The current level of a pair is the highest ranked level it has reached
// (diplomatic_relations 0 … comprehensive_strategic_partnership 3); frameworks with
// level `other` are left out because they have no rank.
//
// Parameters:
//   $country  ISO 3166-1 alpha-3 code, e.g. VNM
//
// In Neo4j Browser:
// :param country => 'VNM'
MATCH (c:Country {iso3: $country})-[u:UPGRADED_TO]-(partner:Country)
WHERE u.rank >= 0
WITH c, partner, max(u.rank) AS rank
MATCH (c)-[u:UPGRADED_TO]-(partner)
WHERE u.rank = rank
RETURN partner.iso3 AS partner, partner.name AS name, rank, min(u.level) AS level,
       min(u.label) AS label, min(u.date) AS since
ORDER BY rank DESC, partner;
