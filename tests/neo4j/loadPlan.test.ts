import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/apocJson.js';
import { foldName } from '../../src/graph/fold.js';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/ontology.js';
import type { Graph } from '../../src/graph/types.js';
import { LoadPlanError, planLoad, sha256 } from '../../src/store/neo4j/loadPlan.js';

const fixturePath = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));
const bytes = readFileSync(fixturePath);
const graph = (): Graph => parseGraph(bytes.toString('utf8'), fixturePath);
const snapshot = sha256(bytes);

describe('planLoad on the mini graph', () => {
  const plan = planLoad(graph(), { snapshot, batchSize: 5 });
  const nodes = (label: string) => plan.nodes.find((g) => g.label === label)!;
  const rels = (type: string) => plan.relationships.find((g) => g.type === type)!;

  it('groups nodes by label, provenance first, and relationships by type, every label and type present', () => {
    const g = graph();
    const count = (label: string) => g.entities.filter((e) => e.label === label).length;
    expect(plan.nodes.map((group) => group.label)).toEqual(['Briefing', 'Article', ...ENTITY_LABELS]);
    expect(plan.nodes.map((group) => group.rows.length)).toEqual([g.briefings.length, g.articles.length, ...ENTITY_LABELS.map(count)]);
    expect(nodes('Organization').rows.length).toBeGreaterThan(5);
    expect(plan.relationships.map((group) => group.type)).toEqual([...RELATIONSHIP_TYPES]);
    for (const group of plan.relationships) expect(group.rows.length, group.type).toBe(g.relationships.filter((r) => r.type === group.type).length);
    expect(plan.relationships.reduce((n, group) => n + group.rows.length, 0)).toBe(g.relationships.length);
  });

  it('cuts each group into batches of at most the batch size, keeping every row once', () => {
    for (const group of [...plan.nodes, ...plan.relationships]) {
      expect(group.batches.length).toBe(Math.ceil(group.rows.length / 5));
      expect(group.batches.every((b) => b.length >= 1 && b.length <= 5)).toBe(true);
      expect(group.batches.flat()).toEqual(group.rows);
    }
    const mentions = rels('MENTIONS');
    expect(mentions.batches.slice(0, -1).every((b) => b.length === 5)).toBe(true);
    expect(plan.nodes.find((group) => group.rows.length === 0)?.batches ?? []).toEqual([]);
  });

  it("carries the snapshot's properties, its key list, and folded names for entities", () => {
    const cec = nodes('Organization').rows.find((r) => r.id === 'organization:cec')!;
    expect(cec.props.name).toBe('中环联合认证中心');
    expect(cec.keys).toEqual(Object.keys(cec.props).sort());
    expect(cec.keys).toContain('aliases');
    expect(cec.names).toContain('organization:cec');
    expect(cec.names).toContain(foldName('中环联合'));
    expect(cec.names).toContain('china environmental united certification center');
    expect(cec.hash).toMatch(/^[0-9a-f]{20}$/);
    const article = nodes('Article').rows[0]!;
    expect(article.props).toMatchObject({ briefingId: 'briefing:cec-international-cooperation-2017-no4', order: 1 });
    expect(article.names).toEqual([]);
    expect(plan.snapshot).toBe(snapshot);
  });

  it('keeps relationship ends and list properties (sources, evidence) as lists', () => {
    const member = rels('MEMBER_OF').rows.find((r) => r.start === 'organization:cec')!;
    expect(member.end).toBe('organization:gen');
    expect(member.props.id).toBe(member.id);
    expect(member.props.sources).toEqual(['article:cec-international-cooperation-2017-no4:a07']);
    expect(Array.isArray(member.props.evidence)).toBe(true);
  });

  it('gives the same hashes for the same snapshot and a new hash when a property changes', () => {
    const again = planLoad(graph(), { snapshot, batchSize: 5 });
    expect(again.nodes.flatMap((g) => g.rows.map((r) => r.hash))).toEqual(plan.nodes.flatMap((g) => g.rows.map((r) => r.hash)));
    const changed = graph();
    changed.entities.find((e) => e.id === 'organization:cec')!.properties.description = 'changed';
    const cecHash = (p: ReturnType<typeof planLoad>) => p.nodes.flatMap((g) => g.rows).find((r) => r.id === 'organization:cec')!.hash;
    expect(cecHash(planLoad(changed, { snapshot, batchSize: 5 }))).not.toBe(cecHash(plan));
  });
});

describe('planLoad refuses a snapshot it cannot load faithfully', () => {
  it('names a relationship whose end is missing', () => {
    const broken = graph();
    broken.relationships[0]!.end = 'organization:nowhere';
    expect(() => planLoad(broken, { snapshot })).toThrow(LoadPlanError);
    expect(() => planLoad(broken, { snapshot })).toThrow(/organization:nowhere is not a node of the snapshot/);
  });

  it('names a MENTIONS edge that starts at an entity instead of an article', () => {
    const broken = graph();
    const mention = broken.relationships.find((r) => r.type === 'MENTIONS')!;
    mention.start = 'organization:cec';
    expect(() => planLoad(broken, { snapshot })).toThrow(/MENTIONS relationship .*: its start organization:cec is an Entity node; expected an Article node/);
  });

  it('refuses properties that would collide with the bookkeeping keys, and bad batch sizes', () => {
    const broken = graph();
    broken.entities[0]!.properties._kgHash = 'x';
    expect(() => planLoad(broken, { snapshot })).toThrow(/"_kgHash".*reserved/);
    expect(() => planLoad(graph(), { snapshot, batchSize: 0 })).toThrow(/batch size 0/);
  });
});
