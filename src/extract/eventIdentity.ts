import { ForkedMap } from './forkedMap.js';
import { slugFor } from '../graph/index.js';

// Event identity: an event's key, and the buckets (start date and kind) in which two reports of
// one event are recognised as the same.

/** The slug of an event's name in its keys and ids: at most 48 characters, cut at a word. */
export function eventSlug(names: { name: string; nameEn?: string }): string {
  return slugFor(names).slice(0, 48).replace(/-[^-]*$/, '') || 'event';
}

/** The registry key of an event first read on `startDate` under `name` (see events.ts). */
export function eventKeyOf(startDate: string, name: string): string {
  return `Event|${startDate}-${eventSlug({ name })}`;
}

/** An event already read, in its identity bucket (`${startDate}|${kind}`; see events.ts). */
export interface EventBucketEntry {
  key: string;
  places: Set<string>;
  /** The bodies and people its reports named (who met, signed, launched). */
  parties?: Set<string>;
  /** Folded name. */
  name: string;
  /** The event this one happened during, which it is never the same as. */
  notSameAs?: string;
}

/** The year of an event bucket key (`2019|meeting`, `2019-05-21|meeting`). */
export function bucketYear(key: string): string | undefined {
  return key[4] === '|' || key[4] === '-' ? key.slice(0, 4) : undefined;
}

/** Bucket keys of a registry's map by year, in the map's order; rebuilt when its size changes. */
export const bucketYears = new WeakMap<ReadonlyMap<string, EventBucketEntry[]>, { size: number; byYear: Map<string, string[]> }>();

export function bucketKeysByYear(buckets: ReadonlyMap<string, EventBucketEntry[]>): Map<string, string[]> {
  let index = bucketYears.get(buckets);
  if (!index || index.size !== buckets.size) {
    index = { size: buckets.size, byYear: new Map() };
    for (const key of buckets.keys()) {
      const year = bucketYear(key);
      if (year === undefined) continue;
      const keys = index.byYear.get(year);
      if (keys) keys.push(key);
      else index.byYear.set(year, [key]);
    }
    bucketYears.set(buckets, index);
  }
  return index.byYear;
}

export function copyBucket(list: EventBucketEntry[]): EventBucketEntry[] {
  return list.map((e) => ({ ...e, places: new Set(e.places), ...(e.parties ? { parties: new Set(e.parties) } : {}) }));
}

/**
 * Two reports of one event, given their bucket (same start date and kind): the same name or
 * names that hold each other (第十届世界城市论坛 / 世界城市论坛), or a shared place, or a shared
 * party (a body or person both reports name); a signing or launch also by a run of words its
 * names share. A shared date and kind alone is not enough: a meeting in 北京 and a signing in
 * 河内 on one day, or two meetings of different bodies, stay two. A talk during a meeting
 * (`notSameAs`: the meeting) is never that meeting and is told apart by its name alone.
 */
export function sameEvent(entry: EventBucketEntry, kind: string, foldedName: string, places: ReadonlySet<string>, notSameAs?: string, parties?: ReadonlySet<string>): boolean {
  if (notSameAs !== undefined && entry.key === notSameAs) return false;
  if (entry.name === foldedName || namedAlike(entry.name, foldedName)) return true;
  if (notSameAs) return false;
  if ((kind === 'launch' || kind === 'signing') && sharesWords(entry.name, foldedName)) return true;
  if ([...places].some((p) => entry.places.has(p))) return true;
  return parties !== undefined && entry.parties !== undefined && [...parties].some((p) => entry.parties!.has(p));
}

/** One name holds the other, apart from numbers and years ("第十届世界城市论坛" / "世界城市论坛"). */
export function namedAlike(a: string, b: string): boolean {
  const strip = (x: string) => x.replace(/[\d\s.年月日届第]/gu, '').replace(/[一二三四五六七八九十]+[届次](?=)/gu, '');
  const x = strip(a);
  const y = strip(b);
  return x.length >= 6 && y.length >= 6 && (x.includes(y) || y.includes(x));
}

/** Two names share a run of four or more characters outside dates and digits ("世界环境标志日"). */
export function sharesWords(a: string, b: string): boolean {
  const strip = (x: string) => x.replace(/[\d\s.年月日]/gu, '');
  const x = strip(a);
  const y = strip(b);
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}

/**
 * Keys of the event buckets of one year (dated to the year, or to a day or month in it), in
 * the order the map's keys() gives them. A fork asks this for every event it files: its
 * base's buckets are indexed once, not walked each time.
 */
export function bucketKeysOfYear(buckets: Map<string, EventBucketEntry[]>, year: string): string[] {
  if (!(buckets instanceof ForkedMap)) return [...buckets.keys()].filter((key) => bucketYear(key) === year);
  const keys: string[] = [];
  for (const [key] of buckets.layer()) if (bucketYear(key) === year) keys.push(key);
  for (const key of bucketKeysByYear(buckets.base).get(year) ?? []) if (!buckets.holds(key)) keys.push(key);
  return keys;
}
