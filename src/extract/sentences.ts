// Sentences are the unit of evidence: every fact quotes the sentence it was read from, verbatim.
// A sentence ends at 。！？ (with any closing quotes/brackets that follow), at a paragraph break,
// or at a Latin full stop followed by a space and a capital letter.

export interface Sentence {
  text: string;
  /** Offsets into the briefing's normalised text: text === briefingText.slice(start, end). */
  start: number;
  end: number;
}

const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"]);
const TERMINALS = new Set(['。', '！', '？', '!', '?', '；']);

/** Code units that can open or close a quotation, end a line or end a sentence; the rest are skipped. */
const SPECIAL = new Uint8Array(0x10000);
for (const c of ['“', '《', '（', '(', '”', '》', '）', ')', '\n', '.', ...TERMINALS]) SPECIAL[c.charCodeAt(0)] = 1;

function isLatinStop(text: string, i: number): boolean {
  return text[i] === '.' && /\s/.test(text[i + 1] ?? '') && /[A-Z“"]/.test(text[i + 2] ?? '') && /[a-z)]/.test(text[i - 1] ?? '');
}

/** Splits `text` (a slice of the briefing starting at `base`) into trimmed, non-empty sentences. */
export function splitSentences(text: string, base = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: base + s, end: base + e });
    start = end;
  };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (SPECIAL[text.charCodeAt(i)] === 0) continue;
    const c = text[i]!;
    if (c === '“' || c === '《' || c === '（' || c === '(') depth++;
    else if ((c === '”' || c === '》' || c === '）' || c === ')') && depth > 0) depth--;
    if (c === '\n') {
      // A single newline inside a paragraph is kept; a blank line ends the sentence.
      if (text[i + 1] === '\n' || /^\s*\n/.test(text.slice(i + 1, i + 4))) {
        push(i);
        depth = 0;
      } else if (depth === 0) {
        push(i);
      }
      continue;
    }
    if (TERMINALS.has(c) || isLatinStop(text, i)) {
      // A full stop inside a quotation (“…。”) ends the sentence only after the closing quote.
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      if (depth > 0 && c !== '；' && j === i + 1) continue;
      if (c === '；' && depth > 0) continue;
      push(j);
      i = j - 1;
      depth = 0;
    }
  }
  push(text.length);
  return out;
}
