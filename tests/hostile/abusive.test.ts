import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, type HttpServer } from '../../src/api/index.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { startHttpServer } from '../../src/api/index.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { seedGraph } from '../support/seedGraph.js';
import { postJson, schemaDir, startSeedServer } from './support.js';

// Documents built to make the server work hard before it answers. Each is refused with a code
// in time that grows with its length, not with what it would expand to, and the server goes on
// answering /health while they are in flight.

let server: HttpServer;
let url: string;
let logged: string[];

beforeAll(async () => {
  ({ server, url, logged } = await startSeedServer());
});
afterAll(async () => {
  await server.close();
});

/**
 * N pairs of fragments where F_i spreads F_{i+1} and G_{i+1}, and G_i spreads F_{i+1}: written
 * in a few KB, it selects about 2^N fields once expanded.
 */
export function pairedFragments(n: number): string {
  const parts = ['{ entity(id: "CEC") { ...F0 } }'];
  for (let i = 0; i < n; i++) parts.push(`fragment F${i} on Entity { id ...F${i + 1} ...G${i + 1} }`, `fragment G${i} on Entity { name ...F${i + 1} }`);
  parts.push(`fragment F${n} on Entity { id }`, `fragment G${n} on Entity { name }`);
  return parts.join('\n');
}

function nested(levels: number): string {
  let selection = '{ id }';
  for (let i = 0; i < levels; i++) selection = `{ id relations(first: 1) { node ${selection} } }`;
  return `{ entity(id: "organization:cec") ${selection} }`;
}

/** Abusive documents of every kind this API limits, with the code each must be refused with. */
const ABUSIVE: [string, string, string][] = [
  ['paired fragments, N = 200', pairedFragments(200), 'QUERY_TOO_COMPLEX'],
  ['paired fragments, N = 36', pairedFragments(36), 'QUERY_TOO_COMPLEX'],
  ['paired fragments with a variable', `query($x: Int) ${pairedFragments(200).replace('entity(id: "CEC")', 'search(text: "CEC", first: $x)')}`, 'QUERY_TOO_COMPLEX'],
  ['deep nesting', nested(40), 'QUERY_TOO_DEEP'],
  ['deep nesting through fragments', `{ entity(id: "CEC") { ...D0 } } ${Array.from({ length: 30 }, (_, i) => `fragment D${i} on Entity { relations(first: 1) { node { ...D${i + 1} } } }`).join(' ')} fragment D30 on Entity { id }`, 'QUERY_TOO_DEEP'],
  ['5000 aliases', `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'TOO_MANY_ALIASES'],
  ['aliases spread through fragments', `{ entity(id: "CEC") { ...A0 } } ${Array.from({ length: 20 }, (_, i) => `fragment A${i} on Entity { x${i}: id y${i}: name z${i}: id w${i}: name ...A${i + 1} }`).join(' ')} fragment A20 on Entity { id }`, 'TOO_MANY_ALIASES'],
  ['1000 directives', `{ stats { nodes ${'@include(if: true) '.repeat(1000)} } }`, 'TOO_MANY_DIRECTIVES'],
  ['lists multiplied to millions', '{ search(text: "", first: 100) { relations(first: 100) { node { relations(first: 100) { node { id } } } } } }', 'QUERY_TOO_COMPLEX'],
  ['one field 4000 times', `{ stats { ${'nodes '.repeat(4000)} } }`, 'QUERY_TOO_COMPLEX'],
  ['first: 1000000', '{ search(text: "GEN", first: 1000000) { id } }', 'BAD_USER_INPUT'],
  ['more tokens than the parser reads', `{ ${'stats { nodes } '.repeat(6000)} }`, 'GRAPHQL_PARSE_FAILED'],
];

async function refusal(query: string): Promise<{ status: number; code: unknown; ms: number }> {
  const started = performance.now();
  const { status, json } = await postJson(url, JSON.stringify({ query }));
  return { status, code: json?.errors?.[0]?.extensions?.code, ms: performance.now() - started };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('documents that expand exponentially', () => {
  it.each(ABUSIVE)('refuses %s with a 4xx and its code', async (_name, query, code) => {
    const { status, code: got } = await refusal(query);
    expect(got).toBe(code);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('refuses the N = 200 paired-fragment document in about the time of N = 30, not 2^170 times it', async () => {
    // The old hand-written walk took 0.4 s at N = 28 and 17 s at N = 36, doubling with each
    // pair; at N = 200 it never answered. Refusal now grows with the text (seven times longer).
    const times = { 30: [] as number[], 200: [] as number[] };
    for (let round = 0; round < 5; round++) {
      for (const n of [30, 200] as const) {
        // A new text each time, so no cache answers it.
        const { status, code, ms } = await refusal(`${pairedFragments(n)}\n# round ${round}`);
        expect([status, code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
        times[n].push(ms);
      }
    }
    const [t30, t200] = [median(times[30]), median(times[200])];
    console.log(`paired fragments refused: N = 30 median ${t30.toFixed(1)} ms, N = 200 median ${t200.toFixed(1)} ms`);
    // Generous for a loaded two-core machine; exponential time would be hours.
    expect(t200).toBeLessThan(1_000);
    expect(t200).toBeLessThan(10 * t30 + 200);
  });

  it('answers /health while 20 abusive documents are in flight, and refuses every one of them', { timeout: 60_000 }, async () => {
    const base = url.replace(/\/graphql$/, '');
    const documents = Array.from({ length: 20 }, (_, i) => ABUSIVE[i % ABUSIVE.length]!);
    const inFlight = documents.map(([, query, code], i) => refusal(`${query}\n# ${i}`).then((r) => ({ ...r, expected: code })));
    const started = performance.now();
    const health = await fetch(`${base}/health`);
    const healthMs = performance.now() - started;
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    const refused = await Promise.all(inFlight);
    console.log(`/health answered in ${healthMs.toFixed(1)} ms with 20 abusive documents in flight; slowest refusal ${Math.max(...refused.map((r) => r.ms)).toFixed(1)} ms`);
    expect(refused.map((r) => r.code)).toEqual(refused.map((r) => r.expected));
    // The old server was blocked for 17 s by one N = 36 document, and for ever by N = 200.
    expect(healthMs).toBeLessThan(2_000);
    expect(logged.filter((m) => m.includes('internal error'))).toEqual([]);
  });
});

describe('execution time limit', () => {
  /** The seed store, with every data call answered `delayMs` late (a slow or overloaded Neo4j). */
  function slow(store: GraphStore, delayMs: number, calls: string[]): GraphStore {
    return new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        if (key === 'stats' || key === 'close' || key === 'dataVersion') return value.bind(target);
        return async (...args: unknown[]) => {
          calls.push(String(key));
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          return value.apply(target, args);
        };
      },
    });
  }

  it('ends a request that runs past the limit with 503 QUERY_TIMEOUT, stops its store calls, and keeps serving', { timeout: 30_000 }, async () => {
    const { out } = await seedGraph();
    const calls: string[] = [];
    const timedLogged: string[] = [];
    const store = slow(await openMemoryStore(out, { watch: false }), 300, calls);
    const timed = await startHttpServer({ store, port: 0, host: '127.0.0.1', schemaDir, log: (m) => timedLogged.push(m), queryTimeoutMs: 500 });
    try {
      const base = `http://127.0.0.1:${timed.port}`;
      // Five levels of store calls at 300 ms each: 1.5 s of work against a 0.5 s limit.
      const started = performance.now();
      const { status, json } = await postJson(`${base}/graphql`, JSON.stringify({ query: nested(4) }));
      const ms = performance.now() - started;
      expect(status).toBe(503);
      expect(json.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT', limit: 500 } });
      expect(json.errors[0].message).toMatch(/longer than 500 ms/);
      expect(ms).toBeLessThan(1_400);
      // The abandoned execution makes at most the call it was waiting on, then stops.
      const callsAtAnswer = calls.length;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(calls.length).toBeLessThanOrEqual(callsAtAnswer + 1);
      expect(calls.length).toBeLessThan(5);
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      // A query that fits the limit still answers.
      const quick = await postJson(`${base}/graphql`, JSON.stringify({ query: '{ entity(id: "CEC") { id } }' }));
      expect(quick.status).toBe(200);
      expect(quick.json.data.entity.id).toBe('organization:cec');
      expect(timedLogged.filter((m) => m.includes('internal error'))).toEqual([]);
    } finally {
      await timed.close();
    }
  });

  it('has a default limit', () => {
    expect(LIMITS.queryTimeoutMs).toBeGreaterThan(0);
  });
});
