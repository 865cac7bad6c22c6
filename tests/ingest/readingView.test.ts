import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { readingView } from '../../src/ingest/readingView.js';
import { seedDir } from '../support/seedGraph.js';

// Web pages and some PDF fonts give Chinese prose half-width commas and colons. The reader matches in
// a view with the full-width forms, one character for one; quotes keep the source's. Texts written for
// these tests.

describe('the reading view', () => {
  it('widens the punctuation of Chinese prose and leaves Latin text, times and URLs alone', () => {
    const text = '5月27日,韩国环境产业技术院(KEITI)召开会议;日期:2021/06/04 15:02:28。See: www.example.org, 2021.';
    expect(readingView(text)).toBe('5月27日，韩国环境产业技术院(KEITI)召开会议；日期：2021/06/04 15:02:28。See: www.example.org, 2021.');
    expect(readingView(text)!.length).toBe(text.length);
  });

  it('is no view at all for a text already written with full-width marks', () => {
    expect(readingView('5月27日，韩国环境产业技术院召开会议。')).toBeUndefined();
  });

  it('reads a launch whose partners follow a half-width comma, quoting the source as written (own text)', async () => {
    const text = ['绿色发展简讯', '2025年第四期', '', '亚太绿色采购网络', '', '泰国环境研究所于2024年3月获批为网络联合领导机构,与联合国环境署、亚洲开发银行共同启动实施亚太绿色采购网络2024-2027年工作计划。', ''].join('\n');
    const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
    const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
    const events = graph.entities.filter((e) => e.label === 'Event').map((e) => String(e.properties.name));
    expect(events.some((e) => e.includes('、'))).toBe(false);
    expect(events.some((e) => /工作计划启动$/u.test(e))).toBe(true);
    for (const r of graph.relationships) for (const quote of (r.properties.evidence as string[] | undefined) ?? []) expect(briefing.text).toContain(quote);
  });
});
