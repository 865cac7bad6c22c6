import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import type { ReadEvent } from '../events.js';
import { clauseAround, mentionsOf, type Mention, type SentenceContext } from '../sentenceContext.js';
import { ORG, emit, sentenceDate } from './ruleKit.js';

/** "在…博览会上，美的…空调荣获德国蓝色天使环境标志": a label won at an event the sentence is set in. */
function labelsAwarded(ctx: SentenceContext, event: ReadEvent | undefined, frame: string | undefined): void {
  const text = ctx.text;
  if (!text.includes('荣获') && !text.includes('荣膺') && !text.includes('获颁')) return;
  const at = /在[^，。；]{2,40}上[，,]/u.test(text) ? event?.key : frame;
  if (!at) return;
  const m = text.match(/荣获|荣膺|获颁/u)!;
  const label = mentionsOf(ctx, ['EcoLabel'], m.index!).find((l) => l.start - m.index! <= 8);
  const clause = clauseAround(text, m.index!);
  const winner = mentionsOf(ctx, ORG, clause.start, m.index!)[0];
  if (!label || !winner) return;
  emit(ctx, 'AWARDED', at, winner, { title: ctx.registry.canonicalName(ctx.registry.peek(label.key)!), date: ctx.registry.peek(at)?.startDate }, PROVENANCE.labelAwardedAt);
}

function awards(ctx: SentenceContext, event: ReadEvent | undefined): void {
  const text = ctx.text;
  const m = text.match(/(授予|颁发|荣膺|荣获|获得)([^。]{0,60}?)[“《]([^”》]{2,40})[”》](?:称号|荣誉|奖)?/u);
  if (!m) return;
  const title = m[3]!;
  if (!/荣誉|称号|奖|领跑者|杯|先进|优秀/u.test(title + text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) return;
  const eventKey = event?.key ?? ctx.article.event;
  let recipients: Mention[];
  if (/荣膺|荣获|获得/u.test(m[1]!)) recipients = mentionsOf(ctx, ['Organization', 'Person', 'EcoLabel'], 0, m.index!).slice(-1);
  // Those named before the honour's quoted title, not those named inside it ("授予曲格平先生“中国环境标志特别荣誉”").
  else recipients = mentionsOf(ctx, ['Organization', 'Person', 'EcoLabel'], m.index!, m.index! + m[1]!.length + m[2]!.length);
  const givers = mentionsOf(ctx, ORG, 0, m.index!).filter((g) => /授予|颁发/u.test(m[1]!) && !recipients.includes(g));
  const from = givers[givers.length - 1]?.key ?? eventKey;
  if (!from) {
    ctx.skip('awards', 'no giver named before the honour, and no event to give it', m.index!);
    return;
  }
  for (const r of recipients) emit(ctx, 'AWARDED', from, r, { title, date: sentenceDate(ctx) }, PROVENANCE.awarded);
}

/**
 * Rule `awards`.
 * Reads: X授予Y“Z”称号, Y荣获“Z奖”.
 * Emits: AWARDED with title.
 * Skips: none.
 */
export const awardsRule: ReadingRule = { name: 'awards', read: (ctx, r) => awards(ctx, r.event) };

/**
 * Rule `labels-awarded`.
 * Reads: 在…上，X荣获 a label (the event set by this or the previous sentence).
 * Emits: AWARDED.
 * Skips: none.
 */
export const labelsAwardedRule: ReadingRule = { name: 'labels-awarded', read: (ctx, r) => labelsAwarded(ctx, r.event, r.frame) };
