import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Neo4jConfig } from '../config.js';
import { fixed, type Row } from './formatTable.js';
import type { LoadResult, LoadVariant } from './loadTest.js';
import { profileNeo4jQueries, type StatementProfile } from './profileNeo4j.js';
import { LOAD_QUERIES, ROUND_TRIP_QUERIES } from './queries.js';
import { startServerProcess, type ServerProcess } from './serverProcess.js';
import { startTestNeo4j, testNeo4jAvailability, type TestNeo4j } from './testNeo4j.js';

// The Neo4j side of the bench, on the test Neo4j (tests/neo4j-server): `kg load` throughput on
// each graph (a fresh Neo4j per graph, so every load writes everything), then, on the 1x graph,
// the entity query and jointStandardPartners served from Neo4j next to the embedded store and
// bare Apollo, the Cypher statements each GraphQL request sends, and a PROFILE of every
// statement over 10 ms with its cause. The JVM runs with server JIT flags here (the tests run
// C1 only, for start-up); the serving figures are also taken once on a C1-only JVM to show
// what the flags change.

export interface Neo4jBenchOptions {
  projectRoot: string;
  cli: string;
  schemaDir: string;
  /** Snapshot per scale ('1x', '10x', '100x'). */
  snapshots: Record<string, string>;
  load: (base: string, query: string, variant: LoadVariant, label: string, connections?: number) => Promise<LoadResult>;
  baselineRps: number;
  say: (message: string) => void;
  startTimeoutMs: number;
  /** Later runs of each query when profiling (the first run is the cold one). */
  profileRuns: number;
}

const SLOW_MS = 10;

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

function configOf(neo4j: TestNeo4j): Neo4jConfig {
  return { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j' };
}

function profileRows(group: string, profiles: readonly StatementProfile[]): Row[] {
  if (profiles.length === 0) return [{ group, measure: `no statement over ${SLOW_MS} ms`, value: '', unit: '' }];
  return profiles.flatMap((p): Row[] => [
    { group, measure: `${p.query}: ${p.statement} (first / later p50 / server p50)`, value: `${fixed(p.firstMs, 1)} / ${fixed(p.warmP50Ms, 1)} / ${fixed(p.serverP50Ms, 0)}`, unit: 'ms' },
    { group, measure: `  cause: ${p.cause}: ${p.explanation.replace(/\s+/g, ' ').slice(0, 220)}`, value: '', unit: '' },
  ]);
}

type Served = { name: string; server: ServerProcess };

async function serveFigures(options: Neo4jBenchOptions, label: string, fromNeo4j: ServerProcess, fromMemory: ServerProcess | undefined): Promise<Row[]> {
  const rows: Row[] = [];
  const group = `serving 1x, executed each time: ${label}`;
  for (const name of ['entity with its relations', 'jointStandardPartners'] as const) {
    const query = LOAD_QUERIES[name];
    const served: Served[] = [{ name: 'Neo4j', server: fromNeo4j }, ...(fromMemory ? [{ name: 'embedded', server: fromMemory }] : [])];
    const many: LoadResult[] = [];
    const one: LoadResult[] = [];
    for (const s of served) {
      many.push(await options.load(s.server.base, query, 'executed', `${name} from ${s.name} (${label})`));
      one.push(await options.load(s.server.base, query, 'executed', `${name} from ${s.name} (${label}), one connection`, 1));
    }
    const names = served.map((s) => s.name).join(' / ');
    rows.push({ group, measure: `${name}: ${names}${fromMemory ? ' / bare Apollo' : ''}, 50 connections`, value: [...many.map((r) => fixed(r.requestsPerSecond, 0)), ...(fromMemory ? [fixed(options.baselineRps, 0)] : [])].join(' / '), unit: 'req/s' });
    rows.push({ group, measure: `${name}: p50 / p97.5 / p99, 50 connections (${names})`, value: many.map((r) => `${fixed(r.p50Ms, 0)}/${fixed(r.p97_5Ms, 0)}/${fixed(r.p99Ms, 0)}`).join(' vs '), unit: 'ms' });
    rows.push({ group, measure: `${name}: p50 / p97.5 / p99, one connection (${names})`, value: one.map((r) => `${fixed(r.p50Ms, 0)}/${fixed(r.p97_5Ms, 0)}/${fixed(r.p99Ms, 0)}`).join(' vs '), unit: 'ms' });
    const failures = [...many, ...one].reduce((n, r) => n + r.failures, 0);
    rows.push({ group, measure: `${name}: failed requests`, value: String(failures), unit: 'count', target: '0', met: failures === 0 });
  }
  return rows;
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
  const firstLoads: Record<string, { nodes: number; relationships: number; ms: number }> = {};
  try {
    // --- kg load throughput; 1x last, so its Neo4j stays up for the serving figures.
    for (const scale of scales) {
      await neo4j?.stop();
      say(`neo4j: starting a fresh test Neo4j (server JIT) for the ${scale} load`);
      neo4j = await startTestNeo4j(options.projectRoot, { jit: 'server' });
      const lines = (await readFile(options.snapshots[scale]!, 'utf8')).split('\n').filter(Boolean);
      const nodes = lines.filter((l) => l.startsWith('{"type":"node"')).length;
      const relationships = lines.length - nodes;
      say(`neo4j: kg load ${scale} (${nodes} nodes, ${relationships} relationships)`);
      const first = await kgLoad(options.cli, options.snapshots[scale]!, neo4jEnv(neo4j));
      const again = await kgLoad(options.cli, options.snapshots[scale]!, neo4jEnv(neo4j));
      firstLoads[scale] = { nodes, relationships, ms: first.ms };
      const group = `kg load ${scale}`;
      rows.push({ group, measure: 'nodes / relationships', value: `${nodes} / ${relationships}`, unit: 'count' });
      rows.push({ group, measure: 'first load, empty database (process start included)', value: fixed(first.ms / 1000, 2), unit: 's' });
      rows.push({ group, measure: 'throughput, first load', value: `${fixed(nodes / (first.ms / 1000), 0)} / ${fixed(relationships / (first.ms / 1000), 0)}`, unit: 'nodes/s / rels/s' });
      rows.push({ group, measure: 'second load, nothing changed', value: fixed(again.ms / 1000, 2), unit: 's' });
      if (scale === '100x') {
        // Where the statements of the bench's queries go once the graph is big.
        say('neo4j: profiling the bench queries on the 100x graph');
        const { profiles } = await profileNeo4jQueries(configOf(neo4j), options.schemaDir, ROUND_TRIP_QUERIES, { warmRuns: Math.max(3, Math.floor(options.profileRuns / 4)), thresholdMs: SLOW_MS });
        rows.push(...profileRows(`neo4j statements over ${SLOW_MS} ms, 100x graph`, profiles));
      }
    }

    // A small load is mostly fixed cost (Node and the driver starting, the schema statements,
    // waiting for the indexes, a cold JVM): what each further node and relationship costs is the
    // rate between the 10x and 100x loads.
    const [l10, l100] = [firstLoads['10x'], firstLoads['100x']];
    if (l10 && l100 && l100.ms > l10.ms) {
      const seconds = (l100.ms - l10.ms) / 1000;
      const fixedMs = l10.ms - ((l10.relationships / ((l100.relationships - l10.relationships) / seconds)) * 1000);
      rows.push({ group: 'kg load scaling', measure: 'marginal throughput, 10x -> 100x', value: `${fixed((l100.nodes - l10.nodes) / seconds, 0)} / ${fixed((l100.relationships - l10.relationships) / seconds, 0)}`, unit: 'nodes/s / rels/s' });
      rows.push({ group: 'kg load scaling', measure: 'fixed part of a load, from the 10x and 100x loads', value: fixed(fixedMs / 1000, 1), unit: 's' });
    }

    // --- serving from Neo4j next to the embedded store, same snapshot (1x).
    // startServerProcess passes this process's environment on: that is how the server finds Neo4j.
    Object.assign(process.env, neo4jEnv(neo4j!));
    say('neo4j: starting kg serve --store neo4j and kg serve on the embedded store (1x)');
    const fromNeo4j = await startServerProcess([options.cli, 'serve', '--store', 'neo4j', '--port', '0', '--host', '127.0.0.1'], options.startTimeoutMs);
    servers.push(fromNeo4j);
    const fromMemory = await startServerProcess([options.cli, 'serve', '--snapshot', options.snapshots['1x']!, '--port', '0', '--host', '127.0.0.1'], options.startTimeoutMs);
    servers.push(fromMemory);
    rows.push(...(await serveFigures(options, 'Neo4j on server JIT', fromNeo4j, fromMemory)));

    // --- Cypher statements per GraphQL request, and why the slow ones are slow (after the load
    // runs: the JVM is warm, so what stays over 10 ms is the statement, not the warm-up).
    say('neo4j: counting Cypher round trips and profiling statements over 10 ms (1x)');
    const { roundTrips, profiles } = await profileNeo4jQueries(configOf(neo4j!), options.schemaDir, ROUND_TRIP_QUERIES, { warmRuns: options.profileRuns, thresholdMs: SLOW_MS });
    for (const { name, depth } of ROUND_TRIP_QUERIES) {
      const count = roundTrips[name]!;
      const detail = Object.entries(count.byName)
        .map(([statement, n]) => `${statement} ${n}`)
        .join(', ');
      rows.push({ group: 'neo4j round trips per request (1x)', measure: `${name} (depth ${depth}): ${detail}`, value: String(count.statements), unit: 'statements', target: `<= ${depth + 1}`, met: count.statements <= depth + 1 });
    }
    rows.push(...profileRows(`neo4j statements over ${SLOW_MS} ms, 1x graph, warm JVM`, profiles));
    for (const s of servers.splice(0)) await s.stop();

    // --- the same serving figures on a C1-only JVM, as the tests run it.
    await neo4j?.stop();
    say('neo4j: the serving figures again on a C1-only JVM (the tests\' flags)');
    neo4j = await startTestNeo4j(options.projectRoot, { jit: 'test' });
    await kgLoad(options.cli, options.snapshots['1x']!, neo4jEnv(neo4j));
    Object.assign(process.env, neo4jEnv(neo4j));
    const fromC1 = await startServerProcess([options.cli, 'serve', '--store', 'neo4j', '--port', '0', '--host', '127.0.0.1'], options.startTimeoutMs);
    servers.push(fromC1);
    rows.push(...(await serveFigures(options, 'Neo4j on C1-only JIT (test flags)', fromC1, undefined)));
    return rows;
  } finally {
    for (const s of servers) await s.stop();
    await neo4j?.stop();
  }
}
