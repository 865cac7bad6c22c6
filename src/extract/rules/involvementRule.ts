import { CLAUSE_VERBS, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, emit, coordinated } from './ruleKit.js';

/** A verb of another passive in a chain ("由A资助、B牵头"), cut off with its mark. */
const CHAIN_CUT = new RegExp(`(?:${wordsOf(CLAUSE_VERBS)})[、，]`, 'gu');

/** A verb of writing or drafting right after a role word: the role is in that work. */
const WRITING_AFTER = /^\s*(?:了)?\s*(?:共同|联合)?(?:编写|编制|制定|起草|撰写|编著|修订|审定|翻译|研究编写)/u;

/** Words one of which every involvement pattern needs. */
const INVOLVEMENT_WORDS = ['承担', '实施单位', '实施机构', '执行机构', '牵头', '领导机构', '伙伴', '参与', '成员单位'] as const;

function involvement(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!INVOLVEMENT_WORDS.some((word) => text.includes(word))) return;
  const projects = mentionsOf(ctx, ['Project']);
  // Without a programme named in the sentence, a role word refers to the one the article is about.
  const topic = ctx.article.topic?.Project;
  const actorsWithPublisher = (): Mention[] => {
    const list = mentionsOf(ctx, ACTORS);
    if (/我中心|本中心/u.test(text) && ctx.briefing.publisher && !list.some((m) => m.key === ctx.briefing.publisher)) {
      const at = text.search(/我中心|本中心/u);
      list.push({ start: at, end: at + 3, key: ctx.briefing.publisher, label: 'Organization', text: '我中心' });
    }
    return list.sort((a, b) => a.start - b.start);
  };
  const actors = actorsWithPublisher();
  const targetNear = (at: number): string | undefined => {
    const after = projects.find((p) => p.start >= at && p.start - at < 40);
    const before = [...projects].reverse().find((p) => p.end <= at && at - p.end < 40);
    return after?.key ?? before?.key ?? projects[0]?.key ?? topic;
  };
  // "来自A、B、C等中外参与成员单位…": the listed bodies take part in the article's programme.
  const programme = ctx.article.topic?.Project;
  if (/参与(?:成员)?单位|成员单位|参与方/u.test(text) && programme) {
    const cut = text.search(/参与(?:成员)?单位|成员单位|参与方/u);
    for (const a of actors.filter((x) => x.label === 'Organization' && x.end <= cut)) emit(ctx, 'INVOLVED_IN', a, programme, { role: 'member' }, PROVENANCE.memberUnit);
  }
  const rules: { re: RegExp; role: string; side: 'before' | 'after' }[] = [
    { re: /承担(?:的|了)?/gu, role: 'implementing agency', side: 'before' },
    { re: /作为[^，。]{0,16}(?:实施机构|执行机构|实施单位)/gu, role: 'implementing agency', side: 'before' },
    { re: /是[^，。]{0,16}(?:实施单位|实施机构|执行机构)/gu, role: 'implementing agency', side: 'before' },
    // "X作为合作伙伴派员参加了会议": a partner of the programme the sentence or article is about.
    { re: /作为(?:该计划的|该项目的|计划的|项目的)?(?:合作伙伴|伙伴单位)/gu, role: 'partner', side: 'before' },
    { re: /牵头/gu, role: 'lead', side: 'before' },
    { re: /(?:联合)?领导机构/gu, role: 'lead', side: 'after' },
    { re: /(?:合作)?伙伴[，,]?\s*即/gu, role: 'partner', side: 'after' },
    { re: /参与(?:了)?/gu, role: 'participant', side: 'before' },
  ];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.re)) {
      const at = m.index!;
      const end = at + m[0].length;
      let chosen: Mention[] = [];
      if (rule.side === 'before') {
        // "A、B以及6个低碳试点城市等共11家机构分别承担": a list closed by 等 reaches further.
        const prev = actors.filter((a) => a.end <= at && !/[，。；]/u.test(text.slice(a.end, at)) && (at - a.end <= 6 || (at - a.end <= 28 && /等/u.test(text.slice(a.end, at)))));
        const last = prev[prev.length - 1];
        if (last) chosen = coordinated(ctx, last, ACTORS).filter((c) => c.end <= at || c === last);
        // "由X承担": the agent follows 由.
        const by = text.slice(Math.max(0, at - 30), at).match(/由([^，。]{1,28})$/u);
        // "由A资助、B牵头": only the bodies after the chain's other verb.
        const cut = by ? [...by[1]!.matchAll(CHAIN_CUT)].pop() : undefined;
        const from = by ? at - by[1]!.length + (cut ? cut.index! + cut[0].length : 0) : 0;
        if (by) chosen = actors.filter((a) => a.start >= from && a.end <= at);
      } else {
        const next = actors.find((a) => a.start >= end && a.start - end <= 6);
        if (next) chosen = coordinated(ctx, next, ACTORS).filter((c) => c.start >= end);
      }
      // "工作组由A牵头": A leads the group, whose programme the group-members rule works out.
      if (rule.role === 'lead' && /(?:工作组|小组|专家组|项目组|委员会)\s*由[^，。；]*$/u.test(text.slice(0, at))) continue;
      // "指南由A和B共同牵头编写", "参与编制…": leading or joining the writing of a work is authorship
      // (read by the clause rules), not a role in the programme the article is about.
      if (WRITING_AFTER.test(text.slice(end, end + 8))) continue;
      const target = targetNear(at);
      if (!target) continue;
      // "项目由X牵头(实施)": the passive names who leads the programme, as 由X牵头的Y does (LED_BY).
      // Not "该指南由X牵头": what is led there is the document, whatever programme the sentence names.
      const clauseHead = text.slice(0, at).replace(/^.*[，。；]/u, '');
      const ledBy =
        rule.role === 'lead' &&
        rule.side === 'before' &&
        /由[^，。；]{1,28}$/u.test(text.slice(Math.max(0, at - 30), at)) &&
        !/(?:指南|报告|标准|手册|框架|文件|》)[^由]*由/u.test(clauseHead) &&
        !mentionsOf(ctx, ['Document', 'Standard'], at - clauseHead.length, at).length;
      for (const a of chosen) emit(ctx, ledBy ? 'ORGANIZED' : 'INVOLVED_IN', a, target, { role: rule.role }, PROVENANCE.involved);
    }
  }
}

/**
 * Rule `involvement`.
 * Reads: X承担/牵头/参与 a programme, X作为实施机构, 成员单位.
 * Emits: INVOLVED_IN with role.
 * Skips: none.
 */
export const involvementRule: ReadingRule = { name: 'involvement', read: (ctx) => involvement(ctx) };
