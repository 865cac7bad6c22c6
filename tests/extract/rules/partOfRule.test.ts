import { describe, expect, it } from 'vitest';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { partOfRule } from '../../../src/extract/rules/partOfRule.js';
import { readWith } from './readWith.js';

describe('part-of: a meeting adopts or issues a document', () => {
  it('reads 会议通过了《Z》 and 会议还发布了《Z》 as the meeting producing Z, not 审议了…草案 (own sentences)', async () => {
    const r = await readWith(
      [articleEventRule, partOfRule],
      '北欧生态标签理事会召开年度会议',
      '2022年3月2日，北欧生态标签理事会年度会议在赫尔辛基召开。会议通过了《北欧天鹅标志2022—2024年战略》，并选举了新一届理事会。会议审议了《纺织品标准》草案。会议还发布了《北欧生态标签2021年度报告》。',
    );
    expect(r.facts('PRODUCED').sort()).toEqual(['北欧生态标签理事会年度会议 -> 北欧天鹅标志2022—2024年战略', '北欧生态标签理事会年度会议 -> 北欧生态标签2021年度报告']);
  });

  it('leaves a body that issues a document at a meeting its own deed (own sentences)', async () => {
    const r = await readWith(
      [articleEventRule, partOfRule],
      '亚洲循环采购城市网络召开年会',
      '2022年5月3日，亚洲循环采购城市网络年会在首尔召开。年会期间，首尔市政府发布了《首尔循环采购白皮书》。北欧部长理事会在年会上发布了《北欧绿色采购白皮书》。',
    );
    expect(r.facts('PRODUCED')).toEqual([]);
  });
});
