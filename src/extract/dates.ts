import type { DatePrecision } from '../graph/types.js';
import { numericDates } from './numericDates.js';

// Dates in the forms the briefings use. The precision is what the text gives: a month without
// a day stays a month. A month-day without a year takes the year from context (the caller
// passes the nearest preceding explicit year, or the briefing's year).

export interface DateMention {
  /** ISO-8601 truncated to the precision: 2017, 2017-10, 2017-10-08. */
  start: string;
  /** Set for ranges: 2017年11月21日-28日 -> 2017-11-28. */
  end?: string;
  precision: DatePrecision;
  /** The year came from context rather than from the text of this date. */
  inferredYear: boolean;
  /** Open-ended start (2021年9月21日起). */
  from?: boolean;
  /** Offsets into the string searched. */
  index: number;
  length: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1900 || y > 2100) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined) {
    if (m === undefined || d < 1) return false;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d > days) return false;
  }
  return true;
}

const S = '\\s*';
const RANGE = `${S}(?:[-–—~～至到]|－)${S}`;
// Year, month, day with optional range tail: 2017年10月8日至13日, 2017年11月21日-28日,
// 2017年6月27日-29日, 2021年5月至10月, 2020年1月17至18日.
const FULL = new RegExp(
  [
    // "2017年会" is an annual meeting and "2017年度" a year's worth, not the year 2017 alone.
    `(?<y>\\d{4})${S}年(?!会|度)${S}`,
    `(?:(?<m>\\d{1,2})${S}月(?:份)?${S}`,
    `(?:(?<d>\\d{1,2})(?:${S}[日号])?${S})?)?`,
    `(?:${RANGE}(?:(?<y2>\\d{4})${S}年${S})?(?:(?<m2>\\d{1,2})${S}月${S})?(?<d2>\\d{1,2})?${S}(?<end2>[日号])?)?`,
    `(?<qi>起)?`,
  ].join(''),
  'gu',
);
// Month and day, year from context: 11月29日, 3月30-31日, 10月11-12日, 3 月 13 日.
const MONTH_DAY = new RegExp(
  `(?<!\\d)(?<m>\\d{1,2})${S}月${S}(?<d>\\d{1,2})(?:${S}(?<dayMark>[日号]))?(?:${RANGE}(?:(?<m2>\\d{1,2})${S}月${S})?(?<d2>\\d{1,2})${S}[日号])?(?<qi>起)?`,
  'gu',
);
// Year ranges: 2016-2018年, 2017-2019年.
const YEAR_RANGE = /(?<!\d)(?<y1>(?:19|20)\d{2})\s*[-–—~～至到]\s*(?<y2>(?:19|20)\d{2})\s*年?(?!\s*\d|\s*[.月])/gu;
// Dotted: 2018.01, 2018.03, 2018. 10.25
const DOTTED = /(?<!\d)(?<y>(?:19|20)\d{2})\s*\.\s*(?<m>\d{1,2})(?:\s*\.\s*(?<d>\d{1,2}))?(?![\d.])/gu;

function overlaps(found: DateMention[], index: number, length: number): boolean {
  return found.some((f) => index < f.index + f.length && f.index < index + length);
}

/** Finds dates in `text`; `contextYear` completes month-day dates that give no year. */
export function findDates(text: string, contextYear?: number): DateMention[] {
  const found: DateMention[] = [];
  // Every form has a digit (\d is ASCII here): most sentences have none, and no pattern need run.
  if (!/\d/.test(text)) return found;
  for (const m of text.matchAll(YEAR_RANGE)) {
    const y1 = Number(m.groups!.y1);
    const y2 = Number(m.groups!.y2);
    if (!valid(y1) || !valid(y2) || y2 <= y1) continue;
    found.push({ start: String(y1), end: String(y2), precision: 'year', inferredYear: false, index: m.index!, length: m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(FULL)) {
    if (overlaps(found, m.index!, m[0].length)) continue;
    const g = m.groups!;
    const y = Number(g.y);
    const mo = g.m ? Number(g.m) : undefined;
    let d = g.d ? Number(g.d) : undefined;
    let raw = m[0];
    // "2016-2018年" style year ranges and a bare day without 日 are not single dates; trim a
    // dangling range that captured nothing.
    const hasRangeEnd = g.d2 !== undefined || g.m2 !== undefined || g.y2 !== undefined;
    if (!hasRangeEnd) raw = raw.replace(new RegExp(`${RANGE}$`, 'u'), '');
    if (!valid(y, mo, d)) {
      if (d !== undefined && valid(y, mo)) d = undefined;
      else continue;
    }
    const mention: DateMention = {
      start: iso(y, mo, d),
      precision: d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year',
      inferredYear: false,
      index: m.index!,
      length: raw.length,
      text: raw,
    };
    if (hasRangeEnd) {
      const y2 = g.y2 ? Number(g.y2) : y;
      if (d !== undefined && g.d2) {
        const m2 = g.m2 ? Number(g.m2) : mo;
        const d2 = Number(g.d2);
        if (valid(y2, m2, d2)) mention.end = iso(y2, m2, d2);
      } else if (d === undefined && mo !== undefined && (g.m2 || (g.d2 && !g.end2))) {
        // 2021年5月至10月: a month range. ("10" is captured as d2 when 月 follows later.)
        const m2 = Number(g.m2 ?? g.d2);
        if (valid(y2, m2)) mention.end = iso(y2, m2);
      }
    }
    if (g.qi) mention.from = true;
    if (mention.end === mention.start) delete mention.end;
    found.push(mention);
  }
  for (const m of text.matchAll(DOTTED)) {
    const g = m.groups!;
    const y = Number(g.y);
    const mo = Number(g.m);
    const d = g.d ? Number(g.d) : undefined;
    if (!valid(y, mo, d) || overlaps(found, m.index!, m[0].length)) continue;
    found.push({
      start: iso(y, mo, d),
      precision: d !== undefined ? 'day' : 'month',
      inferredYear: false,
      index: m.index!,
      length: m[0].length,
      text: m[0],
    });
  }
  if (contextYear !== undefined) {
    for (const m of text.matchAll(MONTH_DAY)) {
      if (overlaps(found, m.index!, m[0].length)) continue;
      const g = m.groups!;
      const mo = Number(g.m);
      const d = Number(g.d);
      if (!g.dayMark && !g.d2) continue; // "3月30" alone is too weak a signal.
      if (!valid(contextYear, mo, d)) continue;
      const mention: DateMention = {
        start: iso(contextYear, mo, d),
        precision: 'day',
        inferredYear: true,
        index: m.index!,
        length: m[0].length,
        text: m[0],
      };
      if (g.d2) {
        const m2 = g.m2 ? Number(g.m2) : mo;
        if (valid(contextYear, m2, Number(g.d2))) mention.end = iso(contextYear, m2, Number(g.d2));
      }
      if (g.qi) mention.from = true;
      found.push(mention);
    }
  }
  if (contextYear !== undefined) {
    // "9月至11月": a month range in the context year.
    for (const m of text.matchAll(/(?<![\d年])(\d{1,2})\s*月\s*(?:[-–—~～至到])\s*(\d{1,2})\s*月/gu)) {
      if (overlaps(found, m.index!, m[0].length)) continue;
      const m1 = Number(m[1]);
      const m2 = Number(m[2]);
      if (!valid(contextYear, m1) || !valid(contextYear, m2) || m2 < m1) continue;
      found.push({ start: iso(contextYear, m1), end: iso(contextYear, m2), precision: 'month', inferredYear: true, index: m.index!, length: m[0].length, text: m[0] });
    }
  }
  found.push(...numericDates(text, found));
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The year the last explicit date among `dates` (as findDates gave them) names, for completing
 * later month-day dates. Dates whose year was inferred from context are skipped.
 */
export function lastExplicitYearOf(dates: readonly DateMention[]): number | undefined {
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    if (!d.inferredYear && d.precision !== 'year') return Number(d.start.slice(0, 4));
  }
  return undefined;
}

/** Words of a day relative to the day a news item is dated, and how many days before it they fall. */
const RELATIVE_DAYS: readonly [RegExp, number][] = [
  [/今天|今日/u, 0],
  [/昨天|昨日/u, 1],
  [/前天|前日(?!本)/u, 2],
];
/** "5日在北京表示": a day of the month alone, not part of a fuller date or of 5日电's dateline. */
const DAY_ALONE = /(?<![\d月年号/.-])(\d{1,2})\s*日(?!电)/u;
/** "日前", "近日": a few days before the item's date, so within its month. */
const LATELY = /日前|近日/u;

/**
 * Dates a news item's story gives relative to its date line's day (`itemDay`, YYYY-MM-DD): 今天 and
 * 昨天, a day of the month alone ("5日"), and 日前/近日 as the item's month. Empty when the sentence
 * says none of these.
 */
export function relativeDays(text: string, itemDay: string): DateMention[] {
  const base = new Date(`${itemDay}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return [];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  for (const [re, back] of RELATIVE_DAYS) {
    const m = re.exec(text);
    if (m) return [{ start: iso(new Date(base.getTime() - back * 86_400_000)), precision: 'day', inferredYear: true, index: m.index, length: m[0].length, text: m[0] }];
  }
  const day = DAY_ALONE.exec(text);
  if (day) {
    const n = Number(day[1]);
    if (n >= 1 && n <= 31) {
      // The day falls on or before the item's day: this month, else the month before.
      const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - (n > base.getUTCDate() ? 1 : 0), n));
      return [{ start: iso(d), precision: 'day', inferredYear: true, index: day.index, length: day[0].length, text: day[0] }];
    }
  }
  const lately = LATELY.exec(text);
  if (lately) return [{ start: itemDay.slice(0, 7), precision: 'month', inferredYear: true, index: lately.index, length: lately[0].length, text: lately[0] }];
  return [];
}
