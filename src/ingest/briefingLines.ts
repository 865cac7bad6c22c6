import { cleanTitle } from './titleMatch.js';
import { DATE_START, HAS_URL, LIST_START, URL_LINE, displayWidth, hasCjkIdeograph } from './textShape.js';

// The normalised text seen as lines, and the shapes of line that segmentation looks for.

/** One non-blank line of the normalised text. */
export interface Line {
  /** The line without its surrounding whitespace. */
  text: string;
  /** Offset of the line's first character (indentation included) in the text. */
  start: number;
  /** Index of the blank-line-separated paragraph the line belongs to. */
  para: number;
}

/** Where an article starts (an index into the lines) and what it is called. */
export interface Anchor {
  line: number;
  title: string;
}

/** "01 中环联合国际合作", "可持续采购国际动态 04", "02": section numbers of a PDF layout. */
const SECTION_NUMBER = /^(?:\d{2}(?:\s+\S.*)?|.*\S\s+\d{2})$/;
export const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/;
export const FULL_DATE = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*(?:日|[-–至]\s*\d{1,2}\s*日)/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let para = 0;
  let offset = 0;
  let blank = true;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      if (!blank) para++;
      blank = true;
    } else {
      lines.push({ text: raw.trim(), start: offset, para });
      blank = false;
    }
    offset += raw.length + 1;
  }
  return lines;
}

/** A line that can be a title: short, no full stop, not a list item, date line or link. */
export function isHeadingLike(line: string): boolean {
  // cleaning keeps every "。", and most lines are paragraphs: spare them the cleaning
  if (line.includes('。')) return false;
  const text = cleanTitle(line);
  if (text === '' || URL_LINE.test(line) || HAS_URL.test(line)) return false;
  if (text.includes('。')) return false;
  const w = displayWidth(text);
  return w >= 2 && w <= 80;
}

/** A title by its look alone (for layouts without a table of contents). */
export function isShapeHeading(line: string): boolean {
  if (!isHeadingLike(line) || MARKDOWN_HEADING.test(line)) return false;
  const text = cleanTitle(line);
  if (!hasCjkIdeograph(text) || LIST_START.test(line)) return false;
  // a dated title ("2017年10月25日“蓝色天使日”") names something besides its date
  if (DATE_START.test(text) && (text.replace(FULL_DATE, '').match(/[\u4e00-\u9fff]/g) ?? []).length < 4) return false;
  if (/[。！？；：，、…!?;:,]$/.test(text)) return false;
  if (SECTION_NUMBER.test(text)) return false;
  const w = displayWidth(text);
  return w >= 4 && w <= 60;
}

/** Marks and spaces, then a digit: how a line that cleans to "01 …" starts. */
const DIGIT_AFTER_MARKS = /^[\s#*•◇◆○●■□▪⇒※►▶-]*\d/;

export function isSectionMarker(line: string): boolean {
  // a section number comes first or last, and cleaning keeps both ends' digits: most lines,
  // long paragraphs among them, are told apart without cleaning
  if (!DIGIT_AFTER_MARKS.test(line) && !endsWithDigit(line)) return false;
  const text = cleanTitle(line);
  return SECTION_NUMBER.test(text) && displayWidth(text) <= 30;
}

function endsWithDigit(line: string): boolean {
  const last = line.trimEnd().at(-1);
  return last !== undefined && last >= '0' && last <= '9';
}

/** "# GEN" above "## 美国绿色印章…": a section heading opens the article under it. */
export function pullBackSectionHeadings(lines: Line[], at: number): number {
  const own = MARKDOWN_HEADING.exec(lines[at]!.text)?.[1]?.length;
  if (own === undefined) return at;
  let line = at;
  // the first line is the briefing's own title, not a section's
  while (line > 1) {
    const prev = MARKDOWN_HEADING.exec(lines[line - 1]!.text)?.[1]?.length;
    if (prev === undefined || prev >= own) break;
    line--;
  }
  return line;
}

