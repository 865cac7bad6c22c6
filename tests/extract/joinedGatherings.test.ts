import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// "X理事会暨2024年会": the annual meeting joined on by 暨 is the body's, and the year in its name dates a
// day the sentence gives without one. Texts written for these tests.

async function events(para: string) {
  return (await readNews('年会', [para], ['绿色发展简讯', '2026年第一期'])).events.map(({ name, startDate, endDate }) => ({ name, startDate, endDate }));
}

describe('gatherings joined by 暨', () => {
  it('names the second by its owner and dates it by the year its name gives', async () => {
    const [meeting] = await events('9月8-10日，亚洲生态标签联盟(AEN)理事会暨2024年会在越南河内召开，四十余名代表参加了会议。');
    expect(meeting).toMatchObject({ startDate: '2024-09-08', endDate: '2024-09-10' });
    expect(meeting!.name).toMatch(/^亚洲生态标签联盟.*2024年会$/u);
  });

  it('keeps the file\'s year for a day whose event names no year (own text)', async () => {
    const [meeting] = await events('9月8日，亚洲生态标签联盟第五届会员大会在越南河内召开。');
    expect(meeting).toMatchObject({ startDate: '2026-09-08' });
  });

  it('makes no event of kinds of meeting listed with no one\'s name (own text)', async () => {
    const names = (await events('9月8日，亚洲生态标签联盟第五届会员大会在越南河内召开。颂萨·披汶全程参加了理事会和年会期间的各项活动。')).map((e) => e.name);
    expect(names).not.toContain('理事会和年会');
  });
});
