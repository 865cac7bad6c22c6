import { startHttpServer } from '../api/index.js';
import type { GraphStore } from '../store/GraphStore.js';

// Store calls one HTTP request makes: the store is wrapped in a proxy that records every method
// called on it, and the query is POSTed to a real server on a free loopback port.

export interface StoreCallCount {
  /** Calls that read the graph. */
  dataCalls: number;
  byMethod: Record<string, number>;
  /**
   * Calls that only ask which version of the data the store holds (the HTTP layer's response
   * cache asks once per request): they read no graph data, so they are listed, not counted.
   */
  versionChecks: Record<string, number>;
  /** Entities in the answer: how many calls a per-node resolver would have made. */
  entitiesReturned: number;
}

const VERSION_CHECKS = new Set(['dataVersion']);

export function countingStore(store: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

export async function countStoreCalls(store: GraphStore, query: string, schemaDir: string): Promise<StoreCallCount> {
  const counted = countingStore(store);
  const logged: string[] = [];
  const server = await startHttpServer({ store: counted.store, port: 0, host: '127.0.0.1', schemaDir, log: (m) => logged.push(m) });
  try {
    counted.calls.length = 0;
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`three-level query answered ${res.status}: ${text.slice(0, 300)} ${logged.join(' ')}`);
    const byMethod: Record<string, number> = {};
    const versionChecks: Record<string, number> = {};
    for (const c of counted.calls) {
      const bucket = VERSION_CHECKS.has(c) ? versionChecks : byMethod;
      bucket[c] = (bucket[c] ?? 0) + 1;
    }
    const dataCalls = Object.values(byMethod).reduce((a, b) => a + b, 0);
    return { dataCalls, byMethod, versionChecks, entitiesReturned: (text.match(/"name":/g) ?? []).length };
  } finally {
    await server.close();
  }
}
