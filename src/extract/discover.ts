import type { EntityLabel } from '../graph/ontology.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './nameMatcher.js';
import { ORG_SUFFIX_LAST, classifyBySuffix, suffixRuleEndingAt, WEAK_SUFFIXES } from './lexicon/nameSuffixes.js';
import { AFTER_NAME, NAME_HEADS, LEADING_FUNCTION, LEFT_STOPS, PORTFOLIOS, SURNAMES_1, SURNAMES_2 } from './lexicon/nameWords.js';
import { TITLES } from './lexicon/titles.js';
import { eventKindOf } from './lexicon/eventKinds.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';

// Discovery of entities the gazetteer lacks, from what the text itself signals:
// 《titles》, “quoted names” with a telling suffix, 全称（ABBR）and ABBR（全称）, names next to
// position titles, transliterated names with ·, Latin-script personal names, and organisation
// names recognised by their suffix and a place or parent organisation in front.

export interface Candidate {
  label: EntityLabel;
  /** Cleaned surface form (markdown and quotes removed). */
  name: string;
  /** The exact text the name was read from, so later mentions can be matched. */
  surface: string;
  nameEn?: string;
  abbr?: string;
  kind?: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  method: string;
  confidence: number;
  /** The gazetteer entry the candidate turned out to name. */
  known?: GazetteerEntry;
  /** Person candidates: the title written next to the name. */
  title?: string;
  /** Another name the text gives it (the short name of “以下简称”, the bare quoted name). */
  alias?: string;
  /** Organisations named after a place ("肯尼亚环境部"): the place's gazetteer entry. */
  placeHead?: GazetteerEntry;
}

export interface Span {
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN_CHAR = /[\p{Script=Han}A-Za-z0-9·\-—–&+\s“”"]/u;

/** Whether each BMP code unit is a Han character: 1 yes, 2 no, 0 not yet tested. */
const hanUnits = new Uint8Array(0x10000);

/** [...text].every((c) => HAN.test(c)), read from a table for the usual text without astral characters. */
function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return [...text].every((c) => HAN.test(c));
    let known = hanUnits[code]!;
    if (known === 0) hanUnits[code] = known = HAN.test(String.fromCharCode(code)) ? 1 : 2;
    if (known !== 1) return false;
  }
  return true;
}

/** Whether each BMP code unit is a HAN_RUN_CHAR: 1 yes, 2 no, 0 not yet tested. Names are extended leftwards a character at a time. */
const runChars = new Uint8Array(0x10000);

/** HAN_RUN_CHAR.test(sentence[index]): one UTF-16 unit (half of an astral character is none). */
function isRunChar(sentence: string, index: number): boolean {
  const code = sentence.charCodeAt(index);
  let known = runChars[code]!;
  if (known === 0) runChars[code] = known = HAN_RUN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * ORG_SUFFIX_LAST by code unit. Every character of every sentence is tested, and reading
 * sentence[i] would make a string of each CJK character.
 */
const orgSuffixLast = new Uint8Array(0x10000);
for (const c of ORG_SUFFIX_LAST) {
  if (c.length !== 1) throw new Error(`organisation suffixes must end in a BMP character: ${c}`);
  orgSuffixLast[c.charCodeAt(0)] = 1;
}

/** Stop words that also end names, right before the suffix: 管理协会, 协调委员会, 支持中心. */
const NAME_WORD_STOPS = new Set(['管理', '协调', '代表', '支持', '运营']);

/** LEFT_STOPS by their first character, so a phrase is searched only for the stop words it can hold. */
const STOPS_BY_FIRST = new Map<number, string[]>();
for (const stop of LEFT_STOPS) {
  const list = STOPS_BY_FIRST.get(stop.charCodeAt(0));
  if (list) list.push(stop);
  else STOPS_BY_FIRST.set(stop.charCodeAt(0), [stop]);
}

/**
 * Which code units a phrase has already been searched for stop words from: a unit is marked with
 * the phrase's stamp, so a repeated character costs one array read, not a set of characters per phrase.
 */
const stopStamps = new Uint32Array(0x10000);
let stopStamp = 0;

function nextStopStamp(): number {
  if (stopStamp === 0xffffffff) {
    stopStamps.fill(0);
    stopStamp = 0;
  }
  return ++stopStamp;
}

/** What cleanName would change: brackets, quotes and whitespace anywhere. */
const NEEDS_CLEANING = /[\[\]“”"\s]/u;
/** What cleanName trims from the ends besides whitespace. */
const TRIMMED_AT_ENDS = new Set(['-', '—', '–', '、', '，', ',', '：', ':']);

export function cleanName(text: string): string {
  // Most names are clean already: say so without five passes of replace.
  if (!NEEDS_CLEANING.test(text) && !TRIMMED_AT_ENDS.has(text[0] ?? '') && !TRIMMED_AT_ENDS.has(text.at(-1) ?? '')) return text;
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links from PDF conversion: [2017](#)
    .replace(/[\[\]]/g, '')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-—–、，,：:]+|[\s\-—–、，,：:]+$/g, '')
    .trim();
}

/** Splits the content of a Latin parenthesis into an English name and/or an abbreviation. */
export function readLatinParen(content: string): { nameEn?: string; abbr?: string } {
  const text = content.replace(/^(?:the|The)\s+/, '').trim();
  const parts = text.split(/\s*[,，]\s*/);
  const last = parts[parts.length - 1] ?? '';
  const isAbbr = (s: string) => /^[A-Z][A-Za-z0-9+&\-.]{0,11}$/.test(s) && /[A-Z].*[A-Z0-9+]|^[A-Z][a-z]+[A-Z]/.test(s) || /^[A-Z]{2,}[\w+\-]*$/.test(s) || /^[a-z]+[A-Z]/.test(s);
  if (parts.length >= 2 && isAbbr(last)) {
    return { nameEn: parts.slice(0, -1).join(', ').replace(/^(?:the|The)\s+/, ''), abbr: last };
  }
  if (!/\s/.test(text) && (isAbbr(text) || /^[a-z]{3,12}$/.test(text))) return { abbr: text };
  return { nameEn: text };
}

function isLatinHeavy(s: string): boolean {
  const latin = (s.match(/[A-Za-z]/g) ?? []).length;
  const han = (s.match(/\p{Script=Han}/gu) ?? []).length;
  return latin >= 2 && han === 0;
}

/** The name phrase that ends at `end`: extends left over name characters, then trims at verbs and function words. */
export function phraseEndingAt(sentence: string, end: number, gazetteer: Gazetteer, options: { maxLength?: number } = {}): { start: number; text: string; known?: GazetteerEntry; wide?: string } | undefined {
  const maxLength = options.maxLength ?? 40;
  let start = end;
  while (start > 0 && end - start < maxLength && isRunChar(sentence, start - 1) && !(sentence.charCodeAt(start - 1) === 0x2014 && sentence.charCodeAt(start - 2) === 0x2014)) start--;
  let text = sentence.slice(start, end);
  const deIndex = text.lastIndexOf('的');
  if (deIndex >= 0 && text.length - deIndex - 1 >= 2) {
    start += deIndex + 1;
    text = text.slice(deIndex + 1);
  }
  // The longest gazetteer name ending exactly here wins: it knows where the name starts.
  let known: { start: number; entry: GazetteerEntry } | undefined;
  for (const m of gazetteer.matcher.findAll(sentence, start, end)) {
    if (m.end === text.length && (!known || start + m.start < known.start)) known = { start: start + m.start, entry: m.value };
  }
  // Cut at the rightmost stop word, unless what is left would be too short to be a name.
  let cut = -1;
  let strongCut = -1;
  // Only the stop words whose first character is in the phrase (the cuts are maxima, so order does not matter).
  const stops: string[] = [];
  const stamp = nextStopStamp();
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (stopStamps[code] === stamp) continue;
    stopStamps[code] = stamp;
    const list = STOPS_BY_FIRST.get(code);
    if (list) stops.push(...list);
  }
  for (const stop of stops) {
    const at = text.lastIndexOf(stop);
    if (at < 0) continue;
    const after = at + stop.length;
    if (text.length - after < 2) continue;
    const weak = stop === '与' || stop === '和' || stop === '及' || stop === '的';
    // "日本产业环境管理协会", "协调委员会": a stop word that is also a name's last word before its
    // suffix stays in the name.
    if (NAME_WORD_STOPS.has(stop) && classifyBySuffix(text.slice(after))?.suffix === text.slice(after)) continue;
    if (weak) {
      // "韩国环境工业与技术研究所": keep 与 inside a name unless the right part is a name by itself
      // and the left part is one too ("财政部与环保部").
      const right = text.slice(after);
      const rule = classifyBySuffix(right);
      const leftPart = text.slice(0, at);
      const leftRule = classifyBySuffix(leftPart);
      // Coordination inside a name is common (绿色消费与绿色供应链联盟), so only cut when both
      // sides are names of the same kind.
      const parallel = rule && leftRule && rule.label === leftRule.label && right.length >= 2;
      if (!parallel) continue;
    } else if (after > strongCut) strongCut = after;
    if (after > cut) cut = after;
  }
  const wide = strongCut > 0 ? text.slice(strongCut) : text;
  if (cut > 0) {
    text = text.slice(cut);
    start += cut;
  }
  // Leading dates, ordinals and function words are not part of a name.
  const lead = text.match(/^(?:\s|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[上下]午|今年|去年|同年|此外|另外|其中|随后|此次|本次|首次|近日|日前|目前|最近)+/u);
  if (lead) {
    text = text.slice(lead[0].length);
    start += lead[0].length;
  }
  const fn = text.match(LEADING_FUNCTION);
  if (fn && text.length - fn[0].length >= 2) {
    text = text.slice(fn[0].length);
    start += fn[0].length;
  }
  if (known) return { start: known.start, text: sentence.slice(known.start, end), known: known.entry, wide };
  text = text.replace(/^[\s“"]+/, '');
  start = end - text.length;
  if (text.trim().length < 2) return undefined;
  return { start, text, wide: wide.replace(LEADING_FUNCTION, '') };
}

const OPENING_PARENS = ['（', '('] as const;

function overlapsAny(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

function labelFor(name: string): { label: EntityLabel; kind?: string } | undefined {
  if (/\bISO\s*\/?\s*(?:TC\s*)?\d{3,5}/i.test(name) && !/委员会|分委会/.test(name)) return { label: 'Standard', kind: 'international_standard' };
  const rule = classifyBySuffix(name);
  if (!rule) return undefined;
  // A bare suffix ("项目", "指南") or nearly bare one names nothing by itself.
  if (charCount(name) < rule.suffix.length + 2) return undefined;
  return { label: rule.label, kind: rule.kind };
}

/** 《…》 titles: documents, standards or agreements, with an English name when one is given inside. */
function titled(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, '《', /《([^《》]{2,120})》/gu)) {
    let inner = cleanName(m[1]!);
    let nameEn: string | undefined;
    const paren = inner.match(/^(.*?[\p{Script=Han}\d）)])\s*[（(]\s*([^（）]*[A-Za-z][^（）]*(?:\([^()]*\))?[^（）]*)\s*[）)]\s*$/u) ?? inner.match(/^(.*?\p{Script=Han}.*?)\s+\(([A-Za-z][^()]*)\)$/u);
    if (paren && HAN.test(paren[1]!)) {
      inner = paren[1]!.trim();
      nameEn = paren[2]!.trim();
    } else {
      // 《垃圾收集服务国家标准 National Standard for Waste Collection Services》: English after a space.
      const trailing = inner.match(/^(.*\p{Script=Han}[^A-Za-z]*?)\s+([A-Z][A-Za-z0-9 ,'&:\-–()]+)$/u);
      if (trailing) {
        inner = trailing[1]!.trim();
        nameEn = trailing[2]!.trim();
      }
    }
    // 《欧盟清洁汽车指令（Clean Vehicles Directive）》 may also carry the English after the closing 》.
    const after = sentence.slice(m.index! + m[0].length).match(/^\s*[（(]([A-Za-z][^（）()]*(?:\([^()]*\))?[^（）()]*)[）)]/u);
    if (!nameEn && after && isLatinHeavy(after[1]!)) nameEn = after[1]!.trim();
    if (!HAN.test(inner) && !nameEn) {
      nameEn = inner;
    }
    const typed = labelFor(inner) ?? { label: 'Document' as const, kind: 'document' };
    const label = typed.label === 'Organization' || typed.label === 'Place' || typed.label === 'Person' || typed.label === 'Event' ? 'Document' : typed.label;
    out.push({
      label,
      name: inner,
      surface: m[0].slice(1, -1),
      nameEn: nameEn?.replace(/^(?:the|The)\s+/, ''),
      kind: label === 'Document' && typed.label !== 'Document' ? 'document' : typed.kind,
      start: m.index!,
      end: m.index! + m[0].length,
      method: 'pattern:title-brackets',
      confidence: 0.9,
    });
  }
  return out;
}

/** “Quoted names” followed by, or ending in, a word that tells what they are: “中德绿色消费”项目. */
function quoted(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, '“', /“([^“”，。；！？]{2,120})”([\p{Script=Han}]{0,8})/gu)) {
    let inner = cleanName(m[1]!);
    let innerEn: string | undefined;
    const innerParen = inner.match(/^(.*\p{Script=Han})\s*[（(]([A-Za-z][^（）()]*)[）)]$/u);
    if (innerParen) {
      inner = innerParen[1]!;
      innerEn = innerParen[2]!;
    }
    const tail = m[2]!;
    let name = inner;
    let end = m.index! + 1 + m[1]!.length + 1;
    let typed = labelFor(inner);
    // A suffix right after the closing quote names the thing: “…”项目, “…”论坛, “…”计划.
    for (let k = tail.startsWith('的') ? 0 : Math.min(tail.length, 6); k >= 1; k--) {
      const word = tail.slice(0, k);
      const rule = classifyBySuffix(word);
      const modifier = rule ? word.slice(0, word.length - rule.suffix.length) : '';
      if (rule && word.endsWith(rule.suffix) && (rule.label !== 'Organization' || k >= 2) && modifier.length <= 4 && !/[启用开展推出发布实施支持加入成为举办召开在对为与和是将已被由向]/u.test(modifier)) {
        name = `${inner}${word}`;
        end += k;
        typed = { label: rule.label, kind: rule.kind };
        break;
      }
    }
    // 世行项目“不同类型城市低碳发展模式与路径分析”: the quote names the project before it.
    if (!typed && /(?:项目|课题|子项目|计划)\s*$/u.test(sentence.slice(Math.max(0, m.index! - 4), m.index!)) && name === inner) {
      typed = { label: 'Project', kind: 'project' };
    }
    if (!typed) continue;
    if (typed.label === 'Event' && !/(?:会|论坛|峰会|仪式)$/.test(name)) continue;
    let nameEn: string | undefined;
    let abbr: string | undefined;
    const paren = sentence.slice(end).match(/^\s*[（(]([A-Za-z][^（）]*)[）)]/u);
    const read = paren && !/www\.|https?:|\.(?:org|com|net)\b/.test(paren[1]!) ? readLatinParen(paren[1]!) : innerEn ? readLatinParen(innerEn) : undefined;
    if (read) {
      nameEn = read.nameEn;
      abbr = read.abbr;
    }
    if (charCount(name) < (classifyBySuffix(name)?.suffix.length ?? 0) + 2) continue;
    out.push({
      label: typed.label,
      name,
      surface: sentence.slice(m.index!, end),
      // “中德绿色消费”项目 is also called 中德绿色消费; but “十年方案框架”理事会 is the framework's board
      // and “…”终期评审会 a meeting about it, not other names of the quoted thing.
      alias: name !== inner && typed.label === 'Project' ? inner : undefined,
      nameEn,
      abbr,
      kind: typed.kind,
      start: m.index!,
      end,
      method: 'pattern:quoted-name',
      confidence: 0.75,
    });
  }
  return out;
}

/** 全称（ABBR / English name）. */
function abbreviations(sentence: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, OPENING_PARENS, /[（(]\s*([^（）()]*?[A-Za-z][^（）()]*?(?:\([^()]*\)[^（）()]*)?)\s*[）)]/gu)) {
    const content = m[1]!.trim();
    if (!isLatinHeavy(content) || content.length > 120) continue;
    if (/^(?:\d|https?:|www\.)|www\.|\.(?:org|com|net)\b/.test(content)) continue;
    const phrase = phraseEndingAt(sentence, m.index!, gazetteer);
    if (!phrase) continue;
    const read = readLatinParen(content);
    let name = cleanName(phrase.text);
    if (phrase.wide && phrase.wide !== phrase.text && !phrase.known) {
      const wide = cleanName(phrase.wide);
      const coordinated = /\band\b|&/.test(read.nameEn ?? '') || gazetteer.lookup(wide).length > 0;
      if (coordinated && HAN.test(wide)) {
        name = wide;
        phrase.start = m.index! - phrase.wide.length;
        phrase.text = phrase.wide;
      }
    }
    if (!HAN.test(name) || charCount(name) < 2) continue;
    const known = phrase.known && phrase.start === m.index! - phrase.known.name.length ? phrase.known : phrase.known;
    let typed: { label: EntityLabel; kind?: string } | undefined = known ? { label: known.label, kind: known.kind } : undefined;
    if (!typed || cleanName(sentence.slice(phrase.start, m.index!)) !== name) typed = labelFor(name) ?? typed;
    // A known name for the abbreviation or English form settles the type too.
    const byParen = (read.abbr && gazetteer.lookup(read.abbr)[0]) || (read.nameEn && gazetteer.lookup(read.nameEn)[0]) || undefined;
    if (!typed && byParen) typed = { label: byParen.label, kind: byParen.kind };
    if (!typed) {
      // 勒恩（Björn-Erik Lönn）: a short transliteration followed by a personal name.
      if (read.nameEn && /^[A-Z][\p{L}'-]+(?:[ -][A-Z][\p{L}'-]+){1,3}$/u.test(read.nameEn) && charCount(name) <= 5 && titleEndingAt(sentence, phrase.start)) {
        typed = { label: 'Person' };
      } else continue;
    }
    if (typed.label === 'Event' && !/(?:会|论坛|峰会|仪式)$/.test(name)) continue;
    out.push({
      label: typed.label,
      name,
      surface: sentence.slice(phrase.start, m.index!).trim(),
      nameEn: read.nameEn,
      abbr: read.abbr,
      kind: typed.kind,
      start: phrase.start,
      end: m.index! + m[0].length,
      method: 'pattern:abbreviation',
      confidence: 0.85,
      known: phrase.known && cleanName(phrase.text) === name ? phrase.known : byParen || undefined,
    });
  }
  // "国合会绿色转型与可持续社会治理专题政策研究（以下简称“专题研究”）": a name given its short form.
  for (const m of matchesWith(sentence, '简称', /[（(](?:以下)?简称[“"《]([^”"》]{1,20})[”"》][）)]/gu)) {
    const phrase = phraseEndingAt(sentence, m.index!, gazetteer, { maxLength: 40 });
    if (!phrase || phrase.known) continue;
    const name = cleanName(phrase.wide ?? phrase.text);
    const typed = labelFor(name);
    if (!typed || charCount(name) < 4) continue;
    const start = m.index! - (phrase.wide ?? phrase.text).length;
    out.push({ label: typed.label, name, surface: sentence.slice(start, m.index!), alias: m[1]!, kind: typed.kind, start, end: m.index! + m[0].length, method: 'pattern:short-name', confidence: 0.8 });
  }
  // ABBR（全称）: "ISEAL（全球可持续发展标准联盟）".
  for (const m of matchesWith(sentence, OPENING_PARENS, /(?<![A-Za-z])([A-Z][A-Za-z0-9+&\-]{1,15})\s*[（(]([\p{Script=Han}·\-—]{4,40})[）)]/gu)) {
    const name = m[2]!;
    const typed = labelFor(name);
    if (!typed) continue;
    out.push({
      label: typed.label,
      name,
      surface: name,
      abbr: m[1]!,
      kind: typed.kind,
      start: m.index!,
      end: m.index! + m[0].length,
      method: 'pattern:abbreviation-first',
      confidence: 0.8,
    });
  }
  return out;
}

// Titles are looked for at every position of every sentence, and an alternation of ninety
// words is tried word by word: they are indexed by their first and last characters instead.

/** Titles by first character, longest first: at a position, the longest title wins. */
const TITLES_BY_FIRST = new Map<number, string[]>();
for (const title of [...TITLES].sort((a, b) => b.length - a.length)) {
  const list = TITLES_BY_FIRST.get(title.charCodeAt(0));
  if (list) list.push(title);
  else TITLES_BY_FIRST.set(title.charCodeAt(0), [title]);
}
/** Whether a code unit starts some title or 先生/女士: most positions are ruled out by one read. */
const STARTS_TITLE_OR_POLITE = new Uint8Array(0x10000);
for (const word of [...TITLES, '先生', '女士']) STARTS_TITLE_OR_POLITE[word.charCodeAt(0)] = 1;
/** Titles by last character, in TITLES order. */
const TITLES_BY_LAST = new Map<string, string[]>();
for (const title of TITLES) {
  const list = TITLES_BY_LAST.get(title.at(-1)!);
  if (list) list.push(title);
  else TITLES_BY_LAST.set(title.at(-1)!, [title]);
}

/** The longest title starting at `index`. */
function titleAt(sentence: string, index: number): string | undefined {
  const at = Math.max(0, index);
  const code = sentence.charCodeAt(at);
  if (at >= sentence.length || STARTS_TITLE_OR_POLITE[code] === 0) return undefined;
  return TITLES_BY_FIRST.get(code)?.find((t) => sentence.startsWith(t, at));
}

/** The title (or 先生, 女士) starting at `index`: a title first, as the longest reading. */
function titleOrPoliteAt(sentence: string, index: number): string | undefined {
  if (index >= sentence.length || STARTS_TITLE_OR_POLITE[sentence.charCodeAt(Math.max(0, index))] === 0) return undefined;
  return titleAt(sentence, index) ?? (sentence.startsWith('先生', index) ? '先生' : sentence.startsWith('女士', index) ? '女士' : undefined);
}

/** Where titles (or titles and forms of address) start, left to right, each read whole before the next. */
function titleStarts(sentence: string, read: (sentence: string, index: number) => string | undefined): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (let i = 0; i < sentence.length; ) {
    const title = read(sentence, i);
    if (title) {
      out.push({ index: i, length: title.length });
      i += title.length;
    } else i++;
  }
  return out;
}

function titleEndingAt(sentence: string, end: number): string | undefined {
  const candidates = end > 0 && end <= sentence.length ? TITLES_BY_LAST.get(sentence[end - 1]!) : undefined;
  return candidates?.find((t) => end - t.length >= 0 && sentence.startsWith(t, end - t.length));
}

/** A Chinese personal name starting at `i`: surname + one or two characters. */
function chineseNameAt(sentence: string, i: number, hint?: (name: string) => boolean): string | undefined {
  const two = SURNAMES_2.find((s) => sentence.startsWith(s, i));
  const surnameLength = two ? 2 : SURNAMES_1.has(sentence[i] ?? '') ? 1 : 0;
  if (!surnameLength) return undefined;
  const given = sentence.slice(i + surnameLength, i + surnameLength + 2);
  if (!allHan(given)) {
    const one = given[0];
    return one && HAN.test(one) && !AFTER_NAME.has(one) ? sentence.slice(i, i + surnameLength + 1) : undefined;
  }
  const short = sentence.slice(i, i + surnameLength + 1);
  const long = sentence.slice(i, i + surnameLength + 2);
  if (AFTER_NAME.has(given[0]!)) return undefined;
  if (AFTER_NAME.has(given[1]!) || titleAt(sentence, i + surnameLength + 1)) return short;
  if (hint && !hint(long) && hint(short)) return short;
  return long;
}

/** Kinds of organisation rather than names of one: 科研机构, 国际非政府组织, 相关行业协会. */
const GENERIC_ORG = /^(?:相关|有关|各|其他|国际|地方|行业|科研|研究|政府|非政府|民间|社会)*(?:[\p{Script=Han}]{0,2})?(?:机构|组织|单位|协会|部门|政府|企业)$|相关|有关/u;

/** Particles and prepositions a name found only by its neighbours cannot start with. */
const FUNCTION_START = /^[的在由对向为是把被将从与和及]/u;

/** Characters that start a title or modifier, not a name: 原副主任, 党委书记, 执行主任. */
const NOT_NAME_START = new Set('原副前新代执名常轮党首销项总驻特和授及与等各该本其全国省市县区部委会中大小老'.split(''));

/** People: titles around names, · transliterations, 先生/女士, Latin names after titles. */
function persons(sentence: string, taken: Span[], hint?: (name: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (c: Candidate) => {
    if (!overlapsAny(taken, c.start, c.end) && !overlapsAny(out, c.start, c.end)) out.push(c);
  };
  // Transliterations: 凯特·哈里斯（Kate Harris）.
  for (const m of matchesWith(sentence, '·', /[\p{Script=Han}]{1,8}(?:·[\p{Script=Han}]{1,10})+/gu)) {
    let start = m.index!;
    let text = m[0];
    // Drop a title or organisation glued in front: 首席执行官凯特·哈里斯.
    for (let k = text.indexOf('·') - 1; k > 0; k--) {
      if (titleEndingAt(sentence, start + k) || taken.some((t) => t.end === start + k)) {
        text = text.slice(k);
        start += k;
        break;
      }
    }
    const lastDot = text.lastIndexOf('·');
    const tailPart = text.slice(lastDot + 1);
    let cutAt = tailPart.length;
    for (let k = 1; k < tailPart.length; k++) {
      if (AFTER_NAME.has(tailPart[k]!) || titleAt(tailPart, k) || tailPart.startsWith('先生', k) || tailPart.startsWith('女士', k)) {
        cutAt = k;
        break;
      }
    }
    text = text.slice(0, lastDot + 1 + cutAt);
    const lead = text.match(/^(?:代表|同|与|和|及|由|向|对|把|被|将|从|是)+/u);
    if (lead && text.indexOf('·') - lead[0].length >= 1) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    const firstPart = text.slice(0, text.indexOf('·'));
    if (charCount(firstPart) > 5) {
      const trimmed = firstPart.slice(-4);
      start += firstPart.length - trimmed.length;
      text = trimmed + text.slice(firstPart.length);
    }
    const paren = sentence.slice(start + text.length).match(/^\s*[（(]([A-Z][^（）()]{2,60})[）)]/u);
    add({
      label: 'Person',
      name: text,
      surface: text,
      nameEn: paren ? paren[1]!.trim() : undefined,
      start,
      end: start + text.length + (paren ? paren[0].length : 0),
      method: 'pattern:transliterated-name',
      confidence: 0.85,
    });
  }
  // TITLE + NAME: 总经理张小丹, 副总经理陈轶群, 执行主任（…）埃里克.
  for (const { index: i } of titleStarts(sentence, titleAt)) {
    const title = titleAt(sentence, i);
    if (!title) continue;
    const after = i + title.length;
    const latin = sentence.slice(after).match(/^\s*([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})/u);
    if (latin) {
      const s = after + latin[0].indexOf(latin[1]!);
      add({ label: 'Person', name: latin[1]!, surface: latin[1]!, nameEn: latin[1]!, start: s, end: s + latin[1]!.length, method: 'pattern:title-name', confidence: 0.8, title });
      continue;
    }
    let name = chineseNameAt(sentence, after, hint);
    if (!name) {
      // A foreign name in Han characters after a title: 秘书长赫布罗滕、副部长博隆德出席.
      const run = sentence.slice(after).match(/^[\p{Script=Han}]{2,5}/u)?.[0] ?? '';
      let cut = run.length;
      for (let k = 2; k < run.length; k++) {
        if (AFTER_NAME.has(run[k]!) || titleAt(run, k) || run.startsWith('先生', k) || run.startsWith('女士', k)) {
          cut = k;
          break;
        }
      }
      const candidate = run.slice(0, cut);
      const next = sentence[after + candidate.length] ?? '';
      const notAName = /^(?:至今|以来|期间|以后|之后|之前|一行|等人|本人)$|[员者家们时后]$/u.test(candidate);
      if (candidate.length >= 2 && candidate.length <= 4 && !notAName && !AFTER_NAME.has(candidate[0]!) && candidate[0] !== '见' && !classifyBySuffix(candidate) && !NOT_NAME_START.has(candidate[0]!) && (next === '' || /[、，。；（(\s]|先|女|出|参|等|表|在|和|与/u.test(next))) name = candidate;
    }
    if (name) {
      const end = after + name.length;
      const next = sentence[end] ?? '';
      // "主任助理", "司长在" are fine; "处长处" and "市长全球联盟" are no names: the run ends in an
      // organisation's suffix one or two characters on.
      const runsOn = [1, 2].some((k) => classifyBySuffix(sentence.slice(after, end + k))?.label === 'Organization');
      if (!titleAt(sentence, after) && !runsOn) {
        add({ label: 'Person', name, surface: name, start: after, end, method: 'pattern:title-name', confidence: next === '' || /[\p{Script=Han}]/u.test(next) ? 0.75 : 0.8, title });
      }
    }
  }
  // NAME + TITLE or NAME + 先生/女士: 张小丹总经理, 宇野治秘书长, 曲格平先生, 鹤田祥一郎先生.
  const anchorEndsAt = (at: number) => taken.some((t) => t.end === at) || titleEndingAt(sentence, at) !== undefined;
  // Every position where a title or 先生/女士 starts (overlapping ones too: 副总经理 and 总经理).
  const starts = new Set<number>();
  for (const { index, length } of titleStarts(sentence, titleOrPoliteAt)) for (let k = index; k < index + length; k++) starts.add(k);
  for (const i of [...starts].sort((a, b) => a - b)) {
    if (i < 1) continue;
    const suffix = titleOrPoliteAt(sentence, i);
    if (!suffix) continue;
    if (/^(?:团|处|大会|会|性|作|队|级|宣言|会议|理事会|联盟|论坛|职能|办公室|全球)/u.test(sentence.slice(i + suffix.length))) continue;
    const polite = suffix === '先生' || suffix === '女士';
    // "助理秘书长": the suffix is the tail of a longer title, and what precedes it is no name.
    if (TITLES.some((t) => t.length > suffix.length && t.endsWith(suffix) && sentence.slice(i - (t.length - suffix.length), i + suffix.length) === t)) continue;
    // A Latin name before 先生/女士 (the pattern backtracks over 40 characters: only where it can count).
    const latin = polite ? sentence.slice(Math.max(0, i - 40), i).match(/([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\s*$/u) : null;
    if (latin) {
      const s = i - latin[0].length + latin[0].indexOf(latin[1]!);
      add({ label: 'Person', name: latin[1]!, surface: latin[1]!, nameEn: latin[1]!, start: s, end: s + latin[1]!.length, method: 'pattern:name-title', confidence: 0.8 });
      continue;
    }
    // Chinese names: surname + one or two characters, longest reading first.
    let found = false;
    for (const length of [3, 2]) {
      const start = i - length;
      if (start < 0) continue;
      const name = sentence.slice(start, i);
      if (!allHan(name) || NOT_NAME_START.has(name[0]!)) continue;
      const two = SURNAMES_2.some((x) => name.startsWith(x));
      if (!two && !SURNAMES_1.has(name[0]!)) continue;
      if ([...name.slice(1)].some((c) => AFTER_NAME.has(c))) continue;
      if (TITLES.some((t) => name.endsWith(t.slice(0, 1)) && sentence.startsWith(t, i - 1))) continue;
      const prev = sentence[start - 1] ?? '';
      const bounded = prev === '' || !HAN.test(prev) || /[与和及同由、向对从在的]/u.test(prev) || anchorEndsAt(start) || /[心所院会部司局署处委盟]/u.test(prev);
      if (!bounded) continue;
      add({ label: 'Person', name, surface: name, start, end: i, method: 'pattern:name-title', confidence: 0.8, title: polite ? undefined : suffix });
      found = true;
      break;
    }
    if (found) continue;
    // Foreign names (宇野治, 艾伟德) only right after an organisation, a place or a title.
    // The anchor may be followed by 的: 日本环境协会（JEA）的宇野治先生.
    for (let length = 2; length <= (polite ? 6 : 4); length++) {
      const start = i - length;
      if (start < 0 || !(anchorEndsAt(start) || (sentence[start - 1] === '的' && anchorEndsAt(start - 1)))) continue;
      const name = sentence.slice(start, i);
      if (!allHan(name) || NOT_NAME_START.has(name[0]!) || FUNCTION_START.test(name)) continue;
      // "国务院办公厅督查室主任": a unit between its body and a title is no one's name.
      if (TITLES.some((t) => name.includes(t)) || classifyBySuffix(name) || PORTFOLIOS.has(name) || /[室处科组办部局司厅署委院所]$/u.test(name)) continue;
      add({ label: 'Person', name, surface: name, start, end: i, method: 'pattern:name-title', confidence: 0.7, title: polite ? undefined : suffix });
      break;
    }
  }
  return out;
}

/** 与, 和, 及 or 、 (by code unit: tested at every character of a phrase). */
function isListJoin(code: number): boolean {
  return code === 0x4e0e || code === 0x548c || code === 0x53ca || code === 0x3001;
}

/** Organisation names without brackets: a place or known organisation in front, a telling suffix behind. */
function organisationPhrases(sentence: string, gazetteer: Gazetteer, taken: Span[], known: NameMatch<GazetteerEntry>[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (orgSuffixLast[sentence.charCodeAt(i)] === 0) continue;
    const rule = suffixRuleEndingAt(sentence, Math.max(0, i - 6), i + 1);
    if (!rule || (rule.label !== 'Organization' && rule.label !== 'Standard' && rule.suffix !== '项目')) continue;
    const end = i + 1;
    // Only where the suffix really ends the word: "部长" is a title, not a ministry; but
    // "肯尼亚环境部长" is the minister of 肯尼亚环境部, so a place-headed 部 before 长 counts. A title
    // inside the suffix (委员 in 委员会) does not make it one.
    const ministerOf = rule.suffix.length === 1 && sentence[end] === '长';
    const titleThere = titleAt(sentence, end - rule.suffix.length);
    if (!ministerOf && titleThere !== undefined && titleThere.length > rule.suffix.length && !sentence.slice(end - rule.suffix.length).startsWith(rule.suffix + rule.suffix)) continue;
    if (rule.suffix.length === 1 && !ministerOf) {
      const next = sentence[end] ?? '';
      if (HAN.test(next) && !/[和与及的在等将为是于也都已还并对向、主出参发表联共]/u.test(next) && !titleAt(sentence, end) && !/^(?:原|前|副|代理)/u.test(sentence.slice(end))) continue;
      if (/(?:签署|部署|全部|内部|外部|局部|总部|正处|之处|好处|各处|到处|相处|委托|党委|餐厅|大厅|客厅)$/u.test(sentence.slice(end - 2, end))) continue;
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
    if (charCount(name) < 4 || charCount(name) > 24 || !HAN.test(name)) continue;
    if (/们|相关|有关|其他|一些|多个|各|等|执行|分享|认可|采用|鼓励|或|并|正|已|将|把|签|的|设立|多年来/u.test(name) || GENERIC_ORG.test(name)) continue;
    // "全球电子理事会组织制订": 组织 is the verb here.
    if ((rule.suffix === '组织' || rule.suffix === '机构') && HAN.test(sentence[end] ?? '') && !/[和与及的在等、]/u.test(sentence[end]!)) continue;
    if (phrase.known && cleanName(phrase.known.name) === name) continue;
    if (gazetteer.lookup(name).length > 0) continue;
    // It must start with a place or a known organisation (a sub-unit), else it is too often a common noun.
    // The name may start after a 与/和/及/、 inside the run ("张小丹总经理与日本环境协会").
    const starts = [phrase.start];
    for (let k = phrase.start; k < end - 2; k++) if (isListJoin(sentence.charCodeAt(k))) starts.push(k + 1);
    let head: NameMatch<GazetteerEntry> | undefined;
    for (const at of starts) {
      head = known.find((k) => k.start === at && (k.value.label === 'Place' || k.value.label === 'Organization' || (rule.label === 'Standard' && k.value.label === 'EcoLabel')) && k.end < end);
      if (head) {
        phrase.start = at;
        phrase.text = sentence.slice(at, end);
        break;
      }
    }
    name = cleanName(phrase.text);
    // "UL环境事业部": a Latin name in front of a department.
    const latinHead = phrase.text.match(/^[A-Z][A-Za-z&]{1,9}\s?/);
    if (!head && latinHead && rule.label === 'Organization') head = { start: phrase.start, end: phrase.start + latinHead[0].length, text: latinHead[0], value: { label: 'Organization' } as GazetteerEntry };
    // "财政部", "外交部", "国家认监委": a short ministry name standing alone between clause marks.
    const alone = /^(?:[，。、；：（(“\s与和及]|$)/u.test(sentence[phrase.start - 1] ?? '') && /^(?:[，。、；：）)”\s与和及]|$)/u.test(sentence[end] ?? '');
    if (!head && alone && rule.label === 'Organization' && ['部', '委', '署', '局'].includes(rule.suffix) && /^[\p{Script=Han}]{2,6}$/u.test(name)) head = { start: phrase.start, end: phrase.start, text: '', value: { label: 'Organization' } as GazetteerEntry };
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
    if (charCount(name) < 3 || /[，。]/u.test(name) || /(?:副|正|部)[部署局司]$|([部署局司厅处])\1$/u.test(name)) continue;
    if (rule.label === 'Standard' && /制定|发布|推出|修订|新标准|通过/u.test(name)) continue;
    // "世行项目", "11个子项目": a project needs a name of its own between its owner and 项目.
    if (rule.suffix === '项目' && (end - head.end < 6 || /\d|个|子项目$|[新该此本这的]项目$/u.test(name))) continue;
    out.push({
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

export interface DiscoverOptions {
  /** True when a name of this exact form is plausible (used to choose 任勇 over 任勇主). */
  nameHint?: (name: string) => boolean;
  /** The gazetteer's matches in this sentence, when the caller has them already. */
  known?: NameMatch<GazetteerEntry>[];
}

/** An organisation named right before a title and a person: 国家认监委总工程师薄昱民, 双绿联盟执行秘书长周卫东. */
function organisationsBeforeTitles(sentence: string, gazetteer: Gazetteer, people: Candidate[], taken: Span[]): Candidate[] {
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
function organisationLists(sentence: string, taken: (Span & { label?: EntityLabel })[]): Candidate[] {
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
function launchedInitiatives(sentence: string, taken: Span[]): Candidate[] {
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
function ordinalEvents(sentence: string): Candidate[] {
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

/** Every candidate entity a sentence signals. Overlaps are resolved: brackets > quotes > abbreviations > people > phrases. */
export function discoverCandidates(sentence: string, gazetteer: Gazetteer, options: DiscoverOptions = {}): Candidate[] {
  const found: Candidate[] = [];
  const taken: Candidate[] = [];
  const keep = (list: Candidate[]) => {
    for (const c of list) {
      if (overlapsAny(taken, c.start, c.end)) continue;
      found.push(c);
      taken.push(c);
    }
  };
  keep(titled(sentence));
  keep(quoted(sentence));
  keep(abbreviations(sentence, gazetteer));
  const known = options.known ?? gazetteer.matcher.findAll(sentence);
  const knownSpans = known.map((m) => ({ start: m.start, end: m.end, label: m.value.label }));
  const people = persons(sentence, [...taken, ...knownSpans.filter((k) => k.label !== 'Person')], options.nameHint).filter((p) => !knownSpans.some((k) => k.label === 'Person' && k.start <= p.start && k.end >= p.end));
  keep(people);
  keep(organisationsBeforeTitles(sentence, gazetteer, people, [...taken, ...knownSpans]));
  const beforePhrases = found.length;
  keep(organisationPhrases(sentence, gazetteer, taken, known));
  // A foreign name right after an organisation only found by its suffix: 日本环境协会宇野治秘书长.
  if (found.length > beforePhrases) {
    const organisations = taken.filter((t) => t.label !== 'Person');
    keep(persons(sentence, [...organisations, ...knownSpans.filter((k) => k.label !== 'Person')], options.nameHint).filter((p) => !knownSpans.some((k) => k.start < p.end && k.end > p.start)));
  }
  keep(organisationLists(sentence, [...taken, ...knownSpans]));
  keep(ordinalEvents(sentence));
  keep(launchedInitiatives(sentence, [...taken, ...knownSpans]));
  return found.sort((a, b) => a.start - b.start);
}

