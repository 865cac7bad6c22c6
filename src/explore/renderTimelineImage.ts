import { existsSync, readdirSync } from 'node:fs';
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import { ttfDir } from './buildPaths.js';
import { timelineChartOption, timelineHeight, datedItems } from './timelineChart.js';
import type { TimelineEntry } from '../api/timelineEntry.js';

// The page's timeline picture without a browser: the same ECharts option drawn by ECharts'
// server-side SVG renderer, and that SVG rasterised by resvg with the bundled CJK font, so a
// machine without Chinese fonts still draws Chinese names.

export const TIMELINE_WIDTH = 1200;

export function renderTimelineSvg(items: readonly TimelineEntry[], title: string): string {
  const height = timelineHeight(datedItems(items).length, false);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: TIMELINE_WIDTH, height });
  try {
    chart.setOption(timelineChartOption(items, { title, interactive: false }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export class MissingFontError extends Error {}

export function renderTimelinePng(items: readonly TimelineEntry[], title: string): Buffer {
  if (!existsSync(ttfDir) || readdirSync(ttfDir).length === 0) {
    throw new MissingFontError(`no CJK font in ${ttfDir}; run npm run build:ts (it converts the @fontsource/noto-sans-sc files there)`);
  }
  const svg = renderTimelineSvg(items, title);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontDirs: [ttfDir], defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  });
  return resvg.render().asPng();
}
