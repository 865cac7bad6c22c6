import { COUNTRY_AT_START } from '../lexicon/countries.js';
import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { charCount } from '../charCount.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, sameCountry } from './ruleKit.js';

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
  const m = ctx.text.match(/位于/u);
  if (!m) return;
  const org = mentionsOf(ctx, ORG, 0, m.index!).pop();
  const place = mentionsOf(ctx, ['Place'], m.index!)[0];
  if (org && place) emit(ctx, 'LOCATED_IN', org, place, {}, PROVENANCE.locatedIn);
  else ctx.skip('located', org ? 'no place named after 位于' : 'no body named before 位于', m.index!);
}

/**
 * Rule `located`.
 * Reads: a country right before or inside a body's name, X位于Y.
 * Emits: LOCATED_IN.
 * Skips: none.
 */
export const locatedRule: ReadingRule = { name: 'located', read: (ctx) => located(ctx) };
