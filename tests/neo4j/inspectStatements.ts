import type { TestStatement } from './analystEdits.js';

// Test-only Cypher that reads (or wipes) the test database as a whole, for the suites that run
// on a real Neo4j. Linted by tests/neo4j/cypherLint.test.ts like every other statement.

export const INSPECT = {
  wipe: {
    name: 'empty the test database (data only; constraints and indexes stay)',
    text: 'MATCH (n) DETACH DELETE n',
    params: [],
  },
  nodes: {
    name: 'every node with its labels and properties',
    text: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
    params: [],
  },
  relationships: {
    name: 'every relationship with its ends, type and properties',
    text: 'MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS props',
    params: [],
  },
  counts: {
    name: 'how many nodes and relationships there are, and how many kg load wrote',
    text: `
CALL () { MATCH (n) RETURN count(n) AS nodes, count(n._kg) AS kgNodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, count(r._kg) AS kgRelationships }
RETURN nodes, kgNodes, relationships, kgRelationships`,
    params: [],
  },
  constraints: {
    name: 'the constraints',
    text: 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    params: [],
  },
  indexes: {
    name: 'the indexes with their state and options',
    text: 'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN name, type, state, labelsOrTypes, properties, options',
    params: [],
  },
  fulltext: {
    name: 'ids found by the full-text index for a query',
    text: "CALL db.index.fulltext.queryNodes('kg_entity_names', $query) YIELD node RETURN node.id AS id",
    params: ['query'],
  },
} satisfies Record<string, TestStatement>;
