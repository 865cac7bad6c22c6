import { unmarkedQuote } from '../graph/index.js';
import type { ArticleUnit } from './extractTypes.js';

// How each sentence of a briefing stands in its layout: a body sentence, a heading (an
// article's title line, a Markdown heading, a short line standing alone) or a line of the
// contents (the cover and table of contents before the first article, or a list of titles).
// A fact read from a heading or a contents line was read from structure, not from a sentence
// that states it: its method says so (structure:heading, structure:contents), and a body
// sentence that states the same fact is quoted first.

export type SentenceShape = 'body' | 'heading' | 'contents';

const TERMINAL = /[。！？!?；;.…]["”’」』）)]*$/u;
/** Sentence punctuation inside a line: a line that has it is a sentence, not a caption. */
const CLAUSE = /[，。；！？：,;:!?]/u;
/** A short line standing alone, with no punctuation, reads as a heading (characters). */
const HEADING_MAX = 40;

/** A title compared as the reader sees it: no layout marks, no spaces. */
function titleKey(text: string): string {
  return unmarkedQuote(text).replace(/\s+/gu, '');
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\r';
}

/** The shape of every sentence of every article, in the order of `articles` and their sentences. */
export function sentenceShapes(articles: readonly ArticleUnit[], text: string): SentenceShape[][] {
  const titles = new Map<string, number>();
  articles.forEach((a, i) => {
    const key = titleKey(a.node.title);
    if (key.length >= 4 && !titles.has(key)) titles.set(key, i);
  });
  return articles.map((article, index) => {
    // The cover and contents: the text before the first article when no sentence of it ends
    // as a sentence does (a briefing that opens with its first story has no front matter).
    const front = index === 0 && articles.length > 1 && article.sentences.every((s) => !TERMINAL.test(s.text));
    return article.sentences.map((s, i): SentenceShape => {
      if (front) return 'contents';
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      let lineEnd = text.indexOf('\n', s.end);
      if (lineEnd < 0) lineEnd = text.length;
      const before = text.slice(lineStart, s.start);
      const wholeLine = unmarkedQuote(before + 'x') === 'x' && [...text.slice(s.end, lineEnd)].every(isSpace);
      if (!wholeLine) return 'body';
      const key = titleKey(s.text);
      // Another article's title: a contents list, or a title the layout put out of place.
      const titled = titles.get(key);
      if (titled !== undefined && titled !== index) return 'heading';
      if (/^\s*#/u.test(before + s.text)) return 'heading';
      if (TERMINAL.test(s.text)) return 'body';
      if (i === 0 && (key === titleKey(article.node.title) || !CLAUSE.test(key))) return 'heading';
      const alone = (text[lineStart - 2] === undefined || text[lineStart - 2] === '\n') && (text[lineEnd + 1] === undefined || text[lineEnd + 1] === '\n');
      if (alone && !CLAUSE.test(key) && [...key].length <= HEADING_MAX) return 'heading';
      return 'body';
    });
  });
}
