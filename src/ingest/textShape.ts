// Character and line shapes shared by unwrapping, segmentation and metadata reading.

/** CJK ideographs, CJK punctuation and full-width forms: text that is joined without spaces. */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x20000 && c <= 0x2fa1f) ||
    c === 0x2014 || c === 0x2026 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xb7
  );
}

export function hasCjkIdeograph(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** Width in "ideograph units": a CJK character counts 1, anything else half. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isCjk(ch) ? 1 : 0.5;
  return w;
}

/** A line that ends a sentence or a clause that introduces what follows. */
export const SENTENCE_END = /[。！？；：…”’」』.!?;:]$/;

export const URL_LINE = /^\s*<?(?:https?:\/\/|www\.)\S+>?\s*$/i;
export const HAS_URL = /(?:https?:\/\/|www\.)\S/i;

/** Markdown heading, rule or table row: structure, never a wrapped line. */
export const MARKUP_LINE = /^\s*(?:#{1,6}\s|-{3,}\s*$|\*{3,}\s*$|_{3,}\s*$|\|)/;

/** Bullets and enumerations that start a list item. */
export const LIST_START =
  /^\s*(?:[-*•◇◆○●■□▪⇒※►▶✓√]\s*|\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.）)]|[①-⑳])/;

/** Numbered items ("1、", "2)", "（3）", "四、"): sub-sections when they head a markdown section. */
export const ENUMERATED = /^\s*(?:\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.）)]|[①-⑳])/;

/** A paragraph that opens on a date, as news items and dated list entries do (24.10.2018 too, as European sites print it). */
export const DATE_START =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|\d{4}\s*年)/;

/** Count of brackets opened and not closed in a line (quotes, book-title marks, parentheses). */
export function unclosedBrackets(line: string): number {
  const pairs: Array<[string, string]> = [
    ['《', '》'],
    ['（', '）'],
    ['“', '”'],
    ['[', ']'],
    ['(', ')'],
    ['「', '」'],
    ['【', '】'],
  ];
  let open = 0;
  for (const [l, r] of pairs) {
    const d = count(line, l) - count(line, r);
    if (d > 0) open += d;
  }
  return open;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * How often each pair of ideographs stands side by side inside the given lines: the words a
 * document uses. Two lines whose meeting characters make such a pair again and again were cut
 * inside a word; rows of different columns thrown together rarely make one.
 */
export function ideographPairCounts(lines: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const chars = [...line];
    for (let k = 0; k + 1 < chars.length; k++) {
      const pair = chars[k]! + chars[k + 1]!;
      if (IDEOGRAPH_PAIR.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/** Two ideographs. */
export const IDEOGRAPH_PAIR = /^[\u4e00-\u9fff]{2}$/;
