import { IngestError } from './IngestError.js';
import { cleanTitle } from './titleMatch.js';
import { isItemFurniture } from './newsItemAnchors.js';

export interface BriefingMeta {
  title: string;
  /** The issue as printed: "2017年第四期", "2021年第3期 总第5期", "2018年第一季度". */
  issue?: string;
  year?: number;
  /** The organisation that publishes or compiles the briefing. */
  publisher?: string;
  /** The publisher's department, when the cover names one ("研发部"). */
  department?: string;
  /** Only what the text states; a year alone when that is all it gives. */
  publishedOn?: string;
  /** A standing subtitle printed on the cover ("合作方动态追踪"). */
  series?: string;
}

const COVER_LINES = 14;
const TITLE_WORD = /(?:简报|通讯|快讯|周报|月报|季报|年报|newsletter|briefing|bulletin)$/i;
const ISSUE = /^(\d{4})\s*年\s*第\s*([\d一二三四五六七八九十]+)\s*期$/;
const ISSUE_NO_YEAR = /^第\s*([\d一二三四五六七八九十]+)\s*期$/;
const TOTAL_ISSUE = /^总\s*第\s*[\d一二三四五六七八九十]+\s*期$/;
const QUARTER = /第\s*([一二三四1-4])\s*季度/;
const YEAR_LINE = /^(19|20)\d{2}$/;
const ORG_SUFFIX = /(?:中心|协会|委员会|研究院|研究所|联盟|基金会|学会|公司|集团|署|局|网络)$/;
const DEPARTMENT = /^[\u4e00-\u9fff]{2,8}(?:部|处|室|司|科)$/;
const COMPILED_BY = /由([\u4e00-\u9fff（）()A-Za-z]{2,30}?)(?:汇编制作|汇编|编制|编辑|编印|整理|制作|主办|出版)/;
const STOP = /^(?:#{1,6}\s*)?(?:目\s*录|contents)$/i;

/**
 * Title, issue, year and publisher from a briefing's cover (the lines before its table of
 * contents) and, failing that, from what the text says about itself.
 */
export function readBriefingMeta(text: string, file: string): BriefingMeta {
  const cover = readCover(text);
  if (cover.length === 0) throw new IngestError(file, "has no text; expected a briefing's cover or first heading");

  const printedTitle = readTitle(cover);
  // no title page (text cut from the middle of a PDF): its first line is a sentence, no title
  const titlePage = printedTitle !== undefined || !/[，。；！？]/.test(cover[0]!);
  const meta: BriefingMeta = { title: printedTitle ?? (titlePage ? cover[0]! : titleFromFile(file)) };
  const used = new Set<string>([meta.title]);

  const issue = readIssue(cover, text);
  if (issue) {
    meta.issue = issue.issue;
    used.add(issue.line);
    if (issue.year !== undefined) {
      meta.year = issue.year;
      if (issue.printedYear) meta.publishedOn = String(issue.year);
    }
  }
  if (meta.year === undefined) {
    // a briefing reports what happened before it went out: without a title page its period is
    // the latest month it names, not the year most of its background dates fall in
    const year = titlePage ? commonestYear(text) : latestYear(text);
    if (year !== undefined) meta.year = year;
  }

  const org = readCoverOrganisation(cover);
  if (org) {
    meta.publisher = org.publisher;
    if (org.department) meta.department = org.department;
  } else {
    const publisher = compiler(text) ?? ownSectionOrganisation(cleanLines(text), text);
    if (publisher) meta.publisher = publisher;
  }

  const series = readSeries(cover, meta, used);
  if (series) meta.series = series;
  return meta;
}

/** The text's lines without their marks, blank ones left out; cleaned as they are asked for. */
function* cleanLines(text: string): Generator<string> {
  for (const line of text.split('\n')) {
    const clean = cleanTitle(line);
    if (clean !== '') yield clean;
  }
}

/**
 * The first COVER_LINES lines, or those before the contents marker ("目录") when it comes
 * sooner. A marker on the first line is the title of a page, not the end of the cover.
 * Only the cover's lines are cleaned: the rest of a briefing is long paragraphs.
 */
function readCover(text: string): string[] {
  const cover: string[] = [];
  let stops = true;
  for (const line of cleanLines(text)) {
    // a web page's date and category lines ("日期:2019/04/09", "欄目:公司動態") are no cover's
    if (isItemFurniture(line)) continue;
    if (cover.length === 0 && STOP.test(line)) stops = false;
    else if (stops && STOP.test(line)) break;
    cover.push(line);
    if (cover.length === COVER_LINES) break;
  }
  return cover;
}

/** Verbs of a news headline: a cover line holding one reports something. */
const HEADLINE_VERB = /到访|来访|会见|出席|参加|召开|举办|举行|签署|访问|启动|拜访|考察|当选/u;

/** "可持续公共采购计划简报" under "同一个地球网络": a title split over two cover lines. */
function readTitle(cover: string[]): string | undefined {
  const i = cover.findIndex((l) => TITLE_WORD.test(l) && l.length <= 40);
  if (i < 0) return undefined;
  const line = cover[i]!;
  const prev = cover[i - 1];
  if (prev && /^[\u4e00-\u9fff]{2,12}$/.test(prev) && !ORG_SUFFIX.test(prev.replace(/网络$/, '')) && !TITLE_WORD.test(prev)) {
    return prev + line;
  }
  return line;
}

interface Issue {
  issue: string;
  line: string;
  year?: number;
  printedYear: boolean;
}

function readIssue(cover: string[], text: string): Issue | undefined {
  for (let i = 0; i < cover.length; i++) {
    const line = cover[i]!;
    const full = ISSUE.exec(line);
    if (full) {
      const total = cover[i + 1];
      const issue = total && TOTAL_ISSUE.test(total) ? `${line} ${total}` : line;
      return { issue, line, year: Number(full[1]), printedYear: true };
    }
    if (ISSUE_NO_YEAR.test(line)) {
      // "2020" and "第二期" printed on lines of their own
      const year = cover.slice(Math.max(0, i - 2), i + 3).find((l) => YEAR_LINE.test(l));
      if (year) return { issue: `${year}年${line}`, line, year: Number(year), printedYear: true };
      return { issue: line, line, printedYear: false };
    }
  }
  for (const line of cover) {
    const q = QUARTER.exec(line);
    if (q) {
      // the quarter is printed, its year is the one the reports are dated in
      const year = commonestYear(text);
      return {
        issue: year !== undefined ? `${year}年第${q[1]}季度` : `第${q[1]}季度`,
        line,
        ...(year !== undefined ? { year } : {}),
        printedYear: false,
      };
    }
  }
  return undefined;
}

/** The year most dates in the text fall in ("2018 年 3月 6日", "2018.02"). */
const MONTH_DATE = /(?<!\d)((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月|[.\-/]\s*\d{1,2})/g;

function latestYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(MONTH_DATE)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/** "one-planet-spp-briefing-2021-spring.txt" -> "one planet spp briefing 2021 spring". */
function titleFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || file;
}

function commonestYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(MONTH_DATE)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  return best;
}

/** "中环联合认证中心" and "研发部" on the cover, on one line or two. */
function readCoverOrganisation(cover: string[]): { publisher: string; department?: string } | undefined {
  for (let i = 0; i < cover.length; i++) {
    const parts = cover[i]!.split(/\s+/);
    const publisher = parts[0]!;
    if (!/^[\u4e00-\u9fff（）()]{4,30}$/.test(publisher) || !ORG_SUFFIX.test(publisher) || publisher.endsWith('网络')) continue;
    // "王利民到访双绿联盟": a headline that ends on a body's name, not the body that publishes
    if (HEADLINE_VERB.test(publisher)) continue;
    const department = parts[1] ?? cover[i + 1];
    return department && DEPARTMENT.test(department) ? { publisher, department } : { publisher };
  }
  return undefined;
}

/** The closing line of a compiled briefing: "…由中环联合认证中心汇编制作。" */
function compiler(text: string): string | undefined {
  const tail = text.slice(Math.floor(text.length * 0.7));
  // the last such phrase: earlier ones describe documents the briefing reports on
  return [...tail.matchAll(new RegExp(COMPILED_BY.source, 'g'))].at(-1)?.[1];
}

/**
 * A briefing without a cover reports its publisher's own work first ("01 中环联合国际合作");
 * the full name is the one the text spells out for that short name.
 */
function ownSectionOrganisation(lines: Iterable<string>, text: string): string | undefined {
  for (const line of lines) {
    const m = /^0?1\s*([\u4e00-\u9fff]{2,8}?)(?:国际合作|合作|动态|工作)/.exec(line);
    if (!m) continue;
    const full = new RegExp(`${m[1]}[\\u4e00-\\u9fff]{0,8}?(?:中心|协会|委员会|研究院)`).exec(text);
    return full?.[0] ?? m[1];
  }
  return undefined;
}

/** A cover line that is neither title, issue, year nor publisher: the series' standing subtitle. */
function readSeries(cover: string[], meta: BriefingMeta, used: Set<string>): string | undefined {
  const titleAt = cover.findIndex((l) => meta.title.endsWith(l));
  const issueAt = cover.findIndex((l) => used.has(l) && l !== meta.title);
  if (titleAt < 0 || issueAt < 0) return undefined;
  const between = cover
    .slice(titleAt + 1, issueAt)
    .filter((l) => !YEAR_LINE.test(l) && !ORG_SUFFIX.test(l) && !meta.title.includes(l));
  return between.length > 0 ? between.join(' ') : undefined;
}
