import type { Provenance } from '../provenance.js';
import { allowsEndpoints, type EntityLabel, type FactType } from '../../graph/ontology.js';
import type { Mention, SentenceContext } from '../sentenceContext.js';
import type { ReadEvent } from '../events.js';

// What every reading rule shares: the rule's shape, the per-sentence reading the dispatcher hands
// it, and small helpers over a sentence's mentions. A rule is a function of the sentence context
// (text, mentions, dates, the article and briefing so far) and of the SentenceReading; it emits
// facts and records skips through the context and never touches threads or registry forks.

/** What the dispatcher has read of the sentence before the rules run. */
export interface SentenceReading {
  /** The event this sentence reports, if it names or implies one. */
  event: ReadEvent | undefined;
  /** The event a scene-setting fragment before this sentence placed it at ("在…博览会上。"). */
  frame: string | undefined;
}

/** One way of reading a sentence. `name` is the rule's name in skip counts. */
export interface ReadingRule {
  name: string;
  read(ctx: SentenceContext, reading: SentenceReading): void;
}

export const ACTORS: EntityLabel[] = ['Organization', 'Person'];
export const ORG: EntityLabel[] = ['Organization'];
export const WORKS: EntityLabel[] = ['Agreement', 'Standard', 'Document'];

export function emit(ctx: SentenceContext, type: FactType, from: Mention | string, to: Mention | string, props: Record<string, string | number | undefined>, how: Provenance): void {
  const fromKey = typeof from === 'string' ? from : from.key;
  const toKey = typeof to === 'string' ? to : to.key;
  const a = ctx.registry.peek(fromKey)?.label;
  const b = ctx.registry.peek(toKey)?.label;
  if (!a || !b || fromKey === toKey || !allowsEndpoints(type as Exclude<FactType, never>, a, b)) return;
  ctx.emit({ type, from: fromKey, to: toKey, props, method: how.method, confidence: how.confidence });
}

export function sentenceDate(ctx: SentenceContext, precision: 'any' | 'year' = 'any'): string | undefined {
  const d = ctx.dates.find((x) => x.precision !== 'year' || !x.end) ?? ctx.dates[0];
  if (!d) return undefined;
  return precision === 'year' ? d.start.slice(0, 4) : d.start;
}

export function between(ctx: SentenceContext, a: { end: number }, b: { start: number }): string {
  return ctx.text.slice(a.end, b.start);
}

/** Mentions linked to `m` by 与/和/、/及 on either side (a coordinated list). */
export function coordinated(ctx: SentenceContext, m: Mention, labels: readonly EntityLabel[]): Mention[] {
  const sorted = ctx.mentions.filter((x) => labels.includes(x.label));
  const joined = (a: Mention, b: Mention) => {
    // Titles and quoted names keep their marks in the gap: "《A》和《B》", "“A”、“B”".
    const gap = between(ctx, a, b).replace(/[\s()（）《》“”"]/gu, '');
    // The same body named again in an aside ("世界自然保护联盟（the International Union…, IUCN）") is one item.
    if (a.key === b.key) return !/[\p{Script=Han}。；]/u.test(between(ctx, a, b));
    return /^(?:[与和及、]|以及|同|、以及)$/u.test(gap);
  };
  const at = sorted.indexOf(m);
  let lo = at;
  while (lo > 0 && joined(sorted[lo - 1]!, sorted[lo]!)) lo--;
  let hi = at;
  while (hi < sorted.length - 1 && joined(sorted[hi]!, sorted[hi + 1]!)) hi++;
  return sorted.slice(lo, hi + 1);
}

/** Text with bracketed asides removed, keeping a map back to offsets ("执行主任（UN Environment Executive Director）"). */
export function withoutAsides(text: string): string {
  return text.replace(/[（(][^（）()]*[）)]/gu, '').replace(/\s+/g, '');
}

export function foldedIncludes(haystack: string, needle: string): boolean {
  const fold = (x: string) => x.replace(/\s+/g, '').toLowerCase();
  return fold(haystack).includes(fold(needle));
}
