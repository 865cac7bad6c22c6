import { describe, expect, it } from 'vitest';
import { launchesRule } from '../../../src/extract/rules/launchRule.js';
import { readWith } from './readWith.js';

describe('launches: who launches a publication', () => {
  it('reads A与B在巴黎联合发布《Z》 as both launching it (own sentence)', async () => {
    const r = await readWith([launchesRule], '报告发布', '2022年5月14日，北欧部长理事会（NCM）与世界资源研究所在奥斯陆联合发布《北欧可持续公共采购现状报告2022》。');
    expect(r.facts('ORGANIZED').map((f) => f.split(' -> ')[0]).sort()).toEqual(['世界资源研究所', '北欧部长理事会']);
  });

  it('does not make a body the launcher that the subject only met (own sentence)', async () => {
    const r = await readWith([launchesRule], '报告发布', '2022年5月14日，北欧部长理事会与世界资源研究所会谈后在奥斯陆发布《北欧可持续公共采购现状报告2022》。');
    expect(r.facts('ORGANIZED').map((f) => f.split(' -> ')[0])).not.toContain('世界资源研究所');
  });
});
