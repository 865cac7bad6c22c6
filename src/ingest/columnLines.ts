import {
  DATE_START,
  HAS_URL,
  IDEOGRAPH_PAIR,
  LIST_START,
  MARKUP_LINE,
  SENTENCE_END,
  URL_LINE,
  displayWidth,
  ideographPairCounts,
  isCjk,
  unclosedBrackets,
} from './textShape.js';

// Text extracted from a PDF laid out in columns: every line was cut where the column ended,
// whatever it held (a word, a name, a 《title》, a URL), and some extractors put a blank line
// after every line. Which line ends are real is read from the document's own line widths: a line
// that reaches its column's width was cut; a shorter one ended (a heading, a list item, the last
// line of a paragraph). No width is assumed: columns are measured where they are.

interface ContentLine {
  raw: string;
  text: string;
  width: number;
  /** A blank line separates this line from the next content line. */
  blankAfter: boolean;
}

/**
 * Room a line takes in a column: in a CJK font every character from the Hangul block up (ideographs,
 * CJK and general punctuation, symbols such as ◇) is set full width, Latin letters and digits half.
 */
function columnWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x1100 ? 1 : 0.5;
  return w;
}

/** Lines this near each other in the document share a column. */
const WINDOW = 6;
/** A column is a width reached by at least this many lines of the window. */
const MIN_SUPPORT = 4;

/** Bullets open an item even right after a full line; numbers may just be a cut sentence's digits. */
const BULLET_START = /^\s*(?:[◇◆○●■□▪⇒※►▶✓√•]|[-*]\s)/;
/** Characters that carry a URL on over a line end. */
const URL_CONTINUES = /^[A-Za-z0-9\-._~/?#[\]@!$&'()*+,;=%:]+/;

export interface ColumnLayout {
  lines: ContentLine[];
  /** Blank lines follow (almost) every line: they say nothing about paragraphs. */
  doubleSpaced: boolean;
  full: boolean[];
  /** Lines as wide as the document's own column (narrower boxes aside). */
  atColumn: boolean[];
  /** Lines were cut by counting characters (a sharp column): words are cut anywhere. */
  cutsWords: boolean;
}

/**
 * The document read as column text, or undefined when its lines are not column lines (one line
 * per paragraph, as in text taken from a word processor): most lines are narrow, and a good
 * share of them fill a column.
 */
export function readColumnLayout(physical: string[]): ColumnLayout | undefined {
  const lines: ContentLine[] = [];
  for (const raw of physical) {
    if (raw.trim() === '') {
      if (lines.length > 0) lines.at(-1)!.blankAfter = true;
      continue;
    }
    const text = raw.trim();
    // a space at a cut took room in the column too
    lines.push({ raw, text, width: columnWidth(raw.replace(/^\s+(?=\s)|\s+(?=\s)$/g, '')), blankAfter: false });
  }
  if (lines.length < 12) return undefined;
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)]!;
  if (median > 45) return undefined;
  const column = documentColumn(lines);
  const atColumn = lines.map((l) => column !== undefined && l.width >= column.width - column.tol && l.width <= column.width + column.tol);
  const full = lines.map((l, i) => {
    if (atColumn[i]) return true;
    // narrower columns (boxes, side bars) are measured where they are
    return (column === undefined || Math.abs(l.width - column.width) > 2) && fillsColumn(lines, i, column?.tol === 0.5);
  });
  const prose = lines.filter((l) => l.width >= 6);
  const fullShare = full.filter(Boolean).length / Math.max(1, prose.length);
  if (fullShare < 0.35) return undefined;
  const withBlank = lines.slice(0, -1).filter((l) => l.blankAfter).length;
  // an extractor that leaves blank lines here and there (none or one inside a paragraph, some
  // pages double-spaced, others not): lines the column cut mid-sentence are followed by a blank
  // line again and again, which single-spaced text never does, so blank lines mean nothing there
  const cut = lines.slice(0, -1).filter((l, i) => full[i] && l.width >= 6 && !SENTENCE_END.test(l.text));
  const blankAfterCuts = cut.filter((l) => l.blankAfter).length >= Math.max(4, cut.length * 0.25);
  return { lines, doubleSpaced: withBlank >= (lines.length - 1) * 0.8 || blankAfterCuts, full, atColumn, cutsWords: column?.tol === 0.5 };
}

/**
 * Does line i reach its column's width? The column is the widest width that at least
 * MIN_SUPPORT lines around it reach, within a tolerance (a justified column's lines differ a
 * little, since digits and Latin letters are narrower than ideographs).
 */
function fillsColumn(lines: ContentLine[], i: number, sharp: boolean): boolean {
  // a paragraph's first line is indented two characters in a typeset column; a document cut by
  // counting characters has neither indents nor slack, in its narrower boxes too
  const prev = lines[i - 1];
  const opens = !sharp && (prev === undefined || SENTENCE_END.test(prev.text) || prev.width < lines[i]!.width - 2);
  const own = lines[i]!.width + (opens ? 2 : 0);
  if (own < 6) return false;
  const column = localColumn(lines, i, sharp);
  return column !== undefined && own >= column.width - column.tol && own <= column.width + column.tol;
}

/** The widest width that at least MIN_SUPPORT lines around line i reach, within a tolerance. */
function localColumn(lines: ContentLine[], i: number, sharp: boolean): { width: number; tol: number } | undefined {
  const near: number[] = [];
  for (let j = Math.max(0, i - WINDOW); j <= Math.min(lines.length - 1, i + WINDOW); j++) near.push(lines[j]!.width);
  near.sort((a, b) => b - a);
  for (const candidate of near) {
    const tol = sharp ? 0.5 : tolerance(candidate);
    let support = 0;
    for (const w of near) if (w <= candidate && w >= candidate - tol) support++;
    if (support >= MIN_SUPPORT) return { width: candidate, tol };
  }
  return undefined;
}

/**
 * The width most of the document's lines are cut at, if it has one: the widest width that a fifth
 * of the lines reach, within the tolerance. It answers where a stretch of short lines (a contents
 * list) gives too few full lines nearby to measure the column there.
 */
function documentColumn(lines: ContentLine[]): { width: number; tol: number } | undefined {
  const widths = [...new Set(lines.map((l) => l.width))].sort((a, b) => b - a);
  const within = (from: number, to: number) => lines.filter((l) => l.width >= from && l.width <= to).length;
  for (const candidate of widths) {
    const tol = tolerance(candidate);
    // a column cut by counting characters is sharp: its lines fall within half a character
    // (of six times as many lines as fall one character short, or four times where no line passes
    // the column and most of them fill it exactly: a count never passes its column, and its lines
    // one short are lines that ended there, such as the rests of a first export's lines twice the
    // column wide less one (41 = 21 + 20) or a list of names; a typeset column's lines pass it now
    // and then, and a hyphen set after the column's last letter passes it too)
    const exact = within(candidate - 0.5, candidate);
    const shortByOne = within(candidate - 1.5, candidate - 1);
    const atWidth = within(candidate, candidate);
    const sharp =
      exact >= 6 * shortByOne ||
      (exact >= 4 * shortByOne && atWidth > exact - atWidth && !lines.some((l) => l.width > candidate));
    // (a short text, a news item or two, has fewer lines to show its column: six lines of one
    // width to half a character, a fifth of the text, are a column cut by counting characters)
    const short = sharp && candidate >= 10 && exact >= 6 && exact >= lines.length * 0.2;
    if (within(candidate - tol, candidate) < Math.max(8, lines.length * 0.2) && !short) continue;
    return { width: candidate, tol: sharp ? 0.5 : tol };
  }
  return undefined;
}

function tolerance(column: number): number {
  return Math.max(1, column * 0.1);
}

/**
 * The column text with its cut lines joined. Lines are kept apart where one ends a sentence
 * short of the column's width, or is short without ending a sentence (a heading, a list item).
 * A full line that ends a sentence goes on into the next line when that line reads as more of the
 * paragraph. Breaks come out as a line break, or a blank line where the text had one that meant
 * a paragraph's end.
 */
export function joinColumnLines(layout: ColumnLayout): string[] {
  // text wrapped twice: a column cut by counting characters over lines that were column lines
  // already (a narrow PDF column, re-wrapped by a narrower one). The cuts are undone first, which
  // gives back the inner column's lines, and those are read as a column of their own; the short
  // end of a cut line says nothing about where the inner line ended.
  // (the inner column may have been cut by counting characters too: a narrow PDF's text, set again)
  if (layout.cutsWords) {
    const inner = readColumnLayout(joinOnce(layout, new Set(), true));
    if (inner && (!inner.cutsWords || inner.lines.length < layout.lines.length * 0.8)) return joinColumnLines(inner);
  }
  // a second reading knows the paragraphs of the first: a title joined to what follows it in one
  // place (the contents list) stands alone where it is printed again (over its story)
  const first = joinOnce(layout, new Set());
  return joinOnce(layout, new Set(first.map(compact)));
}

/** `cutsOnly`: join only the lines the document's column cut, and keep every other line end. */
function joinOnce(layout: ColumnLayout, paragraphs: Set<string>, cutsOnly = false): string[] {
  const { lines, full, doubleSpaced } = layout;
  const words = latinWordCounts(lines);
  const pairs = ideographPairCounts(lines.map((l) => l.text));
  // an extractor that keeps the space at a cut (at either end of a line) cuts words wherever the
  // column ends: a cut without a space then falls inside a word
  const explicitSpaces = layout.cutsWords || lines.some((l, i) => i > 0 && (/\S\s+$/.test(l.raw) || /^\s\S/.test(l.raw)));
  const out: string[] = [];
  let current = lines[0]!.raw.trimEnd();
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const how = standsAlone(lines, paragraphs, i, current) || (cutsOnly && !layout.atColumn[i])
      ? undefined
      : (cutsOnly && cutAfterSentence(lines, layout.atColumn, doubleSpaced, i, current)) || joinOf(lines, full, doubleSpaced, i, current, pairs);
    if (how === undefined) {
      out.push(current);
      if (a.blankAfter) out.push('');
      current = b.raw.trimEnd();
      continue;
    }
    current = glueCut(current, a, b, how === 'url', words, explicitSpaces);
  }
  out.push(current);
  return out;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A title that happens to fill the column, printed again elsewhere (in the contents list and
 * over its story) where the first reading found it a paragraph of its own: whole lines, not the
 * start of a longer paragraph.
 */
function standsAlone(lines: ContentLine[], paragraphs: Set<string>, i: number, sofar: string): boolean {
  // (set on one line or two: a title two column lines long is whole at its second line)
  const whole = compact(sofar);
  if (!whole.endsWith(compact(lines[i]!.text)) || /[，。；！？,;]/.test(whole) || displayWidth(whole) > 60) return false;
  return paragraphs.has(whole);
}

/**
 * Undoing a re-wrap: a line cut at the column right after a sentence's end goes on into the rest
 * of its inner line, short as that is ("中国政府积"), unless a paragraph's end, a list item or a
 * dated line says otherwise; a paragraph ending exactly at the column is rarer than a cut there.
 */
function cutAfterSentence(lines: ContentLine[], atColumn: boolean[], doubleSpaced: boolean, i: number, sofar: string): 'text' | undefined {
  const a = lines[i]!;
  const b = lines[i + 1]!;
  // (a closing quotation mark or colon at the column inside prose, "…“同一个地球网络”" / "于2020年10",
  // is a cut too; one closing a line without a clause may be a title's end)
  const closesInProse = /[”’」』：:]$/.test(a.text) && /[，、；,;]/.test(sofar);
  if ((!/[。！？；]$/.test(a.text) && !closesInProse) || (a.blankAfter && !doubleSpaced)) return undefined;
  if (titleOverDatedStory(lines, atColumn, i + 1)) return undefined;
  if (LIST_START.test(b.text) || BULLET_START.test(b.text) || DATE_START.test(b.text) || URL_LINE.test(b.raw) || MARKUP_LINE.test(b.raw)) return undefined;
  return 'text';
}

function joinOf(
  lines: ContentLine[],
  full: boolean[],
  doubleSpaced: boolean,
  i: number,
  sofar: string,
  pairs: Map<string, number>,
): 'text' | 'url' | undefined {
  const a = lines[i]!;
  const b = lines[i + 1]!;
  if (MARKUP_LINE.test(a.raw) || MARKUP_LINE.test(b.raw)) return undefined;
  // a URL cut at the column's edge runs on in the next line's first token
  if (full[i] && HAS_URL.test(lastToken(a.text)) && URL_CONTINUES.test(b.text) && !isCjk(b.text[0])) return 'url';
  if (URL_LINE.test(a.raw) || URL_LINE.test(b.raw)) return undefined;
  if (BULLET_START.test(b.text)) return undefined;
  const paragraphBreak = a.blankAfter && !doubleSpaced;
  // a word hyphenated at the line's end goes on in the next line
  if (/[A-Za-z]{2}-$/.test(a.text) && /^[a-z]/.test(b.text)) return 'text';
  // a number cut after its dot ("…（SDG）12.7." / "1-可…"): no sentence in Chinese prose ends on an ASCII dot
  if (/\d\.$/.test(a.text) && /^\d/.test(b.text) && !LIST_START.test(b.text)) return 'text';
  // a line never starts with these: the line before runs on into it
  if (/^[、，。；：）》”’」』,;:)]/.test(b.text)) return 'text';
  // nor does a sentence or heading open on a structural particle, or on the second half of a word
  // before one ("展的供应链…": a verb cut from its first character): the clause left open goes on
  // (after a closing quotation or title mark too: “五位一体”的…), and no sentence opens on a
  // clause of one character ("略，提出…": the last character of a word cut in two)
  const clauseOpen = !/[。！？；：…!?;:]$/.test(a.text);
  if (clauseOpen && (/^[的地得了着]/.test(b.text) || WORD_TAIL_BEFORE_DE.test(b.text) || ONE_CHARACTER_CLAUSE.test(b.text))) return 'text';
  // a heading that happens to fill the column: no clause in it yet, and the next line opens a
  // story with its date, or the heading closes on a quotation or title mark
  // (a sentence led up to its date by 于, 在, 至… goes on)
  const cutNumber = /[0-9]$/.test(a.text) && /^[0-9]/.test(b.text);
  const leadsOn = LEADS_TO_DATE.test(a.text);
  // (a full line that keeps the one space the cut fell on, at its end or the next line's start,
  // was cut inside a line: "…出席GEN " / "2017年会…")
  const cutAtSpace = full[i] && (/^ \S/.test(b.raw) || /\S $/.test(a.raw));
  // (a title runs to 45 widths, or over two full column lines to 50: a sentence runs longer)
  const titleSized = displayWidth(sofar) <= 45 || (displayWidth(sofar) <= Math.min(50, 2 * a.width + 1) && full[i]);
  if (titleSized && !/[，。；！？：,;]/.test(sofar) && DATE_START.test(b.text) && !cutNumber && !leadsOn && !cutAtSpace) return undefined;
  if (full[i] && full[i + 1] && headlineOverStory(lines, full, i, sofar, pairs)) return undefined;
  // a cut line across a blank line that meant a paragraph's end: only prose cut mid-sentence
  const midSentence = /[，。；,;]/.test(sofar) && !/[。！？；]$/.test(sofar);
  // (a closing quotation mark after a word, not after a full stop, closes no sentence in prose:
  // "…到期，“同一个地球网络”" / "于2020年10月…")
  const quoteInProse = midSentence && /[^。！？!?]["”’」』]$/.test(a.text);
  // a title's last word set on a line of its own goes with it, after a closing quotation or title
  // mark too ("…荣膺“…领跑者”" / "称号": a full line ending on ” closes no sentence there)
  if (titleTail(lines, i)) return 'text';
  // (nor does one before the space a cut fell on: "…‘心中的材料’ " / "流动展示")
  if (SENTENCE_END.test(a.text) && !(quoteInProse && full[i]) && !(cutAtSpace && /[”’」』"')]$/.test(a.text))) {
    if (paragraphBreak || !full[i]) return undefined;
    // a full line closing a quotation inside a title (no clause so far) ends no sentence: the
    // title goes on ("◇ “创新引领 助推绿色生产和消费”" / "论坛在京召开 ——…")
    const quotedTitle = /["”’」』]$/.test(a.text) && !/[，。；！？：,;:]/.test(sofar) && displayWidth(sofar) + b.width <= 60;
    if (quotedTitle && !LIST_START.test(b.text) && !BULLET_START.test(b.text) && !DATE_START.test(b.text)) return 'text';
    // a full line that ends a sentence: the paragraph goes on if the next line is more prose
    const prose = full[i + 1] === true || /[。！？；]/.test(b.text);
    return prose && !LIST_START.test(b.text) && !headingAhead(lines, full, i + 1) ? 'text' : undefined;
  }
  if (full[i] && (!paragraphBreak || midSentence)) return 'text';
  // a short line inside an open 《title》 or bracket: a title broken over two lines (or three: the
  // bracket opened on the line before, "…报告《" / "与自然和平相处：应对气候变" / "化、…")
  if (unclosedBrackets(a.text) > 0 && !paragraphBreak) return 'text';
  const prevText = lines[i - 1]?.text ?? '';
  const openedBefore = sofar.endsWith(prevText + a.text) && unclosedBrackets(prevText + a.text) > 0;
  if (openedBefore && !paragraphBreak && !LIST_START.test(b.text)) return 'text';
  // a list item of a narrow box whose rest was set on a line of its own ("2. APEC 经济体典型" /
  // "绿色产品能力建设目"), the list going on after it: no title stands between two items
  if (listItemRest(lines, i, sofar)) return 'text';
  // nor does a line end on a conjunction ("…数据或者" / "重点成果"), paragraph break or not
  if (/(?:或者|以及|并且|[和与及或])$/.test(a.text) && !LIST_START.test(b.text) && !BULLET_START.test(b.text)) return 'text';
  // prose stopped mid-sentence (its last clause has no end) goes on in the next line, where the
  // text was wrapped twice (an export's own short lines, re-wrapped by a narrower column)
  // (a title-sized run closing on a quotation or title mark is a title with a comma in it)
  const closedTitle = /[》”」』]$/.test(a.text) && displayWidth(sofar) <= 60;
  // (what reads as a heading ahead but is as wide as this cut line and the one before is the same narrow box's next line)
  const prev = lines[i - 1];
  // (single-spaced, where lists stand line under line, the box shows in the line before too)
  const boxBefore = doubleSpaced || (prev !== undefined && Math.abs(prev.width - a.width) <= 1);
  // (a title with a comma in it, over another title as wide by chance, is no box: a box's lines
  // carry prose)
  const titleOverTitle = displayWidth(sofar) <= 45 && !/[。！？；]/.test(sofar) && !/[，。；！？：、,;:]/.test(b.text);
  const sameBox = a.width >= 6 && boxBefore && Math.abs(a.width - b.width) <= 1 && !SENTENCE_END.test(b.text) && !titleOverTitle;
  if (midSentence && !closedTitle && !LIST_START.test(b.text) && !DATE_START.test(b.text) && (sameBox || !headingAhead(lines, full, i + 1, pairs))) return 'text';
  // a word cut in two: the two ideographs meeting at the line end stand side by side elsewhere in
  // the document, again and again ("…发起亚" / "太区域…": 亚太), and the line stops mid-clause
  if (!paragraphBreak && displayWidth(sofar) >= 8 && !/[》”」』）)]$/.test(a.text) && !LIST_START.test(b.text) && !BULLET_START.test(b.text)) {
    const pair = a.text.slice(-1) + b.text.slice(0, 1);
    if (IDEOGRAPH_PAIR.test(pair) && (pairs.get(pair) ?? 0) >= 3) return 'text';
  }
  return undefined;
}


/**
 * A line ending on a word that needs what follows (a preposition before its object: 于, 在, 把,
 * 将…; a conjunction; 的; a date's own unit; an opening quotation mark or bracket) leads up to the
 * date the next line opens with: no title ends that way ("…和RAL把" / "2017年10月25日定为…",
 * "…是ICLEI协调的“" / "2020年地平线项目…”").
 */
const LEADS_TO_DATE = /[于在至从自到和与及为是的把将被由对向给比年月日“《（(「『【-]$/;

/**
 * A CJK character, not a pronoun or a word of its own before 的, then 的 and more text: the end of
 * a word cut in two at the line before, since no sentence opens that way.
 */
const WORD_TAIL_BEFORE_DE = /^(?![我你他她它其此该本这那谁新真有是目别])[\u4e00-\u9fff]的[\u4e00-\u9fff]/;

/** A clause of one character (化、…, 略，…) opens no sentence: it ends a word cut at the line before. */
const ONE_CHARACTER_CLAUSE = /^(?![一二三四五六七八九十])[\u4e00-\u9fff][，、]/;

/**
 * A news headline exactly one column line wide, over its story's first, full line (no date between): a
 * line that opens a paragraph, holds no clause, meets the next line at a seam the document never
 * writes, and whose words the story's first sentence says again ("蒙古国加入…网络" /
 * "蒙古国环境部于…正式加入…网络。"). Prose does not repeat its own first line's words in the
 * sentence that line begins.
 */
function headlineOverStory(lines: ContentLine[], full: boolean[], i: number, sofar: string, pairs: Map<string, number>): boolean {
  const a = lines[i]!;
  const b = lines[i + 1]!;
  const before = lines[i - 1];
  const opens = before === undefined || /[。！？]$/.test(before.text);
  if (!opens || compact(sofar) !== compact(a.text) || /[，。；！？：、,;:]/.test(a.text) || a.width < 8) return false;
  // (a headline two column lines long over its dated story: the next line, full and clause-less
  // too, is the headline's second half, not the story's first line)
  if (titleOverDatedStory(lines, full, i + 1)) return false;
  // (a headline may close on a quotation or title mark, or the story open on one: no word runs on
  // over that, "…实践指南" / "[《眼健康…》]…")
  const pair = a.text.slice(-1) + b.text.slice(0, 1);
  const marked = /[”》」』]$/.test(a.text) || /^[[《【]/.test(b.text);
  if (!marked && (!IDEOGRAPH_PAIR.test(pair) || (pairs.get(pair) ?? 0) > 0)) return false;
  let sentence = '';
  for (let j = i + 1; j < lines.length && j < i + 8; j++) {
    sentence += lines[j]!.text;
    if (/[。！？]/.test(lines[j]!.text)) break;
  }
  sentence = sentence.split(/[。！？]/)[0]!;
  // (a story opens on its subject, not on a word that carries a clause on: 并, 而, 也…; and the
  // words said again are half the headline at least, not a name prose happens to repeat)
  if (/^[并而且及与和或但则就也还又即]/.test(b.text)) return false;
  return longestSharedRun(a.text, sentence) >= a.width / 2;
}

/**
 * The width of the longest run of words of x (ideographs, and the digits and letters of a date or
 * name: "2017年10月25日") that y holds too.
 */
function longestSharedRun(x: string, y: string): number {
  let best = 0;
  for (let k = 0; k < x.length; k++) {
    for (let n = 1; k + n <= x.length && /^[\u4e00-\u9fff0-9A-Za-z]+$/.test(x.slice(k, k + n)); n++) {
      if (!y.includes(x.slice(k, k + n))) break;
      best = Math.max(best, displayWidth(x.slice(k, k + n)));
    }
  }
  return best;
}

/**
 * Line i + 1 is the tail of a title set over two lines: one word of two characters at most (or a
 * bracketed short name), under a short line without a clause, list mark or date, with wider text
 * or a list after it.
 */
function titleTail(lines: ContentLine[], i: number): boolean {
  const a = lines[i]!;
  const b = lines[i + 1]!;
  const after = lines[i + 2];
  if (a.width > 24 || /[，。；！？：、,;:]/.test(a.text) || LIST_START.test(a.text) || DATE_START.test(a.text)) return false;
  if (b.width > 6 || !/^(?:[\u4e00-\u9fff]{1,2}|[（(][A-Za-z0-9]{2,12}[）)])$/.test(b.text)) return false;
  // (a box's next narrow line is no tail: the text after it runs on at the same width)
  return after === undefined || after.width > b.width + 6 || LIST_START.test(after.text);
}

/**
 * Line i + 1 is the rest of the list item that line i is (or ends): the item stops without an
 * end, the next line is no wider than the item line (the same narrow box), holds no clause, mark
 * or date, and another list item or bullet follows it (or nothing does).
 */
function listItemRest(lines: ContentLine[], i: number, sofar: string): boolean {
  const a = lines[i]!;
  const b = lines[i + 1]!;
  const after = lines[i + 2];
  if (!LIST_START.test(sofar) || /[。！？；：，、,;:!?]$/.test(a.text) || displayWidth(sofar) > 30) return false;
  if (b.width > a.width + 1 || /[，。；！？：、,;:]/.test(b.text) || LIST_START.test(b.text) || BULLET_START.test(b.text) || DATE_START.test(b.text)) return false;
  // (an item numbered "1、" may open on a date: "1、2018.02：…")
  return after === undefined || LIST_START.test(after.text) || /^\s*\d{1,2}[、）)]/.test(after.text) || BULLET_START.test(after.text);
}

/**
 * Full lines without a clause, then line j, which opens on a date: a title over its dated story
 * (unless the lines lead up to the date: "…于" / "2017年…").
 */
function opensDatedStory(lines: ContentLine[], j: number): boolean {
  return DATE_START.test(lines[j]!.text) && !LEADS_TO_DATE.test(lines[j - 1]!.text) && !/[0-9]$/.test(lines[j - 1]!.text);
}

/** Lines from `from` on, filling the column without a clause, up to a line that opens a dated story. */
function titleOverDatedStory(lines: ContentLine[], atColumn: boolean[], from: number): boolean {
  let text = '';
  for (let j = from; j < lines.length && j < from + 3; j++) {
    if (j > from && opensDatedStory(lines, j)) return true;
    text += lines[j]!.text;
    if (!atColumn[j] || /[，。；！？：、,;]/.test(text) || displayWidth(text) > 60) return false;
  }
  return false;
}

/**
 * Do the lines from `from` on make a heading: cut lines, then a short one, and no clause in them?
 */
function headingAhead(lines: ContentLine[], full: boolean[], from: number, pairs?: Map<string, number>): boolean {
  let text = '';
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!.text;
    if (j > from && opensDatedStory(lines, j)) return true;
    text += line;
    if (/[，。；！？：、,;]/.test(line) || displayWidth(text) > 60) return false;
    if (!full[j] || SENTENCE_END.test(line)) {
      // text after it that ends a sentence within a few characters ("四人。") finishes a sentence
      // the lines began: no paragraph opens on so short a sentence
      const after = lines[j + 1]?.text ?? '';
      // nor does one end inside a word the document writes again and again ("…和可" / "持续发展…":
      // 可持续), the short rest of a line wrapped twice
      const seam = line.slice(-1) + after.slice(0, 1);
      if (pairs && !full[j] && IDEOGRAPH_PAIR.test(seam) && (pairs.get(seam) ?? 0) >= 3) return false;
      return !/[。！？；：]$/.test(line) && !/^[^，。；！？,;]{1,4}[。！？]/.test(after);
    }
  }
  return false;
}

function lastToken(text: string): string {
  return text.slice(text.search(/\S+$/));
}

/**
 * Joins a cut line to the next. A space at the cut (at either line end) is kept as one space.
 * Without one, CJK meets anything with nothing between; two Latin pieces are one word when the
 * document spells them as one elsewhere ("Ragnar" cut as "Rag"/"nar"), two when it knows both
 * words, and a hyphen at the cut between letters ("environ-"/"mental") is a soft hyphen unless
 * the document writes the hyphenated word elsewhere.
 */
function glueCut(left: string, a: ContentLine, b: ContentLine, url: boolean, words: Map<string, number>, explicitSpaces: boolean): string {
  const right = b.raw.trim();
  if (url) return left + right;
  const spaced = /\s$/.test(a.raw) || /^\s/.test(b.raw);
  const l = left.at(-1);
  const r = right[0];
  if (spaced) return `${left} ${right}`;
  if (isCjk(l) || isCjk(r)) return left + right;
  const x = /[A-Za-z0-9-]+$/.exec(left)?.[0] ?? '';
  const y = /^[A-Za-z0-9-]+/.exec(right)?.[0] ?? '';
  if (x === '' || y === '') return left + right;
  const known = (w: string, own: number) => (words.get(w.toLowerCase()) ?? 0) > own;
  if (/[A-Za-z]-$/.test(x) && /^[a-z]/.test(y)) {
    const whole = x.slice(0, -1) + y;
    if (known(x + y, 0) && !known(whole, 0)) return left + right;
    return left.slice(0, -1) + right;
  }
  if (known(x + y, 0)) return left + right;
  // a Latin word set between ideographs or brackets with no space inside, cut at the line end,
  // is one word: "（PAG" / "E）提供" (its spaces would stand beside the ideographs otherwise)
  if (/(?:^|[\u3000-\u9fff\uff00-\uffef(（])[A-Za-z0-9-]+$/.test(left) && /^[A-Za-z0-9-]+(?:$|[\u3000-\u9fff\uff00-\uffef)）])/.test(right)) return left + right;
  // digits cut apart were one number ("20" / "24年": both pieces occur elsewhere as cut pieces too)
  if (/\d$/.test(x) && /^\d/.test(y)) return left + right;
  if (known(x, 1) && known(y, 1)) return `${left} ${right}`;
  // a word cut where spaces are kept at cuts was one word
  return explicitSpaces ? left + right : `${left} ${right}`;
}

/** How often each Latin word (or number) occurs in the document, lower-cased. */
function latinWordCounts(lines: ContentLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    for (const m of l.text.matchAll(/[A-Za-z0-9][A-Za-z0-9-]*/g)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}
