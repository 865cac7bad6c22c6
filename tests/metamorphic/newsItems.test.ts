import { describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/index.js';
import { keptShare, readAs } from './readAs.js';
import { relayout } from './transforms.js';

// News items written for this test the way web pages print them: a headline, a date line under
// it in one of three forms, the story. Each is an item of its own, and a day without a year in
// its story takes the year of its own date line.
const NEWS = `中环联合与泰国环境研究所签署合作备忘录
日期：2021/06/04
6月3日，中环联合认证中心总经理张小丹在北京会见了泰国环境研究所所长Wijarn Simachaya一行，双方签署了《中泰环境标志互认合作备忘录》。

新加坡环境理事会发布办公家具新标准
发布时间：2019-11-08 10:30
11月6日，新加坡环境理事会在新加坡发布了办公家具绿色标签新标准，来自12个国家的代表参加了发布会。

德国蓝天使标志举办年度论坛
24.10.2018
10月23日，德国联邦环境署在柏林举办蓝天使年度论坛，中环联合认证中心副总经理陈轶群出席论坛并发言。
`;
const FILE = 'news-items-2021.txt';

describe('news items, each with its own headline and date line', () => {
  it('are articles of their own, titled by their headlines', () => {
    const b = ingestBriefing(new TextEncoder().encode(NEWS), FILE);
    expect(b.articles.map((a) => a.title)).toEqual(['中环联合与泰国环境研究所签署合作备忘录', '新加坡环境理事会发布办公家具新标准', '德国蓝天使标志举办年度论坛']);
  });

  it('date their events with the year of their own date line, not the file\'s', async () => {
    const { graph } = await readAs(FILE, NEWS);
    const dates = graph.entities.filter((e) => e.label === 'Event').map((e) => e.properties.startDate);
    expect(dates).toEqual(expect.arrayContaining(['2021-06-03', '2019-11-06', '2018-10-23']));
    expect(dates).not.toContain('2021-11-06');
    expect(dates).not.toContain('2021-10-23');
  });

  it('read the same re-laid in a narrow column', async () => {
    const before = await readAs(FILE, NEWS);
    for (const style of ['double', 'single'] as const) {
      const after = await readAs(FILE, relayout(NEWS, { width: 18, style }));
      expect(keptShare(before, after), style).toBeGreaterThanOrEqual(0.97);
      expect(after.titles).toEqual(before.titles);
    }
  });
});
