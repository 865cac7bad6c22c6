import type { Candidate, Span } from './candidate.js';
import type { EntityLabel } from '../graph/ontology.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './nameMatcher.js';
import { HAN, cleanName, overlapsAny, phraseEndingAt, readLatinParen } from './namePhrases.js';
import { isGenericPhrase, notANameBecause } from './discoverFilter.js';
import { BARE_SUFFIXES, NEEDS_SIGNAL, classifyBySuffix, suffixRuleEndingAt } from './lexicon/nameSuffixes.js';
import { APPOSITION_DESCRIPTORS, FOLLOWS_NAME, JOINING_VERB, SIGNAL_VERBS, SURNAMES_1, SURNAMES_2, VERB_ADVERBS } from './lexicon/nameWords.js';
import { CLAUSE_VERBS, POINTERS } from './lexicon/notNames.js';
import { ENGLISH_BODY_WORDS } from './lexicon/englishNames.js';
import { titleAt } from './discoverPersons.js';
import { charCount } from './charCount.js';
import { matchesWith } from './matchesWith.js';

// Names the text signals with nothing known in front of them: a telling ending with the
// phrase bounded on both sides (国际资源小组发布…), the party of a verb that only parties have
// (由X发起, X牵头), a Han name glossed by an English name in brackets (电子观察（Electronics
// Watch）), and a name set off by a dash after what it is (新成员——X).

/** Where a clause or list item begins: the sentence's start, punctuation, or a list join. */
const OPENS = /[\s，。；：、（(“"《》）)”「」『』！？—]/u;
/** FOLLOWS_NAME by first character: endsName is asked at every telling ending of every sentence. */
const FOLLOWERS_BY_FIRST = new Map<number, string[]>();
for (const w of FOLLOWS_NAME) {
  const list = FOLLOWERS_BY_FIRST.get(w.charCodeAt(0));
  if (list) list.push(w);
  else FOLLOWERS_BY_FIRST.set(w.charCodeAt(0), [w]);
}
const SIGNAL_VERB_RE = new RegExp(SIGNAL_VERBS.join('|'), 'gu');
const VERBS_LONGEST = [...CLAUSE_VERBS].sort((a, b) => b.length - a.length);
const BARE_LAST = new Set([...BARE_SUFFIXES].map((s) => s.charCodeAt(s.length - 1)));

/** Whether a name may end at `end`: punctuation, the end, a word that follows names, or a title. */
export function endsName(sentence: string, end: number): boolean {
  if (end >= sentence.length) return true;
  const next = sentence[end]!;
  if (!HAN.test(next) && !/[A-Za-z0-9]/.test(next)) return true;
  return (FOLLOWERS_BY_FIRST.get(sentence.charCodeAt(end))?.some((w) => sentence.startsWith(w, end)) ?? false) || titleAt(sentence, end) !== undefined;
}

/** The phrase cut after the rightmost clause verb in it: "会议讨论塑料工作组" is about 塑料工作组. */
function afterLastVerb(text: string): number {
  let cut = 0;
  for (const verb of VERBS_LONGEST) {
    const at = text.lastIndexOf(verb);
    if (at >= 0 && at + verb.length > cut) cut = at + verb.length;
  }
  return cut;
}

/** A Chinese personal name by its shape: surname and one or two characters. */
function looksLikePersonalName(text: string): boolean {
  if (text.length < 2 || text.length > 4) return false;
  const surname = SURNAMES_2.find((s) => text.startsWith(s)) ?? (SURNAMES_1.has(text[0]!) ? text[0]! : '');
  return surname.length > 0 && text.length - surname.length <= 2 && text.length - surname.length >= 1;
}

/** Names ending in a telling word (小组, 倡议, 伙伴关系, 观察, 委员会…), bounded on both sides, whatever stands in front. */
export function bareSuffixNames(sentence: string, gazetteer: Gazetteer, taken: Span[], known: Span[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < sentence.length; i++) {
    if (!BARE_LAST.has(sentence.charCodeAt(i))) continue;
    const end = i + 1;
    const rule = suffixRuleEndingAt(sentence, Math.max(0, end - 6), end);
    if (!rule || !BARE_SUFFIXES.has(rule.suffix)) continue;
    // The ending must end the word: "网络研讨会" is a webinar, "计划开展" a plan to act.
    if (!endsName(sentence, end)) continue;
    const phrase = phraseEndingAt(sentence, end, gazetteer, { maxLength: 24 });
    if (!phrase || phrase.known) continue;
    /** Known names from `from` to the ending, at sentence offsets (findAll counts from `from`). */
    const knownFrom = (from: number) => [...gazetteer.matcher.findAll(sentence, from, end)].map((k) => ({ ...k, start: from + k.start, end: from + k.end }));
    let start = phrase.start;
    let text = sentence.slice(start, end);
    const cut = afterLastVerb(text.slice(0, text.length - rule.suffix.length));
    if (cut > 0) {
      start += cut;
      text = text.slice(cut);
    }
    // "X与Y共同牵头": the verb says the parties are several, so a join before the ending is the list's.
    if (/^(?:共同|联合|分别)/u.test(sentence.slice(end))) {
      // The last join after which a known place or body opens a name ("…和德国质量保证和质量标签协会"
      // joins at 和德国); none when the run already opens on one and no later join does (the 和 is
      // inside the name); else the last join.
      const joins = [...text.matchAll(/[与和及]/gu)].map((m) => m.index!);
      const opensAt = (from: number) => knownFrom(from).some((k) => k.start === from && (k.value.label === 'Place' || k.value.label === 'Organization'));
      const named = joins.filter((j) => opensAt(start + j + 1));
      // A known body whose name ends right at a join ("中环联合与…工作组") is the list's first party.
      const head = knownFrom(start).find((k) => k.start === start && k.value.label === 'Organization');
      const join = named.length > 0 ? named[named.length - 1]! : head && joins.includes(head.end - start) ? head.end - start : opensAt(start) ? -1 : (joins[joins.length - 1] ?? -1);
      if (join >= 0 && text.length - join - 1 >= rule.suffix.length + 2) {
        start += join + 1;
        text = text.slice(join + 1);
      }
    }
    // "首批参与的有瑞士联邦采购委员会": a verb of listing (有, 包括) before a known place or body that
    // heads the name is not part of it.
    const listed = /^(?:有|还有|另有|共有|包括|是|为)/u.exec(text);
    if (listed && [...gazetteer.matcher.findAll(sentence, start, end)].some((m) => m.start === listed[0].length && (m.value.label === 'Place' || m.value.label === 'Organization'))) {
      start += listed[0].length;
      text = text.slice(listed[0].length);
    }
    // "中环联合认证中心联合三大家具行业协会": a known body and a verb joining others to it open a clause;
    // the name, if any, starts after the verb.
    const joinedTo = knownFrom(start).filter((k) => k.value.label === 'Organization' && k.end < end - rule.suffix.length && JOINING_VERB.test(sentence.slice(k.end, k.end + 2))).pop();
    if (joinedTo) {
      start = joinedTo.end + JOINING_VERB.exec(sentence.slice(joinedTo.end))![0].length;
      text = sentence.slice(start, end);
    }
    // Bounded on the left: by punctuation, or by a word phraseEndingAt stopped at, not by running out.
    if (end - start >= 24 && !OPENS.test(sentence[start - 1] ?? '，')) continue;
    const name = cleanName(text);
    if (!HAN.test(name) || charCount(name) < rule.suffix.length + 2 || charCount(name) > 18) continue;
    // A known name inside it is its head (可持续公共采购计划塑料工作组, a programme's working group).
    if (gazetteer.lookup(name).length > 0 || overlapsAny(taken, start, end) || known.some((k) => k.start < end && k.end > start && (k.start < start || k.end > end - rule.suffix.length))) continue;
    if (notANameBecause(name, rule.label) !== undefined) continue;
    // After a known head, more than a kind of body must follow: "AGEDI执行伙伴关系" is AGEDI's partnership, not a name.
    const head = known.filter((k) => k.start >= start && k.end <= end).reduce((last, k) => Math.max(last, k.end), start);
    if (head > start && isGenericPhrase(cleanName(sentence.slice(head, end)))) continue;
    // Vaguer endings (计划, 网络, 基金) name a thing only where a party's verb stands next to them.
    if (NEEDS_SIGNAL.has(rule.suffix) && !SIGNAL_VERBS.some((v) => sentence.startsWith(v, end) || sentence.endsWith(v, start) || sentence.slice(0, start).replace(/[了\s]+$/u, '').endsWith(v))) continue;
    out.push({ label: rule.label, name, surface: text, kind: rule.kind, start, end, method: 'pattern:suffix-name', confidence: 0.6 });
  }
  return out.filter((c) => !out.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
}

/**
 * The parties of a list "X、Y和Z" from `start` to `end`, each with its offsets. A join inside a
 * name stays (德国联邦经济合作与发展部): the list splits there only when the part before it is a
 * name of its own, by its ending or as a known name, or when the verb says the parties are
 * several (X与Y共同发起).
 */
function listItems(sentence: string, start: number, end: number, knownEnds: Set<number>, several: boolean): { start: number; text: string }[] {
  const items: { start: number; text: string }[] = [];
  let from = start;
  for (let k = start; k < end; k++) {
    const c = sentence[k]!;
    if (c === '、' || ((c === '和' || c === '与' || c === '及') && (several || knownEnds.has(k) || classifyBySuffix(sentence.slice(from, k)) !== undefined))) {
      items.push({ start: from, text: sentence.slice(from, k) });
      from = k + 1;
    }
  }
  items.push({ start: from, text: sentence.slice(from, end) });
  return items;
}

/**
 * Parties of the verbs only parties have, where the text bounds them: "由X、Y和Z共同发起", "由X牵头",
 * and a list of parties before such a verb some of whose members are known ("电子观察、宜可城和…
 * 共同发起"). Each is an organisation unless its ending says otherwise, and no personal name or
 * generic word.
 */
export function signalParties(sentence: string, gazetteer: Gazetteer, taken: Span[], known: NameMatch<GazetteerEntry>[] = gazetteer.matcher.findAll(sentence)): Candidate[] {
  const out: Candidate[] = [];
  const knownEnds = new Set(known.map((k) => k.end));
  for (const m of matchesWith(sentence, SIGNAL_VERBS, SIGNAL_VERB_RE)) {
    let end = m.index!;
    // Adverbs between the party and the verb: X正式发布, 由X共同发起. 共同, 联合 and 分别 say the parties are several.
    let several = false;
    for (let moved = true; moved; ) {
      moved = false;
      for (const adverb of VERB_ADVERBS) {
        if (end - adverb.length > 0 && sentence.startsWith(adverb, end - adverb.length)) {
          end -= adverb.length;
          several ||= adverb === '共同' || adverb === '联合' || adverb === '分别';
          moved = true;
          break;
        }
      }
    }
    // The clause's start: the last opening mark before the verb; 由 bounds the parties too.
    let start = end;
    while (start > 0 && !OPENS.test(sentence[start - 1]!) && end - start < 60) start--;
    if (end - start >= 60) continue;
    const by = sentence.lastIndexOf('由', end - 1);
    const marked = by >= start && by < end;
    if (marked) start = by + 1;
    const items = listItems(sentence, start, end, knownEnds, several).map((it) => {
      // "促成该国政府采购监管局": a verb and a pointer to a country before the first party.
      const cut = afterLastVerb(it.text);
      const lead = POINTERS.find((p) => it.text.startsWith(p, cut))?.length ?? 0;
      return { start: it.start + cut + lead, text: it.text.slice(cut + lead) };
    });
    const isKnown = (it: { start: number; text: string }) => known.some((k) => k.start === it.start && k.end === it.start + it.text.length);
    const typedOrg = (it: { start: number; text: string }) => classifyBySuffix(it.text)?.label === 'Organization';
    const vouched = items.some(isKnown);
    // Without 由, only a list vouched for by a known member, or made of bodies by their endings, bounds its items.
    if (!marked && (items.length < 2 || !(vouched || items.every(typedOrg)))) continue;
    for (const item of items) {
      const text = item.text;
      const name = cleanName(text);
      const itemEnd = item.start + text.length;
      if (charCount(name) < 2 || charCount(name) > 14 || !(HAN.test(name) || /^[A-Z][A-Za-z&\- ]{1,20}$/.test(name))) continue;
      // A short body (环境部) in a list nothing vouches for is any country's: left to the readers that know whose.
      if (!marked && !vouched && charCount(name) < 5) continue;
      if (overlapsAny(taken, item.start, itemEnd) || overlapsAny(out, item.start, itemEnd)) continue;
      // A known name inside the party is its head or its place (亚太地区生态标签网络); one across its edge is another party.
      if (known.some((k) => k.start < itemEnd && k.end > item.start && (k.start < item.start || k.end > itemEnd || (k.start === item.start && k.end === itemEnd)))) continue;
      if (gazetteer.lookup(name).length > 0 || looksLikePersonalName(name)) continue;
      // Places and what their ending types otherwise are read elsewhere: 北京市发布, 新版标准发布.
      const rule = classifyBySuffix(name);
      if (/[市省州县国]$/u.test(name) || (rule && rule.label !== 'Organization' && rule.label !== 'Project')) continue;
      const label: EntityLabel = rule?.label ?? 'Organization';
      if (notANameBecause(name, label) !== undefined) continue;
      out.push({ label, name, surface: text, kind: rule?.kind ?? 'organization', start: item.start, end: itemEnd, method: 'pattern:signal-party', confidence: 0.6 });
    }
  }
  return out;
}

/**
 * A Han name glossed by an English one that says what it is: 电子观察（Electronics Watch）,
 * 同一个地球网络（One Planet network）. The English must name a body or programme by one of its words.
 */
export function glossedNames(sentence: string, gazetteer: Gazetteer, taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, ['（', '('], /[（(]\s*([A-Z][A-Za-z'’&.\- ]{3,80}?)\s*(?:[,，]\s*([A-Z][A-Za-z0-9&\-]{1,11}))?\s*[）)]/gu)) {
    const read = readLatinParen(m[2] ? `${m[1]}, ${m[2]}` : m[1]!);
    if (!read.nameEn || !/\s/.test(read.nameEn)) continue;
    const word = ENGLISH_BODY_WORDS.find((w) => new RegExp(`\\b${w.word}\\b`, 'i').test(read.nameEn!));
    if (!word) continue;
    const phrase = phraseEndingAt(sentence, m.index!, gazetteer, { maxLength: 16 });
    if (!phrase || phrase.known) continue;
    let start = phrase.start;
    let text = sentence.slice(start, m.index!);
    const cut = afterLastVerb(text);
    if (cut > 0) {
      start += cut;
      text = text.slice(cut);
    }
    const name = cleanName(text);
    if (!HAN.test(name) || charCount(name) < 2 || charCount(name) > 14 || classifyBySuffix(name)) continue;
    if (overlapsAny(taken, start, m.index! + m[0].length) || gazetteer.lookup(name).length > 0 || looksLikePersonalName(name)) continue;
    if (notANameBecause(name, word.label) !== undefined) continue;
    out.push({ label: word.label, name, surface: text, nameEn: read.nameEn, abbr: read.abbr, kind: word.kind, start, end: m.index! + m[0].length, method: 'pattern:english-gloss', confidence: 0.7 });
  }
  return out;
}

/** Apposition with a dash: "瑞典的新成员——绿色采购联盟", "合作伙伴——电子观察": the name after the dash is what the word before it says. */
export function dashAppositions(sentence: string, gazetteer: Gazetteer, taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesWith(sentence, '——', /——\s*([\p{Script=Han}A-Za-z·\-]{2,16}?)(?=[，。；：、（(）)]|$)/gu)) {
    const before = sentence.slice(Math.max(0, m.index! - 6), m.index!);
    const descriptor = APPOSITION_DESCRIPTORS.find((d) => before.endsWith(d.word));
    if (!descriptor) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    const name = cleanName(m[1]!);
    if (overlapsAny(taken, start, end) || gazetteer.lookup(name).length > 0) continue;
    const rule = classifyBySuffix(name);
    const label = rule?.label ?? descriptor.label;
    if (notANameBecause(name, label) !== undefined || (label === 'Organization' && looksLikePersonalName(name))) continue;
    out.push({ label, name, surface: m[1]!, kind: rule?.kind ?? descriptor.kind, start, end, method: 'pattern:apposition', confidence: 0.6 });
  }
  return out;
}
