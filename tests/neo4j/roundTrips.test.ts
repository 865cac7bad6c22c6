import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameCause, profileNeo4jQueries } from '../../src/bench/profileNeo4j.js';
import { ROUND_TRIP_QUERIES } from '../../src/bench/queries.js';
import { kg, schemaDir } from '../hostile/support.js';
import { holdNeo4jDatabase, testNeo4jConfig } from '../support/neo4jDatabase.js';
import { seedGraph } from '../support/seedGraph.js';

// Cypher round trips per GraphQL request, counted from the statements the Neo4j store really
// sends to the test Neo4j (its onStatement observer), and the bench's profile of slow
// statements, on the seed graph loaded with kg load.

const config = testNeo4jConfig();

const MEMBERS = (first: number) => `{ entity(id: "organization:gen") { name ... on Organization {
  members(first: ${first}) { edges { node { member { name ... on Organization { people(first: ${first}) { edges { node { person { name } } } } } } } } } } } }`;

describe.skipIf(!config)('Neo4j store: round trips per request and profiles (real Neo4j)', () => {
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await holdNeo4jDatabase(config!);
    const { out } = await seedGraph();
    const load = await kg(['load', '--snapshot', out]);
    if (load.code !== 0) throw new Error(`kg load failed: ${load.stderr}`);
  }, 300_000);
  afterAll(() => release?.());

  it('sends at most depth + 1 statements per request, one per loader batch, whatever the fan-out', { timeout: 120_000 }, async () => {
    const { roundTrips } = await profileNeo4jQueries(config!, schemaDir, [...ROUND_TRIP_QUERIES, { name: 'members, 2 each', query: MEMBERS(2) }, { name: 'members, 50 each', query: MEMBERS(50) }], {
      warmRuns: 0,
      thresholdMs: Number.POSITIVE_INFINITY,
    });
    for (const { name, depth } of ROUND_TRIP_QUERIES) {
      expect(roundTrips[name]!.statements, `${name}: ${JSON.stringify(roundTrips[name])}`).toBeGreaterThan(0);
      expect(roundTrips[name]!.statements, `${name}: ${JSON.stringify(roundTrips[name])}`).toBeLessThanOrEqual(depth + 1);
    }
    // GEN, its members, their people: three levels, three statements, for 2 or 50 per level.
    expect(roundTrips['members, 2 each']).toEqual({ statements: 3, byName: { 'entities by id': 1, neighbours: 2 } });
    expect(roundTrips['members, 50 each']).toEqual(roundTrips['members, 2 each']);
  });

  it('profiles a slow statement with PROFILE and names its cause: a name lookup scans every entity', { timeout: 120_000 }, async () => {
    // Threshold 0: every statement is profiled, so the test does not hang on the machine's speed.
    const { profiles } = await profileNeo4jQueries(config!, schemaDir, [{ name: 'timeline by name', query: '{ timeline(entity: "CEC", first: 5) { totalCount } }' }, { name: 'entity by id', query: '{ entity(id: "organization:cec") { name } }' }], {
      warmRuns: 2,
      thresholdMs: 0,
    });
    const byName = profiles.find((p) => p.statement === 'entities by name')!;
    expect(byName).toBeDefined();
    expect(byName.cause).toBe('scan without index');
    expect(byName.scan?.operator).toBe('NodeByLabelScan');
    expect(byName.scan!.rows).toBeGreaterThan(100);
    expect(byName.explanation).toContain('NodeByLabelScan');
    const byId = profiles.find((p) => p.statement === 'entities by id')!;
    expect(byId.scan).toBeUndefined();
    expect(byId.dominant.dbHits).toBeLessThan(50);
    expect(['warm-up', 'transfer', 'db hits']).toContain(byId.cause);
    for (const p of profiles) expect(p.explanation.length).toBeGreaterThan(20);
  });

  it('names warm-up when only the first run was slow, and a transfer when the server was quick', () => {
    const base = { query: 'q', statement: 's', serverP50Ms: 2, clientCpuP50Ms: 1, records: 1, dbHits: 10, dominant: { operator: 'NodeUniqueIndexSeek', dbHits: 2, rows: 1, details: '' } };
    expect(nameCause({ ...base, firstMs: 80, warmP50Ms: 4 }, 10).cause).toBe('warm-up');
    expect(nameCause({ ...base, firstMs: 30, warmP50Ms: 30 }, 10).cause).toBe('transfer');
    expect(nameCause({ ...base, firstMs: 30, warmP50Ms: 30, serverP50Ms: 25 }, 10).cause).toBe('db hits');
  });
});
