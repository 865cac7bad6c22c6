import { describe, expect, it } from 'vitest';
import { organisersRule } from '../../../src/extract/rules/organisersRule.js';
import { readWith } from './readWith.js';

describe('organisers: 由X主办, X召开', () => {
  it('gives the role the organising-verb table gives: 主办 host, 承办 co-organizer (own sentence)', async () => {
    const r = await readWith(
      [organisersRule],
      '绿色消费论坛在京召开',
      '2019年5月10日，由生态环境部主办，中环联合认证中心承办的2019绿色消费论坛在北京召开。',
    );
    const roles = Object.fromEntries(r.facts('ORGANIZED').map((f, i) => [f.split(' -> ')[0], r.props('ORGANIZED', 'role')[i]]));
    expect(roles).toEqual({ 生态环境部: 'host', 中环联合认证中心: 'co-organizer' });
  });

  it('reads the subject of 召开 as the organiser (own sentence)', async () => {
    const r = await readWith([organisersRule], '研讨会召开', '2019年6月3日，中环联合认证中心在北京召开了绿色供应链研讨会。');
    expect(r.facts('ORGANIZED')).toEqual(['中环联合认证中心 -> 绿色供应链研讨会']);
    expect(r.props('ORGANIZED', 'role')).toEqual(['organizer']);
  });

  it('records a skip when 由…主办 names no organiser (own sentence)', async () => {
    const r = await readWith([organisersRule], '研讨会召开', '2019年6月3日，由有关方面主办的绿色供应链研讨会在北京举行。');
    expect(r.skips).toContain('organisers: no organiser named between 由 and 主办');
  });
});

describe('organisers: who holds what', () => {
  it('does not take a body named inside the name of what is held as its organiser (own sentence)', async () => {
    const r = await readWith([organisersRule], '绿色生产论坛', '2021年5月8日，绿色生产与消费论坛暨新加坡环境理事会成立二十周年纪念活动在新加坡举办。');
    expect(r.facts('ORGANIZED')).toEqual([]);
  });

  it('reads 由A主办、B和C承办 as host and co-organisers (own sentence)', async () => {
    const r = await readWith([organisersRule], '东盟生态标签大会', '2020年11月5日，第四届东盟生态标签大会在雅加达举行，大会由印度尼西亚环境和林业部主办，泰国环境研究所和新加坡环境理事会承办。');
    const roles = Object.fromEntries(r.facts('ORGANIZED').map((f, i) => [f.split(' -> ')[0], r.props('ORGANIZED', 'role')[i]]));
    expect(roles).toEqual({ 印度尼西亚环境和林业部: 'host', 泰国环境研究所: 'co-organizer', 新加坡环境理事会: 'co-organizer' });
  });
});
