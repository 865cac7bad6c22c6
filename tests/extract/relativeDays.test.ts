import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { relativeDays } from '../../src/extract/dates.js';
import { seedDir } from '../support/seedGraph.js';

// A news item's story counts its days from its date line: 今天, 昨天, "5日", 日前. Texts written for
// these tests.

describe('days relative to a news item\'s date line', () => {
  it('reads 今天, 昨天, a day alone and 日前 against the item\'s day', () => {
    const starts = (text: string) => relativeDays(text, '2025-11-03').map((d) => [d.start, d.precision]);
    expect(starts('新加坡环境理事会今天召开年会')).toEqual([['2025-11-03', 'day']]);
    expect(starts('该部昨天发布报告')).toEqual([['2025-11-02', 'day']]);
    expect(starts('陈明5日在北京表示')).toEqual([['2025-10-05', 'day']]);
    expect(starts('陈明2日在北京表示')).toEqual([['2025-11-02', 'day']]);
    expect(starts('双方日前签署备忘录')).toEqual([['2025-11', 'month']]);
    expect(starts('北京11月3日电')).toEqual([]);
  });

  it('dates the story of an item by its date line, and reads 发布时间 as no launch', async () => {
    const text = ['绿色新闻', '', '印尼发布生态标签年度报告', '发布时间：2025-11-25 08:00', '印度尼西亚环境与林业部昨天在雅加达发布《2025年印尼生态标签年度报告》。', ''].join('\n');
    const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
    const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
    const events = graph.entities.filter((e) => e.label === 'Event').map((e) => [String(e.properties.name), e.properties.startDate]);
    expect(events).toEqual([['2025年印尼生态标签年度报告发布', '2025-11-24']]);
  });
});
