import { describe, expect, it } from 'vitest';
import { involvementRule } from '../../../src/extract/rules/involvementRule.js';
import { readWith } from './readWith.js';

describe('involvement: 由X牵头 a programme', () => {
  it('reads 项目由X牵头实施 as X leading the programme, as 由X牵头的Y is (own sentence)', async () => {
    const r = await readWith([involvementRule], '东非项目启动', '“东非绿色采购能力建设”项目由非洲开发银行资助，由肯尼亚国家清洁生产中心牵头实施。');
    expect(r.facts('ORGANIZED')).toEqual(['肯尼亚国家清洁生产中心 -> 东非绿色采购能力建设项目']);
    expect(r.props('ORGANIZED', 'role')).toEqual(['lead']);
    expect(r.facts('INVOLVED_IN')).toEqual([]);
  });

  it('leaves 该指南由X牵头 to the document: no lead of the programme the sentence names (own sentence)', async () => {
    const r = await readWith(
      [involvementRule],
      '采购指南',
      '《学校食堂绿色采购指南》是“东非绿色采购能力建设”项目的一项成果，该指南由肯尼亚国家清洁生产中心牵头。',
    );
    expect(r.facts('ORGANIZED')).toEqual([]);
  });
});

describe('involvement: 作为合作伙伴', () => {
  it('reads X作为合作伙伴派员参加了会议 as a partner of the programme whose meeting it is, not 作为观察员 (own sentences)', async () => {
    const r = await readWith(
      [involvementRule],
      '北欧绿色采购计划召开年度会议',
      '2022年3月20日，“北欧绿色采购计划”2022年度协调委员会会议以线上方式召开。丹麦标准协会作为合作伙伴派员参加了会议。芬兰环境研究院作为观察员出席。',
    );
    expect(r.facts('INVOLVED_IN')).toEqual(['丹麦标准协会 -> 北欧绿色采购计划']);
    expect(r.props('INVOLVED_IN', 'role')).toEqual(['partner']);
  });
});
