import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatLoadSummary, runLoad } from '../../src/cli/loadCommand.js';
import { parseGraph } from '../../src/graph/apocJson.js';
import { emptyCounts } from '../../src/store/neo4j/loadGraph.js';
import { planLoad, sha256 } from '../../src/store/neo4j/loadPlan.js';
import { connect } from '../../src/store/neo4j/connect.js';
import { Neo4jUnavailableError } from '../../src/store/neo4j/storeUnavailable.js';

const fixture = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));

/** A local port nothing listens on: the driver's real connection attempt is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('connecting to a Neo4j that is not there', () => {
  it('fails with one sentence naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const attempt = connect({ uri, user: 'neo4j', password: 'x', database: 'neo4j' });
    await expect(attempt).rejects.toBeInstanceOf(Neo4jUnavailableError);
    await expect(connect({ uri, user: 'neo4j', password: 'x', database: 'neo4j' })).rejects.toThrow(`Neo4j is unreachable at ${uri}: is it running, and is NEO4J_URI right?`);
  });

  it('rejects an address that is not a Neo4j URI', async () => {
    await expect(connect({ uri: 'http://localhost:7474', user: 'neo4j', password: 'x', database: 'neo4j' })).rejects.toThrow(/is not a Neo4j address/);
  });
});

describe('kg load', () => {
  it('reports an unreachable Neo4j after checking the snapshot', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    vi.stubEnv('NEO4J_URI', uri);
    await expect(runLoad(['--snapshot', fixture])).rejects.toThrow(`Neo4j is unreachable at ${uri}`);
  });

  it('names a missing snapshot and a bad batch size before connecting', async () => {
    await expect(runLoad(['--snapshot', '/nonexistent/graph.jsonl'])).rejects.toThrow('snapshot /nonexistent/graph.jsonl does not exist; run "kg build" first or pass --snapshot FILE');
    await expect(runLoad(['--snapshot', fixture, '--batch-size', '0'])).rejects.toThrow('--batch-size is "0"; expected a whole number of 1 or more');
    await expect(runLoad(['--bogus'])).rejects.toThrow(/Unknown option '--bogus'/);
  });
});

describe('the summary kg load prints', () => {
  const bytes = readFileSync(fixture);
  const plan = planLoad(parseGraph(bytes.toString('utf8'), fixture), { snapshot: sha256(bytes) });

  it('says nothing changed when Neo4j reports no change, with the snapshot counts', () => {
    const graph = parseGraph(bytes.toString('utf8'), fixture);
    const nodes = graph.entities.length + graph.briefings.length + graph.articles.length;
    const summary = formatLoadSummary(plan, emptyCounts());
    expect(summary).toContain(`snapshot:       ${nodes} nodes, ${graph.relationships.length} relationships`);
    expect(summary).toContain('properties set: 0');
    expect(summary.split('\n').at(-1)).toBe('nothing changed: the database already held this snapshot');
  });

  it('reports what changed, and stale nodes kept for analysts', () => {
    const summary = formatLoadSummary(plan, { ...emptyCounts(), nodesCreated: 42, relationshipsDeleted: 3, propertiesSet: 400, staleNodesKept: 1 });
    expect(summary).toContain('nodes:          42 created, 0 deleted');
    expect(summary).toContain('relationships:  0 created, 3 deleted');
    expect(summary).toContain('kept:           1 nodes no longer in the snapshot');
    expect(summary.split('\n').at(-1)).toBe('done');
  });
});
