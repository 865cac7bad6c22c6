import { PROVENANCE, type Provenance } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import type { ReadEvent } from '../events.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { emit } from './ruleKit.js';
import { spanParent } from '../spanParent.js';

/** HELD_IN, remembered so events held inside this one can take its places. */
export function holdAt(ctx: SentenceContext, event: string, place: string, how: Provenance): void {
  emit(ctx, 'HELD_IN', event, place, {}, how);
  ctx.registry.recordHeldIn(event, place);
}

/** Before a place: it is where something is (在, 于, 赴…). */
export const PLACE_MARKED_BEFORE = /(?:在|于|赴|访问|出访|访|到)[^，。]{0,4}$/u;
/** After a place: something was held there (召开, 举办…), or a year follows (", 2018年"). */
export const PLACE_MARKED_AFTER = /^(?:[^，。]{0,6}(?:召开|举办|举行|开幕|举办的|召开的)|\s*[，,]\s*\d{4}年)/u;

/**
 * Where an event was held, from the places its sentence puts it in: "在瑞典斯德哥尔摩召开", "出访比利时和德国".
 * Places joined by 和、与、及 are one list, placed or not as a whole: "丹麦和荷兰代表讲解" names where
 * speakers came from, not where anything was held. When the sentence places the event nowhere and
 * the event was reported inside another one, it was held where that one was (heldWhereParentWas).
 * The graph keeps only the most specific of nested places (extractGraph): the city, not also its
 * country.
 */
export function heldIn(ctx: SentenceContext, event: ReadEvent | undefined): void {
  visitPlacedLater(ctx);
  if (!event) return;
  const located: string[] = [];
  const mentions = mentionsOf(ctx, ['Place']);
  for (let first = 0; first < mentions.length; ) {
    let last = first;
    // "和、与、及" join a list; nothing between joins a country and its city ("在哈萨克斯坦阿拉木图启动").
    while (last + 1 < mentions.length && /^\s*(?:和|与|及|、)?\s*$/u.test(ctx.text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
    const before = ctx.text.slice(Math.max(0, mentions[first]!.start - 8), mentions[first]!.start);
    const after = ctx.text.slice(mentions[last]!.end, mentions[last]!.end + 12);
    if ((PLACE_MARKED_BEFORE.test(before) || PLACE_MARKED_AFTER.test(after)) && !/来自[^，。]{0,4}$/u.test(before)) {
      for (let i = first; i <= last; i++) if (!located.includes(mentions[i]!.key)) located.push(mentions[i]!.key);
    }
    first = last + 1;
  }
  if (/在京|来京|赴京|在北京/u.test(ctx.text)) {
    const beijing = ctx.registry.placeByName('北京');
    if (beijing && !located.includes(beijing)) located.push(beijing);
  }
  for (const place of located) holdAt(ctx, event.key, place, PROVENANCE.heldIn);
  if (located.length === 0 && event.inherited && ctx.article.event) heldWhereParentWas(ctx, event.key, event.parent ?? ctx.article.event);
  // A part of a multi-day gathering an earlier article reported, placed nowhere else: held where the gathering was.
  const across = located.length === 0 ? spanParent(ctx, event) : undefined;
  if (across) heldWhereParentWas(ctx, event.key, across);
}

/**
 * "访问期间，代表团还在河内参观了…": the visit the article reports (read as a visit or as the meeting
 * that received it), when its own sentences placed it nowhere, was in the one place a
 * later sentence of the visit puts the delegation (在Y参观/考察/会见). Only the article's visit, only
 * while it has no place, and only one place.
 */
function visitPlacedLater(ctx: SentenceContext): void {
  const visit = ctx.article.event;
  if (!visit || !/(?:访问|访华|出访|考察|到访|来访)期间/u.test(ctx.text)) return;
  if ([...ctx.registry.placesHeld(visit)].length > 0) return;
  const places = mentionsOf(ctx, ['Place']).filter((p) => /在\s*$/u.test(ctx.text.slice(Math.max(0, p.start - 2), p.start)) && /^\s*(?:参观|考察|会见|拜会|走访|调研)/u.test(ctx.text.slice(p.end, p.end + 4)));
  if (places.length === 1) holdAt(ctx, visit, places[0]!.key, PROVENANCE.heldIn);
}

/**
 * A meeting inside a reported meeting happened where that one did, when that one was held in
 * one place: a meeting during a trip to 比利时和德国 was in one of them, and which one the text
 * does not say.
 */
export function heldWhereParentWas(ctx: SentenceContext, event: string, parent: string): void {
  const places = ctx.registry.mostSpecificPlaces(ctx.registry.placesHeld(parent));
  if (places.length === 1) holdAt(ctx, event, places[0]!, PROVENANCE.heldInParent);
}

/**
 * Rule `held-in`.
 * Reads: places marked by 在/于/赴 or followed by 召开/举办, 在京.
 * Emits: HELD_IN (or the parent event's one place).
 * Skips: none.
 */
export const heldInRule: ReadingRule = { name: 'held-in', read: (ctx, r) => heldIn(ctx, r.event) };
