import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/GraphStore.js';

// The behaviour every GraphStore must show on tests/fixtures/mini-graph.jsonl, a hand-picked
// slice of the 2017 Q4 and 2018 Q1 CEC briefings. Store-agnostic: it only calls the interface.

const CEC = 'organization:cec';
const GEN = 'organization:gen';
const EDC = 'organization:edc';
const SCANNERS = 'standard:sino-japanese-joint-standard-for-scanners';
const GEN_MEETING = 'event:2017-10-08-gen-annual-meeting-2017';

export function describeGraphStoreContract(storeName: string, openStore: () => Promise<GraphStore>, fixturePath: string): void {
  describe(`GraphStore contract: ${storeName} on ${fixturePath.split('/').pop()}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openStore();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('entitiesById', () => {
      it('returns one result per id in key order, null for unknown ids', async () => {
        const [gen, missing, cec] = await store.entitiesById([GEN, 'organization:nope', CEC]);
        expect(gen?.label).toBe('Organization');
        expect(gen?.properties.name).toBe('全球环境标志网络');
        expect(missing).toBeNull();
        expect(cec?.properties.aliases).toContain('中环联合');
      });

      it('returns plain values (events keep their truncated ISO dates)', async () => {
        const [meeting] = await store.entitiesById([GEN_MEETING]);
        expect(meeting?.properties).toMatchObject({ startDate: '2017-10-08', endDate: '2017-10-13', datePrecision: 'day', kind: 'meeting' });
      });
    });

    describe('entitiesByName', () => {
      it('finds an entity by name, English name, alias or id', async () => {
        const result = await store.entitiesByName(['中环联合认证中心', 'China Environmental United Certification Center', '中日友好环境保护中心', 'organization:uba']);
        expect(result.map((hits) => hits.map((h) => h.id))).toEqual([[CEC], [CEC], [EDC], ['organization:uba']]);
      });

      it('ignores case and folds full-width forms', async () => {
        const result = await store.entitiesByName(['gen', 'ＧＥＮ', 'ral', 'blue angel']);
        expect(result.map((hits) => hits.map((h) => h.id))).toEqual([[GEN], [GEN], ['organization:ral'], ['ecolabel:blue-angel']]);
      });

      it('returns an empty list for a name nobody has', async () => {
        expect(await store.entitiesByName(['绿色和平'])).toEqual([[]]);
      });
    });

    describe('neighbours', () => {
      it('gives members of GEN, inbound, ordered by the member name (code points) then id', async () => {
        const [members] = await store.neighbours([{ id: GEN, types: ['MEMBER_OF'], direction: 'IN', first: 10 }]);
        // 中环联合认证中心 < 德国环境署 < 日本环境协会
        expect(members?.map((n) => n.node.id)).toEqual(['organization:cec', 'organization:uba', 'organization:jea']);
        expect(members?.every((n) => n.direction === 'IN' && n.relation.end === GEN)).toBe(true);
      });

      it('keeps provenance on relations: parallel sources and evidence, or a citation for reference facts', async () => {
        const [members] = await store.neighbours([{ id: GEN, types: ['MEMBER_OF'], direction: 'IN', first: 10 }]);
        const cec = members?.find((n) => n.node.id === CEC);
        expect(cec?.relation.properties.since).toBe('2008');
        expect(cec?.relation.properties.sources).toEqual(['article:cec-international-cooperation-2017-no4:a07']);
        expect(String((cec?.relation.properties.evidence as string[])[0])).toContain('2008年加入全球环境标志网络');
        const jea = members?.find((n) => n.node.id === 'organization:jea');
        expect(jea?.relation.properties).toMatchObject({ method: 'reference' });
        expect(String(jea?.relation.properties.citation)).toContain('globalecolabelling.net');
      });

      it('answers several requests in one call, in key order, honouring direction, types and first', async () => {
        const [out, both, limited, none] = await store.neighbours([
          { id: 'person:zhang-xiaodan', types: ['HOLDS_POSITION'], direction: 'OUT', first: 10 },
          { id: SCANNERS, direction: 'BOTH', first: 10 },
          { id: 'person:zhang-xiaodan', direction: 'OUT', first: 2 },
          { id: 'person:zhang-xiaodan', types: ['HOLDS_POSITION'], direction: 'IN', first: 10 },
        ]);
        expect(out?.map((n) => [n.relation.type, n.node.id, n.relation.properties.title])).toEqual([['HOLDS_POSITION', CEC, 'general manager']]);
        expect(both?.map((n) => `${n.relation.type} ${n.direction} ${n.node.id}`)).toEqual([
          `PRODUCED IN ${GEN_MEETING}`,
          'SIGNED IN person:uno-osamu',
          'SIGNED IN person:zhang-xiaodan',
          `WITNESSED IN ${GEN}`,
        ]);
        expect(limited).toHaveLength(2);
        expect(limited?.every((n) => n.relation.type === 'ATTENDED')).toBe(true);
        expect(none).toEqual([]);
      });

      it('never returns MENTIONS or HAS_ARTICLE edges', async () => {
        const [all] = await store.neighbours([{ id: CEC, direction: 'BOTH', first: 100 }]);
        expect(all?.length).toBeGreaterThan(5);
        expect(all?.some((n) => n.relation.type === 'MENTIONS' || n.relation.type === 'HAS_ARTICLE')).toBe(false);
      });
    });

    describe('search', () => {
      it('ranks an exact name before an alias, a prefix and a substring', async () => {
        const hits = await store.search('中环联合', { first: 10 });
        expect(hits[0]?.entity.id).toBe(CEC); // alias
        const names = hits.map((h) => h.entity.properties.name);
        expect(names).toContain('中环联合英文网站'); // prefix of a name
        expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      });

      it('works in English, case-insensitively, and filters by type', async () => {
        const hits = await store.search('environment', { first: 10, types: ['Organization'] });
        // a prefix of "Environmental Development Centre" first, then substrings by name
        expect(hits.map((h) => h.entity.id)).toEqual(['organization:edc', CEC, 'organization:uba', 'organization:jea']);
        expect(hits.every((h) => h.entity.label === 'Organization')).toBe(true);
      });

      it('puts the exact name first even when other names contain it', async () => {
        const hits = await store.search('德国', { first: 5 });
        expect(hits[0]?.entity.id).toBe('place:germany');
        expect(hits.map((h) => h.entity.id)).toContain('organization:uba');
      });

      it('returns nothing for blank text and honours first', async () => {
        expect(await store.search('  ', { first: 10 })).toEqual([]);
        expect(await store.search('中', { first: 3 })).toHaveLength(3);
      });
    });

    describe('events', () => {
      it("gives CEC's last quarter of 2017 in date order: direct, via its people and via its projects", async () => {
        const page = await store.events({ entityId: CEC, from: '2017-10-01', to: '2017-12-31' }, { offset: 0, limit: 50 });
        expect(page.events.map((e) => e.id)).toEqual([
          'event:2017-10-08-gen-annual-meeting-2017',
          'event:2017-11-21-edc-delegation-to-belgium-and-germany',
          'event:2017-11-29-innovation-green-production-consumption-forum',
          'event:2017-12-13-world-bank-low-carbon-cities-final-review',
          'event:2017-12-21-cncpec-13th-general-assembly',
          'event:2017-12-27-gef-low-carbon-cities-results-meeting',
          'event:2017-12-29-cec-english-website-launch',
        ]);
        expect(page.totalCount).toBe(7);
      });

      it('pages with offset and limit and still counts every match', async () => {
        const page = await store.events({ entityId: CEC, from: '2017-10', to: '2017-12' }, { offset: 5, limit: 5 });
        expect(page.events.map((e) => e.id)).toEqual(['event:2017-12-27-gef-low-carbon-cities-results-meeting', 'event:2017-12-29-cec-english-website-launch']);
        expect(page.totalCount).toBe(7);
        const beyond = await store.events({ entityId: CEC }, { offset: 100, limit: 5 });
        expect(beyond.events).toEqual([]);
        expect(beyond.totalCount).toBe(8);
      });

      it("includes events of people holding a position at the entity (EDC's director 任勇)", async () => {
        const page = await store.events({ entityId: EDC }, { offset: 0, limit: 50 });
        expect(page.events.map((e) => e.id)).toEqual([
          'event:2017-11-21-edc-delegation-to-belgium-and-germany',
          'event:2017-11-29-innovation-green-production-consumption-forum',
          'event:2018-03-06-ren-yong-meets-amfori',
        ]);
      });

      it('compares dates at the coarser precision: a month-precision event matches a day bound in that month', async () => {
        const page = await store.events({ entityId: 'organization:world-bank', from: '2013-09-30', to: '2013-09-30' }, { offset: 0, limit: 10 });
        expect(page.events.map((e) => [e.id, e.properties.startDate])).toEqual([['event:2013-09-ndrc-world-bank-climate-mou-signing', '2013-09']]);
        const funded = await store.events({ entityId: 'organization:world-bank' }, { offset: 0, limit: 10 });
        expect(funded.events.map((e) => e.id)).toContain('event:2017-12-13-world-bank-low-carbon-cities-final-review');
      });

      it('counts an event spanning the lower bound and filters by kind', async () => {
        const spanning = await store.events({ from: '2017-10-13', to: '2017-10-20' }, { offset: 0, limit: 10 });
        expect(spanning.events.map((e) => e.id)).toEqual([GEN_MEETING]);
        const visits = await store.events({ kinds: ['visit', 'launch'] }, { offset: 0, limit: 10 });
        expect(visits.events.map((e) => e.properties.kind)).toEqual(['visit', 'launch']);
      });

      it('returns no events for an unknown entity', async () => {
        expect(await store.events({ entityId: 'organization:nope' }, { offset: 0, limit: 10 })).toEqual({ events: [], totalCount: 0 });
      });
    });

    describe('shortestPath', () => {
      it('finds 张小丹 -> 宇野治 through the standard they signed or the meeting they attended (2 hops)', async () => {
        const path = await store.shortestPath('person:zhang-xiaodan', 'person:uno-osamu', 4);
        expect(path?.nodes.map((n) => n.id)[0]).toBe('person:zhang-xiaodan');
        expect(path?.nodes.map((n) => n.id)[2]).toBe('person:uno-osamu');
        expect(path?.relations).toHaveLength(2);
        expect([GEN_MEETING, SCANNERS]).toContain(path?.nodes[1]?.id);
      });

      it('walks relations in either direction: 蓝天使 -> 中环联合 via UBA', async () => {
        const path = await store.shortestPath('ecolabel:blue-angel', CEC, 4);
        expect(path?.nodes.map((n) => n.id)).toHaveLength(3);
        expect(path?.relations[0]?.type).toBe('OPERATES');
      });

      it('returns null beyond maxHops and for unknown ids, a one-node path from an entity to itself', async () => {
        expect(await store.shortestPath('ecolabel:blue-angel', 'person:ren-yong', 1)).toBeNull();
        expect(await store.shortestPath('organization:nope', CEC, 4)).toBeNull();
        const self = await store.shortestPath(CEC, CEC, 4);
        expect(self?.nodes.map((n) => n.id)).toEqual([CEC]);
        expect(self?.relations).toEqual([]);
      });
    });

    describe('briefings, articles and mentions', () => {
      it('lists briefings by id and finds them and their articles by id', async () => {
        const briefings = await store.briefings();
        expect(briefings.map((b) => b.id)).toEqual(['briefing:cec-international-cooperation-2017-no4', 'briefing:cec-international-cooperation-2018-q1']);
        expect(briefings[0]?.issue).toBe('2017年第四期');
        const [b, none] = await store.briefingsById(['briefing:cec-international-cooperation-2018-q1', 'briefing:nope']);
        expect(b?.title).toBe('国际合作简报 2018年第一季度');
        expect(none).toBeNull();
        const [article] = await store.articlesById(['article:cec-international-cooperation-2017-no4:a03']);
        expect(article?.briefingId).toBe('briefing:cec-international-cooperation-2017-no4');
        expect(article?.order).toBe(3);
        expect(article?.text).toContain('宇野治秘书长');
        expect(article!.endOffset - article!.startOffset).toBe(article!.text.length);
      });

      it("lists a briefing's articles in order", async () => {
        const [q4, q1, none] = await store.articlesByBriefing(['briefing:cec-international-cooperation-2017-no4', 'briefing:cec-international-cooperation-2018-q1', 'briefing:nope']);
        expect(q4?.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        expect(q4?.[2]?.title).toBe('中环联合张小丹总经理出席GEN 2017年会 并签署中日环境标志共同标准');
        expect(q1?.map((a) => a.id)).toEqual(['article:cec-international-cooperation-2018-q1:a01']);
        expect(none).toEqual([]);
      });

      it('lists where an entity is mentioned, briefing order then article order', async () => {
        const [zhang, none] = await store.mentions([{ entityId: 'person:zhang-xiaodan', first: 10 }, { entityId: 'organization:nope', first: 10 }]);
        expect(zhang?.map((m) => m.article.id)).toEqual([
          'article:cec-international-cooperation-2017-no4:a01',
          'article:cec-international-cooperation-2017-no4:a03',
          'article:cec-international-cooperation-2017-no4:a04',
          'article:cec-international-cooperation-2018-q1:a01',
        ]);
        const gen = zhang![1]!;
        expect(gen.briefing.id).toBe('briefing:cec-international-cooperation-2017-no4');
        expect(gen.firstOffset).toBeGreaterThanOrEqual(gen.article.startOffset);
        expect(gen.article.text.slice(gen.firstOffset - gen.article.startOffset).startsWith('张小丹')).toBe(true);
        expect(none).toEqual([]);
        const [firstOnly] = await store.mentions([{ entityId: 'person:zhang-xiaodan', first: 1 }]);
        expect(firstOnly).toHaveLength(1);
      });
    });

    describe('stats', () => {
      it('counts nodes by label and relationships by type', async () => {
        const stats = await store.stats();
        expect(stats.byLabel).toMatchObject({ Organization: 9, Person: 4, Event: 9, Standard: 2, Briefing: 2, Article: 8 });
        expect(stats.nodes).toBe(42);
        expect(stats.byType.MEMBER_OF).toBe(3);
        expect(stats.byType.HAS_ARTICLE).toBe(8);
        expect(stats.relationships).toBe(Object.values(stats.byType).reduce((a, b) => a + b, 0));
      });
    });
  });
}
