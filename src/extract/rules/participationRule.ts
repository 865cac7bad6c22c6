import { isBareDepartment, opensOnPlace } from '../departmentName.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { namesOtherEvent, referredCeremony, referredEvent, type ReadEvent } from '../events.js';
import { charCount } from '../charCount.js';
import { clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, coordinated } from './ruleKit.js';
import { EVENT_WORD_PATTERN } from '../lexicon/eventKinds.js';

/** Event kinds where people come together: speaking at one is taking part in it. */
const GATHERING_KINDS = new Set(['meeting', 'forum', 'conference', 'summit', 'workshop', 'visit', 'ceremony', 'exhibition', 'review', 'signing']);
/** A gathering named in the sentence, or the words that place the sentence at one. */
const AT_A_GATHERING = new RegExp(`${EVENT_WORD_PATTERN}|会上|期间|现场|活动上|启动会|发布会|与会|参会|出席|参加`, 'u');
const GATHERING_NAME = new RegExp(`(?:${EVENT_WORD_PATTERN}|启动会|发布会)$`, 'u');

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

/** After a body (or the last of a list of bodies): it attends ("派代表参加了", "一行", "参与了本届"). */
const ATTENDING_AFTER = /^[^，。]{0,10}?(?:参加|出席|参会|与会|到访|来访|出访|一行|代表|参与了?(?:本|此|这)[届次])/u;

function roleOf(ctx: SentenceContext, m: Mention): string {
  const after = ctx.text.slice(m.end);
  const before = ctx.text.slice(0, m.start);
  if (/由[^，。]{0,30}$/u.test(before) && /^[^，。]{0,6}主持/u.test(after)) return 'chair';
  if (/会见[^，。]{0,30}$/u.test(before)) return 'guest';
  for (const [re, role] of ROLE_WORDS) if (re.test(after)) return role;
  // "陈勤、陈轶群以及相关人员在随团出访": everyone listed in the clause before 随团 travels with the delegation.
  const joins = ctx.text.indexOf('随团', m.end);
  if (joins >= 0 && joins < clauseAround(ctx.text, m.start).end) return 'delegate';
  return 'attendee';
}

function participation(ctx: SentenceContext, event: ReadEvent | undefined): void {
  // A sentence about another, undated event of its own says nothing about the article's.
  const eventKey = referredCeremony(ctx, event) ?? event?.key ?? (namesOtherEvent(ctx) ? undefined : referredEvent(ctx) ?? ctx.article.event);
  if (!eventKey) return;
  const anaphor = /会议|论坛|年会|大会|会上|期间|本次|此次|会谈|会见|双方|研讨|出访|来访|到访|访问|参会/u.test(ctx.text);
  // Within an article about an event, a sentence where people speak or take part is about it.
  if (!event && !anaphor && !ATTEND.test(ctx.text)) return;
  const people = mentionsOf(ctx, ['Person']);
  // "X局发布了指南。副局长黎某表示，指南将…": saying something about a publication or a launch is
  // no attending of it; only a gathering (the sentence's or the article's) has speakers.
  const draft = ctx.registry.peek(eventKey);
  const gathering = GATHERING_KINDS.has(draft?.kind ?? '') || GATHERING_NAME.test(draft ? ctx.registry.canonicalName(draft) : '') || AT_A_GATHERING.test(ctx.text);
  // "受欧盟委员会邀请，代表团参加了…": who invites, hosts.
  // "应香港环境及生态局，香港环境运动委员会邀请": hosts listed with a comma (a web page's 、) are one span.
  const invited = ctx.text.match(/(?:受|应)(?!邀)([^。；]{2,40}?)(?:的)?邀请/u);
  if (invited) {
    for (const o of mentionsOf(ctx, ORG, invited.index!, invited.index! + invited[0].length)) emit(ctx, 'ORGANIZED', o, eventKey, { role: 'host' }, PROVENANCE.invitedBy);
  }
  // "代表团参加了欧盟环境标志理事会议": the delegation the article follows attends.
  if (event && /代表团|一行/u.test(ctx.text) && people.length === 0) {
    for (const [person, role] of ctx.article.delegation) emit(ctx, 'ATTENDED', person, eventKey, { role }, PROVENANCE.delegationAttends);
  }
  for (const p of people) {
    const role = roleOf(ctx, p);
    if (!gathering && (role === 'speaker' || role === 'attendee')) continue;
    if (role === 'delegation lead' || role === 'delegate') ctx.article.delegation.set(p.key, role);
    emit(ctx, 'ATTENDED', p, eventKey, { role }, event ? PROVENANCE.attendance : PROVENANCE.attendanceInArticle);
    // "新加坡环境理事会执行董事陈国伟在会上作了主旨报告": he attended; that his body took part is not
    // what the sentence says. Judged by hand, such roll-ups were the commonest half-right fact; a
    // body's timeline still lists the events its people attended (EventFilter.entityId follows
    // HOLDS_POSITION). A body attends where the text says so: 作为X代表, X代表团, X、Y参加.
  }
  // "代表团与欧盟委员会可持续生产与消费部门负责人就…进行了磋商": the other side of a talk takes part in it.
  if (event && ctx.text.includes('进行')) {
    const talk = ctx.text.match(/与([^，。；]{2,60}?)进行了?[^，。；]{0,6}?(?:磋商|交流|会谈|座谈|对话|讨论|探讨|研讨)/u);
    if (talk) {
      const from = talk.index! + 1;
      const side = mentionsOf(ctx, ORG, from, from + talk[1]!.length).filter((o) => !/^\s*就/u.test(ctx.text.slice(Math.max(0, o.start - 1), o.start)) && !/^\s*就/u.test(ctx.text.slice(from, o.start)));
      for (const o of side) emit(ctx, 'ATTENDED', o, event.key, { role: 'participant' }, PROVENANCE.talkCounterpart);
      // "中环联合项目团队与日方专家组进行了项目层面的研讨": the side before 与 takes part too.
      const clause = clauseAround(ctx.text, talk.index!);
      const last = mentionsOf(ctx, ORG, clause.start, talk.index!).pop();
      if (last) for (const o of coordinated(ctx, last, ORG).filter((x) => x.start >= clause.start && x.end <= talk.index!)) emit(ctx, 'ATTENDED', o, event.key, { role: 'participant' }, PROVENANCE.talkSide);
    }
  }
  // "会议由联合国环境署经济部…官员主持": the body whose officer chairs takes part, as chair.
  const chairedBy = ctx.text.match(/由([^，。；]{2,50}?)主持/u);
  if (chairedBy && !mentionsOf(ctx, ['Person'], chairedBy.index!, chairedBy.index! + chairedBy[0].length).length) {
    for (const o of mentionsOf(ctx, ORG, chairedBy.index!, chairedBy.index! + chairedBy[0].length)) {
      emit(ctx, 'ATTENDED', o, eventKey, { role: 'chair' }, PROVENANCE.chairedByBody);
      const parent = ctx.registry.parentOf(o.key);
      if (parent) emit(ctx, 'ATTENDED', parent, eventKey, { role: 'chair' }, PROVENANCE.chairedByBodyParent);
    }
  }
  // Organisations that come, send representatives or take part: 来自…等机构代表…参加.
  const orgsAttend = /来自|代表|参加了?|出席|参会|与会|到访|来访|访问|出访|拜会|一行|参与了?本/u.test(ctx.text);
  if (orgsAttend) {
    for (const o of mentionsOf(ctx, ORG)) {
      // A department named alone (认证一部) attends nothing in place of its body: its people do.
      if (isBareDepartment(ctx.registry, o.key)) continue;
      const after = ctx.text.slice(o.end, o.end + 20);
      const before = ctx.text.slice(Math.max(0, o.start - 12), o.start);
      // The body visited ("到访中环联合") takes part as host, not as a visitor; it received the
      // visit rather than organised it (an invitation, 受…邀请, is organising).
      if (/(?:到访|来访|访问|拜访|拜会)了?\s*$/u.test(before)) {
        emit(ctx, 'ATTENDED', o, eventKey, { role: 'host' }, PROVENANCE.visitHost);
        continue;
      }
      if (/^(?:主办|承办|联合主办|组织召开|组织|召开|举办|主持召开)/u.test(after.replace(/^[^，。]{0,2}/u, '')) || /由\s*$/u.test(before)) continue;
      // "“同一个地球网络”参与了本届年会的相关活动": taking part in this meeting is attending it.
      // "欧洲环境局、欧洲消费者组织（BEUC）和…派代表参加了会议": what the last of a list does, the list does.
      const last = coordinated(ctx, o, ORG).pop() ?? o;
      const tail = last.key === o.key ? after : ctx.text.slice(last.end, last.end + 20);
      // "来自东盟十国的…代表", "来自欧盟各成员国的专家": a group of countries says where people come from, not that the group's body attends.
      if (/来自\s*$/u.test(before) && /^\s*(?:[\d一二三四五六七八九十两]+个?|各)?(?:成员)?国/u.test(after)) continue;
      const listed = /来自/u.test(ctx.text.slice(0, o.start)) || ATTENDING_AFTER.test(tail);
      if (listed && !bareUnit(ctx, o.key, o)) emit(ctx, 'ATTENDED', o, eventKey, { role: /^[^，。]{0,10}?(?:到访|来访)/u.test(tail) ? 'visitor' : 'attendee' }, PROVENANCE.attendanceOrganisation);
    }
  }
}

/**
 * Rule `participation`.
 * Reads: people and bodies attending, speaking, chairing, visiting, inviting the event read here or the article's.
 * Emits: ATTENDED with a role (host for the body a visit goes to); ORGANIZED host for 受…邀请.
 * Skips: none.
 */
export const participationRule: ReadingRule = { name: 'participation', read: (ctx, r) => participation(ctx, r.event) };

/**
 * "中环联合副总经理郑文博、认证一部部长唐慧敏参加会谈": a department named bare ("认证一部", "标准部"), its
 * name saying neither whose it is nor that it is known, after another body in the same sentence, is a unit of
 * that body, not a party of its own.
 */
function bareUnit(ctx: SentenceContext, key: string, at: Mention): boolean {
  const draft = ctx.registry.peek(key);
  if (!draft || draft.gazetteer) return false;
  const name = ctx.registry.canonicalName(draft);
  if (charCount(name) > 6 || !/[部处室]$/u.test(name) || ctx.registry.parentOf(key) !== undefined || ctx.registry.ownerByName(key) !== undefined || opensOnPlace(ctx.registry, name)) return false;
  return mentionsOf(ctx, ORG, 0, at.start).some((o) => o.key !== key && !/[部处室]$/u.test(o.text));
}
