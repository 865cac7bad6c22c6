import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/index.js';
import { footerOfTotal, mixBlankLines, relayout } from '../metamorphic/transforms.js';

// Texts written for these tests in the briefings' style, about bodies of our own choosing: line
// ends and page furniture that PDF extractors leave, which the reader must undo (session 9).
const story = [
  '2022年4月12日，新西兰环境选择组织与韩国环境产业技术院在首尔签署了环境标志互认协议，双方同意在办公设备和建筑材料领域率先开展互认。',
  '新西兰环境选择组织首席执行官罗伯特·格雷表示，互认将减少企业重复检测的负担，并帮助更多绿色产品进入亚洲市场。',
  '韩国环境产业技术院院长金成浩介绍了韩国绿色公共采购的进展，表示将邀请新西兰专家参加今年秋季的绿色采购论坛。',
  '双方还商定成立联合工作组，每半年召开一次会议，交流标准修订和市场监督方面的经验。',
];

describe('page furniture', () => {
  it('a footer with the issue date beside "第 n 页 共 N 页" goes, and no story is cut by it', () => {
    const source = Array.from({ length: 6 }, () => story).flat().join('\n\n');
    const text = normaliseText(relayout(source, { width: 18, style: 'double', banner: '绿色标志简讯', pageNumber: footerOfTotal, pageLines: 12 }));
    expect(text).not.toContain('共 12 页');
    expect(text).not.toContain('2021-06-30');
    expect(text.split('\n').filter((l) => l === story[0])).toHaveLength(6);
  });

  it('a dated line with a bare number is not taken for a page number', () => {
    const source = [story[0], '2022-04-12 3', story[1], story[2]].join('\n\n');
    expect(normaliseText(source)).toContain('2022-04-12 3');
  });
});

describe('blank lines here and there', () => {
  it('mean nothing after lines the column cut mid-sentence: paragraphs come back whole', () => {
    const source = [...story, ...story, ...story].join('\n\n');
    for (const width of [15, 22]) {
      const lines = normaliseText(mixBlankLines(source, { width })).split('\n');
      for (const sentence of story) expect(lines, `width ${width}`).toContain(sentence);
    }
  });
});
