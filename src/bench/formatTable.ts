// A plain-text table: one row per figure, columns padded to their widest cell. Numbers are
// right-aligned so figures of one column can be compared at a glance.

export interface Row {
  group: string;
  measure: string;
  value: string;
  unit: string;
  target?: string;
  /** true: target met; false: missed; undefined: no target. */
  met?: boolean;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['', 'measure', 'value', 'unit', 'target', ''];
  const cells = rows.map((r) => [r.group, r.measure, r.value, r.unit, r.target ?? '', r.met === undefined ? '' : r.met ? 'met' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let group = '';
  for (const c of cells) {
    out.push(line(c[0] === group ? ['', ...c.slice(1)] : c));
    group = c[0]!;
  }
  return out.join('\n');
}

export function fixed(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

export function mib(bytes: number): string {
  return fixed(bytes / 1024 / 1024, 1);
}
