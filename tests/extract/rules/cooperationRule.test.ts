import { describe, expect, it } from 'vitest';
import { cooperationRule } from '../../../src/extract/rules/cooperationRule.js';
import { readWith } from './readWith.js';

describe('cooperation: X与Y合作', () => {
  it('reads the bodies on either side of 与, with the kind of cooperation (own sentence)', async () => {
    const r = await readWith([cooperationRule], '战略合作', '中环联合认证中心与日本环境协会建立了战略合作关系。');
    expect(r.facts('COOPERATES_WITH')).toEqual(['中环联合认证中心 -> 日本环境协会']);
    expect(r.props('COOPERATES_WITH', 'kind')).toEqual(['strategic']);
  });

  it('does not take a hope to cooperate as cooperation (own sentence)', async () => {
    const r = await readWith([cooperationRule], '会谈', '中环联合认证中心希望今后与日本环境协会开展合作。');
    expect(r.facts('COOPERATES_WITH')).toEqual([]);
  });

  it('reads the 与 of a sentence, not the 与 inside a body\'s name (seed sentence)', async () => {
    const r = await readWith(
      [cooperationRule],
      '周能福书记率团出访',
      '在周书记见证下，中环联合认证中心与德国环境署（UBA）、德国质量保证与认证协会（RAL）签署了中德环境标志空调共同标准，为中德环境标志合作再添新成果。',
    );
    expect(r.facts('COOPERATES_WITH')).toEqual(expect.arrayContaining(['中环联合认证中心 -> 德国环境署', '中环联合认证中心 -> 德国质量保证与认证协会']));
  });

  it('records a skip when no body stands before 与 (own sentence)', async () => {
    const r = await readWith([cooperationRule], '合作', '今后将进一步加强与日本环境协会的合作。');
    expect(r.facts('COOPERATES_WITH')).toEqual([]);
    expect(r.skips).toEqual(['cooperation: no body named before 与']);
  });
});

describe('cooperation: partners in a programme are not partners of each other', () => {
  it('reads no partnership between B and C in B和C为项目合作伙伴, but keeps A和B是长期合作伙伴 (own sentences)', async () => {
    const programme = await readWith([cooperationRule], '项目启动', '该项目由非洲开发银行资助，坦桑尼亚财政部和乌干达公共采购局为项目合作伙伴。');
    expect(programme.facts('COOPERATES_WITH')).toEqual([]);
    const pair = await readWith([cooperationRule], '双方合作', '坦桑尼亚财政部和乌干达公共采购局是长期的合作伙伴。');
    expect(pair.facts('COOPERATES_WITH')).toEqual(['坦桑尼亚财政部 -> 乌干达公共采购局']);
  });
});
