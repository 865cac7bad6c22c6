import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../src/api/index.js';
import { startSeedServer } from './support.js';

// The GraphQL-over-HTTP spec's status codes, for both media types: a request refused before
// execution is a 4xx naming the problem; a response that carries `data` is a 2xx, field errors
// and all.

let server: HttpServer;
let url: string;
let logged: string[];

beforeAll(async () => {
  ({ server, url, logged } = await startSeedServer());
});
afterAll(async () => {
  await server.close();
});

const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

async function ask(query: string, accept: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
  return { status: res.status, type: res.headers.get('content-type'), json: (await res.json()) as any };
}

describe('GraphQL over HTTP', () => {
  for (const accept of MEDIA_TYPES) {
    it.each([
      ['mutation', 'mutation { x }'],
      ['subscription', 'subscription { x }'],
    ])(`refuses a %s with 400 naming the problem (${accept}), logging no internal error`, async (kind, query) => {
      const { status, type, json } = await ask(query, accept);
      expect(status).toBe(400);
      expect(type).toContain(accept);
      expect(json.data).toBeUndefined();
      expect(json.errors[0]).toMatchObject({ message: `this API has no ${kind}s: it is read-only; send a query operation (query { ... } or { ... })`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(logged.filter((m) => m.includes('internal error'))).toEqual([]);
    });

    it(`answers 200 when data comes with field errors (${accept})`, async () => {
      // A bad argument read by a resolver: the other field still answers.
      const { status, json } = await ask('{ stats { nodes } search(text: "GEN", first: 1) { id } timeline(from: "yesterday") { totalCount } }', accept);
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect('data' in json).toBe(true);
      expect(status).toBe(200);
    });

    it(`still refuses a query over a limit with 400 (${accept})`, async () => {
      const { status, json } = await ask('{ search(text: "GEN", first: 1000000) { id } }', accept);
      expect(status).toBe(400);
      expect(json.data).toBeUndefined();
    });
  }
});
