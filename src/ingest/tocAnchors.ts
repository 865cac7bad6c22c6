import { type Anchor, type Line, MARKDOWN_HEADING, isHeadingLike, isShapeHeading, pullBackSectionHeadings } from './briefingLines.js';
import { layoutAnchors } from './layoutAnchors.js';
import { displayWidth } from './textShape.js';
import { cleanTitle, coverage, titleSimilarity } from './titleMatch.js';

const TOC_MARKER = /^(?:#{1,6}\s*)?(?:目\s*录|contents|table of contents)\s*$/i;

export interface Toc {
  markerLine: number;
  bodyStart: number;
  items: Array<{ title: string; line: number }>;
  /** Some section lists no items: its articles are found by their headings alone. */
  incomplete: boolean;
}

/**
 * The contents list: the lines after "目录" up to the first line that repeats an entry (the
 * body's first heading) or reads as prose. Entries are items or section names; sections are
 * told apart by the list's own markup (bullets, markdown levels, or grouping into blocks).
 */
export function readToc(lines: Line[], end: number): Toc | undefined {
  const markerLine = lines.findIndex((l, i) => i < Math.min(end, 80) && TOC_MARKER.test(l.text));
  if (markerLine < 0) return undefined;
  const entries: Array<{ line: number; text: string; raw: string }> = [];
  let bodyStart = end;
  for (let i = markerLine + 1; i < end; i++) {
    const raw = lines[i]!.text;
    if (TOC_MARKER.test(raw) || /^-{3,}$/.test(raw)) continue;
    const text = cleanTitle(raw);
    const repeat = entries.some((e) => titleSimilarity(e.text, text, 0.8) >= 0.8);
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

  // a list with no marks and no grouping (every line a paragraph of its own, as some PDF
  // extractors write it): a section names no article, so the body has no heading for it
  const unheaded = bulleted.length === 0 && marked.length === 0 && !grouped
    ? entries.filter((e, k) => k + 1 < entries.length && !hasBodyHeading(lines, bodyStart, end, e.text))
    : [];
  const isSection = (e: (typeof entries)[number]): boolean => {
    if (bulleted.length > 0) return !bulleted.includes(e);
    if (marked.length > 0) return marked.includes(e);
    if (grouped) {
      // (a line alone closing the list under a section alone is that section's one item: "其他新闻" / "微软…")
      const k = entries.indexOf(e);
      const alone = (x: (typeof entries)[number] | undefined) => x !== undefined && paraSize.get(lines[x.line]!.para) === 1;
      if (k === entries.length - 1 && k >= 2 && alone(entries[k - 1]) && !alone(entries[k - 2])) return false;
      return alone(e);
    }
    return unheaded.length < entries.length / 2 && unheaded.includes(e);
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

const MATCH = 0.72;

/** Does a heading in the body (one line, or two lines of a heading broken in two) match the entry? */
function hasBodyHeading(lines: Line[], from: number, end: number, title: string): boolean {
  for (let l = from; l < end; l++) {
    const line = lines[l]!;
    if (!isHeadingLike(line.text)) continue;
    const heading = cleanTitle(line.text);
    if (titleSimilarity(title, heading, MATCH) >= MATCH) return true;
    const next = pairedHeading(lines, l);
    if (next !== undefined && titleSimilarity(title, next, MATCH) >= MATCH) return true;
  }
  return false;
}

/**
 * A heading set on two lines ("微软应用采购手段" over "削减碳排放"): both lines read as headings
 * (as markdown headings, or by their shape when marks are gone), and read together.
 */
function pairedHeading(lines: Line[], l: number): string | undefined {
  const line = lines[l]!;
  const next = lines[l + 1];
  if (!next) return undefined;
  const marked = MARKDOWN_HEADING.test(next.text) && MARKDOWN_HEADING.test(line.text);
  const shaped = isShapeHeading(line.text) && isShapeHeading(next.text) && line.para !== next.para;
  return marked || shaped ? `${cleanTitle(line.text)}${cleanTitle(next.text)}` : undefined;
}

/** Where each contents item starts in the body; sections without items fall back to layout. */
export function tocAnchors(lines: Line[], toc: Toc, end: number): Anchor[] {
  const found = new Map<number, number>(); // item index -> line
  const taken = new Set<number>();

  // 1. Items whose heading is in the body, best matches first.
  const pairs: Array<{ item: number; line: number; score: number; paired: boolean }> = [];
  for (let l = toc.bodyStart; l < end; l++) {
    const line = lines[l]!;
    if (!isHeadingLike(line.text)) continue;
    const withNext = pairedHeading(lines, l);
    const heading = cleanTitle(line.text);
    toc.items.forEach((item, i) => {
      const alone = titleSimilarity(item.title, heading, 0.72);
      const together = withNext ? titleSimilarity(item.title, withNext, 0.72) : 0;
      const score = Math.max(alone, together);
      if (score >= 0.72) pairs.push({ item: i, line: l, score, paired: together > alone });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.line - b.line);
  // (a heading matched with the line under it takes that line too: its second half is no heading
  // of its own)
  const secondHalves = new Set<number>();
  for (const p of pairs) {
    if (found.has(p.item) || taken.has(p.line)) continue;
    found.set(p.item, p.line);
    taken.add(p.line);
    if (p.paired) {
      taken.add(p.line + 1);
      secondHalves.add(p.line + 1);
    }
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
      // the line right under a matched heading is that article's lede, not another item's
      if (taken.has(l) || taken.has(l - 1)) continue;
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
    let last = Math.max(...found.values());
    if (secondHalves.has(last + 1)) last++;
    const firstHeading = lines.findIndex((l, i) => i > last && i < end && isShapeHeading(l.text));
    if (firstHeading > 0) anchors.push(...layoutAnchors(lines, firstHeading, end));
  }
  return anchors;
}

