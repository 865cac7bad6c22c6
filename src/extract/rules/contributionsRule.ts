import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { LIST_ITEM, clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, coordinated, emit } from './ruleKit.js';

/** A bullet item with no subject of its own ("- ⇒ 提供…，支持UNEP完成《…》") under "2017年中环联合参与的主要工作：". */
function listItemSubject(ctx: SentenceContext): Mention | undefined {
  const key = ctx.article.listSubject;
  if (!key || !LIST_ITEM.test(ctx.text)) return undefined;
  const label = ctx.registry.peek(key)?.label;
  return label ? { start: 0, end: 0, key, label, text: '' } : undefined;
}

/** "2017年中环联合参与的主要工作：": the one body a list's heading names is the subject of its items. */
function listHeading(ctx: SentenceContext): void {
  const text = ctx.text.trimEnd();
  if (!text.endsWith('：') && !text.endsWith(':')) return;
  const actors = mentionsOf(ctx, ACTORS);
  if (actors.length === 1 && /参与|开展|承担|主要工作|工作内容|工作进展/u.test(text)) ctx.article.listSubject = actors[0]!.key;
}

function contributions(ctx: SentenceContext): void {
  const text = ctx.text;
  const verb = text.match(/(提出了?(?:具体的|评审)?意见|评审意见|提交了?|编入|参与(?:了)?(?:制定|编制|编写|该项工作)|参与(?:了)?[^，。；]{0,40}?的(?:修订|制定|编制|编写|起草)(?:工作)?|参与了?[^，。；]{0,8}?评审|技术支持|提供(?:了)?[^，。]{0,20}支持|提供(?:了)?[^，。；]{0,6}?案例|组织提出|支持[^，。]{0,10}完成)/u);
  if (!verb) return;
  // The contributor is the subject: first in its clause, not the object of another verb (提供X, 向X).
  const actors = mentionsOf(ctx, ACTORS, 0, verb.index!).filter((a) => !/[。；]/u.test(text.slice(a.end, verb.index!)));
  // "指南由X提供技术支持": the agent of a passive in the verb's clause.
  const clauseStart = clauseAround(text, verb.index!).start;
  const by = text.slice(clauseStart, verb.index!).match(/由([^由]*)$/u);
  const agent = by ? actors.filter((a) => a.start >= verb.index! - by[1]!.length).pop() : undefined;
  const subject =
    agent ??
    actors.find((a) => {
      const lead = text.slice(clauseAround(text, a.start).start, a.start);
      return /^[\s⇒•\-*]*(?:此外|同时|另外)?[\s，]*$/u.test(lead);
    }) ??
    listItemSubject(ctx);
  if (!subject) {
    ctx.skip('contributions', 'no contributor opens the clause', verb.index!);
    return;
  }
  // "A和B参与了评审", "由A和B提供技术支持": every body of the subject's list, up to the verb.
  const subjects = subject.end > 0 && clauseAround(text, subject.start).start === clauseStart ? coordinated(ctx, subject, ACTORS).filter((a) => a.end <= verb.index! && a.start >= clauseAround(text, subject.start).start) : [subject];
  const role = /的修订/u.test(verb[1]!) ? 'revision' : /意见|评审/u.test(verb[1]!) ? 'reviewer' : /提交|组织提出|编入|案例/u.test(verb[1]!) ? 'case submitter' : /制定|编制|编写|起草/u.test(verb[1]!) ? 'author' : /技术支持/u.test(verb[1]!) ? 'technical support' : 'contributor';
  let works = mentionsOf(ctx, ['Document', 'Standard', 'Project']).filter((w) => w.key !== subject!.key);
  if (works.length === 0) {
    const topic = /该指南|该报告|该项工作|指南|报告/u.test(text) ? ctx.article.topic?.Document : /该项目|本项目/u.test(text) ? ctx.article.topic?.Project : undefined;
    if (topic) works = [{ start: 0, end: 0, key: topic, label: 'Document', text: '' }];
  }
  for (const s of subjects) for (const w of works) emit(ctx, 'CONTRIBUTED_TO', s, w, { role }, PROVENANCE.contributed);
}

/**
 * Rule `list-heading`.
 * Reads: a list heading naming one body ("2017年X参与的主要工作：").
 * Emits: no facts; the article's listSubject.
 * Skips: none.
 */
export const listHeadingRule: ReadingRule = { name: 'list-heading', read: (ctx) => listHeading(ctx) };

/**
 * Rule `contributions`.
 * Reads: X提出意见/提交/参与制定/提供支持 for a document or programme.
 * Emits: CONTRIBUTED_TO with role.
 * Skips: none.
 */
export const contributionsRule: ReadingRule = { name: 'contributions', read: (ctx) => contributions(ctx) };
