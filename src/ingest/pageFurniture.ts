import { interleavedOrder } from './interleavedColumns.js';
import { DATE_LINE } from './newsItemAnchors.js';
import { LIST_START } from './textShape.js';

// Page furniture that PDF text extraction leaves in the running text: page numbers standing on
// lines of their own, and running headers or footers (a banner, a title with a date) printed next
// to them at every page break. None of it belongs to the briefing's sentences, and left in place it
// cuts sentences, names and titles in two wherever a page ends.

/** "3", "- 3 -", "第 3 页", "第3页 共12页", "3 / 12", "Page 3", "Page 3 of 12": the page's number (a date may stand beside all but the first). */
const PAGE_NUMBER = [
  /^[-–—]?\s*(\d{1,4})\s*[-–—]?$/,
  /^第\s*(\d{1,4})\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(\d{1,4})\s*\/\s*\d{1,4}$/,
  /^page\s+(\d{1,4})(?:\s+of\s+\d{1,4})?$/i,
];

/** A header or footer is short: a banner, a title, a date. */
const MAX_FURNITURE_CHARS = 40;

/** The date printed beside a page number in a footer ("2021-06-30  第 3 页 共 12 页"). */
const DATE_BESIDE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+|\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/;

function pageNumberOf(line: string): number | undefined {
  const text = line.trim();
  for (const re of PAGE_NUMBER) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  // a date beside the number: only a number that says it is a page's ("第 3 页", "3 / 12",
  // "Page 3"), since a date and a bare number may be anything
  const undated = text.replace(DATE_BESIDE, '');
  if (undated === text) return undefined;
  for (const re of PAGE_NUMBER.slice(1)) {
    const m = re.exec(undated);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** What a header looks like whatever page it is on: numbers (page, date) and spaces do not count. */
function furnitureKey(line: string): string {
  return line.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
}

/**
 * The physical lines with page numbers and the running headers beside them taken out, together
 * with the blank lines around them, so the two halves of a paragraph cut by a page break meet
 * again. A page number counts only as one of a run of numbers that go up by one page after page
 * (a year alone on the cover does not); a header counts only where it stands beside such a page
 * number and the same line (numbers aside) stands beside at least one other.
 */
export function stripPageFurniture(lines: string[]): string[] {
  const numbers = pageNumberLines(lines);
  const drop = new Set<number>([...numbers, ...recurringLines(lines)]);
  // form feeds break pages too; the lines beside them are where headers sit
  const breaks = [...numbers];
  lines.forEach((l, i) => {
    if (l.includes('\f')) breaks.push(i);
  });

  // lines beside a page break (two content lines either way) that repeat at other breaks
  const beside = new Map<string, Set<number>>(); // key -> line indexes
  const breaksOf = new Map<string, Set<number>>(); // key -> breaks it stands beside
  for (const b of breaks) {
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let i = b + dir; i >= 0 && i < lines.length && seen < 2; i += dir) {
        const text = lines[i]!.replace(/\f/g, '').trim();
        if (text === '') continue;
        if (drop.has(i)) continue;
        seen++;
        if ([...text].length > MAX_FURNITURE_CHARS || /[。！？]$/.test(text)) continue;
        const key = furnitureKey(text);
        if (!beside.has(key)) {
          beside.set(key, new Set());
          breaksOf.set(key, new Set());
        }
        beside.get(key)!.add(i);
        breaksOf.get(key)!.add(b);
      }
    }
  }
  const minBreaks = breaks.length >= 4 ? Math.ceil(breaks.length * 0.4) : 2;
  for (const [key, at] of beside) {
    // (one line standing beside two breaks close together is printed once: no running header)
    if (breaksOf.get(key)!.size >= minBreaks && at.size >= 2) for (const i of at) drop.add(i);
  }
  // two columns read row by row: each page's columns back in order before the furniture goes
  const order = interleavedOrder(lines, breaks, drop);
  if (order === undefined) return dropFurniture(lines, drop);
  const at = new Map(order.map((i, n) => [i, n]));
  return dropFurniture(order.map((i) => lines[i]!), new Set([...drop].map((i) => at.get(i)!)));
}

/** The lines without those in `drop`, and without the blank lines around them. */
function dropFurniture(lines: string[], drop: Set<number>): string[] {
  if (drop.size === 0) return lines;
  // drop the furniture and the blank lines around it: a paragraph cut by the page break closes up
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) {
      while (out.length > 0 && out.at(-1)!.trim() === '') out.pop();
      let j = i + 1;
      while (j < lines.length && (lines[j]!.trim() === '' || drop.has(j))) {
        if (drop.has(j)) i = j;
        j++;
      }
      i = j - 1;
      // a page break that fell between paragraphs keeps them apart; one inside a paragraph does not
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

/** A running header recurs this many times at least: a heading and its contents entry make two. */
const MIN_RECURRENCES = 3;
/** Content lines at least between two of its occurrences: a page's worth, not a list. */
const MIN_GAP = 8;
/** The cover's first lines may carry the title a running header repeats: they stay. */
const COVER_LINES = 3;

/**
 * Running headers and banners known by repetition alone, where no page number stands beside them
 * (an extractor that drops page numbers, a banner set over every page of a section): a short line
 * that is not a sentence, a date line or a list item, printed again and again (numbers aside) at
 * intervals over the document. A heading printed once, or twice (a contents entry and its
 * heading), is no banner; nor are the lines of a list, which stand together.
 */
function recurringLines(lines: string[]): number[] {
  const content: number[] = [];
  lines.forEach((l, i) => {
    if (l.replace(/\f/g, '').trim() !== '') content.push(i);
  });
  const byKey = new Map<string, number[]>(); // key -> positions among the content lines
  content.forEach((i, k) => {
    const text = lines[i]!.replace(/\f/g, '').trim();
    if (!mayBeFurniture(text)) return;
    const key = furnitureKey(text);
    const at = byKey.get(key);
    if (at) at.push(k);
    else byKey.set(key, [k]);
  });
  let joined: string | undefined;
  const flat = () => (joined ??= furnitureKey(content.map((i) => lines[i]!.replace(/\f/g, '').trim()).join('')));
  const found: number[] = [];
  for (const at of byKey.values()) {
    if (at.length < MIN_RECURRENCES) continue;
    // a header printed twice in a row (a page's header over a section's) is one occurrence
    const gaps = at.slice(1).map((k, n) => k - at[n]!).filter((g) => g > 2);
    if (gaps.length + 1 < MIN_RECURRENCES || gaps.some((g) => g < MIN_GAP)) continue;
    if (at.at(-1)! - at[0]! < content.length / 4) continue;
    // a banner stands over different text each time; a line that recurs with the same line
    // after it every time is part of a block printed again (a briefing copied twice over)
    const after = new Set(at.map((k) => lines[content[k + 1] ?? content[k]!]!.trim()));
    if (after.size < Math.min(at.length, MIN_RECURRENCES) - 1) continue;
    // words of the text itself (a 《title》 a column happened to cut out whole) recur inside its
    // sentences too; a banner stands only on lines of its own
    if (occurrences(flat(), furnitureKey(lines[content[at[0]!]!]!.replace(/\f/g, ''))) > at.length) continue;
    for (const k of at) if (k >= COVER_LINES) found.push(content[k]!);
  }
  return found;
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/** Short, not a sentence, list item, date line or number: words that can head every page. */
function mayBeFurniture(text: string): boolean {
  // (a clause mark anywhere makes it a piece of a sentence)
  if ([...text].length > MAX_FURNITURE_CHARS || /[。！？；：、.!?;:,]$|[，。；]/.test(text)) return false;
  if (LIST_START.test(text) || DATE_LINE.test(text) || pageNumberOf(text) !== undefined) return false;
  // its words, numbers, date and page words aside: a header says something besides its date
  return (text.replace(/[0-9年月日号第页共]/g, '').match(/\p{L}/gu) ?? []).length >= 2;
}

/**
 * Indexes of the lines that are page numbers: the longest run of number lines, in document order,
 * whose values go up by one, at least two of them, spread over the document rather than listed.
 * A last line "1" is the single page's number.
 */
function pageNumberLines(lines: string[]): number[] {
  const candidates: Array<{ line: number; value: number; form: string }> = [];
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    const value = pageNumberOf(l.replace(/\f/g, ''));
    // a page number stands apart: blank lines (or the file's ends) on both sides
    if (value !== undefined && isBlank(lines[i - 1]) && isBlank(lines[i + 1])) candidates.push({ line: i, value, form: pageNumberForm(l) });
  });
  if (candidates.length === 0) return [];
  // runs of +1 steps among numbers printed alike (a section number standing alone, "02", is no
  // page "2"). A text laid out twice (a column PDF's text, with its page numbers, set again in a
  // narrower column) carries two such runs interleaved: each is found and goes, longest first.
  const found: number[] = [];
  let left = candidates;
  for (;;) {
    const run = longestRun(left);
    if (run.length < 2 || !spreadOut(lines, run, left)) break;
    found.push(...run);
    left = left.filter((c) => !run.includes(c.line));
  }
  // a last line "1" is the single page's number (of the outer layout, where there are two)
  const last = lastContentLine(lines);
  const lastCandidate = candidates.at(-1)!;
  if (lastCandidate.line === last && lastCandidate.value === 1 && last > 10 && !found.includes(last)) found.push(last);
  return found.sort((a, b) => a - b);
}

/**
 * The longest chain of page numbers going up by one, in document order and printed alike. Where two
 * numbers could come before one (two runs interleaved), the chain whose pages are the most even in
 * length wins: a layout's pages hold about as many lines each.
 */
function longestRun(candidates: Array<{ line: number; value: number; form: string }>): number[] {
  const chains: number[][] = [];
  let best: number[] = [];
  candidates.forEach((c, n) => {
    let chain = [c.line];
    for (let p = 0; p < n; p++) {
      const before = candidates[p]!;
      if (before.form !== c.form || before.value !== c.value - 1) continue;
      const longer = [...chains[p]!, c.line];
      if (longer.length > chain.length || (longer.length === chain.length && unevenness(longer) < unevenness(chain))) chain = longer;
    }
    chains.push(chain);
    if (chain.length > best.length || (chain.length === best.length && unevenness(chain) < unevenness(best))) best = chain;
  });
  return best;
}

/**
 * Are a run's numbers pages apart (six content lines a page at least)? A run from page 1 to the
 * document's last line (the last page's number) counts its pages from the document's start: the
 * last page may hold a line or two.
 */
function spreadOut(lines: string[], run: number[], candidates: Array<{ line: number; value: number }>): boolean {
  if (countContent(lines, run[0]!, run.at(-1)!) / (run.length - 1) >= 6) return true;
  const first = candidates.find((c) => c.line === run[0])!;
  return first.value === 1 && run.at(-1) === lastContentLine(lines) && countContent(lines, 0, run.at(-1)!) / run.length >= 6;
}

/** How much the gaps between a run's numbers differ: the longest less the shortest. */
function unevenness(run: number[]): number {
  const gaps = run.slice(1).map((l, n) => l - run[n]!);
  return gaps.length === 0 ? 0 : Math.max(...gaps) - Math.min(...gaps);
}

/** How a page number is printed, its value aside: "- 3 -" and "3" differ, and so do "3" and "03". */
function pageNumberForm(line: string): string {
  return line.trim().replace(/\b0+(?=\d)/g, '0').replace(/[1-9]\d*/g, '#').replace(/\s+/g, ' ');
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.replace(/\f/g, '').trim() === '';
}

function countContent(lines: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (lines[i]!.trim() !== '') n++;
  return n;
}

function lastContentLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return i;
  return -1;
}
