import { badUserInput } from './errors.js';

// Cursors are opaque to clients; inside they are offsets into a deterministic order.

const PREFIX = 'offset:';

/** Cursors of the first offsets, made once: every page of every connection needs them. */
const KEPT_CURSORS = 10_000;
const cursors: string[] = [];

export function encodeCursor(offset: number): string {
  const kept = cursors[offset];
  if (kept !== undefined) return kept;
  const cursor = Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
  if (Number.isInteger(offset) && offset >= 0 && offset < KEPT_CURSORS) cursors[offset] = cursor;
  return cursor;
}

/** The offset of the item after `after`, 0 without a cursor. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined || after === '') return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const offset = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0 || encodeCursor(offset) !== after) {
    throw badUserInput(`after is ${JSON.stringify(after)}; expected an endCursor or cursor from an earlier page`, { argumentName: 'after' });
  }
  return offset + 1;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A page of `items` (already in their final order) starting at `offset`. */
export function connectionFrom<T>(items: readonly T[], offset: number, first: number, totalCount = items.length): Connection<T> {
  const page = items.slice(offset, offset + first);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + page.length < totalCount, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
    totalCount,
  };
}

/** A connection over a page already cut by the store at `offset`. */
export function connectionFromPage<T>(page: readonly T[], offset: number, totalCount: number): Connection<T> {
  const edges = page.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + page.length < totalCount, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
    totalCount,
  };
}
