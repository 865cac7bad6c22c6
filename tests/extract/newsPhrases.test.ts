import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir } from '../support/seedGraph.js';

// Phrases of news prose: 认证认可 inside a body's name, 受邀 after a name, a lecture given 以“…”为题,
// a meeting held 藉…之际. Texts written for these tests, about bodies not in the seed.

async function read(heading: string, para: string) {
  const text = ['绿色发展简讯', '2025年第四期', '', heading, '', para, ''].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
  const { graph } = extractGraph([briefing], { gazetteer: await loadGazetteer(seedDir), reference: [] });
  const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
  return {
    people: graph.entities.filter((e) => e.label === 'Person').map((e) => String(e.properties.name)),
    events: graph.entities.filter((e) => e.label === 'Event').map((e) => String(e.properties.name)),
    facts: graph.relationships.filter((r) => r.properties.evidence).map((r) => `${r.type} ${name(r.start)} -> ${name(r.end)}`),
  };
}

describe('phrases of news prose', () => {
  it('reads a body whose name holds 认证认可, and makes no person of 受邀', async () => {
    const { people, facts } = await read('活动', '12月5日，越南认证认可协会常务副会长兼秘书长阮明德受邀出席活动并致辞，授课讲师受邀参加。');
    expect(facts).toContain('HOLDS_POSITION 阮明德 -> 越南认证认可协会');
    expect(people).toEqual(['阮明德']);
  });

  it('names a lecture given on a theme by the lecture, and its organiser', async () => {
    const { events, facts } = await read('讲座', '2025年8月20日，韩国环境产业技术院以“中国绿色产品认证基础知识”为题组织召开了线上公益讲座，来自韩国企业的代表参加了会议。');
    expect(events).toEqual(['线上公益讲座']);
    expect(facts).toContain('ORGANIZED 韩国环境产业技术研究院 -> 线上公益讲座');
  });

  it('drops 藉 from the name of the meeting an occasion is taken at (own text)', async () => {
    const { events } = await read('秘书处启动', '2025年11月26日，藉东盟绿色产品能力建设研讨会在河内召开之际，亚洲绿色采购网络越南秘书处启动活动在河内举行。');
    expect(events.some((e) => e.startsWith('藉'))).toBe(false);
  });
});
