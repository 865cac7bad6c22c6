import type { Candidate, Span } from './candidate.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { matchesWith } from './matchesWith.js';
import type { NameMatch } from './nameMatcher.js';
import { overlapsAny } from './namePhrases.js';
import { notANameBecause, isGenericPhrase } from './discoverFilter.js';
import { DIRECTIONS, TRANSLITERATION_CHARS } from './lexicon/nameWords.js';

// Foreign places in lists: in "马尔默、奥斯陆、哥本哈根和赫尔辛基等城市", the members the
// gazetteer knows as places make the others candidate places, when they look like place names
// (a transliteration, written with the characters foreign names are written with).

interface Item {
  start: number;
  end: number;
  text: string;
}

/** Whether a phrase reads as a transliterated foreign name: two to six characters, all (or all but one of five or more) from the transliteration set. */
export function looksTransliterated(text: string): boolean {
  if (text.length < 2 || text.length > 6) return false;
  let outside = 0;
  for (const c of text) if (!TRANSLITERATION_CHARS.has(c)) outside++;
  return outside === 0 || (text.length >= 4 && outside === 1 && TRANSLITERATION_CHARS.has(text[0]!) && TRANSLITERATION_CHARS.has(text.at(-1)!));
}

/** The run of transliteration characters ending at `end` (the first item of a list, after whatever opens the clause). */
function runEndingAt(clause: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 6 && TRANSLITERATION_CHARS.has(clause[start - 1]!)) start--;
  return start;
}

/** The run of transliteration characters starting at `start` (the last item, before 等 or the verb). */
function runStartingAt(clause: string, start: number): number {
  let end = start;
  while (end < clause.length && end - start < 6 && TRANSLITERATION_CHARS.has(clause[end]!)) end++;
  return end;
}

/** Places in 、/和 lists where some members are known places. */
export function listedPlaces(sentence: string, known: NameMatch<GazetteerEntry>[], taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  if (!sentence.includes('、')) return out;
  const places = known.filter((k) => k.value.label === 'Place');
  if (places.length === 0) return out;
  for (const m of sentence.matchAll(/[^，。；：！？（）()“”]+/gu)) {
    const clause = m[0];
    if (!clause.includes('、')) continue;
    const base = m.index!;
    // Separators: every 、 and the 和/与/及 after the last 、 (the list's last join).
    const lastComma = clause.lastIndexOf('、');
    const seps: { at: number; length: number }[] = [];
    for (let k = 0; k < clause.length; k++) if (clause[k] === '、') seps.push({ at: k, length: 1 });
    const tailJoin = clause.slice(lastComma + 1).search(/以及|[和与及]/u);
    if (tailJoin >= 0) seps.push({ at: lastComma + 1 + tailJoin, length: clause.startsWith('以及', lastComma + 1 + tailJoin) ? 2 : 1 });
    const items: Item[] = [];
    for (let s = 0; s <= seps.length; s++) {
      let start = s === 0 ? 0 : seps[s - 1]!.at + seps[s - 1]!.length;
      let end = s === seps.length ? clause.length : seps[s]!.at;
      const knownAt = (from: number, to: number, edge: 'start' | 'end') =>
        places.find((p) => p.start >= base + from && p.end <= base + to && (edge === 'end' ? p.end === base + to : p.start === base + from));
      if (s === 0) {
        const k = knownAt(start, end, 'end');
        start = k ? k.start - base : runEndingAt(clause, end);
      }
      if (s === seps.length) {
        const k = knownAt(start, end, 'start');
        end = k ? k.end - base : runStartingAt(clause, start);
      }
      items.push({ start: base + start, end: base + end, text: clause.slice(start, end).trim() });
    }
    if (items.length < 3) continue;
    const isKnown = (it: Item) => places.find((p) => p.start === it.start && p.end === it.end);
    const knownItems = items.map(isKnown);
    const count = knownItems.filter(Boolean).length;
    if (count === 0 || count * 3 < items.length) continue;
    const cities = knownItems.filter((k) => k?.value.kind === 'city').length;
    items.forEach((it, i) => {
      if (knownItems[i] || !looksTransliterated(it.text) || isGenericPhrase(it.text)) return;
      if (known.some((k) => k.start < it.end && k.end > it.start) || overlapsAny(taken, it.start, it.end)) return;
      if (notANameBecause(it.text, 'Place') !== undefined) return;
      out.push({ label: 'Place', name: it.text, surface: it.text, kind: cities * 2 >= count ? 'city' : 'country', start: it.start, end: it.end, method: 'pattern:listed-place', confidence: 0.6 });
    });
  }
  return out;
}

/** A known place and a direction: 非洲西部, 巴西东北部. A region, not a ministry (部). */
export function placeRegions(sentence: string, known: NameMatch<GazetteerEntry>[], taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const k of known) {
    if (k.value.label !== 'Place') continue;
    const direction = DIRECTIONS.find((d) => sentence.startsWith(d, k.end));
    if (!direction) continue;
    const end = k.end + direction.length;
    if (overlapsAny(taken, k.start, end)) continue;
    const name = sentence.slice(k.start, end);
    out.push({ label: 'Place', name, surface: name, kind: 'region', start: k.start, end, method: 'pattern:place-region', confidence: 0.7 });
  }
  return out;
}

/** Where the text says something happened: 在/于/赴 before the place, a verb of meeting or signing after it. */
const MARKED_PLACE = /(?:在|于|赴|前往|抵达)([\p{Script=Han}]{2,3}?)市?(?=召开|举办|举行|签署|签订|开幕|出席|参加|会见|成立|启动|访问|考察|进行)/gu;

/** Spans where the text marks a place of two or three characters as where something happened. */
export function markedPlaceSpans(sentence: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of matchesWith(sentence, ['在', '于', '赴', '前往', '抵达'], MARKED_PLACE)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length - (m[0].endsWith('市') ? 1 : 0);
    out.push({ start, end: start + name.length, name });
  }
  return out;
}

/** The gazetteer's place of that name when the name is too short to match alone (`noMatch`). */
export function shortPlaceNamed(name: string, gazetteer: Gazetteer): GazetteerEntry | undefined {
  return gazetteer.lookup(name, 'Place').find((e) => e.noMatch.includes(name));
}

/**
 * Places too short to match alone (a city of two characters is `noMatch` in the gazetteer: 台北,
 * 雅典), read where the text marks them as where something happened: "在台北签署", "于雅典召开".
 * Only names the gazetteer knows as places; nothing is made up here. The mention pass finds
 * them at the same marked spans only (`mentionsIn`), never elsewhere.
 */
export function markedPlaces(sentence: string, gazetteer: Gazetteer, taken: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, name } of markedPlaceSpans(sentence)) {
    const place = shortPlaceNamed(name, gazetteer);
    if (!place || overlapsAny(taken, start, end)) continue;
    out.push({ label: 'Place', name, surface: name, kind: place.kind, start, end, method: 'pattern:marked-place', confidence: 0.7, known: place });
  }
  return out;
}
