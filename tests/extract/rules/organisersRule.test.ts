import { describe, expect, it } from 'vitest';
import { organisersRule } from '../../../src/extract/rules/organisersRule.js';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
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

  it('reads the clauses after the host: B和C协办 as co-organisers, C和D提供支持 as sponsors (own sentence)', async () => {
    const r = await readWith(
      [articleEventRule, organisersRule],
      '第五届东盟绿色采购论坛在万象召开',
      '2022年3月2日至3日，第五届东盟绿色采购论坛在老挝万象召开。论坛由老挝自然资源与环境部主办，泰国环境研究所和新加坡环境理事会协办，亚洲开发银行（ADB）和德国国际合作机构（GIZ）提供支持，来自12个国家的约150名代表参加。',
    );
    const roles = Object.fromEntries(r.facts('ORGANIZED').map((f, i) => [f.split(' -> ')[0], r.props('ORGANIZED', 'role')[i]]));
    expect(roles).toEqual({ 老挝自然资源与环境部: 'host', 泰国环境研究所: 'co-organizer', 新加坡环境理事会: 'co-organizer', 亚洲开发银行: 'sponsor', 德国国际合作机构: 'sponsor' });
  });

  it('reads 由X协办 after the event (own sentence)', async () => {
    const r = await readWith([articleEventRule, organisersRule], '电子产品生态标签研讨会在奥斯陆举行', '2022年5月3日，北欧部长理事会在奥斯陆举办“电子产品生态标签”研讨会，由挪威环境标志基金会协办。');
    const roles = Object.fromEntries(r.facts('ORGANIZED').map((f, i) => [f.split(' -> ')[0], r.props('ORGANIZED', 'role')[i]]));
    expect(roles).toEqual({ 北欧部长理事会: 'organizer', 挪威环境标志基金会: 'co-organizer' });
  });

  it('gives no role to what is not a list of bodies after the host (own sentences)', async () => {
    const r = await readWith(
      [articleEventRule, organisersRule],
      '亚太生态标签年会在首尔召开',
      '2022年6月2日，亚太生态标签年会在首尔召开。会议由韩国环境产业技术院主办，来自18个国家的代表提供支持。',
      '会议由韩国环境产业技术院主办，泰国环境研究所表示支持绿色采购。',
    );
    expect(r.facts('ORGANIZED').map((f) => f.split(' -> ')[0])).toEqual(['韩国环境产业技术研究院']);
  });
});

describe('conveners: a body heading its meeting', () => {
  it('reads X第三届会员大会 as convened by X, even when the meeting was named without X (own sentence)', async () => {
    const { convenersRule } = await import('../../../src/extract/rules/organisersRule.js');
    const r = await readWith([articleEventRule, convenersRule], '北欧生态标签联盟召开会员大会', '2022年3月2日，北欧生态标签联盟第三届会员大会在赫尔辛基召开，来自8个国家的代表参加。');
    expect(r.facts('ORGANIZED')).toEqual(['北欧生态标签联盟 -> 第三届会员大会']);
    const other = await readWith([articleEventRule, convenersRule], '大会召开', '2022年3月2日，北欧生态标签联盟代表出席了第三届会员大会。');
    expect(other.facts('ORGANIZED')).toEqual([]);
  });
});
