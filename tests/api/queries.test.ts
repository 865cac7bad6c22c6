import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src/api/index.js';
import { fixtureApi } from './fixtureApi.js';

// Every core query of interfaces.md against the mini fixture (a slice of the 2017 Q4 and
// 2018 Q1 CEC briefings), with the answers a careful reader of those articles gives.

let api: Api & { logged: string[] };
beforeAll(async () => {
  api = await fixtureApi();
});
afterAll(async () => {
  await api.stop();
  await api.store.close();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const result = await api.execute(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data;
}

async function errorsOf(query: string, variables?: Record<string, unknown>) {
  const result = await api.execute(query, variables);
  expect(result.errors).toBeDefined();
  return result.errors!;
}

describe('Query.entity', () => {
  it('finds an organisation by id, name, alias, English name, in any case or width', async () => {
    for (const name of ['organization:cec', '中环联合认证中心', '中环联合', 'cec', 'ＣＥＣ', 'china environmental united certification center']) {
      const d = await data('query($id: ID!) { entity(id: $id) { id type name } }', { id: name });
      expect(d.entity, name).toEqual({ id: 'organization:cec', type: 'ORGANIZATION', name: '中环联合认证中心' });
    }
  });

  it('answers "Who is 任勇, and where did he appear?" with his position at EDC (中日友好环境保护中心) and his meeting', async () => {
    const d = await data(`{
      entity(id: "任勇") {
        ... on Person {
          positions { organization { id name aliases } title titleZh asOf sources { briefing { title } quote } }
          events { totalCount edges { node { role event { name startDate place { name } } } } }
        }
        mentions { briefing { issue } article { title } quote }
      }
    }`);
    const [position] = d.entity.positions;
    expect(position.organization.id).toBe('organization:edc');
    expect(position.organization.aliases).toContain('中日友好环境保护中心');
    expect([position.title, position.titleZh, position.asOf]).toEqual(['director', '主任', '2018-03']);
    expect(position.sources[0].quote).toContain('中日友好环境保护中心任勇主任会见全球贸易协会');
    // The 2018 briefing does not say where the meeting was: no place is invented.
    expect(d.entity.events.edges.map((e: any) => [e.node.event.startDate, e.node.role, e.node.event.place])).toEqual([['2018-03-06', 'host', null]]);
    expect(d.entity.mentions[0].briefing.issue).toBe('2018年第一季度');
  });

  it('returns null for a name nobody has', async () => {
    expect((await data('{ entity(id: "绿色和平") { id } }')).entity).toBeNull();
    expect((await data('{ entity(id: "organization:greenpeace") { id } }')).entity).toBeNull();
  });

  it('lists the candidates of an ambiguous name as BAD_USER_INPUT', async () => {
    // GEN's member list names CEC by its programme, so "China Environmental Labelling" is both
    // CEC's alias and the eco-label's English name.
    const [error] = await errorsOf('{ entity(id: "china environmental labelling") { id } }');
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(
      'id "china environmental labelling" names 2 entities: ecolabel:china-environmental-labelling (中国环境标志), organization:cec (中环联合认证中心); pass one of these ids instead',
    );
    expect(error?.extensions?.candidates).toEqual([
      { id: 'ecolabel:china-environmental-labelling', name: '中国环境标志', type: 'EcoLabel' },
      { id: 'organization:cec', name: '中环联合认证中心', type: 'Organization' },
    ]);
  });

  it('prefers the organisation when an organization argument is ambiguous', async () => {
    const d = await data('{ jointStandardPartners(organization: "China Environmental Labelling", memberOf: "GEN") { partner { id } } }');
    expect(d.jointStandardPartners.map((p: any) => p.partner.id)).toEqual(['organization:uba', 'organization:jea']);
  });
});

describe('Query.search', () => {
  it('ranks exact name, alias, prefix, substring, in Chinese and English', async () => {
    const d = await data('{ search(text: "中环联合", first: 3) { id name } }');
    expect(d.search.map((e: any) => e.id)).toEqual(['organization:cec', 'document:cec-english-website', 'event:2017-12-29-cec-english-website-launch']);
    const en = await data('{ search(text: "blue ANGEL") { id } }');
    expect(en.search[0].id).toBe('ecolabel:blue-angel');
  });

  it('filters by entity type', async () => {
    const d = await data('{ search(text: "德国", types: [ORGANIZATION]) { id type } }');
    expect(d.search).toEqual([
      { id: 'organization:uba', type: 'ORGANIZATION' },
      { id: 'organization:ral', type: 'ORGANIZATION' },
    ]);
  });
});

describe('Query.jointStandardPartners', () => {
  it('answers "Which GEN members has CEC signed joint standards with?": UBA (air conditioners) and JEA (scanners), not RAL', async () => {
    const d = await data(`{
      jointStandardPartners(organization: "CEC", memberOf: "GEN") {
        partner { id }
        standards { name date signatories { signatory { name } } }
      }
    }`);
    expect(d.jointStandardPartners.map((p: any) => [p.partner.id, p.standards.map((s: any) => [s.name, s.date])])).toEqual([
      ['organization:uba', [['中德环境标志空调共同标准', '2017-11']]],
      ['organization:jea', [['中日环境标志扫描仪共同标准', '2017-10']]],
    ]);
    expect(d.jointStandardPartners[1].standards[0].signatories.map((s: any) => s.signatory.name)).toEqual(['宇野治', '张小丹']);
  });

  it('includes partners outside GEN when memberOf is not given', async () => {
    const d = await data('{ jointStandardPartners(organization: "中环联合") { partner { id } } }');
    expect(d.jointStandardPartners.map((p: any) => p.partner.id)).toEqual(['organization:uba', 'organization:ral', 'organization:jea']);
  });

  it("tells how GEN membership is known: from a briefing sentence for CEC, from GEN's member list for JEA", async () => {
    const d = await data(`{
      entity(id: "GEN") { ... on Organization { members { totalCount edges { node { member { id } since sources { briefing { title } quote citation } } } } } }
    }`);
    const byId = Object.fromEntries(d.entity.members.edges.map((e: any) => [e.node.member.id, e.node]));
    expect(d.entity.members.totalCount).toBe(3);
    expect(byId['organization:cec'].since).toBe('2008');
    expect(byId['organization:cec'].sources[0].briefing.title).toBe('国际合作简报 2017年第四期');
    expect(byId['organization:cec'].sources[0].quote).toContain('2008年加入全球环境标志网络（GEN）');
    expect(byId['organization:jea'].sources).toEqual([{ briefing: null, quote: null, citation: 'https://globalecolabelling.net/members/ (GEN member list)' }]);
  });

  it('returns an empty list for unknown organisations', async () => {
    expect((await data('{ jointStandardPartners(organization: "Greenpeace") { partner { id } } }')).jointStandardPartners).toEqual([]);
    expect((await data('{ jointStandardPartners(organization: "CEC", memberOf: "Nobody") { partner { id } } }')).jointStandardPartners).toEqual([]);
  });
});

describe('Query.timeline', () => {
  const Q4 = `query($after: String, $first: Int) {
    timeline(entity: "CEC", from: "2017-10", to: "2017-12", first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id startDate endDate datePrecision kind place { name } } }
    }
  }`;

  it('answers "What did CEC do in the last quarter of 2017?" in date order with precise dates and places', async () => {
    const d = await data(Q4, { first: 50 });
    expect(d.timeline.totalCount).toBe(7);
    expect(d.timeline.edges.map((e: any) => [e.node.startDate, e.node.endDate, e.node.kind, e.node.place?.name ?? null])).toEqual([
      ['2017-10-08', '2017-10-13', 'meeting', '斯德哥尔摩'],
      ['2017-11-21', '2017-11-28', 'visit', '德国'],
      ['2017-11-29', '2017-11-29', 'forum', '北京'],
      ['2017-12-13', '2017-12-13', 'review', '北京'],
      ['2017-12-21', '2017-12-21', 'meeting', '北京'],
      ['2017-12-27', '2017-12-27', 'meeting', '北京'],
      ['2017-12-29', '2017-12-29', 'launch', null],
    ]);
    expect(d.timeline.pageInfo.hasNextPage).toBe(false);
  });

  it('pages with first/after and returns an empty page past the end', async () => {
    const first = await data(Q4, { first: 3 });
    expect(first.timeline.edges).toHaveLength(3);
    expect(first.timeline.pageInfo.hasNextPage).toBe(true);
    const second = await data(Q4, { first: 3, after: first.timeline.pageInfo.endCursor });
    expect(second.timeline.edges.map((e: any) => e.node.startDate)).toEqual(['2017-12-13', '2017-12-21', '2017-12-27']);
    const third = await data(Q4, { first: 3, after: second.timeline.pageInfo.endCursor });
    expect(third.timeline.edges.map((e: any) => e.node.startDate)).toEqual(['2017-12-29']);
    expect(third.timeline.pageInfo).toEqual({ hasNextPage: false, endCursor: third.timeline.edges[0].cursor });
    const past = await data(Q4, { first: 3, after: third.timeline.pageInfo.endCursor });
    expect(past.timeline).toEqual({ totalCount: 7, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('keeps month precision and filters by kind', async () => {
    const d = await data('{ timeline(entity: "世界银行", kinds: ["signing"]) { edges { node { startDate datePrecision } } } }');
    expect(d.timeline.edges).toEqual([{ node: { startDate: '2013-09', datePrecision: 'month' } }]);
  });

  it('gives participants by role and organisers of an event', async () => {
    const d = await data(`{ timeline(from: "2017-10-08", to: "2017-10-08") { edges { node {
      name organizers { participant { name } role }
      participants(role: "board member") { participant { name } role }
      produced { name }
    } } } }`);
    expect(d.timeline.edges[0].node).toEqual({
      name: 'GEN 2017年会及秋季理事会',
      organizers: [{ participant: { name: '全球环境标志网络' }, role: 'organizer' }],
      participants: [{ participant: { name: '张小丹' }, role: 'board member' }],
      produced: [{ name: '中日环境标志扫描仪共同标准' }],
    });
  });

  it('returns an empty connection for an unknown entity, and BAD_USER_INPUT for a bad date or cursor', async () => {
    expect((await data('{ timeline(entity: "Nobody") { totalCount edges { cursor } } }')).timeline).toEqual({ totalCount: 0, edges: [] });
    const [bad] = await errorsOf('{ timeline(from: "2017/10") { totalCount } }');
    expect(bad?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad?.message).toBe('from is "2017/10"; expected an ISO date truncated to year, month or day: 2017, 2017-10 or 2017-10-08');
    const [cursor] = await errorsOf('{ timeline(after: "nonsense") { totalCount } }');
    expect(cursor?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cursor?.message).toContain('after is "nonsense"');
  });
});

describe('Query.path', () => {
  it('answers "How are 蓝天使 and CEC connected?" with a shortest path and its facts', async () => {
    const d = await data('{ path(from: "Blue Angel", to: "中环联合") { length nodes { id } relations { type direction node { id } } } }');
    expect(d.path.length).toBe(2);
    expect(d.path.nodes.map((n: any) => n.id)).toEqual(['ecolabel:blue-angel', 'organization:uba', 'organization:cec']);
    expect(d.path.relations).toEqual([
      { type: 'OPERATES', direction: 'IN', node: { id: 'organization:uba' } },
      { type: 'COOPERATES_WITH', direction: 'IN', node: { id: 'organization:cec' } },
    ]);
  });

  it('returns null beyond maxHops or for unknown names, and refuses maxHops above the limit', async () => {
    expect((await data('{ path(from: "Blue Angel", to: "CEC", maxHops: 1) { length } }')).path).toBeNull();
    expect((await data('{ path(from: "Nobody", to: "CEC") { length } }')).path).toBeNull();
    const [error] = await errorsOf('{ path(from: "GEN", to: "CEC", maxHops: 50) { length } }');
    expect(error?.message).toBe('maxHops is 50; expected 0..6');
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Query.briefings and provenance', () => {
  it('lists briefings with their articles, and articles lead back to their briefing', async () => {
    const d = await data('{ briefings { id issue publishedOn file articles { order title startOffset endOffset briefing { id } } } }');
    expect(d.briefings.map((b: any) => [b.issue, b.articles.length])).toEqual([
      ['2017年第四期', 7],
      ['2018年第一季度', 1],
    ]);
    const gen = d.briefings[0].articles[2];
    expect(gen.title).toBe('中环联合张小丹总经理出席GEN 2017年会 并签署中日环境标志共同标准');
    expect(gen.briefing.id).toBe(d.briefings[0].id);
    expect(gen.endOffset).toBeGreaterThan(gen.startOffset);
  });

  it('quotes the sentence around each mention', async () => {
    const d = await data('{ entity(id: "宇野治") { mentions { count firstOffset article { order } quote } } }');
    expect(d.entity.mentions).toHaveLength(1);
    expect(d.entity.mentions[0].article.order).toBe(3);
    expect(d.entity.mentions[0].quote).toBe('在GEN全体成员的见证下，张小丹总经理与日本环境协会宇野治秘书长共同签署了中日环境标志扫描仪共同标准。');
  });
});

describe('typed fields', () => {
  it("gives an organisation's people with titles, signed standards, eco-labels, events and projects", async () => {
    const d = await data(`{ entity(id: "CEC") { ... on Organization {
      people { edges { node { person { name } title } } }
      signed { edges { node { document { name } date } } }
      ecoLabels { name }
      memberships { edges { node { organization { name } role since } } }
      events(first: 2) { totalCount edges { node { event { startDate } relationType role } } }
      projects { edges { node { project { name } relationType role } } }
      cooperatesWith { node { id } kind }
      locatedIn { name }
    } } }`);
    const cec = d.entity;
    expect(cec.people.edges).toEqual([{ node: { person: { name: '张小丹' }, title: 'general manager' } }]);
    expect(cec.signed.edges).toEqual([{ node: { document: { name: '中德环境标志空调共同标准' }, date: '2017-11' } }]);
    expect(cec.ecoLabels).toEqual([{ name: '中国环境标志' }]);
    expect(cec.memberships.edges).toEqual([{ node: { organization: { name: '全球环境标志网络' }, role: 'board member', since: '2008' } }]);
    expect(cec.events.totalCount).toBe(4);
    expect(cec.events.edges.map((e: any) => e.node.event.startDate)).toEqual(['2017-11-21', '2017-11-29']);
    expect(cec.projects.edges).toEqual([{ node: { project: { name: '不同类型城市低碳发展模式与路径分析' }, relationType: 'INVOLVED_IN', role: 'lead' } }]);
    expect(cec.cooperatesWith).toEqual([
      { node: { id: 'organization:uba' }, kind: 'mutual recognition' },
      { node: { id: 'organization:jea' }, kind: 'mutual recognition' },
    ]);
    expect(cec.locatedIn).toEqual([{ name: '北京' }]);
  });

  it("gives an eco-label's operators, a standard's signatories and witnesses, a place's events, a project's funders", async () => {
    const d = await data(`{
      blueAngel: entity(id: "Blue Angel") { ... on EcoLabel { operators { id } } }
      scanners: entity(id: "中日环境标志扫描仪共同标准") { ... on Standard { date signatories { signatory { id } } witnesses { id } producedAt { id } } }
      beijing: entity(id: "北京") { ... on Place { events(first: 2) { totalCount edges { node { startDate } } } organizations { edges { node { id } } } } }
      project: entity(id: "世行项目") { ... on Project { funders { participant { id } relationType } events { edges { node { kind } } } } }
    }`);
    expect(d.blueAngel.operators.map((o: any) => o.id)).toEqual(['organization:uba', 'organization:ral']);
    expect(d.scanners).toEqual({
      date: '2017-10',
      signatories: [{ signatory: { id: 'person:uno-osamu' } }, { signatory: { id: 'person:zhang-xiaodan' } }],
      witnesses: [{ id: 'organization:gen' }],
      producedAt: [{ id: 'event:2017-10-08-gen-annual-meeting-2017' }],
    });
    expect(d.beijing.events.totalCount).toBe(4);
    expect(d.beijing.events.edges.map((e: any) => e.node.startDate)).toEqual(['2017-11-29', '2017-12-13']);
    expect(d.beijing.organizations.edges).toEqual([{ node: { id: 'organization:cec' } }]);
    expect(d.project).toEqual({ funders: [{ participant: { id: 'organization:world-bank' }, relationType: 'FUNDED' }], events: { edges: [{ node: { kind: 'review' } }] } });
  });

  it('filters relations by type and direction, and rejects unknown relationship types', async () => {
    const d = await data('{ entity(id: "张小丹") { relations(types: [SIGNED, HOLDS_POSITION], direction: OUT) { type direction node { id } } } }');
    expect(d.entity.relations).toEqual([
      { type: 'HOLDS_POSITION', direction: 'OUT', node: { id: 'organization:cec' } },
      { type: 'SIGNED', direction: 'OUT', node: { id: 'standard:sino-japanese-joint-standard-for-scanners' } },
    ]);
    // types is an enum of the fact types: provenance edges and strings are refused before execution.
    const [error] = await errorsOf('{ entity(id: "张小丹") { relations(types: [MENTIONS]) { type } } }');
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toContain('Value "MENTIONS" does not exist in "RelationshipType" enum');
  });

  it('reports the graph counts', async () => {
    const d = await data('{ stats { nodes relationships byLabel { key count } } }');
    expect(d.stats.nodes).toBe(42);
    expect(d.stats.byLabel).toContainEqual({ key: 'Event', count: 9 });
  });
});
