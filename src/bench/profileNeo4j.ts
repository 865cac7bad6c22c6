import type { ProfiledPlan } from 'neo4j-driver';
import { startHttpServer } from '../api/index.js';
import type { Neo4jConfig } from '../config.js';
import { connect, openNeo4jStore, type StatementRun } from '../store/neo4j/index.js';

// What the Neo4j store sends per GraphQL request, and why a slow statement is slow. Every
// statement goes through the store's onStatement observer, so the counts are of statements the
// driver really sent to the server (one round trip each: auto-commit, RUN and PULL together),
// not of store calls. A statement over the threshold is run again under PROFILE with the same
// parameters, and its cause is named from the plan and the timings.

export interface RoundTripCount {
  statements: number;
  /** Statement name -> how many times it was sent. */
  byName: Record<string, number>;
}

export type SlowCause = 'warm-up' | 'scan without index' | 'transfer' | 'db hits';

export interface StatementProfile {
  /** The GraphQL query that sent it. */
  query: string;
  statement: string;
  /** The first run of this statement in this process: the server plans it then, and its JIT may still be cold. */
  firstMs: number;
  /** Median of the later runs. */
  warmP50Ms: number;
  /** The server's own time (first record ready + all records sent), median of the later runs. */
  serverP50Ms: number;
  /** CPU this process used while waiting for it (sending, decoding the records), median of the later runs. */
  clientCpuP50Ms: number;
  records: number;
  dbHits: number;
  /** The operator with the most db hits, with the rows it produced and its detail text. */
  dominant: { operator: string; dbHits: number; rows: number; details: string };
  /** A label or all-nodes scan feeding the plan, when there is one. */
  scan?: { operator: string; rows: number; details: string };
  cause: SlowCause;
  /** The cause in a sentence, with the figures that show it. */
  explanation: string;
}

export interface RecordedQuery {
  name: string;
  query: string;
}

interface Operator {
  operator: string;
  dbHits: number;
  rows: number;
  details: string;
}

function operators(plan: ProfiledPlan): Operator[] {
  const details = plan.arguments?.Details;
  const own: Operator = { operator: plan.operatorType.replace(/@.*$/, ''), dbHits: plan.dbHits, rows: plan.rows, details: typeof details === 'string' ? details : '' };
  return [own, ...plan.children.flatMap(operators)];
}

const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan', 'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan', 'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan']);

/** Scanned rows per answered row above which a scan is the cause rather than the way a whole-graph statement works. */
const SCAN_RATIO = 10;
const SCAN_MIN_ROWS = 100;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * Names the cause of a slow statement, first match wins:
 * - warm-up: the first run was over the threshold and the later ones are not;
 * - scan without index: the plan scans a whole label (or every node) and keeps under a tenth of
 *   what it scans: an index on the filtered property would answer instead;
 * - transfer: the server finished in under half the time this process waited (sending,
 *   decoding the records, or a busy machine);
 * - db hits: the server's own work, most of it in the dominant operator.
 */
export function nameCause(p: Omit<StatementProfile, 'cause' | 'explanation'>, thresholdMs: number): { cause: SlowCause; explanation: string } {
  if (p.firstMs > thresholdMs && p.warmP50Ms <= thresholdMs) {
    return { cause: 'warm-up', explanation: `first run ${round(p.firstMs)} ms (the server plans the statement, its JIT is cold), later runs p50 ${round(p.warmP50Ms)} ms` };
  }
  if (p.scan && p.scan.rows >= SCAN_MIN_ROWS && p.scan.rows >= SCAN_RATIO * Math.max(1, p.records)) {
    return {
      cause: 'scan without index',
      explanation: `${p.scan.operator} reads ${p.scan.rows} rows (${p.scan.details}) for ${p.records} record(s); ${p.dbHits} db hits, most in ${p.dominant.operator} (${p.dominant.dbHits}): no index serves the filter`,
    };
  }
  if (p.serverP50Ms < p.warmP50Ms / 2) {
    const waiting = Math.max(0, p.warmP50Ms - p.serverP50Ms - p.clientCpuP50Ms);
    return {
      cause: 'transfer',
      explanation: `the server took ${round(p.serverP50Ms)} ms of ${round(p.warmP50Ms)} ms; this process spent ${round(p.clientCpuP50Ms)} ms of CPU sending and decoding ${p.records} record(s), and waited ${round(waiting)} ms for the network or a CPU`,
    };
  }
  if (p.dominant.operator === 'ProduceResults') {
    return { cause: 'db hits', explanation: `${p.dbHits} db hits, most in ProduceResults (${p.dominant.dbHits}): reading every property of the nodes and relationships it returns` };
  }
  return { cause: 'db hits', explanation: `${p.dbHits} db hits, most in ${p.dominant.operator} (${p.dominant.dbHits}, ${p.dominant.rows} rows: ${p.dominant.details.slice(0, 60)}…)` };
}

/**
 * Sends each query `1 + warmRuns` times to an in-process API on an observed Neo4j store and
 * returns the statements each request sent, then a profile of every statement whose first run
 * or whose median later run took over `thresholdMs`.
 */
export async function profileNeo4jQueries(
  config: Neo4jConfig,
  schemaDir: string,
  queries: readonly RecordedQuery[],
  options: { warmRuns: number; thresholdMs: number },
): Promise<{ roundTrips: Record<string, RoundTripCount>; profiles: StatementProfile[] }> {
  const runs: StatementRun[] = [];
  const store = await openNeo4jStore(config, { onStatement: (run) => runs.push(run) });
  const logged: string[] = [];
  const server = await startHttpServer({ store, port: 0, host: '127.0.0.1', schemaDir, log: (m) => logged.push(m) });
  const roundTrips: Record<string, RoundTripCount> = {};
  const byStatement = new Map<string, { query: string; runs: StatementRun[] }>();
  try {
    for (const { name, query } of queries) {
      for (let i = 0; i <= options.warmRuns; i++) {
        runs.length = 0;
        // A nonce in extensions: no response cache may answer (the Neo4j store has none, but the bench must not depend on that).
        const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions: { nonce: `${name}-${i}` } }) });
        const text = await res.text();
        if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${name} answered ${res.status}: ${text.slice(0, 300)} ${logged.join(' ')}`);
        if (i === 0) {
          const byName: Record<string, number> = {};
          for (const r of runs) byName[r.statement.name] = (byName[r.statement.name] ?? 0) + 1;
          roundTrips[name] = { statements: runs.length, byName };
        }
        runs.forEach((run, k) => {
          // The k-th statement of the request: the same statement with the same parameters on every run.
          const key = `${name}\u0000${k}\u0000${run.statement.name}`;
          const entry = byStatement.get(key) ?? { query: name, runs: [] };
          entry.runs.push(run);
          byStatement.set(key, entry);
        });
      }
    }
  } finally {
    await server.close();
    await store.close();
  }

  const slow = [...byStatement.values()].filter(({ runs: r }) => r[0]!.ms > options.thresholdMs || median(r.slice(1).map((x) => x.ms)) > options.thresholdMs);
  const profiles: StatementProfile[] = [];
  if (slow.length === 0) return { roundTrips, profiles };
  const db = await connect(config);
  try {
    for (const { query, runs: r } of slow) {
      const first = r[0]!;
      const later = r.length > 1 ? r.slice(1) : r;
      const result = await db.read((tx) => tx.run(`PROFILE ${first.statement.text}`, first.params));
      const plan = result.summary.profile;
      if (!plan) throw new Error(`PROFILE of ${first.statement.name} returned no plan`);
      const ops = operators(plan);
      const dominant = ops.reduce((a, b) => (b.dbHits > a.dbHits ? b : a));
      const scan = ops.filter((o) => SCANS.has(o.operator)).sort((a, b) => b.rows - a.rows)[0];
      const measured = {
        query,
        statement: first.statement.name,
        firstMs: first.ms,
        warmP50Ms: median(later.map((x) => x.ms)),
        serverP50Ms: median(later.map((x) => x.serverAvailableMs + x.serverConsumedMs)),
        clientCpuP50Ms: median(later.map((x) => x.clientCpuMs)),
        records: first.records,
        dbHits: ops.reduce((sum, o) => sum + o.dbHits, 0),
        dominant,
        ...(scan ? { scan } : {}),
      };
      profiles.push({ ...measured, ...nameCause(measured, options.thresholdMs) });
    }
  } finally {
    await db.close();
  }
  return { roundTrips, profiles };
}
