import { ALSO_ORGANISED_BY, ORGANISED_BY, ORGANISES, triggerOf, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import { EVENT_WORD_PATTERN } from '../lexicon/eventKinds.js';
import { CLAUSE_VERBS } from '../lexicon/notNames.js';
import type { ReadingRule } from './ruleKit.js';
import { namesOtherEvent, referredEvent, type ReadEvent } from '../events.js';
import { matchesWith } from '../matchesWith.js';
import { clauseAround, mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, ORG, emit, coordinated, foldedIncludes, withoutAsides } from './ruleKit.js';

const ORGANISED_BY_RE = new RegExp(`由([^，。；]{2,80}?)(${wordsOf(ORGANISED_BY)})`, 'gu');
const ORGANISES_RE = new RegExp(`(${wordsOf(ORGANISES)})`, 'u');
/** "，B和C协办" / "，C（ABBR）和D提供支持": a clause of only bodies and one word of ALSO_ORGANISED_BY. */
const ALSO_RE = new RegExp(`^[，,、]\\s*([^，,。；]{2,120}?)(?:共同|联合|也|还|则|分别)?(?:为会议|为大会|为论坛|为活动)?(${wordsOf(ALSO_ORGANISED_BY)})(?=[，,。；]|$)`, 'u');
/** What may join the bodies of such a clause. */
const LIST_GLUE = /^(?:[、和与及\s]|以及)*$/u;

/**
 * The clauses right after "由A主办" that list more organisers ("，B和C协办，D和E提供支持"), each of
 * only bodies joined by 、和与及 and its word; the first clause that is anything else ends them.
 */
function alsoOrganisedBy(ctx: SentenceContext, eventKey: string, from: number): void {
  let at = from;
  for (;;) {
    const m = ctx.text.slice(at).match(ALSO_RE);
    if (!m) return;
    const start = at + ctx.text.slice(at).indexOf(m[1]!, 1);
    const end = start + m[1]!.length;
    const bodies = mentionsOf(ctx, ACTORS, start, end).filter((x) => x.label === 'Organization');
    let rest = withoutAsides(ctx.text.slice(start, end));
    for (const b of bodies) rest = rest.replace(withoutAsides(b.text), '');
    // "来自22个国家的代表支持": only named bodies, nothing else, hold the role.
    if (bodies.length === 0 || !LIST_GLUE.test(rest)) return;
    const role = triggerOf(ALSO_ORGANISED_BY, m[2]!)!.role;
    for (const o of bodies) emit(ctx, 'ORGANIZED', o, eventKey, { role }, PROVENANCE.coOrganisedBy);
    at += m[0].length;
  }
}

/** A noun that names what is held: between a body and 举办, it makes the body part of that name. */
const HELD_NOUN = new RegExp(`(?:活动|仪式|典礼|${EVENT_WORD_PATTERN})`, 'u');

/** Work, not a gathering, right before 由 (业务, 工作, 项目, 秘书处): 由X承办 then says who runs that work. */
const NOT_HELD_BEFORE = /(?:业务|(?<!组织|会务|筹备)工作|项目|计划|秘书处|日常事务|认证|验证|评审|管理|运营|标准|标签|标志|指南|报告|资金|经费|技术支持)\s*$/u;

function organisers(ctx: SentenceContext, event: ReadEvent | undefined): void {
  // A sentence about another, undated event of its own says nothing about the article's.
  const eventKey = event?.key ?? (namesOtherEvent(ctx) ? undefined : referredEvent(ctx) ?? ctx.article.event);
  if (!eventKey) return;
  // "德国联邦环境部、德国环保署（UBA）、…和RAL把2017年10月25日定为第二个“蓝色天使日”": who declares the day holds it.
  if (event?.kind === 'observance' && ctx.text.includes('把')) {
    const at = ctx.text.indexOf('把');
    const last = mentionsOf(ctx, ACTORS, clauseAround(ctx.text, at).start, at).pop();
    if (last) for (const s of coordinated(ctx, last, ACTORS).filter((x) => x.end <= at)) emit(ctx, 'ORGANIZED', s, event.key, { role: 'organizer' }, PROVENANCE.declaredDay);
  }
  for (const m of matchesWith(ctx.text, '由', ORGANISED_BY_RE)) {
    // "标章的验证业务由基金会承办": what is run by the body is the work named before 由, not the event.
    if (NOT_HELD_BEFORE.test(ctx.text.slice(clauseAround(ctx.text, m.index!).start, m.index!))) continue;
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    const role = triggerOf(ORGANISED_BY, m[2]!)!.role;
    const hosts = mentionsOf(ctx, ACTORS, start, end);
    if (hosts.length === 0) ctx.skip('organisers', `no organiser named between 由 and ${m[2]}`, m.index!);
    for (const o of hosts) emit(ctx, 'ORGANIZED', o, eventKey, { role }, PROVENANCE.hostedBy);
    // "…主办，A、B承办，C提供支持" lists the co-organisers and sponsors after the host.
    const rest = ctx.text.slice(m.index! + m[0].length);
    const co = rest.match(/^[，,]?([^。；]{2,120}?)承办/u);
    if (co) {
      const s = m.index! + m[0].length + rest.indexOf(co[1]!);
      for (const o of mentionsOf(ctx, ACTORS, s, s + co[1]!.length)) emit(ctx, 'ORGANIZED', o, eventKey, { role: 'co-organizer' }, PROVENANCE.coOrganisedBy);
    }
    alsoOrganisedBy(ctx, eventKey, m.index! + m[0].length);
  }
  // Subject + 组织召开/召开/举办/举行 (+ event): "国家发改委在京组织召开了…评审会".
  const verb = ctx.text.match(ORGANISES_RE);
  // "…今天在巴黎举行的“一个地球峰会”上宣布": a clause describing the event names no organiser.
  const describing = verb && /^的/u.test(ctx.text.slice(verb.index! + verb[0].length)) && /在[^，。；]{1,12}$/u.test(ctx.text.slice(0, verb.index));
  // "…和韩国环境产业技术研究院发起亚太区域政府绿色采购网络": what the verb launches is named right after it,
  // and it is not the event the article reported before.
  const launchesOther = !event && verb !== null && mentionsOf(ctx, ['Organization', 'Project', 'Document', 'Standard', 'Agreement'], verb.index! + verb[0].length).some((m) => m.start - (verb.index! + verb[0].length) <= 2 && !/[，。；]/u.test(ctx.text.slice(verb.index! + verb[0].length, m.start)));
  // "代表团与北欧生态标签委员会举行会谈": who hold a talk during a visit take part in the talk; they do
  // not organise the visit the article reports.
  const talk = !event && verb !== null && /^了?\s*(?:[^，。；]{0,6}?)(?:会谈|会晤|磋商|对话|交流)/u.test(ctx.text.slice(verb.index! + verb[0].length));
  if (verb && !describing && !launchesOther && !talk && !/由[^，。]*$/u.test(ctx.text.slice(0, verb.index))) {
    const clause = clauseAround(ctx.text, verb.index!);
    let subjects = mentionsOf(ctx, ACTORS, clause.start, verb.index!).filter((m) => !/在\s*$/u.test(ctx.text.slice(clause.start, m.start)));
    // "A同B、C，联合举办了…": a clause that opens on its verb has its subjects in the clause before.
    if (subjects.length === 0 && clause.start > 1 && SUBJECTLESS.test(ctx.text.slice(clause.start, verb.index!))) {
      const before = clauseAround(ctx.text, clause.start - 2);
      const listed = mentionsOf(ctx, ACTORS, before.start, before.end);
      const rest = ctx.text.slice(before.start, before.end);
      if (listed.length > 0 && !CLAUSE_VERBS.some((v) => rest.includes(v))) subjects = listed;
    }
    const first = subjects[0];
    // "…论坛，暨中环联合认证中心十五周年主题活动在北京举办": a body named inside the name of what is held
    // ("X十五周年主题活动", "X年会") modifies that name; it is not who held it.
    const modifier = subjects.length > 0 && HELD_NOUN.test(ctx.text.slice(subjects[subjects.length - 1]!.end, verb!.index));
    if (first && !modifier && !/(?:于|在)\s*$/u.test(ctx.text.slice(Math.max(0, first.start - 2), first.start))) {
      const isEventName = mentionsOf(ctx, ['Event'], clause.start, verb.index!).length > 0 && mentionsOf(ctx, ['Event']).some((e) => e.start < first.start);
      if (!isEventName) {
        for (const s of coordinated(ctx, subjects[subjects.length - 1]!, ACTORS)) {
          emit(ctx, 'ORGANIZED', s, eventKey, { role: triggerOf(ORGANISES, verb[1]!)!.role }, PROVENANCE.organised);
        }
      }
    }
  }
}

/** What a clause holds before its verb when its subject stood in the clause before: adverbs only. */
const SUBJECTLESS = /^\s*(?:共同|联合|一起|一道|携手|再次|还|也)*\s*$/u;

/** The meeting word right after a body's name: "GEN 2017年会", "CNCPEC第十三届大会", "欧盟环境标志理事会议" (理事会 + 议). */
const OWN_MEETING = /^\s*(?:[（(][^（）()]{1,40}[）)])?\s*(?:\d{4}\s*年?|第[一二三四五六七八九十百\d]+[届次]|首次|成员|会员|全体|秋季|春季|年度)*\s*(?:全体会议|理事会议|年会|大会|会议|论坛|峰会)/u;

/** A body whose name opens the name of the meeting read here convenes it ("欧盟环境标志理事会议"). */
function conveners(ctx: SentenceContext, event: ReadEvent | undefined): void {
  if (!event) return;
  for (const o of mentionsOf(ctx, ORG)) {
    const after = ctx.text.slice(o.end, o.end + 60);
    const own = OWN_MEETING.test(after) || (o.text.endsWith('会') && after.startsWith('议'));
    // The event's name may have been read without the body ("第五届会员大会"): it then follows the body's name.
    const follows = ctx.text.slice(o.end).replace(/^\s*(?:[（(][^（）()]{1,40}[）)])?\s*/u, '').startsWith(event.name);
    if (!own || !(foldedIncludes(event.name, o.text) || follows)) continue;
    emit(ctx, 'ORGANIZED', o, event.key, { role: 'organizer' }, PROVENANCE.ownMeeting);
  }
}

/**
 * Rule `organisers`.
 * Reads: 由X主办/承办, X召开/举办, X把…定为 (an observance).
 * Emits: ORGANIZED with role host, co-organizer or organizer.
 * Skips: none.
 */
export const organisersRule: ReadingRule = { name: 'organisers', read: (ctx, r) => organisers(ctx, r.event) };

/**
 * Rule `conveners`.
 * Reads: a body whose name opens its meeting's name ("GEN 2017年会").
 * Emits: ORGANIZED organizer.
 * Skips: none.
 */
export const convenersRule: ReadingRule = { name: 'conveners', read: (ctx, r) => conveners(ctx, r.event) };
