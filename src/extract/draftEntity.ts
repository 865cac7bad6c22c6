import type { EventBucketEntry } from './eventIdentity.js';
import { type EntityLabel } from '../graph/index.js';
import type { GazetteerEntry } from './gazetteer.js';

// An entity as the registry holds it while reading (a draft: names seen, kind, dates), and the
// plain-data forms in which a registry and a fork's changes cross a thread boundary.

export interface DraftEntity {
  key: string;
  label: EntityLabel;
  gazetteer?: GazetteerEntry;
  /** Surface forms seen in text, with counts. */
  seen: Map<string, number>;
  nameZh?: string;
  nameEn?: string;
  abbrs: Set<string>;
  kind?: string;
  country?: string;
  description?: string;
  method: string;
  confidence: number;
  /** Events: dates and precision. */
  startDate?: string;
  endDate?: string;
  datePrecision?: 'year' | 'month' | 'day';
}

/** What a fork did, in order: drafts it created and names it observed (see fork and absorb). */
export type RegistryOp = { op: 'create'; key: string } | { op: 'observe'; key: string; name: string; count: number };

/** A draft as it crosses a thread boundary: the gazetteer entry by id. */
export type PortableDraft = Omit<DraftEntity, 'gazetteer'> & { gazetteer?: string };

/** A fork's changes, to be absorbed by the registry that merges the briefings' readings. */
export interface RegistryDelta {
  log: RegistryOp[];
  /** The drafts the fork touched or created, as they ended. */
  drafts: PortableDraft[];
  /** Event buckets, as the fork left them. */
  buckets: [string, EventBucketEntry[]][];
  /** Where events were held, as the fork left it. */
  heldPlaces: [string, Set<string>][];
  /** Drafts the fork found to be other names of an entity (alias). */
  redirects: [string, string][];
}

/** The registry's state, to rebuild it in a worker thread (see toPortable, fromPortable). */
export interface PortableRegistry {
  drafts: PortableDraft[];
  byName: [string, string[]][];
  redirects: [string, string][];
  buckets: [string, EventBucketEntry[]][];
  heldPlaces: [string, Set<string>][];
}

export function copyDraft(d: DraftEntity): DraftEntity {
  return { ...d, seen: new Map(d.seen), abbrs: new Set(d.abbrs) };
}

export function portable(d: DraftEntity): PortableDraft {
  const { gazetteer, ...rest } = d;
  return gazetteer ? { ...rest, gazetteer: gazetteer.id } : rest;
}
