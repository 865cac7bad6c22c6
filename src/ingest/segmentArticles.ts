import { isItemFurniture, newsItemAnchors } from './newsItemAnchors.js';
import { type Anchor, type Line, isShapeHeading, splitLines } from './briefingLines.js';
import { layoutAnchors } from './layoutAnchors.js';
import { countMarkdownHeadings, markdownAnchors } from './markdownAnchors.js';
import { readToc, tocAnchors } from './tocAnchors.js';
import { cleanTitle } from './titleMatch.js';

export interface ArticleSpan {
  title: string;
  order: number;
  /** Character offsets into the normalised text: [startOffset, endOffset). */
  startOffset: number;
  endOffset: number;
}

const CLOSING = /^(?:感谢(?:您的)?(?:耐心)?(?:阅读|观看|关注)|谢谢(?:观看|阅读)|thanks\b|thank\s*you|t\s?h\s?a\s?n\s?k\s+y\s?o\s?u)/i;

/**
 * Split a briefing's normalised text into its articles. The spans tile the text: the first
 * starts at 0, each ends where the next starts, the last ends at the text's end. Front
 * matter (cover, table of contents) is article 0; a closing page ("感谢您的观看") is the last.
 */
export function segmentArticles(text: string): ArticleSpan[] {
  const lines = splitLines(text);
  const closing = findClosing(lines);
  const bodyEnd = closing ?? lines.length;
  const toc = readToc(lines, bodyEnd);

  let anchors: Anchor[];
  let frontTitle: string;
  let news: Anchor[] | undefined;
  if (toc) {
    frontTitle = '封面与目录';
    anchors = tocAnchors(lines, toc, bodyEnd);
  } else if ((news = newsItemAnchors(lines, 0, bodyEnd))) {
    // a file of news items, each under its own dated headline
    frontTitle = '封面';
    anchors = news;
  } else if (countMarkdownHeadings(lines) >= 3) {
    frontTitle = '封面';
    anchors = markdownAnchors(lines, 0, bodyEnd);
  } else {
    frontTitle = lines[0] && isShapeHeading(lines[0].text) && !isItemFurniture(lines[0].text) ? cleanTitle(lines[0].text) : '封面';
    // A headline with its date line under it opens its item, though the file has only one.
    anchors = [...layoutAnchors(lines, 0, bodyEnd), ...(newsItemAnchors(lines, 0, bodyEnd, 1) ?? [])];
  }

  anchors.sort((a, b) => a.line - b.line);
  const unique = anchors.filter((a, i) => i === 0 || a.line !== anchors[i - 1]!.line);
  if (closing !== undefined) unique.push({ line: closing, title: '封底' });

  const spans: ArticleSpan[] = [];
  const firstStart = unique[0] ? lines[unique[0].line]!.start : text.length;
  if (firstStart > 0 || unique.length === 0) spans.push(span(frontTitle, 0, firstStart));
  unique.forEach((a, i) => {
    const next = unique[i + 1];
    spans.push(span(a.title, lines[a.line]!.start, next ? lines[next.line]!.start : text.length));
  });
  return spans.map((s, order) => ({ ...s, order }));
}
function span(title: string, startOffset: number, endOffset: number): ArticleSpan {
  return { title, order: 0, startOffset, endOffset };
}
function findClosing(lines: Line[]): number | undefined {
  const from = Math.floor(lines.length * 0.8);
  for (let i = Math.max(1, from); i < lines.length; i++) if (CLOSING.test(lines[i]!.text)) return i;
  return undefined;
}
