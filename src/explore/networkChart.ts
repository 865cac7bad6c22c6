import type { EChartsOption } from 'echarts';
import type { LabelStyle } from './browserStyle.js';
import { CJK_FONT_FAMILY } from './timelineChart.js';

// The neighbourhood as an ECharts force-directed graph: a node per entity coloured by label as
// Neo4j Browser colours it, an edge per fact labelled with its relationship type. The force
// layout starts from rings (the centre, its neighbours, theirs) rather than ECharts' random
// scatter, so the same link draws the same picture every time: a report writer's figure can be
// made again, and a test clicking a node finds it where it was last time.

export interface NetworkNode {
  id: string;
  name: string;
  /** Ontology label: Organization, Person, EcoLabel... */
  label: string;
  /** 0 for the centre, 1 or 2 for its neighbours. */
  hop: number;
}

export interface NetworkEdge {
  /** Stable key of the fact, to find its sources when clicked. */
  key: string;
  source: string;
  target: string;
  type: string;
}

export function networkChartOption(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], styles: Record<string, LabelStyle>): EChartsOption {
  const labels = [...new Set(nodes.map((n) => n.label))].sort();
  const styleOf = (label: string) => styles[label] ?? styles['*']!;
  return {
    animation: false,
    textStyle: { fontFamily: CJK_FONT_FAMILY },
    legend: { data: labels, top: 6, left: 8, textStyle: { fontFamily: CJK_FONT_FAMILY } },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 260, edgeLength: [70, 150], gravity: 0.08, layoutAnimation: false },
        categories: labels.map((label) => ({ name: label, itemStyle: { color: styleOf(label).color, borderColor: styleOf(label).borderColor, borderWidth: 2 } })),
        data: nodes.map((n) => ({
          id: n.id,
          ...startingPoint(n, nodes),
          name: n.name,
          category: labels.indexOf(n.label),
          symbolSize: (styleOf(n.label).diameter * (n.hop === 0 ? 1 : n.hop === 1 ? 0.6 : 0.42)),
          label: { show: true, position: 'right', fontSize: n.hop === 0 ? 14 : 11, fontFamily: CJK_FONT_FAMILY, color: '#1f2430' },
        })),
        edges: edges.map((e) => ({ source: e.source, target: e.target, value: e.key, label: { show: true, formatter: e.type, fontSize: 9, color: '#5b6170' } })),
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        lineStyle: { color: '#A5ABB6', width: 1.2, curveness: 0.08 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 } },
      },
    ],
  } as EChartsOption;
}

/** Where a node starts before the force layout runs: on a ring per hop, spread evenly by order. */
export function startingPoint(node: NetworkNode, nodes: readonly NetworkNode[]): { x: number; y: number } {
  if (node.hop === 0) return { x: 0, y: 0 };
  const ring = nodes.filter((n) => n.hop === node.hop);
  const turn = ring.indexOf(node) / ring.length + (node.hop === 2 ? 0.5 / ring.length : 0);
  const radius = 160 * node.hop;
  return { x: Math.round(radius * Math.cos(2 * Math.PI * turn)), y: Math.round(radius * Math.sin(2 * Math.PI * turn)) };
}
