import { MEMBER_SEATS, triggerOf, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { matchesWith } from '../matchesWith.js';
import { clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { englishTitle } from '../lexicon/titles.js';
import { ACTORS, ORG, coordinated, emit, nameGoesOn } from './ruleKit.js';

const SEAT_RE = new RegExp(`(担任|作为|成为|当选为|当选|为)((?:[^，。；（(]|[（(][^（）()]{0,80}[）)]){0,30}?)(${wordsOf(MEMBER_SEATS)})`, 'gu');
/** The seat word after a body's name and its aside: "…委员会（…）新的执行委员". */
const SEAT_AFTER_NAME_RE = new RegExp(`^(?:\\s*[（(][^（）()]{0,80}[）)])?[^，。；（(]{0,8}?(${wordsOf(MEMBER_SEATS)})`, 'u');

/** A plan, a wish or an application to join is no membership yet: "计划于2026年申请加入", "拟加入". */
const NOT_YET = /(?:计划|拟|将|准备|申请|希望|有意|考虑|寻求|争取|筹备|邀请|鼓励|呼吁|正在)[^，。；]{0,12}$/u;
/** An organ of a body, named after it without a name of its own: joining it is not joining the body. */
const ORGAN = /(?:技术委员会|咨询委员会|指导委员会|专家委员会|分委会|分委员会|工作组|小组|专家组)$/u;
/** "经国家标准化管理委员会推荐": the body that recommends, approves or invites is not the member. */
const ENDORSER = /经[^，。；]{1,40}?(?:推荐|批准|同意|提名|审议|认可|邀请|推选)|(?:受|应)[^，。；]{1,40}?邀请|在[^，。；]{1,40}?(?:支持|推动|帮助|协助)下/gu;

function endorsers(text: string): [number, number][] {
  return [...text.matchAll(ENDORSER)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * The organ the object run after `from` (to the clause's next stop) ends on ("…环境管理技术委员会"): the
 * mention naming it when there is one, null when it is not named on its own, undefined when the run ends on no organ word.
 */
function organAfter(ctx: SentenceContext, from: number, to: number): Mention | null | undefined {
  const run = ctx.text.slice(from, to).split(/[，。；、,]|并且?|以/u)[0]!.replace(/[\s的之]+$/u, '');
  if (!ORGAN.test(run)) return undefined;
  const end = from + run.length;
  return ctx.mentions.find((x) => x.end === end && x.start >= from && (x.label === 'Organization' || x.label === 'Project')) ?? null;
}

function membership(ctx: SentenceContext): void {
  const endorsing = endorsers(ctx.text);
  const endorses = (x: Mention) => endorsing.some(([a, b]) => x.start >= a && x.end <= b);
  const text = ctx.text;
  const date = ctx.dates.find((d) => !d.end);
  // X…加入(了)?Y
  for (const m of matchesWith(text, '加入', /加入(?:了)?/gu)) {
    const clause = clauseAround(text, m.index!);
    const targets = mentionsOf(ctx, ['Organization', 'Project'], m.index! + m[0].length, clause.end + 40).filter((t) => !/[，。]/u.test(text.slice(m.index! + m[0].length, t.start)));
    let target = targets[0];
    // "加入全球环境标志网络（GEN）循环经济工作组": what is joined is the longer, unknown name.
    if (target && nameGoesOn(ctx, target)) continue;
    if (!target) {
      ctx.skip('membership', 'no body or programme named after 加入', m.index!);
      continue;
    }
    if (NOT_YET.test(text.slice(clause.start, m.index!))) {
      ctx.skip('membership', 'a plan or an invitation to join, not a membership', m.index!);
      continue;
    }
    // "加入“同一个地球网络”可持续公共采购计划多方利益相关者咨询委员会": the committee is joined, not the network.
    const organ = organAfter(ctx, m.index! + m[0].length, clause.end);
    if (organ === null) {
      ctx.skip('membership', 'joins an organ of a body that has no name of its own', m.index!);
      continue;
    }
    if (organ) target = organ;
    let members = mentionsOf(ctx, ACTORS, 0, m.index!).filter((x) => !/[。；]/u.test(text.slice(x.end, m.index!)) && !endorses(x));
    // "以环境发展中心名义", "作为核心群成员加入": prefer the nearest subject of the clause;
    // "中环联合作为国家级权威认证机构，…加入": what follows 作为 describes the subject, it is not one.
    members = members.filter((x) => x.key !== target.key && !/作为\s*$/u.test(text.slice(Math.max(0, x.start - 3), x.start)));
    const member = members[members.length - 1] ?? members[0];
    if (!member) {
      ctx.skip('membership', 'no member named before 加入', m.index!);
      continue;
    }
    const clauseText = text.slice(clause.start, clause.end);
    // "作为核心群成员加入Y": the group of Y the member joins, as the text names it; else a board seat.
    const tier = text.slice(clause.start, m.index!).match(/作为([\p{Script=Han}]{1,6}?)成员\s*$/u)?.[1];
    const role = tier ?? (/理事/u.test(clauseText) ? 'board member' : undefined);
    const since = date && Math.abs(date.index - m.index!) < 30 ? date.start.slice(0, date.precision === 'day' ? 10 : 7).slice(0, 4) : undefined;
    emit(ctx, 'MEMBER_OF', member, target, { role, since }, PROVENANCE.joined);
  }
  // X担任(该组织|Y)理事 / X作为Y理事成员 / X成为Y…成员/会员/委员
  // The span may hold an English aside: "成为澳大利亚可持续城市环境委员会（The Australian …, ASBEC）新的执行委员".
  for (const m of matchesWith(text, ['员', '理事'], SEAT_RE)) {
    const verbAt = m.index!;
    const spanStart = verbAt + m[1]!.length;
    const spanEnd = spanStart + m[2]!.length;
    let target: Mention | string | undefined = mentionsOf(ctx, ['Organization', 'Project'], spanStart, spanEnd + m[3]!.length)[0];
    let word = m[3]!;
    // "成为澳大利亚可持续城市环境委员会（…）新的执行委员": the role word read first (委员) is inside the
    // body's name; the role is the one after the name.
    const inName = mentionsOf(ctx, ['Organization', 'Project'], spanStart).find((x) => x.start < spanEnd + word.length && x.end > spanEnd);
    // "成为国际标准化组织（ISO）环境管理技术委员会的成员单位": the committee named after its parent body is the one.
    if (inName && (!target || (typeof target !== 'string' && inName.start >= target.end))) {
      const after = text.slice(inName.end).match(SEAT_AFTER_NAME_RE);
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
    // "成为国际标准化组织可持续采购技术委员会成员": a seat in the body's committee, not in the body.
    if (typeof target !== 'string' && target.end <= spanEnd) {
      const organ = organAfter(ctx, target.end, spanEnd);
      if (organ === null) continue;
      if (organ) target = organ;
    }
    const before = mentionsOf(ctx, ACTORS, 0, verbAt).filter((x) => x.key !== (typeof target === 'string' ? target : target!.key) && !/[。；]/u.test(text.slice(x.end, verbAt)) && !endorses(x));
    // "澳大利亚良好环境选择首席执行官凯特·哈里斯…成为…执行委员": the person named in the verb's clause joins, not her employer.
    const person = before.filter((x) => x.label === 'Person' && x.start >= clauseAround(text, verbAt).start).pop();
    const member = before[0] && before[0].label === 'Organization' && /以[^，。]*名义/u.test(text) ? mentionsOf(ctx, ORG, text.indexOf('以'), verbAt)[0] ?? before[0] : before[before.length - 1] && /作为/u.test(m[1]!) ? before[before.length - 1] : person ?? before[0];
    if (!member) {
      ctx.skip('membership', 'no member named before the role', verbAt);
      continue;
    }
    // "X当选Y理事单位": a body elected to a seat is a member; a person elected is read as a post (appointments).
    if (m[1]!.startsWith('当选') && member.label !== 'Organization') continue;
    const role = triggerOf(MEMBER_SEATS, word)?.role;
    const yearNear = ctx.dates.find((d) => d.index < verbAt && verbAt - d.index < 12);
    emit(ctx, 'MEMBER_OF', member, target, { role, since: yearNear ? yearNear.start.slice(0, 4) : undefined }, PROVENANCE.memberRole);
    if (member.label === 'Person' && typeof target !== 'string' && target.label === 'Organization') {
      emit(ctx, 'HOLDS_POSITION', member, target, { title: englishTitle(word) ?? word, titleZh: word }, PROVENANCE.memberRoleSeat);
    }
  }
}

/** "它们是：A、B和C": a list naming the bodies a count in the sentence before stood for. */
const LISTED = /^\s*(?:它们|这些机构|这些单位|这些组织|新成员|新伙伴)(?:分别)?(?:是|为|包括)\s*[：:]?/u;
/** "共有四家机构加入Y，成为合作伙伴": a count of bodies that joined something or took a seat in it. */
const COUNTED_JOINING = /(?:\d+|[两一二三四五六七八九十]+)\s*(?:家|个)[^。；]{0,10}?(?:机构|组织|单位|成员|伙伴)[^。；]*?(?:加入|成为)/u;

/**
 * "2024年，共有四家机构加入Y计划，成为合作伙伴。它们是：A、B、C和D。": the bodies listed take the
 * part the sentence before gave the count of, in the one programme (or body) it named.
 */
function listedJoiners(ctx: SentenceContext): void {
  const head = ctx.text.match(LISTED);
  const before = ctx.article.previousText;
  if (!head || !before || !COUNTED_JOINING.test(before)) return;
  const programmes = ctx.article.previousNamed?.Project ?? [];
  const bodies = (ctx.article.previousNamed?.Organization ?? []).filter((key) => before.includes('加入' + ctx.registry.canonicalName(ctx.registry.peek(key)!)));
  const target = programmes.length === 1 ? programmes[0]! : programmes.length === 0 && bodies.length === 1 ? bodies[0]! : undefined;
  if (!target) return;
  const first = mentionsOf(ctx, ORG, head[0].length)[0];
  if (!first || !/^[\s“"]*$/u.test(ctx.text.slice(head[0].length, first.start))) return;
  const role = /伙伴/u.test(before) ? 'partner' : 'member';
  const isProgramme = ctx.registry.peek(target)?.label === 'Project';
  for (const o of coordinated(ctx, first, ORG).filter((x) => x.start >= first.start)) {
    if (isProgramme) emit(ctx, 'INVOLVED_IN', o, target, { role }, PROVENANCE.joined);
    else emit(ctx, 'MEMBER_OF', o, target, {}, PROVENANCE.joined);
  }
}

/**
 * Rule `membership`.
 * Reads: X加入Y, X担任/成为/作为Y理事/会员/成员/委员, a body 当选(为)Y理事单位; 它们是：A、B和C after
 *   "N家机构加入Y，成为合作伙伴" (the listed bodies take that part in Y).
 * Emits: MEMBER_OF with role and since; HOLDS_POSITION for a person's seat.
 * Skips: no member named before 加入.
 */
export const membershipRule: ReadingRule = {
  name: 'membership',
  read: (ctx) => {
    membership(ctx);
    listedJoiners(ctx);
  },
};
