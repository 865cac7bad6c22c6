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

// The trie is walked once per character of every sentence, several times over: it is keyed by
// numbers, since looking up a one-character string would allocate a string per CJK character.
// A fold of one UTF-16 unit is its code; a longer fold (an astral character, a ligature) gets
// an id above the Unicode range.
const longFolds = new Map<string, number>();

function codeOf(fold: string): number {
  if (fold.length === 1) return fold.charCodeAt(0);
  let id = longFolds.get(fold);
  if (id === undefined) {
    id = 0x110000 + longFolds.size;
    longFolds.set(fold, id);
  }
  return id;
}

function keyOf(name: string): number[] {
  const key: number[] = [];
  for (const c of name) {
    if (/\s/.test(c)) continue;
    key.push(codeOf(foldChar(c)));
  }
  return key;
}

/**
 * The trie's edges in one open-addressed hash table: (parent node, folded code) to child node,
 * each slot four int32s [parent, code, child, unused] so that a probe reads one cache line (at
 * 100x the table is megabytes, and every character of every sentence probes it). Node 0 is the
 * root, so a child of 0 marks an empty slot.
 */
class TrieEdges {
  // Read in place by findAll's inner loop as well as by child().
  table = new Int32Array(4 << 10);
  mask = (1 << 10) - 1;
  private size = 0;

  child(node: number, code: number): number {
    const { table, mask } = this;
    for (let slot = edgeHash(node, code) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const child = table[at + 2]!;
      if (child === 0 || (table[at] === node && table[at + 1] === code)) return child;
    }
  }

  /** Records the edge; the caller has checked that `node` has no child for `code` yet. */
  add(node: number, code: number, child: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(node, code, child);
    this.size++;
  }

  private place(node: number, code: number, child: number): void {
    const { table, mask } = this;
    let slot = edgeHash(node, code) & mask;
    while (table[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    table[at] = node;
    table[at + 1] = code;
    table[at + 2] = child;
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = new Int32Array(slots * 4);
    this.mask = slots - 1;
    for (let at = 0; at < old.length; at += 4) if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

function edgeHash(node: number, code: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
  return h ^ (h >>> 15);
}

export class NameMatcher<T> {
  private readonly edges = new TrieEdges();
  /** The names ending at each node (index: node number), if any. */
  private readonly nodeValues: (T[] | undefined)[] = [undefined];
  // Ends and values of the names starting at one position, shortest first: reused across
  // positions and calls.
  private readonly ends: number[] = [];
  private readonly values: T[][] = [];
  /**
   * Hashed first two characters of every name: a position whose pair is not set starts no name,
   * and one array read says so (most CJK characters start some name of a large registry, few
   * pairs do). A hash collision only costs a walk of the trie. One bit per slot: the set is read
   * at every position of every sentence, and at 128 KiB it stays in the core's cache.
   */
  private readonly pairs = new Uint32Array(PAIR_SLOTS >>> 5);

  /** Adds a name; names shorter than two characters are ignored (too ambiguous to match). */
  add(name: string, value: T): void {
    const key = keyOf(name);
    if (key.length < 2) return;
    const slot = pairSlot(key[0]!, key[1]!);
    this.pairs[slot >>> 5]! |= 1 << (slot & 31);
    let node = 0;
    for (const c of key) {
      let child = this.edges.child(node, c);
      if (child === 0) {
        child = this.nodeValues.length;
        this.nodeValues.push(undefined);
        this.edges.add(node, c, child);
      }
      node = child;
    }
    const list = (this.nodeValues[node] ??= []);
    if (!list.includes(value)) list.push(value);
  }

  /**
   * Leftmost-longest non-overlapping matches. With `from` and `to`, in that part of the text, as
   * if it were the whole text, offsets counted from `from`: what findAll(text.slice(from, to))
   * gives, without folding the part again (callers search parts of a sentence searched whole).
   */
  findAll(text: string, from = 0, to = text.length): NameMatch<T>[] {
    const codes = foldUnits(text);
    const out: NameMatch<T>[] = [];
    // A web address is no mention: "ellenmacarthurfoundation.org" names no foundation, "/gpp/"
    // no programme. Matches are not started inside one, nor run into one.
    const urls = urlSpans(text, from, to);
    let u = 0;
    const { ends, values, nodeValues, pairs } = this;
    // The pair set and the edge table are read in place: this loop runs for every character of
    // every sentence, and V8 does not always inline calls into it (kg build lowers its budget).
    const { table, mask } = this.edges;
    let i = from;
    while (i < to) {
      if (urls) {
        while (u < urls.length && urls[u]!.end <= i) u++;
        if (u < urls.length && urls[u]!.start <= i) {
          i = urls[u]!.end;
          continue;
        }
      }
      let count = 0;
      const first = codes[i]!;
      // Names never start with whitespace; the second character is the next one that is not.
      let second = i + 1;
      while (second < to && isSpace(codes[second]!)) second++;
      if (second >= to || isSpace(first)) {
        i++;
        continue;
      }
      const pair = pairSlot(first, codes[second]!);
      if ((pairs[pair >>> 5]! & (1 << (pair & 31))) === 0) {
        i++;
        continue;
      }
      // Walk the trie from the root along the folded characters from i.
      let node = 0;
      let j = i;
      for (;;) {
        const code = codes[j]!;
        let child = 0;
        for (let slot = edgeHash(node, code) & mask; ; slot = (slot + 1) & mask) {
          const at = slot << 2;
          const candidate = table[at + 2]!;
          if (candidate === 0) break;
          if (table[at] === node && table[at + 1] === code) {
            child = candidate;
            break;
          }
        }
        node = child;
        j++;
        if (node === 0) break;
        const named = nodeValues[node];
        if (named) {
          ends[count] = j;
          values[count] = named;
          count++;
        }
        // Whitespace inside a name is skipped: PDF extraction scatters it.
        while (j < to && isSpace(codes[j]!)) j++;
        if (j >= to) break;
      }
      let taken = false;
      for (let k = count - 1; k >= 0; k--) {
        const end = ends[k]!;
        if (!onBoundary(text, i, end, from, to)) continue;
        if (urls && u < urls.length && urls[u]!.start < end) continue;
        const slice = text.slice(i, end);
        for (const value of values[k]!) out.push({ start: i - from, end: end - from, text: slice, value });
        i = end;
        taken = true;
        break;
      }
      if (!taken) i++;
    }
    return out;
  }
}

/** Web addresses: a scheme or www., or a dotted host ending in a common top-level domain, with any path. */
const URL = /(?:https?:\/\/|www\.)[^\s，。；、）)】」》"”<>]+|(?<![A-Za-z0-9@.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:org|com|net|int|gov|edu|info|eu|cn|uk|de|fr|se|jp|kr|io)(?![A-Za-z0-9-])(?:\/[^\s，。；、）)】」》"”<>]*)?/giu;

/** The web addresses within [from, to) of text, or undefined when there are none (most sentences hold no dot, slash or colon). */
function urlSpans(text: string, from: number, to: number): { start: number; end: number }[] | undefined {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (part.indexOf('.') < 0 && part.indexOf('/') < 0) return undefined;
  let spans: { start: number; end: number }[] | undefined;
  for (const m of part.matchAll(URL)) (spans ??= []).push({ start: from + m.index!, end: from + m.index! + m[0].length });
  return spans;
}

// The same sentence is matched several times in a row (gazetteer, discovery, mentions): keep
// the last few folds. Their buffers are reused, since allocating a typed array per sentence
// costs more than folding it; a fold is valid until RECENT_FOLDS other texts have been folded,
// and findAll, its only reader, is done with it before it folds anything else.
const RECENT_FOLDS = 8;
const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT_FOLDS).fill(undefined);
const recentCodes: Uint32Array[] = Array.from({ length: RECENT_FOLDS }, () => new Uint32Array(256));
let oldestFold = 0;

/** The fold of each BMP code unit once computed, plus one (0: not yet computed). */
const unitFolds = new Uint32Array(0x10000);

/** Folds per UTF-16 unit, so offsets stay aligned even with astral characters; units past text.length are garbage. */
function foldUnits(text: string): Uint32Array {
  for (let k = 0; k < RECENT_FOLDS; k++) if (recentTexts[k] === text) return recentCodes[k]!;
  const slot = oldestFold;
  oldestFold = (oldestFold + 1) % RECENT_FOLDS;
  let out = recentCodes[slot]!;
  if (out.length < text.length) recentCodes[slot] = out = new Uint32Array(Math.max(text.length, out.length * 2));
  recentTexts[slot] = text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII folds to lower case, CJK ideographs to themselves; the rest through the cached NFKC fold.
    if (code < 128) out[i] = code >= 65 && code <= 90 ? code + 32 : code;
    else if (code >= 0x4e00 && code <= 0x9fff) out[i] = code;
    else if (code >= 0xd800 && code <= 0xdfff) out[i] = codeOf(foldChar(text[i]!));
    else {
      let fold = unitFolds[code]!;
      if (fold === 0) unitFolds[code] = fold = codeOf(foldChar(text[i]!)) + 1;
      out[i] = fold - 1;
    }
  }
  return out;
}

const PAIR_SLOTS = 1 << 20;

function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SLOTS - 1);
}

/** Spaces a name may be broken by: space, newline, tab, carriage return, ideographic and no-break space. */
const SPACES = new Uint8Array(0x3001);
for (const c of [32, 10, 9, 13, 0x3000, 0xa0]) SPACES[c] = 1;

function isSpace(c: number): boolean {
  return c <= 0x3000 && SPACES[c] === 1;
}

/** CJK ideographs: they never fold to Latin letters or digits, so a name edged by them is bounded. */
function isIdeograph(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Whether a name from start to end stands on word boundaries, in the part of text from `from` to `to`. */
function onBoundary(text: string, start: number, end: number, from: number, to: number): boolean {
  if (isIdeograph(text.charCodeAt(start)) && isIdeograph(text.charCodeAt(end - 1))) return true;
  const first = text[start]!;
  const last = text[end - 1]!;
  const before = start > from ? text[start - 1] : undefined;
  const after = end < to ? text[end] : undefined;
  if (LATIN_OR_DIGIT.test(first.normalize('NFKC')) && before && WORD.test(before) && LATIN_OR_DIGIT.test(before.normalize('NFKC'))) return false;
  if (LATIN_OR_DIGIT.test(last.normalize('NFKC')) && after && WORD.test(after) && LATIN_OR_DIGIT.test(after.normalize('NFKC'))) return false;
  return true;
}
