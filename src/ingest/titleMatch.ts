import { foldCompact } from '../graph/fold.js';

// Fuzzy comparison of titles: the table of contents, the heading in the body and the lede
// of an article rarely spell a title the same way (spaces from PDF wrapping, a word added).

const BULLET = /^\s*(?:#{1,6}\s*)?(?:[-*•]\s*)?(?:[◇◆○●■□▪⇒※►▶]\s*)?/;

/**
 * What cleaning would change: a mark or space in front, a space at the end, a run of spaces or
 * a space other than " ". Most lines have none of these, and segmentation cleans every line
 * several times over.
 */
const NEEDS_CLEANING = /^[\s#*•◇◆○●■□▪⇒※►▶-]|\s$|[^\S ]|\s\s/;

/** A heading or table-of-contents line without its markdown, bullet and box marks. */
export function cleanTitle(line: string): string {
  if (!NEEDS_CLEANING.test(line)) return line;
  return line.replace(BULLET, '').replace(/\s+/g, ' ').trim();
}

// Contents matching compares every contents item with every heading-like line: the same few
// strings are folded and tokenised over and over, so their forms are remembered (within bounds),
// each text's forms in one record, computed when first asked for.
function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 4096) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** The forms of one text that titles are compared by. */
class TitleForms {
  private keyForm: string | undefined;
  private tokenForm: string[] | undefined;
  private compactForm: string | undefined;
  private pointForm: number[] | undefined;
  private sortedPointForm: Int32Array | undefined;
  private weightForm: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Folded, space-free and punctuation-free. */
  get key(): string {
    return (this.keyForm ??= this.compact.replace(/[\p{P}\p{S}]/gu, ''));
  }

  get tokens(): string[] {
    return (this.tokenForm ??= tokensOf(this.compact));
  }

  /** Each token's weight in weightedCoverage: Latin names and acronyms count double. */
  get weights(): number[] {
    return (this.weightForm ??= this.tokens.map((t) => (/^[a-z]/.test(t) ? 2 : 1)));
  }

  /** Folded and space-free: what a title's tokens are looked for in. */
  get compact(): string {
    return (this.compactForm ??= foldCompact(this.text));
  }

  /** The key's code points. */
  get points(): number[] {
    return (this.pointForm ??= codePoints(this.key));
  }

  /** The key's code points in ascending order: shared characters are counted by merging two of these. */
  get sortedPoints(): Int32Array {
    return (this.sortedPointForm ??= Int32Array.from(this.points).sort());
  }
}

const formsOf = memo((text: string) => new TitleForms(text));

/** Folded, space-free and punctuation-free form used for every comparison. */
export function titleKey(text: string): string {
  return formsOf(text).key;
}

/** Ideograph bigrams and Latin/digit words: the units a paraphrase keeps. */
export function titleTokens(text: string): string[] {
  return formsOf(text).tokens;
}

function tokensOf(compact: string): string[] {
  const tokens = new Set<string>();
  for (const run of compact.match(/[\p{Script=Han}]+|[a-z0-9]+/gu) ?? []) {
    if (/^[a-z0-9]/.test(run)) tokens.add(run);
    else if (run.length === 1) tokens.add(run);
    else for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  }
  return [...tokens];
}

/** Share of the title's tokens that occur in the text (0..1). */
export function coverage(title: string, text: string): number {
  return coverageOf(formsOf(title), formsOf(text));
}

function coverageOf(title: TitleForms, text: TitleForms): number {
  const tokens = title.tokens;
  if (tokens.length === 0) return 0;
  const hay = text.compact;
  let hit = 0;
  for (const t of tokens) if (hay.includes(t)) hit++;
  return hit / tokens.length;
}

/** Coverage where Latin names and acronyms count double: "JICA" missing is telling. */
export function weightedCoverage(title: string, text: string): number {
  const forms = formsOf(title);
  const tokens = forms.tokens;
  if (tokens.length === 0) return 0;
  const weights = forms.weights;
  const hay = formsOf(text).compact;
  let hit = 0;
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    total += weights[i]!;
    if (hay.includes(tokens[i]!)) hit += weights[i]!;
  }
  return hit / total;
}

/**
 * How well a heading line matches a title from the table of contents (0..1): edit distance on
 * the folded forms, or, when the heading only adds words ("合作交流" vs "国际合作交流", a
 * project name in quotes), how much of the title the heading covers. Scores from `threshold`
 * up are exact; below it, a score only says that the pair falls short.
 */
export function titleSimilarity(title: string, heading: string, threshold = 0): number {
  const t = formsOf(title);
  const h = formsOf(heading);
  const a = t.key;
  const b = h.key;
  if (a.length === 0 || b.length === 0) return 0;
  const longest = Math.max(a.length, b.length);
  const lengthRatio = b.length / a.length;
  const coverable = lengthRatio >= 0.5 && lengthRatio <= 2.2;
  // The edit distance is at least the difference in length, and at least the characters of the
  // longer key the shorter lacks: when these bounds cannot beat the coverage score (or reach
  // the caller's threshold), the distance itself does not matter (most line/item pairs end here).
  const x = t.points;
  const y = h.points;
  const lengthBound = 1 - Math.abs(x.length - y.length) / longest;
  // lengths too far apart for either measure to reach the threshold (full coverage at most)
  if (lengthBound < threshold && (!coverable || 0.9 * Math.min(1, lengthRatio) < threshold)) return 0;
  const covered = coverable ? coverageScore(t, h, Math.min(1, lengthRatio), threshold) : 0;
  const beaten = (bound: number) => bound <= covered || bound < threshold;
  if (beaten(lengthBound)) return covered;
  if (beaten(1 - (Math.max(x.length, y.length) - sharedCount(t.sortedPoints, h.sortedPoints)) / longest)) return covered;
  const edit = 1 - editDistance(x, y) / longest;
  return Math.max(edit, covered);
}

/**
 * The coverage part of titleSimilarity: 0.9 × the share of the title's tokens in the heading
 * × `weight`. Counting stops once the tokens left could not lift it to `threshold`, so a score
 * below the threshold may be lower than the full count would give.
 */
function coverageScore(title: TitleForms, heading: TitleForms, weight: number, threshold: number): number {
  const tokens = title.tokens;
  if (tokens.length === 0) return 0;
  const hay = heading.compact;
  const score = (hits: number) => 0.9 * (hits / tokens.length) * weight;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hay.includes(tokens[i]!)) hits++;
    else if (score(hits + tokens.length - 1 - i) < threshold) break;
  }
  return score(hits);
}

/** How many code points two ascending lists have in common, counted as multisets. */
function sharedCount(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared;
}

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const c of text) out.push(c.codePointAt(0)!);
  return out;
}

/** Edit distance between two strings, counted in code points. */
export function levenshtein(a: string, b: string): number {
  return editDistance(codePoints(a), codePoints(b));
}

function editDistance(x: number[], y: number[]): number {
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xc = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const cost = xc === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}
