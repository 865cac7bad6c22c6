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
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(DOTS, '·')
    .replace(DASHES, '-')
    .replace(QUOTES, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fold, then drop spaces as well: for matching names broken by PDF line wrapping. */
export function foldCompact(name: string): string {
  return foldName(name).replace(/ /g, '');
}
