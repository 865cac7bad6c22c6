import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/apocJson.js';
import type { Connection } from '../../src/store/neo4j/connect.js';
import { SCHEMA_STATEMENTS } from '../../src/store/neo4j/cypher.js';
import { changedNothing, loadGraph, type LoadProgress } from '../../src/store/neo4j/loadGraph.js';
import { planLoad, sha256 } from '../../src/store/neo4j/loadPlan.js';

// The loader's sequencing, checked on what it hands to the driver: which statement, with which
// parameters, in which transaction. Nothing here executes Cypher (the lint test checks the
// statements themselves, the contract suite runs them on a real Neo4j when NEO4J_URI is set);
// every statement "changes" nothing, so the counters it reports are Neo4j's, summed.

interface Sent {
  tx: number;
  mode: 'READ' | 'WRITE';
  text: string;
  params: Record<string, unknown>;
}

function recordingConnection(updates: (text: string) => Record<string, number> = () => ({})): { db: Connection; sent: Sent[] } {
  const sent: Sent[] = [];
  let tx = 0;
  const within = (mode: 'READ' | 'WRITE') => async <T>(work: (t: ManagedTransaction) => Promise<T>): Promise<T> => {
    tx += 1;
    const id = tx;
    const t = {
      run: async (text: string, params: Record<string, unknown>) => {
        sent.push({ tx: id, mode, text, params });
        return { records: [], summary: { counters: { updates: () => updates(text) } } };
      },
    } as unknown as ManagedTransaction;
    return work(t);
  };
  return {
    sent,
    db: { config: { uri: 'bolt://recorded', user: 'neo4j', password: '', database: 'neo4j' }, read: within('READ'), write: within('WRITE'),
      // The loader runs each statement in a transaction of its own; a bare read would escape the recording.
      readOne: async () => {
        throw new Error('loadGraph sent a statement outside a transaction');
      },
      close: async () => undefined },
  };
}

const fixturePath = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));
const bytes = readFileSync(fixturePath);
const graph = parseGraph(bytes.toString('utf8'), fixturePath);
const plan = planLoad(graph, { snapshot: sha256(bytes), batchSize: 4 });

describe('loadGraph', () => {
  it('creates the schema first, one statement per transaction, and waits for the indexes', async () => {
    const { db, sent } = recordingConnection();
    await loadGraph(db, plan);
    const schema = sent.slice(0, SCHEMA_STATEMENTS.length);
    expect(schema.map((s) => s.text)).toEqual(SCHEMA_STATEMENTS.map((s) => s.text));
    expect(new Set(schema.map((s) => s.tx)).size).toBe(SCHEMA_STATEMENTS.length);
    expect(sent[SCHEMA_STATEMENTS.length]?.text).toContain('db.awaitIndexes');
  });

  it('writes each batch in its own write transaction, nodes by label before relationships by type', async () => {
    const { db, sent } = recordingConnection();
    const events: LoadProgress[] = [];
    await loadGraph(db, plan, (e) => events.push(e));
    const merges = sent.filter((s) => s.text.includes('MERGE'));
    const batches = plan.nodes.reduce((n, g) => n + g.batches.length, 0) + plan.relationships.reduce((n, g) => n + g.batches.length, 0);
    expect(merges).toHaveLength(batches);
    expect(new Set(merges.map((s) => s.tx)).size).toBe(batches);
    expect(merges.every((s) => s.mode === 'WRITE' && s.params.snapshot === plan.snapshot)).toBe(true);
    const firstRelationship = merges.findIndex((s) => s.text.includes(']->(b)'));
    expect(merges.slice(firstRelationship).every((s) => s.text.includes(']->(b)'))).toBe(true);
    const organizations = Math.ceil(graph.entities.filter((e) => e.label === 'Organization').length / 4);
    expect(events.filter((e) => e.phase === 'nodes' && e.name === 'Organization').map((e) => `${e.batch}/${e.batches}`)).toEqual(
      Array.from({ length: organizations }, (_, i) => `${i + 1}/${organizations}`),
    );
    const rows = merges.flatMap((s) => s.params.rows as { id: string }[]);
    expect(rows).toHaveLength(graph.entities.length + graph.briefings.length + graph.articles.length + graph.relationships.length);
  });

  it('deletes stale relationships before stale nodes, passing every id the snapshot keeps', async () => {
    const { db, sent } = recordingConnection();
    await loadGraph(db, plan);
    const deletes = sent.filter((s) => s.text.includes('NOT r.id IN $ids') || s.text.includes('NOT n.id IN $ids'));
    expect(deletes).toHaveLength(20 + 11);
    const lastRelationshipDelete = deletes.findLastIndex((s) => s.text.includes('r.id'));
    const firstNodeDelete = deletes.findIndex((s) => s.text.includes('n.id'));
    expect(lastRelationshipDelete).toBeLessThan(firstNodeDelete);
    const mentions = deletes.find((s) => s.text.includes(':MENTIONS]'))!;
    expect((mentions.params.ids as string[]).length).toBe(graph.relationships.filter((r) => r.type === 'MENTIONS').length);
  });

  it("sums Neo4j's counters, and says nothing changed only when every counter is zero", async () => {
    const quiet = await loadGraph(recordingConnection().db, plan);
    expect(changedNothing(quiet)).toBe(true);
    const busy = await loadGraph(recordingConnection((text) => (text.includes('MERGE (n:Entity:Person') ? { nodesCreated: 2, propertiesSet: 9 } : ({} as Record<string, number>))).db, plan);
    expect(busy.nodesCreated).toBe(2);
    expect(busy.propertiesSet).toBe(9);
    expect(changedNothing(busy)).toBe(false);
  });
});
