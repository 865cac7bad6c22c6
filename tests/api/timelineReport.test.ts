import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src/api/index.js';
import { buildTimelineReport, formatDateRange, renderCsv, renderMarkdown } from '../../src/cli/timelineCommand.js';
import { CliError } from '../../src/cli/cliError.js';
import { fixtureApi } from './fixtureApi.js';

// `kg timeline` for report writers runs Query.timeline's code and adds place, participants and
// a source to each event.

let api: Api & { logged: string[] };
beforeAll(async () => {
  api = await fixtureApi();
});
afterAll(async () => {
  await api.stop();
  await api.store.close();
});

describe('kg timeline', () => {
  it('lists the same events in the same order as the GraphQL timeline', async () => {
    const report = await buildTimelineReport(api.store, { entity: '中环联合', from: '2017-10', to: '2017-12' });
    const gql = await api.execute('{ timeline(entity: "中环联合", from: "2017-10", to: "2017-12") { edges { node { id } } } }');
    expect(report.events.map((e) => e.id)).toEqual((gql.data as any).timeline.edges.map((e: any) => e.node.id));
    expect(report.entity).toEqual({ id: 'organization:cec', name: '中环联合认证中心', type: 'Organization' });
  });

  it('pages through more events than one page holds when asked for all', async () => {
    const all = await buildTimelineReport(api.store, { entity: 'CEC' });
    const limited = await buildTimelineReport(api.store, { entity: 'CEC', limit: 3 });
    expect(all.events).toHaveLength(8);
    expect(limited.events.map((e) => e.id)).toEqual(all.events.slice(0, 3).map((e) => e.id));
  });

  it('gives each event its date range, place, participants with roles and a quoted source', async () => {
    const report = await buildTimelineReport(api.store, { entity: 'CEC', from: '2017-10', to: '2017-10' });
    expect(report.events).toEqual([
      {
        id: 'event:2017-10-08-gen-annual-meeting-2017',
        name: 'GEN 2017年会及秋季理事会',
        nameEn: 'GEN 2017 Annual Meeting and autumn board meeting',
        kind: 'meeting',
        startDate: '2017-10-08',
        endDate: '2017-10-13',
        datePrecision: 'day',
        places: ['斯德哥尔摩'],
        participants: [
          { id: 'organization:gen', name: '全球环境标志网络', type: 'Organization', relations: ['ORGANIZED'], roles: ['organizer'] },
          { id: 'person:uno-osamu', name: '宇野治', type: 'Person', relations: ['ATTENDED'], roles: ['delegate'] },
          { id: 'person:zhang-xiaodan', name: '张小丹', type: 'Person', relations: ['ATTENDED'], roles: ['board member'] },
        ],
        sources: expect.arrayContaining([
          {
            briefing: '国际合作简报 2017年第四期',
            article: '中环联合张小丹总经理出席GEN 2017年会 并签署中日环境标志共同标准',
            quote: '全球环境标志网络组织（GEN）2017年会及秋季理事会于2017年10月8日至13日在瑞典斯德哥尔摩召开，中环联合张小丹总经理作为GEN理事成员，代表中国环境标志参加了会议，并与来自欧洲、美洲、亚洲的40多位成员代表共同讨论全球环境标志的发展。',
            citation: null,
          },
        ]),
      },
    ]);
    expect(report.events[0]!.sources[0]!.quote).toContain('斯德哥尔摩');
  });

  it('renders Markdown and CSV with dates as precise as the text', async () => {
    const report = await buildTimelineReport(api.store, { entity: '世界银行' });
    const md = renderMarkdown('Timeline: 世界银行', report.events);
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# Timeline: 世界银行',
      '',
      '| date | event | kind | place | participants | source |',
      '|---|---|---|---|---|---|',
    ]);
    expect(md).toContain('| 2013-09 | 国家发改委和世界银行签署《关于应对气候变化领域合作的谅解备忘录》 (NDRC and World Bank sign climate cooperation MoU) | signing |');
    const csv = renderCsv(report.events).split('\n');
    expect(csv[0]).toBe('start_date,end_date,date_precision,event_id,event,event_en,kind,places,participants,briefing,quote');
    expect(csv[1]).toMatch(/^2013-09,2013-09,month,event:2013-09-ndrc-world-bank-climate-mou-signing,/);
    expect(csv).toHaveLength(report.events.length + 2);
  });

  it('formats date ranges compactly', () => {
    expect(formatDateRange('2017-10-08', '2017-10-13')).toBe('2017-10-08..13');
    expect(formatDateRange('2017-11-29', '2017-11-29')).toBe('2017-11-29');
    expect(formatDateRange('2017-11-21', '2017-12-02')).toBe('2017-11-21..2017-12-02');
    expect(formatDateRange('2013-09', null)).toBe('2013-09');
    expect(formatDateRange(null, null)).toBe('undated');
  });

  it('names an unknown entity and lists the candidates of an ambiguous one', async () => {
    await expect(buildTimelineReport(api.store, { entity: '绿色和平' })).rejects.toThrow(
      new CliError('--entity "绿色和平" names no entity in the graph; try an id, a Chinese or English name, or an abbreviation'),
    );
    await expect(buildTimelineReport(api.store, { entity: 'China Environmental Labelling' })).rejects.toThrow(
      'entity "China Environmental Labelling" names 2 entities: ecolabel:china-environmental-labelling (中国环境标志), organization:cec (中环联合认证中心)',
    );
  });
});

describe('timeline participants', () => {
  it('lists an entity linked to an event several ways once, organisers first, with all its roles', async () => {
    const report = await buildTimelineReport(api.store, { entity: 'EDC', from: '2017-11-21', to: '2017-11-21' });
    expect(report.events[0]!.participants.map((p) => [p.name, p.relations, p.roles])).toEqual([
      ['环境发展中心', ['ORGANIZED', 'ATTENDED'], ['organizer', 'delegation']],
      ['中环联合认证中心', ['ATTENDED'], ['delegate']],
      ['周能福', ['ATTENDED'], ['delegation lead']],
    ]);
  });
});
