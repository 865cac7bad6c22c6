
// Dates written in figures only, as news pages print them on their date lines: 2021/06/04,
// 2019-11-08, 2018.10.24 (year first) and 24.10.2018 (day first, the European order; a year
// last is never read month first, which news items from Europe do not use). Not inside a URL
// or a longer run of figures and dots (SDG 12.7.1, a version number). A web page's label may put a
// half-width colon before one (日期:2021/06/04); a colon after a letter or figure (a URL, a time) may not.

const YEAR_FIRST = /(?<![\w/.-])(?<!\w:)((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/.-])/g;
const DAY_FIRST = /(?<![\w/.-])(?<!\w:)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\w/.-])/g;

/** The fields of dates.ts's DateMention that a figure-only date sets (no import: dates.ts imports this). */
interface NumericDate {
  start: string;
  precision: 'day';
  inferredYear: false;
  index: number;
  length: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Figure-only dates in `text` that no date already found overlaps. */
export function numericDates(text: string, found: ReadonlyArray<{ index: number; length: number }>): NumericDate[] {
  if (!/\d[-/.]\d/.test(text)) return [];
  const out: NumericDate[] = [];
  const add = (index: number, length: number, year: number, month: number, day: number) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    if ([...found, ...out].some((f) => index < f.index + f.length && f.index < index + length)) return;
    out.push({ start: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', inferredYear: false, index, length, text: text.slice(index, index + length) });
  };
  for (const m of text.matchAll(YEAR_FIRST)) add(m.index!, m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  for (const m of text.matchAll(DAY_FIRST)) add(m.index!, m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  return out;
}
