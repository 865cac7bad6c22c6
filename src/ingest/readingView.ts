import { simplifiedView } from './simplifiedView.js';

// The text the reader matches names and patterns in: simplified characters (simplifiedView.ts), and
// the half-width punctuation that web pages and some PDF fonts put into Chinese prose ("5月27日,联合国
// 环境署…") in its full-width form, as the briefings print it. One character for one, so every offset
// and every quote still points into the text as the source wrote it.

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
/** What stands before a mark of Chinese prose: an ideograph, a closing quote or bracket. */
const CHINESE_BEFORE = /[\p{Script=Han}”’」』》）)】]/u;

function chineseBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text[k] === ' ') k--;
  return k >= 0 && CHINESE_BEFORE.test(text[k]!) && !(text[k] === ')' && !/[\p{Script=Han}]/u.test(text.slice(Math.max(0, k - 12), k)));
}

/** The reading view of a normalised text, or undefined when it is the text itself. */
export function readingView(text: string): string | undefined {
  const simplified = simplifiedView(text) ?? text;
  const view = simplified.replace(/[,;:?!]/g, (mark, at: number) => (chineseBefore(simplified, at) ? WIDE[mark]! : mark));
  return view === text ? undefined : view;
}
