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

  it('records a skip when a grant has no grant-maker right before it (seed sentence)', async () => {
    const r = await readWith([fundingRule], '南南合作', '在成功地执行了一期18个项目后，中国承诺在2016-2018年再拨款600万美元，支持生态系统和生物多样性。');
    expect(r.facts('FUNDED')).toEqual([]);
    expect(r.skips).toContain('funding: no grant-maker named before the grant');
  });
});
