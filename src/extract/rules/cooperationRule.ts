import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { clauseAround, mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, coordinated, withoutAsides } from './ruleKit.js';

/** The last 与 before `at` that is a word of the sentence, not part of a name (德国质量保证与认证协会). */
function lastWith(ctx: SentenceContext, at: number): number {
  let i = ctx.text.lastIndexOf('与', at);
  while (i >= 0 && ctx.mentions.some((m) => m.start <= i && i < m.end)) i = i > 0 ? ctx.text.lastIndexOf('与', i - 1) : -1;
  return i;
}

/** The organisations a delegation stands for: those of the people travelling with it ("代表团与…磋商"). */
function delegationOrgs(ctx: SentenceContext): string[] {
  const out: string[] = [];
  for (const [person, role] of ctx.article.delegation) {
    const org = ctx.briefing.affiliation.get(person);
    if (role === 'delegation lead' && org && !out.includes(org)) out.push(org);
  }
  return out;
}

/** The two sides of the article's meeting ("双方"), leaving out units whose parent is itself a side. */
function sides(ctx: SentenceContext): string[] {
  const parties = ctx.article.parties ?? [];
  return parties.filter((p) => {
    const parent = ctx.registry.parentOf(p);
    return !parent || !parties.includes(parent);
  });
}

const COOPERATION = /(互认|双边合作关系|战略合作|合作关系|开展[^，。]{0,20}合作|加强合作|合作交流|沟通交流|项目合作|[^，。]{0,4}合作|(?:联合|共同)(?:推出|发起|发布|制定|推动|实施))/gu;

/** "中环联合…为美的顺利通过认证给予强有力的技术支持": support given to another body is working with it. */
function support(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('支持')) return;
  const m = text.match(/为([^，。；]{1,30}?)(?:提供|给予)了?[^，。；]{0,12}?支持/u);
  if (!m || /\d/u.test(m[0])) return;
  const from = m.index! + 1;
  const partner = mentionsOf(ctx, ORG, from, from + m[1]!.length)[0];
  // The subject opens the sentence: the first body named, before any clause about something else.
  const subject = mentionsOf(ctx, ORG, 0, m.index!).find((o) => /^[\s，]*$/u.test(text.slice(clauseAround(text, o.start).start, o.start)));
  if (!partner || !subject || partner.key === subject.key) return;
  emit(ctx, 'COOPERATES_WITH', subject, partner, { kind: /技术/u.test(m[0]) ? 'technical support' : 'support' }, PROVENANCE.supports);
}

/** A word of hoping or exploring in the 30 characters before `at`, in the sentence's words (研究 in 研究院 is a name's). */
function exploring(ctx: SentenceContext, at: number): boolean {
  const from = Math.max(0, at - 30);
  for (const w of ctx.text.slice(from, at).matchAll(/希望|探讨|研究(?!院|所|中心|会|机构|部|室|局)|考虑|寻求|争取|有望/gu)) {
    const i = from + w.index;
    if (/。/u.test(ctx.text.slice(i, at))) continue;
    if (!ctx.mentions.some((n) => n.start <= i && i < n.end)) return true;
  }
  return false;
}

function cooperation(ctx: SentenceContext): void {
  support(ctx);
  const text = ctx.text;
  if (!text.includes('合作') && !text.includes('互认') && !text.includes('交流') && !text.includes('联合') && !text.includes('共同') && !text.includes('伙伴')) return;
  // "阿布扎比环保局（EAD）和联合国环境规划署是长期的 AGEDI 执行伙伴关系": partners named together.
  if (text.includes('伙伴')) {
    const p = text.match(/(?:是|为|结成|建立了?|形成了?)[^，。；]{0,20}?伙伴(?:关系)?/u);
    // "A和B为项目合作伙伴": partners of a project, each with the project's lead, not a pair of their own.
    if (p && !/项目|计划|倡议|工作组|网络/u.test(p[0])) {
      const clause = clauseAround(text, p.index!);
      const last = mentionsOf(ctx, ORG, clause.start, p.index!).pop();
      const pair = last ? coordinated(ctx, last, ORG).filter((o) => o.start >= clause.start) : [];
      const [first, ...others] = pair;
      if (first) for (const o of others) emit(ctx, 'COOPERATES_WITH', first, o, { kind: 'partnership' }, PROVENANCE.partners);
    }
  }
  // The first statement of cooperation whose key word is not part of a body's name ("中环联合作为…",
  // "中环联合推出…"); inside an agreement's title ("《…合作协议》") it still says so.
  const m = [...text.matchAll(COOPERATION)].find((x) => {
    const at = x.index + x[0].search(/合作|互认|交流|联合|共同/u);
    return !ctx.mentions.some((n) => n.start <= at && at < n.end && (n.label === 'Organization' || n.label === 'Person' || n.label === 'Place' || n.label === 'EcoLabel'));
  });
  if (!m) return;
  // A hope to cooperate is not cooperation; building on cooperation already there is (在已有的战略合作基础上).
  const existing = /已有的?[^，。]{0,6}$/u.test(text.slice(0, m.index! + m[0].length - 2));
  // Exploring or studying a cooperation ("探讨…的相互认可", "研究建立互认机制") is not cooperating yet.
  if (!existing && exploring(ctx, m.index!)) return;
  const kind = /互认/u.test(m[1]!) ? 'mutual recognition' : /双边/u.test(m[1]!) ? 'bilateral' : /战略/u.test(m[1]!) ? 'strategic' : /^(?:联合|共同)/u.test(m[1]!) ? 'joint' : 'cooperation';
  const withAt = lastWith(ctx, m.index!);
  if (withAt < 0) {
    // "双方都表示希望在已有的战略合作基础上…": the two sides of the article's meeting cooperate already.
    if (existing && /双方/u.test(text.slice(0, m.index!))) {
      const [first, ...others] = sides(ctx);
      if (first) for (const o of others) emit(ctx, 'COOPERATES_WITH', first, o, { kind }, PROVENANCE.sidesCooperate);
    }
    return;
  }
  const subjects = mentionsOf(ctx, ['Organization', 'EcoLabel'], 0, withAt).filter((s) => !/[。；]/u.test(text.slice(s.end, withAt)));
  // The body right before 与 ("感谢中环联合认证中心与环境署…", "中环联合还与…") is the subject, else the sentence's first.
  // "环境发展中心和中环联合多年来与日本环境部门开展的合作": a listed subject cooperates as a whole.
  const adjacent = [...subjects].reverse().find((s) => s.end <= withAt && withoutAsides(text.slice(s.end, withAt)).replace(/^(?:多年来|长期|一直|还|也|均|都|已|将)+/u, '').length <= 2 && !/[，,]/u.test(text.slice(s.end, withAt)));
  let subjectKeys: string[] = adjacent ? coordinated(ctx, adjacent, ['Organization', 'EcoLabel']).filter((x) => x.end <= withAt).map((x) => x.key) : subjects[0] ? [subjects[0].key] : [];
  // "代表团与欧盟委员会…就…合作进行了磋商": the delegation speaks for its leader's organisation.
  if (subjectKeys.length === 0 && /(?:代表团|一行)\s*$/u.test(text.slice(0, withAt))) subjectKeys = delegationOrgs(ctx);
  const partners = mentionsOf(ctx, ['Organization', 'EcoLabel', 'Place'], withAt, m.index! + m[0].length);
  if (subjectKeys.length === 0 || partners.length === 0) {
    ctx.skip('cooperation', subjectKeys.length === 0 ? 'no body named before 与' : 'no partner named after 与', withAt);
    return;
  }
  const topic = text.slice(withAt, m.index!).match(/(环境标志|绿色消费|绿色采购|可持续发展|环境保护|绿色供应链)/u)?.[1];
  for (const subject of subjectKeys) {
    for (const p of partners) {
      emit(ctx, 'COOPERATES_WITH', subject, p, { kind, topic }, PROVENANCE.cooperates);
      // A unit's counterpart ("欧盟委员会可持续生产与消费部门负责人") works with the body it belongs to.
      const parent = ctx.registry.parentOf(p.key);
      if (parent) emit(ctx, 'COOPERATES_WITH', subject, parent, { kind, topic }, PROVENANCE.cooperatesParent);
    }
  }
}

/**
 * Rule `cooperation`.
 * Reads: X与Y合作/互认/交流, X为Y提供支持, X和Y是伙伴, 双方在已有合作基础上.
 * Emits: COOPERATES_WITH with kind and topic.
 * Skips: none.
 */
export const cooperationRule: ReadingRule = { name: 'cooperation', read: (ctx) => cooperation(ctx) };
