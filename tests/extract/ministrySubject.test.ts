import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir } from '../support/seedGraph.js';

// A ministry named by its short name alone opens the sentence it acts in ("环境部今天上午在…与…签署"),
// and Taiwan's ministries have 次长 under the minister (a short name like 卫福部 may be a body's
// department as well, so his post there is not read unless the body is named). Texts written for these tests.

async function read(...paras: string[]) {
  const text = ['绿色发展简讯', '2025年第四期', '', '要闻', '', ...paras.flatMap((p) => [p, ''])].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
  const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
  const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
  return graph.relationships.filter((r) => r.properties.evidence).map((r) => `${r.type} ${name(r.start)} -> ${name(r.end)}${r.properties.titleZh ? ` ${String(r.properties.titleZh)}` : ''}`);
}

describe('a ministry opening its sentence by its short name', () => {
  it('signs with the bodies after 与, and its 次长 witnesses', async () => {
    const facts = await read('卫福部今天（3日）上午在首尔与韩国环境产业技术院共同签署《绿色数据中心合作备忘录》，并由卫福部次长林志明见证。');
    expect(facts).toContain('SIGNED 卫福部 -> 绿色数据中心合作备忘录');
    expect(facts).toContain('SIGNED 韩国环境产业技术研究院 -> 绿色数据中心合作备忘录');
    expect(facts).toContain('WITNESSED 林志明 -> 绿色数据中心合作备忘录');
  });

  it('is no body where the short name only qualifies what follows (own text)', async () => {
    const facts = await read('2025年3月3日，环境部门代表与企业座谈。');
    expect(facts.filter((f) => f.includes('环境部 '))).toEqual([]);
  });
});
