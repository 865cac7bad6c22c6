import type { CustomSeriesRenderItem, EChartsOption } from 'echarts';
import { formatDateRange } from './timelineExports.js';
import type { TimelineEntry } from '../api/timelineEntry.js';

// The timeline picture as an ECharts option: one row per event in date order, a bar over the
// period its date names at the precision the text gives (a year spans the year, a month the
// month, a day the day), the date on the left and the name and place beside the bar. The page
// draws it in the browser; `kg timeline --format svg|png` draws the same option with ECharts'
// server-side SVG renderer.

// Single quotes: ECharts writes the family into an SVG style attribute without escaping.
export const CJK_FONT_FAMILY = "'Noto Sans SC', sans-serif";
const ROW_HEIGHT = 26;
const MARGIN_TOP = 56;
const MARGIN_BOTTOM_STATIC = 40;
const MARGIN_BOTTOM_INTERACTIVE = 70;
const DAY_MS = 86_400_000;

/** Kinds in a fixed order of colours, so the same kind has the same colour in every picture. */
const KIND_COLOURS = ['#4C8EDA', '#F16667', '#8DCC93', '#F79767', '#C990C0', '#57C7E3', '#D9C8AE', '#ECB5C9', '#FFC454', '#DA7194', '#569480', '#848484'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, (m ?? 1) - 1, d ?? 1];
}

/** First instant of the period a date names. */
export function periodStart(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m, d);
}

/** First instant after the period a date names (2017 -> 2018-01-01, 2017-10 -> 2017-11-01). */
export function periodEnd(date: string): number {
  const [y, m, d] = parts(date);
  if (date.length === 4) return Date.UTC(y + 1, 0, 1);
  if (date.length === 7) return Date.UTC(y, m + 1, 1);
  return Date.UTC(y, m, d) + DAY_MS;
}

export function kindColour(kind: string | null, kinds: readonly string[]): string {
  const i = kind ? kinds.indexOf(kind) : -1;
  return i < 0 ? '#848484' : KIND_COLOURS[i % KIND_COLOURS.length]!;
}

export interface TimelineChartOptions {
  title: string;
  /** Zoom and tooltips for the page; a still picture for files. */
  interactive: boolean;
  /** Every kind known for the entity, so colours stay put when a filter hides some. */
  kinds?: readonly string[];
}

/** Height in pixels the picture needs for this many dated events. */
export function timelineHeight(rows: number, interactive: boolean): number {
  return MARGIN_TOP + Math.max(rows, 1) * ROW_HEIGHT + (interactive ? MARGIN_BOTTOM_INTERACTIVE : MARGIN_BOTTOM_STATIC);
}

export function datedItems(items: readonly TimelineEntry[]): TimelineEntry[] {
  return items.filter((e) => e.startDate);
}

export function timelineChartOption(items: readonly TimelineEntry[], options: TimelineChartOptions): EChartsOption {
  const dated = datedItems(items);
  const kinds = options.kinds ?? [...new Set(dated.map((e) => e.kind).filter((k): k is string => !!k))].sort();
  const rows = dated.map((e, row) => {
    const start = periodStart(e.startDate!);
    const end = periodEnd(e.endDate ?? e.startDate!);
    const label = e.places.length ? `${e.name} · ${e.places.join('、')}` : e.name;
    return { name: e.name, id: e.id, value: [start, end, row, label], itemStyle: { color: kindColour(e.kind, kinds) } };
  });
  let min = rows.length ? Math.min(...rows.map((r) => r.value[0] as number)) : Date.UTC(2000, 0, 1);
  let max = rows.length ? Math.max(...rows.map((r) => r.value[1] as number)) : Date.UTC(2001, 0, 1);
  // Room for the names written after the last bars.
  const span = Math.max(max - min, 30 * DAY_MS);
  min -= span * 0.03;
  max += span * 0.2;

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const row = api.value(2) as number;
    const [x0, y] = api.coord([api.value(0), row]) as [number, number];
    const [x1] = api.coord([api.value(1), row]) as [number, number];
    const height = (api.size!([0, 1]) as number[])[1]! * 0.55;
    const width = Math.max(x1 - x0, 5);
    const grid = params.coordSys as unknown as { x: number; width: number };
    // The name goes on the side of the bar with more room, cut with an ellipsis to fit there.
    const roomRight = grid.x + grid.width - (x0 + width) - 6;
    const roomLeft = x0 - grid.x - 6;
    const nearRight = roomLeft > roomRight;
    return {
      type: 'group',
      children: [
        { type: 'rect', shape: { x: x0, y: y - height / 2, width, height, r: 2 }, style: { fill: api.visual('color') as string } },
        {
          type: 'text',
          style: {
            x: nearRight ? x0 - 6 : x0 + width + 6,
            y,
            text: String(api.value(3)),
            align: nearRight ? 'right' : 'left',
            verticalAlign: 'middle',
            width: Math.max(nearRight ? roomLeft : roomRight, 40),
            overflow: 'truncate',
            fill: '#1f2430',
            font: `12px ${CJK_FONT_FAMILY}`,
          },
        },
      ],
    };
  };

  const dateLabels = dated.map((e) => formatDateRange(e.startDate, e.endDate));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CJK_FONT_FAMILY },
    title: { text: options.title, left: 12, top: 10, textStyle: { fontSize: 15, fontFamily: CJK_FONT_FAMILY } },
    grid: { left: 150, right: 24, top: MARGIN_TOP, bottom: options.interactive ? MARGIN_BOTTOM_INTERACTIVE : MARGIN_BOTTOM_STATIC },
    xAxis: { type: 'time', min, max, position: 'top', splitLine: { show: true, lineStyle: { color: '#eceef2' } }, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: dateLabels,
      axisTick: { show: false },
      axisLabel: { fontFamily: CJK_FONT_FAMILY, color: '#4a5060' },
      splitLine: { show: false },
    },
    tooltip: options.interactive
      ? {
          trigger: 'item',
          formatter: (p: unknown) => {
            const i = (p as { dataIndex: number }).dataIndex;
            const e = dated[i]!;
            const who = e.participants.slice(0, 6).map((x) => (x.roles.length ? `${x.name} (${x.roles.join(', ')})` : x.name));
            return [formatDateRange(e.startDate, e.endDate), e.name, e.kind ?? '', e.places.join('、'), who.join('; ')].filter(Boolean).map(escapeHtml).join('<br>');
          },
        }
      : undefined,
    dataZoom: options.interactive
      ? [
          { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', minValueSpan: 3 * DAY_MS },
          { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', minValueSpan: 3 * DAY_MS, bottom: 14, height: 22, labelFormatter: (v: number) => new Date(v).toISOString().slice(0, 10) },
        ]
      : undefined,
    series: [{ type: 'custom', name: 'events', renderItem, encode: { x: [0, 1], y: 2 }, data: rows, clip: false }],
  } as EChartsOption;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
