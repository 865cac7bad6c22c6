import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// A launch is named by what was launched, not by the headline's clause: an edition word between the
// verb and a 《title》 is no part of it, and a work the text does not mark is named by its own noun.
// Texts written for these tests.

async function events(heading: string, para: string) {
  return (await readNews(heading, [para])).names('Event');
}

describe('launches named by what was launched', () => {
  it('passes over an edition word before the title', async () => {
    expect(await events('巴西环境部发布修订后的《绿色采购实施细则》', '2025年3月4日，巴西环境部在巴西利亚发布修订后的《绿色采购实施细则》。')).toEqual(['绿色采购实施细则发布']);
  });

  it('names an unmarked work by its own noun, up to the clause\'s end', async () => {
    expect(await events('北欧生态标签发布年度统计', '2025年4月9日，北欧生态标签组织发布2024年度北欧生态标签市场统计。')).toEqual(['2024年度北欧生态标签市场统计发布']);
  });

  it('names no work from a clause that goes on with a verb (own text)', async () => {
    const names = await events('北欧生态标签发布年度统计', '2025年4月9日，北欧生态标签组织发布统计显示市场继续增长。');
    expect(names.some((n) => n.includes('显示'))).toBe(false);
  });
});
