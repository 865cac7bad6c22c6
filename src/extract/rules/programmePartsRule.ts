import { PROGRAMME_ROLES, triggerOf, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, ORG, emit, withoutAsides } from './ruleKit.js';

/** Role nouns after a programme's name: "清洁发展机制（CDM）指定经营实体", "SPP计划实施机构". */
const PROGRAMME_ROLE = new RegExp(`^\\s*(?:[（(][^（）()]{1,30}[）)])?\\s*的?(${wordsOf(PROGRAMME_ROLES)})`, 'u');

function programmeRoleOf(word: string): string {
  return triggerOf(PROGRAMME_ROLES, word)?.role ?? 'member';
}

/**
 * How a body takes part in a programme the sentence names: as its role noun ("作为…清洁发展机制指定经营
 * 实体，CEC…", "X是…CDM指定经营实体"), by working towards it ("环境署在实现联合国可持续发展目标方面开展的
 * 工作"), running it ("JEMAI 开展的供应链碳减排项目"), commissioning it ("该项目受日本经济产业省委托"), or
 * acting through it ("通过国际气候行动计划，德国环境部…").
 */
function programmeParts(ctx: SentenceContext): void {
  const text = ctx.text;
  const projects = mentionsOf(ctx, ['Project']);
  if (projects.length === 0 && !text.includes('委托') && !text.includes('方面')) return;
  const actors = mentionsOf(ctx, ACTORS);
  const clauseOf = (at: number) => clauseAround(text, at);
  for (const p of projects) {
    const clause = clauseOf(p.start);
    const before = text.slice(clause.start, p.start);
    const after = text.slice(p.end, p.end + 40);
    const role = after.match(PROGRAMME_ROLE);
    if (role) {
      const as = before.match(/(作为)[^，。；]*$/u) ?? before.match(/(是|为)[^，。；]*$/u);
      let holder: Mention | undefined;
      if (as?.[1] === '作为') {
        // "作为…实体，CEC积极参加…": the subject opens the next clause (or stands before 作为).
        const next = clauseOf(clause.end + 1);
        holder = clause.end < text.length ? actors.find((a) => a.start >= next.start && a.end <= next.end && a.start - next.start <= 2) : undefined;
        holder ??= actors.filter((a) => a.end <= clause.start + before.length - as[0].length && a.start >= clause.start).pop();
      } else if (as) {
        holder = actors.filter((a) => a.start >= clause.start && a.end <= clause.start + before.length - as[0].length).pop();
      }
      if (holder) emit(ctx, 'INVOLVED_IN', holder, p, { role: programmeRoleOf(role[1]!) }, PROVENANCE.programmeRoleNoun);
    }
    // "JEMAI 开展的供应链碳减排项目": the body carrying out a programme.
    const runs = before.match(/(开展|实施|执行|负责|承担|推行)的\s*[“"]?\s*$/u);
    if (runs) {
      const at = p.start - runs[0].length;
      const actor = actors.filter((a) => a.end <= at && withoutAsides(text.slice(a.end, at)).replace(/[“”"]/gu, '') === '').pop();
      if (actor) emit(ctx, 'INVOLVED_IN', actor, p, { role: runs[1] === '开展' || runs[1] === '负责' || runs[1] === '推行' ? 'lead' : 'implementing agency' }, PROVENANCE.carriesOut);
    }
    // "通过国际气候行动计划（…），德国环境部…": the subject acts through the programme.
    if (/^\s*通过\s*$/u.test(before) && /^\s*(?:[（(][^（）()]*[）)])?\s*[，,]/u.test(text.slice(p.end))) {
      const next = clauseOf(clause.end + 1);
      const subject = actors.find((a) => a.start >= next.start && a.end <= next.end);
      const funds = /资金|资助|拨款|出资|投入/u.test(text.slice(next.start));
      if (subject) emit(ctx, 'INVOLVED_IN', subject, p, { role: funds ? 'funder' : 'participant' }, PROVENANCE.throughProgramme);
    }
  }
  // "环境署在实现联合国可持续发展目标方面开展的工作": working towards a programme (or goals set in a document).
  if (text.includes('方面') || text.includes('领域')) {
    for (const p of mentionsOf(ctx, ['Project', 'Document'])) {
      const towards = text.slice(Math.max(0, p.start - 8), p.start).match(/在\s*(?:实现|推进|落实|推动|支持|执行|实施)?\s*$/u);
      if (!towards || !/^[^，。；]{0,4}?(?:方面|领域)(?:开展|所做|做出|取得|发挥)/u.test(text.slice(p.end, p.end + 12))) continue;
      const at = p.start - towards[0].length;
      const actor = actors.filter((a) => a.end <= at && at - a.end <= 1).pop();
      if (actor) emit(ctx, p.label === 'Project' ? 'INVOLVED_IN' : 'CONTRIBUTED_TO', actor, p, { role: 'partner' }, PROVENANCE.worksTowards);
    }
  }
  // "该项目受日本经济产业省委托": the commissioning body.
  // "该项目受日本经济产业省委托", "本项目是由世界银行与全球环境基金联合委托的项目".
  const commissioned = text.includes('委托') ? text.match(/(?:受|由)([^，。；]{2,40}?)(?:的)?(?:联合|共同)?委托/u) : null;
  if (commissioned) {
    const from = commissioned.index! + 1;
    const anaphor = /(?:该|本|此)项目[^，。；]{0,4}$/u.test(text.slice(0, commissioned.index!)) ? ctx.article.topic?.Project : undefined;
    const target = anaphor ?? projects.find((p) => p.end <= commissioned.index! || p.start >= from + commissioned[1]!.length)?.key ?? (/该项目|本项目/u.test(text) ? ctx.article.topic?.Project : undefined);
    if (target) for (const o of mentionsOf(ctx, ORG, from, from + commissioned[1]!.length)) emit(ctx, 'INVOLVED_IN', o, target, { role: 'commissioning agency' }, PROVENANCE.commissionedBy);
  }
}

/**
 * Rule `programme-parts`.
 * Reads: role nouns after a programme, X开展的Y, 受X委托, 通过Y，X….
 * Emits: INVOLVED_IN, CONTRIBUTED_TO partner.
 * Skips: none.
 */
export const programmePartsRule: ReadingRule = { name: 'programme-parts', read: (ctx) => programmeParts(ctx) };
