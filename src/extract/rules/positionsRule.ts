import { ENTITY_PROVENANCE, PROVENANCE, positionInParent, type Provenance } from '../provenance.js';
import { classifyBySuffix } from '../lexicon/nameSuffixes.js';
import type { ReadingRule } from './ruleKit.js';
import { TITLES } from '../lexicon/titles.js';
import { titleLikeEndingAt } from '../discoverPersons.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ELECTED_POSTS, englishTitle } from '../lexicon/titles.js';
import type { DraftEntity } from '../draftEntity.js';
import { noteGathering } from '../organOfBody.js';
import { emit, withoutAsides } from './ruleKit.js';
import { isWholeTitle, remitAndTitle } from '../titleWords.js';
import { isBareDepartment, isInternalOffice, isUnitName, splitDepartment } from '../departmentName.js';

const TITLE_RE = new RegExp(`(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** Verbs of electing, appointing and meeting: a name holding one is a clause read as a name. */
const CLAUSE_IN_NAME = /选举|推选|任命|邀请|会见|会晤|听取|通过/u;
/** "卸任主席", "前任秘书长": the post a person leaves, with no body named. */
const OUTGOING = /^(?:卸任|前任)([\p{Script=Han}]{2,5})$/u;
/** Words before a title that make it a post held before. */
const FORMER = /^(?:原|前任|前|卸任)/u;
/** A title, 兼, then another post: "副秘书长兼环境规划署执行主任". */
const JOINED_POSTS = /^([\p{Script=Han}]{2,8}?)兼([\p{Script=Han}]{2,16})$/u;
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
  // "韩国环境产业技术院（KEITI）环境认证本部": the body and its bracketed abbreviation right before.
  if (withoutAsides(ctx.text.slice(last.end, at.start)).replace(/^\s*[）)]/u, '').trim() === '') return last.key;
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
  // "会议选举孟加拉国…研究所": a clause read as one name is no body to hold a post in.
  if (draft && !draft.gazetteer && CLAUSE_IN_NAME.test(ctx.registry.canonicalName(draft))) {
    ctx.skip('positions', `${ctx.registry.canonicalName(draft)} reads as a clause, not a body`, person.start);
    return;
  }
  const bare = isBareDepartment(ctx.registry, unitOrOrg);
  const body = bare ? bodyOfBareDepartment(ctx, person, unitOrOrg) : undefined;
  if (bare && !body) {
    ctx.skip('positions', `${ctx.registry.canonicalName(draft!)} is a department and no body of it is named`, person.start);
    return;
  }
  if (body) titleZh = `${ctx.registry.canonicalName(draft!)}${titleZh.replace(/^的/u, '')}`;
  const org = body ?? unitOrOrg;
  ctx.briefing.affiliation.set(person.key, ctx.briefing.affiliation.get(person.key) ?? org);
  const all = ctx.briefing.affiliations.get(person.key) ?? new Set<string>();
  all.add(org);
  ctx.briefing.affiliations.set(person.key, all);
  const title = titleZh.replace(/^(?:的|原|前)?/u, (x) => (x === '的' ? '' : x));
  // An office inside a body (印度标准局生态标志处, 中环联合国际合作部) is no body of its own: the position
  // is in the body, the office kept in the title. A 司, secretariat or representative office named
  // with its body is a body of its own, and the position is there alone.
  const parent = ctx.registry.parentOf(org) ?? bodyNamedBeforeDepartment(ctx, org);
  const office = parent ? officeWords(ctx, org, parent) : undefined;
  const at = office ? parent! : org;
  const heldAs = office ? `${office}${title}` : title;
  // "环境发展中心国际处张云晓": a name right after a body, with no title, is one of its staff.
  // "原副主任", "前任主席", "卸任主席": a post held before, kept with its word and marked former.
  const current = title.replace(FORMER, '');
  const english = englishTitle(current) ? titleInEnglish(ctx, current, at) : englishTitle(title) ?? heldAs;
  const props = heldAs ? { title: english, titleZh: heldAs, former: FORMER.test(title) || undefined } : { title: 'staff' };
  emit(ctx, 'HOLDS_POSITION', person, at, { ...props, asOf: asOfYear(ctx) }, office ? positionInParent(how) : how);
}

/** Every name an entity was seen or is known by. */
function namesOf(draft: Readonly<DraftEntity>): string[] {
  const entry = draft.gazetteer;
  return [...draft.seen.keys(), ...(entry ? [entry.name, entry.nameZh ?? '', ...entry.aliases, ...entry.noMatch] : [])];
}

/**
 * The words of a unit's name after its body's ("印度标准局生态标志处" -> "生态标志处") when they name an
 * office inside the body; undefined for a body of its own (…采购政策司, …驻华代表处).
 */
function officeWords(ctx: SentenceContext, unit: string, parent: string): string | undefined {
  const draft = ctx.registry.peek(unit);
  const body = ctx.registry.peek(parent);
  if (!draft || !body) return undefined;
  // A unit also known as a 司 (联合国环境署经济部, alias …经济司) is a body of its own.
  if (namesOf(draft).some((n) => /司$/u.test(n))) return undefined;
  const name = ctx.registry.canonicalName(draft).replace(/\s+/gu, '');
  const names = [ctx.registry.canonicalName(body), ...namesOf(body)];
  const opening = names.map((n) => n.replace(/\s+/gu, '')).filter((n) => n.length >= 2 && name.startsWith(n)).sort((a, b) => b.length - a.length)[0];
  const words = opening ? withoutAsides(name.slice(opening.length)).trim() : undefined;
  return words && isInternalOffice(words) ? words : undefined;
}

/** Words for a kind of body that stand for one named in full before: 基金会, 协会, 联盟, 秘书处. */
const KIND_WORDS = ['基金会', '协会', '学会', '联盟', '网络', '委员会', '理事会', '促进会', '研究院', '研究所', '中心', '组织', '集团', '公司', '秘书处'];
const KIND_AND_TITLE = new RegExp(`^(${KIND_WORDS.join('|')})([\\p{Script=Han}]{2,12})$`, 'u');

/**
 * "基金会董事长": a kind word and a title, the kind word standing for the one body of that kind the
 * article has named in full (the words its name ends with). None or more than one, and it names nothing.
 */
function bareBodyAndTitle(ctx: SentenceContext, words: string): { body: string; title: string } | undefined {
  const m = words.match(KIND_AND_TITLE);
  if (!m || !(isWholeTitle(m[2]!) || remitAndTitle(m[2]!))) return undefined;
  const bodies = [...ctx.article.named].filter((key) => {
    const draft = ctx.registry.peek(key);
    if (!draft || draft.label !== 'Organization') return false;
    const name = ctx.registry.canonicalName(draft);
    return name.length > m[1]!.length && [name, ...draft.seen.keys()].some((n) => n.endsWith(m[1]!));
  });
  return bodies.length === 1 ? { body: bodies[0]!, title: m[2]! } : undefined;
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
  noteGathering(ctx);
  const people = mentionsOf(ctx, ['Person']);
  let previous: { person: Mention; org: string; outer?: string } | undefined;
  let outerOf: { person: string; org: string } | undefined;
  for (const person of people) {
    // The stretch before the name, back to a clause mark; 、 separates the titles of one person.
    let from = person.start;
    while (from > 0 && !TITLE_STRETCH_ENDS.has(text.charCodeAt(from - 1))) from--;
    const segments: { start: number; end: number }[] = [];
    let segStart = from;
    // A 、 inside a name ("沙特阿拉伯标准、计量和质量组织") separates nothing.
    const inName = (i: number) => ctx.mentions.some((m) => m.start < i && i < m.end);
    for (let i = from; i <= person.start; i++) {
      if (i === person.start || (text.charCodeAt(i) === 0x3001 /* 、 */ && !inName(i))) {
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
        // "卸任主席、…副总裁迈克尔·伯恩斯" after the elections of a body: the outgoing holder of its post.
        const outgoing = bare.trim().match(OUTGOING);
        if (outgoing && ctx.article.lastElected && ELECTED_POSTS.includes(outgoing[1]!)) {
          holdPosition(ctx, person, ctx.article.lastElected, bare.trim(), PROVENANCE.outgoingPost);
          found = true;
          return;
        }
        // "基金会董事长林文雄": a kind word for the one such body the article named in full.
        const named = isLast ? bareBodyAndTitle(ctx, bare.trim()) : undefined;
        if (named) {
          holdPosition(ctx, person, named.body, named.title, PROVENANCE.orgTitleNameBare);
          found = true;
          return;
        }
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
        // "促进会行政总裁冯子聪和认证经理何咏诗": another person between the body and this one's title.
        // The title reaches no body across that person; after 和/与/及 it is this one's own, in the
        // body of the person listed before, or in the body a bare kind word names ("和基金会董事长B").
        // (A "person" read inside a title, 行政 of 行政总裁, is none.)
        const between = mentionsOf(ctx, ['Person'], org.end, seg.end).filter((p) => !isWholeTitle(withoutAsides(text.slice(p.end, seg.end)))).pop();
        if (between) {
          const joined = withoutAsides(text.slice(between.end, seg.end)).match(/^\s*(?:先生|女士|博士|教授)?\s*[和与及]\s*(.+)$/u);
          // "和巴西代表B": a place or body in the words makes them no bare title of the same body.
          const own = joined && !ctx.mentions.some((m) => m.label !== 'Person' && m.start >= between.end && m.end <= seg.end) ? joined[1]! : '';
          const named = isLast && joined ? bareBodyAndTitle(ctx, own) : undefined;
          const body = ctx.briefing.affiliation.get(between.key);
          if (named) holdPosition(ctx, person, named.body, named.title, PROVENANCE.orgTitleNameListed);
          else if (isLast && joined && body && (isWholeTitle(own) || remitAndTitle(own))) holdPosition(ctx, person, body, own, PROVENANCE.orgTitleNameListed);
          found ||= named !== undefined || (isLast && joined !== null && body !== undefined && (isWholeTitle(own) || remitAndTitle(own)));
          return;
        }
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
        const unlisted = !TITLE_RE.test(gap) && (isWholeTitle(gap) || remitAndTitle(gap));
        if (gap !== '代表' && (gap.length > 14 || !(TITLE_RE.test(gap) || unlisted) || /[，。]/u.test(gap))) continue;
        if (org.label === 'Project') {
          // A role in a programme or study: 组长, 首席顾问.
          emit(ctx, 'INVOLVED_IN', person, org, { role: englishTitle(gap)?.toLowerCase() ?? gap }, PROVENANCE.programmeRole);
          found = true;
          return;
        }
        // "联合国副秘书长兼环境规划署执行主任": two posts, the second in a body of the first (or its own).
        const twoPosts = gap.match(JOINED_POSTS);
        if (twoPosts && isWholeTitle(twoPosts[1]!)) {
          holdPosition(ctx, person, org.key, twoPosts[1]!, isLast ? PROVENANCE.orgTitleName : PROVENANCE.orgTitleNameChained);
          const second = twoPosts[2]!.match(TITLE_RE);
          const unit = second ? twoPosts[2]!.slice(0, second.index) : '';
          const body = unit === '' ? org.key : ctx.registry.knownNamed(org.text + unit, 'Organization') ?? ctx.registry.knownNamed(unit, 'Organization');
          if (second && body) holdPosition(ctx, person, body, second[0], PROVENANCE.orgTitleNameChained);
          found = true;
          return;
        }
        holdPosition(ctx, person, org.key, gap, isLast ? PROVENANCE.orgTitleName : PROVENANCE.orgTitleNameChained);
        // "联合国副秘书长兼开发计划署署长": a post in the body before, joined on by 兼; "IGPN新任副主席——
        // ICLEI东亚秘书处主任朱澍": one in apposition before a dash.
        const before = holders[h - 1];
        const joinedOn = before ? withoutAsides(text.slice(before.end, org.start)).match(/^(?:新任|现任|候任)?([\p{Script=Han}]{2,8})\s*(?:兼|——|—|－－|--)\s*$/u) : null;
        if (before && joinedOn && before.label === 'Organization' && isWholeTitle(joinedOn[1]!)) holdPosition(ctx, person, before.key, joinedOn[1]!, PROVENANCE.orgTitleNameChained);
        // "日本产业环境管理协会（JEMAI）LCA 中心主任助理": the unit belongs to the body named just before it.
        const outer = holders[h - 1];
        // (A department named alone was put in its body by holdPosition already, its name in the title.)
        if (outer && outer.label === 'Organization' && withoutAsides(text.slice(outer.end, org.start)) === '' && !isBareDepartment(ctx.registry, org.key)) {
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

/** After a name: a comma (an apposition) or a copula, then the body and the title. */
const AFTER_NAME = /^\s*(?:[，,]|是|系|现任|现为)\s*$/u;

/**
 * "约翰·史密斯（John Smith），北美绿色建材理事会主席，出席…", "约翰·史密斯是北美绿色建材理事会主席":
 * the body and title after the name, the whole clause up to the next mark.
 */
function appositions(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const person of mentionsOf(ctx, ['Person'])) {
    const org = ctx.mentions.find((m) => m.label === 'Organization' && m.start >= person.end && AFTER_NAME.test(withoutAsides(text.slice(person.end, m.start))));
    if (!org || knownAt(ctx, person.key, org.key)) continue;
    let end = org.end;
    while (end < text.length && !/[，,。；;：:]/u.test(text[end]!)) end++;
    const title = withoutAsides(text.slice(org.end, end)).trim();
    // Another person's name in the words makes them no title ("，北美绿色建材理事会主席约翰·史密斯").
    if (mentionsOf(ctx, ['Person'], org.end, end).length > 0 || !(isWholeTitle(title) || remitAndTitle(title))) continue;
    holdPosition(ctx, person, org.key, title, PROVENANCE.orgTitleNameApposed);
  }
}

/**
 * Rule `positions`.
 * Reads: ORG [unit] TITLE NAME, ORG NAME TITLE, chains of titles before one name, 、- and 和-lists sharing a body;
 *   NAME（English），ORG TITLE， and NAME是ORG TITLE.
 * Emits: HOLDS_POSITION (and the parent body's); INVOLVED_IN for a programme role; the briefing's affiliations.
 * Skips: none: a person with no body before the name has no position to read.
 */
export const positionsRule: ReadingRule = {
  name: 'positions',
  read: (ctx) => {
    positions(ctx);
    appositions(ctx);
  },
};

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
