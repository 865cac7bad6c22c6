import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, LIMITS, type Api } from '../../src/api/index.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { projectRoot, seedGraph } from '../support/seedGraph.js';

// relations stops at `first` (at most 100); relationsPage goes on, a page at a time, in the same
// order, until every relation has been read.

let api: Api;
beforeAll(async () => {
  const { out } = await seedGraph();
  api = await createApi({ store: await openMemoryStore(out, { watch: false }), schemaDir: path.join(projectRoot, 'schema') });
});
afterAll(async () => {
  await api.stop();
  await api.store.close();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const result = await api.execute(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

describe('relationsPage', () => {
  it('pages through every relation in the order `relations` gives, past its first, to the end', async () => {
    const first = await data(`{ entity(id: "CEC") { relations(first: ${LIMITS.maxFirst}) { type node { id } } } }`);
    const whole = first.entity.relations.map((r: any) => `${r.type} ${r.node.id}`);
    // The seed graph's CEC has fewer than 100: all of them in one call, to compare the pages with.
    expect(whole.length).toBeGreaterThan(40);
    expect(whole.length).toBeLessThan(LIMITS.maxFirst);

    const all: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const d: any = await data('query($after: String) { entity(id: "CEC") { relationsPage(first: 10, after: $after) { edges { cursor node { type node { id } } } pageInfo { hasNextPage endCursor } } } }', { after });
      const page = d.entity.relationsPage;
      all.push(...page.edges.map((e: any) => `${e.node.type} ${e.node.node.id}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all).toEqual(whole);
  });

  it('takes types and direction as relations does', async () => {
    const d = await data('{ entity(id: "CEC") { relations(types: [SIGNED], direction: OUT) { node { id } } relationsPage(types: [SIGNED], direction: OUT) { edges { node { node { id } } } pageInfo { hasNextPage } } } }');
    expect(d.entity.relationsPage.edges.map((e: any) => e.node.node.id)).toEqual(d.entity.relations.map((r: any) => r.node.id));
  });

  it('refuses a cursor it never gave out', async () => {
    const result = await api.execute('{ entity(id: "CEC") { relationsPage(after: "bogus") { edges { cursor } } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
