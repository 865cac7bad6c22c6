import { quoteBounds } from '../graph/index.js';

// A quote is the sentence of an article around a character offset: what a reader needs to find
// the mention in the briefing. Like a fact's evidence, it leaves out the layout marks around the
// sentence (a heading's ##, a list's - ◇), by moving its ends: it stays a slice of the text.

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/** The sentence of `text` that contains position `at` (an offset into `text`), without the marks around it. */
export function sentenceAround(text: string, at: number): string {
  if (text === '') return '';
  const pos = Math.min(Math.max(0, at), text.length - 1);
  let start = pos;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = pos;
  while (end < text.length && !SENTENCE_END.has(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  const bounds = quoteBounds(text, start, end);
  return text.slice(bounds.start, bounds.end).trim();
}
