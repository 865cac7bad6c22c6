import { type Anchor, type Line, isHeadingLike } from './briefingLines.js';
import { cleanTitle } from './titleMatch.js';

// News items collected from the web: each has its own headline with a date line under it
// ("日期：2021/06/04", "发布时间：2019-11-08 10:30", "24.10.2018"). Each headline opens an item;
// without this, the headline reads as the last line of the item before and the date line as
// the next item's title.

const LABEL = '(?:(?:发布|發佈|發布|更新|刊登)?(?:日期|时间|時間)|来源|來源|发布于|發佈於)?\\s*[:：]?\\s*';
const DATE_FORMS = [
  '\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}', // 2021/06/04, 2019-11-08, 2018.10.24
  '\\d{1,2}\\s*[.]\\s*\\d{1,2}\\s*[.]\\s*\\d{4}', // 24.10.2018
  '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日', // 2021年6月4日
];
const TIME = '(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';

/** A line that is a date and nothing more (a label, a time of day, a source may go with it). */
export const DATE_LINE = new RegExp(`^${LABEL}(?:${DATE_FORMS.join('|')})${TIME}(?:\\s+\\S{1,20})?$`);

/** At least this many headlines with a date line under them make a file of news items. */
const MIN_ITEMS = 2;

/** The headlines that have a date line right under them, or undefined when there are too few. */
export function newsItemAnchors(lines: Line[], from: number, end: number): Anchor[] | undefined {
  const anchors: Anchor[] = [];
  for (let i = Math.max(from, 1); i < end; i++) {
    if (!DATE_LINE.test(lines[i]!.text)) continue;
    const headline = lines[i - 1]!;
    if (!isHeadingLike(headline.text) || DATE_LINE.test(headline.text)) continue;
    anchors.push({ line: i - 1, title: cleanTitle(headline.text) });
  }
  return anchors.length >= MIN_ITEMS ? anchors : undefined;
}
