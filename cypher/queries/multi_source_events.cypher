// Events (meetings, signings) reported by several articles, most reported first.
// The best-sourced facts in the graph.
//
// Parameters:
//   $min  the least number of reporting articles, e.g. 2
//
// In Neo4j Browser:
// :param min => 2
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WITH e, collect(a.file) AS files
WHERE size(files) >= $min
RETURN e.kind AS kind, e.date AS date, e.title AS title, size(files) AS reports, files
ORDER BY reports DESC, date, title;
