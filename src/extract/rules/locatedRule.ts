import { COUNTRY_AT_START } from '../lexicon/countries.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { charCount } from '../charCount.js';
import { mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import type { GazetteerEntry } from '../gazetteer.js';
import { ORG, coordinated, emit, sameCountry } from './ruleKit.js';

function located(ctx: SentenceContext): void {
  // "中国美的公司", "瑞士 IQAir 公司": a country named right before an organisation is where it is.
  for (let i = 0; i + 1 < ctx.mentions.length; i++) {
    const place = ctx.mentions[i]!;
    const org = ctx.mentions[i + 1]!;
    if (place.label !== 'Place' || org.label !== 'Organization' || org.start - place.end > 1 || ctx.text.slice(place.end, org.start).trim() !== '') continue;
    if (ctx.registry.peek(place.key)?.kind !== 'country') continue;
    // "斯里兰卡财政部" matched as a known 财政部 of another country: the name read is not that body.
    if (!sameCountry(ctx, org.key, place.key)) continue;
    emit(ctx, 'LOCATED_IN', org, place, {}, PROVENANCE.countryBeforeName);
  }
  // "中国美的公司": the country written in front of a name that does not carry it (美的) is where the body is.
  for (const o of mentionsOf(ctx, ORG)) {
    const head = o.text.match(COUNTRY_AT_START)?.[0];
    if (!head || charCount(o.text) - head.length < 2 || ctx.registry.canonicalName(ctx.registry.peek(o.key)!).startsWith(head)) continue;
    const place = ctx.registry.placeByName(head);
    if (place && ctx.registry.peek(place)?.kind === 'country') emit(ctx, 'LOCATED_IN', o, place, {}, PROVENANCE.countryInName);
  }
  regionLists(ctx);
  const m = ctx.text.match(/位于|地处|(?<=(?:总部|秘书处)\s*)(?:设于|设在)/u);
  if (!m) return;
  // "塞内加尔位于非洲西部": a place right before 位于 is in the place after it; else the body named before.
  const near = mentionsOf(ctx, ['Place'], 0, m.index!).pop();
  let org = near && /^\s*(?:[（(][^（）()]*[）)])?\s*$/u.test(ctx.text.slice(near.end, m.index!)) ? near : mentionsOf(ctx, ORG, 0, m.index!).pop();
  // "GEN秘书处设于渥太华": where a body's secretariat or headquarters is, the body is.
  if (org && m[0].startsWith('设')) {
    const name = ctx.registry.canonicalName(ctx.registry.peek(org.key)!);
    const parent = /(?:秘书处|总部)$/u.test(name) ? ctx.registry.parentOf(org.key) : undefined;
    const gap = ctx.text.slice(org.end, m.index!).replace(/\s+/gu, '');
    if (parent) org = { ...org, key: parent };
    else if (!/^(?:[（(][^（）()]*[）)])?(?:的)?(?:秘书处|总部)$/u.test(gap)) org = undefined;
  }
  const after = mentionsOf(ctx, ['Place'], m.index!);
  let place = after[0];
  // "位于瑞士日内瓦": the most specific of places written one after the other.
  for (let i = 1; place && i < after.length && /^\s*$/u.test(ctx.text.slice(place.end, after[i]!.start)); i++) place = after[i];
  if (org && place && /^\s*$/u.test(ctx.text.slice(m.index! + m[0].length, after[0]!.start))) emit(ctx, 'LOCATED_IN', org, place, {}, PROVENANCE.locatedIn);
  else ctx.skip('located', org ? 'no place named right after 位于' : 'no body named before 位于', m.index!);
}

/** "马尔默、奥斯陆和赫尔辛基等北欧城市": each listed place is in the region the list's kind word names. */
function regionLists(ctx: SentenceContext): void {
  if (!ctx.text.includes('等')) return;
  const places = mentionsOf(ctx, ['Place']);
  for (const region of places) {
    const before = ctx.text.slice(0, region.start);
    if (!/等\s*$/u.test(before) || !/^\s*(?:的)?\s*(?:城市|国家|地区|首都|各国|国)/u.test(ctx.text.slice(region.end))) continue;
    const last = [...places].reverse().find((p) => p.end <= region.start && /^\s*等\s*$/u.test(ctx.text.slice(p.end, region.start)));
    if (!last) continue;
    const list = coordinated(ctx, last, ['Place']).filter((p) => p.end <= last.end);
    // A list of one is no list ("中国等国家" says nothing of where China is beyond what is known).
    if (list.length < 2) continue;
    for (const p of list) emit(ctx, 'LOCATED_IN', p, region, {}, PROVENANCE.regionList);
  }
  headedRegionList(ctx, places);
}

/** A heading the layout left inside the article: the line before, when it has no sentence's end. */
function headingBefore<T>(ctx: SentenceContext, read: (text: string) => T | undefined): T | undefined {
  const before = ctx.article.previousText;
  return before && !/[。；！？!?]\s*$/u.test(before) ? read(before) : undefined;
}

/**
 * "北欧城市发表…" over "马尔默、奥斯陆和赫尔辛基等城市发布…": a list of places closed by 等城市 is in the
 * region the article's heading (or the sentence) names before 城市, when what is known of each
 * place does not put it elsewhere.
 */
function headedRegionList(ctx: SentenceContext, places: Mention[]): void {
  const closing = /等\s*(?:城市|地)/u.exec(ctx.text);
  if (!closing) return;
  const last = [...places].reverse().find((p) => p.end <= closing.index && /^\s*$/u.test(ctx.text.slice(p.end, closing.index)));
  if (!last) return;
  const list = coordinated(ctx, last, ['Place']).filter((p) => p.end <= last.end);
  if (list.length < 2) return;
  const gazetteer = ctx.registry.gazetteer;
  const regionIn = (text: string): GazetteerEntry | undefined => {
    for (const m of text.matchAll(/([\p{Script=Han}]{2,6})(?:的)?(?:城市|各城市)/gu)) {
      for (let k = 0; k + 2 <= m[1]!.length; k++) {
        const entry = gazetteer.lookup(m[1]!.slice(k), 'Place')[0];
        if (entry?.kind === 'region') return entry;
      }
    }
    return undefined;
  };
  const region = regionIn(ctx.text.slice(0, last.start).replace(/[^，。；]*$/u, '') + ctx.text.slice(closing.index + closing[0].length)) ?? regionIn(ctx.articleTitle) ?? headingBefore(ctx, regionIn);
  if (!region) return;
  const ancestors = (entry: GazetteerEntry | undefined): string[] => {
    const out: string[] = [];
    for (let at = entry?.in ? gazetteer.byId.get(entry.in) : undefined, hops = 0; at && hops < 8; at = at.in ? gazetteer.byId.get(at.in) : undefined, hops++) out.push(at.id);
    return out;
  };
  const regionAncestors = new Set(ancestors(region));
  const placeKey = ctx.registry.placeByName(region.name);
  if (!placeKey) return;
  for (const p of list) {
    const known = ctx.registry.peek(p.key)?.gazetteer;
    const up = ancestors(known);
    // 东京 under a heading on 北欧 is not in it: known places must lie where the region lies.
    if (known && up.length > 0 && !up.includes(region.id) && !up.some((id) => regionAncestors.has(id))) continue;
    if (known?.kind === 'region' || known?.kind === 'country' || known?.kind === 'continent') continue;
    emit(ctx, 'LOCATED_IN', p, placeKey, {}, PROVENANCE.regionList);
  }
}

/**
 * Rule `located`.
 * Reads: a country right before or inside a body's name, X位于Y (X a body or a place), A、B和C等<region>城市,
 *   A、B和C等城市 under a heading (or in a clause) naming <region>城市.
 * Emits: LOCATED_IN.
 * Skips: none.
 */
export const locatedRule: ReadingRule = { name: 'located', read: (ctx) => located(ctx) };
