import { PROVENANCE } from '../provenance.js';
import { matchesWith } from '../matchesWith.js';
import type { SentenceContext } from '../sentenceContext.js';
import { emitOnce, programmeMeant, type ReadingRule } from './ruleKit.js';

// "Y项目在X计划框架内实施", "Y项目属于X计划": a programme, event or document that runs within
// another programme is part of it. The part opens its clause (or is 该项目, the article's
// programme); the whole is the programme named right before 框架 or right after 属于.

const PARTS = ['Project', 'Event', 'Document'] as const;
const WITHIN = /(?:在|于)\s*[“"《]?([^，。；]{0,6}?)$/u;

function framework(ctx: SentenceContext): void {
  const text = ctx.text;
  for (const m of matchesWith(text, ['框架', '属于'], /框架(?:内|下|中|之内|之下)|属于/gu)) {
    const at = m.index!;
    const clauseStart = Math.max(...['，', '。', '；', '：'].map((c) => text.lastIndexOf(c, at))) + 1;
    let whole;
    if (m[0] === '属于') whole = ctx.mentions.find((x) => x.label === 'Project' && x.start >= at + 2 && /^\s*[“"《]?\s*$/u.test(text.slice(at + 2, x.start)));
    else {
      whole = [...ctx.mentions].reverse().find((x) => x.label === 'Project' && x.end <= at && /^[\s”"》]*(?:的)?$/u.test(text.slice(x.end, at)));
      // 在…框架内: the whole sits after 在 in the same clause.
      if (whole && !WITHIN.test(text.slice(clauseStart, whole.start))) whole = undefined;
    }
    if (!whole) continue;
    const opening = ctx.mentions.find((x) => x.start >= clauseStart && x.end <= at && x.key !== whole!.key && /^\s*[“"《]?\s*$/u.test(text.slice(clauseStart, x.start)));
    let part: string | undefined = opening && (PARTS as readonly string[]).includes(opening.label) ? opening.key : undefined;
    if (!opening && /^\s*(?:该|本|此)(?:项目|计划)/u.test(text.slice(clauseStart))) part = programmeMeant(ctx, clauseStart);
    if (part && part !== whole.key) emitOnce(ctx, 'PART_OF', part, whole, {}, PROVENANCE.withinFramework);
  }
}

/**
 * Rule `framework`.
 * Reads: Y在X框架内/框架下…, Y属于X (Y opening its clause, or 该项目).
 * Emits: PART_OF Y -> X.
 * Skips: none.
 */
export const frameworkRule: ReadingRule = { name: 'framework', read: (ctx) => framework(ctx) };
