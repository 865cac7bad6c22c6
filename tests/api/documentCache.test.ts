import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createApi, type Api } from '../../src/api/index.js';
import { DocumentCache } from '../../src/api/documentCache.js';
import { LIMITS } from '../../src/api/limits.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openFixtureStore, schemaDir } from './fixtureApi.js';

// Apollo keeps the parsed document of each query text that passed validation in our
// DocumentCache, so a repeated text is neither parsed nor validated again. It must stay
// bounded, and nothing it keeps may let a query past the limits.

const doc = (text: string) => parse(text);

/** Offers a document twice: the cache keeps a text's document once it was validated a second time. */
async function keep(cache: DocumentCache, key: string, document: ReturnType<typeof doc>) {
  await cache.set(key, document);
  await cache.set(key, document);
}

describe('the document cache', () => {
  it('keeps a document only when its text comes a second time', async () => {
    const cache = new DocumentCache({ maxEntries: 10, maxTextChars: 10_000, maxEntryChars: 1000 });
    const a = doc('{ a }');
    await cache.set('a', a);
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('a', a);
    expect(await cache.get('a')).toBe(a);
  });

  it('returns the document kept under a key, and keeps the most recently used within its entry limit', async () => {
    const cache = new DocumentCache({ maxEntries: 2, maxTextChars: 10_000, maxEntryChars: 1000 });
    const a = doc('{ a }');
    await keep(cache, 'a', a);
    await keep(cache, 'b', doc('{ b }'));
    expect(await cache.get('a')).toBe(a);
    await keep(cache, 'c', doc('{ c }'));
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(a);
    expect(cache.size).toBe(2);
  });

  it('keeps the order of use when the same document is asked for again and again', async () => {
    const cache = new DocumentCache({ maxEntries: 2, maxTextChars: 10_000, maxEntryChars: 1000 });
    const a = doc('{ a }');
    const b = doc('{ b }');
    await keep(cache, 'a', a);
    await keep(cache, 'b', b);
    for (let i = 0; i < 3; i++) expect(await cache.get('b')).toBe(b);
    for (let i = 0; i < 3; i++) expect(await cache.get('a')).toBe(a);
    await keep(cache, 'c', doc('{ c }'));
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(a);
    await cache.delete('a');
    await keep(cache, 'a', a);
    await keep(cache, 'd', doc('{ d }'));
    expect(await cache.get('c')).toBeUndefined();
    expect(await cache.get('a')).toBe(a);
  });

  it('stays within its budget of query text, and does not keep a text longer than its entry limit', async () => {
    const cache = new DocumentCache({ maxEntries: 1000, maxTextChars: 100, maxEntryChars: 60 });
    await keep(cache, 'long', doc(`{ ${'x '.repeat(40)}}`));
    expect(cache.size).toBe(0);
    for (let i = 0; i < 20; i++) await keep(cache, `k${i}`, doc(`{ field${i} }`));
    expect(cache.textChars).toBeLessThanOrEqual(100);
    expect(await cache.get('k19')).toBeDefined();
    expect(await cache.get('k0')).toBeUndefined();
    expect(await cache.delete('k19')).toBe(true);
    expect(await cache.get('k19')).toBeUndefined();
  });

  it('remembers a bounded number of texts that came once', async () => {
    const cache = new DocumentCache({ maxEntries: 2, maxTextChars: 10_000, maxEntryChars: 1000 });
    for (let i = 0; i < 100; i++) await cache.set(`once ${i}`, doc('{ a }'));
    expect(cache.size).toBe(0);
    // Four times its entry limit are remembered: the oldest were forgotten.
    await cache.set('once 0', doc('{ a }'));
    expect(cache.size).toBe(0);
    await cache.set('once 99', doc('{ a }'));
    expect(cache.size).toBe(1);
  });
});

describe('the API with its document cache', () => {
  let store: GraphStore;
  let documents: DocumentCache;
  let api: Api;
  beforeAll(async () => {
    store = await openFixtureStore();
    documents = new DocumentCache({ maxEntries: 5, maxTextChars: 100_000, maxEntryChars: 20_000 });
    api = await createApi({ store, schemaDir, documentCache: documents, log: () => {} });
  });
  afterAll(async () => {
    await api.stop();
    await store.close();
  });

  it('keeps one document per repeated query text and answers it with each request’s own variables', async () => {
    const query = 'query($id: ID!) { entity(id: $id) { id name } }';
    const before = documents.size;
    const names: unknown[] = [];
    for (const id of ['CEC', 'GEN', 'CEC', 'GEN']) names.push(((await api.execute(query, { id })).data as any).entity);
    expect(names).toEqual([
      { id: 'organization:cec', name: '中环联合认证中心' },
      { id: 'organization:gen', name: '全球环境标志网络' },
      { id: 'organization:cec', name: '中环联合认证中心' },
      { id: 'organization:gen', name: '全球环境标志网络' },
    ]);
    expect(documents.size).toBe(before + 1);
  });

  it('holds no more documents than its limit under many distinct query texts', async () => {
    for (let i = 0; i < 30; i++) {
      for (let twice = 0; twice < 2; twice++) expect((await api.execute(`{ entity(id: "CEC") { id } } # ${i}`)).errors).toBeUndefined();
    }
    expect(documents.size).toBe(5);
  });

  it('never keeps a document that failed validation: a deep query is refused every time', async () => {
    let inner = 'id';
    for (let i = 0; i < 8; i++) inner = `relations(first: 1) { node { ${inner} } }`;
    const deep = `{ entity(id: "CEC") { ${inner} } }`;
    for (let i = 0; i < 3; i++) {
      const result = await api.execute(deep);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    }
  });

  it('checks cost and `first` on every request, so a kept document with costlier variables is refused', async () => {
    const query = 'query($n: Int) { search(text: "中", first: $n) { relations(first: $n) { node { relations(first: $n) { node { id } } } } } }';
    expect((await api.execute(query, { n: 5 })).errors).toBeUndefined();
    expect((await api.execute(query, { n: 5 })).errors).toBeUndefined();
    const costly = await api.execute(query, { n: 60 });
    expect(costly.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const huge = await api.execute(query, { n: 1_000_000 });
    expect(huge.errors?.map((e) => e.message)).toEqual([`first is 1000000; expected 0..${LIMITS.maxFirst}`]);
  });

  it('refuses a costly query, or one with a literal first out of range, on every request', async () => {
    const costly = '{ search(text: "中", first: 100) { relations(first: 100) { node { relations(first: 100) { node { id } } } } } }';
    for (let i = 0; i < 3; i++) expect((await api.execute(costly)).errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const literalFirst = '{ timeline(first: 1000000) { totalCount } }';
    for (let i = 0; i < 3; i++) expect((await api.execute(literalFirst)).errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
