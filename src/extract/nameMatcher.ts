// Finds known names in text: leftmost-longest, non-overlapping, with offsets into the original
// text. Matching folds case and full-width/half-width forms character by character (so offsets
// stay one-to-one) and ignores whitespace inside a name, since PDF extraction scatters spaces
// ("美国 UL 全球副总裁"). Latin names must stand on word boundaries: "UL" never matches in "ULTRA".

export interface NameMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values?: T[];
}

const WORD = /[\p{L}\p{N}]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/;

const folded = new Map<string, string>();

export function foldChar(c: string): string {
  let out = folded.get(c);
  if (out !== undefined) return out;
  const n = c.normalize('NFKC').toLowerCase();
  out = n.length !== 1 ? c.toLowerCase() : '·•・‧∙⋅'.includes(n) ? '·' : '‐‑‒–—―－'.includes(n) ? '-' : n;
  // Characters are few; the cache stays small and makes folding a lookup.
  folded.set(c, out);
  return out;
}

function keyOf(name: string): string {
  let key = '';
  for (const c of name) {
    if (/\s/.test(c)) continue;
    key += foldChar(c);
  }
  return key;
}

export class NameMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  /** Adds a name; names shorter than two characters are ignored (too ambiguous to match). */
  add(name: string, value: T): void {
    const key = keyOf(name);
    if ([...key].length < 2) return;
    let node = this.root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Every match starting at each position, longest first. */
  private matchesAt(text: string, folded: string[], start: number): { end: number; values: T[] }[] {
    const out: { end: number; values: T[] }[] = [];
    let node: TrieNode<T> | undefined = this.root;
    let i = start;
    while (i < text.length && node) {
      const c = folded[i]!;
      if (isSpace(c)) {
        if (i === start) break;
        i++;
        continue;
      }
      node = node.next.get(c);
      if (!node) break;
      i++;
      if (node.values) out.push({ end: i, values: node.values });
    }
    return out.reverse();
  }

  /** Leftmost-longest non-overlapping matches. */
  findAll(text: string): NameMatch<T>[] {
    const folded = splitUnits(text);
    const out: NameMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const candidates = this.matchesAt(text, folded, i);
      let taken = false;
      for (const m of candidates) {
        if (!onBoundary(text, i, m.end)) continue;
        for (const value of m.values) out.push({ start: i, end: m.end, text: text.slice(i, m.end), value });
        i = m.end;
        taken = true;
        break;
      }
      if (!taken) i++;
    }
    return out;
  }
}

/** Folds per UTF-16 unit so offsets stay aligned even with astral characters. */
// The same sentence is matched several times in a row (gazetteer, discovery, mentions): keep
// the last few folds.
const recentFolds = new Map<string, string[]>();

function splitUnits(text: string): string[] {
  const cached = recentFolds.get(text);
  if (cached) return cached;
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII folds to lower case, CJK ideographs to themselves; the rest through the cached NFKC fold.
    out[i] =
      code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : code >= 0x4e00 && code <= 0x9fff ? text[i]! : foldChar(text[i]!);
  }
  if (recentFolds.size >= 8) recentFolds.delete(recentFolds.keys().next().value!);
  recentFolds.set(text, out);
  return out;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0';
}

function onBoundary(text: string, start: number, end: number): boolean {
  const first = text[start]!;
  const last = text[end - 1]!;
  const before = text[start - 1];
  const after = text[end];
  if (LATIN_OR_DIGIT.test(first.normalize('NFKC')) && before && WORD.test(before) && LATIN_OR_DIGIT.test(before.normalize('NFKC'))) return false;
  if (LATIN_OR_DIGIT.test(last.normalize('NFKC')) && after && WORD.test(after) && LATIN_OR_DIGIT.test(after.normalize('NFKC'))) return false;
  return true;
}
