import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../src/api/index.js';
import { startSeedServer } from './support.js';

// 500 requests in flight at once on loopback: each is answered 200, and each answer is the
// same, byte for byte, as the one the query gets when it is alone. Per-request DataLoaders must
// not leak between requests, and nothing may be dropped under the burst. Each request of the
// burst carries its own number in `extensions`, so none is answered from the response cache:
// all 500 are executed concurrently.

let server: HttpServer;
let url: string;
let logged: string[];

beforeAll(async () => {
  ({ server, url, logged } = await startSeedServer());
});
afterAll(async () => {
  await server.close();
});

const QUERIES = [
  '{ entity(id: "organization:cec") { name relations(first: 50) { type direction node { id name } } } }',
  '{ entity(id: "organization:gen") { ... on Organization { members(first: 50) { totalCount edges { node { member { id name } } } } } } }',
  '{ timeline(entity: "CEC", first: 20) { totalCount edges { cursor node { id name startDate } } } }',
  '{ jointStandardPartners(organization: "CEC", memberOf: "GEN") { partner { id name } standards { id name } } }',
  '{ search(text: "环境标志", first: 20) { id name } }',
];

async function ask(query: string, nonce?: number): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(nonce === undefined ? { query } : { query, extensions: { nonce } });
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: await res.text() };
}

describe('500 concurrent requests', () => {
  it('all succeed, each with the answer its query gets alone', { timeout: 60_000 }, async () => {
    const alone = new Map<string, string>();
    for (const q of QUERIES) {
      const { status, body } = await ask(q);
      expect(status, body).toBe(200);
      expect(JSON.parse(body).errors).toBeUndefined();
      expect(body.length, `${q} answers with little: ${body}`).toBeGreaterThan(300);
      alone.set(q, body);
    }

    const burst = Array.from({ length: 500 }, (_, i) => QUERIES[i % QUERIES.length]!);
    const answers = await Promise.all(burst.map(async (q, i) => ({ q, ...(await ask(q, i)) })));

    expect(answers.filter((a) => a.status !== 200).map((a) => `${a.status} ${a.body.slice(0, 100)}`)).toEqual([]);
    const different = answers.filter((a) => a.body !== alone.get(a.q));
    expect(different.length).toBe(0);
    expect(new Set(answers.map((a) => a.body)).size).toBe(QUERIES.length);
    expect(logged).toEqual([]);
  });
});
