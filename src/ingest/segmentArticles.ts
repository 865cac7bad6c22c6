import { foldCompact } from '../graph/fold.js';
import { cleanTitle, coverage, titleSimilarity, titleTokens } from './titleMatch.js';
import { DATE_START, HAS_URL, LIST_START, URL_LINE, displayWidth, hasCjkIdeograph } from './textShape.js';

export interface ArticleSpan {
  title: string;
  order: number;
  /** Character offsets into the normalised text: [startOffset, endOffset). */
  startOffset: number;
  endOffset: number;
}

/** One non-blank line of the normalised text. */
interface Line {
  text: string;
  start: number;
  /** Index of the blank-line-separated paragraph the line belongs to. */
  para: number;
}

interface Anchor {
  line: number;
  title: string;
}

const TOC_MARKER = /^(?:#{1,6}\s*)?(?:目\s*录|contents|table of contents)\s*$/i;
const CLOSING = /^(?:感谢(?:您的)?(?:耐心)?(?:阅读|观看|关注)|谢谢(?:观看|阅读)|thanks\b|thank\s*you|t\s?h\s?a\s?n\s?k\s+y\s?o\s?u)/i;
/** "01 中环联合国际合作", "可持续采购国际动态 04", "02": section numbers of a PDF layout. */
const SECTION_NUMBER = /^(?:\d{2}(?:\s+\S.*)?|.*\S\s+\d{2})$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/;
/** A paragraph that announces the sub-headings after it ("下面是三个最佳做法。"). */
const ANNOUNCES = /(?:下面|以下)(?:是|为|介绍|列举)?([两二三四五六七八九十\d]+)?(?:个|项|种|条|点)?/;

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
  if (toc) {
    frontTitle = '封面与目录';
    anchors = tocAnchors(lines, toc, bodyEnd);
  } else if (countMarkdownHeadings(lines) >= 3) {
    frontTitle = '封面';
    anchors = markdownAnchors(lines, 0, bodyEnd);
  } else {
    frontTitle = lines[0] && isShapeHeading(lines[0].text) ? cleanTitle(lines[0].text) : '封面';
    anchors = layoutAnchors(lines, 0, bodyEnd);
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

function splitLines(text: string): Line[] {
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

function findClosing(lines: Line[]): number | undefined {
  const from = Math.floor(lines.length * 0.8);
  for (let i = Math.max(1, from); i < lines.length; i++) if (CLOSING.test(lines[i]!.text)) return i;
  return undefined;
}

/** A line that can be a title: short, no full stop, not a list item, date line or link. */
function isHeadingLike(line: string): boolean {
  const text = cleanTitle(line);
  if (text === '' || URL_LINE.test(line) || HAS_URL.test(line)) return false;
  if (text.includes('。')) return false;
  const w = displayWidth(text);
  return w >= 2 && w <= 80;
}

/** A title by its look alone (for layouts without a table of contents). */
function isShapeHeading(line: string): boolean {
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

function isSectionMarker(line: string): boolean {
  const text = cleanTitle(line);
  return SECTION_NUMBER.test(text) && displayWidth(text) <= 30;
}

// ---------------------------------------------------------------- table of contents

interface Toc {
  markerLine: number;
  bodyStart: number;
  items: Array<{ title: string; line: number }>;
  /** Some section lists no items: its articles are found by their headings alone. */
  incomplete: boolean;
}

function readToc(lines: Line[], end: number): Toc | undefined {
  const markerLine = lines.findIndex((l, i) => i < Math.min(end, 80) && TOC_MARKER.test(l.text));
  if (markerLine < 0) return undefined;
  const entries: Array<{ line: number; text: string; raw: string }> = [];
  let bodyStart = end;
  for (let i = markerLine + 1; i < end; i++) {
    const raw = lines[i]!.text;
    if (TOC_MARKER.test(raw) || /^-{3,}$/.test(raw)) continue;
    const text = cleanTitle(raw);
    const repeat = entries.some((e) => titleSimilarity(e.text, text) >= 0.8);
    if (repeat || !isHeadingLike(raw) || displayWidth(text) > 70) {
      bodyStart = i;
      break;
    }
    entries.push({ line: i, text, raw });
  }
  if (entries.length < 2) return undefined;

  const bulleted = entries.filter((e) => /^\s*(?:[-*•]\s*)?[◇◆○●■□▪⇒※►▶]/.test(e.raw) || /^\s*[-*•]\s/.test(e.raw));
  const marked = entries.filter((e) => /^#{1,6}\s/.test(e.raw));
  const paraSize = new Map<number, number>();
  for (const e of entries) paraSize.set(lines[e.line]!.para, (paraSize.get(lines[e.line]!.para) ?? 0) + 1);
  const grouped = [...paraSize.values()].some((n) => n >= 2);

  const isSection = (e: (typeof entries)[number]): boolean => {
    if (bulleted.length > 0) return !bulleted.includes(e);
    if (marked.length > 0) return marked.includes(e);
    if (grouped) return paraSize.get(lines[e.line]!.para) === 1;
    return false;
  };
  const items: Toc['items'] = [];
  let incomplete = false;
  let sectionOpen = false;
  for (const e of entries) {
    if (isSection(e)) {
      if (sectionOpen) incomplete = true;
      sectionOpen = true;
    } else {
      items.push({ title: e.text, line: e.line });
      sectionOpen = false;
    }
  }
  if (sectionOpen) incomplete = true;
  if (items.length === 0) return undefined;
  return { markerLine, bodyStart, items, incomplete };
}

function tocAnchors(lines: Line[], toc: Toc, end: number): Anchor[] {
  const found = new Map<number, number>(); // item index -> line
  const taken = new Set<number>();

  // 1. Items whose heading is in the body, best matches first.
  const pairs: Array<{ item: number; line: number; score: number }> = [];
  for (let l = toc.bodyStart; l < end; l++) {
    const line = lines[l]!;
    if (!isHeadingLike(line.text)) continue;
    const next = lines[l + 1];
    const withNext = next && next.para === line.para + 1 && MARKDOWN_HEADING.test(next.text) && MARKDOWN_HEADING.test(line.text)
      ? `${cleanTitle(line.text)}${cleanTitle(next.text)}`
      : undefined;
    toc.items.forEach((item, i) => {
      let score = titleSimilarity(item.title, cleanTitle(line.text));
      if (withNext) score = Math.max(score, titleSimilarity(item.title, withNext));
      if (score >= 0.72) pairs.push({ item: i, line: l, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.line - b.line);
  for (const p of pairs) {
    if (found.has(p.item) || taken.has(p.line)) continue;
    found.set(p.item, p.line);
    taken.add(p.line);
  }

  // 2. Items without a heading: the paragraph between their neighbours whose lede reads like the title.
  const shapeHeadings = lines.map((l, i) => i >= toc.bodyStart && i < end && isShapeHeading(l.text));
  toc.items.forEach((item, i) => {
    if (found.has(i)) return;
    let from = toc.bodyStart;
    for (let k = i - 1; k >= 0; k--) {
      const at = found.get(k);
      if (at !== undefined) {
        from = at + 1;
        break;
      }
    }
    let to = -1;
    for (let k = i + 1; k < toc.items.length; k++) {
      const at = found.get(k);
      if (at !== undefined && at > from) {
        to = at;
        break;
      }
    }
    if (to < 0) {
      to = end;
      for (let l = from + 1; l < end; l++) {
        if (shapeHeadings[l]) {
          to = l;
          break;
        }
      }
    }
    let best = -1;
    let bestScore = 0.45;
    for (let l = from; l < to; l++) {
      if (taken.has(l)) continue;
      const line = lines[l]!.text;
      if (isHeadingLike(line) && !line.includes('，')) continue;
      const score = coverage(item.title, line.slice(0, 80));
      if (score > bestScore) {
        best = l;
        bestScore = score;
      }
    }
    if (best >= 0) {
      found.set(i, best);
      taken.add(best);
    }
  });

  const anchors: Anchor[] = [];
  for (const [i, line] of found) anchors.push({ line: pullBackSectionHeadings(lines, line), title: toc.items[i]!.title });

  // 3. Sections the contents list without items: their articles are known by their headings.
  if (toc.incomplete && found.size > 0) {
    const last = Math.max(...found.values());
    const firstHeading = lines.findIndex((l, i) => i > last && i < end && isShapeHeading(l.text));
    if (firstHeading > 0) anchors.push(...layoutAnchors(lines, firstHeading, end));
  }
  return anchors;
}

/** "# GEN" above "## 美国绿色印章…": a section heading opens the article under it. */
function pullBackSectionHeadings(lines: Line[], at: number): number {
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

// ---------------------------------------------------------------- markdown

function countMarkdownHeadings(lines: Line[]): number {
  return lines.filter((l) => /^#{2,3}\s/.test(l.text)).length;
}

function markdownAnchors(lines: Line[], from: number, end: number): Anchor[] {
  const levels = new Map<number, number>();
  for (let i = from; i < end; i++) {
    const m = MARKDOWN_HEADING.exec(lines[i]!.text);
    if (m && !LIST_START.test(m[2]!)) levels.set(m[1]!.length, (levels.get(m[1]!.length) ?? 0) + 1);
  }
  const level = (levels.get(2) ?? 0) >= 3 ? 2 : 1;
  const anchors: Anchor[] = [];
  for (let i = from; i < end; i++) {
    const m = MARKDOWN_HEADING.exec(lines[i]!.text);
    if (m && m[1]!.length === level && !LIST_START.test(m[2]!)) {
      anchors.push({ line: pullBackSectionHeadings(lines, i), title: cleanTitle(m[2]!) });
    }
  }
  return anchors;
}

// ---------------------------------------------------------------- layout without contents

/**
 * Titles known only by their look. PDF text boxes put some titles after the article they
 * head (the 2018 briefing prints "任勇主任会见…一行" below its story), so each title is tied
 * to the nearby paragraph whose lede reads most like it, before or after; a title that reads
 * like nothing heads the text right under it.
 */
function layoutAnchors(lines: Line[], from: number, end: number): Anchor[] {
  type Kind = 'heading' | 'section' | 'text';
  const kind: Kind[] = lines.map((l, i) =>
    i < from || i >= end ? 'text' : isSectionMarker(l.text) ? 'section' : isShapeHeading(l.text) ? 'heading' : 'text',
  );

  // Sub-headings announced by the paragraph before them ("下面是三个最佳做法。").
  for (let i = from; i < end; i++) {
    if (kind[i] !== 'text') continue;
    const m = ANNOUNCES.exec(lines[i]!.text.slice(-20));
    if (!m || !/[。：:]$/.test(lines[i]!.text)) continue;
    let left = m[1] ? chineseCount(m[1]) : Infinity;
    for (let j = i + 1; j < end && left > 0; j++) {
      if (kind[j] === 'section' || URL_LINE.test(lines[j]!.text)) break;
      if (kind[j] === 'heading') {
        kind[j] = 'text';
        left--;
      }
    }
  }

  const WINDOW = 8;
  const isText = (i: number): boolean => kind[i] === 'text' && !URL_LINE.test(lines[i]!.text);
  // the first line of a run of text, after a title, a section mark or a list of links
  const startsBlock = (i: number): boolean => i === from || !isText(i - 1) || DATE_START.test(lines[i]!.text);
  interface Claim {
    heading: number;
    line: number;
    score: number;
  }
  const claims: Claim[] = [];
  for (let h = from; h < end; h++) {
    if (kind[h] !== 'heading') continue;
    const title = cleanTitle(lines[h]!.text);
    const next = nextText(kind, h, end);
    for (let l = Math.max(from, h - WINDOW); l < Math.min(end, h + WINDOW + 1); l++) {
      if (!isText(l)) continue;
      const lede = lines[l]!.text.slice(0, 120);
      // leading titles are the norm: the text right under a title gets a head start
      const score = weightedCoverage(title, lede) + (l === next ? 0.15 : 0) + (startsBlock(l) ? 0.1 : 0);
      if (score >= 0.6) claims.push({ heading: h, line: l, score });
    }
  }
  claims.sort((a, b) => b.score - a.score || Math.abs(a.line - a.heading) - Math.abs(b.line - b.heading));
  const headingOf = new Map<number, number>(); // heading -> lede line
  const claimed = new Set<number>();
  for (const c of claims) {
    if (headingOf.has(c.heading) || claimed.has(c.line)) continue;
    headingOf.set(c.heading, c.line);
    claimed.add(c.line);
  }

  const anchors: Anchor[] = [];
  for (let h = from; h < end; h++) {
    if (kind[h] !== 'heading') continue;
    const title = cleanTitle(lines[h]!.text);
    const next = nextText(kind, h, end);
    const lede = headingOf.get(h);
    if (lede !== undefined) {
      // a title above its story opens it, even when a later paragraph echoes it best
      anchors.push({ line: lede > h && noHeadingBetween(kind, h, lede) ? h : lede, title });
    } else if (next !== undefined && !claimed.has(next) && onlyHeadingsBetween(kind, h, next)) {
      claimed.add(next);
      anchors.push({ line: h, title });
    } else {
      // a title below its story, worded too freely to match its lede: the block just above
      let start = h - 1;
      while (start > from && kind[start] === 'heading') start--;
      if (!isText(start)) continue;
      while (start > from && isText(start - 1) && !claimed.has(start - 1)) start--;
      const block = lines.slice(start, h).map((l) => l.text).join('\n');
      if (!claimed.has(start) && coverage(title, block) >= 0.3) {
        claimed.add(start);
        anchors.push({ line: start, title });
      }
    }
  }
  return [...anchors, ...untitledLedes(lines, kind, anchors, from, end)];
}

/**
 * A story printed without a title (2017: "134名专家2017年10月18-19日在爱沙尼亚塔林…召开…") is
 * known by its lede: a dated first sentence about something else than the article it sits in.
 */
function untitledLedes(lines: Line[], kind: string[], anchors: Anchor[], from: number, end: number): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.line - b.line);
  const found: Anchor[] = [];
  let current: Anchor | undefined;
  let k = 0;
  for (let i = from; i < end; i++) {
    while (k < sorted.length && sorted[k]!.line <= i) current = sorted[k++];
    if (!current || current.line === i || kind[i] !== 'text' || kind[i - 1] !== 'text') continue;
    const text = lines[i]!.text;
    const sentence = text.split('。')[0]!;
    const clause = sentence.split('，')[0]!;
    if (!text.includes('。') || !FULL_DATE.test(clause) || URL_LINE.test(text)) continue;
    if (coverage(current.title, sentence) >= 0.3) continue;
    const title = sentence.length <= 60 ? sentence : clause.length <= 60 ? clause : `${sentence.slice(0, 60)}…`;
    current = { line: i, title };
    found.push(current);
  }
  return found;
}

const FULL_DATE = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*(?:日|[-–至]\s*\d{1,2}\s*日)/;

/** Coverage where Latin names and acronyms count double: "JICA" missing is telling. */
function weightedCoverage(title: string, text: string): number {
  const tokens = titleTokens(title);
  if (tokens.length === 0) return 0;
  const hay = foldCompact(text);
  let hit = 0;
  let total = 0;
  for (const t of tokens) {
    const w = /^[a-z]/.test(t) ? 2 : 1;
    total += w;
    if (hay.includes(t)) hit += w;
  }
  return hit / total;
}

function noHeadingBetween(kind: string[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (kind[i] === 'heading') return false;
  return true;
}

/** The first text line after heading h, if only headings and section marks come between. */
function nextText(kind: string[], h: number, end: number): number | undefined {
  for (let i = h + 1; i < end; i++) {
    if (kind[i] === 'text') return i;
    if (kind[i] === 'heading') return undefined;
  }
  return undefined;
}

function onlyHeadingsBetween(kind: string[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (kind[i] === 'text') return false;
  return true;
}

function chineseCount(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const digits = '一二三四五六七八九';
  if (token === '两') return 2;
  if (token === '十') return 10;
  const i = digits.indexOf(token);
  return i >= 0 ? i + 1 : Infinity;
}
