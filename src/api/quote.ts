// A quote is the sentence of an article around a character offset: what a reader needs to find
// the mention in the briefing.

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/** The sentence of `text` that contains position `at` (an offset into `text`), trimmed. */
export function sentenceAround(text: string, at: number): string {
  if (text === '') return '';
  const pos = Math.min(Math.max(0, at), text.length - 1);
  let start = pos;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = pos;
  while (end < text.length && !SENTENCE_END.has(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return text.slice(start, end).trim();
}
