import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Neo4jConfig } from '../config.js';
import { openNeo4jStore } from '../store/neo4j/index.js';
import { countStoreCalls } from './countStoreCalls.js';
import { fixed, type Row } from './formatTable.js';
import type { LoadResult, LoadVariant } from './loadTest.js';
import { LOAD_QUERIES, THREE_LEVEL_DEPTH, THREE_LEVEL_QUERY } from './queries.js';
import { startServerProcess, type ServerProcess } from './serverProcess.js';
import { startTestNeo4j, testNeo4jAvailability, type TestNeo4j } from './testNeo4j.js';

// The Neo4j side of the bench, on the test Neo4j (tests/neo4j-server): `kg load` throughput on
// each graph (a fresh Neo4j per graph, so every load writes everything), then, on the 1x graph,
// the entity query and jointStandardPartners served from Neo4j next to the embedded store, and
// the Cypher round trips of the three-level query (the Neo4j store runs one statement per store
// call; stats runs two).

export interface Neo4jBenchOptions {
  projectRoot: string;
  cli: string;
  schemaDir: string;
  /** Snapshot per scale ('1x', '10x', '100x'). */
  snapshots: Record<string, string>;
  load: (base: string, query: string, variant: LoadVariant, label: string) => Promise<LoadResult>;
  baselineRps: number;
  say: (message: string) => void;
  startTimeoutMs: number;
}

function kgLoad(cli: string, snapshot: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, 'load', '--snapshot', snapshot], { env: { ...process.env, ...env, CI: 'true' }, timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`kg load ${snapshot} failed: ${stderr.trim()}`));
      else resolve({ ms: performance.now() - started, stdout });
    });
  });
}

function neo4jEnv(neo4j: TestNeo4j): NodeJS.ProcessEnv {
  return { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: 'neo4j' };
}

export async function benchNeo4j(options: Neo4jBenchOptions): Promise<Row[]> {
  const { say } = options;
  const rows: Row[] = [];
  const availability = testNeo4jAvailability(options.projectRoot);
  if (!availability.available) {
    rows.push({ group: 'neo4j', measure: `skipped: ${availability.why}`, value: '', unit: '' });
    return rows;
  }
  const scales = ['100x', '10x', '1x'].filter((s) => options.snapshots[s]);
  let neo4j: TestNeo4j | undefined;
  const servers: ServerProcess[] = [];
  try {
    // --- kg load throughput; 1x last, so its Neo4j stays up for the serving figures.
    for (const scale of scales) {
      await neo4j?.stop();
      say(`neo4j: starting a fresh test Neo4j for the ${scale} load`);
      neo4j = await startTestNeo4j(options.projectRoot);
      const lines = (await readFile(options.snapshots[scale]!, 'utf8')).split('\n').filter(Boolean);
      const nodes = lines.filter((l) => l.startsWith('{"type":"node"')).length;
      const relationships = lines.length - nodes;
      say(`neo4j: kg load ${scale} (${nodes} nodes, ${relationships} relationships)`);
      const first = await kgLoad(options.cli, options.snapshots[scale]!, neo4jEnv(neo4j));
      const again = await kgLoad(options.cli, options.snapshots[scale]!, neo4jEnv(neo4j));
      const group = `kg load ${scale}`;
      rows.push({ group, measure: 'nodes / relationships', value: `${nodes} / ${relationships}`, unit: 'count' });
      rows.push({ group, measure: 'first load, empty database (process start included)', value: fixed(first.ms / 1000, 2), unit: 's' });
      rows.push({ group, measure: 'throughput, first load', value: `${fixed(nodes / (first.ms / 1000), 0)} / ${fixed(relationships / (first.ms / 1000), 0)}`, unit: 'nodes/s / rels/s' });
      rows.push({ group, measure: 'second load, nothing changed', value: fixed(again.ms / 1000, 2), unit: 's' });
    }

    // --- serving from Neo4j next to the embedded store, same snapshot (1x).
    // startServerProcess passes this process's environment on: that is how the server finds Neo4j.
    Object.assign(process.env, neo4jEnv(neo4j!));
    say('neo4j: starting kg serve --store neo4j and kg serve on the embedded store (1x)');
    const fromNeo4j = await startServerProcess([options.cli, 'serve', '--store', 'neo4j', '--port', '0', '--host', '127.0.0.1'], options.startTimeoutMs);
    servers.push(fromNeo4j);
    const fromMemory = await startServerProcess([options.cli, 'serve', '--snapshot', options.snapshots['1x']!, '--port', '0', '--host', '127.0.0.1'], options.startTimeoutMs);
    servers.push(fromMemory);
    const group = 'neo4j vs embedded (1x, executed each time)';
    for (const name of ['entity with its relations', 'jointStandardPartners'] as const) {
      const query = LOAD_QUERIES[name];
      const n = await options.load(fromNeo4j.base, query, 'executed', `${name} from Neo4j`);
      const m = await options.load(fromMemory.base, query, 'executed', `${name} from the embedded store`);
      rows.push({ group, measure: `${name}: Neo4j / embedded / bare Apollo`, value: `${fixed(n.requestsPerSecond, 0)} / ${fixed(m.requestsPerSecond, 0)} / ${fixed(options.baselineRps, 0)}`, unit: 'req/s' });
      rows.push({ group, measure: `${name}: p50 / p99, Neo4j vs embedded`, value: `${fixed(n.p50Ms, 0)} / ${fixed(n.p99Ms, 0)} vs ${fixed(m.p50Ms, 0)} / ${fixed(m.p99Ms, 0)}`, unit: 'ms' });
    }

    // --- Cypher round trips of the three-level query: one per store call.
    const config: Neo4jConfig = { uri: neo4j!.uri, user: neo4j!.user, password: neo4j!.password, database: 'neo4j' };
    const store = await openNeo4jStore(config);
    try {
      const calls = await countStoreCalls(store, THREE_LEVEL_QUERY, options.schemaDir);
      const bound = THREE_LEVEL_DEPTH + 1;
      rows.push({ group: 'neo4j round trips', measure: `three-level query, Cypher statements (${calls.entitiesReturned} names returned)`, value: String(calls.dataCalls), unit: 'round trips', target: `<= ${bound}`, met: calls.dataCalls <= bound });
    } finally {
      await store.close();
    }
    return rows;
  } finally {
    for (const s of servers) await s.stop();
    await neo4j?.stop();
  }
}
