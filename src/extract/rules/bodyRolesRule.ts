import { classifyBySuffix } from '../lexicon/nameSuffixes.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { matchesWith } from '../matchesWith.js';
import { clauseAround, mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ELECTED_POSTS, englishTitle } from '../lexicon/titles.js';
import { TAKES_POST, wordsOf } from '../lexicon/triggerVerbs.js';
import { ACTORS, ORG, emit, namedByKindWord, programmeMeant, withoutAsides } from './ruleKit.js';

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
    if (m && (!body || !holder)) ctx.skip('roles-in-bodies', body ? 'no body named to hold the secretariat' : 'no body named whose secretariat it is', m.index!);
    if (body && holder && body.key !== holder.key) emit(ctx, 'MEMBER_OF', holder, body, { role: 'secretariat', since: since?.start.slice(0, 4) }, PROVENANCE.secretariat);
  }
  if (text.includes('牵头') && text.includes('由')) {
    const m = text.match(/由([^，。；]{2,40}?)牵头/u);
    if (!m) return;
    // The body led is the subject right before 由, not a document ("《…》由X牵头").
    const body = mentionsOf(ctx, ORG, clauseAround(text, m.index!).start, m.index!).pop();
    if (!body) {
      ctx.skip('roles-in-bodies', 'no body named before 由…牵头', m.index!);
      return;
    }
    if (withoutAsides(text.slice(body.end, m.index!)) !== '') return;
    for (const o of mentionsOf(ctx, ORG, m.index! + 1, m.index! + 1 + m[1]!.length)) emit(ctx, 'MEMBER_OF', o, body, { role: 'lead' }, PROVENANCE.ledByMember);
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
  if (!target || !member) {
    ctx.skip('observers', target ? 'no observer named before the body' : 'no body named whose observer it is', m.index!);
    return;
  }
  emit(ctx, 'MEMBER_OF', member, target, { role: /正式/u.test(m[3]!) ? 'official observer' : 'observer' }, PROVENANCE.observer);
}

const POST = [...ELECTED_POSTS].sort((a, b) => b.length - a.length).join('|');
/** Verb, the body (or nothing), an ordinal, a unit of the body, the post; a post opening a body's name (理事会, 主席团) is none. */
const TAKING_POST = new RegExp(`(${wordsOf(TAKES_POST)})([^，。；]{0,30}?)(首任|新任|新一任|下一任|下届|新一届)?([\\p{Script=Han}]{0,6}?)(${POST})(?![会团处部])`, 'gu');
/** Words before the verb that make the post a past one or not the person's: 不再担任, 曾担任, 辞去. */
const NOT_HELD = /(?:不再|曾经?|此前|未能?|没有|拟|将)\s*$/u;
/** "在GEN年会上": the meeting an election was held at, whose body the post is in. */
const AT_MEETING = /在([^，。；在]{2,40}?)(?:上|期间|中)/gu;

/**
 * The body whose meeting elected the person, named before in the sentence ("在GEN年会上，X当选为主席"):
 * the one body named in a 在…上 phrase, directly or at the head of the meeting's name. More than one,
 * or none, and the post has no body the text gives.
 */
function meetingBody(ctx: SentenceContext, before: number): string | undefined {
  const bodies = new Set<string>();
  for (const m of ctx.text.slice(0, before).matchAll(AT_MEETING)) {
    const from = m.index! + 1;
    const to = from + m[1]!.length;
    for (const o of mentionsOf(ctx, ORG, from, to)) bodies.add(o.key);
    for (const e of mentionsOf(ctx, ['Event'], from, to)) {
      const head = ctx.registry.ownerByName(e.key);
      if (head) bodies.add(head);
    }
  }
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

/**
 * The programme a post is in, written between the verb and the post: a named one ("“Y”项目的") or
 * 该项目 for the one the sentence or the one before named; and what qualifies the post (技术).
 */
function programmeOfPost(ctx: SentenceContext, from: number, to: number): { key: string; qualifier: string } | undefined {
  const span = ctx.text.slice(from, to);
  const named = mentionsOf(ctx, ['Project'], from, to)[0];
  if (named) {
    const rest = ctx.text.slice(named.end, to).match(/^\s*[”"]?\s*(?:项目)?的?([\p{Script=Han}]{0,4})$/u);
    return rest && /^[\s“"]*$/u.test(ctx.text.slice(from, named.start)) ? { key: named.key, qualifier: rest[1]! } : undefined;
  }
  const bare = span.match(/^(?:该|本|此)(?:项目|计划|倡议)的?([\p{Script=Han}]{0,4})$/u);
  const key = bare ? programmeMeant(ctx, from) : undefined;
  return key ? { key, qualifier: bare![1]! } : undefined;
}

/** Ordinals and 该/本 before a post: "该网络首任", "新一届". */
const ORDINAL = /(?:该|本|首任|新任|新一任|下一任|下届|新一届|第[一二三四五六七八九十\d]+任)/gu;
/** A post in a body is a position; a post in a programme ("倡议首任主席") is the person's role in it. */
function holdPost(ctx: SentenceContext, person: string, holder: string, post: string): void {
  const label = ctx.registry.peek(holder)?.label;
  if (label === 'Organization') emit(ctx, 'HOLDS_POSITION', person, holder, { title: englishTitle(post) ?? post, titleZh: post, asOf: ctx.dates[0]?.start.slice(0, 4) }, PROVENANCE.appointed);
  else if (label === 'Project') emit(ctx, 'INVOLVED_IN', person, holder, { role: englishTitle(post)?.toLowerCase() ?? post }, PROVENANCE.appointed);
}

/** "选举X（…）为Y副主席": the person elected, named between 选举 and 为, to the post after 为. */
const ELECT_RE = new RegExp(`选举(?:产生)?([^，。；]{2,80}?)为([^，。；]{0,30}?)(${POST})(?![会团处部])`, 'gu');
/** "执行秘书为X", "首任协调员由X担任": the post first, the person after it. */
const POST_FIRST_RE = new RegExp(`(?:^|[，,；])\\s*(?:首任|新任|现任)?(${POST})(?:为|是|由)`, 'gu');

/** "年会选举A为GEN副主席", "大会选举A为主席": posts given by an election. */
function elections(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const m of matchesWith(text, '选举', ELECT_RE)) {
    const from = m.index! + m[0].indexOf(m[1]!, 2);
    const to = from + m[1]!.length;
    // The person closing the span; their Latin name in brackets after them is an aside, not another person.
    const person = mentionsOf(ctx, ['Person'], from, to)
      .reverse()
      .find((p) => withoutAsides(text.slice(p.end, to)).trim() === '' && !/[（(][^）)]*$/u.test(text.slice(from, p.start)));
    if (!person) continue;
    const spanStart = to + 1;
    const spanEnd = spanStart + m[2]!.length;
    const post = m[3]!;
    const named = mentionsOf(ctx, ['Organization', 'Project'], spanStart, spanEnd).pop();
    const rest = named ? withoutAsides(text.slice(named.end, spanEnd)).replace(ORDINAL, '').trim() : '';
    const holder = named && rest === '' ? named.key : named ? undefined : namedByKindWord(ctx, text.slice(spanStart, spanEnd));
    if (holder) holdPost(ctx, person.key, holder, post);
  }
  // "…秘书处设于渥太华，执行秘书为X": the post of the body the sentence opens with.
  for (const m of matchesWith(text, ['为', '由', '是'], POST_FIRST_RE)) {
    const after = m.index! + m[0].length;
    // The person, right after the verb or after their own body and title ("由斐济财政部采购司司长X担任").
    const person = mentionsOf(ctx, ['Person'], after)[0];
    if (!person) continue;
    let own = text.slice(after, person.start);
    for (const o of mentionsOf(ctx, ORG, after, person.start).reverse()) own = own.slice(0, o.start - after) + own.slice(o.end - after);
    if (!/^[\p{Script=Han}]{0,8}$/u.test(own.trim())) continue;
    // "由X担任" must end there; "为X" is the whole clause.
    const tail = withoutAsides(text.slice(person.end)).match(/^[^，。；]*/u)![0];
    if (!(m[0].endsWith('由') ? /^担任$/u : /^$/u).test(tail.trim())) continue;
    const head = ctx.mentions[0];
    const opening = head && /^\s*(?:目前|现在|此外|同时)?\s*$/u.test(text.slice(0, head.start)) && (head.label === 'Organization' || head.label === 'Project') ? head.key : undefined;
    const word = text.slice(0, m.index!).match(/^\s*([\p{Script=Han}]{2,5}?)(?:秘书处|的)/u)?.[1];
    const holder = opening ?? (word ? namedByKindWord(ctx, word) : undefined);
    if (!holder) continue;
    // "GEN秘书处…，执行秘书为X": the secretariat's post is in the body it serves.
    const served = ctx.registry.canonicalName(ctx.registry.peek(holder)!).endsWith('秘书处') ? ctx.registry.parentOf(holder) : undefined;
    holdPost(ctx, person.key, served ?? holder, m[1]!);
  }
}

/** "塔尼娅·佩雷斯当选为该网络首任主席", "X出任Y秘书长", "X连任Y理事", "在Y年会上，X当选为主席": posts taken. */
function appointments(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const m of matchesWith(text, TAKES_POST.map((t) => t.word), TAKING_POST)) {
    const verbAt = m.index!;
    if (NOT_HELD.test(text.slice(Math.max(0, verbAt - 4), verbAt))) continue;
    // "A和B分别当选为主席和副主席": posts paired with a list, read by respective-posts.
    if (/分别\s*$/u.test(text.slice(Math.max(0, verbAt - 3), verbAt))) continue;
    // The person is the subject of the verb: named right before it, in the same clause (asides and
    // "在大会上" between them are fine; a comma means another clause's subject).
    const person = mentionsOf(ctx, ['Person'], 0, verbAt).filter((p) => !/[，,。；]/u.test(withoutAsides(text.slice(p.end, verbAt))) && withoutAsides(text.slice(p.end, verbAt)).length <= 20).pop();
    if (!person) {
      ctx.skip('appointments', 'no person named before the appointment', verbAt);
      continue;
    }
    const spanStart = verbAt + m[1]!.length;
    const named = mentionsOf(ctx, ORG, spanStart, verbAt + m[0].length)[0];
    const post = m[5]!;
    // "担任该项目的技术负责人", "担任“Y”项目的协调人": a role in a programme, not a post in a body.
    const programme = named ? undefined : programmeOfPost(ctx, spanStart, verbAt + m[0].length - post.length);
    if (programme) {
      const role = `${programme.qualifier}${post}`;
      emit(ctx, 'INVOLVED_IN', person, programme.key, { role: englishTitle(role)?.toLowerCase() ?? role }, PROVENANCE.appointed);
      continue;
    }
    if (named) {
      const titleZh = text.slice(named.end, verbAt + m[0].length).replace(/^的/u, '').trim() || post;
      emit(ctx, 'HOLDS_POSITION', person, named, { title: englishTitle(post) ?? post, titleZh, asOf: ctx.dates[0]?.start.slice(0, 4) }, PROVENANCE.appointed);
      if (named.label === 'Organization') ctx.article.lastElected = named.key;
      continue;
    }
    // "当选为主席" with nothing between the verb and the post but an ordinal: the body of the meeting.
    const between = withoutAsides(text.slice(spanStart, verbAt + m[0].length - post.length)).replace(/^(?:首任|新任|新一任|下一任|下届|新一届)/u, '');
    // Else the body whose meeting the article reports ("北美绿色建材理事会年会…。X当选为主席"); and
    // "当选为理事会主席", "连任该协会副主席": a word for that body, which its name ends with.
    const reported = ctx.article.event ? ctx.registry.ownerByName(ctx.article.event, 'Event') : undefined;
    // After a post named with its body, the next posts of the run are in that body (ArticleState.lastElected).
    const atMeeting = meetingBody(ctx, person.start) ?? ctx.article.lastElected ?? reported;
    const word = between.replace(/^(?:该|本)/u, '');
    const namedBy = atMeeting && word.length >= 2 && word.length <= 4 && classifyBySuffix(word)?.label === 'Organization' && ctx.registry.canonicalName(ctx.registry.peek(atMeeting)!).endsWith(word);
    const body = between === '' || namedBy ? atMeeting : undefined;
    // "当选为联盟副理事长", "当选为倡议首任主席": a word for a body or programme the article named in full.
    const meant = body ? undefined : namedByKindWord(ctx, between);
    if (meant) {
      holdPost(ctx, person.key, meant, post);
      continue;
    }
    if (!body) {
      ctx.skip('appointments', between === '' ? 'no body named for the post, nor one meeting named before' : 'no body named for the post', verbAt);
      continue;
    }
    emit(ctx, 'HOLDS_POSITION', person, body, { title: englishTitle(post) ?? post, titleZh: post, asOf: ctx.dates[0]?.start.slice(0, 4) }, PROVENANCE.appointedAtMeeting);
  }
}

/**
 * Rule `roles-in-bodies`.
 * Reads: X承担Y秘书处职能, Y由X牵头.
 * Emits: MEMBER_OF secretariat or lead.
 * Skips: none.
 */
export const rolesInBodiesRule: ReadingRule = { name: 'roles-in-bodies', read: (ctx) => rolesInBodies(ctx) };

/**
 * Rule `observers`.
 * Reads: X在Y享有观察员地位, X是Y的观察员.
 * Emits: MEMBER_OF observer.
 * Skips: none.
 */
export const observersRule: ReadingRule = { name: 'observers', read: (ctx) => observers(ctx) };

/**
 * Rule `appointments`.
 * Reads: X当选为/被选为/连任/接任/出任/被任命为Y主席 (posts in lexicon ELECTED_POSTS), and 在Y会议上，X当选为主席;
 *   选举X为Y主席; 执行秘书为X / 首任协调员由X担任 after the body the sentence opens with; a bare 联盟 or 倡议
 *   for the one such body or programme the article named in full (a programme's post is INVOLVED_IN).
 * Emits: HOLDS_POSITION; INVOLVED_IN with the post as role for a programme.
 * Skips: no person before the verb; no body named for the post (nor exactly one meeting body before it).
 * Not read: 卸任, 不再担任, 曾担任 (the ontology has no property for a past position).
 */
export const appointmentsRule: ReadingRule = {
  name: 'appointments',
  read: (ctx) => {
    appointments(ctx);
    elections(ctx);
  },
};
