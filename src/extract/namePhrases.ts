import type { Span } from './candidate.js';
import type { EntityLabel } from '../graph/ontology.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { ORG_SUFFIX_LAST, classifyBySuffix } from './lexicon/nameSuffixes.js';
import { LEADING_FUNCTION, LEFT_STOPS } from './lexicon/nameWords.js';
import { charCount } from './charCount.js';

// Name text: which characters a name runs over, where a name phrase starts and ends, and the
// clean form of a name (no quotes, brackets or spaces).

export const HAN = /\p{Script=Han}/u;
export const HAN_RUN_CHAR = /[\p{Script=Han}A-Za-z0-9·\-—–&+\s“”"]/u;

/** Whether each BMP code unit is a Han character: 1 yes, 2 no, 0 not yet tested. */
export const hanUnits = new Uint8Array(0x10000);

/** [...text].every((c) => HAN.test(c)), read from a table for the usual text without astral characters. */
export function allHan(text: string): boolean {
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
export const runChars = new Uint8Array(0x10000);

/** HAN_RUN_CHAR.test(sentence[index]): one UTF-16 unit (half of an astral character is none). */
export function isRunChar(sentence: string, index: number): boolean {
  const code = sentence.charCodeAt(index);
  let known = runChars[code]!;
  if (known === 0) runChars[code] = known = HAN_RUN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * ORG_SUFFIX_LAST by code unit. Every character of every sentence is tested, and reading
 * sentence[i] would make a string of each CJK character.
 */
export const orgSuffixLast = new Uint8Array(0x10000);
for (const c of ORG_SUFFIX_LAST) {
  if (c.length !== 1) throw new Error(`organisation suffixes must end in a BMP character: ${c}`);
  orgSuffixLast[c.charCodeAt(0)] = 1;
}

/** Stop words that also end names, right before the suffix: 管理协会, 协调委员会, 支持中心. */
export const NAME_WORD_STOPS = new Set(['管理', '协调', '代表', '支持', '运营']);

/** LEFT_STOPS by their first character, so a phrase is searched only for the stop words it can hold. */
export const STOPS_BY_FIRST = new Map<number, string[]>();
for (const stop of LEFT_STOPS) {
  const list = STOPS_BY_FIRST.get(stop.charCodeAt(0));
  if (list) list.push(stop);
  else STOPS_BY_FIRST.set(stop.charCodeAt(0), [stop]);
}

/**
 * Which code units a phrase has already been searched for stop words from: a unit is marked with
 * the phrase's stamp, so a repeated character costs one array read, not a set of characters per phrase.
 */
export const stopStamps = new Uint32Array(0x10000);
let stopStamp = 0;

export function nextStopStamp(): number {
  if (stopStamp === 0xffffffff) {
    stopStamps.fill(0);
    stopStamp = 0;
  }
  return ++stopStamp;
}

/** What cleanName would change: brackets, quotes and whitespace anywhere. */
export const NEEDS_CLEANING = /[\[\]“”"「」『』\s]/u;
/** What cleanName trims from the ends besides whitespace. */
export const TRIMMED_AT_ENDS = new Set(['-', '—', '–', '、', '，', ',', '：', ':']);

export function cleanName(text: string): string {
  // Most names are clean already: say so without five passes of replace.
  if (!NEEDS_CLEANING.test(text) && !TRIMMED_AT_ENDS.has(text[0] ?? '') && !TRIMMED_AT_ENDS.has(text.at(-1) ?? '')) return text;
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links from PDF conversion: [2017](#)
    .replace(/[\[\]]/g, '')
    .replace(/[“”"「」『』]/g, '') // 「」『』: the quotes of traditional-script text
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

export function isLatinHeavy(s: string): boolean {
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
  // Where known bodies end inside the phrase, searched once and only when a join asks.
  let bodyEndsFound: Set<number> | undefined;
  const bodyEnds = () => (bodyEndsFound ??= new Set(gazetteer.matcher.findAll(sentence, start, end).filter((m) => m.value.label !== 'Place').map((m) => m.end)));
  for (const stop of stops) {
    const weak = stop === '与' || stop === '和' || stop === '及' || stop === '的';
    // A strong stop cuts at its last place; a weak one is tried at each place from the right,
    // since the last 与 may be inside the right-hand name ("生态环境部与亚太可持续消费与生产圆桌会议").
    for (let at = text.lastIndexOf(stop); at >= 0; at = weak && at > 0 ? text.lastIndexOf(stop, at - 1) : -1) {
      const after = at + stop.length;
      if (text.length - after < 2) continue;
      // "日本产业环境管理协会", "协调委员会": a stop word that is also a name's last word before its
      // suffix stays in the name.
      if (NAME_WORD_STOPS.has(stop) && classifyBySuffix(text.slice(after))?.suffix === text.slice(after)) break;
      if (weak) {
        if (after <= cut) break;
        if (!namesOnBothSides(text, at, after, stop, bodyEnds)) continue;
      } else if (after > strongCut) strongCut = after;
      if (after > cut) cut = after;
      break;
    }
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
  if (known && !foreignHeaded(sentence, known, start, end, gazetteer)) return { start: known.start, text: sentence.slice(known.start, end), known: known.entry, wide };
  text = text.replace(/^[\s“"]+/, '');
  start = end - text.length;
  if (text.trim().length < 2) return undefined;
  return { start, text, wide: wide.replace(LEADING_FUNCTION, '') };
}

/** Kinds of name that stand whole on each side of a join between two parties: bodies and gatherings. */
const PARTY_LABELS = new Set(['Organization', 'Event']);

/**
 * Whether the 与/和/及/的 at `at` joins two names rather than sitting inside one. Coordination
 * inside a name is common (绿色消费与绿色供应链联盟, 韩国环境工业与技术研究所), so a join is cut
 * only when each side is a name by itself.
 */
function namesOnBothSides(text: string, at: number, after: number, stop: string, bodyEnds: () => Set<number>): boolean {
  const right = text.slice(after);
  const rule = classifyBySuffix(right);
  if (!rule) return false;
  const leftPart = text.slice(0, at);
  const leftRule = classifyBySuffix(leftPart);
  // Both sides names of the same kind: "财政部与环保部".
  if (leftRule && rule.label === leftRule.label) return true;
  if (stop === '的') return false;
  // "宜可城和全球电子可持续发展倡议": a known body ends right at the join, so the join is a
  // list's. Places joined stay inside a name: 拉丁美洲和加勒比可持续公共采购网络.
  if (bodyEnds().has(at)) return true;
  // "亚太可持续消费与生产圆桌会议与亚洲生产力组织": a gathering and a body, each with at least
  // three characters before its ending; "国家会议与展览中心" is one centre.
  // A body on the left joins anything named on the right ("新加坡环境理事会与马来西亚标准与工业研究院":
  // the phrase ending at 标准 is no standard of the council's).
  if (!leftRule || charCount(leftPart) - leftRule.suffix.length < 3 || charCount(right) - rule.suffix.length < 2) return false;
  return leftRule.label === 'Organization' || (PARTY_LABELS.has(rule.label) && PARTY_LABELS.has(leftRule.label) && charCount(right) - rule.suffix.length >= 3);
}

/** The country a place or body belongs to, by its English name (what `country` fields hold). */
function countryOf(entry: GazetteerEntry): string | undefined {
  return entry.country ?? (entry.label === 'Place' && entry.kind === 'country' ? entry.nameEn : undefined);
}

/**
 * "斐济财政部", "哥斯达黎加环境部": a known body of one country (财政部 is China's) with another
 * country's place written right before it is that country's body, a name of its own, not the
 * known one.
 */
function foreignHeaded(sentence: string, known: { start: number; entry: GazetteerEntry }, start: number, end: number, gazetteer: Gazetteer): boolean {
  const home = known.entry.label === 'Organization' ? known.entry.country : undefined;
  if (!home || known.start <= start) return false;
  for (const m of gazetteer.matcher.findAll(sentence, start, end)) {
    if (start + m.end !== known.start || m.value.label !== 'Place') continue;
    const country = countryOf(m.value);
    if (country && country !== home) return true;
  }
  return false;
}

export const OPENING_PARENS = ['（', '('] as const;

export function overlapsAny(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

export function labelFor(name: string): { label: EntityLabel; kind?: string } | undefined {
  if (/\bISO\s*\/?\s*(?:TC\s*)?\d{3,5}/i.test(name) && !/委员会|分委会/.test(name)) return { label: 'Standard', kind: 'international_standard' };
  const rule = classifyBySuffix(name);
  if (!rule) return undefined;
  // A bare suffix ("项目", "指南") or nearly bare one names nothing by itself.
  if (charCount(name) < rule.suffix.length + 2) return undefined;
  return { label: rule.label, kind: rule.kind };
}
