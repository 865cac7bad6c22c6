import { describe, expect, it } from 'vitest';
import { locatedRule } from '../../../src/extract/rules/locatedRule.js';
import { readWith } from './readWith.js';

describe('located: a country before a name, X位于Y', () => {
  it('reads a country from the countries table written in front of a body (own sentence)', async () => {
    const r = await readWith([locatedRule], '企业获证', '德国博世公司的洗衣机获得了蓝天使认证。');
    expect(r.facts('LOCATED_IN')).toContain('德国博世公司 -> 德国');
  });

  it('records a skip when 位于 has no body before it (seed sentence)', async () => {
    const r = await readWith([locatedRule], '调查', '这个标志还获得了高可信度（32%），位于能源之星和公平贸易之后。');
    expect(r.facts('LOCATED_IN')).toEqual([]);
    expect(r.skips).toEqual(['located: no body named before 位于']);
  });
});
