import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// Phrases of news prose: 认证认可 inside a body's name, 受邀 after a name, a lecture given 以“…”为题,
// a meeting held 藉…之际. Texts written for these tests, about bodies not in the seed.

async function read(heading: string, para: string) {
  const r = await readNews(heading, [para]);
  return { people: r.names('Person'), events: r.names('Event'), facts: r.facts };
}

describe('phrases of news prose', () => {
  it('reads a body whose name holds 认证认可, and makes no person of 受邀', async () => {
    const { people, facts } = await read('活动', '12月5日，越南认证认可协会常务副会长兼秘书长阮明德受邀出席活动并致辞，授课讲师受邀参加。');
    expect(facts).toContain('HOLDS_POSITION 阮明德 -> 越南认证认可协会');
    expect(people).toEqual(['阮明德']);
  });

  it('names a lecture given on a theme by the lecture, and its organiser', async () => {
    const { events, facts } = await read('讲座', '2025年8月20日，韩国环境产业技术院以“中国绿色产品认证基础知识”为题组织召开了线上公益讲座，来自韩国企业的代表参加了会议。');
    expect(events).toEqual(['线上公益讲座']);
    expect(facts).toContain('ORGANIZED 韩国环境产业技术研究院 -> 线上公益讲座');
  });

  it('drops 藉 from the name of the meeting an occasion is taken at (own text)', async () => {
    const { events } = await read('秘书处启动', '2025年11月26日，藉东盟绿色产品能力建设研讨会在河内召开之际，亚洲绿色采购网络越南秘书处启动活动在河内举行。');
    expect(events.some((e) => e.startsWith('藉'))).toBe(false);
  });
});
