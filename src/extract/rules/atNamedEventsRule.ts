import { PROVENANCE } from '../provenance.js';
import type { ReadingRule } from './ruleKit.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, emit } from './ruleKit.js';

/** "在…缔约方大会上，德国联邦环境部宣布…", "第四届联合国环境大会提出的“海洋塑料决议”". */
function atNamedEvents(ctx: SentenceContext): void {
  for (const e of mentionsOf(ctx, ['Event'])) {
    const after = ctx.text.slice(e.end, e.end + 3);
    if (/^上[，,]?/u.test(after)) {
      const clauseEnd = ctx.text.slice(e.end).search(/[。；]/u);
      const stop = clauseEnd < 0 ? ctx.text.length : e.end + clauseEnd;
      for (const a of mentionsOf(ctx, ACTORS, e.end, stop).slice(0, 1)) emit(ctx, 'ATTENDED', a, e, { role: 'participant' }, PROVENANCE.atNamedEvent);
    }
    const produced = ctx.text.slice(e.end).match(/^\s*(?:提出|通过|发布|形成)的/u);
    if (produced) {
      const doc = mentionsOf(ctx, ['Document', 'Agreement', 'Standard'], e.end, e.end + produced[0].length + 40)[0];
      if (doc) emit(ctx, 'PRODUCED', e, doc, {}, PROVENANCE.eventProduced);
    }
  }
}

/**
 * Rule `at-named-events`.
 * Reads: 在E上，X…; E提出/通过的《Y》.
 * Emits: ATTENDED participant; PRODUCED.
 * Skips: none.
 */
export const atNamedEventsRule: ReadingRule = { name: 'at-named-events', read: (ctx) => atNamedEvents(ctx) };
