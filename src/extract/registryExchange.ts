import { copyDraft, portable, type DraftEntity, type PortableDraft, type PortableRegistry, type RegistryDelta, type RegistryOp } from './draftEntity.js';
import { copyBucket, type EventBucketEntry } from './eventIdentity.js';
import { ForkedMap } from './forkedMap.js';
import type { Gazetteer } from './gazetteer.js';

// How a registry's state crosses a thread boundary and is copied: a fork's changes (delta), the
// whole state (portable), and copies. The orchestration's business (worker threads, merging in
// file order); no rule sees it. Reached through the registry's maps (StateRegistry), so this
// module does not import the registry.

/** The registry's maps; EntityRegistry has them (its name index is passed alongside). */
export interface StateRegistry {
  readonly entities: Map<string, DraftEntity>;
  readonly redirects: Map<string, string>;
  readonly eventBuckets: Map<string, EventBucketEntry[]>;
  readonly heldPlaces: Map<string, Set<string>>;
}

/** A fork's changes: the layer of each of its maps over the base, and its log. */
export function deltaOf(fork: StateRegistry, log: RegistryOp[]): RegistryDelta {
  const drafts: PortableDraft[] = [];
  for (const [, d] of (fork.entities as ForkedMap<string, DraftEntity>).layer()) drafts.push(portable(d));
  return {
    log,
    drafts,
    buckets: [...(fork.eventBuckets as ForkedMap<string, EventBucketEntry[]>).layer()],
    heldPlaces: [...(fork.heldPlaces as ForkedMap<string, Set<string>>).layer()],
    redirects: [...(fork.redirects as ForkedMap<string, string>).layer()],
  };
}

export function portableOf(registry: StateRegistry, byName: Map<string, Set<string>>): PortableRegistry {
  return {
    drafts: [...registry.entities.values()].map(portable),
    byName: [...byName].map(([name, keys]) => [name, [...keys]]),
    redirects: [...registry.redirects],
    buckets: [...registry.eventBuckets],
    heldPlaces: [...registry.heldPlaces],
  };
}

/** Fills an empty registry from its portable form; gazetteer entries are found by id. */
export function fillFromPortable(registry: StateRegistry, byName: Map<string, Set<string>>, data: PortableRegistry, gazetteer: Gazetteer): void {
  for (const d of data.drafts) {
    const { gazetteer: id, ...rest } = d;
    const entry = id === undefined ? undefined : gazetteer.byId.get(id);
    if (id !== undefined && !entry) throw new Error(`the registry names gazetteer entry ${id}, which this gazetteer does not have`);
    registry.entities.set(d.key, entry ? { ...rest, gazetteer: entry } : rest);
  }
  for (const [name, keys] of data.byName) byName.set(name, new Set(keys));
  for (const [from, to] of data.redirects) registry.redirects.set(from, to);
  for (const [bucket, list] of data.buckets) registry.eventBuckets.set(bucket, list);
  for (const [event, places] of data.heldPlaces) registry.heldPlaces.set(event, places);
}

/** Copies every map of `from` into the empty `to`, drafts and buckets deeply. */
export function copyState(from: StateRegistry, fromByName: Map<string, Set<string>>, to: StateRegistry, toByName: Map<string, Set<string>>): void {
  for (const [key, d] of from.entities) to.entities.set(key, copyDraft(d));
  for (const [name, keys] of fromByName) toByName.set(name, new Set(keys));
  for (const [from_, to_] of from.redirects) to.redirects.set(from_, to_);
  for (const [bucket, list] of from.eventBuckets) to.eventBuckets.set(bucket, copyBucket(list));
  for (const [event, places] of from.heldPlaces) to.heldPlaces.set(event, new Set(places));
}
