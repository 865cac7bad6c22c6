import { describe, expect, it } from 'vitest';
import { ownersByNameRule } from '../../../src/extract/rules/projectOwnersRule.js';
import { readWith } from './readWith.js';

// Sentences written for this test in the briefings' style.

describe('owners-by-name: a body named at the head of a programme', () => {
  it('reads the body whose name opens the programme as running it', async () => {
    const r = await readWith([ownersByNameRule], '计划动态', '“同一个地球网络”可持续公共采购计划发布了年度报告。');
    expect(r.facts('OPERATES')).toEqual(['同一个地球网络 -> SPP10YFP']);
  });

  it('does not take a two-character short form at the head of a name for its runner', async () => {
    const r = await readWith([ownersByNameRule], '研究项目', '双方将共同开展“东盟绿色标签互认研究”项目。');
    expect(r.facts('OPERATES')).toEqual([]);
    expect(r.facts('ORGANIZED')).toEqual([]);
  });
});
