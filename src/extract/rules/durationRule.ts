import type { ReadingRule } from './ruleKit.js';
import type { SentenceContext } from '../sentenceContext.js';

const CHINESE_DIGITS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** "为期三天", "为期5天", "会期两天": how many days a gathering lasted. */
const DURATION = /(?:为期|会期|历时)\s*(\d{1,2}|[两二三四五六七八九十])\s*天/u;

/** The day `days` days after an ISO date (2023-03-30 + 2 -> 2023-04-01). */
function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * "2023年3月30日，论坛在澳门开幕。…为期三天": a gathering dated to its first day and said to last N
 * days ends N-1 days later. Only for the article's event, dated to a day with no end, in a sentence
 * that gives no day of its own and reads no other event.
 */
function duration(ctx: SentenceContext, eventKey: string | undefined): void {
  const m = DURATION.exec(ctx.text);
  const key = ctx.article.event;
  if (!m || !key || (eventKey && eventKey !== key) || ctx.dates.some((d) => d.precision === 'day')) return;
  const draft = ctx.registry.get(key);
  if (!draft?.startDate || draft.startDate.length !== 10 || draft.endDate) return;
  const days = /^\d+$/u.test(m[1]!) ? Number(m[1]) : CHINESE_DIGITS[m[1]!]!;
  if (days >= 2 && days <= 31) draft.endDate = plusDays(draft.startDate, days - 1);
}

/**
 * Rule `duration`.
 * Reads: 为期N天, 会期N天 after the article's event was dated to its first day.
 * Emits: no facts; sets the event's end date.
 * Skips: none.
 */
export const durationRule: ReadingRule = { name: 'duration', read: (ctx, r) => duration(ctx, r.event?.key) };
