import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseGraph } from '../../src/graph/apocJson.js';
import { connect, loadGraph, openNeo4jStore, planLoad, sha256 } from '../../src/store/neo4j/index.js';
import { describeGraphStoreContract } from './graphStoreContract.js';

// The same contract the embedded store passes (tests/contract/memory.test.ts), run against a
// real Neo4j 5 whenever NEO4J_URI is set. The fixture is loaded with `kg load`'s own loader,
// which replaces whatever an earlier load wrote: point NEO4J_URI (and NEO4J_DATABASE) at a
// database you can spare, e.g. the one `docker compose up neo4j` starts.

const fixture = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));
const uri = process.env.NEO4J_URI;

if (uri) {
  const config = loadConfig().neo4j;
  let loaded: Promise<void> | undefined;
  const loadFixtureOnce = () =>
    (loaded ??= (async () => {
      const bytes = readFileSync(fixture);
      const plan = planLoad(parseGraph(bytes.toString('utf8'), fixture), { snapshot: sha256(bytes) });
      const db = await connect(config);
      try {
        await loadGraph(db, plan);
      } finally {
        await db.close();
      }
    })());
  describeGraphStoreContract(
    `neo4j at ${config.uri}`,
    async () => {
      await loadFixtureOnce();
      return openNeo4jStore(config);
    },
    fixture,
  );
} else {
  console.warn('Neo4j contract tests skipped: NEO4J_URI is not set (set it, with NEO4J_USER and NEO4J_PASSWORD, to run them against a Neo4j 5 server)');
  describe.skip('GraphStore contract: neo4j (skipped: NEO4J_URI is not set)', () => {
    it('runs when NEO4J_URI points at a Neo4j 5 server', () => undefined);
  });
}
