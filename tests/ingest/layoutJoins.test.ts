import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/index.js';
import { relayout } from '../metamorphic/transforms.js';

// Texts written for these tests in the briefings' style, about bodies of our own choosing. Each is
// column text (cut by counting characters) over a source whose own line ends a first export left
// where they fell: the reader must find the seams again without the marks that export had.
const lede = [
  '2019年5月8日，北欧生态标签组织秘书长卡琳·埃克隆德女士访问上海，与上海市绿色产品促进会就双方标准互认进行了会谈。',
  '双方回顾了过去三年在纺织品和清洁剂领域的合作成果，并就下一阶段的工作安排交换了意见。',
  '促进会会长王立新介绍了上海绿色采购的最新进展，表示愿意在更多产品领域开展合作。',
];

describe('seams a first export left inside a sentence', () => {
  it('a line opening on 的 (or on a word’s last character before 的) goes on from the line before, across a blank line', () => {
    const source = [
      ...lede,
      '双方商定由北欧生态标签组织牵头开',
      '展的联合评估工作将于年内完成，促进会将就互认细节与对方进行进一步',
      '的磋商，并于明年签署合作备忘录。',
      ...lede,
    ].join('\n\n');
    for (const style of ['single', 'double'] as const) {
      const text = normaliseText(relayout(source, { width: 15, style }));
      expect(text, style).toContain('双方商定由北欧生态标签组织牵头开展的联合评估工作将于年内完成，促进会将就互认细节与对方进行进一步的磋商，并于明年签署合作备忘录。');
    }
  });

  it('a title whose last word was set on a line of its own is one title again', () => {
    const source = [...lede, '北欧绿色采购合作\n项目', '1、2019.03：完成项目年度总结报告，并提交合作伙伴审议。', '2、2019.05：召开项目工作组会议。', ...lede].join('\n\n');
    const text = normaliseText(relayout(source, { width: 24, style: 'double' }));
    expect(text.split('\n')).toContain('北欧绿色采购合作项目');
    // the list under it stays a list
    expect(text.split('\n')).toContain('2、2019.05：召开项目工作组会议。');
  });

  it('a line that only looks like a word before 的 (我的, 新的) does not join a heading', () => {
    const source = ['绿色标签年度回顾', '新的一年里，北欧生态标签组织将继续扩大产品类别，并与亚洲伙伴加强合作。', ...lede].join('\n\n');
    const text = normaliseText(relayout(source, { width: 15, style: 'single' }));
    expect(text.split('\n')).toContain('绿色标签年度回顾');
  });
});

describe('page numbers among other numbers standing alone', () => {
  it('a section number printed like 02 does not break the run of page numbers', () => {
    // every paragraph its own words, so no line recurs the way a running header does
    const cities = ['赫尔辛基', '奥斯陆', '雷克雅未克', '哥本哈根', '斯德哥尔摩', '塔林', '里加', '维尔纽斯', '卑尔根', '图尔库', '马尔默', '奥胡斯'];
    const goods = ['家具', '纺织品', '清洁剂', '打印纸', '办公设备', '建筑涂料', '食品包装', '洗衣服务', '地板', '灯具', '床垫', '玩具'];
    const paras = cities.map((city, n) => `${2010 + n}年，北欧生态标签组织在${city}召开理事会，审议了${goods[n]}和${goods[(n + 5) % 12]}两类产品的标准修订草案，并请${city}代表团牵头后续工作。`);
    const source = [...paras.slice(0, 5), '02', '国际合作项目进展', ...paras.slice(5)].join('\n\n');
    const laid = relayout(source, { width: 16, style: 'single', banner: '绿色采购简报', pageLines: 12 });
    const text = normaliseText(laid);
    const lines = text.split('\n');
    // the page number after 02 goes with the others (before: 02 took its place in the run)
    for (let page = 1; page <= 4; page++) expect(lines).not.toContain(String(page));
    expect(text).not.toContain('绿色采购简报');
    expect(lines).toContain('02');
    // measured: 10 of the 12 paragraphs come out whole (a page break between two paragraphs of a
    // single-spaced column closes them up; a line beside the last page number goes as a footer)
    expect(paras.filter((p) => text.includes(p)).length).toBeGreaterThanOrEqual(10);
  });
});
