import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGraph, loadGazetteer, loadReferenceFacts } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { projectRoot, seedDir } from '../support/seedGraph.js';

// A briefing written for this test in the seed briefings' style, about people, bodies and events
// the gazetteer does not know (Ragnar Unge, 安娜·林德, 李伟, 马来西亚绿色技术与气候变化中心, 泰国污染控制厅,
// the Bangkok round table): the extractor must read it, not recall it.

let graph: Graph;
beforeAll(async () => {
  // Through the extract stage's entry point: ingest, then extractGraph with the seed data.
  const dir = path.join(projectRoot, 'tests', 'fixtures', 'unseen');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const briefings = await Promise.all(files.map(async (f) => ingestBriefing(await readFile(path.join(dir, f)), path.join(dir, f))));
  const gazetteer = await loadGazetteer(seedDir);
  ({ graph } = extractGraph(briefings, { gazetteer, reference: await loadReferenceFacts(seedDir, gazetteer) }));
});

const named = (name: string) => graph.entities.find((e) => e.properties.name === name || e.properties.aliases.includes(name));
const fact = (type: string, from: string, to: string) =>
  graph.relationships.find((r) => r.type === type && r.start === named(from)?.id && r.end === named(to)?.id);

describe('a briefing the project has never seen', () => {
  it('finds the new people, organisations, eco-label and agreement with their types', () => {
    expect(named('Ragnar Unge')?.label).toBe('Person');
    expect(named('安娜·林德')?.properties.nameEn).toBe('Anna Lind');
    expect(named('李伟')?.label).toBe('Person');
    expect(named('马来西亚绿色技术与气候变化中心')?.properties.aliases).toContain('MGTC');
    expect(named('泰国污染控制厅')?.label).toBe('Organization');
    expect(named('马来西亚绿色标签计划')?.label).toBe('EcoLabel');
    expect(named('中国环境标志与北欧天鹅标志互认合作谅解备忘录')?.label).toBe('Agreement');
  });

  it('reads positions, the meeting, the signing by both sides, the hosts of the round table and the new member', () => {
    expect(fact('HOLDS_POSITION', 'Ragnar Unge', '北欧生态标签组织')?.properties.titleZh).toBe('首席执行官');
    expect(fact('HOLDS_POSITION', '李伟', '环境发展中心')?.properties.titleZh).toBe('副主任');
    const meeting = graph.entities.find((e) => e.label === 'Event' && e.properties.startDate === '2019-05-14');
    expect(meeting).toBeDefined();
    expect(graph.relationships.some((r) => r.type === 'HELD_IN' && r.start === meeting!.id && r.end === named('北京')?.id)).toBe(true);
    expect(fact('SIGNED', '中环联合认证中心', '中国环境标志与北欧天鹅标志互认合作谅解备忘录')?.properties.date).toBe('2019-05-14');
    expect(fact('SIGNED', '北欧生态标签组织', '中国环境标志与北欧天鹅标志互认合作谅解备忘录')).toBeDefined();
    const roundTable = named('第二届亚太可持续消费与生产圆桌会议')!;
    expect([roundTable.properties.startDate, roundTable.properties.endDate]).toEqual(['2019-11-06', '2019-11-08']);
    expect(fact('ORGANIZED', '泰国污染控制厅', '第二届亚太可持续消费与生产圆桌会议')).toBeDefined();
    expect(fact('ATTENDED', '李伟', '第二届亚太可持续消费与生产圆桌会议')?.properties.role).toBe('keynote');
    expect(fact('HELD_IN', '第二届亚太可持续消费与生产圆桌会议', '曼谷')).toBeDefined();
    expect(fact('MEMBER_OF', '马来西亚绿色技术与气候变化中心', '全球环境标志网络')).toBeDefined();
    // "该中心负责管理…": the centre named before runs the label.
    expect(fact('OPERATES', '马来西亚绿色技术与气候变化中心', '马来西亚绿色标签计划')).toBeDefined();
  });

  it('reads a One Planet briefing about a new guide, a new network and its first chair', () => {
    expect(named('智利政府采购局')?.properties.aliases).toContain('ChileCompra');
    expect(fact('HOLDS_POSITION', '塔尼娅·佩雷斯', '智利政府采购局')?.properties.titleZh).toBe('局长');
    expect(fact('HOLDS_POSITION', '塔尼娅·佩雷斯', '拉丁美洲和加勒比可持续公共采购网络')?.properties.titleZh).toBe('首任主席');
    expect(named('可持续公共采购与循环经济指南')?.properties.nameEn).toBe('Guidelines on Circular Public Procurement');
    expect(fact('PUBLISHED', '联合国环境规划署', '可持续公共采购与循环经济指南')?.properties.date).toBe('2022-04');
    // "该网络由智利政府采购局（ChileCompra）和…办事处发起": the founders launched the network.
    const launch = graph.entities.find((e) => e.label === 'Event' && e.properties.startDate === '2022-05-20')!;
    const launchers = graph.relationships.filter((r) => r.type === 'ORGANIZED' && r.end === launch.id && r.properties.role === 'launcher').map((r) => r.start);
    expect(launchers).toEqual(expect.arrayContaining([named('智利政府采购局')!.id]));
    // "中环联合认证中心作为评审专家参与了指南的评审工作": a reviewer of the guide the article is about.
    expect(fact('CONTRIBUTED_TO', '中环联合认证中心', '可持续公共采购与循环经济指南')?.properties.role).toBe('reviewer');
    const meeting = graph.entities.find((e) => e.label === 'Event' && e.properties.startDate === '2022-03-15');
    expect(meeting?.properties.endDate).toBe('2022-03-16');
    const chairs = graph.relationships.filter((r) => r.type === 'ATTENDED' && r.end === meeting?.id && r.properties.role === 'chair').map((r) => r.start);
    expect(chairs).toContain(named('联合国环境规划署')?.id);
    expect(fact('ATTENDED', '陈轶群', meeting!.properties.name as string)?.properties.role).toBe('speaker');
  });
});
