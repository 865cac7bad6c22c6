// Named layouts of a briefing's text, for the suite and tests/support/layoutGrid.ts: the full
// grid of narrow-column re-layouts and the other transformations PDF extractors produce.
import { PAGE_NUMBER_STYLES, datedHeader, footerOfTotal, hyphenate, interleaveColumns, mixBlankLines, relayout, softHyphenate, swapWidths } from './transforms.js';

export type NamedLayout = [name: string, transform: (text: string) => string];

const BANNER = '同一个地球网络最新进展';

/** Widths 14..30 x double/single x with and without a running banner: 68 layouts. */
export const LAYOUT_GRID: NamedLayout[] = [];
for (let width = 14; width <= 30; width++) {
  for (const style of ['double', 'single'] as const) {
    for (const banner of [undefined, BANNER]) {
      LAYOUT_GRID.push([`${style[0]}${width}${banner ? 'b' : ''}`, (text) => relayout(text, { width, style, banner })]);
    }
  }
}

export const OTHER_TRANSFORMS: NamedLayout[] = [
  ['dated header s19', (text) => relayout(text, { width: 19, style: 'single', header: datedHeader })],
  ...Object.entries(PAGE_NUMBER_STYLES).map(
    ([name, pageNumber]): NamedLayout => [`page numbers ${name} d20`, (text) => relayout(text, { width: 20, style: 'double', header: datedHeader, pageNumber })],
  ),
  ['hyphenated s24', (text) => hyphenate(relayout(text, { width: 24, style: 'single' }))],
  ['widths swapped', swapWidths],
  ['columns 16/16 d', (text) => interleaveColumns(text, { left: 16, right: 16, style: 'double' })],
  ['columns 18/18 s', (text) => interleaveColumns(text, { left: 18, right: 18, style: 'single' })],
  ['columns 14/20 d', (text) => interleaveColumns(text, { left: 14, right: 20, style: 'double' })],
  ['columns 18/14 s', (text) => interleaveColumns(text, { left: 18, right: 14, style: 'single' })],
  ['footer of total d18', (text) => relayout(text, { width: 18, style: 'double', banner: '一个地球网络简报', pageNumber: footerOfTotal })],
  ['soft hyphens s23', (text) => softHyphenate(relayout(text, { width: 23, style: 'single' }))],
  ['mixed blank lines 16', (text) => mixBlankLines(text, { width: 16 })],
  ['mixed blank lines 24', (text) => mixBlankLines(text, { width: 24 })],
];
