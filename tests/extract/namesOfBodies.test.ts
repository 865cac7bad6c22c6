import { describe, expect, it } from 'vitest';
import { persons } from '../../src/extract/discoverPersons.js';
import { readingRules } from '../../src/extract/rules/readingRules.js';
import { readWith } from './rules/readWith.js';

// Names the reader made wrong on unseen text, each with sentences written for this test in the
// briefings' style.

const named = (r: Awaited<ReturnType<typeof readWith>>, label: string) =>
  r.graph.entities
    .filter((e) => e.label === label)
    .map((e) => String(e.properties.name))
    .sort();

describe('a body whose name ends in an event word', () => {
  it('is the body, not a meeting of that day', async () => {
    const r = await readWith(readingRules, '采购倡议在日内瓦举行首次会议', '2025年3月4日，由联合国贸易和发展会议发起的“绿色采购官员倡议”在日内瓦举行首次会议。');
    expect(named(r, 'Event')).not.toContain('联合国贸易和发展会议');
    expect(named(r, 'Organization')).toContain('联合国贸易和发展会议');
  });

  it('still reads a meeting that is named so', async () => {
    const r = await readWith(readingRules, '论坛动态', '2025年5月20日，第三届东盟绿色采购论坛在河内召开。');
    expect(named(r, 'Event')).toContain('第三届东盟绿色采购论坛');
  });
});

describe('a title followed by a word that follows names', () => {
  it('makes no person of 分别 or 共同 after a title', () => {
    const s = '绿色之星协会秘书长刘海川和玛丽亚·贝尔蒂尼总裁分别在协议上签字，两位主任共同见证。';
    const names = persons(s, []).map((c) => c.name);
    expect(names).not.toContain('分别');
    expect(names).toContain('刘海川');
    expect(names).toContain('玛丽亚·贝尔蒂尼');
  });

  it('makes no person of 单位 after a title (理事单位, 副主席单位)', () => {
    expect(persons('北欧绿色采购网络选举新一届理事单位，绿色之星协会当选副主席单位。', [])).toEqual([]);
    expect(persons('绿色之星协会理事单建国出席会议。', []).map((c) => c.name)).toContain('单建国');
  });

  it('still reads a name after the title', () => {
    expect(persons('北欧天鹅标志秘书处总裁赵一鸣分别会见了两国代表。', []).map((c) => c.name)).toContain('赵一鸣');
  });
});

describe("another country's ministry", () => {
  it('is a body of its own, not the known ministry of the same short name', async () => {
    const r = await readWith(readingRules, '新伙伴加入', '首批成员包括斐济财政部和智利公共采购局。', '2025年1月，哥斯达黎加财政部与新西兰环境部签署合作备忘录。');
    const orgs = named(r, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['斐济财政部', '哥斯达黎加财政部']));
    expect(orgs).not.toContain('财政部');
  });

  it('still reads the known ministry when it stands alone or after its own country', async () => {
    const r = await readWith(readingRules, '部委动态', '财政部和生态环境部联合印发通知，中国财政部将扩大绿色采购范围。');
    expect(named(r, 'Organization')).toContain('财政部');
    expect(named(r, 'Organization')).not.toContain('中国财政部');
  });
});

describe('a listing verb before a known head', () => {
  it('is not part of the name', async () => {
    const r = await readWith(readingRules, '倡议动态', '首批参与的有奥地利联邦采购委员会和秘鲁公共采购监督局等九家机构。');
    const orgs = named(r, 'Organization');
    expect(orgs).toContain('奥地利联邦采购委员会');
    expect(orgs.some((n) => n.startsWith('有'))).toBe(false);
  });
});

describe('two parties joined by 与 are two names', () => {
  it('cuts a gathering and a body apart before they sign', async () => {
    const r = await readWith(readingRules, '合作动态', '2024年5月，东南亚绿色消费与生产圆桌会议与太平洋岛国环境组织在苏瓦签署了《海洋塑料减量合作备忘录》。');
    const bodies = named(r, 'Organization');
    expect(bodies).toContain('太平洋岛国环境组织');
    expect(bodies.filter((n) => n.includes('与太平洋'))).toEqual([]);
    expect(r.facts('SIGNED')).toContain('太平洋岛国环境组织 -> 海洋塑料减量合作备忘录');
    // The round table is a party, not the occasion: the signing is an event of its own, held in Suva.
    expect(r.facts('PRODUCED')).toEqual(['海洋塑料减量合作备忘录签署 -> 海洋塑料减量合作备忘录']);
    expect(r.facts('HELD_IN').filter((f) => f.includes('圆桌会议'))).toEqual([]);
  });

  it('cuts at the join when the last 与 is inside the right-hand name', async () => {
    const r = await readWith(readingRules, '合作动态', '2024年7月，斯洛文尼亚环境署与北欧可持续消费与生产圆桌会议签署了合作协议。');
    expect(named(r, 'Organization')).toContain('斯洛文尼亚环境署');
    expect([...named(r, 'Organization'), ...named(r, 'Event')].filter((n) => n.startsWith('斯洛文尼亚环境署与'))).toEqual([]);
  });

  it('keeps 与 inside one name', async () => {
    const r = await readWith(readingRules, '机构动态', '2024年3月，国家会议与展览中心举办了绿色建筑博览会。2024年4月，智利工业与技术研究所发布了新的采购指南。');
    expect(named(r, 'Organization')).toContain('国家会议与展览中心');
    expect(named(r, 'Organization')).toContain('智利工业与技术研究所');
  });
});
