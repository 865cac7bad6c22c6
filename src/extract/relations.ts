import { allowsEndpoints, type EntityLabel, type FactType } from '../graph/ontology.js';
import { cleanName } from './discover.js';
import { readEvent, type ReadEvent } from './events.js';
import { classifyBySuffix, TITLES } from './lexicon.js';
import { clauseAround, mentionsOf, type ArticleState, type Mention, type SentenceContext } from './sentenceContext.js';
import { englishTitle } from './titlesEn.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';
import type { EntityRegistry } from './registry.js';

// Facts from sentence patterns. Each rule reads one kind of statement (signing, joining,
// attending, hosting, chairing, launching, funding...) from a sentence's mentions and the words
// between them, and emits facts with the roles, titles and dates the text gives. A rule that
// sees its trigger but cannot find the parties records a skip instead of guessing.

const ACTORS: EntityLabel[] = ['Organization', 'Person'];
const ORG: EntityLabel[] = ['Organization'];
const WORKS: EntityLabel[] = ['Agreement', 'Standard', 'Document'];

function emit(ctx: SentenceContext, type: FactType, from: Mention | string, to: Mention | string, props: Record<string, string | number | undefined>, method: string, confidence: number): void {
  const fromKey = typeof from === 'string' ? from : from.key;
  const toKey = typeof to === 'string' ? to : to.key;
  const a = ctx.registry.peek(fromKey)?.label;
  const b = ctx.registry.peek(toKey)?.label;
  if (!a || !b || fromKey === toKey || !allowsEndpoints(type as Exclude<FactType, never>, a, b)) return;
  ctx.emit({ type, from: fromKey, to: toKey, props, method: `pattern:${method}`, confidence });
}

function sentenceDate(ctx: SentenceContext, precision: 'any' | 'year' = 'any'): string | undefined {
  const d = ctx.dates.find((x) => x.precision !== 'year' || !x.end) ?? ctx.dates[0];
  if (!d) return undefined;
  return precision === 'year' ? d.start.slice(0, 4) : d.start;
}

function between(ctx: SentenceContext, a: { end: number }, b: { start: number }): string {
  return ctx.text.slice(a.end, b.start);
}

/** Mentions linked to `m` by 与/和/、/及 on either side (a coordinated list). */
function coordinated(ctx: SentenceContext, m: Mention, labels: readonly EntityLabel[]): Mention[] {
  const sorted = ctx.mentions.filter((x) => labels.includes(x.label));
  const joined = (a: Mention, b: Mention) => {
    // Titles and quoted names keep their marks in the gap: "《A》和《B》", "“A”、“B”".
    const gap = between(ctx, a, b).replace(/[\s()（）《》“”"]/gu, '');
    // The same body named again in an aside ("世界自然保护联盟（the International Union…, IUCN）") is one item.
    if (a.key === b.key) return !/[\p{Script=Han}。；]/u.test(between(ctx, a, b));
    return /^(?:[与和及、]|以及|同|、以及)$/u.test(gap);
  };
  const at = sorted.indexOf(m);
  let lo = at;
  while (lo > 0 && joined(sorted[lo - 1]!, sorted[lo]!)) lo--;
  let hi = at;
  while (hi < sorted.length - 1 && joined(sorted[hi]!, sorted[hi + 1]!)) hi++;
  return sorted.slice(lo, hi + 1);
}

// ---------------------------------------------------------------- positions and affiliations

const TITLE_RE = new RegExp(`(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const TITLE_START = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})`, 'u');

/** Text with bracketed asides removed, keeping a map back to offsets ("执行主任（UN Environment Executive Director）"). */
function withoutAsides(text: string): string {
  return text.replace(/[（(][^（）()]*[）)]/gu, '').replace(/\s+/g, '');
}

/** Whether a position of the person at the organisation (or one of its units) was read already. */
function knownAt(ctx: SentenceContext, person: string, org: string): boolean {
  return [...(ctx.briefing.affiliations.get(person) ?? [])].some((a) => a === org || ctx.registry.parentOf(a) === org);
}

function holdPosition(ctx: SentenceContext, person: Mention, org: string, titleZh: string, confidence: number): void {
  ctx.briefing.affiliation.set(person.key, ctx.briefing.affiliation.get(person.key) ?? org);
  const all = ctx.briefing.affiliations.get(person.key) ?? new Set<string>();
  all.add(org);
  ctx.briefing.affiliations.set(person.key, all);
  const title = titleZh.replace(/^(?:的|原|前)?/u, (x) => (x === '的' ? '' : x));
  // "环境发展中心国际处张云晓": a name right after a body, with no title, is one of its staff.
  const props = title ? { title: englishTitle(title) ?? title, titleZh: title } : { title: 'staff' };
  emit(ctx, 'HOLDS_POSITION', person, org, { ...props, asOf: ctx.briefing.year ? String(ctx.briefing.year) : undefined }, title ? 'org-title-name' : 'org-name', confidence);
  // A department's officer holds a position in the parent organisation too (环境发展中心国际处 -> EDC).
  const parent = ctx.registry.parentOf(org);
  if (parent) emit(ctx, 'HOLDS_POSITION', person, parent, props, 'org-title-name-parent', confidence - 0.1);
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
          holdPosition(ctx, person, unit ? previous.outer ?? ctx.registry.parentOf(previous.org) ?? previous.org : previous.org, bare, 0.75);
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
            holdPosition(ctx, person, org.key, t[0], 0.85);
            found = true;
          } else if (org.label === 'Organization' && !knownAt(ctx, person.key, org.key) && !/[（(]/u.test(text.slice(org.end, person.start))) {
            holdPosition(ctx, person, org.key, '', 0.7);
            found = true;
          }
          return;
        }
        // "可持续全球资源组织（Sustainable Global Resources）代表默文·琼斯": 代表 alone between the body and
        // the name is a title (as a verb it comes before the body it speaks for).
        if (gap !== '代表' && (gap.length > 14 || !TITLE_RE.test(gap) || /[，。]/u.test(gap))) continue;
        if (org.label === 'Project') {
          // A role in a programme or study: 组长, 首席顾问.
          emit(ctx, 'INVOLVED_IN', person, org, { role: englishTitle(gap)?.toLowerCase() ?? gap }, 'programme-role', 0.75);
          found = true;
          return;
        }
        holdPosition(ctx, person, org.key, gap, isLast ? 0.85 : 0.75);
        // "日本产业环境管理协会（JEMAI）LCA 中心主任助理": the unit belongs to the body named just before it.
        const outer = holders[h - 1];
        if (outer && outer.label === 'Organization' && withoutAsides(text.slice(outer.end, org.start)) === '') {
          holdPosition(ctx, person, outer.key, gap, 0.7);
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
        holdPosition(ctx, person, org.key, `${org.text.slice(-1)}长`, 0.8);
        found = true;
      }
    }
    // The next person in a 、-list may share this one's organisation, read here or earlier in the briefing.
    const affiliation = ctx.briefing.affiliation.get(person.key);
    previous = affiliation ? { person, org: affiliation, outer: outerOf?.person === person.key ? outerOf.org : undefined } : undefined;
  }
}

// ---------------------------------------------------------------- events and participation

const ROLE_WORDS: [RegExp, string][] = [
  [/^[^，。]{0,6}?主持/u, 'chair'],
  [/^[^，。]{0,12}?(?:特邀)?主旨(?:报告|演讲|发言)/u, 'keynote'],
  [/^[^，。]{0,4}?(?:担任[^，。]{0,8}组长)/u, 'chair'],
  [/^[^，。]{0,4}?(?:率团|率领|一行)/u, 'delegation lead'],
  [/^[^，。]{0,6}?随团/u, 'delegate'],
  [/^[^，。]{0,8}?(?:致辞|发言|讲话|作[^，。]{0,10}报告|做了?[^，。]{0,20}报告|发表|介绍|表示|指出|强调|建议|说)/u, 'speaker'],
  [/^[^，。]{0,8}?会见/u, 'host'],
  [/^[^，。]{0,8}?(?:到访|来访)/u, 'visitor'],
];

const ATTEND = /出席|参加|参会|与会|出访|访问|到访|来访|会见|会谈|主持|致辞|发言|讲话|报告|演讲|率团|随团|一行|代表团|参与|共同讨论|交流|表示|指出|介绍|强调|建议/u;

function roleOf(ctx: SentenceContext, m: Mention): string {
  const after = ctx.text.slice(m.end);
  const before = ctx.text.slice(0, m.start);
  if (/由[^，。]{0,30}$/u.test(before) && /^[^，。]{0,6}主持/u.test(after)) return 'chair';
  if (/会见[^，。]{0,30}$/u.test(before)) return 'guest';
  for (const [re, role] of ROLE_WORDS) if (re.test(after)) return role;
  if (/随团/u.test(ctx.text) && /陈|副/u.test(m.text)) return 'delegate';
  return 'attendee';
}

function participation(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const eventKey = event?.key ?? ctx.article.event;
  if (!eventKey) return;
  const anaphor = /会议|论坛|年会|大会|会上|期间|本次|此次|会谈|会见|双方|研讨|出访|来访|到访|访问|参会/u.test(ctx.text);
  // Within an article about an event, a sentence where people speak or take part is about it.
  if (!event && !anaphor && !ATTEND.test(ctx.text)) return;
  const people = mentionsOf(ctx, ['Person']);
  // "受欧盟委员会邀请，代表团参加了…": who invites, hosts.
  const invited = ctx.text.match(/(?:受|应)([^，。；]{2,40}?)(?:的)?邀请/u);
  if (invited) {
    for (const o of mentionsOf(ctx, ORG, invited.index!, invited.index! + invited[0].length)) emit(ctx, 'ORGANIZED', o, eventKey, { role: 'host' }, 'invited-by', 0.7);
  }
  // "代表团参加了欧盟环境标志理事会议": the delegation the article follows attends.
  if (event && /代表团|一行/u.test(ctx.text) && people.length === 0) {
    for (const [person, role] of ctx.article.delegation) emit(ctx, 'ATTENDED', person, eventKey, { role }, 'delegation-attends', 0.65);
  }
  for (const p of people) {
    const role = roleOf(ctx, p);
    if (role === 'delegation lead' || role === 'delegate') ctx.article.delegation.set(p.key, role);
    emit(ctx, 'ATTENDED', p, eventKey, { role }, 'attendance', event ? 0.8 : 0.7);
    for (const org of ctx.briefing.affiliations.get(p.key) ?? []) emit(ctx, 'ATTENDED', org, eventKey, { role: role === 'chair' || role === 'keynote' || role === 'speaker' ? 'participant' : role === 'delegation lead' || role === 'delegate' ? 'delegation' : role === 'host' ? 'host' : role === 'guest' || role === 'visitor' ? 'visitor' : 'participant' }, 'attendance-affiliation', 0.65);
  }
  // "代表团与欧盟委员会可持续生产与消费部门负责人就…进行了磋商": the other side of a talk takes part in it.
  if (event && ctx.text.includes('进行')) {
    const talk = ctx.text.match(/与([^，。；]{2,60}?)进行了?[^，。；]{0,6}?(?:磋商|交流|会谈|座谈|对话|讨论|探讨|研讨)/u);
    if (talk) {
      const from = talk.index! + 1;
      const side = mentionsOf(ctx, ORG, from, from + talk[1]!.length).filter((o) => !/^\s*就/u.test(ctx.text.slice(Math.max(0, o.start - 1), o.start)) && !/^\s*就/u.test(ctx.text.slice(from, o.start)));
      for (const o of side) emit(ctx, 'ATTENDED', o, event.key, { role: 'participant' }, 'talk-counterpart', 0.7);
      // "中环联合项目团队与日方专家组进行了项目层面的研讨": the side before 与 takes part too.
      const clause = clauseAround(ctx.text, talk.index!);
      const last = mentionsOf(ctx, ORG, clause.start, talk.index!).pop();
      if (last) for (const o of coordinated(ctx, last, ORG).filter((x) => x.start >= clause.start && x.end <= talk.index!)) emit(ctx, 'ATTENDED', o, event.key, { role: 'participant' }, 'talk-side', 0.7);
    }
  }
  // "会议由联合国环境署经济部…官员主持": the body whose officer chairs takes part, as chair.
  const chairedBy = ctx.text.match(/由([^，。；]{2,50}?)主持/u);
  if (chairedBy && !mentionsOf(ctx, ['Person'], chairedBy.index!, chairedBy.index! + chairedBy[0].length).length) {
    for (const o of mentionsOf(ctx, ORG, chairedBy.index!, chairedBy.index! + chairedBy[0].length)) {
      emit(ctx, 'ATTENDED', o, eventKey, { role: 'chair' }, 'chaired-by-body', 0.7);
      const parent = ctx.registry.parentOf(o.key);
      if (parent) emit(ctx, 'ATTENDED', parent, eventKey, { role: 'chair' }, 'chaired-by-body', 0.65);
    }
  }
  // Organisations that come, send representatives or take part: 来自…等机构代表…参加.
  const orgsAttend = /来自|代表|参加了?|出席|参会|与会|到访|来访|访问|出访|一行|参与了?本/u.test(ctx.text);
  if (orgsAttend) {
    for (const o of mentionsOf(ctx, ORG)) {
      const after = ctx.text.slice(o.end, o.end + 20);
      const before = ctx.text.slice(Math.max(0, o.start - 12), o.start);
      // The host of a visit ("到访中环联合") is the place visited, not a visitor.
      if (/(?:到访|来访|访问|拜访)\s*$/u.test(before)) {
        emit(ctx, 'ORGANIZED', o, eventKey, { role: 'host' }, 'visit-host', 0.7);
        continue;
      }
      if (/^(?:主办|承办|联合主办|组织召开|组织|召开|举办|主持召开)/u.test(after.replace(/^[^，。]{0,2}/u, '')) || /由\s*$/u.test(before)) continue;
      // "“同一个地球网络”参与了本届年会的相关活动": taking part in this meeting is attending it.
      const listed = /来自/u.test(ctx.text.slice(0, o.start)) || /^[^，。]{0,10}?(?:参加|出席|参会|与会|到访|来访|出访|一行|代表|参与了?(?:本|此|这)[届次])/u.test(after);
      if (listed) emit(ctx, 'ATTENDED', o, eventKey, { role: /到访|来访/u.test(after) ? 'visitor' : 'attendee' }, 'attendance-organisation', 0.7);
    }
  }
}

function organisers(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const eventKey = event?.key ?? ctx.article.event;
  if (!eventKey) return;
  // "德国联邦环境部、德国环保署（UBA）、…和RAL把2017年10月25日定为第二个“蓝色天使日”": who declares the day holds it.
  if (event?.kind === 'observance' && ctx.text.includes('把')) {
    const at = ctx.text.indexOf('把');
    const last = mentionsOf(ctx, ACTORS, clauseAround(ctx.text, at).start, at).pop();
    if (last) for (const s of coordinated(ctx, last, ACTORS).filter((x) => x.end <= at)) emit(ctx, 'ORGANIZED', s, event.key, { role: 'organizer' }, 'declared-day', 0.75);
  }
  for (const m of matchesWith(ctx.text, '由', /由([^，。；]{2,80}?)(联合主办|共同主办|主办|承办|组织召开|召开|举办|主持召开)/gu)) {
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    const role = m[2] === '承办' ? 'co-organizer' : /联合|共同/u.test(m[2]!) ? 'co-organizer' : 'host';
    for (const o of mentionsOf(ctx, ACTORS, start, end)) emit(ctx, 'ORGANIZED', o, eventKey, { role }, 'hosted-by', 0.85);
    // "…主办，A、B承办" lists the co-organisers after the host.
    const rest = ctx.text.slice(m.index! + m[0].length);
    const co = rest.match(/^[，,]?([^。；]{2,120}?)承办/u);
    if (co) {
      const s = m.index! + m[0].length + rest.indexOf(co[1]!);
      for (const o of mentionsOf(ctx, ACTORS, s, s + co[1]!.length)) emit(ctx, 'ORGANIZED', o, eventKey, { role: 'co-organizer' }, 'co-organised-by', 0.85);
    }
  }
  // Subject + 组织召开/召开/举办/举行 (+ event): "国家发改委在京组织召开了…评审会".
  const verb = ctx.text.match(/(组织召开|主持召开|召开|举办|举行|联合主办|共同主办|主办|发起|共同举办)/u);
  // "…今天在巴黎举行的“一个地球峰会”上宣布": a clause describing the event names no organiser.
  const describing = verb && /^的/u.test(ctx.text.slice(verb.index! + verb[0].length)) && /在[^，。；]{1,12}$/u.test(ctx.text.slice(0, verb.index));
  if (verb && !describing && !/由[^，。]*$/u.test(ctx.text.slice(0, verb.index))) {
    const clause = clauseAround(ctx.text, verb.index!);
    const subjects = mentionsOf(ctx, ACTORS, clause.start, verb.index!).filter((m) => !/在\s*$/u.test(ctx.text.slice(clause.start, m.start)));
    const first = subjects[0];
    if (first && !/(?:于|在)\s*$/u.test(ctx.text.slice(Math.max(0, first.start - 2), first.start))) {
      const isEventName = mentionsOf(ctx, ['Event'], clause.start, verb.index!).length > 0 && mentionsOf(ctx, ['Event']).some((e) => e.start < first.start);
      if (!isEventName) {
        for (const s of coordinated(ctx, subjects[subjects.length - 1]!, ACTORS)) {
          emit(ctx, 'ORGANIZED', s, eventKey, { role: /联合|共同/u.test(verb[1]!) ? 'co-organizer' : 'organizer' }, 'organised', 0.75);
        }
      }
    }
  }
}

/** HELD_IN, remembered so events held inside this one can take its places. */
function holdAt(ctx: SentenceContext, event: string, place: string, method: string, confidence: number): void {
  emit(ctx, 'HELD_IN', event, place, {}, method, confidence);
  const set = ctx.registry.heldPlaces.get(event) ?? new Set<string>();
  set.add(place);
  ctx.registry.heldPlaces.set(event, set);
}

/** Before a place: it is where something is (在, 于, 赴…). */
const PLACE_MARKED_BEFORE = /(?:在|于|赴|访问|出访|访|到)[^，。]{0,4}$/u;
/** After a place: something was held there (召开, 举办…), or a year follows (", 2018年"). */
const PLACE_MARKED_AFTER = /^(?:[^，。]{0,6}(?:召开|举办|举行|开幕|举办的|召开的)|\s*[，,]\s*\d{4}年)/u;

/**
 * Where an event was held, from the places its sentence puts it in: "在瑞典斯德哥尔摩召开", "出访比利时和德国".
 * Places joined by 和、与、及 are one list, placed or not as a whole: "丹麦和荷兰代表讲解" names where
 * speakers came from, not where anything was held. When the sentence places the event nowhere and
 * the event was reported inside another one, it was held where that one was (heldWhereParentWas).
 * The graph keeps only the most specific of nested places (extractGraph): the city, not also its
 * country.
 */
function heldIn(ctx: SentenceContext, event: ReadEvent | undefined): void {
  if (!event) return;
  const located: string[] = [];
  const mentions = mentionsOf(ctx, ['Place']);
  for (let first = 0; first < mentions.length; ) {
    let last = first;
    while (last + 1 < mentions.length && /^\s*(?:和|与|及|、)\s*$/u.test(ctx.text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
    const before = ctx.text.slice(Math.max(0, mentions[first]!.start - 8), mentions[first]!.start);
    const after = ctx.text.slice(mentions[last]!.end, mentions[last]!.end + 12);
    if ((PLACE_MARKED_BEFORE.test(before) || PLACE_MARKED_AFTER.test(after)) && !/来自[^，。]{0,4}$/u.test(before)) {
      for (let i = first; i <= last; i++) if (!located.includes(mentions[i]!.key)) located.push(mentions[i]!.key);
    }
    first = last + 1;
  }
  if (/在京|来京|赴京|在北京/u.test(ctx.text)) {
    const beijing = ctx.registry.placeByName('北京');
    if (beijing && !located.includes(beijing)) located.push(beijing);
  }
  for (const place of located) holdAt(ctx, event.key, place, 'held-in', 0.8);
  if (located.length === 0 && event.inherited && ctx.article.event) heldWhereParentWas(ctx, event.key, event.parent ?? ctx.article.event);
}

/**
 * A meeting inside a reported meeting happened where that one did, when that one was held in
 * one place: a meeting during a trip to 比利时和德国 was in one of them, and which one the text
 * does not say.
 */
function heldWhereParentWas(ctx: SentenceContext, event: string, parent: string): void {
  const places = ctx.registry.mostSpecificPlaces(ctx.registry.heldPlaces.get(parent) ?? []);
  if (places.length === 1) holdAt(ctx, event, places[0]!, 'held-in-parent', 0.65);
}

// ---------------------------------------------------------------- signing and witnessing

const SIGN = /(?:共同)?(?:签署|签订|签约|缔结)(?:了)?/u;

function signing(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const sign = SIGN.exec(ctx.text);
  if (!sign) return;
  const at = sign.index;
  const after = at + sign[0].length;
  // Witnesses: 在X(的)?见证下.
  const witnessSpan = ctx.text.match(/在([^，。]{1,40}?)(?:的)?见证下/u);
  const wStart = witnessSpan ? witnessSpan.index! + 1 : -1;
  const wEnd = witnessSpan ? wStart + witnessSpan[1]!.length : -1;
  const support = ctx.text.match(/在([^，。]{1,40}?)的支持下/u);
  const sStart = support ? support.index! : -1;
  const sEnd = support ? sStart + support[0].length : -1;
  let signers = mentionsOf(ctx, ACTORS, 0, at).filter((m) => !(m.start >= wStart && m.end <= wEnd) && !(m.start >= sStart && m.end <= sEnd));
  // Only the clause(s) leading to the verb: drop actors separated from it by a full stop.
  signers = signers.filter((m) => !/[。；]/u.test(ctx.text.slice(m.end, at)));
  // "出席GEN 2017年会并签署": what is attended or visited is not a signing party.
  signers = signers.filter((m) => !/(?:出席|参加|会见|访问|到访|在|于|受)\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 4), m.start)));
  let objects = mentionsOf(ctx, WORKS, after).filter((m) => !/[。；]/u.test(ctx.text.slice(after, m.start)));
  objects = objects.filter((m) => !/[，]/u.test(ctx.text.slice(after, m.start)) || objects.indexOf(m) === 0);
  // "双方…签署了": the two sides of the meeting the article reports.
  if (signers.length === 0 && /双方|两方/u.test(ctx.text.slice(0, at)) && ctx.article.parties && ctx.article.parties.length >= 2) {
    signers = ctx.article.parties.map((key) => ({ start: 0, end: 0, key, label: 'Organization' as const, text: '双方' }));
  }
  if (objects.length === 0) {
    const np = ctx.text.slice(after).match(/^[“《]?([^，。；“”《》]{2,40}?(?:共同标准|通用标准|标准|协议|协定|备忘录|意向书|合作协议|公约))/u);
    if (np) {
      const name = cleanName(np[1]!);
      const rule = classifyBySuffix(name);
      const generic = charCount(name) <= 8 && /^(?:战略|合作|小规模|谅解|框架|互认|双边|多边|合作框架|资助|小规模资助)/u.test(name);
      const parties = signers.filter((s) => s.label === 'Organization').map((s) => ctx.registry.canonicalName(ctx.registry.peek(s.key)!));
      const partyNames = parties.length ? parties : signers.map((s) => ctx.registry.canonicalName(ctx.registry.peek(ctx.briefing.affiliation.get(s.key) ?? s.key)!));
      const fullName = generic && partyNames.length ? `${[...new Set(partyNames)].join('与')}${name}` : name;
      // A generic name ("互认合作备忘录") of something the article has signed already is that thing.
      const already = generic && rule ? ctx.article.signed.find((k) => ctx.registry.peek(k)?.label === rule.label) : undefined;
      if (already) {
        ctx.registry.observe(ctx.registry.get(already)!, name, 0);
        objects = [{ start: after, end: after + np[0].length, key: already, label: rule!.label, text: np[0] }];
      } else if (rule && (rule.label === 'Standard' || rule.label === 'Agreement')) {
        const draft = ctx.registry.ensure(rule.label, fullName, { method: 'pattern:signed-object', confidence: 0.75, kind: rule.kind });
        // The text's own words ("战略合作协议") stay a name of it.
        if (fullName !== name) ctx.registry.observe(draft, name, 0);
        objects = [{ start: after, end: after + np[0].length, key: draft.key, label: rule.label, text: np[0] }];
      }
    }
  }
  if (signers.length === 0 || objects.length === 0) {
    ctx.skip(signers.length === 0 ? 'signing: no signing party named in the sentence' : 'signing: no agreement or standard named after the verb');
    return;
  }
  const eventDraft = ctx.registry.peek(event?.key ?? ctx.article.event ?? '');
  // Undated signing sentences inside an event report take the event's date.
  const date = sentenceDate(ctx) ?? eventDraft?.startDate;
  for (const o of objects) {
    for (const s of signers) {
      emit(ctx, 'SIGNED', s, o, { date }, 'signed', 0.85);
      const org = s.label === 'Person' ? ctx.briefing.affiliation.get(s.key) : undefined;
      if (org) emit(ctx, 'SIGNED', org, o, { date }, 'signed-for-organisation', 0.75);
    }
    for (const w of mentionsOf(ctx, ACTORS, wStart, wEnd)) emit(ctx, 'WITNESSED', w, o, {}, 'witnessed', 0.8);
    // An agreement named after a programme ("中德绿色消费合作意向书"): its parties take part in it.
    const programme = ctx.registry.namedAtHead(o.key, 'Project', 4);
    if (programme) for (const s of signers) emit(ctx, 'INVOLVED_IN', ctx.briefing.affiliation.get(s.key) ?? s.key, programme, { role: 'partner' }, 'agreement-of-programme', 0.65);
    const eventKey = event?.key ?? ctx.article.event;
    if (eventKey) emit(ctx, 'PRODUCED', eventKey, o, {}, 'signed-at-event', event ? 0.8 : 0.65);
    // An undated signing inside a reported event is an event of its own, in that event's month.
    if (!event && eventDraft?.startDate && ctx.article.event) {
      const objectName = ctx.registry.canonicalName(ctx.registry.peek(o.key)!);
      const month = eventDraft.startDate.slice(0, 7);
      const signingEvent = ctx.registry.ensure('Event', `${objectName}签署`, { method: 'pattern:signing-event', confidence: 0.7, kind: 'signing' }, `Event|${month}-signing-${o.key.replace(/^[^|]*\|/, '').slice(0, 40)}`);
      signingEvent.startDate ??= month;
      signingEvent.datePrecision ??= month.length === 7 ? 'month' : 'year';
      ctx.mention(signingEvent.key);
      emit(ctx, 'PRODUCED', signingEvent.key, o, {}, 'signing-event', 0.75);
      emit(ctx, 'PART_OF', signingEvent.key, ctx.article.event, {}, 'signing-event', 0.7);
      heldWhereParentWas(ctx, signingEvent.key, ctx.article.event);
      for (const s of signers) emit(ctx, 'ATTENDED', s, signingEvent.key, { role: 'signatory' }, 'signing-event', 0.75);
    }
    ctx.article.signed.push(o.key);
  }
}

// ---------------------------------------------------------------- membership

function membership(ctx: SentenceContext): void {
  const text = ctx.text;
  const date = ctx.dates.find((d) => !d.end);
  // X…加入(了)?Y
  for (const m of matchesWith(text, '加入', /加入(?:了)?/gu)) {
    const clause = clauseAround(text, m.index!);
    const targets = mentionsOf(ctx, ['Organization', 'Project'], m.index! + m[0].length, clause.end + 40).filter((t) => !/[，。]/u.test(text.slice(m.index! + m[0].length, t.start)));
    const target = targets[0];
    if (!target) continue;
    let members = mentionsOf(ctx, ACTORS, 0, m.index!).filter((x) => !/[。；]/u.test(text.slice(x.end, m.index!)));
    // "以环境发展中心名义", "作为核心群成员加入": prefer the nearest subject of the clause;
    // "中环联合作为国家级权威认证机构，…加入": what follows 作为 describes the subject, it is not one.
    members = members.filter((x) => x.key !== target.key && !/作为\s*$/u.test(text.slice(Math.max(0, x.start - 3), x.start)));
    const member = members[members.length - 1] ?? members[0];
    if (!member) {
      ctx.skip('membership: no member named before 加入');
      continue;
    }
    const clauseText = text.slice(clause.start, clause.end);
    const role = /核心群|核心层/u.test(clauseText) ? 'core group' : /第二层级/u.test(clauseText) ? 'second tier' : /理事/u.test(clauseText) ? 'board member' : undefined;
    const since = date && Math.abs(date.index - m.index!) < 30 ? date.start.slice(0, date.precision === 'day' ? 10 : 7).slice(0, 4) : undefined;
    emit(ctx, 'MEMBER_OF', member, target, { role, since }, 'joined', 0.85);
  }
  // X担任(该组织|Y)理事 / X作为Y理事成员 / X成为Y…成员/会员/委员
  // The span may hold an English aside: "成为澳大利亚可持续城市环境委员会（The Australian …, ASBEC）新的执行委员".
  for (const m of matchesWith(text, ['员', '理事'], /(担任|作为|成为|为)((?:[^，。；（(]|[（(][^（）()]{0,80}[）)]){0,30}?)(理事成员|理事|执行委员|准会员|会员|成员|委员)/gu)) {
    const verbAt = m.index!;
    const spanStart = verbAt + m[1]!.length;
    const spanEnd = spanStart + m[2]!.length;
    let target: Mention | string | undefined = mentionsOf(ctx, ['Organization', 'Project'], spanStart, spanEnd + m[3]!.length)[0];
    let word = m[3]!;
    // "成为澳大利亚可持续城市环境委员会（…）新的执行委员": the role word read first (委员) is inside the
    // body's name; the role is the one after the name.
    const inName = mentionsOf(ctx, ['Organization', 'Project'], spanStart).find((x) => x.start < spanEnd + word.length && x.end > spanEnd);
    if (!target && inName) {
      const after = text.slice(inName.end).match(/^(?:\s*[（(][^（）()]{0,80}[）)])?[^，。；（(]{0,8}?(理事成员|理事|执行委员|准会员|会员|成员|委员)/u);
      if (after) {
        target = inName;
        word = after[1]!;
      }
    }
    if (!target && /该组织|该网络|其/u.test(m[2]!)) {
      const prior = mentionsOf(ctx, ORG, 0, verbAt);
      target = prior[prior.length - 1];
    }
    if (!target) continue;
    const before = mentionsOf(ctx, ACTORS, 0, verbAt).filter((x) => x.key !== (typeof target === 'string' ? target : target!.key) && !/[。；]/u.test(text.slice(x.end, verbAt)));
    // "澳大利亚良好环境选择首席执行官凯特·哈里斯…成为…执行委员": the person named in the verb's clause joins, not her employer.
    const person = before.filter((x) => x.label === 'Person' && x.start >= clauseAround(text, verbAt).start).pop();
    const member = before[0] && before[0].label === 'Organization' && /以[^，。]*名义/u.test(text) ? mentionsOf(ctx, ORG, text.indexOf('以'), verbAt)[0] ?? before[0] : before[before.length - 1] && /作为/u.test(m[1]!) ? before[before.length - 1] : person ?? before[0];
    if (!member) continue;
    const role = word === '准会员' ? 'associate member' : word.startsWith('理事') ? 'board member' : word === '执行委员' ? 'executive committee member' : /核心群/u.test(m[2]!) ? 'core group' : undefined;
    const yearNear = ctx.dates.find((d) => d.index < verbAt && verbAt - d.index < 12);
    emit(ctx, 'MEMBER_OF', member, target, { role, since: yearNear ? yearNear.start.slice(0, 4) : undefined }, 'member-role', 0.8);
    if (member.label === 'Person' && typeof target !== 'string' && target.label === 'Organization') {
      emit(ctx, 'HOLDS_POSITION', member, target, { title: englishTitle(word) ?? word, titleZh: word }, 'member-role', 0.7);
    }
  }
}

/**
 * Roles inside a body: "中环联合于2019年开始承担国际绿色采购网秘书处职能" (its secretariat),
 * "…基础设施/建筑工作组由印度铁道部牵头" (its lead member).
 */
function rolesInBodies(ctx: SentenceContext): void {
  const text = ctx.text;
  if (text.includes('秘书处')) {
    const m = text.match(/(担任|承担|作为)([^，。；]{1,30}?)秘书处(?:职能|工作|角色)?/u);
    const from = m ? m.index! + m[1]!.length : -1;
    // The span may be read as one name with its secretariat ("国际绿色采购网秘书处"): the body is the one it serves.
    const unit = m ? mentionsOf(ctx, ORG, from).find((o) => o.start < from + m[2]!.length && o.text.endsWith('秘书处')) : undefined;
    const parent = unit ? ctx.registry.parentOf(unit.key) : undefined;
    const body = m ? mentionsOf(ctx, ORG, from, from + m[2]!.length).pop() ?? (unit && parent ? { ...unit, key: parent } : undefined) : undefined;
    const holder = m ? mentionsOf(ctx, ORG, clauseAround(text, m.index!).start, m.index!).pop() : undefined;
    const since = m ? ctx.dates.find((d) => d.index < m.index! && m.index! - d.index < 12) : undefined;
    if (body && holder && body.key !== holder.key) emit(ctx, 'MEMBER_OF', holder, body, { role: 'secretariat', since: since?.start.slice(0, 4) }, 'secretariat', 0.75);
  }
  if (text.includes('牵头') && text.includes('由')) {
    const m = text.match(/由([^，。；]{2,40}?)牵头/u);
    if (!m) return;
    // The body led is the subject right before 由, not a document ("《…》由X牵头").
    const body = mentionsOf(ctx, ORG, clauseAround(text, m.index!).start, m.index!).pop();
    if (!body || withoutAsides(text.slice(body.end, m.index!)) !== '') return;
    for (const o of mentionsOf(ctx, ORG, m.index! + 1, m.index! + 1 + m[1]!.length)) emit(ctx, 'MEMBER_OF', o, body, { role: 'lead' }, 'led-by-member', 0.7);
  }
}

/** "PECC在亚太经合组织（APEC）中享有正式观察员地位", "X是Y的观察员": observers are members in that role. */
function observers(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('观察员')) return;
  const m = text.match(/(在|是|为|成为)([^，。；]{2,40}?)(?:中|内|的)?(?:享有|具有|拥有|获得|取得)?([^，。；]{0,4})观察员/u);
  if (!m) return;
  const spanStart = m.index! + m[1]!.length;
  const target = mentionsOf(ctx, ['Organization', 'Project'], spanStart, spanStart + m[2]!.length)[0];
  const member = mentionsOf(ctx, ACTORS, clauseAround(text, m.index!).start, m.index!).pop();
  if (!target || !member) return;
  emit(ctx, 'MEMBER_OF', member, target, { role: /正式/u.test(m[3]!) ? 'official observer' : 'observer' }, 'observer', 0.75);
}

/** "塔尼娅·佩雷斯当选为该网络首任主席", "X出任Y秘书长": positions taken. */
function appointments(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const m of matchesWith(text, ['当选', '出任', '任命', '被选为', '担任'], /(当选为?|出任|被任命为|被选为|担任)([^，。；]{0,30}?)(首任|新任|新一任)?([\p{Script=Han}]{0,6}?)(主席|副主席|秘书长|主任|会长|理事长|总干事|执行主任|首席执行官|总经理|院长|所长)/gu)) {
    const verbAt = m.index!;
    const person = mentionsOf(ctx, ['Person'], 0, verbAt).filter((p) => !/[。；]/u.test(text.slice(p.end, verbAt))).pop();
    if (!person) continue;
    const spanStart = verbAt + m[1]!.length;
    const org = mentionsOf(ctx, ORG, spanStart, verbAt + m[0].length)[0];
    if (!org) continue;
    const titleZh = text.slice(org.end, verbAt + m[0].length).replace(/^的/u, '').trim() || m[5]!;
    emit(ctx, 'HOLDS_POSITION', person, org, { title: englishTitle(m[5]!) ?? m[5]!, titleZh, asOf: ctx.dates[0]?.start.slice(0, 4) }, 'appointed', 0.8);
  }
}

// ---------------------------------------------------------------- programmes, labels, documents

function operations(ctx: SentenceContext): void {
  const text = ctx.text;
  const labels = mentionsOf(ctx, ['EcoLabel', 'Project']);
  if (labels.length === 0) return;
  const verb = /业务|实施|推出|运营|负责|管理|颁发|发起并领导|发起|领导|启动/u;
  if (!verb.test(text)) return;
  for (const l of labels) {
    // A listed label ("A（…）、B（…）、C等业务") shares the operator of the first in the list.
    const head = coordinated(ctx, l, ['EcoLabel', 'Project'])[0] ?? l;
    const before = text.slice(0, head.start);
    const clauseStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1;
    const orgs = mentionsOf(ctx, ORG, clauseStart, head.start).filter((o) => !/来自|向|与/u.test(text.slice(Math.max(0, o.start - 2), o.start)));
    const after = text.slice(l.end, l.end + 40);
    const operatorAfter = after.match(/^[^，。]{0,6}?由/u) ? mentionsOf(ctx, ORG, l.end, l.end + 40)[0] : undefined;
    const operator = operatorAfter ?? orgs[orgs.length - 1];
    if (!operator) continue;
    const gap = operatorAfter ? after : text.slice(operator.end, head.start) + text.slice(l.end, l.end + 12);
    if (!operatorAfter && (withoutAsides(text.slice(operator.end, head.start)).length > 24 || /[，。；]/u.test(text.slice(operator.end, head.start)))) continue;
    if (!verb.test(gap) && !/有关|(?:推出|负责|运营|实施|管理)的/u.test(text.slice(operator.end, head.start))) continue;
    if (l.label === 'Project' && /发起|领导|启动/u.test(gap)) {
      const since = ctx.dates.find((d) => d.index > operator.end && d.index < l.start + 60);
      for (const o of coordinated(ctx, operator, ORG)) emit(ctx, 'ORGANIZED', o, l, { role: /领导/u.test(gap) ? 'lead' : 'launcher', since: since?.start.slice(0, 4) }, 'launched', 0.8);
      continue;
    }
    emit(ctx, 'OPERATES', operator, l, {}, 'operates', 0.75);
    // A department's programme is its parent's too: "UL 环境事业部" runs it, so UL does.
    const parent = ctx.registry.parentOf(operator.key);
    if (parent) emit(ctx, 'OPERATES', parent, l, {}, 'operates-parent', 0.7);
  }
}

function labelsHeld(ctx: SentenceContext): void {
  const m = ctx.text.match(/(荣获|获得|通过)([^，。]{0,20}?)/u);
  if (!m) return;
  const labels = mentionsOf(ctx, ['EcoLabel'], m.index!, m.index! + 24);
  if (labels.length === 0) return;
  const clause = clauseAround(ctx.text, m.index!);
  // "中环联合助力美的…通过…认证": the helper is not the holder.
  const holders = mentionsOf(ctx, ORG, clause.start, m.index!).filter((o) => !/^\s*(?:助力|帮助|协助)/u.test(ctx.text.slice(o.end, o.end + 4)));
  const holder = holders[holders.length - 1];
  if (!holder) return;
  const productMatch = ctx.text.slice(holder.end, m.index!).match(/(?:公司)?(?:生产的)?(.{2,60})$/u);
  const product = productMatch ? cleanName(productMatch[1]!.replace(/^[的\s]+/, '')) : undefined;
  const date = ctx.dates[0]?.start;
  for (const l of labels) emit(ctx, 'HOLDS_LABEL', holder, l, { product: product && product.length >= 2 ? product : undefined, date }, 'holds-label', 0.8);
}

const PUBLISHING_VERB = /发布|推出|制定|制订|修订|编制|发表|宣布|批准|出版/u;

function publishing(ctx: SentenceContext): void {
  const text = ctx.text;
  const works = mentionsOf(ctx, ['Document', 'Standard']);
  // "该指南由…荷兰基础设施与环境部牵头": the document the article is about.
  const anaphor = text.match(/^(?:该|本|此)(?:指南|报告|标准|准则)[^，。]{0,4}由([^，。；]{2,60}?)(牵头|制订|制定|编制|发布)/u);
  const topic = ctx.article.topic?.Document;
  if (works.length === 0 && anaphor && topic) {
    const s = anaphor.index! + anaphor[0].indexOf(anaphor[1]!);
    for (const o of mentionsOf(ctx, ORG, s, s + anaphor[1]!.length).slice(-1)) {
      emit(ctx, 'PUBLISHED', o, topic, { date: sentenceDate(ctx) }, 'published-by', 0.7);
      emit(ctx, 'CONTRIBUTED_TO', o, topic, { role: 'lead' }, 'led-by', 0.7);
    }
  }
  if (works.length === 0) return;
  // "《产品可持续性信息提供指南 (…)》(UNEP & ITC 2017)": a citation after the title names its authors and year.
  if (/\d{4}\s*[）)]/u.test(text)) {
    for (const w of works) {
      const cite = text.slice(w.end).match(/^(?:\s*[（(][^（）()]*[）)])?[》”\s]*[（(]([^（）()]{2,60}?)[,，]?\s*((?:19|20)\d{2})\s*[）)]/u);
      if (!cite) continue;
      const from = w.end + text.slice(w.end).indexOf(cite[1]!);
      for (const o of mentionsOf(ctx, ORG, from, from + cite[1]!.length)) emit(ctx, 'PUBLISHED', o, w, { date: cite[2] }, 'cited-authors', 0.7);
    }
  }
  // X(…)发布(了|的)?《Doc》, X制定了《Doc》, 《Doc》由X(组织)?制订/牵头/编制
  for (const w of works) {
    // "编制《A》和《B》": B follows the verb through A.
    const head = coordinated(ctx, w, ['Document', 'Standard'])[0] ?? w;
    const before = text.slice(0, head.start);
    // The verb is looked for first: the pattern itself backtracks over every start.
    const pre = PUBLISHING_VERB.test(before) ? before.match(/([^，。；]{0,40})(?:发布|推出|制定|制订|修订|编制|发表|宣布|批准|出版)(?:了|的)?[^，。；]{0,12}$/u) : null;
    if (pre) {
      const s = before.length - pre[0].length;
      // "可持续公共采购计划组织编制《…》": a programme's document is part of it.
      const programme = mentionsOf(ctx, ['Project'], s, w.start).pop();
      if (programme && /组织|编制|制定/u.test(pre[0])) emit(ctx, 'PART_OF', w, programme, {}, 'programme-document', 0.65);
      const orgs = mentionsOf(ctx, ORG, s, w.start);
      const publisher = orgs[orgs.length - 1];
      if (publisher) {
        for (const o of coordinated(ctx, publisher, ORG)) emit(ctx, 'PUBLISHED', o, w, { date: sentenceDate(ctx) }, 'published', 0.8);
        continue;
      }
    }
    const post = text.slice(w.end).match(/^[^。；]{0,20}?由([^。；]{2,60}?)(?:组织)?(?:制订|制定|编制|发布|牵头|发起|组织编制|负责)/u);
    if (post) {
      // "《A》是…“B决议”的一个内容，该指南由X牵头": 该指南 is A, not the B just before it.
      const anaphor = (/(?:该|本|此)$/u.test(text.slice(0, w.start)) ? cleanName(w.text) : undefined) ?? post[0].match(/(?:该|本|此)(指南|报告|标准|准则|宪章|文件)/u)?.[1];
      const target = anaphor ? referentOf(ctx, works, anaphor) : w.key;
      if (!target) continue;
      const s = w.end + text.slice(w.end).indexOf(post[1]!);
      for (const o of mentionsOf(ctx, ORG, s, s + post[1]!.length)) {
        emit(ctx, 'PUBLISHED', o, target, { date: sentenceDate(ctx) }, 'published-by', 0.8);
        // Who leads or drafts a document also contributes to it, as its lead.
        if (/牵头|编制|制定|制订/u.test(post[0])) emit(ctx, 'CONTRIBUTED_TO', o, target, { role: 'lead' }, 'led-by', 0.75);
      }
    }
  }
}

/** What "该指南" refers to: the first guide the sentence names outright, else the document the article is about. */
function referentOf(ctx: SentenceContext, works: Mention[], word: string): string | undefined {
  const named = works.find((x) => !/(?:该|本|此)$/u.test(ctx.text.slice(0, x.start)) && ctx.registry.canonicalName(ctx.registry.peek(x.key)!).endsWith(word));
  return named?.key ?? ctx.article.topic?.Document;
}

/** A bullet item with no subject of its own ("- ⇒ 提供…，支持UNEP完成《…》") under "2017年中环联合参与的主要工作：". */
function listItemSubject(ctx: SentenceContext): Mention | undefined {
  const key = ctx.article.listSubject;
  if (!key || !/^\s*(?:[-–—•⇒*·]+|\d+\s*[、.．)）])/u.test(ctx.text)) return undefined;
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
  const verb = text.match(/(提出了?(?:具体的|评审)?意见|评审意见|提交了?|编入|参与(?:了)?(?:制定|编制|编写|该项工作)|参与了?[^，。；]{0,8}?评审|技术支持|提供(?:了)?[^，。]{0,20}支持|组织提出|支持[^，。]{0,10}完成)/u);
  if (!verb) return;
  // The contributor is the subject: first in its clause, not the object of another verb (提供X, 向X).
  const actors = mentionsOf(ctx, ACTORS, 0, verb.index!).filter((a) => !/[。；]/u.test(text.slice(a.end, verb.index!)));
  const subject =
    actors.find((a) => {
      const lead = text.slice(clauseAround(text, a.start).start, a.start);
      return /^[\s⇒•\-*]*(?:此外|同时|另外)?[\s，]*$/u.test(lead);
    }) ?? listItemSubject(ctx);
  if (!subject) return;
  const role = /意见|评审/u.test(verb[1]!) ? 'reviewer' : /提交|组织提出|编入/u.test(verb[1]!) ? 'case submitter' : /制定|编制|编写/u.test(verb[1]!) ? 'author' : 'contributor';
  let works = mentionsOf(ctx, ['Document', 'Standard', 'Project']).filter((w) => w.key !== subject!.key);
  if (works.length === 0) {
    const topic = /该指南|该报告|该项工作|指南/u.test(text) ? ctx.article.topic?.Document : /该项目|本项目/u.test(text) ? ctx.article.topic?.Project : undefined;
    if (topic) works = [{ start: 0, end: 0, key: topic, label: 'Document', text: '' }];
  }
  for (const w of works) emit(ctx, 'CONTRIBUTED_TO', subject, w, { role }, 'contributed', 0.75);
}

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
    for (const a of actors.filter((x) => x.label === 'Organization' && x.end <= cut)) emit(ctx, 'INVOLVED_IN', a, programme, { role: 'member' }, 'member-unit', 0.65);
  }
  const rules: { re: RegExp; role: string; side: 'before' | 'after' }[] = [
    { re: /承担(?:的|了)?/gu, role: 'implementing agency', side: 'before' },
    { re: /作为[^，。]{0,16}(?:实施机构|执行机构|实施单位)/gu, role: 'implementing agency', side: 'before' },
    { re: /是[^，。]{0,16}(?:实施单位|实施机构|执行机构)/gu, role: 'implementing agency', side: 'before' },
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
        if (by) chosen = actors.filter((a) => a.start >= at - by[1]!.length && a.end <= at);
      } else {
        const next = actors.find((a) => a.start >= end && a.start - end <= 6);
        if (next) chosen = coordinated(ctx, next, ACTORS).filter((c) => c.start >= end);
      }
      const target = targetNear(at);
      if (!target) continue;
      for (const a of chosen) emit(ctx, 'INVOLVED_IN', a, target, { role: rule.role }, 'involved', 0.75);
    }
  }
}

/** Role nouns after a programme's name: "清洁发展机制（CDM）指定经营实体", "SPP计划实施机构". */
const PROGRAMME_ROLE = /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*的?(指定经营实体|经营实体|实施机构|执行机构|实施单位|执行单位|承担单位|参与单位|成员单位|合作伙伴|伙伴|牵头单位|牵头机构|领导机构)/u;

function programmeRoleOf(word: string): string {
  if (/经营实体/u.test(word)) return 'designated operational entity';
  if (/实施|执行|承担/u.test(word)) return 'implementing agency';
  if (/伙伴/u.test(word)) return 'partner';
  if (/牵头|领导/u.test(word)) return 'lead';
  return 'member';
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
      if (holder) emit(ctx, 'INVOLVED_IN', holder, p, { role: programmeRoleOf(role[1]!) }, 'programme-role-noun', 0.75);
    }
    // "JEMAI 开展的供应链碳减排项目": the body carrying out a programme.
    const runs = before.match(/(开展|实施|执行|负责|承担|推行)的\s*[“"]?\s*$/u);
    if (runs) {
      const at = p.start - runs[0].length;
      const actor = actors.filter((a) => a.end <= at && withoutAsides(text.slice(a.end, at)).replace(/[“”"]/gu, '') === '').pop();
      if (actor) emit(ctx, 'INVOLVED_IN', actor, p, { role: runs[1] === '开展' || runs[1] === '负责' || runs[1] === '推行' ? 'lead' : 'implementing agency' }, 'carries-out', 0.75);
    }
    // "通过国际气候行动计划（…），德国环境部…": the subject acts through the programme.
    if (/^\s*通过\s*$/u.test(before) && /^\s*(?:[（(][^（）()]*[）)])?\s*[，,]/u.test(text.slice(p.end))) {
      const next = clauseOf(clause.end + 1);
      const subject = actors.find((a) => a.start >= next.start && a.end <= next.end);
      const funds = /资金|资助|拨款|出资|投入/u.test(text.slice(next.start));
      if (subject) emit(ctx, 'INVOLVED_IN', subject, p, { role: funds ? 'funder' : 'participant' }, 'through-programme', 0.7);
    }
  }
  // "环境署在实现联合国可持续发展目标方面开展的工作": working towards a programme (or goals set in a document).
  if (text.includes('方面') || text.includes('领域')) {
    for (const p of mentionsOf(ctx, ['Project', 'Document'])) {
      const towards = text.slice(Math.max(0, p.start - 8), p.start).match(/在\s*(?:实现|推进|落实|推动|支持|执行|实施)?\s*$/u);
      if (!towards || !/^[^，。；]{0,4}?(?:方面|领域)(?:开展|所做|做出|取得|发挥)/u.test(text.slice(p.end, p.end + 12))) continue;
      const at = p.start - towards[0].length;
      const actor = actors.filter((a) => a.end <= at && at - a.end <= 1).pop();
      if (actor) emit(ctx, p.label === 'Project' ? 'INVOLVED_IN' : 'CONTRIBUTED_TO', actor, p, { role: 'partner' }, 'works-towards', 0.7);
    }
  }
  // "该项目受日本经济产业省委托": the commissioning body.
  // "该项目受日本经济产业省委托", "本项目是由世界银行与全球环境基金联合委托的项目".
  const commissioned = text.includes('委托') ? text.match(/(?:受|由)([^，。；]{2,40}?)(?:的)?(?:联合|共同)?委托/u) : null;
  if (commissioned) {
    const from = commissioned.index! + 1;
    const anaphor = /(?:该|本|此)项目[^，。；]{0,4}$/u.test(text.slice(0, commissioned.index!)) ? ctx.article.topic?.Project : undefined;
    const target = anaphor ?? projects.find((p) => p.end <= commissioned.index! || p.start >= from + commissioned[1]!.length)?.key ?? (/该项目|本项目/u.test(text) ? ctx.article.topic?.Project : undefined);
    if (target) for (const o of mentionsOf(ctx, ORG, from, from + commissioned[1]!.length)) emit(ctx, 'INVOLVED_IN', o, target, { role: 'commissioning agency' }, 'commissioned-by', 0.75);
  }
}

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
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, 'funded', 0.8);
  }
  // "全球环境基金支持项目“…”": the body named right before 支持/资助项目 funds it.
  for (const m of matchesWith(text, '项目', /(?:支持|资助)的?项目/gu)) {
    const funder = [...orgs].reverse().find((o) => o.end <= m.index! && m.index! - o.end <= 1);
    const project = projects.find((p) => p.start >= m.index!);
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, 'funded-project', 0.75);
  }
  // "X宣布它将为Y提供 2000 万欧元": the subject funds the project named in the sentence.
  if (money && /为[^，。]{2,60}?提供\s*\d/u.test(text)) {
    const forAt = text.search(/为[^，。]{2,60}?提供\s*\d/u);
    const clause = clauseAround(text, forAt);
    const funder = orgs.find((o) => o.start >= clause.start && o.end <= forAt);
    const project = projects.find((p) => p.start > forAt) ?? projects[0];
    if (funder && project) emit(ctx, 'FUNDED', funder, project, { amount, currency }, 'funded', 0.75);
  }
}

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

const COOPERATION = /(互认|双边合作关系|战略合作|合作关系|开展[^，。]{0,20}合作|加强合作|合作交流|沟通交流|唯一合作|项目合作|[^，。]{0,4}合作|(?:联合|共同)(?:推出|发起|发布|制定|推动|实施))/gu;

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
  emit(ctx, 'COOPERATES_WITH', subject, partner, { kind: /技术/u.test(m[0]) ? 'technical support' : 'support' }, 'supports', 0.65);
}

function cooperation(ctx: SentenceContext): void {
  support(ctx);
  const text = ctx.text;
  if (!text.includes('合作') && !text.includes('互认') && !text.includes('交流') && !text.includes('联合') && !text.includes('共同') && !text.includes('伙伴')) return;
  // "阿布扎比环保局（EAD）和联合国环境规划署是长期的 AGEDI 执行伙伴关系": partners named together.
  if (text.includes('伙伴')) {
    const p = text.match(/(?:是|为|结成|建立了?|形成了?)[^，。；]{0,20}?伙伴(?:关系)?/u);
    if (p) {
      const clause = clauseAround(text, p.index!);
      const last = mentionsOf(ctx, ORG, clause.start, p.index!).pop();
      const pair = last ? coordinated(ctx, last, ORG).filter((o) => o.start >= clause.start) : [];
      const [first, ...others] = pair;
      if (first) for (const o of others) emit(ctx, 'COOPERATES_WITH', first, o, { kind: 'partnership' }, 'partners', 0.7);
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
  if (!existing && /希望[^。]{0,30}$/u.test(text.slice(0, m.index!))) return;
  const kind = /互认/u.test(m[1]!) ? 'mutual recognition' : /双边/u.test(m[1]!) ? 'bilateral' : /战略/u.test(m[1]!) ? 'strategic' : /^(?:联合|共同)/u.test(m[1]!) ? 'joint' : 'cooperation';
  const withAt = lastWith(ctx, m.index!);
  if (withAt < 0) {
    // "作为德国蓝天使在中国唯一合作的认证机构": the subject cooperates with the label.
    if (/唯一合作/u.test(m[1]!)) {
      const subject = mentionsOf(ctx, ORG).find((o) => o.start > m.index!) ?? mentionsOf(ctx, ORG)[0];
      const label = mentionsOf(ctx, ['EcoLabel'], 0, m.index!)[0];
      if (subject && label) emit(ctx, 'COOPERATES_WITH', subject, label, { kind: 'partnership' }, 'cooperates', 0.75);
      // "作为德国蓝天使在中国唯一合作的认证机构。中环联合…": a fragment whose subject opens the next sentence.
      else if (label && /^\s*作为/u.test(text)) ctx.article.pendingPartner = label.key;
    }
    // "双方都表示希望在已有的战略合作基础上…": the two sides of the article's meeting cooperate already.
    if (existing && /双方/u.test(text.slice(0, m.index!))) {
      const [first, ...others] = sides(ctx);
      if (first) for (const o of others) emit(ctx, 'COOPERATES_WITH', first, o, { kind }, 'sides-cooperate', 0.7);
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
  if (subjectKeys.length === 0 || partners.length === 0) return;
  const topic = text.slice(withAt, m.index!).match(/(环境标志|绿色消费|绿色采购|可持续发展|环境保护|绿色供应链)/u)?.[1];
  for (const subject of subjectKeys) {
    for (const p of partners) {
      emit(ctx, 'COOPERATES_WITH', subject, p, { kind, topic }, 'cooperates', 0.75);
      // A unit's counterpart ("欧盟委员会可持续生产与消费部门负责人") works with the body it belongs to.
      const parent = ctx.registry.parentOf(p.key);
      if (parent) emit(ctx, 'COOPERATES_WITH', subject, parent, { kind, topic }, 'cooperates-parent', 0.65);
    }
  }
}

/** "在…博览会上，美的…空调荣获德国蓝色天使环境标志": a label won at an event the sentence is set in. */
function labelsAwarded(ctx: SentenceContext, event: ReadEvent | undefined, frame: string | undefined): void {
  const text = ctx.text;
  if (!text.includes('荣获') && !text.includes('荣膺') && !text.includes('获颁')) return;
  const at = /在[^，。；]{2,40}上[，,]/u.test(text) ? event?.key : frame;
  if (!at) return;
  const m = text.match(/荣获|荣膺|获颁/u)!;
  const label = mentionsOf(ctx, ['EcoLabel'], m.index!).find((l) => l.start - m.index! <= 8);
  const clause = clauseAround(text, m.index!);
  const winner = mentionsOf(ctx, ORG, clause.start, m.index!)[0];
  if (!label || !winner) return;
  emit(ctx, 'AWARDED', at, winner, { title: ctx.registry.canonicalName(ctx.registry.peek(label.key)!), date: ctx.registry.peek(at)?.startDate }, 'label-awarded-at', 0.7);
}

function awards(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const text = ctx.text;
  const m = text.match(/(授予|颁发|荣膺|荣获|获得)([^。]{0,60}?)[“《]([^”》]{2,40})[”》](?:称号|荣誉|奖)?/u);
  if (!m) return;
  const title = m[3]!;
  if (!/荣誉|称号|奖|领跑者|杯|先进|优秀/u.test(title + text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) return;
  const eventKey = event?.key ?? ctx.article.event;
  let recipients: Mention[];
  if (/荣膺|荣获|获得/u.test(m[1]!)) recipients = mentionsOf(ctx, ['Organization', 'Person', 'EcoLabel'], 0, m.index!).slice(-1);
  // Those named before the honour's quoted title, not those named inside it ("授予曲格平先生“中国环境标志特别荣誉”").
  else recipients = mentionsOf(ctx, ['Organization', 'Person', 'EcoLabel'], m.index!, m.index! + m[1]!.length + m[2]!.length);
  const givers = mentionsOf(ctx, ORG, 0, m.index!).filter((g) => /授予|颁发/u.test(m[1]!) && !recipients.includes(g));
  const from = givers[givers.length - 1]?.key ?? eventKey;
  if (!from) return;
  for (const r of recipients) emit(ctx, 'AWARDED', from, r, { title, date: sentenceDate(ctx) }, 'awarded', 0.8);
}

function partOf(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const text = ctx.text;
  // A sub-event during the article's event: "年会期间，召开了…主题论坛".
  if (event && ctx.article.event && event.key !== ctx.article.event && (/期间/u.test(text) || event.inherited)) {
    emit(ctx, 'PART_OF', event.key, event.parent ?? ctx.article.event, {}, 'during', 0.75);
  }
  // "7月6日举行的循环经济主题的边会上" inside a forum held 7月6日至15日: an event dated within the
  // article's multi-day event is part of it.
  if (event?.date && !event.inherited) {
    const day = event.date.start;

    const within = [ctx.article.event, ctx.article.recentEvent].find((key) => {
      const parent = key && key !== event.key ? ctx.registry.peek(key) : undefined;
      return parent?.startDate && parent.endDate && parent.startDate.length === 10 && day.length === 10 && day >= parent.startDate && day <= parent.endDate && (!event.date!.end || event.date!.end <= parent.endDate);
    });
    if (within) emit(ctx, 'PART_OF', event.key, within, {}, 'within-dates', 0.7);
  }
  // Adopting or approving a document produces it: "7月15日，成员国通过《…部长级宣言》".
  if (event && (event.kind === 'adoption' || event.kind === 'approval')) {
    const verb = ctx.text.search(/通过|批准/u);
    // Only what the verb takes ("通过《宣言》"), not documents its theme mentions later.
    const adopted = mentionsOf(ctx, ['Document', 'Standard', 'Agreement']).filter((d) => verb >= 0 && d.start > verb && d.start - verb <= 12 && !/[，。；]/u.test(ctx.text.slice(verb, d.start)));
    for (const d of adopted.slice(0, 1)) emit(ctx, 'PRODUCED', event.key, d, {}, 'adopted', 0.7);
  }
  // "后续在9月至11月将组织举办…交流会": a follow-up with no subject of its own continues the
  // programme whose meeting the article reports (亚太绿色公共采购网首次会议 -> the network).
  if (event && ctx.article.event && event.key !== ctx.article.event && /^(?:后续|下一步|今后|此后|随后|接下来)/u.test(text)) {
    const verb = text.search(/举办|召开|举行|组织/u);
    const programme = ctx.registry.namedAtHead(ctx.article.event, 'Project', 4);
    if (programme && verb > 0 && mentionsOf(ctx, ACTORS, 0, verb).length === 0) emit(ctx, 'PART_OF', event.key, programme, {}, 'follow-up', 0.65);
  }
  // An event about a project: "…项目成果分享会", "世行项目“…”终期评审会".
  if (event) {
    for (const p of mentionsOf(ctx, ['Project'])) {
      const projectName = ctx.registry.canonicalName(ctx.registry.peek(p.key)!);
      if (event.name.includes(cleanName(p.text).slice(0, 6)) || event.name.startsWith(projectName)) emit(ctx, 'PART_OF', event.key, p, {}, 'event-of-project', 0.7);
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
        if (name.endsWith(kindWord) && /(?:编制|编写|制定|制订)[^。；]*$/u.test(text.slice(0, d.start))) emit(ctx, 'PART_OF', d, p, {}, 'initiative-output', 0.65);
      }
    }
  }
  // X是Y(中的)?(一个)?(重要领域|组成部分|内容之一|一部分)
  const m = text.match(/(?:是|为)([^，。]{0,60}?)(?:中的|的)(?:一个)?(?:重要领域|组成部分|内容之一|一部分|子项目|之一)/u);
  if (m) {
    const whole = mentionsOf(ctx, ['Project', 'Document', 'Event'], m.index!, m.index! + m[0].length)[0];
    const part = mentionsOf(ctx, ['Project', 'Document', 'Event'], 0, m.index!)[0];
    if (whole && part) emit(ctx, 'PART_OF', part, whole, {}, 'part-of', 0.75);
  }
}

/**
 * "为联合国环境规划署-世界自然保护联盟新项目提供…，这个项目的名称是“…”": bodies named right before an
 * unnamed 项目 lead it, and the name given later in the sentence is that project's.
 */
function projectOwners(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('项目') || (!text.includes('名') && !text.includes('称') && !text.includes('叫做'))) return;
  const naming = text.match(/(?:的)?(?:名称是|名为|称为|叫做)\s*[“"《]?/u);
  if (!naming) return;
  const project = mentionsOf(ctx, ['Project'], naming.index!).find((p) => p.start - (naming.index! + naming[0].length) <= 1);
  if (!project) return;
  for (const w of text.slice(0, naming.index!).matchAll(/(?:的)?(?:新|该|这个)?项目/gu)) {
    if (ctx.mentions.some((m) => m.start <= w.index! && w.index! < m.end)) continue;
    const owners: Mention[] = [];
    let at = w.index!;
    for (const o of [...mentionsOf(ctx, ORG, 0, w.index!)].reverse()) {
      if (!/^[\s\-–—、和与及]*$/u.test(text.slice(o.end, at))) break;
      owners.unshift(o);
      at = o.start;
    }
    for (const o of owners) emit(ctx, 'ORGANIZED', o, project, { role: 'lead' }, 'project-of', 0.7);
    if (owners.length) return;
  }
}

function located(ctx: SentenceContext): void {
  // "中国美的公司", "瑞士 IQAir 公司": a country named right before an organisation is where it is.
  for (let i = 0; i + 1 < ctx.mentions.length; i++) {
    const place = ctx.mentions[i]!;
    const org = ctx.mentions[i + 1]!;
    if (place.label !== 'Place' || org.label !== 'Organization' || org.start - place.end > 1 || ctx.text.slice(place.end, org.start).trim() !== '') continue;
    if (ctx.registry.peek(place.key)?.kind !== 'country') continue;
    emit(ctx, 'LOCATED_IN', org, place, {}, 'country-before-name', 0.6);
  }
  // "中国美的公司": the country written in front of a name that does not carry it (美的) is where the body is.
  for (const o of mentionsOf(ctx, ORG)) {
    const head = o.text.match(/^(?:中国|美国|日本|德国|法国|英国|韩国|泰国|瑞典|瑞士|荷兰|意大利|澳大利亚|加拿大|新加坡|新西兰|俄罗斯|印度|巴西)/u)?.[0];
    if (!head || charCount(o.text) - head.length < 2 || ctx.registry.canonicalName(ctx.registry.peek(o.key)!).startsWith(head)) continue;
    const place = ctx.registry.placeByName(head);
    if (place && ctx.registry.peek(place)?.kind === 'country') emit(ctx, 'LOCATED_IN', o, place, {}, 'country-in-name', 0.6);
  }
  const m = ctx.text.match(/位于/u);
  if (!m) return;
  const org = mentionsOf(ctx, ORG, 0, m.index!).pop();
  const place = mentionsOf(ctx, ['Place'], m.index!)[0];
  if (org && place) emit(ctx, 'LOCATED_IN', org, place, {}, 'located-in', 0.8);
}

/** "该网络由智利政府采购局（ChileCompra）和…办事处发起": who founded what the article's launch launched, launched it. */
function founders(ctx: SentenceContext): void {
  const text = ctx.text;
  if (!text.includes('发起') || !text.includes('由') || !ctx.article.event) return;
  const launch = ctx.registry.peek(ctx.article.event);
  if (launch?.kind !== 'launch') return;
  const m = text.match(/^(?:该|此|这个)?[^，。；]{0,30}?由([^，。；]{2,80}?)(?:共同|联合)?发起(?!的)/u);
  if (!m) return;
  const from = m.index! + m[0].indexOf(m[1]!);
  for (const o of mentionsOf(ctx, ORG, from, from + m[1]!.length)) emit(ctx, 'ORGANIZED', o, ctx.article.event, { role: 'launcher' }, 'founders', 0.7);
}

function launches(ctx: SentenceContext, event: ReadEvent | undefined): void {
  if (!event || event.kind !== 'launch') return;
  // "中环联合英文网站…正式上线": the site's owner runs the launch, and the launch produces the site.
  for (const d of mentionsOf(ctx, ['Document', 'Project'])) {
    if (d.start > ctx.text.search(/上线|启动|启用|发布|挂牌/u) + 4) continue;
    emit(ctx, 'PRODUCED', event.key, d, {}, 'launch-produced', 0.7);
    const owner = ctx.registry.ownerByName(d.key);
    if (owner) {
      emit(ctx, 'ORGANIZED', owner, event.key, { role: 'organizer' }, 'launch-owner', 0.7);
      emit(ctx, 'PUBLISHED', owner, d, { date: event.date?.start }, 'launch-owner', 0.7);
    }
  }
  for (const o of mentionsOf(ctx, ORG).filter((x) => x.start < ctx.text.search(/上线|启动|启用|发布|挂牌|宣布/u))) {
    if (/由|与/u.test(ctx.text.slice(Math.max(0, o.start - 1), o.start))) continue;
    emit(ctx, 'ORGANIZED', o, event.key, { role: 'organizer' }, 'launched-by', 0.7);
  }
}

/** "国合会绿色转型…专题政策研究", "同一个地球网络可持续采购计划塑料指南": a body named at the head of a programme's or document's name runs or issues it. */
function ownersByName(ctx: SentenceContext): void {
  for (const m of ctx.mentions) {
    if (m.label !== 'Project' && m.label !== 'Document') continue;
    // The name as written here ("“同一个地球网络”可持续公共采购计划") or as the graph knows it.
    const inText =
      ctx.mentions.find((o) => o.label === 'Organization' && o.start >= m.start - 1 && o.start <= m.start + 1 && o.end < m.end) ??
      // "“同一个地球网络”可持续公共采购计划": the owner stands right before the programme's name.
      // "北欧部长委员会（The Nordic Council of Ministers）的“通过公共采购促进绿色增长项目”": X's programme.
      (m.label === 'Project' ? ctx.mentions.find((o) => o.label === 'Organization' && o.end <= m.start && /^(?:\s*[（(][^（）()]*[）)])?\s*的?[\s“”"]*$/u.test(ctx.text.slice(o.end, m.start))) : undefined);
    const owner = inText?.key ?? ctx.registry.ownerByName(m.key, m.label);
    if (!owner) continue;
    if (m.label === 'Project') {
      // A programme named after its owner is run and led by it.
      emit(ctx, 'OPERATES', owner, m, {}, 'owner-in-name', 0.6);
      emit(ctx, 'ORGANIZED', owner, m, { role: 'lead' }, 'owner-in-name', 0.6);
    } else emit(ctx, 'PUBLISHED', owner, m, {}, 'owner-in-name', 0.6);
  }
}

/** "在…缔约方大会上，德国联邦环境部宣布…", "第四届联合国环境大会提出的“海洋塑料决议”". */
function atNamedEvents(ctx: SentenceContext): void {
  for (const e of mentionsOf(ctx, ['Event'])) {
    const after = ctx.text.slice(e.end, e.end + 3);
    if (/^上[，,]?/u.test(after)) {
      const clauseEnd = ctx.text.slice(e.end).search(/[。；]/u);
      const stop = clauseEnd < 0 ? ctx.text.length : e.end + clauseEnd;
      for (const a of mentionsOf(ctx, ACTORS, e.end, stop).slice(0, 1)) emit(ctx, 'ATTENDED', a, e, { role: 'participant' }, 'at-named-event', 0.65);
    }
    const produced = ctx.text.slice(e.end).match(/^\s*(?:提出|通过|发布|形成)的/u);
    if (produced) {
      const doc = mentionsOf(ctx, ['Document', 'Agreement', 'Standard'], e.end, e.end + produced[0].length + 40)[0];
      if (doc) emit(ctx, 'PRODUCED', e, doc, {}, 'event-produced', 0.7);
    }
  }
}

/** The meeting word right after a body's name: "GEN 2017年会", "CNCPEC第十三届大会", "欧盟环境标志理事会议" (理事会 + 议). */
const OWN_MEETING = /^\s*(?:[（(][^（）()]{1,40}[）)])?\s*(?:\d{4}\s*年?|第[一二三四五六七八九十百\d]+[届次]|首次|成员|全体|秋季|春季|年度)*\s*(?:全体会议|理事会议|年会|大会|会议|论坛|峰会)/u;

/** A body whose name opens the name of the meeting read here convenes it ("欧盟环境标志理事会议"). */
function conveners(ctx: SentenceContext, event: ReadEvent | undefined): void {
  if (!event) return;
  for (const o of mentionsOf(ctx, ORG)) {
    const after = ctx.text.slice(o.end, o.end + 60);
    const own = OWN_MEETING.test(after) || (o.text.endsWith('会') && after.startsWith('议'));
    if (!own || !foldedIncludes(event.name, o.text)) continue;
    emit(ctx, 'ORGANIZED', o, event.key, { role: 'organizer' }, 'own-meeting', 0.7);
  }
}

function foldedIncludes(haystack: string, needle: string): boolean {
  const fold = (x: string) => x.replace(/\s+/g, '').toLowerCase();
  return fold(haystack).includes(fold(needle));
}

const BARE_KIND = /^(?:指南|报告|标准|准则|宪章|手册|指令|宣言|公报)$/u;

/**
 * "《指南》由全球电子理事会组织制订", "该指南计划在本年度内发布": a bare kind word is the article's document
 * of that kind. Before the article has named one, the word names no document and is no mention.
 * Resolved before the sentence's mentions are counted, so the bare word never becomes a node of
 * its own.
 */
export function resolveBareTitles(mentions: Mention[], registry: EntityRegistry, article: ArticleState): Mention[] {
  let kept: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let drop = false;
    if (m.label === 'Document' || m.label === 'Standard') {
      const word = registry.canonicalName(registry.peek(m.key)!);
      if (BARE_KIND.test(word)) {
        const topic = article.topic?.[m.label];
        if (topic && topic !== m.key && registry.canonicalName(registry.peek(topic)!).endsWith(word)) m.key = topic;
        else drop = true;
      }
    }
    if (drop) kept ??= mentions.slice(0, i);
    else kept?.push(m);
  }
  return kept ?? mentions;
}

/** Reads every fact a sentence states. Order matters: positions first (they feed affiliations). */
export function readSentence(ctx: SentenceContext): void {
  // "在意大利米兰市 2018 年举行的空调博览会上。": a fragment that sets the scene for the next sentence.
  const frame = ctx.article.frame;
  ctx.article.frame = undefined;
  const partner = ctx.article.pendingPartner;
  ctx.article.pendingPartner = undefined;
  const opening = ctx.mentions[0];
  if (partner && opening?.label === 'Organization' && opening.start <= 1) emit(ctx, 'COOPERATES_WITH', opening, partner, { kind: 'partnership' }, 'cooperates', 0.7);
  positions(ctx);
  const event = readEvent(ctx);
  if (event && /^在[^，。；]{2,60}上[。，,]?\s*$/u.test(ctx.text)) ctx.article.frame = event.key;
  if (event && !ctx.article.event && event.date) {
    ctx.article.event = event.key;
    const orgs = [...new Set(mentionsOf(ctx, ORG).map((m) => m.key))];
    // A meeting between people: their organisations are the sides.
    for (const p of mentionsOf(ctx, ['Person'])) {
      const org = ctx.briefing.affiliation.get(p.key);
      if (org && !orgs.includes(org)) orgs.push(org);
    }
    ctx.article.parties = orgs;
  }
  if (event) {
    ctx.mention(event.key);
    ctx.article.pendingDate = undefined;
  } else if (ctx.dates.length > 0) {
    // A dateline or a date with no event yet: the next sentence may report what happened then.
    ctx.article.pendingDate = ctx.dates.find((d) => d.precision === 'day');
  }
  // With no entity named (nor an event read), no fact can be stated here, unless the sentence
  // speaks of the meeting's two sides (双方), which stand for the bodies named earlier.
  if (ctx.mentions.length === 0 && !event && !ctx.text.includes('双方')) return;
  listHeading(ctx);
  participation(ctx, event);
  organisers(ctx, event);
  conveners(ctx, event);
  heldIn(ctx, event);
  signing(ctx, event);
  membership(ctx);
  observers(ctx);
  rolesInBodies(ctx);
  appointments(ctx);
  operations(ctx);
  labelsHeld(ctx);
  publishing(ctx);
  contributions(ctx);
  involvement(ctx);
  programmeParts(ctx);
  funding(ctx);
  cooperation(ctx);
  awards(ctx, event);
  labelsAwarded(ctx, event, frame);
  partOf(ctx, event);
  located(ctx);
  ownersByName(ctx);
  projectOwners(ctx);
  atNamedEvents(ctx);
  launches(ctx, event);
  founders(ctx);
  // The event later sentences' "会议期间" and dates refer back to.
  if (event && !event.talk) ctx.article.recentEvent = event.key;
  // Topics for later anaphora (该项目, 该指南).
  ctx.article.topic ??= {};
  for (const m of ctx.mentions) {
    if (m.label === 'Project' || m.label === 'Document' || m.label === 'Standard' || m.label === 'Agreement') ctx.article.topic[m.label] ??= m.key;
  }
}
