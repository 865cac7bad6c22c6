import { isDateLine, readEvent } from './events.js';
import { readingRules } from './rules/readingRules.js';
import type { ReadingRule, SentenceReading } from './rules/ruleKit.js';
import type { SentenceContext } from './sentenceContext.js';

// The dispatcher: reads the sentence's event, keeps the article state that carries from one
// sentence to the next (the article's event and its sides, a pending date, topics for 该项目),
// and runs the reading rules of rules/readingRules.ts in their order. Rules add facts; the
// article state they read and write is listed in sentenceContext.ts (ArticleState).

/** Reads every fact a sentence states. */
export function readSentence(ctx: SentenceContext, rules: readonly ReadingRule[] = readingRules): void {
  // "在意大利米兰市 2018 年举行的空调博览会上。": a fragment that sets the scene for the next sentence.
  const frame = ctx.article.frame;
  ctx.article.frame = undefined;
  const event = readEvent(ctx);
  const reading: SentenceReading = { event, frame };
  if (event && /^在[^，。；]{2,60}上[。，,]?\s*$/u.test(ctx.text)) ctx.article.frame = event.key;
  if (event) {
    ctx.mention(event.key);
    ctx.article.pendingDate = undefined;
  } else if (ctx.dates.length > 0 && !isDateLine(ctx.text, ctx.dates)) {
    // A dateline or a date with no event yet: the next sentence may report what happened then
    // (a page's own date, "发布时间：…", is when it was written, not when anything happened).
    ctx.article.pendingDate = ctx.dates.find((d) => d.precision === 'day');
  }
  // With no entity named (nor an event read), no fact can be stated here, unless the sentence
  // speaks of the meeting's two sides (双方), which stand for the bodies named earlier.
  if (ctx.mentions.length === 0 && !event && !ctx.text.includes('双方')) {
    ctx.article.previousActors = undefined;
    ctx.article.previousNamed = undefined;
    ctx.article.previousText = undefined;
    return;
  }
  for (const rule of rules) rule.read(ctx, reading);
  const actors = ctx.mentions.filter((m) => m.label === 'Person' || m.label === 'Organization').map((m) => m.key);
  ctx.article.previousActors = actors.length ? [...new Set(actors)] : undefined;
  ctx.article.previousNamed = {};
  for (const m of ctx.mentions) if (!(ctx.article.previousNamed[m.label] ??= []).includes(m.key)) ctx.article.previousNamed[m.label]!.push(m.key);
  ctx.article.previousText = ctx.text;
  for (const m of ctx.mentions) if (m.label === 'Project' && ctx.registry.canonicalName(ctx.registry.peek(m.key)!).endsWith('项目')) ctx.article.lastProject = m.key;
  // The event later sentences' "会议期间" and dates refer back to.
  if (event && !event.talk) ctx.article.recentEvent = event.key;
  if (event && (event.kind === 'signing' || event.kind === 'launch')) (ctx.article.ceremonies ??= {})[event.kind] = event.key;
  // Topics for later anaphora (该项目, 该指南).
  ctx.article.topic ??= {};
  for (const m of ctx.mentions) {
    if (m.label === 'Project' || m.label === 'Document' || m.label === 'Standard' || m.label === 'Agreement') ctx.article.topic[m.label] ??= m.key;
  }
}

