import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// A gathering no list of event words knows (宣讲会, 对接会) is named by the noun after the verb that
// holds it, not by the clause or the headline around it. Texts written for these tests.

async function events(heading: string, para: string) {
  return (await readNews(heading, [para])).names('Event');
}

describe('a gathering named by what is held', () => {
  it('names an event by the noun after 举办了, whatever the headline says', async () => {
    expect(await events('马来西亚绿色标签协会与马来西亚电动车协会举办标准宣讲会', '2025年7月3日，马来西亚绿色标签协会与马来西亚电动车协会在吉隆坡举办了电动车电池绿色标准宣讲会，五十余家企业参加。')).toEqual(['电动车电池绿色标准宣讲会']);
  });

  it('names it by the headline\'s noun when the story does not repeat it', async () => {
    expect(await events('新加坡环境理事会召开绿色采购供需对接会', '2025年7月9日，新加坡环境理事会在新加坡召开会议，三十家采购单位和供应商参加。')).toEqual(['绿色采购供需对接会']);
  });
});
