import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import type { Connection } from './connect.js';
import { run } from './connect.js';
import {
  SCHEMA_STATEMENTS,
  STATEMENTS,
  deleteStaleNodesStatement,
  deleteStaleRelationshipsStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
} from './cypher.js';
import type { LoadPlan, NodeRow, RelationshipRow } from './loadPlan.js';
import { toNeo4jInt, toNeo4jProperties, toNumber } from './records.js';

// `kg load`'s writes: schema first, then one transaction per batch of nodes (per label) and of
// relationships (per type), then the clean-up of what the pipeline wrote before and the
// snapshot no longer has. The counters come from Neo4j's own query statistics, so "a second
// load changes nothing" is something the output shows, not something we claim.

export interface LoadCounts {
  constraintsAdded: number;
  indexesAdded: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  /** Stale pipeline nodes kept because a relationship the pipeline did not write still uses them. */
  staleNodesKept: number;
}

export type LoadPhase = 'schema' | 'nodes' | 'relationships' | 'clean-up';

export interface LoadProgress {
  phase: LoadPhase;
  /** Label, relationship type or schema statement. */
  name: string;
  batch: number;
  batches: number;
}

/** How long `kg load` waits for new indexes to come online before it writes. */
const INDEX_WAIT_SECONDS = 300;

export function emptyCounts(): LoadCounts {
  return {
    constraintsAdded: 0,
    indexesAdded: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    staleNodesKept: 0,
  };
}

function addStats(counts: LoadCounts, result: QueryResult<RecordShape>): void {
  const u = result.summary.counters.updates();
  counts.constraintsAdded += u.constraintsAdded ?? 0;
  counts.indexesAdded += u.indexesAdded ?? 0;
  counts.nodesCreated += u.nodesCreated ?? 0;
  counts.nodesDeleted += u.nodesDeleted ?? 0;
  counts.relationshipsCreated += u.relationshipsCreated ?? 0;
  counts.relationshipsDeleted += u.relationshipsDeleted ?? 0;
  counts.propertiesSet += u.propertiesSet ?? 0;
  counts.labelsAdded += u.labelsAdded ?? 0;
}

/** True when nothing in the database changed (the schema already existed, every row was current). */
export function changedNothing(counts: LoadCounts): boolean {
  return Object.entries(counts).every(([key, value]) => key === 'staleNodesKept' || value === 0);
}

function nodeParams(rows: NodeRow[]) {
  return rows.map((row) => ({ id: row.id, props: toNeo4jProperties(row.props), keys: row.keys, names: row.names, hash: row.hash }));
}

function relationshipParams(rows: RelationshipRow[]) {
  return rows.map((row) => ({ id: row.id, start: row.start, end: row.end, props: toNeo4jProperties(row.props), keys: row.keys, hash: row.hash }));
}

/** Loads a planned snapshot into the connected database and returns what Neo4j reports it changed. */
export async function loadGraph(db: Connection, plan: LoadPlan, progress: (event: LoadProgress) => void = () => undefined): Promise<LoadCounts> {
  const counts = emptyCounts();
  const write = (work: (tx: ManagedTransaction) => Promise<QueryResult<RecordShape>>) => db.write(work);

  // Schema statements cannot share a transaction with data writes, nor with each other.
  for (const [i, schema] of SCHEMA_STATEMENTS.entries()) {
    progress({ phase: 'schema', name: schema.name, batch: i + 1, batches: SCHEMA_STATEMENTS.length });
    addStats(counts, await write((tx) => run(tx, schema, {})));
  }
  await db.read((tx) => run(tx, STATEMENTS.awaitIndexes, { timeoutSeconds: toNeo4jInt(INDEX_WAIT_SECONDS) }));

  for (const group of plan.nodes) {
    const statement = mergeNodesStatement(group.label);
    for (const [i, batch] of group.batches.entries()) {
      progress({ phase: 'nodes', name: group.label, batch: i + 1, batches: group.batches.length });
      addStats(counts, await write((tx) => run(tx, statement, { rows: nodeParams(batch), snapshot: plan.snapshot })));
    }
  }

  for (const group of plan.relationships) {
    const statement = mergeRelationshipsStatement(group.type);
    for (const [i, batch] of group.batches.entries()) {
      progress({ phase: 'relationships', name: group.type, batch: i + 1, batches: group.batches.length });
      addStats(counts, await write((tx) => run(tx, statement, { rows: relationshipParams(batch), snapshot: plan.snapshot })));
    }
  }

  // Relationships before nodes: a stale node is deleted only once nothing links to it.
  for (const group of plan.relationships) {
    progress({ phase: 'clean-up', name: group.type, batch: 1, batches: 1 });
    const ids = group.rows.map((row) => row.id);
    addStats(counts, await write((tx) => run(tx, deleteStaleRelationshipsStatement(group.type), { ids })));
  }
  for (const group of [...plan.nodes].reverse()) {
    progress({ phase: 'clean-up', name: group.label, batch: 1, batches: 1 });
    const ids = group.rows.map((row) => row.id);
    const result = await write((tx) => run(tx, deleteStaleNodesStatement(group.label), { ids }));
    addStats(counts, result);
    const kept = result.records[0]?.get('kept');
    counts.staleNodesKept += kept == null ? 0 : toNumber(kept);
  }
  return counts;
}
