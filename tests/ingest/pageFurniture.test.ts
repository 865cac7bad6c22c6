import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/index.js';
import { interleaveColumns, relayout } from '../metamorphic/transforms.js';

// Texts written for these tests in the briefings' style, about bodies and places of our own choosing.
const CITIES = ['赫尔辛基', '奥斯陆', '雷克雅未克', '哥本哈根', '斯德哥尔摩', '塔林', '里加'];
const GOODS = ['家具', '纺织品', '清洁剂', '打印纸', '办公设备', '建筑涂料', '食品包装', '洗衣服务'];
const DIGITS = '〇一二三四五六七八九';
/** 23 -> 二三: every paragraph its own words, so no cut piece of one recurs in another. */
const numeral = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');
const para = (n: number) =>
  `${2010 + n}年${(n % 12) + 1}月，北欧生态标签组织与第${numeral(n)}批成员国的环境部门在${CITIES[n % 7]}举行会谈，双方就${GOODS[n % 8]}和${GOODS[(n * 3 + 1) % 8]}的第${numeral(n * 7)}号标准互认交换了意见，并商定${numeral(n + 1)}项下一步工作。`;

describe('running banners known by repetition alone', () => {
  const body = Array.from({ length: 40 }, (_, n) => para(n + 1));
  // a banner over every tenth paragraph, with no page number beside it
  const withBanner = body.flatMap((p, n) => (n % 10 === 9 ? ['绿色采购动态', p] : [p])).join('\n\n') + '\n';

  it('are removed, and the paragraphs around them kept whole', () => {
    const text = normaliseText(withBanner);
    expect(text).not.toContain('绿色采购动态');
    for (const p of body) expect(text).toContain(p);
  });

  it('leave a heading printed once, and a heading printed again as a contents entry', () => {
    const doc = ['目录', '', '北欧生态标签年度会议', '', '亚洲绿色采购论坛', '', ...body.slice(0, 4).flatMap((p) => [p, '']), '北欧生态标签年度会议', '', ...body.slice(4).flatMap((p) => [p, ''])].join('\n');
    const text = normaliseText(doc);
    expect(text.split('北欧生态标签年度会议').length - 1).toBe(2);
    expect(text).toContain('亚洲绿色采购论坛');
  });

  it('leave date lines of news items and lines that recur inside the prose', () => {
    const items = Array.from({ length: 4 }, (_, n) => [`绿色标签新闻${n}`, '日期：2021/06/04', para(n), '《绿色产品认证规则》', para(n + 5), `后续工作依照《绿色产品认证规则》开展。`].join('\n\n'));
    const text = normaliseText(items.join('\n\n') + '\n');
    expect(text.split('日期：2021/06/04').length - 1).toBe(4);
    expect(text.split('\n').filter((l) => l === '《绿色产品认证规则》')).toHaveLength(4);
  });
});

describe('two columns read row by row', () => {
  const body = Array.from({ length: 30 }, (_, n) => para(n + 1));
  const source = body.join('\n\n') + '\n';

  it('are read back column by column where the columns differ in width', () => {
    for (const style of ['double', 'single'] as const) {
      const text = normaliseText(interleaveColumns(source, { left: 14, right: 19, style, pageLines: 20 }));
      // 27 of 30 double-spaced, 26 single-spaced: a few paragraphs cut where a column ends lose
      // their seam (measured; the target is all of them)
      expect(body.filter((p) => text.includes(p)).length, style).toBeGreaterThanOrEqual(26);
    }
  });

  it('are read back where both columns have one width, by the words the seams make', () => {
    // measured: 20 of 30 at 16 (both styles), 28 at 13 single-spaced; before, 1 or 2 (no width
    // tells the columns apart, and the rows were read as they came). These paragraphs share one
    // template, so rows of different columns meet on known pairs more often than real text does
    // (a fifth of the seams at 20 wide, where no page is read back; a tenth at most on the seeds)
    for (const [width, style, whole] of [[16, 'double', 20], [16, 'single', 20], [13, 'single', 27]] as const) {
      const text = normaliseText(interleaveColumns(source, { left: width, right: width, style, pageLines: 20 }));
      expect(body.filter((p) => text.includes(p)).length, `${width} ${style}`).toBeGreaterThanOrEqual(whole);
    }
  });

  it('leave a single column of that width as it is', () => {
    const text = normaliseText(relayout(source, { width: 20, style: 'double' }));
    expect(body.filter((p) => text.includes(p))).toHaveLength(body.length);
  });
});
