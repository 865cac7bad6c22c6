import { describe, expect, it } from 'vitest';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { readWith } from './readWith.js';

describe('positions: ORG + title + NAME', () => {
  it('reads a body, a title and a name, with the title in English from the titles table (own sentence)', async () => {
    const r = await readWith([positionsRule], '会见', '日本环境协会副会长山田太郎出席了会议。');
    expect(r.facts('HOLDS_POSITION')).toContain('山田太郎 -> 日本环境协会');
    expect(r.props('HOLDS_POSITION', 'title')).toContain('Vice President');
    expect(r.props('HOLDS_POSITION', 'titleZh')).toContain('副会长');
  });

  it('gives the next person of a 、-list with a bare title the same body (seed-style sentence)', async () => {
    const r = await readWith([positionsRule], '代表团', '中环联合认证中心总经理张小丹、副总经理陈轶群参加了活动。');
    expect(r.facts('HOLDS_POSITION')).toEqual(expect.arrayContaining(['张小丹 -> 中环联合认证中心', '陈轶群 -> 中环联合认证中心']));
  });

  it('reads titles that once had no English (参赞, 首代) in English (own sentences)', async () => {
    const r = await readWith([positionsRule], '来访', '德国国际合作机构首席代表王海涛和瑞典驻华使馆参赞李安娜到访。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['王海涛 -> 德国国际合作机构', '李安娜 -> 瑞典驻华使馆']);
    expect(r.props('HOLDS_POSITION', 'title')).toEqual(['Chief Representative', 'Counsellor']);
    const short = await readWith([positionsRule], '来访', '中国—东盟环境保护合作中心首代张伟出席。');
    expect(short.props('HOLDS_POSITION', 'title')).toEqual(['Chief Representative']);
  });
});

describe('positions: 该部 for the ministry named before', () => {
  it('reads 该部采购政策司司长X as a position in the ministry the sentence before named, not 该部分 (own sentences)', async () => {
    const r = await readWith(
      [positionsRule],
      '加入',
      '6月28日，智利财政部正式加入北欧绿色采购计划咨询委员会。该部采购政策司司长胡安·佩雷斯（Juan Perez）将代表智利参加委员会会议。',
    );
    expect(r.facts('HOLDS_POSITION')).toEqual(['胡安·佩雷斯 -> 智利财政部']);
    const part = await readWith([positionsRule], '报告', '智利财政部发布了年度报告。该部分内容由专家马里奥·罗哈斯撰写。');
    expect(part.facts('HOLDS_POSITION')).toEqual([]);
  });
});
