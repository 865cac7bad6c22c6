import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createApi, type Api } from '../../src/api/index.js';
import { compiledSize } from '../../src/api/compiledSize.js';
import { leavesArePreSerialized } from '../../src/api/preSerializedLeaves.js';
import type { Graph } from '../../src/graph/index.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { LOAD_QUERIES, THREE_LEVEL_QUERY } from '../../src/bench/queries.js';
import { StoreUnavailableError, type GraphStore } from '../../src/store/GraphStore.js';
import { openFixtureStore, schemaDir } from './fixtureApi.js';

// graphql-jit runs documents that are used repeatedly; graphql-js runs the rest. Clients must
// not be able to tell which one answered: the same data, the same errors with the same codes.

let store: GraphStore;
let compiled: Api; // compiles every document on first use
let interpreted: Api; // never compiles
beforeAll(async () => {
  store = await openFixtureStore();
  compiled = await createApi({ store, schemaDir, log: () => {}, compiledExecutor: { compileAfter: 0 } });
  interpreted = await createApi({ store, schemaDir, log: () => {}, compiledExecutor: { compileAfter: Infinity } });
});
afterAll(async () => {
  await compiled.stop();
  await interpreted.stop();
  await store.close();
});

const QUERIES: [string, string, Record<string, unknown>?][] = [
  ...Object.entries(LOAD_QUERIES).map(([name, query]): [string, string] => [`bench: ${name}`, query]),
  ['bench: three levels', THREE_LEVEL_QUERY],
  ['a person with positions, events, mentions and sources', `{ entity(id: "任勇") { ... on Person {
      positions { organization { id name aliases } title titleZh asOf sources { briefing { title } article { order } quote } }
      events { totalCount edges { cursor node { role event { name startDate place { name } } } } } }
    mentions { briefing { issue } article { title } count quote } } }`],
  ['typed fields of an organisation', `{ entity(id: "CEC") { ... on Organization {
      people { edges { node { person { name } title } } } signed { edges { node { document { name } date } } }
      ecoLabels { name } memberships { edges { node { organization { name } role since } } }
      events(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { event { startDate } relationType role } } }
      projects { edges { node { project { name } relationType role } } } cooperatesWith { node { id } kind } locatedIn { name } published { type } } } }`],
  ['aliases, several entity types and a standard signed without a date of its own', `{
      blueAngel: entity(id: "Blue Angel") { __typename ... on EcoLabel { operators { id } holders { totalCount } } }
      scanners: entity(id: "中日环境标志扫描仪共同标准") { ... on Standard { date signatories { signatory { id } date } witnesses { id } producedAt { id } } }
      beijing: entity(id: "北京") { ... on Place { events(first: 2) { totalCount edges { node { startDate } } } organizations { edges { node { id } } } } }
      project: entity(id: "世行项目") { ... on Project { funders { participant { id } relationType amount currency } events { edges { node { kind } } } } } }`],
  ['named fragments, variables, @skip and @include', `query Q($id: ID!, $withNodes: Boolean!, $n: Int) {
      entity(id: $id) { ...Head relations(first: $n, direction: OUT) { type ...Rel } }
    }
    fragment Head on Entity { id type name nameEn nameZh kind country description }
    fragment Rel on Relation { direction role since date confidence method node @include(if: $withNodes) { id ... on Organization { country } } title @skip(if: $withNodes) }`, { id: 'GEN', withNodes: true, n: 5 }],
  ['search, path, timeline, briefings, stats', `{
      search(text: "德国", types: [ORGANIZATION]) { id type }
      path(from: "Blue Angel", to: "中环联合") { length nodes { id } relations { type direction node { id } } }
      timeline(entity: "CEC", first: 3) { totalCount edges { node { id startDate endDate datePrecision kind places { name } organizers { participant { id } } participants(role: "host") { participant { id } role } } } }
      briefings { id issue publishedOn articles { order title briefing { id } } }
      stats { nodes relationships byLabel { key count } byType { key count } } }`],
  ['an ambiguous name (BAD_USER_INPUT with candidates)', '{ entity(id: "china environmental labelling") { id } }'],
  ['a cursor that was never given out', '{ timeline(after: "nonsense") { totalCount } }'],
  ['a variable of the wrong type', 'query($n: Int) { search(text: "GEN", first: $n) { id } }', { n: 'many' }],
  ['a required variable left out', 'query($text: String!) { search(text: $text) { id } }', {}],
  ['introspection', '{ __schema { queryType { name } types { name kind } } __type(name: "Relation") { fields { name type { name kind ofType { name } } } } }'],
];

describe('compiled execution', () => {
  it.each(QUERIES)('answers %s exactly as graphql-js does', async (_name, query, variables) => {
    const before = compiled.executor.counts.compiled;
    const fromJit = await compiled.execute(query, variables);
    const fromGraphqlJs = await interpreted.execute(query, variables);
    expect(fromJit).toEqual(fromGraphqlJs);
    expect(JSON.stringify(fromJit)).toBe(JSON.stringify(fromGraphqlJs));
    // Variables that do not fit are reported by graphql-js even for compiled documents.
    if (!('data' in fromGraphqlJs) || fromGraphqlJs.data === undefined) expect(compiled.executor.counts.compiled).toBe(before);
    else expect(compiled.executor.counts.compiled).toBe(before + 1);
  });

  it('keeps the codes of errors raised by the store: STORE_UNAVAILABLE, and masked internal errors logged whole', async () => {
    const failing = (error: Error): GraphStore =>
      new Proxy({} as GraphStore, { get: (_t, key) => (key === 'kind' ? 'memory' : key === 'close' ? async () => {} : async () => Promise.reject(error)) });
    const logged: string[] = [];
    const down = await createApi({ store: failing(new StoreUnavailableError('the snapshot is gone')), schemaDir, log: (m) => logged.push(m), compiledExecutor: { compileAfter: 0 } });
    const broken = await createApi({ store: failing(new Error('secret detail')), schemaDir, log: (m) => logged.push(m), compiledExecutor: { compileAfter: 0 } });
    const unavailable = await down.execute('{ entity(id: "organization:cec") { id } }');
    expect(unavailable.errors).toEqual([expect.objectContaining({ message: 'the graph store is unavailable: the snapshot is gone', extensions: { code: 'STORE_UNAVAILABLE' } })]);
    const internal = await broken.execute('{ search(text: "GEN") { id } }');
    expect(internal.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(logged.join('\n')).toContain('secret detail');
    expect(down.executor.counts.compiled + broken.executor.counts.compiled).toBe(2);
    await down.stop();
    await broken.stop();
  });
});

describe('values a snapshot holds in another form than the field sends', () => {
  // A snapshot written by hand may hold a number where the schema has a String, or a word where
  // it has a Float. graphql-js serializes them (42 becomes "42") or fails the field; documents
  // compiled without leaf serialization must send the same, as the views serialize such values.
  const graph = {
    briefings: [],
    articles: [],
    entities: [
      { id: 'organization:odd', label: 'Organization', properties: { id: 'organization:odd', name: 'Odd', nameEn: 42, kind: true, country: ['CN', 'DE'], description: '', aliases: ['odd', 7, false] } },
      { id: 'project:odd', label: 'Project', properties: { id: 'project:odd', name: 'Odd project', aliases: [] } },
    ],
    relationships: [
      { id: 'r1', type: 'FUNDED', start: 'organization:odd', end: 'project:odd', properties: { role: 5, amount: '1.5', currency: 978, confidence: 'high', date: ['2017'], method: 'curated' } },
      { id: 'r2', type: 'INVOLVED_IN', start: 'organization:odd', end: 'project:odd', properties: { role: 'lead', amount: true, confidence: 0.75, title: '' } },
    ],
  } as unknown as Graph;
  const QUERY = `{ entity(id: "organization:odd") { id type name nameEn kind description aliases
      relations { type direction role title date amount currency confidence method node { id name } } } }`;
  const TYPED = `{ entity(id: "organization:odd") { ... on Organization { projects { totalCount edges { cursor node { relationType role amount currency } } } } } }`;
  const COUNTRY = '{ entity(id: "organization:odd") { name country } }';

  it.each([QUERY, TYPED, COUNTRY])('are sent as graphql-js sends them, by documents compiled without leaf serialization: %s', async (query) => {
    const oddStore = new MemoryStore(graph);
    const fast = await createApi({ store: oddStore, schemaDir, log: () => {}, compiledExecutor: { compileAfter: 0 } });
    const slow = await createApi({ store: oddStore, schemaDir, log: () => {}, compiledExecutor: { compileAfter: Infinity } });
    expect(leavesArePreSerialized(fast.schema, parse(query))).toBe(true);
    const fromJit = await fast.execute(query);
    expect(fast.executor.counts.compiled).toBe(1);
    expect(fromJit).toEqual(await slow.execute(query));
    await fast.stop();
    await slow.stop();
  });

  it('serializes numbers and booleans as strings, numeric text as a Float, and fails the fields no serialization fits', async () => {
    const api = await createApi({ store: new MemoryStore(graph), schemaDir, log: () => {}, compiledExecutor: { compileAfter: 0 } });
    const result = await api.execute(QUERY);
    const entity = (result.data as any).entity;
    expect(entity).toMatchObject({ nameEn: '42', kind: 'true', description: null, aliases: ['odd', '7', 'false'] });
    const funded = entity.relations.find((r: { type: string }) => r.type === 'FUNDED');
    const involved = entity.relations.find((r: { type: string }) => r.type === 'INVOLVED_IN');
    expect(funded).toMatchObject({ role: '5', amount: 1.5, currency: '978', confidence: null, date: null, method: 'curated' });
    expect(involved).toMatchObject({ role: 'lead', amount: 1, confidence: 0.75, title: null });
    expect(result.errors?.map((e) => [(e as { path?: unknown }).path, e.extensions?.code])).toEqual([
      [['entity', 'relations', 0, 'date'], 'INTERNAL_SERVER_ERROR'],
      [['entity', 'relations', 0, 'confidence'], 'INTERNAL_SERVER_ERROR'],
    ]);
    const country = await api.execute(COUNTRY);
    expect(country.data).toEqual({ entity: { name: 'Odd', country: null } });
    expect(country.errors?.[0]).toMatchObject({ message: 'Internal server error', path: ['entity', 'country'] });
    await api.stop();
  });

  it('are read with leaf serialization when a document also selects a field no view serializes', () => {
    const doc = (query: string) => leavesArePreSerialized(compiled.schema, parse(query));
    expect(doc(LOAD_QUERIES['entity with its relations'])).toBe(true);
    expect(doc('{ entity(id: "CEC") { ... on Standard { date } } }')).toBe(false);
    expect(doc('{ entity(id: "CEC") { id relations { sources { quote } } } }')).toBe(false);
    expect(doc('{ briefings { title } }')).toBe(false);
    expect(doc('{ __type(name: "Relation") { name } }')).toBe(false);
  });
});

describe('when documents are compiled', () => {
  it('runs a query text on graphql-js for its first uses, then compiled, answering new variables each time', async () => {
    const api = await createApi({ store, schemaDir, compiledExecutor: { compileAfter: 2 } });
    const query = 'query($id: ID!) { entity(id: $id) { name relations(first: 2) { type node { name } } } }';
    const names: string[] = [];
    for (const id of ['CEC', 'GEN', 'UBA', 'JEA', 'CEC']) {
      const result = await api.execute(query, { id });
      expect(result).toEqual(await interpreted.execute(query, { id }));
      names.push((result.data as any).entity.name);
    }
    expect(names[0]).toBe('中环联合认证中心');
    expect(names[1]).toBe('全球环境标志网络');
    expect(new Set(names).size).toBe(4);
    // The first request's document is not kept (its text came once); the second's is, and is
    // used twice more on graphql-js before it is compiled.
    expect(api.executor.counts).toEqual({ compiled: 2, interpreted: 3 });
    await api.stop();
  });

  it('never compiles a document whose code would grow with the product of its interface fields, and still answers it', async () => {
    let inner = 'id';
    for (let i = 0; i < 4; i++) inner = `relations(first: 1) { node { ${inner} } }`;
    const nested = `{ entity(id: "CEC") { ${inner} } }`;
    expect(compiledSize(compiled.schema, parse(nested), undefined, 400)).toBe(401);
    const started = performance.now();
    const before = { ...compiled.executor.counts };
    const result = await compiled.execute(nested);
    expect(result).toEqual(await interpreted.execute(nested));
    expect(compiled.executor.counts).toEqual({ compiled: before.compiled, interpreted: before.interpreted + 1 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('compiles no more documents in a minute than its budget, and answers the rest on graphql-js', async () => {
    const api = await createApi({ store, schemaDir, compiledExecutor: { compileAfter: 0, maxCompilesPerMinute: 2 } });
    for (const field of ['id', 'name', 'type', 'nameEn']) expect((await api.execute(`{ entity(id: "CEC") { ${field} } }`)).errors).toBeUndefined();
    expect(api.executor.counts).toEqual({ compiled: 2, interpreted: 2 });
    await api.stop();
  });

  it('keeps compiled queries for a bounded number of documents', async () => {
    const api = await createApi({ store, schemaDir, compiledExecutor: { compileAfter: 0, maxCompiled: 2 } });
    for (const field of ['id', 'name', 'type', 'nameEn', 'kind']) await api.execute(`{ entity(id: "CEC") { ${field} } }`);
    expect(api.executor.size).toBe(2);
    await api.stop();
  });
});

describe('compiledSize', () => {
  it('counts each field once per concrete type it is selected on, and only the fragments that apply', () => {
    const size = (query: string) => compiledSize(compiled.schema, parse(query), undefined, 10_000);
    expect(size('{ stats { nodes relationships } }')).toBe(3);
    // entity is an Entity (nine object types): id is written nine times, below the entity field.
    expect(size('{ entity(id: "CEC") { id } }')).toBe(1 + 9);
    // An inline fragment on Organization applies to one of the nine.
    expect(size('{ entity(id: "CEC") { ... on Organization { country } } }')).toBe(1 + 1);
    expect(size('{ entity(id: "CEC") { relations { node { id } } } }')).toBe(1 + 9 * (1 + 1 + 9));
  });

  it('stops counting once past its limit, so measuring a huge document is cheap', () => {
    let inner = 'id';
    for (let i = 0; i < 12; i++) inner = `relations(first: 1) { node { ${inner} } }`;
    const started = performance.now();
    expect(compiledSize(compiled.schema, parse(`{ entity(id: "CEC") { ${inner} } }`), undefined, 400)).toBe(401);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
