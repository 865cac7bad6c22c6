import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../src/api/index.js';
import type { Graph } from '../../src/graph/index.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { openFixtureStore, schemaDir } from './fixtureApi.js';

// The real server on a free port: what curl, a script or a browser sees.

let server: HttpServer;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  server = await startHttpServer({ store: await openFixtureStore(), port: 0, host: '127.0.0.1', schemaDir, log: (m) => logged.push(m) });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
});

async function post(body: string, contentType = 'application/json') {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, json: (await res.json()) as any };
}

describe('HTTP server', () => {
  it('logs-ready URL points at /graphql on the chosen port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/graphql`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('reports health with the store kind and its counts', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      store: 'memory',
      counts: { nodes: 42, relationships: 110, byLabel: expect.objectContaining({ Organization: 9, Event: 9, Briefing: 2, Article: 8 }) },
    });
  });

  it('answers a POSTed query', async () => {
    const { status, json } = await post(JSON.stringify({ query: 'query($n: String!) { jointStandardPartners(organization: $n, memberOf: "GEN") { partner { nameEn } } }', variables: { n: 'CEC' } }));
    expect(status).toBe(200);
    expect(json).toEqual({ data: { jointStandardPartners: [{ partner: { nameEn: 'German Environment Agency' } }, { partner: { nameEn: 'Japan Environment Association' } }] } });
  });

  it('sends an answer with its length in bytes, the same when it is sent again from the response cache', async () => {
    const body = JSON.stringify({ query: '{ entity(id: "CEC") { name nameEn } }' });
    const lengths: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get('transfer-encoding')).toBeNull();
      expect(res.headers.get('content-length')).toBe(String(bytes.length));
      expect(JSON.parse(bytes.toString('utf8'))).toEqual({ data: { entity: { name: '中环联合认证中心', nameEn: 'China Environmental United Certification Center' } } });
      lengths.push(res.headers.get('content-length')!);
    }
    expect(new Set(lengths).size).toBe(1);
  });

  it('sends a successful answer from the response cache once its request came twice, and executes answers with errors every time', async () => {
    // A country held as a list cannot be sent as a String: that field fails (200, partial data).
    const graph = {
      briefings: [],
      articles: [],
      relationships: [],
      entities: [{ id: 'organization:odd', label: 'Organization', properties: { id: 'organization:odd', name: 'Odd', country: ['CN', 'DE'], aliases: [] } }],
    } as unknown as Graph;
    const odd = await startHttpServer({ store: new MemoryStore(graph), port: 0, host: '127.0.0.1', schemaDir, log: () => {} });
    const executions = () => odd.api.executor.counts.compiled + odd.api.executor.counts.interpreted;
    const timesExecuted = async (query: string) => {
      const before = executions();
      for (let i = 0; i < 4; i++) {
        const res = await fetch(odd.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
      return executions() - before;
    };
    expect(await timesExecuted('{ entity(id: "organization:odd") { name } }')).toBe(2);
    expect(await timesExecuted('{ entity(id: "organization:odd") { name country } }')).toBe(4);
    // No error, but a field aliased "errors": kept out of the cache as well.
    expect(await timesExecuted('{ errors: entity(id: "organization:odd") { name } }')).toBe(4);
    await odd.close();
  });

  it('answers a GET query from a script', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ entity(id: "UBA") { name } }')}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { entity: { name: '德国环境署' } } });
  });

  it('refuses a malformed JSON body with 400 and a clear message', async () => {
    const { status, json } = await post('{"query": "{ stats { nodes } }"');
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toMatch(/^request body is not valid JSON \(.+\); expected \{"query": "\.\.\.", "variables": \{\.\.\.\}\}$/);
  });

  it('returns 400 with the code for limit errors', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ search(text: "GEN", first: 1000000) { id } }' }));
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: 'first is 1000000; expected 0..100', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses thousands of aliases before parsing, over POST and GET', async () => {
    const query = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: entity(id: "CEC") { id }`).join(' ')} }`;
    const { status, json } = await post(JSON.stringify({ query }));
    expect(status).toBe(400);
    expect(json).toEqual({ errors: [{ message: 'query uses 3000 aliases; the limit is 64', extensions: { code: 'TOO_MANY_ALIASES', limit: 64, aliases: 3000 } }] });
    const small = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`;
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent(small)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('TOO_MANY_ALIASES');
  });

  it('gives browsers the query editor, built only from local assets', async () => {
    for (const path of ['/graphql', '/']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(urls).toEqual(['/graphiql/assets/graphiql.min.css', '/graphiql/assets/react.production.min.js', '/graphiql/assets/react-dom.production.min.js', '/graphiql/assets/graphiql.min.js']);
      expect(html).not.toMatch(/https?:\/\//);
    }
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js']) {
      const res = await fetch(`${base}/graphiql/assets/${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(5_000);
    }
    expect((await fetch(`${base}/graphiql/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('answers unknown paths with 404 and where to go', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error).toBe('nothing at /nope; the GraphQL endpoint is /graphql, health is at /health');
  });
});

describe('HTTP server shutdown', () => {
  it('finishes in-flight requests, then stops accepting and closes the store', async () => {
    const store = await openFixtureStore();
    // A store whose briefings() waits, so the request is surely in flight when close() starts.
    let started!: () => void;
    const inStore = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'briefings') return async () => (started(), await gate, target.briefings());
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const s = await startHttpServer({ store: slow, port: 0, host: '127.0.0.1', schemaDir });
    const url = `http://127.0.0.1:${s.port}/graphql`;
    const inFlight = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ briefings { issue } }' }) });
    await inStore;
    const closed = s.close();
    await expect(fetch(url)).rejects.toThrow();
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { briefings: [{ issue: '2017年第四期' }, { issue: '2018年第一季度' }] } });
    await closed;
    await expect(store.stats()).rejects.toThrow('the memory store is closed');
  });
});
