// Dates in the graph are ISO strings truncated to what the text says ("2017", "2017-10",
// "2017-10-08"). Two such dates are compared at the coarser of their precisions, so an event
// in "2017-10" is neither before nor after the bound "2017-10-08": it matches it.

/** <0, 0 or >0 comparing a and b on their common prefix of precision. */
export function compareAtCoarserPrecision(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * True when an event spanning start..end (end defaults to start) overlaps the inclusive
 * bounds from..to. Events without a start date never match a bounded filter.
 */
export function eventWithinBounds(start: string | undefined, end: string | undefined, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (!start) return false;
  const last = end || start;
  if (from !== undefined && compareAtCoarserPrecision(last, from) < 0) return false;
  if (to !== undefined && compareAtCoarserPrecision(start, to) > 0) return false;
  return true;
}
