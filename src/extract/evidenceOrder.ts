import type { MergedFact } from './facts.js';
import { isStructureMethod } from './provenance.js';

// Which quote a fact shows first. Timelines, exports and Neo4j Browser show a fact's first
// source, so it must be a sentence that states the fact: body sentences come first, headings
// and contents lines after them, each group in the order of the corpus (briefings in file
// order, then position in the briefing). The method reported is a body sentence's rule when one
// read the fact, the structure's only when nothing else did.

/** Where an article stands in the corpus (file order, then order in its briefing), and its text. */
export type ArticlePositions = ReadonlyMap<string, { rank: number; text: string }>;

/** Sorts the fact's parallel lists (sources, evidence, quoteMethods) in place. */
export function orderEvidence(f: MergedFact, positions: ArticlePositions): void {
  const n = f.evidence.length;
  if (n < 2) return;
  const keys = f.evidence.map((quote, i) => {
    const article = positions.get(f.sources[i]!);
    return { i, structural: isStructureMethod(f.quoteMethods[i]!), rank: article?.rank ?? Number.MAX_SAFE_INTEGER, at: article ? article.text.indexOf(quote) : -1 };
  });
  keys.sort((a, b) => Number(a.structural) - Number(b.structural) || a.rank - b.rank || a.at - b.at || a.i - b.i);
  if (keys.every((k, j) => k.i === j)) return;
  const sources = keys.map((k) => f.sources[k.i]!);
  const evidence = keys.map((k) => f.evidence[k.i]!);
  const quoteMethods = keys.map((k) => f.quoteMethods[k.i]!);
  f.sources.splice(0, n, ...sources);
  f.evidence.splice(0, n, ...evidence);
  f.quoteMethods.splice(0, n, ...quoteMethods);
}

/**
 * The method a fact reports: a reading rule's on a body sentence (the first by name, so the
 * choice is stable), else the structure it was read from; `reference` for outside knowledge
 * with no quote; `curated` for curated geography.
 */
export function methodOfFact(f: MergedFact): string {
  const methods = [...f.methods].sort();
  if (f.evidence.length) {
    const read = methods.filter((m) => m !== 'reference' && m !== 'curated');
    const fromSentence = read.find((m) => !isStructureMethod(m));
    if (fromSentence) return fromSentence;
    if (read[0]) return read[0];
  }
  return f.methods.has('reference') ? 'reference' : methods[0]!;
}
