import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/api/index.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { seedGraph } from '../support/seedGraph.js';
import { schemaDir } from './fixtureApi.js';

// The worked questions of questions.md, asked as GraphQL of the graph built from the four seed
// briefings (not a hand-made fixture): what researchers and report writers will actually get.

let api: Api;
beforeAll(async () => {
  const summary = await seedGraph();
  api = await createApi({ store: await openMemoryStore(summary.out, { watch: false }), schemaDir, log: () => {} });
});
afterAll(async () => {
  await api.stop();
  await api.store.close();
});

async function data(query: string): Promise<any> {
  const result = await api.execute(query);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data;
}

describe('the worked questions, asked over GraphQL of the seed graph', () => {
  it('1. Which GEN members has CEC signed joint standards with? JEA and UBA, with the standards', async () => {
    const d = await data(`{ jointStandardPartners(organization: "CEC", memberOf: "GEN") { partner { id name } standards { name } } }`);
    const partners = Object.fromEntries(d.jointStandardPartners.map((p: any) => [p.partner.id, p.standards.map((s: any) => s.name)]));
    expect(partners['organization:jea']).toContain('中日环境标志扫描仪共同标准');
    expect(partners['organization:uba']).toContain('中德环境标志空调共同标准');
    const all = await data(`{ jointStandardPartners(organization: "中环联合") { partner { id } } }`);
    expect(all.jointStandardPartners.map((p: any) => p.partner.id)).toEqual(expect.arrayContaining(['organization:jea', 'organization:uba', 'organization:ral']));
  });

  it('2. Who is 任勇? Director of EDC; chaired the CCICED plenary, met amfori', async () => {
    const d = await data(`{ entity(id: "任勇") { ... on Person { positions { organization { id } titleZh } events { edges { node { role event { startDate endDate } } } } } } }`);
    expect(d.entity.positions).toContainEqual({ organization: { id: 'organization:edc' }, titleZh: '主任' });
    const events = d.entity.events.edges.map((e: any) => [e.node.event.startDate, e.node.event.endDate, e.node.role]);
    expect(events).toContainEqual(['2020-01-17', '2020-01-18', 'chair']);
    expect(events.map((e: any) => e[0])).toContain('2018-03-06');
  });

  it('2b. A post the briefing says was held before (国家发改委原副主任解振华) comes out former; a current one does not', async () => {
    const d = await data(`{ entity(id: "解振华") { ... on Person { positions { organization { name } titleZh former } } } }`);
    expect(d.entity.positions).toContainEqual({ organization: { name: '国家发改委' }, titleZh: '原副主任', former: true });
    const now = await data(`{ entity(id: "任勇") { ... on Person { positions { titleZh former } } } }`);
    expect(now.entity.positions).toContainEqual({ titleZh: '主任', former: null });
  });

  it('3. What did CEC do in the last quarter of 2017? Seven dated events, in order', async () => {
    const d = await data(`{ timeline(entity: "中环联合", from: "2017-10", to: "2017-12") { totalCount edges { node { ... on Event { startDate endDate } } } } }`);
    const starts = d.timeline.edges.map((e: any) => e.node.startDate);
    expect(starts).toEqual([...starts].sort());
    for (const day of ['2017-10-08', '2017-11-21', '2017-11-29', '2017-12-13', '2017-12-21', '2017-12-27', '2017-12-29']) expect(starts).toContain(day);
  });

  it('4. Which eco-label programmes does UL run? GREENGUARD and ECOLOGO', async () => {
    const d = await data(`{ entity(id: "UL") { ... on Organization { ecoLabels { id } } } }`);
    expect(d.entity.ecoLabels.map((l: any) => l.id)).toEqual(expect.arrayContaining(['ecolabel:greenguard', 'ecolabel:ecologo']));
  });

  it('5. How are Green Seal and CEC connected? Both are GEN members', async () => {
    const d = await data(`{ path(from: "organization:green-seal", to: "中环联合") { length nodes { id } relations { type } } }`);
    expect(d.path.length).toBe(2);
    expect(d.path.nodes.map((n: any) => n.id)).toEqual(['organization:green-seal', 'organization:gen', 'organization:cec']);
    expect(d.path.relations.map((r: any) => r.type)).toEqual(['MEMBER_OF', 'MEMBER_OF']);
  });

  it('6. Who launched the Asia Pacific GPP Network, and what is China’s part? UNEP and KEITI; EDC core group; CEC implements', async () => {
    const d = await data(`{ entity(id: "Asia Pacific Green Public Procurement Network") { relations(direction: IN) { type role node { id } sources { quote } } } }`);
    const rel = d.entity.relations.map((r: any) => [r.type, r.node.id, r.role]);
    expect(rel).toContainEqual(['ORGANIZED', 'organization:unep', 'launcher']);
    expect(rel).toContainEqual(['ORGANIZED', 'organization:keiti', 'launcher']);
    expect(rel).toContainEqual(['MEMBER_OF', 'organization:edc', '核心群']);
    expect(rel).toContainEqual(['INVOLVED_IN', 'organization:cec', 'implementing agency']);
    for (const r of d.entity.relations) expect(r.sources[0].quote).toBeTruthy();
  });
});
