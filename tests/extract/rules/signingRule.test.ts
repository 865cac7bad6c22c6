import { describe, expect, it } from 'vitest';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { signingRule } from '../../../src/extract/rules/signingRule.js';
import { readWith } from './readWith.js';

describe('signing: X签署Y', () => {
  it('reads the bodies before 签署 as signing the agreement after it (own sentence)', async () => {
    const r = await readWith([signingRule], '中韩环境标志合作', '2019年3月12日，中环联合认证中心与韩国环境产业技术研究院签署了《环境标志互认合作协议》。');
    expect(r.facts('SIGNED').sort()).toEqual(['中环联合认证中心 -> 环境标志互认合作协议', '韩国环境产业技术研究院 -> 环境标志互认合作协议']);
  });

  it('reads witnesses in 在X的见证下 and does not make them signatories (own sentence)', async () => {
    const r = await readWith([signingRule], '互认协议签署', '在生态环境部的见证下，中环联合认证中心与德国质量保证与认证协会签署了《双边互认协议》。');
    expect(r.facts('WITNESSED')).toEqual(['生态环境部 -> 双边互认协议']);
    expect(r.facts('SIGNED')).not.toContain('生态环境部 -> 双边互认协议');
  });

  it('signs for the organisation of a person whose position positions read (own sentence)', async () => {
    const r = await readWith([positionsRule, signingRule], '合作备忘录签署', '中环联合认证中心总经理张小丹签署了《绿色采购合作备忘录》。');
    expect(r.facts('SIGNED').sort()).toEqual(['中环联合认证中心 -> 绿色采购合作备忘录', '张小丹 -> 绿色采购合作备忘录']);
  });

  it('records a skip when nobody is named before the verb (seed sentence)', async () => {
    const r = await readWith([signingRule], '环境标志互认', '该项标准的签署，标志着中日环境标志互认工作又迈出了新的一步，不仅有利于中日两国绿色贸易和绿色消费的发展，也是对GEN所倡导的全球生态标志互认合作的积极响应。');
    expect(r.facts('SIGNED')).toEqual([]);
    expect(r.skips).toEqual(['signing: no signing party named in the sentence']);
  });
});
