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
  // 11月14日: a page of this year's items often leaves the year out; a line of nothing else is a date line.
  '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]',
];
const TIME = '(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';
/** "来源：中国环境报", "作者：王明": what a page prints beside an item's date, before or after it. */
const BYLINE = '(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|浏览次数|瀏覽次數|点击|點擊|栏目|欄目|分类|分類|类别|類別|频道|頻道)\\s*[:：]\\s*\\S{1,20}';

/**
 * A line that is a date and nothing more: a label, a time of day, brackets and a few short
 * words beside it (a source, an author, a view count) may go with it. Missing one merges two
 * items into one article, and what the first item named is then read into the second's story.
 */
export const DATE_LINE = new RegExp(
  `^(?:${BYLINE}\\s+)*[【\\[（(]?${LABEL}(?:${DATE_FORMS.join('|')})${TIME}[】\\]）)]?(?:\\s+\\S{1,20}){0,3}$`,
);

/** A line of its own between a headline and its date: "来源：中国环境报". */
const BYLINE_LINE = new RegExp(`^${BYLINE}(?:\\s+${BYLINE})*$`);

/** At least this many headlines with a date line under them make a file of news items. */
const MIN_ITEMS = 2;

/** A page's date or byline line ("日期:2019/04/09 13:07:30", "欄目:公司動態"): never a headline. */
export function isItemFurniture(line: string): boolean {
  const text = line.trim();
  return DATE_LINE.test(text) || BYLINE_LINE.test(text);
}

/**
 * The headlines that have a date line right under them, or undefined when there are fewer than
 * `minItems` (a file of news items has two or more; one dated headline among other stories still
 * opens its own).
 */
export function newsItemAnchors(lines: Line[], from: number, end: number, minItems = MIN_ITEMS): Anchor[] | undefined {
  const anchors: Anchor[] = [];
  for (let i = Math.max(from, 1); i < end; i++) {
    if (!DATE_LINE.test(lines[i]!.text.trim())) continue;
    // a byline or two may stand between the headline and its date
    let h = i - 1;
    while (h > from && i - h <= 2 && BYLINE_LINE.test(lines[h]!.text.trim())) h--;
    const headline = lines[h]!;
    if (!isHeadingLike(headline.text) || DATE_LINE.test(headline.text.trim()) || BYLINE_LINE.test(headline.text.trim())) continue;
    anchors.push({ line: h, title: cleanTitle(headline.text) });
  }
  return anchors.length >= minItems ? anchors : undefined;
}
