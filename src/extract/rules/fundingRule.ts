import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { matchesWith } from '../matchesWith.js';
import { clauseAround, mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, programmeMeant } from './ruleKit.js';

function funding(ctx: SentenceContext): void {
  const text = ctx.text;
  const money = text.match(/(\d+(?:\.\d+)?)\s*(万|亿)?\s*(美元|欧元|人民币|元|澳元)/u);
  const amount = money ? Number(money[1]) * (money[2] === '万' ? 10_000 : money[2] === '亿' ? 100_000_000 : 1) : undefined;
  const currency = money ? { 美元: 'USD', 欧元: 'EUR', 人民币: 'CNY', 元: 'CNY', 澳元: 'AUD' }[money[3]!] : undefined;
  const projects = mentionsOf(ctx, ['Project']);
  const orgs = mentionsOf(ctx, ORG);
  // "GEF赠款“…”项目": the grant-maker stands right before 赠款/资助.
  for (const m of matchesWith(text, ['赠款', '资助', '拨款'], /(?:赠款|资助|拨款)/gu)) {
    const funder = [...orgs].reverse().find((o) => o.end <= m.index! && m.index! - o.end <= 2);
    const project = projects.find((p) => p.start >= m.index!) ?? projects[projects.length - 1];
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, PROVENANCE.funded);
    else ctx.skip('funding', funder ? 'no programme named for the grant' : 'no grant-maker named before the grant', m.index!);
  }
  // "全球环境基金支持项目“…”": the body named right before 支持/资助项目 funds it.
  for (const m of matchesWith(text, '项目', /(?:支持|资助)的?项目/gu)) {
    const funder = [...orgs].reverse().find((o) => o.end <= m.index! && m.index! - o.end <= 1);
    const project = projects.find((p) => p.start >= m.index!);
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, PROVENANCE.fundedProject);
  }
  // "X宣布它将为Y提供 2000 万欧元": the subject funds the project named in the sentence.
  if (money && /为[^，。]{2,60}?提供\s*\d/u.test(text)) {
    const forAt = text.search(/为[^，。]{2,60}?提供\s*\d/u);
    const clause = clauseAround(text, forAt);
    const funder = orgs.find((o) => o.start >= clause.start && o.end <= forAt);
    const project = projects.find((p) => p.start > forAt) ?? projects[0];
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, PROVENANCE.fundedPledge);
  }
  // "X为Y项目提供经费/资金": the project is the one between 为 and 提供, or 该项目 the article's.
  for (const m of matchesWith(text, '提供', /为([^，。；]{2,60}?)提供(?:了)?[^，。；]{0,12}?(?:经费|资金|资助|赠款)/gu)) {
    const clause = clauseAround(text, m.index!);
    const funder = orgs.find((o) => o.start >= clause.start && o.end <= m.index! && /^\s*(?:[（(][^（）()]*[）)])?\s*(?:将|已|还|也|曾|于[^，。；]{0,12}?)?\s*$/u.test(text.slice(o.end, m.index!)));
    const inside = projects.filter((p) => p.start > m.index! && p.end <= m.index! + 1 + m[1]!.length);
    // "为倡议第一阶段提供": a programme word alone (with its phase) is the article's programme.
    const project = inside[0]?.key ?? (/^(?:该|本|此)?(?:项目|计划|倡议)(?:第[一二三四五六七八九十\d]+(?:阶段|期))?$/u.test(m[1]!.trim()) ? programmeMeant(ctx, m.index!) : undefined);
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, PROVENANCE.fundedPledge);
  }
}

/**
 * Rule `funding`.
 * Reads: X赠款/资助Y, X支持项目Y, X为Y提供 N 万欧元, X为Y项目提供经费/资金.
 * Emits: FUNDED with amount and currency.
 * Skips: none.
 */
export const fundingRule: ReadingRule = { name: 'funding', read: (ctx) => funding(ctx) };
