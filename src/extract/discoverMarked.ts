import type { Candidate } from './candidate.js';
import { HAN, cleanName, readLatinParen, isLatinHeavy, phraseEndingAt, OPENING_PARENS, labelFor } from './namePhrases.js';
import { titleEndingAt } from './discoverPersons.js';
import type { EntityLabel } from '../graph/ontology.js';
import type { Gazetteer } from './gazetteer.js';
import { classifyBySuffix } from './lexicon/nameSuffixes.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';

// Names the text marks: 《titles》, “quoted names” with a telling suffix, 全称（ABBR）and ABBR（全称）.

/** 《…》 titles: documents, standards or agreements, with an English name when one is given inside. */
export function titled(sentence: string): Candidate[] {
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

/** Opening quote marks: “ and the corner brackets 「 『 of Hong Kong and Taiwan. */
const QUOTE_OPENERS = ['“', '「', '『'];

/** “Quoted names” followed by, or ending in, a word that tells what they are: “中德绿色消费”项目, 「…計劃」. */
export function quoted(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  // Hong Kong and Taiwan write quotes as 「」 and 『』 (kept so in the simplified view): the same marks.
  for (const m of matchesWith(sentence, QUOTE_OPENERS, /[“「『]([^“”「」『』，。；！？]{2,120})[”」』]([\p{Script=Han}]{0,8})/gu)) {
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
    let genreAfter: string | undefined;
    // A suffix right after the closing quote names the thing: “…”项目, “…”论坛, “…”计划.
    for (let k = tail.startsWith('的') ? 0 : Math.min(tail.length, 6); k >= 1; k--) {
      const word = tail.slice(0, k);
      const rule = classifyBySuffix(word);
      const modifier = rule ? word.slice(0, word.length - rule.suffix.length) : '';
      if (rule && word.endsWith(rule.suffix) && (rule.label !== 'Organization' || k >= 2) && modifier.length <= 4 && !/[启用开展推出发布实施支持加入成为举办召开在对为与和是将已被由向]/u.test(modifier)) {
        name = `${inner}${word}`;
        end += k;
        typed = { label: rule.label, kind: rule.kind };
        // “如何参与市场”指南, “…”报告: the quote is the work's title, the word after it says what it is.
        if (rule.label === 'Document' && modifier === '' && /^(?:指南|报告|手册|白皮书|导则)$/u.test(word) && charCount(inner) >= 4) {
          genreAfter = name;
          name = inner;
        }
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
      alias: genreAfter ?? (name !== inner && typed.label === 'Project' ? inner : undefined),
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
export function abbreviations(sentence: string, gazetteer: Gazetteer): Candidate[] {
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
    // 联合国发展账户（UNDA）塞内加尔项目: the bracket sits inside a longer name that goes on to a
    // project or document ending; the whole run is the name, the part before the bracket its own.
    // An organisation's bracket ends its name: 署（UNEP）塞内加尔项目 is the body's project, read apart.
    const longer = typed.label === 'Organization' || typed.label === 'Person' || typed.label === 'Place' ? undefined : nameGoingOn(sentence, m.index! + m[0].length);
    if (longer) {
      const whole = sentence.slice(phrase.start, longer.end);
      out.push({ label: longer.label, name: cleanName(whole), surface: whole, kind: longer.kind, start: phrase.start, end: longer.end, method: 'pattern:abbreviation-inside', confidence: 0.8 });
    }
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

// Words that make a run of characters a clause, not the rest of a name.
const CLAUSE_WORD = /的|和|与|及|在|于|对|为|是|将|已|被|由|向|从|把|等|发布|发起|启动|开展|推出|实施|支持|加入|成为|举办|召开|牵头|组建|共同|参与|提供|资助|签署|合作|联合|通过|根据|按照|完成|负责|协调|旨在|宣布|表示/u;

/**
 * The rest of a name that goes on after a bracket (全称（ABBR）塞内加尔项目, 目标（SDG）12.7.1-…指数方法学):
 * name characters, numbers and further Latin brackets, ending in a project or document word,
 * with no clause word in between. Undefined when the bracket ends the name.
 */
export function nameGoingOn(sentence: string, from: number): { end: number; label: EntityLabel; kind?: string } | undefined {
  const run = sentence.slice(from).match(/^(?:[\p{Script=Han}\d.\-–]|[（(][A-Za-z][A-Za-z0-9 .\-]{0,20}[）)]){2,40}/u)?.[0];
  if (!run || !/^[\p{Script=Han}\d]/u.test(run)) return undefined;
  for (let k = run.length; k >= 2; k--) {
    const tail = run.slice(0, k);
    const rule = /方法学$/u.test(tail) ? { label: 'Document' as const, kind: 'methodology', suffix: '方法学' } : classifyBySuffix(tail);
    if (!rule || (rule.label !== 'Project' && rule.label !== 'Document') || !tail.endsWith(rule.suffix)) continue;
    const head = tail.slice(0, tail.length - rule.suffix.length).replace(/[（(][^（）()]*[）)]/gu, '');
    if (charCount(head.replace(/[\d.\-–]/gu, '')) < 2 || CLAUSE_WORD.test(head)) continue;
    // Only a whole word ends the name: 塞内加尔项目，旨在… but not 塞内加尔项目组.
    const next = sentence.charAt(from + k);
    if (next && /[\p{Script=Han}A-Za-z\d]/u.test(next) && !CLAUSE_WORD.test(sentence.slice(from + k, from + k + 2))) continue;
    return { end: from + k, label: rule.label, kind: rule.kind };
  }
  return undefined;
}
