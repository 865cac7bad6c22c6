// A quote is a verbatim slice of a briefing's normalised text, so a reader can find it there.
// Layout marks around it (a heading's #, a list's - or ◇, numbering such as 1. or （一）,
// spaces) are not what the briefing says: they are left out by moving the slice's ends
// inward, never by rewriting the text, so what remains is still a slice of the same text.

/** Bullets, rules and quote marks of lists and headings in Markdown and in typeset briefings. */
const BULLETS = new Set([...'#>•·◇◆●○■□▪▫►▶▷→⇒※★☆√✓✔❖◎◉']);
/** Marks that are bullets only when a space or another mark follows: "-2 ℃" is a figure, "*注" a note. */
const SPACED_BULLETS = new Set([...'-+*']);
/** Numbering in front of a list item or heading: 1. 2、 3) （一） (2) 一、 ① Ⅳ. */
const NUMBERING = /^(?:\d{1,3}[.．、)）](?!\d)|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}[.．、])/u;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\u3000';
}

/**
 * The bounds of `text.slice(start, end)` without the layout marks at its ends: leading bullets,
 * heading marks, numbering and spaces; trailing spaces, a Markdown heading's closing #s and a
 * bold mark's closing **. When nothing but marks is there, the bounds come back unchanged.
 */
export function quoteBounds(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  let bold = false;
  for (;;) {
    while (s < e) {
      const c = text[s]!;
      if (c === '*' && text[s + 1] === '*') {
        bold = true;
        s += 2;
      } else if (isSpace(c) || BULLETS.has(c)) s++;
      else if (SPACED_BULLETS.has(c) && s + 1 < e && (isSpace(text[s + 1]!) || BULLETS.has(text[s + 1]!) || SPACED_BULLETS.has(text[s + 1]!))) s++;
      else break;
    }
    const numbered = s < e ? NUMBERING.exec(text.slice(s, Math.min(e, s + 8))) : null;
    if (!numbered) break;
    s += numbered[0].length;
  }
  while (e > s && isSpace(text[e - 1]!)) e--;
  if (/^\s*#/.test(text.slice(start, s))) while (e > s && (text[e - 1] === '#' || isSpace(text[e - 1]!))) e--;
  if (bold) while (e > s && (text[e - 1] === '*' || isSpace(text[e - 1]!))) e--;
  if (s >= e) return { start, end };
  return { start: s, end: e };
}

/** The quote without its layout marks (see quoteBounds): a slice of `quote` itself. */
export function unmarkedQuote(quote: string): string {
  const { start, end } = quoteBounds(quote, 0, quote.length);
  return quote.slice(start, end);
}

/** True when the quote starts or ends with a layout mark or space that quoteBounds would leave out. */
export function hasQuoteMarkup(quote: string): boolean {
  return unmarkedQuote(quote) !== quote;
}
