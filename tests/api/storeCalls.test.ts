import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { fixtureApi, openFixtureStore } from './fixtureApi.js';

// The number of store calls a request makes is bounded by the depth of the query, not by how
// many nodes it returns: every resolver level goes through one batched DataLoader call.

function counting(store: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

const DEEP = `{
  search(text: "", first: 0) { id }
  timeline(first: 9) {
    edges { node {
      name place { name }
      participants(first: 10) { participant { name mentions(first: 5) { quote article { title briefing { title } } } } role sources { quote briefing { title } } }
      relations(first: 5) {
        node {
          name
          relations(first: 5) { type node { name relations(first: 5) { node { id } sources { article { title } } } } }
        }
      }
    } }
  }
}`;

describe('store calls per request', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openFixtureStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('stays bounded by query depth on a deep query that returns hundreds of nodes', async () => {
    const { store: proxy, calls } = counting(store);
    const api = await fixtureApi(proxy);
    const result = await api.execute(DEEP);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const json = JSON.stringify(result.data);
    const nodesReturned = (json.match(/"name"/g) ?? []).length + (json.match(/"id"/g) ?? []).length;
    expect(nodesReturned).toBeGreaterThan(300);
    // One events call, then per level: neighbours (x4 levels), mentions, articles, briefings.
    expect(calls.length).toBeLessThanOrEqual(14);
    expect(calls.filter((c) => c === 'events')).toHaveLength(1);
    expect(calls.filter((c) => c === 'neighbours').length).toBeLessThanOrEqual(5);
    await api.stop();
  });

  it('makes the same number of calls whether the timeline has 1 event or all of them', async () => {
    const run = async (first: number) => {
      const { store: proxy, calls } = counting(store);
      const api = await fixtureApi(proxy);
      const result = await api.execute(DEEP.replace('timeline(first: 9)', `timeline(first: ${first})`));
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      await api.stop();
      return calls.length;
    };
    expect(await run(9)).toBe(await run(1));
  });

  it('answers jointStandardPartners in a fixed number of rounds', async () => {
    const { store: proxy, calls } = counting(store);
    const api = await fixtureApi(proxy);
    const result = await api.execute('{ jointStandardPartners(organization: "CEC", memberOf: "GEN") { partner { name } standards { name signatories { signatory { name } sources { briefing { title } } } } } }');
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(calls.length).toBeLessThanOrEqual(10);
    await api.stop();
  });
});
