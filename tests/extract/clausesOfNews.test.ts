import { describe, expect, it } from 'vitest';
import { readNews } from '../support/readNews.js';

// Clauses as news prose writes them: subjects in the clause before the verb, a body joining others
// (X联合Y), a theme before a gathering's name, a signing told as a relative clause. Texts written for
// these tests, about bodies not in the seed.

async function read(...paras: string[]) {
  const r = await readNews('要闻', paras);
  return { events: r.names('Event'), organisations: r.names('Organization'), facts: r.facts };
}

describe('clauses of news prose', () => {
  it('takes the organisers of a gathering from the clause before its verb, and drops the theme from its name', async () => {
    const { events, facts } = await read(
      '2025年9月9日，广州市纺织行业协会同深圳市服装行业协会、佛山市印染行业协会，联合举办了以“绿色纺织 共享未来”为主题的纺织品绿色认证推介会。',
    );
    expect(events).toContain('纺织品绿色认证推介会');
    for (const body of ['广州市纺织行业协会', '深圳市服装行业协会', '佛山市印染行业协会']) expect(facts).toContain(`ORGANIZED ${body} -> 纺织品绿色认证推介会`);
  });

  it('does not make one body of a known body and those it joins to itself', async () => {
    const { organisations, facts } = await read('2025年9月9日，会上，中环联合认证中心联合两家纺织行业协会签署并发布《绿色纺织倡议书》。');
    expect(organisations.some((o) => o.startsWith('中环联合认证中心') && o !== '中环联合认证中心')).toBe(false);
    expect(facts).toContain('SIGNED 中环联合认证中心 -> 绿色纺织倡议书');
  });

  it('names no work "的第一个…" from a signing told as a relative clause (own text)', async () => {
    const { facts } = await read('2025年5月26日，双方在北京举行签约仪式。这是广州市纺织行业协会与深圳市服装行业协会正式签署的第一个团体标准。');
    expect(facts.some((f) => / -> 的/u.test(f))).toBe(false);
  });
});
