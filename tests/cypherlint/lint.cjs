// Offline Cypher lint: Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support), run by tests/test_cypher_lint.py.
//
// stdin:  {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//          "statements": [{"id": "...", "text": "...", "parameters": {...}}]}
// stdout: [{"id": "...", "diagnostics": [{"severity", "message", "line", "column"}]}]
//
// Each statement is linted with its own parameters, so an undeclared `$param` is an error.
// Functions and procedures come from the package's recorded Neo4j 5 catalogue, narrowed to
// what a Neo4j Community server without plugins has: built-in functions and db.*/dbms.*
// procedures (an APOC or GDS call would fail on the docker-compose server).
// CommonJS on purpose: this version's ESM build has extension-less imports Node cannot resolve.
const { lintCypherQuery, testData } = require('@neo4j-cypher/language-support');

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const VERSION = 'CYPHER 5';

function builtInCatalogue() {
  const functions = Object.fromEntries(
    Object.entries(testData.mockSchema.functions[VERSION]).filter(([, fn]) => fn.isBuiltIn),
  );
  const procedures = Object.fromEntries(
    Object.entries(testData.mockSchema.procedures[VERSION]).filter(
      ([name]) => name.startsWith('db.') || name.startsWith('dbms.') || name.startsWith('tx.'),
    ),
  );
  return { functions: { [VERSION]: functions }, procedures: { [VERSION]: procedures } };
}

function lint(statement, schema, catalogue) {
  const dbSchema = {
    ...catalogue,
    labels: schema.labels ?? [],
    relationshipTypes: schema.relationshipTypes ?? [],
    propertyKeys: schema.propertyKeys ?? [],
    parameters: statement.parameters ?? {},
    defaultLanguage: VERSION,
  };
  return lintCypherQuery(statement.text, dbSchema).map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function main() {
  const input = await readStdin();
  const catalogue = builtInCatalogue();
  const out = input.statements.map((s) => ({
    id: s.id,
    diagnostics: lint(s, input.schema ?? {}, catalogue),
  }));
  process.stdout.write(JSON.stringify(out) + '\n');
}

main();
