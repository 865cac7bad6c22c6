import { CLAUSE_VERBS, LED_BY, triggerOf, wordsOf } from '../lexicon/triggerVerbs.js';
import { PROVENANCE } from '../provenance.js';
import { mentionsOf, type SentenceContext } from '../sentenceContext.js';
import { ACTORS, emit, type ReadingRule } from './ruleKit.js';

// "由联合国环境署牵头的可持续公共采购计划", "由中环联合与日本环境协会共同发起的绿色供应链倡议": the
// bodies between 由 and the verb lead (or launched) the programme or event named right after 的.

/** 由 + the bodies + (共同|联合)? + a verb of LED_BY + 的. */
const LED_BY_RE = new RegExp(`由([^，。；由]{2,60}?)(?:共同|联合)?(${wordsOf(LED_BY)})的`, 'gu');

/** A verb of another passive in a chain ("由A资助、B牵头的"), cut off with its mark. */
const CHAIN_CUT = new RegExp(`(?:${wordsOf(CLAUSE_VERBS)})[、，]`, 'gu');

/** What may stand between 的 and the name it qualifies: space, an opening quote or title mark. */
const BEFORE_NAME = /^[\s“"《「]*$/u;

function ledBy(ctx: SentenceContext): void {
  if (!ctx.text.includes('由')) return;
  for (const m of ctx.text.matchAll(LED_BY_RE)) {
    // "由A资助、B牵头的Y": only the bodies after the last other verb of the chain lead Y.
    const chain = [...m[1]!.matchAll(CHAIN_CUT)].pop();
    const from = m.index + 1 + (chain ? chain.index + chain[0].length : 0);
    const leaders = mentionsOf(ctx, ACTORS, from, m.index + 1 + m[1]!.length);
    if (leaders.length === 0) {
      ctx.skip('led-by', `no body named between 由 and ${m[2]}`, m.index);
      continue;
    }
    const end = m.index + m[0].length;
    const led = mentionsOf(ctx, ['Project', 'Event'], end).find((x) => BEFORE_NAME.test(ctx.text.slice(end, x.start)));
    if (!led) {
      ctx.skip('led-by', `no programme or event named after ${m[2]}的`, m.index);
      continue;
    }
    const role = triggerOf(LED_BY, m[2]!)!.role;
    for (const o of leaders) emit(ctx, 'ORGANIZED', o, led, { role }, PROVENANCE.ledByBodies);
  }
}

/**
 * Rule `led-by`.
 * Reads: 由X(、Y)(共同)牵头/主导/领导/发起的Z, Z a programme or an event named right after 的.
 * Emits: ORGANIZED from each body or person between 由 and the verb to Z, role lead (launcher for 发起).
 * Skips: no body named between 由 and the verb; no programme or event named after 的.
 */
export const ledByRule: ReadingRule = { name: 'led-by', read: ledBy };
