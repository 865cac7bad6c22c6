import type { GazetteerEntry } from './gazetteer.js';
import { ANAPHOR_SUFFIXES } from './lexicon/nameSuffixes.js';
import { SHORT_TITLES } from './lexicon/titles.js';
import { EntityRegistry } from './registry.js';
import type { ArticleState, BriefingState, Mention } from './sentenceContext.js';
import { charCount } from './charCount.js';
import { titleAt } from './discoverPersons.js';
import { markedPlaceSpans, shortPlaceNamed } from './discoverPlaces.js';

// Resolution of one sentence's mentions: known and discovered names, short forms of people
// (周书记), 该中心-style anaphors and the publisher's 我中心.

/** Mentions in one sentence: known and discovered names, plus short forms of people (周书记, 张总). */

/** "周书记": a surname and a short title. */
const SURNAME_AND_SHORT_TITLE = new RegExp(`([\\p{Script=Han}])(${[...SHORT_TITLES].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
/**
 * The last part of a transliterated name (费舍尔 of 玛丽安·费舍尔, 阿勒-奥泰比 of 法赫德·阿勒-奥泰比), the
 * form the text goes on to use with 先生/女士 or a title; undefined for a name without ·.
 */
export function familyNameOf(name: string): string | undefined {
  const dot = name.lastIndexOf('·');
  const family = dot >= 0 ? name.slice(dot + 1) : '';
  return charCount(family) >= 2 && /^[\p{Script=Han}\-－]+$/u.test(family) ? family : undefined;
}

/** What follows a family name used alone for a person: 先生, 女士, a title (费舍尔女士, 科恩局长, 杜邦博士). */
function addressedAt(text: string, end: number): boolean {
  return /^(?:先生|女士|博士|教授)/u.test(text.slice(end, end + 2)) || titleAt(text, end) !== undefined;
}

/** "该中心": the organisation of that kind named last. */
const ANAPHOR = new RegExp(`(?:该|此)(${ANAPHOR_SUFFIXES.join('|')})`, 'gu');
/** Single-character kinds a 该 may stand for: a ministry, a bureau, an agency. */
const SHORT_KINDS = ['部', '局', '署'];
/** "该部", "该局", not 该部分, 该部门, 该局面, or 该部长 (the minister himself). */
const SHORT_ANAPHOR = /(?:该|此)([部局署])(?![分门署件位面势长])/gu;
/** "该技术委员会", "该分技术委员会": a kind word with up to four words of its own in front. */
const QUALIFIED_ANAPHOR = new RegExp(`(?:该|此)([\\p{Script=Han}]{1,4}?(?:${ANAPHOR_SUFFIXES.join('|')}))`, 'gu');

/**
 * Where a body stationed abroad is, by its name: "瑞典驻华使馆" in China (驻华), "…驻京办事处" in Beijing,
 * "日本驻柬埔寨大使馆" in Cambodia, not in the country that sends it. Undefined for a name without 驻.
 */
export function stationedIn(name: string): string | undefined {
  if (!name.includes('驻')) return undefined;
  const m = name.match(/驻([\p{Script=Han}]{1,10}?)(?:总领事馆|总领馆|领事馆|大使馆|使馆|代表处|办事处|代表团|代表室|办公室|联络处)/u) ?? name.match(/驻(华|京)/u);
  if (!m) return undefined;
  return m[1] === '华' ? '中国' : m[1] === '京' ? '北京' : m[1];
}

/** The country a gazetteer place stands for, by its English name (what `country` fields hold). */
function countryOfPlace(entry: GazetteerEntry | undefined): string | undefined {
  return entry?.label === 'Place' ? entry.country ?? (entry.kind === 'country' ? entry.nameEn : undefined) : undefined;
}

/**
 * "缅甸自然资源与环境保护部", "秘鲁经济和财政部": a known body of one country (环境保护部, 财政部 are China's)
 * at the end of a name that opens on another country is that country's ministry, whose full name the
 * reader does not know; it is not the known body. Not when the two are listed ("柬埔寨和生态环境部",
 * "缅甸自然资源部与生态环境部"): the words between must be a name's, not a list's.
 */
function anotherCountrysBody(text: string, m: { start: number; end: number }, entry: GazetteerEntry | undefined, found: readonly { start: number; end: number; value: string }[], registry: EntityRegistry): boolean {
  const home = entry?.country;
  if (!home) return false;
  for (const p of found) {
    if (p.end > m.start || m.start - p.end > 8) continue;
    const country = countryOfPlace(registry.peek(p.value)?.gazetteer);
    if (!country || country === home) continue;
    const between = text.slice(p.end, m.start);
    if (between === '' || !/^[\p{Script=Han}]+$/u.test(between) || /^(?:与|和|及|以及|同|跟)$/u.test(between)) continue;
    // "日本驻华大使馆与生态环境部": a name closed by its last word, then a join, is a list.
    if (/[部局署厅会心院所办处司馆省府团社组盟室络行学](?:与|和|及|以及|同)$/u.test(between)) continue;
    return true;
  }
  return false;
}

export function mentionsIn(text: string, matcher: ReturnType<EntityRegistry['buildMatcher']>, registry: EntityRegistry, state: BriefingState, article: ArticleState): Mention[] {
  const mentions: Mention[] = [];
  const found = matcher.findAll(text);
  for (const m of found) {
    const draft = registry.peek(m.value);
    if (!draft) continue;
    if (mentions.some((x) => x.start === m.start && x.end === m.end)) continue;
    if (draft.label === 'Organization' && anotherCountrysBody(text, m, draft.gazetteer, found, registry)) continue;
    mentions.push({ start: m.start, end: m.end, key: m.value, label: draft.label, text: m.text });
    // An event named after a project or a body ("世行项目“…”终期评审会") mentions them too.
    if (draft.label === 'Event') {
      // Skip the first character so the event's own name does not match the whole span again.
      for (const inner of matcher.findAll(text, m.start + 1, m.end)) {
        const innerDraft = registry.peek(inner.value);
        if (!innerDraft || innerDraft.label === 'Event' || inner.value === m.value) continue;
        mentions.push({ start: m.start + 1 + inner.start, end: m.start + 1 + inner.end, key: inner.value, label: innerDraft.label, text: inner.text });
      }
    }
    // "联合国发展账户（UNDA）塞内加尔项目": a project named after the programme it belongs to, with that
    // programme's abbreviation inside, mentions the programme too.
    const bracket = draft.label === 'Project' ? m.text.search(/[（(][A-Za-z][^（）()]*[）)]./u) : -1;
    if (bracket > 1) {
      const inner = matcher.findAll(text, m.start, m.start + bracket).find((x) => x.start === 0 && x.end === bracket);
      const innerDraft = inner && registry.peek(inner.value);
      if (inner && innerDraft?.label === 'Project' && inner.value !== m.value) mentions.push({ start: m.start, end: m.start + bracket, key: inner.value, label: 'Project', text: inner.text, within: m.value });
    }
  }
  for (const m of text.matchAll(SURNAME_AND_SHORT_TITLE)) {
    const start = m.index!;
    if (mentions.some((x) => start < x.end && x.start < start + m[0].length)) continue;
    const candidates = state.personsBySurname.get(m[1]!);
    if (!candidates || candidates.size !== 1) continue;
    const key = [...candidates][0]!;
    // "周书记" but not "张小丹总经理": the surname must not be part of a longer mention.
    mentions.push({ start, end: start + 1, key, label: 'Person', text: m[1]! });
  }
  // "费舍尔女士介绍…": the family name of the one person of the briefing named 玛丽安·费舍尔, with
  // 先生/女士 or a title after it, is that person; with two such persons it is neither.
  for (const [family, keys] of state.personsByFamilyName ?? []) {
    if (keys.size !== 1) continue;
    const key = [...keys][0]!;
    for (let at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
      const end = at + family.length;
      if (text[at - 1] === '·' || !addressedAt(text, end) || mentions.some((x) => at < x.end && x.start < end)) continue;
      mentions.push({ start: at, end, key, label: 'Person', text: family });
    }
  }
  // Short forms too ambiguous to match alone ("环境署", "中环") stand for an entity the article
  // has already named in full.
  for (const key of article.named) {
    const entry = registry.peek(key)?.gazetteer;
    if (!entry) continue;
    for (const short of entry.noMatch) {
      if (charCount(short) < 2) continue;
      let at = text.indexOf(short);
      while (at >= 0) {
        const end = at + short.length;
        if (!mentions.some((x) => at < x.end && x.start < end)) mentions.push({ start: at, end, key, label: entry.label, text: short });
        at = text.indexOf(short, end);
      }
    }
  }
  // "在台北签署": a place too short to match alone, where the sentence marks it as where.
  for (const span of text.includes('在') || text.includes('于') || text.includes('赴') || text.includes('前往') || text.includes('抵达') ? markedPlaceSpans(text) : []) {
    const place = shortPlaceNamed(span.name, registry.gazetteer);
    if (!place || !registry.peek(place.id) || mentions.some((x) => span.start < x.end && x.start < span.end)) continue;
    mentions.push({ start: span.start, end: span.end, key: place.id, label: 'Place', text: span.name });
  }
  for (const m of mentions) article.named.add(m.key);
  // "该中心", "该协会": the organisation of that kind the article named last.
  for (const m of text.includes('该') || text.includes('此') ? text.matchAll(ANAPHOR) : []) {
    const key = article.lastOrgBySuffix.get(m[1]!);
    if (key && !mentions.some((x) => m.index! < x.end && x.start < m.index! + m[0].length)) mentions.push({ start: m.index!, end: m.index! + m[0].length, key, label: 'Organization', text: m[0] });
  }
  // "该部采购政策司司长", "该局局长": the ministry or bureau named last; "该技术委员会": the last body of
  // that kind whose name ends with all the words.
  for (const m of text.includes('该') || text.includes('此') ? [...text.matchAll(SHORT_ANAPHOR), ...text.matchAll(QUALIFIED_ANAPHOR)] : []) {
    const word = m[1]!;
    const suffix = word.length === 1 ? word : ANAPHOR_SUFFIXES.find((x) => word.endsWith(x));
    const key = suffix ? article.lastOrgBySuffix.get(suffix) : undefined;
    const draft = key ? registry.peek(key) : undefined;
    if (!key || !draft || !registry.canonicalName(draft).endsWith(word)) continue;
    if (!mentions.some((x) => m.index! < x.end && x.start < m.index! + m[0].length)) mentions.push({ start: m.index!, end: m.index! + m[0].length, key, label: 'Organization', text: m[0] });
  }
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.label !== 'Organization') continue;
    const name = registry.canonicalName(registry.peek(m.key)!);
    const suffix = ANAPHOR_SUFFIXES.find((x) => name.endsWith(x));
    if (suffix) article.lastOrgBySuffix.set(suffix, m.key);
    const short = name.slice(-1);
    if (SHORT_KINDS.includes(short) && !/(?:总部|本部|事业部|分部)$/u.test(name)) article.lastOrgBySuffix.set(short, m.key);
  }
  if (/我中心|本中心/u.test(text) && state.publisher) {
    const at = text.search(/我中心|本中心/u);
    if (!mentions.some((x) => at < x.end && x.start < at + 3)) mentions.push({ start: at, end: at + 3, key: state.publisher, label: 'Organization', text: text.slice(at, at + 3) });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
