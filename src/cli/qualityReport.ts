import type { Graph } from '../graph/index.js';
export interface QualityReport { lines: string[] }
export async function evaluateQuality(_graph: Graph, _dir: string): Promise<QualityReport> {
  return { lines: ['quality report: annotations not written yet'] };
}
export function formatQualityReport(r: QualityReport): string {
  return r.lines.join('\n');
}
