import { describe, expect, it } from 'vitest';
import { membershipRule } from '../../../src/extract/rules/membershipRule.js';
import { readWith } from './readWith.js';

describe('membership: X加入Y, X成为Y理事', () => {
  it('reads X加入Y with the year as since (own sentence)', async () => {
    const r = await readWith([membershipRule], '网络成员', '2015年，中环联合认证中心正式加入全球环境标志网络。');
    expect(r.facts('MEMBER_OF')).toEqual(['中环联合认证中心 -> 全球环境标志网络']);
    expect(r.props('MEMBER_OF', 'since')).toEqual(['2015']);
  });

  it('takes the group named in 作为X成员加入 as the role (own sentence)', async () => {
    const r = await readWith([membershipRule], '网络成员', '中环联合认证中心作为创始成员加入全球环境标志网络。');
    expect(r.props('MEMBER_OF', 'role')).toEqual(['创始']);
  });

  it('reads a board seat from the seats table (own sentence)', async () => {
    const r = await readWith([membershipRule], '理事会', '中环联合认证中心成为全球环境标志网络理事。');
    expect(r.facts('MEMBER_OF')).toEqual(['中环联合认证中心 -> 全球环境标志网络']);
    expect(r.props('MEMBER_OF', 'role')).toEqual(['board member']);
  });

  it('records a skip when no member is named before 加入 (seed sentence)', async () => {
    const r = await readWith([membershipRule], '项目进展', '截止2017年10月，已有40多个国家的107个组织、14名专家加入了SPP10YFP项目。');
    expect(r.facts('MEMBER_OF')).toEqual([]);
    expect(r.skips).toEqual(['membership: no member named before 加入']);
  });

  it('reads no membership of a body whose name only opens what was joined', async () => {
    const r = await readWith([membershipRule], '工作组', '2023年5月，日本环境协会正式加入全球环境标志网络（GEN）循环经济工作组。');
    expect(r.facts('MEMBER_OF')).toEqual([]);
  });
});

describe('membership: a body elected to a seat', () => {
  it('reads X当选为Y理事单位 as membership, and leaves a person elected 理事 to the appointments (own sentence)', async () => {
    const r = await readWith(
      [membershipRule],
      '理事会换届',
      '大会选举产生了新一届理事会，丹麦标准协会当选为北欧生态标签联盟理事单位，丹麦标准协会副总经理安娜·尼尔森当选为北欧生态标签联盟理事。',
    );
    expect(r.facts('MEMBER_OF')).toEqual(['丹麦标准协会 -> 北欧生态标签联盟']);
  });
});

describe('membership: 它们是：A、B和C after a count of bodies that joined', () => {
  it('gives the listed bodies the part the count said, in the programme the sentence before named (own sentences)', async () => {
    const r = await readWith(
      [membershipRule],
      '新的合作伙伴',
      '2022年上半年，共有三家机构加入“北欧绿色采购计划”，成为合作伙伴。它们是：丹麦标准协会、芬兰环境研究院（SYKE）和冰岛环境署。截至6月底，计划共有20家合作伙伴。',
    );
    expect(r.facts('INVOLVED_IN').sort()).toEqual(['丹麦标准协会 -> 北欧绿色采购计划', '冰岛环境署 -> 北欧绿色采购计划', '芬兰环境研究院 -> 北欧绿色采购计划']);
    expect(r.props('INVOLVED_IN', 'role')).toEqual(['partner', 'partner', 'partner']);
  });

  it('reads nothing from 它们是 after a sentence that counted no joining (own sentences)', async () => {
    const r = await readWith([membershipRule], '机构', '北欧绿色采购计划发布了三份报告。它们是：丹麦标准协会、芬兰环境研究院和冰岛环境署编写的。');
    expect(r.facts('INVOLVED_IN')).toEqual([]);
  });
});
