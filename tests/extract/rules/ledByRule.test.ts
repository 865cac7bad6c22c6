import { describe, expect, it } from 'vitest';
import { ledByRule } from '../../../src/extract/rules/ledByRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style; the seed briefings have no 由X牵头的Y.

describe('led-by: 由X牵头/发起的Y', () => {
  it('reads the body between 由 and 牵头 as leading the programme named after 的', async () => {
    const r = await readWith([ledByRule], '可持续公共采购工作进展', '由联合国环境规划署牵头的“城市绿色建筑计划”于2019年正式启动。');
    expect(r.facts('ORGANIZED')).toEqual(['联合国环境规划署 -> 城市绿色建筑计划']);
    expect(r.props('ORGANIZED', 'role')).toEqual(['lead']);
    expect(r.props('ORGANIZED', 'method')).toEqual(['pattern:led-by-bodies']);
  });

  it('gives every listed body the role, and 发起 makes them launchers', async () => {
    const r = await readWith([ledByRule], '绿色供应链合作', '由中环联合认证中心与日本环境协会共同发起的“绿色供应链倡议”已有30家企业参加。');
    expect(r.facts('ORGANIZED').sort()).toEqual(['中环联合认证中心 -> 绿色供应链倡议', '日本环境协会 -> 绿色供应链倡议']);
    expect(r.props('ORGANIZED', 'role')).toEqual(['launcher', 'launcher']);
  });

  it('reads nothing when no name follows 的, and nothing from 由X牵头 without 的', async () => {
    const r = await readWith([ledByRule], '工作进展', '该计划由联合国环境规划署牵头，各国专家参与编写。');
    expect(r.facts('ORGANIZED')).toEqual([]);
    expect(r.skips).toEqual([]);
  });

  it('records a skip when the trigger is there but no body is named', async () => {
    const r = await readWith([ledByRule], '工作进展', '由有关方面牵头的“绿色采购行动”将于明年开展。');
    expect(r.facts('ORGANIZED')).toEqual([]);
    expect(r.skips).toEqual(['led-by: no body named between 由 and 牵头']);
  });

  it('records a skip when the bodies are there but what they lead is not named', async () => {
    const r = await readWith([ledByRule], '工作进展', '由联合国环境规划署牵头的工作组已经完成了初稿。');
    expect(r.facts('ORGANIZED')).toEqual([]);
    expect(r.skips).toEqual(['led-by: no programme or event named after 牵头的']);
  });
});
