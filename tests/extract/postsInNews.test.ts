import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// People and posts as news items write them: two posts joined by 兼, honours after a name, a
// group company's own words for itself, a name that ends in 和 before 和. Texts written for these
// tests.

async function read(...paras: string[]) {
  const r = await readNews('要闻', paras);
  return { people: r.names('Person').sort(), organisations: r.names('Organization'), posts: r.posts };
}

describe('posts and names of news items', () => {
  it('reads two posts joined by 兼, the second in a body of the first', async () => {
    const { posts } = await read('2025年5月6日，联合国副秘书长兼开发计划署署长阿希姆·施泰纳在纽约会见了东盟秘书处代表团。');
    expect(posts).toContain('阿希姆·施泰纳 -> 联合国 副秘书长');
    expect(posts).toContain('阿希姆·施泰纳 -> 联合国开发计划署 署长');
    expect(posts.some((p) => p.includes('兼'))).toBe(false);
  });

  it('takes 太平绅士 after a name as an honour, not a person', async () => {
    const { people } = await read('2025年4月2日，香港环境局局长黄志明太平绅士出席了香港绿色企业颁奖典礼并致辞。');
    expect(people).toEqual(['黄志明']);
  });

  it('takes 集团公司 and a title ending in 常委 as no body of their own', async () => {
    const { organisations, people } = await read('2025年3月9日，集团公司董事长王建国会见了来访的芬兰生态标签公司代表。中国建材集团党委常委、副总经理刘强陪同会见。');
    expect(organisations).not.toContain('集团公司');
    expect(organisations.some((o) => o.endsWith('常委'))).toBe(false);
    expect(people).toEqual(expect.arrayContaining(['刘强', '王建国']));
  });

  it('keeps 和 that ends a name before the 和 that joins (own text)', async () => {
    const { people } = await read('2025年6月12日，联合国环境规划署驻华代表李明和和联合国开发计划署驻华副代表陈冬出席了研讨会。');
    expect(people).toEqual(['李明和', '陈冬']);
  });

  it('makes no person of a generic word and a connective before a title (own text)', async () => {
    const { people } = await read('10月26日，GEN 2025年度会议以网络会议形式召开。泰国环境研究所作为GEN成员和理事，全程参与了本次会议。');
    expect(people).toEqual([]);
  });

  it('reads a post in apposition before a dash (own text)', async () => {
    const { posts } = await read('6月13日，亚洲绿色采购网络2025年度知识分享会议召开。亚洲绿色采购网络新任副主席——泰国环境研究所所长颂萨·披汶致辞。');
    expect(posts).toEqual(expect.arrayContaining(['颂萨·披汶 -> 泰国环境研究所 所长', '颂萨·披汶 -> 亚洲绿色采购网络 副主席']));
  });

  it('makes no person of an election named after a title (own text)', async () => {
    const { people } = await read('在本届年会的理事选举中，泰国环境研究所所长颂萨·披汶再次当选亚洲生态标签联盟理事。');
    expect(people).toEqual(['颂萨·披汶']);
  });

  it('reads a province\'s department and its 厅长, and a section\'s 课长 (own text)', async () => {
    const { posts } = await read('2025年4月2日，四川省生态环境厅厅长周明、日本环境协会认证课课长铃木太郎出席会议。');
    expect(posts).toEqual(expect.arrayContaining(['周明 -> 四川省生态环境厅 厅长']));
    expect(posts.some((p) => p.startsWith('铃木太郎 -> '))).toBe(true);
  });
});
