import { describe, expect, it } from 'vitest';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { participationRule } from '../../../src/extract/rules/participationRule.js';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { readWith } from './readWith.js';

const roles = (r: Awaited<ReturnType<typeof readWith>>) => Object.fromEntries(r.facts('ATTENDED').map((f, i) => [f.split(' -> ')[0], r.props('ATTENDED', 'role')[i]]));

describe('participation: X、Y和Z参加/出席', () => {
  it('reads every body of a list before 派代表参加, not only the last (own sentence)', async () => {
    const r = await readWith(
      [participationRule],
      '亚洲生态标签论坛在曼谷召开',
      '2019年6月3日，亚洲生态标签论坛在泰国曼谷召开，日本环境协会、新加坡环境理事会和泰国环境研究所派代表参加了会议。',
    );
    expect(roles(r)).toEqual({ 日本环境协会: 'attendee', 新加坡环境理事会: 'attendee', 泰国环境研究所: 'attendee' });
  });

  it('has a person who speaks attend, not the body his title names (own text)', async () => {
    const r = await readWith(
      [positionsRule, articleEventRule, participationRule],
      '绿色采购研讨会在首尔召开',
      '2019年9月17日，绿色采购研讨会在首尔召开。新加坡环境理事会执行董事陈国伟在会上作了主旨报告。',
    );
    expect(roles(r)).toEqual({ 陈国伟: 'keynote' });
  });

  it('has a body attend when the text says its officer came for it (own text)', async () => {
    const r = await readWith(
      [positionsRule, articleEventRule, participationRule],
      '绿色采购研讨会在首尔召开',
      '2019年9月17日，绿色采购研讨会在首尔召开。执行董事陈国伟作为新加坡环境理事会代表出席会议并致辞。',
    );
    expect(Object.keys(roles(r)).sort()).toEqual(['新加坡环境理事会', '陈国伟']);
  });

  it('takes the body a visit goes to as its host, not its visitor (own sentence)', async () => {
    const r = await readWith([participationRule], '北欧生态标签代表团到访环境与发展基金会', '2022年11月8日，北欧部长理事会代表团到访环境与发展基金会。');
    expect(r.facts('ORGANIZED')).toEqual([]);
    expect(roles(r)).toMatchObject({ 环境与发展基金会: 'host' });
  });

  it('gives the article event no participants from a sentence about another meeting of its own (own text)', async () => {
    const r = await readWith(
      [articleEventRule, participationRule],
      '东盟绿色采购论坛在吉隆坡召开',
      '2021年4月20日，东盟绿色采购论坛在马来西亚吉隆坡召开。',
      '日本环境协会的代表还出席了亚洲环保标章秘书处工作会议。',
    );
    expect(r.facts('ATTENDED')).toEqual([]);
  });

  it('does not take bodies that are only talked about as attending (seed sentence)', async () => {
    const r = await readWith(
      [participationRule],
      '全球环境标志网络年会',
      '全球环境标志网络组织（GEN）2017年会及秋季理事会于2017年10月8日至13日在瑞典斯德哥尔摩召开，中环联合张小丹总经理作为GEN理事成员，代表中国环境标志参加了会议，并与来自欧洲、美洲、亚洲的40多位成员代表共同讨论全球环境标志的发展。',
    );
    expect(r.facts('ATTENDED')).toContain('张小丹 -> 全球环境标志网络组织（GEN）2017年会');
    expect(r.facts('ATTENDED').some((f) => f.startsWith('全球环境标志网络 ->'))).toBe(false);
  });
});
