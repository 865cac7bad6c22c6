import { describe, expect, it } from 'vitest';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { participationRule } from '../../../src/extract/rules/participationRule.js';
import { readWith } from './readWith.js';

// A department is a unit of a body: its people hold their positions in the body, and it attends
// nothing in the body's place. Sentences written for these tests, about bodies not in the seed.

describe('positions: people of a department named alone', () => {
  it('gives a bare department\'s officer a position in the body of the person listed before (own sentence)', async () => {
    const r = await readWith([positionsRule, participationRule], '斯洛文尼亚代表团到访', '斯洛文尼亚环境署代表团到访北欧生态标签委员会，北欧生态标签委员会副秘书长英格丽德·汉森、认证三部部长欧阳丽娜参加会谈。');
    expect(r.facts('HOLDS_POSITION').sort()).toEqual(['英格丽德·汉森 -> 北欧生态标签委员会', '欧阳丽娜 -> 北欧生态标签委员会'].sort());
    expect(r.props('HOLDS_POSITION', 'titleZh').sort()).toEqual(['副秘书长', '认证三部部长'].sort());
    expect(r.facts('ATTENDED').some((f) => f.startsWith('认证三部'))).toBe(false);
  });

  it('reads no position for a bare department whose body no one named, rather than the department (own sentence)', async () => {
    const r = await readWith([positionsRule], '会谈', '会谈中，国际合作部主任葛明轩介绍了情况。');
    expect(r.facts('HOLDS_POSITION')).toEqual([]);
    expect(r.skips.some((s) => s.startsWith('positions: 国际合作部 is a department'))).toBe(true);
  });

  it('keeps a ministry named alone as a body (own sentence)', async () => {
    const r = await readWith([positionsRule], '会见', '新西兰环境部副部长艾玛·惠勒出席。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['艾玛·惠勒 -> 新西兰环境部']);
  });
});

describe('positions: a department named with its body', () => {
  it('gives the officer of …局循环经济部 a position in the 局, the office in the title, though the body is named nowhere else (own sentence)', async () => {
    const r = await readWith([positionsRule], '工作坊', '9月10日，新加坡生产力促进局循环经济部经理陈永康担任主讲嘉宾。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['陈永康 -> 新加坡生产力促进局']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['循环经济部经理']);
  });

  it('reads no person in a consulate\'s name: 总领事 inside 总领事馆 anchors nothing (own sentence)', async () => {
    const r = await readWith([positionsRule], '签约', '中国驻墨尔本总领事馆科技参赞贺明远出席。');
    expect(r.graph.entities.filter((e) => e.label === 'Person').map((e) => e.properties.name)).toEqual(['贺明远']);
    expect(r.facts('HOLDS_POSITION')).toEqual(['贺明远 -> 中国驻墨尔本总领事馆']);
  });
});

describe('positions: titles nobody listed, and headings that name no one', () => {
  it('reads a position under a title known only by its ending (首席技术官) (own sentence)', async () => {
    const r = await readWith([positionsRule], '年会', '加拿大绿色建筑委员会首席技术官艾丽斯·唐纳森出席。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['艾丽斯·唐纳森 -> 加拿大绿色建筑委员会']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['首席技术官']);
  });

  it('ends a body before 副处长 and reads no person in 选举新任主席 (own sentences)', async () => {
    const r = await readWith([positionsRule], '北美绿色建材理事会选举新任主席', '马来西亚标准与工业研究院环境认证处副处长诺拉·阿卜杜拉主持会议。');
    expect(r.graph.entities.filter((e) => e.label === 'Person').map((e) => e.properties.name)).toEqual(['诺拉·阿卜杜拉']);
    expect(r.facts('HOLDS_POSITION')).toEqual(['诺拉·阿卜杜拉 -> 马来西亚标准与工业研究院']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['环境认证处副处长']);
  });
});
