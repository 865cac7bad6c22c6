import { describe, expect, it } from 'vitest';
import { frameworkRule } from '../../../src/extract/rules/frameworkRule.js';
import { readWith } from './readWith.js';

describe('framework: Y在X框架内, Y属于X', () => {
  it('makes a programme that runs within another, or belongs to it, a part of it (own sentences)', async () => {
    const within = await readWith([frameworkRule], '项目进展', '“湄公河绿色采购示范”项目在可持续公共采购计划框架内实施，为期三年。');
    expect(within.facts('PART_OF')).toEqual(['湄公河绿色采购示范项目 -> SPP10YFP']);
    // 该项目: the programme the sentence before named.
    const anaphor = await readWith([frameworkRule], '项目进展', '“湄公河绿色采购示范”项目于2022年启动。该项目在可持续公共采购计划的框架下实施。');
    expect(anaphor.facts('PART_OF')).toEqual(['湄公河绿色采购示范项目 -> SPP10YFP']);
    const belongs = await readWith([frameworkRule], '项目进展', '“湄公河绿色采购示范”项目属于“大湄公河次区域环境合作”计划。');
    expect(belongs.facts('PART_OF')).toEqual(['湄公河绿色采购示范项目 -> 大湄公河次区域环境合作计划']);
  });

  it('reads nothing when the clause is not headed by what runs within the framework', async () => {
    const r = await readWith([frameworkRule], '项目进展', '亚洲开发银行与泰国财政部签署备忘录，在“大湄公河次区域环境合作”计划框架内分享经验。');
    expect(r.facts('PART_OF')).toEqual([]);
  });
});
