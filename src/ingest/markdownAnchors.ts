import { type Anchor, type Line, MARKDOWN_HEADING, pullBackSectionHeadings } from './briefingLines.js';
import { ENUMERATED } from './textShape.js';
import { cleanTitle } from './titleMatch.js';

export function countMarkdownHeadings(lines: Line[]): number {
  return lines.filter((l) => /^#{2,3}\s/.test(l.text)).length;
}

export function markdownAnchors(lines: Line[], from: number, end: number): Anchor[] {
  const levels = new Map<number, number>();
  for (let i = from; i < end; i++) {
    const m = MARKDOWN_HEADING.exec(lines[i]!.text);
    if (m && !ENUMERATED.test(m[2]!)) levels.set(m[1]!.length, (levels.get(m[1]!.length) ?? 0) + 1);
  }
  const level = (levels.get(2) ?? 0) >= 3 ? 2 : 1;
  const anchors: Anchor[] = [];
  for (let i = from; i < end; i++) {
    const m = MARKDOWN_HEADING.exec(lines[i]!.text);
    if (m && m[1]!.length === level && !ENUMERATED.test(m[2]!)) {
      anchors.push({ line: pullBackSectionHeadings(lines, i), title: cleanTitle(m[2]!) });
    }
  }
  return anchors;
}

