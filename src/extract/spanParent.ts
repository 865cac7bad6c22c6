import type { ReadEvent } from './events.js';
import { mentionsOf, type SentenceContext } from './sentenceContext.js';

/** Kinds of event a multi-day gathering holds inside it: sessions, side events, signings, adoptions. Launches and visits are often separate news. */
const HELD_INSIDE = ['meeting', 'forum', 'conference', 'summit', 'workshop', 'signing', 'adoption', 'approval', 'side event', 'election', 'ceremony'];

/** A venue inside a city, not a city: where a part of a gathering may be held. */
const VENUE = /(?:会场|会议中心|会展中心|展览中心|大厅|厅|酒店|饭店|宾馆|大学|学院|大楼|中心|现场|闭幕式|开幕式)$/u;

/**
 * The multi-day gathering an event took place in, when an earlier article reported that gathering
 * and every article since reported only events inside its days ("10月21日至24日…年会" then
 * "10月22日举行的成员大会…", "10月23日下午同时举行了两场边会"): a briefing that reports a conference
 * article by article. The event must be dated to a day within the gathering's days, be of a kind
 * held inside one, and its sentence may name no place other than where the gathering was held.
 */
export function spanParent(ctx: SentenceContext, event: ReadEvent | undefined): string | undefined {
  const parentKey = ctx.briefing.spanEvent;
  if (!event?.date || event.inherited || !parentKey || parentKey === event.key) return undefined;
  if (!HELD_INSIDE.includes(event.kind)) return undefined;
  const parent = ctx.registry.peek(parentKey);
  const day = event.date.start;
  if (!parent?.startDate || !parent.endDate || day.length !== 10 || day < parent.startDate || day > parent.endDate) return undefined;
  if (event.date.end && event.date.end > parent.endDate) return undefined;
  const held = new Set(ctx.registry.placesHeld(parentKey));
  if (held.size === 0) return undefined;
  // "10月23日，GEN在惠灵顿举办…": a place of its own other than the gathering's is another event.
  if (mentionsOf(ctx, ['Place']).some((p) => !held.has(p.key))) return undefined;
  // "在坦佩雷举办" names a place the gazetteer may not know: only a venue ("在年会主会场举行", "在奥克兰大学举行") or the gathering's own place may stand there.
  const at = ctx.text.match(/在([^，。；在]{1,14}?)(?:举办|举行|召开|开幕)/u)?.[1];
  if (at && !VENUE.test(at) && ![...held].some((p) => { const d = ctx.registry.peek(p); return !!d && at.includes(ctx.registry.canonicalName(d)); })) return undefined;
  return parentKey;
}

/** After an article: the multi-day gathering later articles may report parts of, kept while they do. */
export function nextSpanEvent(ctx: Pick<SentenceContext, 'registry'>, current: string | undefined, articleEvent: string | undefined): string | undefined {
  const ev = articleEvent ? ctx.registry.peek(articleEvent) : undefined;
  if (!ev?.startDate) return undefined;
  if (ev.endDate && ev.startDate.length === 10 && ev.endDate.length === 10 && ev.endDate > ev.startDate) return articleEvent;
  const parent = current ? ctx.registry.peek(current) : undefined;
  if (parent?.startDate && parent.endDate && ev.startDate.length === 10 && ev.startDate >= parent.startDate && ev.startDate <= parent.endDate) return current;
  return undefined;
}
