import { IDEOGRAPH_PAIR, ideographPairCounts } from './textShape.js';

// A page set in two columns, read by an extractor row by row: the lines of the left and the right
// column alternate (left 1, right 1, left 2, right 2, …), so every sentence is cut up and mixed
// with another. Where the two columns differ in width the alternation shows in the line widths:
// lines in one parity reach widths that the other parity never does. There the columns are read
// back in order, page by page (left column, then right). Columns of equal width cannot be told
// apart by their widths; there the text tells: a cut line goes on in the line two rows down, and
// the characters meeting at that seam make a word the document uses elsewhere.

/** Columns are narrow: wider lines are a paragraph each, not a column's. */
const MAX_COLUMN = 45;
/** Rows (line pairs) a page needs before its widths say anything. */
const MIN_ROWS = 6;
/** The wider column is at least this much wider (in ideograph widths) than the narrower one. */
const MIN_DIFFERENCE = 2;

/** Room a line takes in a CJK column: from the Hangul block up full width, anything else half. */
function columnWidth(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += ch.codePointAt(0)! >= 0x1100 ? 1 : 0.5;
  return w;
}

/**
 * The order to read the lines in: a permutation of their indexes, or undefined when no page reads
 * as two interleaved columns. `breaks` are the page-break lines (page numbers, form feeds) and
 * `skip` the furniture beside them, which stays where it is and is not counted as a row.
 */
export function interleavedOrder(lines: string[], breaks: number[], skip: Set<number>): number[] | undefined {
  const content = lines.filter((l) => l.trim() !== '').length;
  let followed = 0;
  lines.forEach((l, i) => {
    if (l.trim() !== '' && (lines[i + 1] ?? '').trim() === '') followed++;
  });
  const stride = followed >= content * 0.8 ? 2 : 1;
  const bounds = [-1, ...[...breaks].sort((a, b) => a - b), lines.length];
  const pages = bounds.slice(1).map((end, b) => {
    const page: number[] = [];
    for (let i = bounds[b]! + 1; i < end; i++) page.push(i);
    return page;
  });
  // which column is the left one is known where the text starts: the first page's first line.
  // A later page may open on an empty slot, so there the left column is the one of that width
  let leftWidth: number | undefined;
  const order: number[] = [];
  let changed = false;
  let pairs: Map<string, number> | undefined;
  const seams = () => (pairs ??= ideographPairCounts(lines));
  pages.forEach((page, b) => {
    if (b > 0) order.push(bounds[b]!);
    const read = readPage(lines, page, skip, stride, seams, leftWidth);
    if (read) {
      changed = true;
      leftWidth ??= read.leftWidth;
    }
    // (a loop, not a spread: a page without page numbers can be millions of lines)
    for (const i of read?.order ?? page) order.push(i);
  });
  return changed ? order : undefined;
}

/**
 * One page's lines in column order, and the left column's width, or undefined when the page is not
 * two interleaved columns. Without `leftWidth`, the page's first line is the left column's.
 */
function readPage(
  lines: string[],
  page: number[],
  skip: Set<number>,
  stride: number,
  seams: () => Map<string, number>,
  leftWidth?: number,
): { order: number[]; leftWidth: number } | undefined {
  const blank = (i: number) => lines[i]!.trim() === '';
  // furniture (a header at the page's top or foot) and the blank lines at the page's ends stay in
  // place; a line taken for furniture among the rows still holds its row
  let first = 0;
  let last = page.length;
  while (first < last && (blank(page[first]!) || skip.has(page[first]!))) first++;
  while (last > first && (blank(page[last - 1]!) || skip.has(page[last - 1]!))) last--;
  const atEnds = page.filter((i, n) => skip.has(i) && (n < first || n >= last));
  const body = page.filter((i) => !atEnds.includes(i));
  let from = 0;
  let to = body.length;
  while (from < to && blank(body[from]!)) from++;
  while (to > from && blank(body[to - 1]!)) to--;
  // in a double-spaced text every other line is the extractor's blank line; a page that opens on
  // an empty slot has its first row one line before its first text
  const misaligned = (start: number) => body.slice(start, to).some((i, k) => k % 2 === 1 && !blank(i));
  if (stride === 2 && misaligned(from)) {
    if (from === 0 || misaligned(from - 1)) return undefined;
    from--;
  }
  const rows = body.slice(from, to);
  const slots = rows.filter((_, k) => k % stride === 0);
  if (slots.length < MIN_ROWS * 2) return undefined;
  const widths = [0, 1].map((p) => slots.filter((i, k) => k % 2 === p && !blank(i)).map((i) => columnWidth(lines[i]!)));
  const top = widths.map((w) => percentile(w, 0.9));
  const wide = top[0]! > top[1]! ? 0 : 1;
  const narrowTop = top[1 - wide]!;
  if (top[wide]! > MAX_COLUMN) return undefined;
  const spacers = rows.filter((_, k) => k % stride === 1);
  const reorder = (left: number) => {
    const ordered = [left, 1 - left].flatMap((p) => slots.filter((_, k) => k % 2 === p));
    const reordered = ordered.flatMap((i, n) => (n + 1 < ordered.length && stride === 2 ? [i, spacers.pop()!] : [i]));
    // left column, then right; the extractor's blank lines go back between them, and the
    // furniture, to be dropped, in front
    return { order: [...atEnds, ...body.slice(0, from), ...reordered, ...body.slice(to)], leftWidth: top[left]! };
  };
  const left = leftWidth === undefined || Math.abs(top[0]! - leftWidth) <= Math.abs(top[1]! - leftWidth) ? 0 : 1;
  // where the widths say nothing (columns of one width, or pages of short lines), the words at
  // the seams may (readsAcrossRows); with one width, the first row is the left column's, as an
  // extractor reads a page from its top left
  const bySeams = () => (readsAcrossRows(lines, slots, seams()) ? reorder(top[wide]! - narrowTop < MIN_DIFFERENCE ? 0 : left) : undefined);
  if (top[wide]! - narrowTop < MIN_DIFFERENCE) return bySeams();
  // column text: most lines of each parity fill its column (one line per paragraph varies freely)
  for (const p of [0, 1]) {
    const filled = widths[p]!.filter((w) => w >= top[p]! - 1.5 && w <= top[p]! + 0.5).length;
    if (filled < widths[p]!.length * 0.35) return bySeams();
  }
  // a good share of the wide column's lines are wider than any line of the narrow one
  const wider = widths[wide]!.filter((w) => w > narrowTop + 0.5).length;
  if (wider < widths[wide]!.length * 0.3 || wider < MIN_ROWS) return bySeams();
  // a text wrapped twice (column lines cut again by a narrower column: a full piece, then the
  // short rest of the line) alternates in width too, but its rows read on into the next row
  if (readsInRowOrder(lines, slots, seams())) return undefined;
  return reorder(left);
}

/**
 * Do the page's rows read on two rows down (row k into row k + 2) rather than into the next row?
 * Counted over the seams where both lines meet ideograph to ideograph: the share whose pair the
 * document uses elsewhere.
 */
/**
 * Do the page's rows read on into the next row rather than two rows down (twice as often, and by a
 * tenth of the seams at least)? Two columns side by side read on two rows down, where they read at all.
 */
function readsInRowOrder(lines: string[], slots: number[], pairs: Map<string, number>): boolean {
  const { next, across } = seamShares(lines, slots, pairs);
  return next.seams >= MIN_ROWS / 2 && next.share >= across.share + 0.1 && next.share >= 2 * across.share;
}

function readsAcrossRows(lines: string[], slots: number[], pairs: Map<string, number>): boolean {
  const text = slots.map((i) => lines[i]!.trim());
  // rows side by side both hold text, mostly; lines that alternate with blank ones (a single-spaced
  // page of a double-spaced export) are one column read in order
  const bothFilled = text.filter((t, k) => t !== '' && (text[k + 1] ?? '') !== '').length;
  if (bothFilled < text.length * 0.3) return false;
  const { next, across } = seamShares(lines, slots, pairs);
  // rows of two columns side by side meet at random: their seams make almost no known word (a
  // tenth or less on the seed pages), where text cut in order makes one at a third of its seams or
  // more, however it was wrapped
  return across.seams >= MIN_ROWS && next.share <= 0.15 && next.share <= across.share / 3 && across.share >= next.share + 0.2;
}

/**
 * At how many of the seams between a row and the next (`next`), and between a row and the one two
 * rows down (`across`), the ideographs meeting make a pair the document uses elsewhere.
 */
function seamShares(lines: string[], slots: number[], pairs: Map<string, number>): Record<'next' | 'across', { seams: number; share: number }> {
  const text = slots.map((i) => lines[i]!.trim());
  const share = (step: number) => {
    let seams = 0;
    let known = 0;
    for (let k = 0; k + step < text.length; k++) {
      const pair = text[k]!.slice(-1) + text[k + step]!.slice(0, 1);
      if (!IDEOGRAPH_PAIR.test(pair)) continue;
      seams++;
      // (the pair itself, cut here, is counted once at most in the lines)
      if ((pairs.get(pair) ?? 0) >= 2) known++;
    }
    return { seams, share: seams === 0 ? 0 : known / seams };
  };
  return { next: share(1), across: share(2) };
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}
