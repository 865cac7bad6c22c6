import { COUNTRY_OF_SHORT, COUNTRY_SHORT } from './lexicon/countries.js';
import { EVENT_WORD_PATTERN, eventKindOf } from './lexicon/eventKinds.js';
import { foldName } from '../graph/index.js';
import type { DateMention } from './dates.js';
import { cleanName } from './discover.js';
import { isCountedPhrase, isGenericPhrase } from './discoverFilter.js';
import { classifyBySuffix } from './lexicon/nameSuffixes.js';
import { CLAUSE_VERBS } from './lexicon/notNames.js';
import { DATE_LINE } from '../ingest/newsItemAnchors.js';
import { mentionsOf, type SentenceContext } from './sentenceContext.js';
import { eventKeyOf, namedAlike, sameEvent } from './registry.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';

// Events are identified by date + what happened: a sentence that dates a meeting, visit,
// launch or signing yields one Event; the same event reported twice (same start date and kind,
// a shared place or participant) becomes one node.

const EVENT_SUFFIX = new RegExp(`(?:${EVENT_WORD_PATTERN})$`, 'u');
/** A gathering's name, then only the verb that holds or opens it: "…典礼举行", "…论坛开幕". */
const HELD_AFTER_NAME = new RegExp(`^(.+?(?:${EVENT_WORD_PATTERN}))(?:隆重|顺利|成功|正式)?(?:召开|举办|举行|开幕|闭幕)了?$`, 'u');
/** Event words anywhere in a sentence. */
const EVENT_WORD = new RegExp(EVENT_WORD_PATTERN, 'gu');
const TRIGGERS: { re: RegExp; kind: string }[] = [
  { re: /正式上线|上线|启用新|正式挂牌|挂牌/u, kind: 'launch' },
  { re: /启动|正式发布|发布|宣布|推出/u, kind: 'launch' },
  { re: /会见|会面|会晤/u, kind: 'meeting' },
  { re: new RegExp(`到访|来访|来华|访(?:${COUNTRY_SHORT.join('|')})|出访|访问`, 'u'), kind: 'visit' },
  { re: /召开|举办|举行|开幕|主持召开/u, kind: 'meeting' },
  { re: /签署|签订/u, kind: 'signing' },
  { re: /批准/u, kind: 'approval' },
  { re: /通过(?=《)/u, kind: 'adoption' },
  { re: /进行了?[^，。]{0,12}研讨|研讨/u, kind: 'workshop' },
  { re: /邀请[^，。]{0,12}来华|来华/u, kind: 'visit' },
  { re: /定为[^，。]{0,8}[“"]/u, kind: 'observance' },
];

/** A meeting named by its kind alone ("年度会议", "第二次全体会议"): it takes its convener's name. */
const GENERIC_MEETING = /^(?:首次|第[一二三四五六七八九十\d]+次|本次|年度|年度全体|全体|成员|秋季|春季|理事)?(?:全体会议|会议|年会|大会|理事会议)$/u;
/** "…在奥斯陆召开", "…召开了" at the end of a heading's subject: the verb between the body and its meeting. */
const ORGANISED_IN_TITLE = /(?:在[\p{Script=Han}]{1,8}?)?(?:组织召开|召开|举办|举行)了?$/u;

/** The first trigger, in the order of TRIGGERS, that the sentence contains. */
function firstTrigger(text: string): { re: RegExp; kind: string; m: RegExpExecArray } | undefined {
  for (const t of TRIGGERS) {
    const m = t.re.exec(text);
    if (m) return { ...t, m };
  }
  return undefined;
}

/** Verbs, dates and particles an event's noun phrase is cut after, each with a word its matches contain. */
const PHRASE_CUTS: [string, RegExp][] = [
  ['召开', /召开了?/gu],
  ['举办', /举办了?/gu],
  ['举行', /举行了?/gu],
  ['召开', /组织召开了?/gu],
  ['在', /在[\p{Script=Han}]{1,6}(?=召开|举办|举行)/gu],
  // "伍家宝在研讨会上致辞": what stands before 在 is who spoke there, not the event's name.
  ['在', new RegExp(`在(?=(?:${EVENT_WORD_PATTERN})$)`, 'gu')],
  ['参加', /参加了?/gu],
  ['出席', /出席了?/gu],
  ['日', /\d{1,2}\s*日/gu],
  ['于', /于/gu],
  ['暨', /暨/gu],
  ['了', /了/gu],
  ['由', /由/gu],
  // "以“共建生态家居”为主题的家具行业生态产品发布会", "以“…”为题组织召开了线上公益讲座": the theme is no part of the name.
  ['主题', /(?:以|围绕)[^，。；]{1,60}?为主题的?/gu],
  ['为题', /以[^，。；]{1,60}?为题(?:的|组织召开了?|召开了?|举办了?)?/gu],
];

/** A gathering named by its year or number and kind only: "2023年会", "第五届大会". */
const NUMBERED_ONLY = /^(?:\d{4}\s*(?:年度|年(?!会))?|第[一二三四五六七八九十百\d]+[届次])\s*(?:年会|大会|全体会议|会议|论坛|峰会)$/u;
/** The organ of a body that meets (its council, its board) or the meeting word, at the end of what stands before 暨. */
const OWNERS_ORGAN = /(?:理事会|董事会|执行委员会|委员会)?(?:会议|全体会议|年会|大会|论坛)?$/u;

/** The event noun phrase ending at `end`: may hold quotes and brackets, stops at clause marks, dates and verbs. */
function eventPhraseEndingAt(text: string, end: number): string | undefined {
  let start = end;
  let depth = 0;
  while (start > 0 && end - start < 60) {
    const c = text[start - 1]!;
    if (c === '）' || c === ')' || c === '”' || c === '》' || c === '」' || c === '』') depth++;
    else if (c === '（' || c === '(' || c === '“' || c === '《' || c === '「' || c === '『') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === '、') {
      // "可持续基础设施、能效、制冷领域…交流会": listed words inside the name; a list of events stops here.
      const piece = text.slice(Math.max(0, start - 30), start - 1).match(/[^，。；：、,;:]*$/u)![0];
      if (EVENT_SUFFIX.test(piece) || /[》”]$/u.test(piece)) break;
    } else if (depth === 0 && /[，。；：,;:]/u.test(c)) break;
    start--;
  }
  let phrase = text.slice(start, end);
  // Cut at the last verb or date before the noun: "国家发改委在京组织召开了…评审会" -> "…评审会".
  const cut = Math.max(
    ...PHRASE_CUTS.map(([word, re]) => {
      let last = -1;
      for (const m of matchesWith(phrase, word, re)) if (m.index! + m[0].length <= phrase.length - 2) last = m.index! + m[0].length;
      return last;
    }),
  );
  // "全球环境标志网络(GEN)理事会暨2023年会": the second of two gatherings joined by 暨, named by its
  // year or number alone, is the owner's (the body's name before, without its council's word).
  const joinedOwner = cut > 0 && /暨\s*$/u.test(phrase.slice(0, cut)) ? phrase.slice(0, cut).replace(/\s*暨\s*$/u, '').replace(OWNERS_ORGAN, '') : '';
  if (cut > 0) phrase = phrase.slice(cut);
  if (charCount(joinedOwner) >= 2 && NUMBERED_ONLY.test(phrase.trim())) phrase = `${joinedOwner}${phrase.trim()}`;
  // "在圆桌会议闭幕式上": 在 marks where, and is no part of the name (在线 is: 在线研讨会).
  // "藉…研讨会召开之际": on the occasion of, no part of the name either.
  phrase = phrase.replace(/^[\s，、]+|^(?:本次|此次|这次|该|其|了|的|在(?!线)|藉|借|值|趁)/u, '');
  const name = cleanName(phrase);
  if (charCount(name) < 4) return undefined;
  // "…计划开展的活动包括组织网络研讨会": a list of planned kinds of activity, not one event's name.
  if (/包括|的活动/u.test(name)) return undefined;
  // "两场边会", "委员会下半年的两次会议": events counted, not one named.
  if (isCountedPhrase(name) || /的[两二三四五六七八九十几数多\d]+\s*[场次个轮]/u.test(name)) return undefined;
  return name;
}

export interface ReadEvent {
  key: string;
  name: string;
  kind: string;
  date?: DateMention;
  /** Dated from the article's event it happened during. */
  inherited?: boolean;
  /** The event it happened during, when that is not the article's event. */
  parent?: string;
  /** A talk or call held during another event: never itself the event later talks happen during. */
  talk?: boolean;
}

const GATHERINGS = ['meeting', 'forum', 'conference', 'summit', 'workshop', 'visit'];

/** The date a sub-event takes from its parent: the day of a one-day parent, else the month (or year) it entails. */
function dateDuring(parent: { startDate?: string; endDate?: string }): DateMention | undefined {
  if (!parent.startDate) return undefined;
  const oneDay = parent.startDate.length >= 10 && !parent.endDate;
  const start = oneDay ? parent.startDate : parent.startDate.slice(0, 7);
  return { start, precision: oneDay ? 'day' : start.length >= 7 ? 'month' : 'year', inferredYear: true, index: 0, length: 0, text: '' };
}

/** "会议期间，代表团与…负责人就…进行了磋商": a talk held during an event the article reported. */
const SIDE_TALK = /与[^，。；]{2,60}?进行了?[^，。；]{0,6}?(磋商|交流|会谈|座谈|对话|讨论|探讨|研讨)/u;

/**
 * "发布时间：2021年6月21日", "日期：2021/06/04", "來源：…，更新：2022年3月1日": a line that dates the page
 * (a label, a colon and a date, nothing else), not anything that happened on that day.
 */
export function isDateLine(text: string, dates: readonly DateMention[]): boolean {
  if (dates.length === 0) return false;
  // A news page's date line as ingest knows it ("发布时间：2025-11-25 08:00", "日期:2021/06/04 15:02:28"):
  // its 发布 is the page's, no launch.
  if (DATE_LINE.test(text.trim())) return true;
  if (!/[：:]/u.test(text)) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, '');
  return /^(?:\s*[\p{Script=Han}]{1,6}\s*[：:]\s*[^，。；：:]{0,16}?[，,；;\s]*)+[。.]?\s*$/u.test(rest) && !/召开|举办|举行|签署|启动|上线|会见|访问/u.test(rest);
}

function primaryDate(ctx: SentenceContext): DateMention | undefined {
  return ctx.dates.find((d) => d.precision !== 'year') ?? (ctx.dates.length === 0 ? ctx.article.pendingDate ?? sameDay(ctx) : undefined);
}

/** "同日，…在曼谷召开了…": the day of the event the article reported last, when it was one day. */
function sameDay(ctx: SentenceContext): DateMention | undefined {
  if (!/同日|当日|当天|同一天/u.test(ctx.text)) return undefined;
  const last = ctx.registry.peek(ctx.article.recentEvent ?? ctx.article.event ?? '');
  if (!last?.startDate || last.startDate.length < 10 || last.endDate) return undefined;
  return { start: last.startDate, precision: 'day', inferredYear: true, index: 0, length: 0, text: '' };
}

/** A name that is only a generic word for the meeting already reported ("会议", "本次论坛"). */
const GENERIC_EVENT = /^(?:本次|此次|这次|该|本届|此届)?(?:会议|论坛|大会|年会|会谈|研讨会|仪式)$/u;

/** A sentence opening on a time before or after the event reported (前一天, 次日, 会后, 结束后): another occasion. */
const OTHER_OCCASION = /^[^，。；]{0,16}?(?:前一天|前一日|前两天|前夕|次日|翌日|第二天|会前|会后|结束后|闭幕后)\s*[，,]/u;

/** Bare words for a gathering ("论坛由…主办", "在论坛上介绍", "会上"), with the ending of the name they stand for. */
const BARE_GATHERING = /(论坛|研讨会|座谈会|年会|大会|峰会|会议|培训班|工作坊|博览会|展览会|会上)/gu;

/** A ceremony named by its kind alone: 签署仪式, 签约仪式, 签字仪式, 启动仪式, 启动会. */
const CEREMONY = /(?<![“「《])(签署|签约|签字|启动)(?:仪式|会)/u;

/**
 * The event a bare word for a gathering refers to when it is not the article's: "3月5日，代表团出席了北欧
 * 循环采购论坛。论坛由…主办" in a story about a visit means the forum read last, not the visit. Undefined
 * when the article's own event is a gathering of that kind (then the word is the article's).
 */
/**
 * "出席了签署仪式", "在启动仪式上致辞": a ceremony named by its kind alone is the signing or launch the
 * article read last, when the article reports a larger event around it (the forum the signing was
 * held at). Undefined when the sentence reads an event of its own other than the article's.
 */
export function referredCeremony(ctx: SentenceContext, event: { key: string } | undefined): string | undefined {
  const article = ctx.article.event;
  const ceremony = CEREMONY.exec(ctx.text);
  if (!ceremony || !article || ctx.mentions.some((x) => x.start <= ceremony.index && ceremony.index < x.end)) return undefined;
  const kind = ceremony[1] === '启动' ? 'launch' : 'signing';
  const read = ctx.article.ceremonies?.[kind];
  if (!read || read === article || (event && event.key !== article && event.key !== read)) return undefined;
  return ctx.registry.peek(article)?.kind !== kind ? read : undefined;
}

export function referredEvent(ctx: SentenceContext): string | undefined {
  const recent = ctx.article.recentEvent;
  const article = ctx.article.event;
  if (!recent || recent === article || !article) return undefined;
  const recentDraft = ctx.registry.peek(recent);
  const articleDraft = ctx.registry.peek(article);
  if (!recentDraft || !articleDraft) return undefined;
  const recentName = ctx.registry.canonicalName(recentDraft);
  const articleName = ctx.registry.canonicalName(articleDraft);
  for (const m of matchesWith(ctx.text, ['论坛', '会', '培训班', '工作坊'], BARE_GATHERING)) {
    if (ctx.mentions.some((x) => x.start <= m.index! && m.index! < x.end)) continue;
    const word = m[1] === '会上' ? '会' : m[1]!;
    const ends = (name: string) => name.endsWith(word) || (word === '会' && /会议?$/u.test(name)) || (word === '会议' && /会$/u.test(name));
    if (ends(recentName) && !ends(articleName)) return recent;
  }
  return undefined;
}

/**
 * Whether the sentence names an event of its own ("…在曼谷召开了绿色标签工作会议") that is not the
 * article's: its organisers and participants then belong to that one, not to the article's event.
 */
export function namesOtherEvent(ctx: SentenceContext): boolean {
  // "座谈会前一天，署长会见了…", "会后，双方…": a time set off from the event reported is another occasion.
  if (OTHER_OCCASION.test(ctx.text)) return true;
  const current = ctx.registry.peek(ctx.article.event ?? '');
  const currentName = current ? foldName(ctx.registry.canonicalName(current)) : undefined;
  for (const m of matchesWith(ctx.text, ['会', '论坛', '仪式'], EVENT_WORD)) {
    const before = ctx.text.slice(0, m.index!);
    if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
    // "张小丹向大会做了…报告": the bare word after a preposition or verb is the meeting being reported.
    if (/(?:向|在|于|对|为|到|赴|出席|参加|主持|本次|此次|这次|本届|该)\s*$/u.test(before)) continue;
    const phrase = eventPhraseEndingAt(ctx.text, m.index! + m[0].length);
    if (!phrase || GENERIC_EVENT.test(phrase) || charCount(phrase) < 6) continue;
    const from = m.index! + m[0].length - phrase.length;
    if (mentionsOf(ctx, ['Person'], from, m.index! + m[0].length).length > 0) continue;
    const folded = foldName(phrase);
    if (currentName && (currentName === folded || namedAlike(currentName, folded) || currentName.includes(folded))) continue;
    return true;
  }
  return false;
}

/** Finds the event a dated sentence reports, registering it; returns undefined when there is none. */
export function readEvent(ctx: SentenceContext): ReadEvent | undefined {
  if (isDateLine(ctx.text, ctx.dates)) return undefined;
  let date = primaryDate(ctx);
  const text = ctx.text;
  // An explicit event name in the sentence: a discovered event mention or a noun phrase.
  // "亚太…圆桌会议与亚洲生产力组织签署了…": a gathering joined to a body by 与/和 is a party of the
  // clause (a standing round table), not the occasion the sentence reports.
  const partyAt = (end: number) => ctx.mentions.some((o) => o.label === 'Organization' && o.start > end && /^\s*[与和及]\s*$/u.test(text.slice(end, o.start)));
  const named = mentionsOf(ctx, ['Event']).find((m) => !partyAt(m.end));
  // Nothing to date it and nothing it could belong to: no event here (and no need to parse one).
  if (!named && !date && ctx.dates.length === 0 && !ctx.article.event) return undefined;
  const trigger = firstTrigger(text);
  let name: string | undefined = named ? ctx.registry.canonicalName(ctx.registry.peek(named.key)!) : undefined;
  if (!name) {
    for (const m of matchesWith(text, ['会', '论坛', '仪式', '坊', '班'], EVENT_WORD)) {
      // An event word inside a title (《…论坛部长级宣言》) names a document, not this event.
      const before = text.slice(0, m.index!);
      if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
      const phraseEnd = m.index! + m[0].length;
      if (partyAt(phraseEnd)) continue;
      // "2025年会员大会": 年会 there is the start of 会员 (members), not the meeting's word.
      if (text[phraseEnd] === '员') continue;
      let phrase = eventPhraseEndingAt(text, phraseEnd);
      // A body whose name ends in an event word (联合国贸易和发展会议, 全国人民代表大会) is the body the
      // name matcher found there, not a meeting.
      if (phrase && ctx.mentions.some((x) => x.label !== 'Event' && x.start <= phraseEnd - phrase!.length && x.end >= phraseEnd)) continue;
      // "斯洛文尼亚环境署与北欧…圆桌会议签署了…": a body joined on by 与/和 is a party beside the
      // gathering, not the start of its name.
      if (phrase) {
        const phraseStart = phraseEnd - phrase.length;
        const party = ctx.mentions.filter((x) => x.label === 'Organization' && x.start >= phraseStart && x.end < phraseEnd && /[与和及]/u.test(text.charAt(x.end))).at(-1);
        if (party && charCount(text.slice(party.end + 1, phraseEnd)) >= 4) phrase = text.slice(party.end + 1, phraseEnd);
      }
      // "亚太绿色公共采购网召开首次会议": a generic name takes its convener's name.
      // "…项目举办了专题研讨会", "成员大会": any name that is only a kind of meeting, too.
      if (phrase && (GENERIC_MEETING.test(phrase) || isGenericPhrase(phrase))) {
        const at = m.index! + m[0].length - phrase.length;
        const convener = [...ctx.mentions].reverse().find((x) => x.end <= at && (x.label === 'Organization' || x.label === 'Project') && !/[，。；]/u.test(text.slice(x.end, at)));
        if (convener) phrase = ctx.registry.canonicalName(ctx.registry.peek(convener.key)!) + phrase;
        // No convener the reader knows: the heading that reports this meeting names it better
        // ("北欧生态标签委员会召开年度会议") than "年度会议" alone.
        else if (!ctx.article.event && ctx.articleTitle.trim().endsWith(phrase)) {
          const who = ctx.articleTitle.trim().slice(0, -phrase.length).replace(ORGANISED_IN_TITLE, '');
          if (charCount(who) >= 2 && !/[，。；：\s]/u.test(who)) phrase = cleanName(who + phrase);
        }
      }
      // Still only kinds of meeting, with no one's name to make them one ("理事会和年会期间"): no name.
      if (phrase && isGenericPhrase(phrase) && /[和与及、]/u.test(phrase)) continue;
      if (phrase && EVENT_SUFFIX.test(phrase) && !/^(?:本次|此次|会议|论坛|大会)$/u.test(phrase)) {
        name = phrase;
        break;
      }
    }
  }
  // "在意大利米兰市 2018 年举行的空调博览会上": a named event may be dated to the year only.
  if (!date && name) date = ctx.dates.find((d) => d.precision === 'year' && !d.end);
  let inherited = false;
  if (!date && name && /召开|举办|举行|参加|出席/u.test(text) && ctx.article.event) {
    // A meeting held during the article's event ("年会期间，召开了…主题论坛"): dated to that
    // event's month, the precision the text supports.
    const parent = ctx.registry.peek(ctx.article.event);
    const gathering = GATHERINGS.includes(parent?.kind ?? '');
    // Only what the text places inside the parent: "年会期间", "这次大会举办了…", or a delegation's visit.
    const inside = /期间|同期|会上|其间|此间|这次|本次|此次/u.test(text) || parent?.kind === 'visit';
    const namedUndated = !named || !ctx.registry.peek(named.key)?.startDate;
    if (parent?.startDate && namedUndated && named?.key !== ctx.article.event && gathering && inside && charCount(name) >= 6) {
      date = dateDuring(parent);
      inherited = true;
    }
  }
  // The event this one happened during: never the same node, even on the same day.
  let parentKey: string | undefined;
  let during: string | undefined;
  // A talk or a call during a meeting ("会议期间，…与…进行了磋商", "会议期间，张小丹会见了…") is an event of
  // its own, inside the meeting read last (the council meeting a delegation attended, not the whole visit).
  if (!date && !named && ctx.article.event && text.includes('间') && /期间|其间/u.test(text)) {
    const talk = text.includes('进行') ? SIDE_TALK.exec(text) : null;
    const call = talk ? null : /会见|会晤|会面|拜会|拜访/u.exec(text);
    const recent = ctx.article.recentEvent ? ctx.registry.peek(ctx.article.recentEvent) : undefined;
    // "访德期间" is the visit; "会议期间" the meeting read last.
    const visit = /访[^，。；]{0,3}期间/u.test(text) && ctx.registry.peek(ctx.article.event)?.kind === 'visit';
    const key = !visit && recent && GATHERINGS.includes(recent.kind ?? '') && recent.startDate ? ctx.article.recentEvent! : ctx.article.event;
    const parent = ctx.registry.peek(key);
    const inParent = parent && (talk || call) ? dateDuring(parent) : undefined;
    const subName = !inParent ? undefined : talk ? sideTalkName(ctx, talk, parent?.kind === 'visit') : meetingName(ctx, call!) ?? synthesise(ctx, call!.index);
    if (inParent && subName) {
      date = inParent;
      name = subName;
      inherited = true;
      during = key;
      if (key !== ctx.article.event) parentKey = key;
    }
  }
  if (!date) {
    // Undated but named events (第23届联合国气候变化大会) exist as entities without a date.
    if (named) return { key: named.key, name: name!, kind: eventKindOf(name!, 'meeting') };
    return undefined;
  }
  if (!name && !trigger) return undefined;
  // Dates of facts in the past tense ("2013年9月，…签署《…备忘录》") still make signing events;
  // a bare year-only date does not.
  if (!name && trigger!.kind === 'observance') {
    // "把2017年10月25日定为第二个“蓝色天使日”": the day is the event.
    const day = text.slice(trigger!.m!.index).match(/[“"]([^”"]{2,20}日)/u);
    if (day) name = cleanName(day[1]!.replace(/（.*$/u, ''));
  }
  if (!name) {
    if (trigger!.kind === 'approval' && !mentionsOf(ctx, ['Document', 'Standard']).length) return undefined;
    // The article heading names the event best when this is the article's first dated event.
    // What happened to what ("…互认协议签署", "…伙伴关系启动") names it best; else the article heading
    // when this is the article's first dated event; else who met whom, else the clause.
    name =
      deedName(ctx, trigger!) ??
      (/召开|举办|举行/u.test(trigger!.m![0]) ? heldObjectName(text.slice(trigger!.m!.index + trigger!.m![0].length)) : undefined) ??
      (!ctx.article.event && ctx.articleTitle && trigger!.re.test(ctx.articleTitle) ? heldInTitle(ctx.articleTitle) ?? tidyClause(cleanName(ctx.articleTitle)) : meetingName(ctx, trigger!.m!) ?? synthesise(ctx, trigger!.m!.index));
  }
  if (!name) return undefined;
  // "10月23-26日，…2023年会在科隆召开": a day without its year takes the year the event's own name gives.
  const yearInName = date.inferredYear ? /(?:^|[^\d])((?:19|20)\d{2})\s*年/u.exec(name) : null;
  if (yearInName && !date.start.startsWith(yearInName[1]!)) {
    const year = yearInName[1]!;
    date = { ...date, start: year + date.start.slice(4), ...(date.end ? { end: year + date.end.slice(4) } : {}) };
  }
  // A talk during a meeting is a meeting, whatever else its sentence says ("标志着…的正式启动").
  const kind = eventKindOf(name, during ? 'meeting' : trigger?.kind ?? 'meeting');
  // A named event seen before without a date takes this date rather than becoming a second node.
  const datesNamed = named && !ctx.registry.peek(named.key)?.startDate;
  // A named event already reported for this day under a longer or shorter name ("世界城市论坛",
  // "第十届世界城市论坛") is that event: the names join.
  const alike = datesNamed ? (ctx.registry.eventBuckets.get(`${date.start}|${kind}`) ?? []).find((e) => e.key !== named.key && namedAlike(e.name, foldName(name!))) : undefined;
  if (alike) ctx.registry.alias(alike.key, name);
  const key = alike ? ctx.registry.resolve(alike.key) : datesNamed ? named.key : eventKey(ctx, date, kind, name, during);
  // Filed under its date too, so a later report of the same day finds it.
  if (datesNamed && !alike) fileEvent(ctx, date, kind, name, key);
  const draft = ctx.registry.ensure('Event', name, { method: 'pattern:dated-event', confidence: 0.8, kind }, key);
  // A date the text gives more precisely than before ("2021年…论坛" then "2021年7月6日至15日") wins.
  if (!draft.startDate || (date.start.length > draft.startDate.length && date.start.startsWith(draft.startDate))) {
    draft.startDate = date.start;
    draft.datePrecision = date.precision;
  }
  if (date.end && (!draft.endDate || draft.endDate < date.end)) draft.endDate = date.end;
  draft.datePrecision ??= date.precision;
  draft.kind ??= kind;
  return { key, name, kind, date, inherited, parent: parentKey, talk: during !== undefined };
}

/** An agreement named only by its kind ("战略合作协议", "谅解备忘录"): the signing rule names it after its parties. */
export function genericAgreement(name: string): boolean {
  return charCount(name) <= 8 && /^(?:战略|合作|小规模|谅解|框架|互认|双边|多边|合作框架|资助|小规模资助)/u.test(name);
}

/** What may follow a whole name: its closing mark, a clause mark, a list word, or the end. */
const WHOLE_NAME_END = /^(?:[》”"]|\s*(?:[，。；、,;]|$|和|与|及|等|报告))/u;
const SIGNED_WORKS = ['Agreement', 'Standard', 'Document'] as const;
const LAUNCHED_THINGS = ['Project', 'Document', 'Standard', 'EcoLabel', 'Agreement'] as const;
/** Between a launching verb and the title of what it launches: 了, an edition word, a quote mark. */
const EDITION_BEFORE_NAME = /^了?\s*(?:修订后的|修订版的?|新修订的|新版的?|最新版?的?|更新后的|新一期的?|第[一二三四五六七八九十\d]+版的?)?\s*[《“"]?\s*$/u;
/** A work named only by its own words up to the clause's end, ending in a document's noun. */
const UNMARKED_WORK = /^了?\s*([^，。；、“”《》]{4,30}?(?:报告|统计|指南|指数|白皮书|手册|清单|数据库|名录|路线图|导则|指引|倡议书))(?=\s*(?:[，。；,;]|$))/u;
/** A generic agreement named after the verb ("签署了战略合作协议"): named by its parties. */
const GENERIC_AGREEMENT = /^了?\s*[“《]?([^，。；“”《》]{2,24}?(?:协议|协定|备忘录|意向书|公约|共同标准))/u;

/**
 * A signing or a launch named by what was signed or launched: "《泰国绿色标签与越南绿色标签互认协议》
 * 签署" for "TEI与越南环境总局在河内签署《…》", "城市循环采购伙伴关系启动" for "由…发起的“城市循环采购伙伴关系”
 * 于6月18日在波恩正式启动". Undefined when the sentence names no such thing next to the verb.
 */
function deedName(ctx: SentenceContext, trigger: { kind: string; m: RegExpExecArray }): string | undefined {
  const text = ctx.text;
  const at = trigger.m.index;
  const after = at + trigger.m[0].length;
  const nameOf = (key: string) => ctx.registry.canonicalName(ctx.registry.peek(key)!);
  const clause = clauseStartOf(text, at);
  if (trigger.kind === 'signing') {
    const work = mentionsOf(ctx, [...SIGNED_WORKS], after).find((w) => !/[，。；]/u.test(text.slice(after, w.start)));
    if (work) return `${nameOf(work.key)}签署`;
    // "正式签署的第一个共同标准": a relative clause about a work named before; no name of its own here.
    if (/^\s*的/u.test(text.slice(after))) return undefined;
    const np = GENERIC_AGREEMENT.exec(text.slice(after));
    // "已签署五项共同标准": works counted, no one signing.
    if (!np || isCountedPhrase(cleanName(np[1]!))) return undefined;
    // The parties before the verb, not a witness (在…见证下) nor a place (在河内).
    const before = mentionsOf(ctx, ['Organization'], clause, at).filter((o) => !/见证|支持/u.test(text.slice(o.end, at).split(/[，]/u)[0] ?? ''));
    const bodies = before.length ? before.map((o) => o.key) : mentionsOf(ctx, ['Person'], clause, at).map((p) => ctx.briefing.affiliation.get(p.key)).filter((k): k is string => k !== undefined);
    const parties = [...new Set(bodies.map(nameOf))];
    const thing = cleanName(np[1]!);
    if (!genericAgreement(thing)) return `${thing}签署`;
    return parties.length ? `${parties.join('与')}${thing}签署` : undefined;
  }
  if (trigger.kind === 'launch') {
    const deed = trigger.m[0].replace(/^正式/u, '');
    if (!/^(?:启动|发布|上线|挂牌|推出)$/u.test(deed)) return undefined;
    // "启动《…》", "发布“…”": the thing right after the verb.
    // The whole of what is launched: not "可持续发展目标" of "可持续发展目标（SDG）12.7.1-…指数方法学".
    // "发布修订后的《…细则》", "发布新版《…》": which edition is no part of the name.
    const object = mentionsOf(ctx, [...LAUNCHED_THINGS], after).find((o) => EDITION_BEFORE_NAME.test(text.slice(after, o.start)) && WHOLE_NAME_END.test(text.slice(o.end)));
    if (object) return `${nameOf(object.key)}${deed}`;
    // "生态标签索引发布2025年度全球生态标签统计": a work the text does not mark, named by its own noun.
    const work = deed === '发布' || deed === '推出' ? UNMARKED_WORK.exec(text.slice(after)) : null;
    if (work && !CLAUSE_VERBS.some((v) => work[1]!.includes(v))) return `${cleanName(work[1]!)}${deed}`;
    // "…伙伴关系于6月18日在德国波恩正式启动。": with nothing after the verb, what the clause is about.
    if (!/^了?\s*(?:[，。；！,;]|$)/u.test(text.slice(after))) return undefined;
    const subject = mentionsOf(ctx, [...LAUNCHED_THINGS], clause, at).filter((o) => !/[，；]/u.test(text.slice(o.end, at))).pop();
    if (subject) return `${nameOf(subject.key)}${deed}`;
    // A name the text marks as one ("“亚洲城市绿色采购伙伴关系”于…启动") though no list knows it.
    const quoted = [...text.slice(clause, at).matchAll(/[“《]([^“”《》，。；]{4,40})[”》]/gu)].pop();
    if (quoted) return `${cleanName(quoted[1]!)}${deed}`;
  }
  return undefined;
}

/** What is held, right after 举办/召开/举行: a gathering's own noun (…宣讲会, …对接会, …博览会), up to the clause's end. */
const HELD_OBJECT = /^了?\s*(?:(?:以|围绕)[^，。；]{1,60}?为主题的?)?([^，。；、“”《》]{2,24}?(?:会|论坛|峰会|活动|仪式|典礼|展|大赛|节|周|培训班|工作坊|讲座))(?=\s*(?:[，。；,;]|$))/u;

/**
 * "泰国绿色标签委员会与泰国电动汽车协会举办了标准宣讲会": the gathering's own name, not the clause, when it
 * is more than a bare kind (举办了研讨会, 召开会议) and holds no verb of its own.
 */
function heldObjectName(after: string): string | undefined {
  const m = HELD_OBJECT.exec(after);
  if (!m) return undefined;
  const name = cleanName(m[1]!);
  if (charCount(name) < 4 || isGenericPhrase(name) || isCountedPhrase(name) || CLAUSE_VERBS.some((v) => name.includes(v))) return undefined;
  // A body's name (…协会, …委员会) is who holds, not what is held.
  if (classifyBySuffix(name)?.label === 'Organization') return undefined;
  return name;
}

/** The same in a headline: "…与…举办标准宣讲会". */
function heldInTitle(title: string): string | undefined {
  const verb = /(?:召开|举办|举行)/u.exec(title);
  return verb ? heldObjectName(title.slice(verb.index + verb[0].length)) : undefined;
}

/** "张小丹会见Ragnar Unge": for a meeting, the first person (or body) on each side of 会见. */
function meetingName(ctx: SentenceContext, m: RegExpExecArray): string | undefined {
  if (!/会见|会谈|会晤|会面|拜会|拜访/u.test(m[0])) return undefined;
  const actor = (from: number, to: number) => {
    const people = mentionsOf(ctx, ['Person'], from, to);
    const pick = people[0] ?? mentionsOf(ctx, ['Organization'], from, to)[0];
    return pick ? ctx.registry.canonicalName(ctx.registry.peek(pick.key)!) : undefined;
  };
  const start = clauseStartOf(ctx.text, m.index);
  // "…金成浩率代表团访问越南环境部，越南环境部副局长阮氏兰会见了代表团": the host is the one named in the
  // comma clause of 会见, not the delegation's leader named first in the sentence.
  const commaStart = Math.max(start, ctx.text.slice(0, m.index).search(/[，,][^，,]*$/u) + 1);
  const host = mentionsOf(ctx, ['Person'], commaStart, m.index)[0];
  // "代表团在海牙拜会了…": the delegation the article follows, named by what it is.
  const before = (host && commaStart > start ? ctx.registry.canonicalName(ctx.registry.peek(host.key)!) : undefined) ?? actor(start, m.index) ?? (/(?:代表团|一行)/u.test(ctx.text.slice(start, m.index)) ? '代表团' : undefined);
  // "…副院长尤哈·维塔宁会见了代表团": the delegation the article follows is the one met.
  const after = actor(m.index + m[0].length, ctx.text.length) ?? (/^了?[^，。；]{0,8}?(?:代表团|一行)/u.test(ctx.text.slice(m.index + m[0].length)) ? '代表团' : undefined);
  if (before && after) return `${before}${m[0]}${after}`;
  // "A与B会面": both sides before the verb.
  const sides = mentionsOf(ctx, ['Person'], start, m.index);
  const name = (k: string) => ctx.registry.canonicalName(ctx.registry.peek(k)!);
  return sides.length >= 2 && /与|和|同/u.test(ctx.text.slice(sides[0]!.end, sides[1]!.start)) ? `${name(sides[0]!.key)}与${name(sides[1]!.key)}${m[0]}` : undefined;
}

function clauseStartOf(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[。；]/u.test(text[start - 1]!)) start--;
  return start;
}

/** "张总…与CNCPEC会长执行助理刘洋进行交流" -> "张小丹与刘洋交流": the first party named on each side of 与. */
function sideTalkName(ctx: SentenceContext, talk: RegExpExecArray, duringVisit: boolean): string | undefined {
  const pick = (from: number, to: number) => {
    const m = mentionsOf(ctx, ['Person'], from, to)[0] ?? mentionsOf(ctx, ['Organization'], from, to)[0];
    return m ? ctx.registry.canonicalName(ctx.registry.peek(m.key)!) : undefined;
  };
  // With no one named before 与, the talk is the delegation's: "代表团与…", or a visit's "访德期间，与…".
  const before = pick(clauseStartOf(ctx.text, talk.index), talk.index) ?? (duringVisit || /(?:代表团|一行)\s*$/u.test(ctx.text.slice(0, talk.index)) ? '代表团' : undefined);
  const after = pick(talk.index + 1, talk.index + talk[0].length);
  return before && after ? `${before}与${after}${talk[1]}` : synthesise(ctx, talk.index + talk[0].length - 1);
}

/**
 * "由宜可城…发起的…在德国波恩正式启动" -> "…启动": who launched it and where are facts of their own,
 * not part of its name.
 */
function tidyClause(clause: string): string {
  const tidy = clause
    .replace(/^由[^，。；]{2,40}?(?:发起|主办|牵头|组织|资助)的/u, '')
    .replace(/在[^，。；在]{1,12}?(?=正式|召开|举办|举行|启动|签署|发布)/u, '')
    .replace(/(?:于\s*)?正式(?=启动|发布|上线|签署|挂牌)/u, '');
  // "…庆祝典礼(在曼谷)举行": the clause names its gathering before the verb that holds it.
  const held = tidy.match(HELD_AFTER_NAME);
  if (held && charCount(held[1]!) >= 4) return held[1]!;
  return charCount(tidy) >= 4 ? tidy : clause;
}

/** A clause that opens with adverbs and a launching verb, then the thing launched. */
const VERB_FIRST = /^((?:相继|陆续|先后|分别|正式|共同|联合|首次|再次|已经|已|将|还)*)(宣布成立|宣布启动|启动|发布|推出|成立|宣布)了?(.+)$/u;

/** A short name for an event the text does not name: the clause from its first actor to the verb's object. */
function synthesise(ctx: SentenceContext, at: number): string | undefined {
  const text = ctx.text;
  let start = at;
  while (start > 0 && !/[，。；：]/u.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[，。；：]/u.test(text[end]!)) end++;
  let clause = text.slice(start, end);
  for (const d of ctx.dates) clause = clause.replace(d.text, '');
  clause = tidyClause(clause);
  clause = cleanName(clause.replace(/^(?:[上下]午|近日|日前|此外|同时)/u, '').replace(/(?:计划)?于\s*(?=正式|启动|召开|举办|在)/u, '').replace(/^[，\s]+/u, ''));
  // "该报告正式发布": name the report the article is about.
  const anaphor = clause.match(/^(?:该|本|此)(报告|指南|标准|准则|网站)/u);
  const topic = anaphor ? ctx.article.topic?.[anaphor[1] === '标准' ? 'Standard' : 'Document'] : undefined;
  if (anaphor && topic) clause = ctx.registry.canonicalName(ctx.registry.peek(topic)!) + clause.slice(anaphor[0].length);
  // "相继启动SDG12.7.1指数方法学报告", "宣布成立可持续食品采购工作组": a clause with no subject opens with its
  // verb; the event is what was launched, then the deed ("…工作组成立").
  // "…，与UNEP、荷兰基础设施与环境部…共同启动实施SPP计划战略规划": the partners are facts of their own;
  // the event is named by what was launched.
  clause = clause.replace(/^(?:与|和|同)[^，。；]*?(?:共同|联合|一道|一起)(?=宣布|启动|发布|推出|成立)/u, '').replace(/^启动实施/u, '启动');
  const verbFirst = clause.match(VERB_FIRST);
  if (verbFirst) {
    const object = cleanName(verbFirst[3]!.replace(/^[《“「]|[》”」]$/gu, ''));
    if (charCount(object) < 4 || /[，。；]/u.test(object)) return undefined;
    clause = `${object}${verbFirst[2]!.replace(/^宣布/u, '')}`;
  }
  if (charCount(clause) < 4) return undefined;
  // "中环联合副总经理吴振宇会见了代表团": a clause naming someone by body and title is a sentence, not
  // an event's name (a name joins people by 与: "李明与汉斯·穆勒签署…"). The body and the deed name it:
  // "日本产业环境管理协会（JEMAI）到访中环联合", whatever people and titles stood between.
  // (Checked on the tidied clause: tidyClause may have dropped them.)
  const verb = text.slice(at, at + 2);
  for (const p of mentionsOf(ctx, ['Person'], start, end)) {
    const where = clause.indexOf(p.text);
    if (where <= 0 || !/\p{Script=Han}/u.test(clause.charAt(where - 1)) || /[与和及、同]/u.test(clause.charAt(where - 1))) continue;
    const body = mentionsOf(ctx, ['Organization'], start, p.start)[0];
    const bodyAt = body ? clause.indexOf(body.text) : -1;
    const deed = clause.indexOf(verb, where);
    if (!body || bodyAt < 0 || bodyAt >= where || deed < 0) return undefined;
    const aside = clause.slice(bodyAt + body.text.length).match(/^\s*[（(][^（）()]*[）)]/u);
    clause = clause.slice(0, bodyAt + body.text.length + (aside ? aside[0].length : 0)) + clause.slice(deed);
    break;
  }
  return withinBrackets([...clause].slice(0, 40).join(''));
}

const CLOSING: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '【': '】', '〈': '〉' };

/**
 * A name cut short ends before a bracket it leaves open: "…执行主任（UN Environment E" names
 * "…执行主任", not half an English gloss. Separators left at the end go too.
 */
function withinBrackets(name: string): string {
  const open: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (CLOSING[c] !== undefined) open.push(i);
    else if (open.length > 0 && c === CLOSING[name[open[open.length - 1]!]!]) open.pop();
  }
  if (open.length === 0) return name;
  const cut = cleanName(name.slice(0, open[0]));
  return charCount(cut) >= 4 ? cut : name;
}

/**
 * Same start date and kind, and a shared place or no place to tell them apart: the same event.
 * `notSameAs`: an event this one is not (the meeting a talk happens during).
 */
function eventKey(ctx: SentenceContext, date: DateMention, kind: string, name: string, notSameAs?: string): string {
  const places = new Set(mentionsOf(ctx, ['Place']).map((m) => m.key));
  // "代表团访德": the country a visit goes to, named by its one-character form.
  for (const m of matchesWith(ctx.text, '访', VISITED_SHORT)) {
    const place = ctx.registry.placeByName(COUNTRY_OF_SHORT[m[1]!]!);
    if (place) places.add(place);
  }
  const parties = partiesOf(ctx);
  const bucket = `${date.start}|${kind}`;
  const list = ctx.registry.eventBuckets.get(bucket) ?? [];
  const folded = foldName(name);
  const same = list.find((e) => sameEvent(e, kind, folded, places, notSameAs, parties));
  if (same) {
    for (const p of places) same.places.add(p);
    same.parties ??= new Set();
    for (const p of parties) same.parties.add(p);
    return same.key;
  }
  // The same event dated to its year in one place ("2021年可持续发展高级别政治论坛") and to its days in
  // another ("2021年7月6日至15日，…可持续发展高级别政治论坛2021届年会") is one node.
  const year = date.start.slice(0, 4);
  // Only the buckets of this year are read: reading a bucket through a fork copies it into the
  // fork (and into what the fork hands back).
  for (const b of ctx.registry.eventBucketKeysOfYear(year)) {
    const yearOnly = b.startsWith(`${year}|`);
    const sameYear = date.start.length === 4 && b.startsWith(`${year}-`);
    if (!yearOnly && !sameYear) continue;
    const entries = ctx.registry.eventBuckets.get(b)!;
    const alike = entries.find((e) => e.key !== notSameAs && namedAlike(e.name, folded));
    if (!alike) continue;
    if (yearOnly && date.start.length > 4) {
      // Now known to the day: file it where later reports of those days will look.
      entries.splice(entries.indexOf(alike), 1);
      list.push(alike);
      ctx.registry.eventBuckets.set(bucket, list);
    }
    for (const p of places) alike.places.add(p);
    return alike.key;
  }
  const key = eventKeyOf(date.start, name);
  list.push({ key, places, parties, name: folded, ...(notSameAs ? { notSameAs } : {}) });
  ctx.registry.eventBuckets.set(bucket, list);
  return key;
}

const VISITED_SHORT = new RegExp(`访([${Object.keys(COUNTRY_OF_SHORT).join('')}])`, 'gu');

/** The bodies and people a report of an event names, and the bodies of those people. */
function partiesOf(ctx: SentenceContext): Set<string> {
  const parties = new Set<string>();
  for (const m of mentionsOf(ctx, ['Organization', 'Person'])) {
    parties.add(m.key);
    const org = m.label === 'Person' ? ctx.briefing.affiliation.get(m.key) : undefined;
    if (org) parties.add(org);
  }
  return parties;
}

function fileEvent(ctx: SentenceContext, date: DateMention, kind: string, name: string, key: string): void {
  const bucket = `${date.start}|${kind}`;
  const list = ctx.registry.eventBuckets.get(bucket) ?? [];
  if (list.some((e) => e.key === key)) return;
  list.push({ key, places: new Set(mentionsOf(ctx, ['Place']).map((m) => m.key)), parties: partiesOf(ctx), name: foldName(name) });
  ctx.registry.eventBuckets.set(bucket, list);
}
