import { describe, expect, it } from 'vitest';
import { heldInRule } from '../../../src/extract/rules/heldInRule.js';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { readWith } from './readWith.js';

describe('held-in: X在Y举行/召开, 于Y举行', () => {
  it('places an event in the city its sentence holds it in, not also the country (own sentence)', async () => {
    const r = await readWith([heldInRule], '东盟生态标签大会在雅加达举行', '2020年11月5日，第四届东盟生态标签大会在印度尼西亚雅加达举行。');
    expect(r.facts('HELD_IN')).toEqual(['第四届东盟生态标签大会 -> 雅加达']);
  });

  it('reads 于Y召开 after the event name (own sentence, traditional characters)', async () => {
    const r = await readWith([heldInRule], '亞洲環保標章論壇', '第十屆亞洲環保標章論壇於2022年10月12日在日本大阪召開。');
    expect(r.facts('HELD_IN')).toEqual(['第十届亚洲环保标章论坛 -> 大阪']);
  });

  it('places a launch in the city written after its country with no 和 between, under 启动 (own sentence)', async () => {
    const r = await readWith([heldInRule], '区域绿色采购项目在塔什干启动', '2022年4月6日，“中亚绿色建材采购”项目在乌兹别克斯坦塔什干启动。');
    expect(r.facts('HELD_IN').length).toBe(1);
    expect(r.facts('HELD_IN')[0]).toMatch(/ -> 塔什干$/u);
  });

  it('does not place a launch where the speakers came from, though their countries stand side by side (own sentence)', async () => {
    const r = await readWith([heldInRule], '绿色标签计划启动', '2022年4月6日，“绿色标签”计划启动，乌兹别克斯坦塔吉克斯坦的代表参加。');
    expect(r.facts('HELD_IN')).toEqual([]);
  });

  it('does not hold an event where its participants came from (own sentence)', async () => {
    const r = await readWith([heldInRule], '绿色采购培训会', '2021年3月2日，绿色采购培训会召开，来自马尼拉和曼谷的60名代表参加了培训。');
    expect(r.facts('HELD_IN')).toEqual([]);
  });
});

describe('held-in: a visit placed by a later sentence of the visit', () => {
  it('holds the visit in the city where 访问期间 the delegation visited something (own sentences)', async () => {
    const r = await readWith([articleEventRule, heldInRule], '北欧生态标签委员会代表团访问日本经济产业省', '2022年9月6日，北欧生态标签委员会代表团访问日本经济产业省。访问期间，代表团还在大阪参观了一家获得日本生态标志的纸业企业。');
    expect(r.facts('HELD_IN').filter((f) => f.endsWith('-> 大阪')).length).toBe(1);
  });

  it('does not move a visit already placed, nor place one from a sentence without 访问期间 (own sentences)', async () => {
    const placed = await readWith([articleEventRule, heldInRule], '北欧生态标签委员会代表团访问日本经济产业省', '2022年9月6日，北欧生态标签委员会代表团在东京访问日本经济产业省。访问期间，代表团还在大阪参观了一家纸业企业。');
    expect(placed.facts('HELD_IN').filter((f) => f.endsWith('-> 大阪'))).toEqual([]);
    const later = await readWith([articleEventRule, heldInRule], '北欧生态标签委员会代表团访问日本经济产业省', '2022年9月6日，北欧生态标签委员会代表团访问日本经济产业省。9月8日，日本经济产业省官员在大阪参观了一家纸业企业。');
    expect(later.facts('HELD_IN').filter((f) => f.endsWith('-> 大阪'))).toEqual([]);
  });
});
