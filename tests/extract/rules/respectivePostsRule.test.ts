import { describe, expect, it } from 'vitest';
import { appointmentsRule } from '../../../src/extract/rules/bodyRolesRule.js';
import { positionsRule } from '../../../src/extract/rules/positionsRule.js';
import { respectivePostsRule } from '../../../src/extract/rules/respectivePostsRule.js';
import { readWith } from './readWith.js';

// Posts taken in a run of elections or a list paired with 分别. Sentences written for these tests
// in the briefings' style, about bodies and people of our own choosing.

const rules = [positionsRule, appointmentsRule, respectivePostsRule];

describe('a run of elections names the body once', () => {
  it('puts the posts after the first, with no body of their own, in the body named for the first, in that sentence and the next', async () => {
    const r = await readWith(
      rules,
      '全球环境标志网络召开成员大会',
      '成员大会选举产生了新一届理事会。新西兰环境标志信托首席执行官詹姆斯·库克当选为GEN副主席，韩国环境标志协会会长朴成民连任司库。',
      '玛丽·琼斯当选为理事。',
    );
    const held = r.facts('HOLDS_POSITION');
    expect(held).toEqual(expect.arrayContaining(['詹姆斯·库克 -> 全球环境标志网络', '朴成民 -> 全球环境标志网络', '玛丽·琼斯 -> 全球环境标志网络']));
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(expect.arrayContaining(['副主席', '司库', '理事']));
  });

  it('reads the outgoing holder of a post (卸任主席) as a former post in the body of the elections just reported, and nowhere without them', async () => {
    const r = await readWith(rules, '全球环境标志网络召开成员大会', '新西兰环境标志信托首席执行官詹姆斯·库克当选为GEN主席。', '卸任主席、韩国环境标志协会会长朴成民致辞。');
    const i = r.facts('HOLDS_POSITION').indexOf('朴成民 -> 全球环境标志网络');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.props('HOLDS_POSITION', 'former')[i]).toBe(true);
    const alone = await readWith(rules, '会议', '卸任主席、韩国环境标志协会会长朴成民致辞。');
    expect(alone.facts('HOLDS_POSITION')).toEqual(['朴成民 -> 韩国环境标志协会']);
  });

  it('gives a post with no body named, and no election before, no body', async () => {
    const r = await readWith(rules, '会议', '玛丽·琼斯当选为理事。');
    expect(r.facts('HOLDS_POSITION')).toEqual([]);
  });
});

describe('respective-posts: A、B和C分别当选为X、Y和Z', () => {
  it('pairs people and posts in order, in the body of the meeting the sentence is at', async () => {
    const r = await readWith(rules, '年会', '在北美绿色建材理事会年会上，约翰·史密斯、玛丽·琼斯和彼得·布朗分别当选为主席、副主席和秘书长。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 北美绿色建材理事会', '玛丽·琼斯 -> 北美绿色建材理事会', '彼得·布朗 -> 北美绿色建材理事会']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['主席', '副主席', '秘书长']);
  });

  it('reads one body named before the posts for all, or each post with its own body', async () => {
    const one = await readWith(rules, '任命', '约翰·史密斯、玛丽·琼斯分别担任中环联合认证中心总经理和副总经理。');
    expect(one.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 中环联合认证中心', '玛丽·琼斯 -> 中环联合认证中心']);
    expect(one.props('HOLDS_POSITION', 'titleZh')).toEqual(['总经理', '副总经理']);
    const each = await readWith(rules, '任命', '约翰·史密斯和玛丽·琼斯分别担任全球环境标志网络主席和韩国环境标志协会会长。');
    expect(each.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 全球环境标志网络', '玛丽·琼斯 -> 韩国环境标志协会']);
  });

  it('reads nothing when posts and people do not pair up, or no body is named', async () => {
    const uneven = await readWith(rules, '任命', '约翰·史密斯、玛丽·琼斯和彼得·布朗分别担任中环联合认证中心总经理和副总经理。');
    expect(uneven.facts('HOLDS_POSITION')).toEqual([]);
    expect(uneven.skips).toContain('respective-posts: the people and the posts after 分别 do not pair up');
    const nobody = await readWith(rules, '会议', '约翰·史密斯和玛丽·琼斯分别担任主席和副主席。');
    expect(nobody.facts('HOLDS_POSITION')).toEqual([]);
  });
});
