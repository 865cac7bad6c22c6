import { describe, expect, it } from 'vitest';
import { articleEventRule } from '../../../src/extract/rules/articleEventRule.js';
import { durationRule } from '../../../src/extract/rules/durationRule.js';
import { readWith } from './readWith.js';

// "为期三天" after a gathering dated to its first day gives its last day. Own sentences.

const forum = (r: Awaited<ReturnType<typeof readWith>>) => r.graph.entities.find((e) => e.label === 'Event' && String(e.properties.name).includes('波罗的海绿色采购论坛'))?.properties;

describe('duration: 为期N天', () => {
  it('ends a forum dated to its opening day N-1 days later, across a month end (own sentences)', async () => {
    const r = await readWith([articleEventRule, durationRule], '波罗的海绿色采购论坛在里加开幕', '2022年5月30日，第三届波罗的海绿色采购论坛在拉脱维亚里加开幕。论坛由拉脱维亚环境保护署主办，为期三天，来自12个国家的代表参加。');
    expect(forum(r)?.startDate).toBe('2022-05-30');
    expect(forum(r)?.endDate).toBe('2022-06-01');
  });

  it('leaves the end alone when the sentence gives a day of its own, or the forum already has one (own sentences)', async () => {
    const own = await readWith([articleEventRule, durationRule], '波罗的海绿色采购论坛在里加开幕', '2022年5月30日，第三届波罗的海绿色采购论坛在拉脱维亚里加开幕。6月2日起，为期两天的培训在塔林举行。');
    expect(forum(own)?.endDate).toBeUndefined();
    const spanned = await readWith([articleEventRule, durationRule], '波罗的海绿色采购论坛在里加举行', '2022年5月30日至6月3日，第三届波罗的海绿色采购论坛在拉脱维亚里加举行。论坛为期三天的主会之后另有两天考察。');
    expect(forum(spanned)?.endDate).toBe('2022-06-03');
  });
});
