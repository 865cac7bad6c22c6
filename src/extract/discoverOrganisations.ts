import type { Candidate, Span } from './candidate.js';
import { HAN, orgSuffixLast, cleanName, phraseEndingAt, overlapsAny } from './namePhrases.js';
import { titleAt, GENERIC_ORG } from './discoverPersons.js';
import { endsName } from './discoverSignals.js';
import type { EntityLabel } from '../graph/ontology.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './nameMatcher.js';
import { classifyBySuffix, suffixRuleEndingAt, WEAK_SUFFIXES } from './lexicon/nameSuffixes.js';
import { JOINING_VERB, NAME_HEADS, LEADING_FUNCTION, NOT_A_BODY_ENDING, SURNAMES_1, SURNAMES_2 } from './lexicon/nameWords.js';
import { TITLES, TITLE_ENDINGS } from './lexicon/titles.js';
import { CLAUSE_VERBS, LEADING_PARTICLES } from './lexicon/notNames.js';
import { eventKindOf } from './lexicon/eventKinds.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';

// Organisations found by their suffix and what stands in front (a place, a known body), lists
// of them, bodies before titles, launched initiatives and ordinal events.

/** 与, 和, 及 or 、 (by code unit: tested at every character of a phrase). */
export function isListJoin(code: number): boolean {
  return code === 0x4e0e || code === 0x548c || code === 0x53ca || code === 0x3001;
}

/** Endings of the bodies that run a programme or a label (its secretariat, board, committee, working group). */
const PROGRAMME_BODIES = new Set(['秘书处', '委员会', '理事会', '工作组', '小组', '协会', '办公室']);

/** A mission abroad: 驻 + the place + an office ending (代表处, 大使馆, 领事馆, 办事处). */
const MISSION = /^驻[\p{Script=Han}]{2,12}(?:代表处|使馆|领事馆|办事处)$/u;

/** "驻华代表处": 驻 and a one- or two-character short form, an office of a body named before, not a name. */
export const BRANCH_ONLY = /^驻[\p{Script=Han}]{1,2}(?:代表处|办事处|办公室|代表团)$/u;

/** Whether a label's name at start..end runs on into a longer name of another kind (…环境标志合作论坛, …绿色标签互认协议). */
function labelGoesOn(sentence: string, start: number, end: number): boolean {
  // A particle, join or preposition ends the run: "…绿色标签的推广项目" is the label's project,
  // "…标签计划由环境保护局管理" a body after the label.
  for (let k = 1; k <= 8 && end + k <= sentence.length && HAN.test(sentence[end + k - 1]!) && !/[的和与及时由在于为是将已被向对等]/u.test(sentence[end + k - 1]!); k++) {
    const rule = suffixRuleEndingAt(sentence, start, end + k);
    if (rule && rule.label !== 'EcoLabel') return true;
  }
  return /^(?:产品|企业|认证|标准|制度|计划|项目|能力|互认|合作|工作|体系|发展|培训)/u.test(sentence.slice(end));
}

/** Title endings of two characters or more, longest first, for titles nobody listed (采购顾问, 经济参赞). */
const LONG_TITLE_ENDINGS = TITLE_ENDINGS.filter((e) => e.length >= 2).sort((a, b) => b.length - a.length);

/**
 * A title nobody listed right at `at`, known by its ending and followed by a person's name
 * ("交通管理局采购顾问安娜·林德贝里"): the body's name ended before it.
 */
function unlistedTitleAt(sentence: string, at: number): boolean {
  for (let end = at + 2; end <= Math.min(sentence.length, at + 6); end++) {
    if (!HAN.test(sentence[end - 1]!)) return false;
    if (!LONG_TITLE_ENDINGS.some((e) => end - at >= e.length && sentence.startsWith(e, end - e.length))) continue;
    const after = sentence.slice(end, end + 12);
    if (/^[\p{Script=Han}]{1,8}·/u.test(after) || SURNAMES_1.has(after[0] ?? '') || SURNAMES_2.some((s) => after.startsWith(s))) return true;
  }
  return false;
}

/** Organisation names without brackets: a place or known organisation in front, a telling suffix behind. */
export function organisationPhrases(sentence: string, gazetteer: Gazetteer, taken: Span[], known: NameMatch<GazetteerEntry>[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (orgSuffixLast[sentence.charCodeAt(i)] === 0) continue;
    const rule = suffixRuleEndingAt(sentence, Math.max(0, i - 6), i + 1);
    if (!rule || (rule.label !== 'Organization' && rule.label !== 'Standard' && rule.label !== 'EcoLabel' && rule.suffix !== '项目')) continue;
    const end = i + 1;
    // "肯尼亚标准局": 标准 here begins a body's name, whose own ending comes next.
    if (rule.label !== 'Organization' && [1, 2].some((k) => suffixRuleEndingAt(sentence, end - rule.suffix.length, end + k)?.label === 'Organization')) continue;
    // Only where the suffix really ends the word: "部长" is a title, not a ministry; but
    // "肯尼亚环境部长" is the minister of 肯尼亚环境部, so a place-headed 部 before 长 counts. A title
    // inside the suffix (委员 in 委员会) does not make it one.
    // "环境认证处副处长": 副处长 is a title, and the body ends at the 处 before it.
    const ministerOf = rule.suffix.length === 1 && sentence[end] === '长' && sentence[end - 2] !== '副';
    const titleThere = titleAt(sentence, end - rule.suffix.length);
    if (!ministerOf && titleThere !== undefined && titleThere.length > rule.suffix.length && !sentence.slice(end - rule.suffix.length).startsWith(rule.suffix + rule.suffix)) continue;
    if (rule.suffix.length === 1 && !ministerOf) {
      const next = sentence[end] ?? '';
      if (HAN.test(next) && !/[和与及的在等将为是于也都已还并对向、主出参发表联共]/u.test(next) && !titleAt(sentence, end) && !/^(?:原|前|副|代理)/u.test(sentence.slice(end)) && !endsName(sentence, end) && !unlistedTitleAt(sentence, end) && !SUBJECT_GOES_ON.test(sentence.slice(end, end + 2))) continue;
      if (NOT_A_BODY_ENDING.some((w) => sentence.startsWith(w, end - w.length))) continue;
    }
    const phrase = phraseEndingAt(sentence, end, gazetteer, { maxLength: 30 });
    if (!phrase) continue;
    // "联合国环境规划署-世界自然保护联盟新项目": two bodies joined by a dash, each a name of its own.
    const dash = Math.max(phrase.text.lastIndexOf('-'), phrase.text.lastIndexOf('—'), phrase.text.lastIndexOf('–'));
    if (dash > 0 && classifyBySuffix(phrase.text.slice(0, dash))?.label === 'Organization' && charCount(phrase.text.slice(dash + 1)) >= 4) {
      phrase.start += dash + 1;
      phrase.text = phrase.text.slice(dash + 1);
    }
    let name = cleanName(phrase.text);
    // Three characters only for a ministry standing alone (环境部召开…), decided below.
    if (charCount(name) < (['部', '委', '署', '局'].includes(rule.suffix) ? 3 : 4) || !HAN.test(name)) continue;
    // "全球电子理事会组织制订": 组织 is the verb here.
    if ((rule.suffix === '组织' || rule.suffix === '机构') && HAN.test(sentence[end] ?? '') && !/[和与及的在等、]/u.test(sentence[end]!)) continue;
    // "…促进局下设的绿色科技部": a known body's short name (科技部) ending a unit's name is not that body.
    const unitRun = phrase.known ? /(?:下设|下属|旗下)的([\p{Script=Han}]{1,6})$/u.exec(sentence.slice(Math.max(0, phrase.start - 12), phrase.start)) : null;
    if (unitRun) {
      phrase.start -= unitRun[1]!.length;
      phrase.text = sentence.slice(phrase.start, end);
      phrase.known = undefined;
      name = cleanName(phrase.text);
    }
    if (phrase.known && cleanName(phrase.known.name) === name) continue;
    if (gazetteer.lookup(name).length > 0) continue;
    // It must start with a place or a known organisation (a sub-unit), else it is too often a common noun.
    // The name may start after a 与/和/及/、 inside the run ("张小丹总经理与日本环境协会").
    const starts = [phrase.start];
    for (let k = phrase.start; k < end - 2; k++) if (isListJoin(sentence.charCodeAt(k))) starts.push(k + 1);
    // "并批准蒙古标准计量局成为…": the name may start right after a clause's verb.
    for (const verb of CLAUSE_VERBS) for (let k = phrase.text.indexOf(verb); k >= 0; k = phrase.text.indexOf(verb, k + 1)) if (phrase.start + k + verb.length < end - 2) starts.push(phrase.start + k + verb.length);
    // "应新加坡环境理事会邀请", "由马尼拉绿色建筑协会主办": a particle opening the clause stands before the name.
    for (const particle of LEADING_PARTICLES) if (phrase.text.startsWith(particle) && phrase.start + particle.length < end - 2) starts.push(phrase.start + particle.length);
    let head: NameMatch<GazetteerEntry> | undefined;
    // "俄罗斯驻华大使馆": the country whose mission it is stands before 驻.
    if (sentence[phrase.start] === '驻') {
      const owner = known.find((k) => k.end === phrase.start && k.value.label === 'Place');
      if (owner && MISSION.test(sentence.slice(phrase.start, end))) starts.unshift(owner.start);
    }
    for (const at of starts) {
      head = known.find(
        (k) =>
          k.start === at &&
          (k.value.label === 'Place' ||
            (k.value.label === 'Organization' && rule.label !== 'EcoLabel') ||
            (rule.label === 'Standard' && k.value.label === 'EcoLabel') ||
            // "可持续公共采购计划秘书处", "某某绿色选择理事会": the body that runs a known programme or label.
            (rule.label === 'Organization' && PROGRAMME_BODIES.has(rule.suffix) && (k.value.label === 'Project' || k.value.label === 'EcoLabel'))) &&
          k.end < end &&
          // "生态环境部国际合作司副司长周晓东和俄罗斯驻华大使馆": a head that would take in a title and a
          // person is another body's; a later start (after 和) holds this one's.
          charCount(sentence.slice(at, end)) <= 24,
      );
      // "驻新加坡台北代表处": a mission abroad, named from 驻 and the place it sits in.
      if (!head && sentence[at] === '驻' && MISSION.test(sentence.slice(at, end))) head = known.find((k) => k.start === at + 1 && k.value.label === 'Place' && k.end < end);
      if (head) {
        phrase.start = at;
        phrase.text = sentence.slice(at, end);
        break;
      }
    }
    // "申请智利绿色标签时": a label's name opens at its country, wherever the run of characters began.
    if (!head && rule.label === 'EcoLabel') {
      head = known.filter((k) => k.value.label === 'Place' && k.value.id && k.start > phrase.start && end - k.end >= 2 && k.end < end).at(-1);
      if (head) {
        phrase.start = head.start;
        phrase.text = sentence.slice(head.start, end);
      }
    }
    name = cleanName(phrase.text);
    // "中环联合认证中心联合三大家具行业协会": a known body, then a verb joining others to it, is a clause.
    if (known.some((k) => k.value.label === 'Organization' && k.start >= phrase.start && k.end < end - 2 && JOINING_VERB.test(sentence.slice(k.end, k.end + 2)) && !known.some((o) => o.start <= k.start && o.end > k.end))) continue;
    // Measured from its head: the run before it may hold a whole clause.
    if (charCount(name) > 24) continue;
    // Words no name holds, tested on the name from its head on ("并批准蒙古标准计量局" is 蒙古标准计量局)
    // and before its ending: 签 marks a signing, but 标签 ends a label's name.
    if (/们|相关|有关|其他|一些|多个|各|等|执行|分享|(?<!认证)认可|采用|鼓励|或|并|正|已|将|把|签|的|设立|多年来/u.test(name.slice(0, name.length - rule.suffix.length)) || GENERIC_ORG.test(name)) continue;
    // "UL环境事业部": a Latin name in front of a department.
    const latinHead = phrase.text.match(/^[A-Z][A-Za-z&]{1,9}\s?/);
    if (!head && latinHead && rule.label === 'Organization') head = { start: phrase.start, end: phrase.start + latinHead[0].length, text: latinHead[0], value: { label: 'Organization' } as GazetteerEntry };
    // "财政部", "外交部", "国家认监委": a short ministry name standing alone between clause marks.
    // "环境部召开…", "。财政部发布…": or opening a clause whose verb only an organiser has.
    const alone = /^(?:[，。、；：（(“「\s与和及]|$)/u.test(sentence[phrase.start - 1] ?? '') && (/^(?:[，。、；：）)”」\s与和及]|$)/u.test(sentence[end] ?? '') || ORGANISER_VERB.test(sentence.slice(end, end + 3)) || (phrase.start === 0 && SUBJECT_GOES_ON.test(sentence.slice(end, end + 2))));
    if (!head && alone && rule.label === 'Organization' && ['部', '委', '署', '局'].includes(rule.suffix) && /^[\p{Script=Han}]{2,6}$/u.test(name)) head = { start: phrase.start, end: phrase.start, text: '', value: { label: 'Organization' } as GazetteerEntry };
    // "香港生产力促进局下设的绿色科技部": a unit the text says a body has under it.
    if (!head && rule.label === 'Organization' && /(?:下设|下属|旗下)的?$/u.test(sentence.slice(Math.max(0, phrase.start - 3), phrase.start)) && /^[\p{Script=Han}]{3,10}$/u.test(name)) head = { start: phrase.start, end: phrase.start, text: '', value: { label: 'Organization' } as GazetteerEntry };
    // "JEMAI开展的供应链碳减排项目": a project named after "<verb>的".
    if (!head && rule.suffix === '项目' && /(?:开展|实施|承担|执行|参与|启动|支持|负责)的$/u.test(sentence.slice(Math.max(0, phrase.start - 3), phrase.start)) && charCount(name) >= 6) head = { start: phrase.start, end: phrase.start, text: '', value: { label: 'Project' } as GazetteerEntry };
    const national = NAME_HEADS.exec(name);
    if (!head && national && charCount(name) >= 6) head = { start: phrase.start, end: phrase.start + national[0].length, text: national[0], value: { label: 'Place' } as GazetteerEntry };
    if (!head) continue;
    if (ministerOf && head.value.label !== 'Place') continue;
    if (overlapsAny(taken, phrase.start, end)) continue;
    if (WEAK_SUFFIXES.has(rule.suffix) && end - head.end < 2) continue;
    // A city plus an office ("北京代表处") names a branch of something said before, not an organisation.
    if (head.value.label === 'Place' && /^(?:代表处|办公室|秘书处)$/u.test(sentence.slice(head.end, end))) continue;
    if (rule.label !== 'Organization' && head.value.label === 'Place' && !head.value.id) continue;
    // A label is named by its country ("越南绿色标签"), never by a body's name in front of it, and
    // its name ends the word: "中国—东盟环境标志合作论坛" is a forum, "…标志产品" products.
    if (rule.label === 'EcoLabel' && (head.value.label !== 'Place' || !head.value.id || /[—–-]/u.test(name) || labelGoesOn(sentence, phrase.start, end))) continue;
    if (charCount(name) < 3 || /[，。]/u.test(name) || /(?:副|正|部)[部署局司]$|([部署局司厅处])\1$/u.test(name)) continue;
    if (rule.label === 'Standard' && /制定|发布|推出|修订|新标准|通过/u.test(name)) continue;
    // "世行项目", "11个子项目": a project needs a name of its own between its owner and 项目.
    if (rule.suffix === '项目' && (end - head.end < 6 || /\d|个|子项目$|[新该此本这的]项目$/u.test(name))) continue;
    // "德国环境标志认证": the certification of a label the gazetteer knows is that label.
    const knownLabel = rule.label === 'EcoLabel' ? gazetteer.lookup(name.replace(LABEL_WORD, ''), 'EcoLabel')[0] : undefined;
    out.push({
      known: knownLabel,
      label: rule.label,
      placeHead: head.value.label === 'Place' && head.value.id ? head.value : undefined,
      name,
      surface: sentence.slice(phrase.start, end),
      kind: head.value.label === 'Organization' && ['部', '司', '处', '事业部', '办公室', '秘书处', '代表处', '部门', '总司'].includes(rule.suffix) ? 'department' : rule.kind,
      start: phrase.start,
      end,
      method: 'pattern:organisation-suffix',
      confidence: 0.65,
    });
  }
  // Keep the longest of overlapping phrases.
  return out.filter((c) => !out.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
}

/** Verbs that open a clause only an organiser or publisher heads: a short ministry name before one is a body. */
const ORGANISER_VERB = /^(?:召开|举办|主办|举行|发布|公布|宣布|启动|推出|印发)/u;
/** What follows a clause's subject before its verb: "环境部今天（10日）上午在东京…", "环境部与…共同签署". */
const SUBJECT_GOES_ON = /^(?:今天|今日|昨天|昨日|日前|近日|近期|目前|于|在|与|和|同|将|已|也|还|表示|指出|称|强调)/u;

/** Words after a label's name that say it is the label (its mark, its certification, its scheme). */
const LABEL_WORD = /(?:标志|标签|标章|认证|计划)$/u;

/**
 * A known eco-label written with the word for its mark or certification after it ("德国蓝天使标志",
 * "菲律宾绿色选择标志"): another name of that label, not a new one.
 */
export function labelMarks(sentence: string, known: NameMatch<GazetteerEntry>[], taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const k of known) {
    if (k.value.label !== 'EcoLabel') continue;
    const word = /^(?:标志|标签|标章|认证)/u.exec(sentence.slice(k.end))?.[0];
    if (!word) continue;
    const end = k.end + word.length;
    if (labelGoesOn(sentence, k.start, end) || overlapsAny(taken, k.start, end) || known.some((o) => o !== k && o.start <= k.start && o.end >= end)) continue;
    const name = sentence.slice(k.start, end);
    out.push({ label: 'EcoLabel', name, surface: name, kind: k.value.kind, start: k.start, end, method: 'pattern:label-mark', confidence: 0.75, known: k.value });
  }
  return out;
}

/** Endings of ministries and agencies whose portfolio may join two words (经济和财政部). */
const PORTFOLIO_ENDINGS = new Set(['部', '局', '署', '厅', '委员会']);

/**
 * Ministries whose portfolio joins two fields, named after their country: "缅甸自然资源与环境保护部",
 * "秘鲁经济和财政部". The gazetteer knows the tail (环境保护部, 财政部) as another body; the country,
 * one field and 与/和 in front of it make this one's name. Nothing joins when the part before
 * 与/和 is a body's name itself (生态环境部和财政部: two bodies).
 */
export function jointMinistries(sentence: string, known: NameMatch<GazetteerEntry>[], taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const body of known) {
    if (body.value.label !== 'Organization' || body.start < 4) continue;
    const rule = classifyBySuffix(body.text);
    if (!rule || !PORTFOLIO_ENDINGS.has(rule.suffix)) continue;
    const place = known.filter((k) => k.value.label === 'Place' && k.value.id && k.end < body.start).at(-1);
    if (!place) continue;
    const gap = sentence.slice(place.end, body.start);
    if (!/^[\p{Script=Han}]{2,8}[与和]$/u.test(gap)) continue;
    const field = gap.slice(0, -1);
    if (/[与和及、]/u.test(field) || classifyBySuffix(field) || CLAUSE_VERBS.some((v) => field.includes(v))) continue;
    if (overlapsAny(taken, place.start, body.end)) continue;
    const name = sentence.slice(place.start, body.end);
    out.push({ label: 'Organization', name, surface: name, kind: rule.kind, start: place.start, end: body.end, method: 'pattern:organisation-suffix', confidence: 0.65, placeHead: place.value });
  }
  return out;
}

/** An organisation named right before a title and a person: 国家认监委总工程师薄昱民, 双绿联盟执行秘书长周卫东. */
export function organisationsBeforeTitles(sentence: string, gazetteer: Gazetteer, people: Candidate[], taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of people) {
    if (!p.title) continue;
    const titleStart = sentence.lastIndexOf(p.title, p.start);
    if (titleStart < 0 || p.start - titleStart - p.title.length > 1) continue;
    // Allow a department or role word between organisation and title (国际处处长, 气候总监): take the shortest suffix-typed phrase.
    for (let end = titleStart; end > Math.max(0, titleStart - 6); end--) {
      const phrase = phraseEndingAt(sentence, end, gazetteer, { maxLength: 20 });
      if (!phrase || phrase.known) continue;
      const name = cleanName(phrase.text);
      const rule = classifyBySuffix(name);
      const latin = /^[A-Z][A-Za-z&]{1,9}$/.test(name);
      if ((!rule || rule.label !== 'Organization') && !latin) continue;
      if (charCount(name) < (latin ? 2 : 3) || overlapsAny(taken, phrase.start, end) || /[，。、]/u.test(name)) continue;
      if (TITLES.some((t) => name.endsWith(t))) continue;
      if (BRANCH_ONLY.test(name)) continue;
      out.push({ label: 'Organization', name, surface: sentence.slice(phrase.start, end), kind: rule?.kind ?? 'organization', start: phrase.start, end, method: 'pattern:organisation-before-title', confidence: 0.7 });
      break;
    }
  }
  return out;
}

/**
 * Organisations in a list: "来自国合会秘书处、国务院发展研究中心、发展改革委能源研究所…等…参会". When most
 * items of a 、-list end like organisation names, each such item is one.
 */
export function organisationLists(sentence: string, taken: (Span & { label?: EntityLabel })[]): Candidate[] {
  const out: Candidate[] = [];
  // A list of three needs two 、 in one clause.
  const first = sentence.indexOf('、');
  if (first < 0 || sentence.indexOf('、', first + 1) < 0) return out;
  for (const m of sentence.matchAll(/[^，。；：]+/gu)) {
    const clause = m[0];
    const parts = clause.split('、');
    if (parts.length < 3) continue;
    let offset = m.index!;
    const items: { start: number; text: string }[] = [];
    parts.forEach((part, i) => {
      let text = part;
      let start = offset;
      if (i === 0) {
        const lead = text.match(/^.*?(?:来自|包括|由|与|和)/u);
        if (lead) {
          text = text.slice(lead[0].length);
          start += lead[0].length;
        }
      }
      // The last item runs into the clause's verb: "、蓝迪国际智库联合主办".
      if (i === parts.length - 1) text = text.replace(/(?:等|以及|和|及|(?:联合|共同)?(?:主办|举办|承办|协办|发起|参加|出席|签署)).*$/u, '');
      items.push({ start, text: text.trim() });
      offset += part.length + 1;
    });
    const typed = items.map((item) => ({ item, rule: classifyBySuffix(item.text) }));
    const orgs = typed.filter((t) => t.rule?.label === 'Organization' && charCount(t.item.text) >= 4 && charCount(t.item.text) <= 20);
    if (orgs.length < Math.max(2, Math.ceil(items.length / 2))) continue;
    for (const { item, rule } of orgs) {
      const name = cleanName(item.text).replace(LEADING_FUNCTION, '');
      if (GENERIC_ORG.test(name) || /[了的是在]|探讨|讨论/u.test(name)) continue;
      const end = item.start + item.text.length;
      // A place inside the name is part of it: 沃尔玛中国投资有限公司.
      const blocking = taken.filter((t) => !(t.label === 'Place' && t.start >= item.start && t.end <= end));
      if (!HAN.test(name) || /[（(]/u.test(name) || overlapsAny(blocking, item.start, end)) continue;
      out.push({ label: 'Organization', name, surface: item.text, kind: rule!.kind, start: item.start, end, method: 'pattern:organisation-list', confidence: 0.65 });
    }
  }
  return out;
}

/** Initiatives launched in the sentence: "发起编制塑料指南倡议", "启动…行动计划". */
export function launchedInitiatives(sentence: string, taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, ['发起', '启动', '提出'], /(?:发起|启动|提出)了?(?:编制|实施)?([\p{Script=Han}A-Za-z\d]{2,16}?(?:倡议|行动计划|行动))(?=[，。；、]|$)/gu)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    if (overlapsAny(taken, start, start + name.length) || charCount(name) < 4) continue;
    out.push({ label: 'Project', name, surface: name, kind: 'initiative', start, end: start + name.length, method: 'pattern:launched-initiative', confidence: 0.65 });
  }
  return out;
}

/** Named recurring events: 第二十五届缔约方大会, 第四届联合国环境大会, 第十届世界城市论坛. */
export function ordinalEvents(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, '届', /第\s*[\d一二三四五六七八九十百]+\s*届[\p{Script=Han}A-Za-z\d\s]{2,24}?(?:大会|峰会|论坛|年会|缔约方会议)/gu)) {
    let name = cleanName(m[0]);
    // "联合国气候变化第 25 届缔约方大会": the organiser's words before the ordinal belong to the name.
    const before = sentence.slice(Math.max(0, m.index! - 12), m.index!).match(/(联合国[\p{Script=Han}]{0,8})$/u);
    const start = before ? m.index! - before[1]!.length : m.index!;
    if (before) name = cleanName(before[1]! + m[0]);
    out.push({ label: 'Event', name, surface: sentence.slice(start, m.index! + m[0].length), kind: eventKindOf(name, 'conference'), start, end: m.index! + m[0].length, method: 'pattern:ordinal-event', confidence: 0.75 });
  }
  return out;
}
