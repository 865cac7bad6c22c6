import type { SentenceContext } from '../sentenceContext.js';
import { mentionsOf } from '../sentenceContext.js';
import { ORG, type ReadingRule, type SentenceReading } from './ruleKit.js';

// The article's event and its sides: the first dated event an article reports is what later
// sentences' 会议期间, 双方 and undated signings refer to. This rule writes shared article state
// (ArticleState.event and .parties), the documented exception: it runs after positions, so a
// person named with a body in this very sentence brings that body in as a side.

function articleEvent(ctx: SentenceContext, reading: SentenceReading): void {
  const event = reading.event;
  if (!event || ctx.article.event || !event.date) return;
  ctx.article.event = event.key;
  const orgs = [...new Set(mentionsOf(ctx, ORG).map((m) => m.key))];
  // A meeting between people: their organisations are the sides.
  for (const p of mentionsOf(ctx, ['Person'])) {
    const org = ctx.briefing.affiliation.get(p.key);
    if (org && !orgs.includes(org)) orgs.push(org);
  }
  ctx.article.parties = orgs;
}

/**
 * Rule `article-event`.
 * Reads: the first dated event of the article.
 * Emits: no facts; sets the article's event and the organisations that are its sides (双方).
 * Skips: none.
 */
export const articleEventRule: ReadingRule = { name: 'article-event', read: articleEvent };
