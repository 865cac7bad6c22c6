import { describe, expect, it } from 'vitest';
import { postsTakenRule } from '../../../src/extract/rules/postsTakenRule.js';
import { readWith } from './readWith.js';

// Posts taken in a body named right after the verb, whatever the title. Sentences written for
// these tests in the briefings' style.

describe('posts-taken: X担任/被任命为 ORG TITLE', () => {
  it('reads a title no list of elected posts has, in the body named after the verb, 该技术委员会 included', async () => {
    const r = await readWith([postsTakenRule], '任命', '国际标准化组织可持续采购技术委员会在日内瓦召开全会。', '德国环境署高级工程师汉斯·穆勒被任命为该技术委员会中方注册专家。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['汉斯·穆勒 -> 可持续采购技术委员会']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['中方注册专家']);
    const cto = await readWith([postsTakenRule], '任命', '约翰·史密斯出任德国环境署首席数据官。');
    expect(cto.props('HOLDS_POSITION', 'titleZh')).toEqual(['首席数据官']);
  });

  it('keeps a working group named in the post in the title, and a name in an aside as the body\'s', async () => {
    const r = await readWith([postsTakenRule], '任命', '2024年9月，约翰·史密斯被任命为全球环境标志网络（GEN）技术工作组召集人，任期三年。');
    expect(r.facts('HOLDS_POSITION')).toEqual(['约翰·史密斯 -> 全球环境标志网络']);
    expect(r.props('HOLDS_POSITION', 'titleZh')).toEqual(['技术工作组召集人']);
  });

  it('reads no post once held (曾担任), planned (拟), or in words that are no title', async () => {
    const past = await readWith([postsTakenRule], '任命', '约翰·史密斯曾担任德国环境署首席数据官。');
    expect(past.facts('HOLDS_POSITION')).toEqual([]);
    const liaison = await readWith([postsTakenRule], '任命', '约翰·史密斯担任德国环境署与北欧生态标签委员会之间的联络工作。');
    expect(liaison.facts('HOLDS_POSITION')).toEqual([]);
  });
});
