import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, type HttpServer } from '../../src/api/index.js';
import { postJson, startSeedServer } from './support.js';

// Hostile GraphQL over real HTTP, against the seed graph: each abusive request gets a 4xx with an
// error code and a message naming the limit it hit, nothing is logged as an internal error, and
// the server goes on answering ordinary queries.

let server: HttpServer;
let url: string;
let logged: string[];

beforeAll(async () => {
  ({ server, url, logged } = await startSeedServer());
});
afterAll(async () => {
  await server.close();
});

const query = (q: string) => postJson(url, JSON.stringify({ query: q }));

function nested(levels: number): string {
  let selection = '{ id }';
  for (let i = 0; i < levels; i++) selection = `{ id relations(first: 1) { node ${selection} } }`;
  return `{ entity(id: "organization:cec") ${selection} }`;
}

describe('GraphQL limits over HTTP', () => {
  it('refuses a query nested too deep with 400 QUERY_TOO_DEEP naming the depth and the limit', async () => {
    const { status, json } = await query(nested(10));
    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(json.errors[0].message).toMatch(new RegExp(`^query depth is \\d+; the limit is ${LIMITS.maxDepth}`));
    expect(json.data).toBeUndefined();
  });

  it('answers the same shape of query within the depth limit', async () => {
    const { status, json } = await query(nested(4));
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.entity.id).toBe('organization:cec');
  });

  it('refuses a query whose lists multiply to millions with 400 QUERY_TOO_COMPLEX naming cost and limit', async () => {
    const { status, json } = await query('{ search(text: "", first: 100) { relations(first: 100) { node { relations(first: 100) { node { id } } } } } }');
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: LIMITS.maxCost });
    expect(json.errors[0].extensions.cost).toBeGreaterThan(1_000_000);
    expect(json.errors[0].message).toMatch(new RegExp(`^query cost is \\d+; the limit is ${LIMITS.maxCost}`));
  });

  it('refuses 5000 aliases with 400 TOO_MANY_ALIASES naming the count and the limit', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, json } = await query(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: `query uses 5000 aliases; the limit is ${LIMITS.maxAliases}`, extensions: { code: 'TOO_MANY_ALIASES' } });
  });

  it.each([
    ['search', '{ search(text: "GEN", first: 1000000) { id } }'],
    ['timeline', '{ timeline(first: 1000000) { totalCount } }'],
    ['relations', '{ entity(id: "organization:cec") { relations(first: 1000000) { type } } }'],
  ])('refuses first: 1000000 on %s with 400 BAD_USER_INPUT naming the allowed range', async (_field, q) => {
    const { status, json } = await query(q);
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: `first is 1000000; expected 0..${LIMITS.maxFirst}`, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses first: 1000000 passed as a variable the same way', async () => {
    const { status, json } = await postJson(url, JSON.stringify({ query: 'query($n: Int) { search(text: "GEN", first: $n) { id } }', variables: { n: 1_000_000 } }));
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: `first is 1000000; expected 0..${LIMITS.maxFirst}`, extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('malformed request bodies over HTTP', () => {
  it.each([
    ['cut off in a string', '{"query": "{ stats { nodes } }'],
    ['cut off after a value', '{"query": "{ stats { nodes } }"'],
    ['trailing garbage', '{"query": "{ stats { nodes } }"} xyz'],
    ['single quotes', "{'query': '{ stats { nodes } }'}"],
    ['binary', '\u0000\u0001\u0002\u00ff'],
  ])('JSON %s: 400 BAD_REQUEST saying the body is not valid JSON and what is expected', async (_what, body) => {
    const { status, json } = await postJson(url, body);
    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toMatch(/^request body is not valid JSON \(.+\); expected \{"query": "\.\.\.", "variables": \{\.\.\.\}\}$/);
  });

  it.each([
    ['a number as the query', '{"query": 42}', /queries must be strings/],
    ['no query at all', '{"variables": {}}', /non-empty `query`/],
    ['variables as a JSON-encoded string', '{"query": "{ stats { nodes } }", "variables": "{}"}', /`variables` .* should be provided as an object/],
  ])('valid JSON with %s: 400 BAD_REQUEST saying what is wrong', async (_what, body, message) => {
    const { status, json } = await postJson(url, body);
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toMatch(message);
  });

  it('refuses a 2 MB body with 413 naming the limit in bytes', async () => {
    const { status, json } = await postJson(url, JSON.stringify({ query: `{ search(text: "${'a'.repeat(2_000_000)}") { id } }` }));
    expect(status).toBe(413);
    expect(json.errors[0]).toMatchObject({ message: expect.stringMatching(/the limit is 1000000$/), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('after all of that', () => {
  it('the server still answers, and logged no internal error', async () => {
    const { status, json } = await query('{ entity(id: "organization:cec") { name } }');
    expect(status).toBe(200);
    expect(json).toEqual({ data: { entity: { name: '中环联合认证中心' } } });
    expect(logged.filter((m) => /internal error/i.test(m))).toEqual([]);
  });
});
