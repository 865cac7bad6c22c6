import { describe, expect, it } from 'vitest';
import { partnersRule } from '../../../src/extract/rules/partnersRule.js';
import { organisersRule } from '../../../src/extract/rules/organisersRule.js';
import { readWith } from './readWith.js';

// Sub-bodies of a quoted or known network. Own sentences, about other bodies.
describe('organs and offices of a named network', () => {
  it('reads “网络”执行委员会 and X理事会 as organs of the network, not 欧盟委员会 as one of 欧盟', async () => {
    const r = await readWith([partnersRule], '组织动态', '经过专家咨询，“全球生态标签网络”执行委员会对该方案表示支持。全球环境标志网络理事会于2020年在柏林召开会议。欧盟委员会发布了新的政策。');
    expect(r.facts('MEMBER_OF').sort()).toEqual(['全球环境标志网络理事会 -> 全球环境标志网络', '全球生态标签网络执行委员会 -> 全球环境标志网络'].sort());
  });

  it('finds a known secretariat written with the quote inside its name (“…”网络秘书处)', async () => {
    const r = await readWith([organisersRule], '项目进展', '经“同一个地球”网络秘书处协调，可持续旅游计划于2021年3月组建专家组，启动对秘鲁生态旅游的支持活动。');
    expect(r.graph.entities.map((e) => String(e.properties.name))).toContain('同一个地球网络秘书处');
  });
});
