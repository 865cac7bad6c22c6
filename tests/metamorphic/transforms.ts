// Layouts that PDF text extractors produce, applied to a briefing's text. Each keeps every
// sentence of the briefing and changes only how it is laid out, so a reader should find the same
// facts in the result. Deterministic: the same input gives the same output.

export interface RelayoutOptions {
  /** Characters per line: an ideograph (any character from U+1100 up) counts 1, others 1/2. */
  width: number;
  /** 'double': a blank line after every line; 'single': blank lines between paragraphs only. */
  style: 'double' | 'single';
  /** A running header printed at every page break. */
  banner?: string;
  /** Lines per page; a page number (and the banner) stand between pages. */
  pageLines?: number;
  /** The header for page n, when it changes from page to page (a date, a page count). */
  header?: (page: number) => string;
  /** How page n's number is printed ("第 3 页", "- 3 -", "3/12"); plain "3" by default. */
  pageNumber?: (page: number) => string;
}

const cost = (ch: string): number => (ch.codePointAt(0)! >= 0x1100 ? 1 : 0.5);

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  let used = 0;
  for (const ch of line) {
    if (used + cost(ch) > width && cur) {
      out.push(cur);
      cur = '';
      used = 0;
    }
    cur += ch;
    used += cost(ch);
  }
  if (cur) out.push(cur);
  return out;
}

/** The paragraphs of a text, each a list of its lines, with markdown marks dropped. */
function paragraphsOf(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim()).filter((l) => l && !/^-{3,}$/.test(l)))
    .filter((p) => p.length > 0);
}

/**
 * The text as a narrow PDF column gives it: every line cut at `width` wherever it falls (inside
 * words, names, titles and URLs), headings without marks, and at every page break a page number
 * on its own line and the running header.
 */
export function relayout(text: string, options: RelayoutOptions): string {
  const pageLines = options.pageLines ?? 40;
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  const push = (line: string) => {
    if (onPage >= pageLines) {
      out.push('', options.pageNumber?.(page) ?? String(page), '');
      page++;
      const header = options.header?.(page) ?? options.banner;
      if (header) out.push(header, '');
      onPage = 0;
    }
    out.push(line);
    if (options.style === 'double') out.push('');
    onPage++;
  };
  for (const p of paragraphsOf(text)) {
    for (const line of p) for (const piece of wrap(line, options.width)) push(piece);
    if (options.style === 'single') out.push('');
  }
  out.push('', options.pageNumber?.(page) ?? String(page));
  return out.join('\n') + '\n';
}

/** Page numbers as PDF footers print them: "第 3 页", "- 3 -", "3/12" (of a given page count). */
export const PAGE_NUMBER_STYLES: Record<string, (page: number) => string> = {
  chinese: (page) => `第 ${page} 页`,
  dashes: (page) => `- ${page} -`,
  ofTotal: (page) => `${page}/12`,
};

/**
 * Words cut at a line's end marked with a hyphen, as typesetting does: wherever a column cut a
 * Latin word in two (a letter ends a line and a lower-case letter starts the next), the line gets
 * a hyphen ("Environ-" / "mental").
 */
export function hyphenate(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/[A-Za-z]$/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j < lines.length && /^[a-z]/.test(lines[j]!)) lines[i] += '-';
  }
  return lines.join('\n');
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const FULL_TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));

/**
 * Full-width and half-width forms swapped, as extractors do when a font maps them either way:
 * ASCII digits become full-width digits (２０２１年), and brackets and punctuation change width
 * in both directions (（ -> (, : -> ：).
 */
export function swapWidths(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') out += String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
    else if (FULL_TO_HALF[ch]) out += FULL_TO_HALF[ch];
    else if (HALF_TO_FULL[ch] && !/[a-z]/i.test(ch)) out += HALF_TO_FULL[ch];
    else out += ch;
  }
  return out;
}

/** A page header that carries the date and the page count, different on every page. */
export function datedHeader(page: number): string {
  return `国际合作简报 2019年11月${String(page).padStart(2, '0')}日 第${page}页`;
}

export interface TwoColumnOptions {
  /** Widths of the left and right columns, counted as in `relayout`. */
  left: number;
  right: number;
  style: 'double' | 'single';
  /** Rows on a page; each column holds this many lines (default 40). */
  pageLines?: number;
}

/**
 * A page in two columns as an extractor that reads row by row gives it: the text flows down the
 * left column, then the right, page after page, but the lines come out alternating (left 1,
 * right 1, left 2, right 2, …), with a page number between pages. A paragraph's end takes a line
 * of its column (an empty line in the output); a column that runs out early leaves its lines empty.
 */
export function interleaveColumns(text: string, options: TwoColumnOptions): string {
  const pageLines = options.pageLines ?? 40;
  // the flow of lines, each tagged with the column width it was wrapped at
  const slots: string[] = [];
  let width = options.left;
  const place = (line: string) => {
    slots.push(line);
    width = Math.floor(slots.length / pageLines) % 2 === 0 ? options.left : options.right;
  };
  for (const p of paragraphsOf(text)) {
    for (const line of p) {
      // wrap piece by piece: the column (and so the width) can change at any line
      let rest = line;
      while (rest) {
        const [piece] = wrap(rest, width);
        place(piece!);
        rest = rest.slice(piece!.length);
      }
    }
    place('');
  }
  const out: string[] = [];
  const emit = (line: string) => {
    out.push(line);
    if (options.style === 'double') out.push('');
  };
  for (let page = 0; page * 2 * pageLines < slots.length; page++) {
    const left = slots.slice(page * 2 * pageLines, page * 2 * pageLines + pageLines);
    const right = slots.slice(page * 2 * pageLines + pageLines, (page + 1) * 2 * pageLines);
    if (page > 0) out.push('', String(page), '');
    for (let r = 0; r < pageLines && r < left.length; r++) {
      emit(left[r]!);
      emit(right[r] ?? '');
    }
  }
  out.push('', String(Math.ceil(slots.length / (2 * pageLines))));
  return out.join('\n') + '\n';
}

/**
 * A footer as office PDFs print it: the date and "page n of N" on one line, under a
 * header that carries the document's name (both change the line's text from page to page).
 */
export function footerOfTotal(page: number): string {
  return `2021-06-30    第 ${page} 页 共 12 页`;
}

/**
 * Latin words cut at a line's end marked with a soft hyphen (U+00AD), which some extractors
 * keep as a character where the typesetter broke the word.
 */
export function softHyphenate(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/[A-Za-z]$/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j < lines.length && /^[a-z]/.test(lines[j]!)) lines[i] += '\u00ad';
  }
  return lines.join('\n');
}

/**
 * Blank lines as a careless extractor leaves them: after each line of a paragraph none or one,
 * and between paragraphs one or two, chosen by a fixed sequence (so the text is the same on
 * every run) — a blank line then says little about where a paragraph ends.
 */
export function mixBlankLines(text: string, options: { width: number }): string {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: string[] = [];
  for (const p of paragraphsOf(text)) {
    const lines = p.flatMap((line) => wrap(line, options.width));
    lines.forEach((line, i) => {
      out.push(line);
      if (i < lines.length - 1 && next() < 0.4) out.push('');
    });
    out.push('');
    if (next() < 0.5) out.push('');
  }
  return out.join('\n') + '\n';
}
