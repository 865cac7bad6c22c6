import { describe, expect, it } from 'vitest';
import { fundingRule } from '../../../src/extract/rules/fundingRule.js';
import { readWith } from './readWith.js';

describe('funding: X资助Y, X为Y提供 N 万欧元', () => {
  it('reads the funder of a pledge with its amount and currency (own sentence)', async () => {
    const r = await readWith([fundingRule], '资金支持', '德国联邦环境部宣布将为“绿色公共采购能力建设项目”提供500万欧元。');
    expect(r.facts('FUNDED')).toEqual(['德国联邦环境部 -> 绿色公共采购能力建设项目']);
    expect(r.props('FUNDED', 'amount')).toEqual([5_000_000]);
    expect(r.props('FUNDED', 'currency')).toEqual(['EUR']);
  });

  it('reads X为Y提供经费/资助 with no amount, and 为项目第二阶段 as the programme the sentence before named (own sentences)', async () => {
    const named = await readWith([fundingRule], '资金支持', '北欧部长理事会为“湄公河绿色采购示范”项目提供资金。');
    expect(named.facts('FUNDED')).toEqual(['北欧部长理事会 -> 湄公河绿色采购示范项目']);
    const phase = await readWith([fundingRule], '项目进展', '“湄公河绿色采购示范”项目于2022年启动。“东南亚绿色产品认证”项目完成第一阶段工作。北欧部长理事会为项目第二阶段提供了40万美元资助。');
    expect(phase.facts('FUNDED')).toEqual(['北欧部长理事会 -> 东南亚绿色产品认证项目']);
    // Support that is not money is no funding.
    const advice = await readWith([fundingRule], '项目进展', '北欧部长理事会为“湄公河绿色采购示范”项目提供技术咨询。');
    expect(advice.facts('FUNDED')).toEqual([]);
  });

  it('records a skip when a grant has no grant-maker right before it (seed sentence)', async () => {
    const r = await readWith([fundingRule], '南南合作', '在成功地执行了一期18个项目后，中国承诺在2016-2018年再拨款600万美元，支持生态系统和生物多样性。');
    expect(r.facts('FUNDED')).toEqual([]);
    expect(r.skips).toContain('funding: no grant-maker named before the grant');
  });
});
