import { describe, expect, it } from 'vitest';
import { networkChartOption, startingPoint, type NetworkNode } from '../../src/explore/networkChart.js';
import type { LabelStyle } from '../../src/explore/browserStyle.js';

// The network picture starts the force layout from fixed rings, so one link always draws one
// picture. ECharts scatters nodes at random when they come without x and y.

const ring = (hop: number, n: number): NetworkNode[] => Array.from({ length: n }, (_, i) => ({ id: `organization:h${hop}-${i}`, name: `机构${hop}-${i}`, label: 'Organization', hop }));

describe('the network chart', () => {
  const nodes: NetworkNode[] = [{ id: 'organization:cec', name: '中环联合认证中心', label: 'Organization', hop: 0 }, ...ring(1, 7), ...ring(2, 12)];

  it('gives every node a starting point, none two alike, the centre in the middle', () => {
    const points = nodes.map((n) => startingPoint(n, nodes));
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(nodes.length);
    for (const [i, n] of nodes.entries()) expect(Math.round(Math.hypot(points[i]!.x, points[i]!.y) / 160)).toBe(n.hop);
  });

  it('draws the same option twice for the same neighbourhood', () => {
    const styles: Record<string, LabelStyle> = { '*': { color: '#A5ABB6', borderColor: '#9AA1AC', textColor: '#FFFFFF', diameter: 50 } };
    const a = JSON.stringify(networkChartOption(nodes, [], styles));
    expect(JSON.stringify(networkChartOption(nodes, [], styles))).toBe(a);
    const data = (networkChartOption(nodes, [], styles).series as Array<{ data: Array<{ x: number; y: number }> }>)[0]!.data;
    expect(data.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y))).toBe(true);
  });
});
