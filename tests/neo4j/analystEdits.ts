// What an analyst might do by hand in Browser, for the tests that prove `kg load` leaves it
// alone (tests/contract/neo4j.test.ts, run when NEO4J_URI is set). Test-only Cypher, kept here
// so the lint test checks it like every other statement.

export interface TestStatement {
  name: string;
  text: string;
  params: string[];
}

/** Labels analysts' statements use besides the ontology's. */
export const ANALYST_LABELS = ['Memo'];
export const ANALYST_TYPES = ['ABOUT'];

export const ANALYST_EDITS = {
  add: {
    name: 'analyst adds a property, a memo node and a link of their own',
    text: `
MATCH (a:Entity {id: $annotated})
MATCH (b:Entity {id: $linked})
MATCH (m:Entity {id: $memoTarget})
SET a.analystNote = $note
CREATE (memo:Memo {id: $memoId, text: $note})-[:ABOUT]->(m)
CREATE (a)-[:COOPERATES_WITH {topic: $note}]->(b)`,
    params: ['annotated', 'linked', 'memoTarget', 'note', 'memoId'],
  },
  read: {
    name: 'read back what the analyst added',
    text: `
MATCH (a:Entity {id: $annotated})
RETURN a.analystNote AS note,
  COUNT { (:Memo {id: $memoId})-[:ABOUT]->(:Entity {id: $memoTarget}) } AS memos,
  COUNT { (a)-[r:COOPERATES_WITH]->(:Entity {id: $linked}) WHERE r._kg IS NULL } AS links`,
    params: ['annotated', 'linked', 'memoTarget', 'memoId'],
  },
  entity: {
    name: 'read an entity and its pipeline keys',
    text: `
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n IS NOT NULL AS exists, properties(n) AS props`,
    params: ['id'],
  },
  removeMemo: {
    name: 'analyst deletes their memo',
    text: `
MATCH (memo:Memo {id: $memoId})
DETACH DELETE memo`,
    params: ['memoId'],
  },
  cleanUp: {
    name: 'remove everything the analyst added',
    text: `
MATCH (a:Entity {id: $annotated})
REMOVE a.analystNote
WITH a
OPTIONAL MATCH (a)-[r:COOPERATES_WITH]->()
WHERE r._kg IS NULL
DELETE r`,
    params: ['annotated'],
  },
} satisfies Record<string, TestStatement>;
