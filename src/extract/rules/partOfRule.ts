import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { cleanName } from '../discover.js';
import type { ReadEvent } from '../events.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, emit } from './ruleKit.js';
import { spanParent } from '../spanParent.js';

/** A sentence opening with the meeting and saying it adopted or issued something: "会议（还）审议通过了". */
const MEETING_ADOPTS = /^(?:会上|会议期间|此外|同时|最后|随后)?[，,]?\s*(?:本次|此次|该次)?(?:[^，。；“”《》]{0,24}?(?:会议|大会|年会|论坛|峰会|研讨会))(?:还|也|并|正式|一致|共同|最终)*(?:审议通过|讨论通过|表决通过|通过|发布|发表)(?:了)?/u;

function partOf(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const text = ctx.text;
  // A sub-event during the article's event: "年会期间，召开了…主题论坛".
  if (event && ctx.article.event && event.key !== ctx.article.event && (/期间/u.test(text) || event.inherited)) {
    emit(ctx, 'PART_OF', event.key, event.parent ?? ctx.article.event, {}, PROVENANCE.during);
  }
  // "7月6日举行的循环经济主题的边会上" inside a forum held 7月6日至15日: an event dated within the
  // article's multi-day event is part of it.
  if (event?.date && !event.inherited) {
    const day = event.date.start;

    const within = [ctx.article.event, ctx.article.recentEvent].find((key) => {
      const parent = key && key !== event.key ? ctx.registry.peek(key) : undefined;
      return parent?.startDate && parent.endDate && parent.startDate.length === 10 && day.length === 10 && day >= parent.startDate && day <= parent.endDate && (!event.date!.end || event.date!.end <= parent.endDate);
    });
    if (within) emit(ctx, 'PART_OF', event.key, within, {}, PROVENANCE.withinDates);
    // The same across articles: a gathering an earlier article reported, while every article since reports its parts.
    const across = within ? undefined : spanParent(ctx, event);
    if (across) emit(ctx, 'PART_OF', event.key, across, {}, PROVENANCE.withinDates);
  }
  // Adopting or approving a document produces it: "7月15日，成员国通过《…部长级宣言》".
  if (event && (event.kind === 'adoption' || event.kind === 'approval')) {
    const verb = ctx.text.search(/通过|批准/u);
    // Only what the verb takes ("通过《宣言》"), not documents its theme mentions later.
    const adopted = mentionsOf(ctx, ['Document', 'Standard', 'Agreement']).filter((d) => verb >= 0 && d.start > verb && d.start - verb <= 12 && !/[，。；]/u.test(ctx.text.slice(verb, d.start)));
    for (const d of adopted.slice(0, 1)) emit(ctx, 'PRODUCED', event.key, d, {}, PROVENANCE.adopted);
  }
  // "会议通过了《…工作计划》", "成员大会审议通过了《…战略规划》", "会议还发布了《…年度报告》": the
  // meeting the sentence opens with (its own name, or a bare meeting word for the article's) produced it.
  const adopts = text.match(MEETING_ADOPTS);
  // "A在B论坛上发布了《Z》" is A's deed: no body may stand before the verb outside a meeting's name.
  const events = adopts ? mentionsOf(ctx, ['Event'], 0, adopts[0].length) : [];
  const byBody = adopts !== null && mentionsOf(ctx, ACTORS, 0, adopts[0].length).some((a) => !events.some((e) => e.start <= a.start && a.end <= e.end));
  const meeting = adopts && !byBody ? (event && !event.inherited ? event.key : ctx.article.event) : undefined;
  if (adopts && meeting) {
    const verbEnd = adopts.index! + adopts[0].length;
    const first = mentionsOf(ctx, ['Document', 'Standard', 'Agreement', 'Organization', 'Project', 'Event'], verbEnd)[0];
    // Only the name the verb takes, with at most its owner's name between ("通过了GEN《…》").
    const owner = first && first.label !== 'Document' && first.label !== 'Standard' && first.label !== 'Agreement' ? first : undefined;
    const from = owner ? owner.end : verbEnd;
    const doc = mentionsOf(ctx, ['Document', 'Standard', 'Agreement'], from)[0];
    if (doc && /^[\s“《]*$/u.test(ctx.text.slice(from, doc.start)) && (!owner || /^[\s]*$/u.test(ctx.text.slice(verbEnd, owner.start)))) emit(ctx, 'PRODUCED', meeting, doc, {}, PROVENANCE.adopted);
  }
  // "后续在9月至11月将组织举办…交流会": a follow-up with no subject of its own continues the
  // programme whose meeting the article reports (亚太绿色公共采购网首次会议 -> the network).
  if (event && ctx.article.event && event.key !== ctx.article.event && /^(?:后续|下一步|今后|此后|随后|接下来)/u.test(text)) {
    const verb = text.search(/举办|召开|举行|组织/u);
    const programme = ctx.registry.namedAtHead(ctx.article.event, 'Project', 4);
    if (programme && verb > 0 && mentionsOf(ctx, ACTORS, 0, verb).length === 0) emit(ctx, 'PART_OF', event.key, programme, {}, PROVENANCE.followUp);
  }
  // An event about a project: "…项目成果分享会", "世行项目“…”终期评审会".
  if (event) {
    for (const p of mentionsOf(ctx, ['Project'])) {
      const projectName = ctx.registry.canonicalName(ctx.registry.peek(p.key)!);
      if (event.name.includes(cleanName(p.text).slice(0, 6)) || event.name.startsWith(projectName)) emit(ctx, 'PART_OF', event.key, p, {}, PROVENANCE.eventOfProject);
    }
  }
  // "发起编制塑料指南倡议，…组织编制《…塑料指南》和《…建议和指南》": an initiative to write guides
  // has the guides written in the same sentence as its parts.
  if (text.includes('编') || text.includes('制')) {
    for (const p of mentionsOf(ctx, ['Project'])) {
      const kindWord = cleanName(p.text).match(/(指南|报告|标准|手册|准则|白皮书)(?:倡议|计划|项目|行动)$/u)?.[1];
      if (!kindWord) continue;
      for (const d of mentionsOf(ctx, ['Document', 'Standard'])) {
        const name = ctx.registry.canonicalName(ctx.registry.peek(d.key)!);
        if (name.endsWith(kindWord) && /(?:编制|编写|制定|制订)[^。；]*$/u.test(text.slice(0, d.start))) emit(ctx, 'PART_OF', d, p, {}, PROVENANCE.initiativeOutput);
      }
    }
  }
  // "联合国发展账户（UNDA）塞内加尔项目": the programme named inside a project's name holds the project.
  for (const inner of ctx.mentions) if (inner.within) emit(ctx, 'PART_OF', inner.within, inner, {}, PROVENANCE.partOfNamed);
  // X是Y(中的)?(一个)?(重要领域|组成部分|内容之一|一部分)
  const m = text.match(/(?:是|为)([^，。]{0,60}?)(?:中的|的)(?:一个)?(?:重要领域|组成部分|内容之一|一部分|子项目|之一)/u);
  if (m) {
    const whole = mentionsOf(ctx, ['Project', 'Document', 'Event'], m.index!, m.index! + m[0].length)[0];
    const part = mentionsOf(ctx, ['Project', 'Document', 'Event'], 0, m.index!)[0];
    if (whole && part) emit(ctx, 'PART_OF', part, whole, {}, PROVENANCE.partOf);
    else ctx.skip('part-of', whole ? 'no part named before 是…的组成部分' : 'no whole named in 是…的组成部分', m.index!);
  }
}

/**
 * Rule `part-of`.
 * Reads: 期间 sub-events, events dated within a multi-day event, adoptions, follow-ups, X是Y的组成部分.
 * Emits: PART_OF, PRODUCED.
 * Skips: none.
 */
export const partOfRule: ReadingRule = { name: 'part-of', read: (ctx, r) => partOf(ctx, r.event) };
