import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src/api/index.js';
import { LIMITS } from '../../src/api/index.js';
import { StoreUnavailableError, type GraphStore } from '../../src/store/GraphStore.js';
import { fixtureApi, openFixtureStore } from './fixtureApi.js';

// Abusive queries fail before they run, with a code and a message that names the limit.

let api: Api & { logged: string[] };
beforeAll(async () => {
  api = await fixtureApi();
});
afterAll(async () => {
  await api.stop();
  await api.store.close();
});

async function onlyError(query: string, variables?: Record<string, unknown>) {
  const result = await api.execute(query, variables);
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

function nested(depth: number): string {
  // entity { relations { node { relations { node ... { id } } } } }
  let inner = 'id';
  for (let i = 0; i < depth; i++) inner = `relations(first: 1) { node { ${inner} } }`;
  return `{ entity(id: "CEC") { ${inner} } }`;
}

describe('query limits', () => {
  it('refuses a query deeper than the limit with QUERY_TOO_DEEP', async () => {
    const error = await onlyError(nested(8));
    expect(error.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(error.message).toBe(`query depth is 18; the limit is ${LIMITS.maxDepth}`);
  });

  it('counts depth through fragments', async () => {
    const error = await onlyError(`
      query { entity(id: "CEC") { ...A } }
      fragment A on Entity { relations(first: 1) { node { ...B } } }
      fragment B on Entity { relations(first: 1) { node { ...C } } }
      fragment C on Entity { relations(first: 1) { node { ...D } } }
      fragment D on Entity { relations(first: 1) { node { ...E } } }
      fragment E on Entity { relations(first: 1) { node { ...F } } }
      fragment F on Entity { relations(first: 1) { node { ...G } } }
      fragment G on Entity { relations(first: 1) { node { id } } }`);
    expect(error.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(error.message).toBe(`query depth is 16; the limit is ${LIMITS.maxDepth}`);
  });

  it('runs a query just within the depth limit', async () => {
    const result = await api.execute(nested(5));
    expect(result.errors).toBeUndefined();
  });

  it('refuses a costly query with QUERY_TOO_COMPLEX, naming its cost and the limit', async () => {
    const error = await onlyError(`{ search(text: "中", first: 100) { relations(first: 100) { node { relations(first: 100) { node { id } } } } } }`);
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(new RegExp(`^query cost is \\d+; the limit is ${LIMITS.maxCost} `));
    expect(error.extensions?.cost).toBeGreaterThan(LIMITS.maxCost);
  });

  it('takes first from variables when estimating cost', async () => {
    const query = 'query($n: Int) { search(text: "中", first: $n) { relations(first: $n) { node { relations(first: $n) { node { id } } } } } }';
    expect((await api.execute(query, { n: 5 })).errors).toBeUndefined();
    expect((await onlyError(query, { n: 60 })).extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses first: 1000000 with BAD_USER_INPUT naming the value and the range', async () => {
    const error = await onlyError('{ timeline(first: 1000000) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`first is 1000000; expected 0..${LIMITS.maxFirst}`);
    const negative = await onlyError('query($n: Int) { search(text: "GEN", first: $n) { id } }', { n: -1 });
    expect(negative.message).toBe(`first is -1; expected 0..${LIMITS.maxFirst}`);
  });

  it('refuses thousands of aliases with TOO_MANY_ALIASES', async () => {
    const fields = Array.from({ length: 2000 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const error = await onlyError(`{ ${fields} }`);
    expect(error.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(error.message).toBe(`query uses 2000 aliases; the limit is ${LIMITS.maxAliases}`);
  });

  it('counts aliases before parsing, so ten thousand of them fail as TOO_MANY_ALIASES too', async () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => `a${i}: entity(id: "CEC") { id }`).join(' ');
    const error = await onlyError(`query($x: Int = 1) { ${fields} }`);
    expect(error.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(error.message).toBe(`query uses 10000 aliases; the limit is ${LIMITS.maxAliases}`);
  });

  it('does not count argument names, variables or input objects as aliases', async () => {
    const result = await api.execute('query($t: String!, $n: Int = 5) { search(text: $t, first: $n) { id } timeline(entity: "CEC", from: "2017", first: 1) { totalCount } }', { t: 'GEN' });
    expect(result.errors).toBeUndefined();
  });

  it('stops parsing huge documents at the token limit', async () => {
    const fields = Array.from({ length: 10_000 }, () => `entity(id: "CEC") { id }`).join(' ');
    const error = await onlyError(`{ ${fields} }`);
    expect(error.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(new RegExp(`Document contains more th(at|an) ${LIMITS.maxTokens} tokens`));
  });

  it('names unknown fields with GRAPHQL_VALIDATION_FAILED and syntax errors with GRAPHQL_PARSE_FAILED', async () => {
    expect((await onlyError('{ nope }')).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await onlyError('{ entity(id: ')).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('errors from the store', () => {
  function failing(error: Error): GraphStore {
    return new Proxy({} as GraphStore, {
      get: (_target, key) => (key === 'kind' ? 'memory' : key === 'close' ? async () => {} : async () => Promise.reject(error)),
    });
  }

  it('masks unexpected errors as INTERNAL_SERVER_ERROR and logs them whole', async () => {
    const broken = await fixtureApi(failing(new Error('secret detail: index corrupted at /var/data')));
    const result = await broken.execute('{ search(text: "GEN") { id } }');
    expect(result.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(broken.logged.join('\n')).toContain('secret detail: index corrupted at /var/data');
    await broken.stop();
  });

  it('reports a store that is down as STORE_UNAVAILABLE with its reason', async () => {
    const down = await fixtureApi(failing(new StoreUnavailableError('Neo4j is unreachable at neo4j://localhost:7687: is it running?')));
    const result = await down.execute('{ entity(id: "organization:cec") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(result.errors?.[0]?.message).toBe('the graph store is unavailable: Neo4j is unreachable at neo4j://localhost:7687: is it running?');
    await down.stop();
  });

  it('reports a closed memory store as STORE_UNAVAILABLE', async () => {
    const store = await openFixtureStore();
    const closed = await fixtureApi(store);
    await store.close();
    const result = await closed.execute('{ briefings { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    await closed.stop();
  });
});

describe('introspection', () => {
  it("lets the query editor's full introspection query through every limit", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const result = await api.execute(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expect(result.errors).toBeUndefined();
    const types = (result.data as any).__schema.types.map((t: any) => t.name);
    expect(types).toEqual(expect.arrayContaining(['Organization', 'Person', 'Event', 'EventConnection', 'Source', 'Mention']));
  });
});

describe('alias counting', () => {
  it('counts only aliases: not argument names, variable definitions or input object fields', async () => {
    const { countAliases } = await import('../../src/api/queryLimits.js');
    expect(countAliases('query($t: String = "a:b", $n: Int) { x: search(text: $t, first: $n) { id y: name } timeline(entity: "CEC") { totalCount } }')).toBe(2);
    expect(countAliases('{ a: stats { nodes } ...F } fragment F on Query { b: briefings { id } }')).toBe(2);
    expect(countAliases('{ unterminated "')).toBe(-1);
  });

  it('also refuses too many aliases as a validation rule, for documents that skip the text check', async () => {
    const { parse, validate, specifiedRules } = await import('graphql');
    const { aliasLimitRule } = await import('../../src/api/queryLimits.js');
    const document = parse(`{ ${Array.from({ length: 65 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`);
    const errors = validate(api.schema, document, [...specifiedRules, aliasLimitRule()]);
    expect(errors.map((e) => [e.message, e.extensions.code])).toEqual([['query uses 65 aliases; the limit is 64', 'TOO_MANY_ALIASES']]);
  });
});
