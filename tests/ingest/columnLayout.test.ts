import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBriefing, normaliseText } from '../../src/ingest/index.js';
import { relayout } from '../metamorphic/transforms.js';

// Column text written for these tests in the briefings' style: every line cut at the column's
// edge, a blank line after each, page numbers and a running banner between pages.
const story = [
  '2019年4月2日，马来西亚绿色技术与气候变化中心（MGTC）代表团访问北京，与中环联合认证中心就两国环境标志互认进行了会谈。',
  '双方同意在2020年前完成电子产品标准的比对工作，并由中环联合认证中心总经理张小丹负责协调。',
];
function column(lines: string[], width: number, banner: string): string {
  return relayout(lines.join('\n\n'), { width, style: 'double', banner, pageLines: 6 });
}

describe('normaliseText on column text', () => {
  const text = normaliseText(column(['马来西亚代表团访问北京', ...story, '新加坡绿色标签更新标准', '2019年6月，新加坡环境理事会发布了新的办公用品标准。'], 13, '国际合作简报'));

  it('joins every cut line of a paragraph back into the paragraph, across page breaks', () => {
    for (const p of story) expect(text).toContain(p);
  });

  it('keeps titles, which end short of the column, on lines of their own', () => {
    expect(text.split('\n')).toContain('马来西亚代表团访问北京');
    expect(text.split('\n')).toContain('新加坡绿色标签更新标准');
  });

  it('drops page numbers and the running banner beside them', () => {
    expect(text).not.toContain('国际合作简报');
    expect(text).not.toMatch(/^\d+$/m);
  });

  it('joins a URL and a Latin name cut at the column edge without a space', () => {
    const cut = normaliseText(column(['详见：https://www.example.org/ecolabel/mutual-recognition-2019.html。北欧生态标签组织首席执行官Ragnar Unge出席。', ...story, ...story], 15, ''));
    expect(cut).toContain('https://www.example.org/ecolabel/mutual-recognition-2019.html。');
    expect(cut).toContain('Ragnar Unge');
  });

  it('leaves text with one line per paragraph as it was', () => {
    const plain = `标题一行\n\n${story.join('\n\n')}\n`;
    expect(normaliseText(plain)).toBe(plain);
  });

  it('reads full-width digits as ASCII ones and joins a word hyphenated at a line end', () => {
    expect(normaliseText('２０２１年３月，UNEP发布了Environ-\nmental Guidelines一书。\n')).toBe('2021年3月，UNEP发布了Environmental Guidelines一书。\n');
  });
});

const SPRING = '/work/shared/briefings/one-planet-spp-briefing-2021-spring.txt';
describe.runIf(existsSync(SPRING))('a real narrow-column briefing without a title page', () => {
  const b = ingestBriefing(new Uint8Array(readFileSync(SPRING)), 'one-planet-spp-briefing-2021-spring.txt');

  it('reads its period and publisher from what the text says', () => {
    expect(b.meta.year).toBe(2021);
    expect(b.meta.publisher).toBe('中环联合认证中心');
    expect(b.meta.title).not.toMatch(/[，。]/);
  });

  it('comes out as articles of whole paragraphs, not one-line fragments', () => {
    // 7 since session 9 (9 before: two were one-line fragments of cut sentences, and a title cut
    // in two made a third)
    expect(b.articles.length).toBeGreaterThanOrEqual(6);
    expect(b.articles.length).toBeLessThanOrEqual(25);
    const short = b.articles.filter((a) => a.endOffset - a.startOffset < 60);
    expect(short.length).toBeLessThanOrEqual(1);
  });
});
