import { type Anchor, FULL_DATE, type Line, isSectionMarker, isShapeHeading } from './briefingLines.js';
import { isItemFurniture } from './newsItemAnchors.js';
import { DATE_START, URL_LINE } from './textShape.js';
import { cleanTitle, coverage, weightedCoverage } from './titleMatch.js';

/** A paragraph that announces the sub-headings after it ("下面是三个最佳做法。"). */
const ANNOUNCES = /(?:下面|以下)(?:是|为|介绍|列举)?([两二三四五六七八九十\d]+)(?:个|项|种|条|点)|(?:如下|以下几[个项点种条][^。]{0,8})[：:。]$/;
/** Announced sub-headings without a count: at most this many. */
const ANNOUNCED_AT_MOST = 5;

/**
 * Titles known only by their look. PDF text boxes put some titles after the article they
 * head (the 2018 briefing prints "任勇主任会见…一行" below its story), so each title is tied
 * to the paragraph next to it, above or below, whose lede reads most like it; a title that
 * reads like nothing heads the text right under it.
 */
export function layoutAnchors(lines: Line[], from: number, end: number): Anchor[] {
  // ('joined': the second line of a title set over two lines, read with the line above it)
  type Kind = 'heading' | 'section' | 'text' | 'joined';
  const kind: Kind[] = lines.map((l, i) =>
    i < from || i >= end ? 'text' : isSectionMarker(l.text) ? 'section' : isShapeHeading(l.text) && !isItemFurniture(l.text) ? 'heading' : 'text',
  );

  // Sub-headings announced by the paragraph before them ("下面是三个最佳做法。").
  for (let i = from; i < end; i++) {
    if (kind[i] !== 'text') continue;
    const m = ANNOUNCES.exec(lines[i]!.text.slice(-20));
    if (!m || !/[。：:]$/.test(lines[i]!.text)) continue;
    let left = m[1] ? chineseCount(m[1]) : ANNOUNCED_AT_MOST;
    for (let j = i + 1; j < end && left > 0; j++) {
      if (kind[j] === 'section' || URL_LINE.test(lines[j]!.text)) break;
      if (kind[j] === 'heading') {
        kind[j] = 'text';
        left--;
      }
    }
  }

  const isText = (i: number): boolean => kind[i] === 'text' && !URL_LINE.test(lines[i]!.text);
  // the first line of a run of text, after a title, a section mark or a list of links
  const startsBlock = (i: number): boolean => i === from || !isText(i - 1) || DATE_START.test(lines[i]!.text);
  interface Claim {
    heading: number;
    line: number;
    score: number;
  }
  const titles = new Map<number, string>();
  const titleOf = (h: number): string => titles.get(h) ?? cleanTitle(lines[h]!.text);
  const claimsOf = (h: number): Claim[] => {
    const found: Claim[] = [];
    const title = titleOf(h);
    const next = nextText(kind, h, end);
    for (const l of storyCandidates(h)) {
      const lede = lines[l]!.text.slice(0, 120);
      // leading titles are the norm: the text right under a title gets a head start
      const score = weightedCoverage(title, lede) + (l === next ? 0.15 : 0) + (startsBlock(l) ? 0.1 : 0);
      if (score >= 0.6) found.push({ heading: h, line: l, score });
    }
    return found;
  };
  const best = (found: Claim[]): Claim | undefined => found.reduce<Claim | undefined>((b, c) => (b === undefined || c.score > b.score ? c : b), undefined);
  // (how well a title line reads a story, against how well it reads its best one)
  const asWell = (found: Claim[], top: Claim, line: number) => found.some((c) => c.line === line && c.score >= top.score - 0.05);
  // A title set over two lines of a box ("倡导地区可持续发展国际理事会（ICLEI）" / "东亚秘书处在北京设立
  // 代表处"): two title lines one under the other, where one reads the other's best story as well
  // as its own best, are one title. Stacked titles of two stories ("…（JEMAI）到访中环联合" /
  // "美国 UL…到访中环联合") each read their own story better.
  // (a line with a mark of its own, "◇ …", opens a title of its own, and so does a line printed
  // again elsewhere: a contents list's entry and the title over its story)
  const printed = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length > 80) continue;
    const title = cleanTitle(line.text);
    printed.set(title, (printed.get(title) ?? 0) + 1);
  }
  const ownTitle = (h: number) => MARKED.test(lines[h]!.text) || (printed.get(titleOf(h)) ?? 0) > 1;
  for (let h = from; h + 1 < end; h++) {
    if (kind[h] !== 'heading' || kind[h + 1] !== 'heading' || ownTitle(h) || ownTitle(h + 1)) continue;
    const upper = claimsOf(h);
    const lower = claimsOf(h + 1);
    const bestUpper = best(upper);
    const bestLower = best(lower);
    if (bestUpper === undefined || bestLower === undefined) continue;
    if (!asWell(upper, bestUpper, bestLower.line) && !asWell(lower, bestLower, bestUpper.line)) continue;
    titles.set(h, joinTitle(titleOf(h), titleOf(h + 1)));
    kind[h + 1] = 'joined';
  }
  const claims: Claim[] = [];
  for (let h = from; h < end; h++) if (kind[h] === 'heading') claims.push(...claimsOf(h));

  /**
   * Where heading h's story can be: the run of text right under it, or the run right above
   * it and any titles stacked with it (2018 prints "…（JEMAI）到访中环联合" and "美国 UL 全球
   * 副总裁到访中环联合" together below both stories). Section marks between a title and its
   * story are skipped; runs end at titles, section marks and links.
   */
  function storyCandidates(h: number): number[] {
    const found: number[] = [];
    let down = h + 1;
    while (down < end && (kind[down] === 'section' || kind[down] === 'joined')) down++;
    for (let l = down; l < end && isText(l); l++) found.push(l);
    let up = h - 1;
    while (up >= from && kind[up] !== 'text') up--;
    for (let l = up; l >= from && isText(l); l--) found.push(l);
    return found;
  }

  claims.sort((a, b) => b.score - a.score || Math.abs(a.line - a.heading) - Math.abs(b.line - b.heading));
  const headingOf = new Map<number, number>(); // heading -> lede line
  const claimed = new Set<number>();
  for (const c of claims) {
    if (headingOf.has(c.heading) || claimed.has(c.line)) continue;
    headingOf.set(c.heading, c.line);
    claimed.add(c.line);
  }

  // a cover line ("中环联合认证中心") sits above more cover lines, not above a story
  const proseFollows = (l: number): boolean => {
    for (let i = l; i < end && kind[i] === 'text'; i++) if (/[。！？]/.test(lines[i]!.text)) return true;
    return false;
  };

  const anchorOf = new Map<number, Anchor>(); // heading -> its anchor
  const byPlace = new Set<number>(); // headings that head the text under them without reading like it
  for (let h = from; h < end; h++) {
    if (kind[h] !== 'heading') continue;
    const title = titleOf(h);
    const next = nextText(kind, h, end);
    const lede = headingOf.get(h);
    if (lede !== undefined) {
      // a title above its story opens it, even when a later paragraph echoes it best
      anchorOf.set(h, { line: lede > h && noHeadingBetween(kind, h, lede) ? h : lede, title });
    } else if (next !== undefined && !claimed.has(next) && onlyHeadingsBetween(kind, h, next) && proseFollows(next)) {
      claimed.add(next);
      anchorOf.set(h, { line: h, title });
      byPlace.add(h);
    } else {
      // a title below its story, worded too freely to match its lede: the block just above
      let start = h - 1;
      while (start > from && kind[start] !== 'text') start--;
      if (!isText(start)) continue;
      while (start > from && isText(start - 1) && !claimed.has(start - 1)) start--;
      const block = lines.slice(start, h).map((l) => l.text).join('\n');
      if (!claimed.has(start) && coverage(title, block) >= 0.3) {
        claimed.add(start);
        anchorOf.set(h, { line: start, title });
      }
    }
  }
  // A title line that heads nothing, right under one that heads a story, is the rest of that title
  // set over two lines ("《…认证行为准则》" / "第二版关注认证数据重要性" under the story they head
  // together), unless its words read more like the story of the title under it.
  // Above one that heads the text under it only by its place (reading like none of it), it is that
  // title's first line ("可持续公共采购" / "10年框架项（SPP10YFP）" over a list of the box's work).
  for (let h = from; h < end; h++) {
    if (kind[h] !== 'heading' || anchorOf.has(h) || ownTitle(h)) continue;
    const title = titleOf(h);
    const above = h > from && kind[h - 1] === 'heading' ? anchorOf.get(h - 1) : undefined;
    const below = kind[h + 1] === 'heading' ? anchorOf.get(h + 1) : undefined;
    if (above && !(below && coverage(title, lines[below.line]!.text) > coverage(title, lines[above.line]!.text))) {
      above.title = joinTitle(above.title, title);
    } else if (below && byPlace.has(h + 1) && !ownTitle(h + 1)) {
      below.title = joinTitle(title, below.title);
      below.line = h;
    }
  }
  const anchors = [...anchorOf.values()];
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

/** A line opening on a bullet or box mark, or a markdown heading mark: an item or title of its own. */
const MARKED = /^\s*(?:#{1,6}\s|[-*•◇◆○●■□▪⇒※►▶])/;

/** Two pieces of one title: ideographs meet with nothing between, Latin words with a space. */
function joinTitle(first: string, second: string): string {
  return /[A-Za-z0-9]$/.test(first) && /^[A-Za-z0-9]/.test(second) ? `${first} ${second}` : first + second;
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
