// Name folding shared by every place that compares names: the gazetteer matcher, entity
// resolution, and both stores' name lookup. Two names are "the same" when their folds are equal.

const DOTS = /[·•・‧∙⋅]/g;
const DASHES = /[‐‑‒–—―－]/g;
const QUOTES = /[“”„‟"'‘’「」『』]/g;

/**
 * Case-insensitive, full-width/half-width-insensitive key for a name.
 * NFKC turns full-width Latin, digits and punctuation into their ASCII forms; the rest
 * unifies the dots, dashes and quotes that PDF extraction scatters, and all whitespace.
 */
const folds = new Map<string, string>();

export function foldName(name: string): string {
  // Names of CJK unified ideographs alone fold to themselves (NFKC keeps them, and they have no
  // case, dots, dashes, quotes or spaces): the common case costs a scan, not a cache lookup.
  if (foldsToItself(name)) return name;
  let folded = folds.get(name);
  if (folded !== undefined) return folded;
  folded = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(DOTS, '·')
    .replace(DASHES, '-')
    .replace(QUOTES, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Names recur constantly (every lookup of every mention): remember them, within bounds.
  if (folds.size > 200_000) folds.clear();
  folds.set(name, folded);
  return folded;
}

/** Fold, then drop spaces as well: for matching names broken by PDF line wrapping. */
export function foldCompact(name: string): string {
  const folded = foldName(name);
  return folded.includes(' ') ? folded.replace(/ /g, '') : folded;
}

/** Whether foldName(name) is name itself, known without folding: CJK unified ideographs alone. */
export function foldsToItself(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}
