import { ENTITY_PROVENANCE, PROVENANCE, positionInParent, type Provenance } from '../provenance.js';
import { classifyBySuffix } from '../lexicon/nameSuffixes.js';
import type { ReadingRule } from './ruleKit.js';
import { TITLES } from '../lexicon/titles.js';
import { titleLikeEndingAt } from '../discoverPersons.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { englishTitle } from '../lexicon/titles.js';
import { emit, withoutAsides } from './ruleKit.js';
import { isBareDepartment, isUnitName, splitDepartment } from '../departmentName.js';

const TITLE_RE = new RegExp(`(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const TITLE_START = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})`, 'u');

/** Whether a position of the person at the organisation (or one of its units) was read already. */
function knownAt(ctx: SentenceContext, person: string, org: string): boolean {
  return [...(ctx.briefing.affiliations.get(person) ?? [])].some((a) => a === org || ctx.registry.parentOf(a) === org);
}

/**
 * The body a bare department belongs to: the body named right before it ("国务院办公厅督查室" read as
 * two names), else the body of the person named before in the sentence when that body is the last
 * one named before the department ("中环联合副总经理郑文博、认证一部部长唐慧敏"); never a department.
 */
function bodyOfBareDepartment(ctx: SentenceContext, person: Mention, unit: string): string | undefined {
  const at = mentionsOf(ctx, ['Organization'], 0, person.start).filter((m) => m.key === unit).pop();
  if (!at) return undefined;
  const bodies = mentionsOf(ctx, ['Organization'], 0, at.start).filter((m) => !isBareDepartment(ctx.registry, m.key));
  const last = bodies.pop();
  if (!last) return undefined;
  if (withoutAsides(ctx.text.slice(last.end, at.start)).trim() === '') return last.key;
  const previous = mentionsOf(ctx, ['Person'], last.end, at.start).pop();
  const body = previous ? ctx.briefing.affiliation.get(previous.key) : undefined;
  // A sibling unit's body: "国际合作部主任A、检测二部副主任B" are both in the body of 国际合作部.
  return body === last.key || (body !== undefined && ctx.registry.parentOf(last.key) === body) ? ctx.registry.parentOf(body) ?? body : undefined;
}

/**
 * The body whose name opens a unit's name when the rest names a department ("香港生产力促进局绿色生产部"
 * -> 香港生产力促进局): the unit is that body's, though its name ends like a ministry's.
 */
function bodyNamedBeforeDepartment(ctx: SentenceContext, org: string): string | undefined {
  const owner = ctx.registry.ownerByName(org, 'Organization');
  const draft = ctx.registry.peek(org);
  const ownerDraft = owner ? ctx.registry.peek(owner) : undefined;
  if (!draft) return undefined;
  const name = ctx.registry.canonicalName(draft);
  if (!ownerDraft) {
    // No body known by the opening words: one whose name ends like a body's (局, 中心, 协会) opens it.
    const split = draft.label === 'Organization' && !draft.gazetteer ? splitDepartment(name, () => false) : undefined;
    if (!split || split.body.length < 4) return undefined;
    const body = ctx.registry.ensure('Organization', split.body, { ...ENTITY_PROVENANCE.bodyOfDepartment, kind: classifyBySuffix(split.body)?.kind });
    ctx.mention(body.key);
    return body.key;
  }
  const opening = [...ownerDraft.seen.keys(), ctx.registry.canonicalName(ownerDraft)].filter((n) => name.startsWith(n)).sort((a, b) => b.length - a.length)[0];
  return opening && isUnitName(name.slice(opening.length)) ? owner : undefined;
}

function holdPosition(ctx: SentenceContext, person: Mention, unitOrOrg: string, titleZh: string, how: Provenance): void {
  // A department named alone is no body of its own: the position is in the body it belongs to,
  // with the department in the title (认证一部部长); with no such body named, none is read.
  const draft = ctx.registry.peek(unitOrOrg);
  const bare = isBareDepartment(ctx.registry, unitOrOrg);
  const body = bare ? bodyOfBareDepartment(ctx, person, unitOrOrg) : undefined;
  if (bare && !body) {
    ctx.skip('positions', `${ctx.registry.canonicalName(draft!)} is a department and no body of it is named`, person.start);
    return;
  }
  const org = body ?? unitOrOrg;
  if (body) titleZh = `${ctx.registry.canonicalName(draft!)}${titleZh.replace(/^的/u, '')}`;
  ctx.briefing.affiliation.set(person.key, ctx.briefing.affiliation.get(person.key) ?? org);
  const all = ctx.briefing.affiliations.get(person.key) ?? new Set<string>();
  all.add(org);
  ctx.briefing.affiliations.set(person.key, all);
  const title = titleZh.replace(/^(?:的|原|前)?/u, (x) => (x === '的' ? '' : x));
  // "环境发展中心国际处张云晓": a name right after a body, with no title, is one of its staff.
  const props = title ? { title: titleInEnglish(ctx, title, org), titleZh: title } : { title: 'staff' };
  emit(ctx, 'HOLDS_POSITION', person, org, { ...props, asOf: asOfYear(ctx) }, how);
  // A department's officer holds a position in the parent organisation too (环境发展中心国际处 -> EDC).
  const parent = ctx.registry.parentOf(org) ?? bodyNamedBeforeDepartment(ctx, org);
  if (parent) emit(ctx, 'HOLDS_POSITION', person, parent, props, positionInParent(how));
}

/**
 * Who holds which position where: ORG [dept] TITLE NAME, ORG NAME TITLE, and chains of them
 * before one name ("全国政协…委员会副主任、中国气候变化事务特别代表、国家发改委原副主任解振华"), and
 * lists sharing an organisation ("CEC总经理张小丹、副总经理陈轶群").
 */
/** Clause marks a person's titles do not reach back across: ，。；：,;: */
const TITLE_STRETCH_ENDS = new Set([...'，。；：,;:'].map((c) => c.charCodeAt(0)));

function positions(ctx: SentenceContext): void {
  const text = ctx.text;
  const people = mentionsOf(ctx, ['Person']);
  let previous: { person: Mention; org: string; outer?: string } | undefined;
  let outerOf: { person: string; org: string } | undefined;
  for (const person of people) {
    // The stretch before the name, back to a clause mark; 、 separates the titles of one person.
    let from = person.start;
    while (from > 0 && !TITLE_STRETCH_ENDS.has(text.charCodeAt(from - 1))) from--;
    const segments: { start: number; end: number }[] = [];
    let segStart = from;
    for (let i = from; i <= person.start; i++) {
      if (i === person.start || text.charCodeAt(i) === 0x3001 /* 、 */) {
        segments.push({ start: segStart, end: i });
        segStart = i + 1;
      }
    }
    let found = false;
    segments.forEach((seg, index) => {
      const isLast = index === segments.length - 1;
      // Organisations (and programmes: "专题研究中方组长") in the segment, nearest the title first;
      // names inside an aside ("（UN Environment Executive Director）") do not count.
      const inAside = (m: Mention) => /[（(][^）)]*$/u.test(text.slice(seg.start, m.start));
      const holders = ctx.mentions.filter((m) => (m.label === 'Organization' || m.label === 'Project') && m.start >= seg.start && m.end <= seg.end && !inAside(m));
      if (holders.length === 0) {
        // "、副总经理陈轶群": a bare title takes the organisation of the person listed before.
        const bare = withoutAsides(text.slice(seg.start, seg.end));
        // Only when the two are listed together: "张小丹、副总经理陈轶群", not across a clause.
        const listed = /^\s*(?:先生|女士)?\s*、\s*$/u.test(ctx.text.slice(previous?.person.end ?? 0, seg.start));
        if (isLast && previous && listed && TITLE_RE.test(bare) && bare.length <= 10) {
          // "LCA 中心主任助理A、生态设计办公室主任B": a unit of its own before the title is a sibling
          // unit, so B's position is in the body both units belong to.
          const unit = bare.length - (bare.match(TITLE_RE)?.[0].length ?? 0) >= 2;
          holdPosition(ctx, person, unit ? previous.outer ?? ctx.registry.parentOf(previous.org) ?? previous.org : previous.org, bare, PROVENANCE.orgTitleNameListed);
          found = true;
        }
        return;
      }
      // Earlier segments must be only ORG + TITLE (no other person in between).
      if (!isLast && ctx.mentions.some((m) => m.label === 'Person' && m.start >= seg.start && m.end <= seg.end)) return;
      for (let h = holders.length - 1; h >= 0; h--) {
        const org = holders[h]!;
        const gap = withoutAsides(text.slice(org.end, seg.end));
        if (gap === '' && isLast) {
          const t = text.slice(person.end).replace(/^\s+/, '').match(TITLE_START);
          if (t && org.label === 'Organization') {
            holdPosition(ctx, person, org.key, t[0], PROVENANCE.orgTitleName);
            found = true;
          } else if (org.label === 'Organization' && !knownAt(ctx, person.key, org.key) && !/[（(]/u.test(text.slice(org.end, person.start))) {
            holdPosition(ctx, person, org.key, '', PROVENANCE.orgName);
            found = true;
          }
          return;
        }
        // "可持续全球资源组织（Sustainable Global Resources）代表默文·琼斯": 代表 alone between the body and
        // the name is a title (as a verb it comes before the body it speaks for).
        // A title nobody listed (首席技术官, 常务秘书) is known by its ending, when it is the whole gap.
        const unlisted = !TITLE_RE.test(gap) && gap.length <= 8 && titleLikeEndingAt(gap, gap.length) === gap;
        if (gap !== '代表' && (gap.length > 14 || !(TITLE_RE.test(gap) || unlisted) || /[，。]/u.test(gap))) continue;
        if (org.label === 'Project') {
          // A role in a programme or study: 组长, 首席顾问.
          emit(ctx, 'INVOLVED_IN', person, org, { role: englishTitle(gap)?.toLowerCase() ?? gap }, PROVENANCE.programmeRole);
          found = true;
          return;
        }
        holdPosition(ctx, person, org.key, gap, isLast ? PROVENANCE.orgTitleName : PROVENANCE.orgTitleNameChained);
        // "日本产业环境管理协会（JEMAI）LCA 中心主任助理": the unit belongs to the body named just before it.
        const outer = holders[h - 1];
        if (outer && outer.label === 'Organization' && withoutAsides(text.slice(outer.end, org.start)) === '') {
          holdPosition(ctx, person, outer.key, gap, PROVENANCE.orgTitleNameOuter);
          outerOf = { person: person.key, org: outer.key };
        }
        found = true;
        return;
      }
    });
    // "肯尼亚环境部长朱迪·瓦克洪古": the organisation swallowed the 部 of 部长.
    if (!found) {
      const orgs = ctx.mentions.filter((m) => m.label === 'Organization' && m.end <= person.start && person.start - m.end <= 2);
      const org = orgs[orgs.length - 1];
      if (org && text.slice(org.end, person.start) === '长' && /[部署局司处所院会]$/u.test(org.text)) {
        holdPosition(ctx, person, org.key, `${org.text.slice(-1)}长`, PROVENANCE.orgTitleNameMinistry);
        found = true;
      }
    }
    // The next person in a 、-list may share this one's organisation, read here or earlier in the briefing.
    const affiliation = ctx.briefing.affiliation.get(person.key);
    previous = affiliation ? { person, org: affiliation, outer: outerOf?.person === person.key ? outerOf.org : undefined } : undefined;
  }
}

/**
 * Rule `positions`.
 * Reads: ORG [unit] TITLE NAME, ORG NAME TITLE, chains of titles before one name, 、-lists sharing a body.
 * Emits: HOLDS_POSITION (and the parent body's); INVOLVED_IN for a programme role; the briefing's affiliations.
 * Skips: none: a person with no body before the name has no position to read.
 */
export const positionsRule: ReadingRule = { name: 'positions', read: (ctx) => positions(ctx) };

/**
 * The year a title is held in: the sentence's own date, else the date of the event the article
 * reports, else the briefing's year. A file of news items spans years; a title read in an item of
 * 2023 is not "as of" the file's latest year.
 */
function asOfYear(ctx: SentenceContext): string | undefined {
  const year = ctx.briefing.year;
  // A date after the briefing's year is a plan (计划于2026年), not when the title was held.
  const own = ctx.dates.find((d) => /^\d{4}/u.test(d.start) && !d.end && (!year || Number(d.start.slice(0, 4)) <= year))?.start.slice(0, 4);
  if (own) return own;
  const event = ctx.article.event ? ctx.registry.peek(ctx.article.event)?.startDate?.slice(0, 4) : undefined;
  return event ?? (year ? String(year) : undefined);
}

/**
 * 部长 heads a ministry (Minister) or a department (认证二部部长, a company's 本部部长): only the head of
 * a body named like a ministry (…部, …省) with no unit written before 部长 is a minister.
 */
function titleInEnglish(ctx: SentenceContext, titleZh: string, org: string): string {
  const en = englishTitle(titleZh) ?? titleZh;
  if (!/部长$/u.test(titleZh)) return en;
  const draft = ctx.registry.peek(org);
  const name = draft ? ctx.registry.canonicalName(draft) : '';
  const unitBefore = /[^副原前]部长$/u.test(titleZh.replace(/^(?:原|前)/u, '')) && !/^(?:副)?部长$/u.test(titleZh.replace(/^(?:原|前)/u, ''));
  // "日本环境协会认证部" ends like a ministry but is a unit: a body's ending stands before its last words.
  const unitOfBody = /(?:协会|学会|中心|公司|院|所|集团|组织|委员会|理事会|局|署|大学|基金会|联盟|网络)/u.test(name.slice(0, -2));
  const ministry = (/[部省]$/u.test(name) && !unitOfBody) || /ministry|government/iu.test(String(draft?.kind ?? ''));
  if (ministry && !unitBefore) return en;
  return en.replace(/Vice Minister/u, 'Deputy Head of Department').replace(/Minister/u, 'Head of Department');
}
