import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createApi, LIMITS, type Api } from '../../src/api/index.js';
import { EXAMPLE_QUERY } from '../../src/api/graphiqlPage.js';
import { operationCost } from '../../src/api/queryLimits.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { projectRoot, seedGraph } from '../support/seedGraph.js';

// Every GraphQL example a reader is shown (README.md's graphql blocks, the query editor's
// default tab) is run as written against the seed graph, and must answer with data and no error.

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let api: Api;
beforeAll(async () => {
  const { out } = await seedGraph();
  api = await createApi({ store: await openMemoryStore(out, { watch: false }), schemaDir: path.join(projectRoot, 'schema') });
});
afterAll(async () => {
  await api.stop();
  await api.store.close();
});

describe('examples shown to readers', () => {
  it('README.md has GraphQL examples', () => {
    expect(readmeQueries.length).toBeGreaterThanOrEqual(4);
  });

  it.each([...readmeQueries.map((q, i) => [`README example ${i + 1}: ${q.trim().split('\n')[0]}`, q]), ["the query editor's default tab", EXAMPLE_QUERY]])('%s answers', async (_name, query) => {
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    const values = Object.values(result.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    // Each top-level field found something in the seed graph.
    for (const value of values) expect(Array.isArray(value) ? value.length : value).toBeTruthy();
  });

  it("costs the README's headline query within the limit, counting each list's default first", () => {
    const headline = readmeQueries.find((q) => q.includes('jointStandardPartners'))!;
    const cost = operationCost(api.schema, parse(headline), undefined, {});
    expect(cost).toBeLessThanOrEqual(LIMITS.maxCost);
    // relations has no first here: its default (50) multiplies what it selects, as first: 50 would.
    const explicit = operationCost(api.schema, parse(headline.replace('direction: IN)', 'direction: IN, first: 50)')), undefined, {});
    expect(cost).toBe(explicit);
    const one = operationCost(api.schema, parse(headline.replace('direction: IN)', 'direction: IN, first: 1)')), undefined, {});
    expect(cost).toBeGreaterThan(one);
  });
});
