import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/extract/nameMatcher.js';

function matcherOf(names: string[]): NameMatcher<string> {
  const matcher = new NameMatcher<string>();
  for (const name of names) matcher.add(name, name);
  return matcher;
}

const found = (matcher: NameMatcher<string>, text: string) => matcher.findAll(text).map((m) => [m.value, m.text, m.start]);

describe('the name matcher', () => {
  it('takes the leftmost-longest name and does not overlap matches', () => {
    const matcher = matcherOf(['中环联合', '中环联合认证中心', '认证中心', '日本环境协会']);
    expect(found(matcher, '中环联合认证中心与日本环境协会签署')).toEqual([
      ['中环联合认证中心', '中环联合认证中心', 0],
      ['日本环境协会', '日本环境协会', 9],
    ]);
  });

  it('reads names that PDF extraction broke with spaces, also between the first two characters', () => {
    const matcher = matcherOf(['美国UL', '全球环境标志网络']);
    expect(found(matcher, '美 国 UL 全球副总裁出席了全球 环境标志网络年会')).toEqual([
      ['美国UL', '美 国 UL', 0],
      ['全球环境标志网络', '全球 环境标志网络', 15],
    ]);
  });

  it('folds full-width forms and case', () => {
    const matcher = matcherOf(['GEN', 'UNEP']);
    expect(found(matcher, 'ＧＥＮ与unep')).toEqual([
      ['GEN', 'ＧＥＮ', 0],
      ['UNEP', 'unep', 4],
    ]);
  });

  it('matches Latin names only on word boundaries, while Chinese names need none', () => {
    const matcher = matcherOf(['UL', '环境署']);
    expect(found(matcher, 'ULTRA 与 UL，联合国环境署')).toEqual([
      ['UL', 'UL', 8],
      ['环境署', '环境署', 14],
    ]);
  });

  it('searches part of a text as if that part were the whole text', () => {
    const matcher = matcherOf(['UL', '中环联合', '环境标志']);
    const text = 'ULTRA与中环联合环境标志';
    for (const [from, to] of [[0, 2], [0, text.length], [3, 9], [4, 12], [5, 12], [6, 12]] as const) {
      expect(matcher.findAll(text, from, to)).toEqual(matcher.findAll(text.slice(from, to)));
    }
    expect(found(matcher, text)).toEqual([
      ['中环联合', '中环联合', 6],
      ['环境标志', '环境标志', 10],
    ]);
    expect(matcher.findAll(text, 0, 2).map((m) => m.text)).toEqual(['UL']);
  });

  it('ignores names shorter than two characters and finds nothing in text that names nothing', () => {
    const matcher = matcherOf(['中', '中环联合']);
    expect(found(matcher, '中国与日本')).toEqual([]);
    expect(found(matcher, '')).toEqual([]);
  });
  it('finds no name inside a web address, and still finds it next to one', () => {
    const matcher = matcherOf(['Ellen MacArthur Foundation', 'GPP', '宜可城']);
    expect(found(matcher, '详见 https://www.ellenmacarthurfoundation.org/assets/GPP/report.pdf')).toEqual([]);
    expect(found(matcher, '资料来源：ellenmacarthurfoundation.org；宜可城网站')).toEqual([['宜可城', '宜可城', 34]]);
    expect(found(matcher, 'Ellen MacArthur Foundation发布了GPP报告（www.example.org/gpp）')).toEqual([
      ['Ellen MacArthur Foundation', 'Ellen MacArthur Foundation', 0],
      ['GPP', 'GPP', 29],
    ]);
  });
});
