import { foldCompact } from '../graph/fold.js';

// Fuzzy comparison of titles: the table of contents, the heading in the body and the lede
// of an article rarely spell a title the same way (spaces from PDF wrapping, a word added).

const BULLET = /^\s*(?:#{1,6}\s*)?(?:[-*•]\s*)?(?:[◇◆○●■□▪⇒※►▶]\s*)?/;

/** A heading or table-of-contents line without its markdown, bullet and box marks. */
export function cleanTitle(line: string): string {
  return line.replace(BULLET, '').replace(/\s+/g, ' ').trim();
}

/** Folded, space-free and punctuation-free form used for every comparison. */
export function titleKey(text: string): string {
  return foldCompact(text).replace(/[\p{P}\p{S}]/gu, '');
}

/** Ideograph bigrams and Latin/digit words: the units a paraphrase keeps. */
export function titleTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of foldCompact(text).match(/[\p{Script=Han}]+|[a-z0-9]+/gu) ?? []) {
    if (/^[a-z0-9]/.test(run)) tokens.add(run);
    else if (run.length === 1) tokens.add(run);
    else for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  }
  return [...tokens];
}

/** Share of the title's tokens that occur in the text (0..1). */
export function coverage(title: string, text: string): number {
  const tokens = titleTokens(title);
  if (tokens.length === 0) return 0;
  const hay = foldCompact(text);
  let hit = 0;
  for (const t of tokens) if (hay.includes(t)) hit++;
  return hit / tokens.length;
}

/** Coverage where Latin names and acronyms count double: "JICA" missing is telling. */
export function weightedCoverage(title: string, text: string): number {
  const tokens = titleTokens(title);
  if (tokens.length === 0) return 0;
  const hay = foldCompact(text);
  let hit = 0;
  let total = 0;
  for (const t of tokens) {
    const w = /^[a-z]/.test(t) ? 2 : 1;
    total += w;
    if (hay.includes(t)) hit += w;
  }
  return hit / total;
}

/**
 * How well a heading line matches a title from the table of contents (0..1): edit distance on
 * the folded forms, or, when the heading only adds words ("合作交流" vs "国际合作交流", a
 * project name in quotes), how much of the title the heading covers.
 */
export function titleSimilarity(title: string, heading: string): number {
  const a = titleKey(title);
  const b = titleKey(heading);
  if (a.length === 0 || b.length === 0) return 0;
  const edit = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  const lengthRatio = b.length / a.length;
  const covered = lengthRatio >= 0.5 && lengthRatio <= 2.2 ? 0.9 * coverage(title, heading) * Math.min(1, lengthRatio) : 0;
  return Math.max(edit, covered);
}

export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[y.length]!;
}
