import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// Gatherings that news items report and briefings seldom do: award ceremonies, celebrations,
// presentations. Each is an Event of its kind with its date, place, guests and host. Texts
// written for these tests, about bodies and people not in the seed.

async function read(heading: string, ...paras: string[]) {
  const r = await readNews(heading, paras);
  return { events: r.events.map(({ name, kind, startDate }) => ({ name, kind, startDate })), facts: r.facts };
}

describe('gatherings of news items', () => {
  it('reads an award ceremony, its date, its guests and who invited them', async () => {
    const { events, facts } = await read(
      '本会应邀出席新加坡环保大奖颁奖礼',
      '2025年11月3日，应新加坡环境理事会邀请，本会李明华会长、王晓东秘书长出席了新加坡环保大奖颁奖礼。',
    );
    expect(events).toContainEqual({ name: '新加坡环保大奖颁奖礼', kind: 'ceremony', startDate: '2025-11-03' });
    expect(facts).toContain('ATTENDED 李明华 -> 新加坡环保大奖颁奖礼');
    expect(facts).toContain('ATTENDED 王晓东 -> 新加坡环保大奖颁奖礼');
    expect(facts).toContain('ORGANIZED 新加坡环境理事会 -> 新加坡环保大奖颁奖礼');
  });

  it('reads a celebration 典礼 held in a city', async () => {
    const { events, facts } = await read(
      '泰国绿色标签十周年庆祝典礼在曼谷举行',
      '2025年5月20日，泰国绿色标签十周年庆祝典礼在曼谷举行，泰国环境研究所所长颂萨·披汶出席并致辞。',
    );
    const ceremony = events.find((e) => e.name.endsWith('典礼'));
    expect(ceremony).toMatchObject({ kind: 'ceremony', startDate: '2025-05-20' });
    expect(facts).toContain(`HELD_IN ${ceremony!.name} -> 曼谷`);
  });

  it('reads a presentation 说明会 a body holds', async () => {
    const { events, facts } = await read(
      '马来西亚召开绿色采购标准说明会',
      '9月12日，马来西亚标准与工业研究院在吉隆坡召开绿色采购标准说明会，四十余家企业参加。',
    );
    const talk = events.find((e) => e.name.endsWith('说明会'));
    expect(talk).toMatchObject({ kind: 'meeting', startDate: '2025-09-12' });
    expect(facts).toContain(`HELD_IN ${talk!.name} -> 吉隆坡`);
  });

  it('keeps a closing ceremony inside its meeting and a project named before its launch (own text)', async () => {
    const { events, facts } = await read(
      '东亚绿色消费圆桌会议在首尔闭幕',
      '2025年10月16日，第五届东亚绿色消费圆桌会议在首尔闭幕。韩国环境产业技术院与蒙古自然环境部在圆桌会议闭幕式上签署合作谅解备忘录。',
      '次日，韩国环境产业技术院与亚洲开发银行在首尔联合举办“蒙古绿色公共采购能力建设”项目启动会。',
    );
    expect(events.map((e) => e.name)).toContain('第五届东亚绿色消费圆桌会议');
    expect(events.some((e) => e.name.endsWith('闭幕式'))).toBe(false);
    expect(events.some((e) => e.name.endsWith('圆桌会'))).toBe(false);
    expect(facts.some((f) => f.includes('-> 蒙古绿色公共采购能力建设'))).toBe(true);
  });

  it('takes both hosts of an invitation listed with a half-width comma, and none from 应邀 (own text)', async () => {
    const { facts } = await read('颁奖礼', '2025年2月20日，应新加坡环境理事会,新加坡国家环境局邀请，本会李明华会长出席了新加坡环保大奖颁奖礼。', '2025年3月2日，李明华会长应邀出席新加坡绿色论坛，会上邀请各方代表发言。');
    expect(facts).toEqual(expect.arrayContaining(['ORGANIZED 新加坡环境理事会 -> 新加坡环保大奖颁奖礼', 'ORGANIZED 新加坡国家环境局 -> 新加坡环保大奖颁奖礼']));
    expect(facts.filter((f) => f.startsWith('ORGANIZED') && f.includes('论坛'))).toEqual([]);
  });
});
