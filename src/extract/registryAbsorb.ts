import { foldName } from '../graph/index.js';
import type { DraftEntity, RegistryDelta } from './draftEntity.js';
import { eventKeyOf, sameEvent, type EventBucketEntry } from './eventIdentity.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

// Merging: a fork's changes taken into the registry that merges the briefings' readings, in file
// order (EntityRegistry.absorb). Kept apart from the registry, which it reaches through the few
// members it needs (AbsorbingRegistry), so this module does not import the registry.

/** What absorbing needs of a registry; EntityRegistry has it. */
export interface AbsorbingRegistry {
  readonly entities: Map<string, DraftEntity>;
  readonly eventBuckets: Map<string, EventBucketEntry[]>;
  readonly heldPlaces: Map<string, Set<string>>;
  readonly redirects: Map<string, string>;
  readonly gazetteer: Gazetteer;
  canonicalName(draft: Readonly<DraftEntity>): string;
  known(entry: GazetteerEntry): DraftEntity;
  observe(draft: DraftEntity, name: string, count: number): void;
  resolve(key: string): string;
  addRedirect(source: string, target: string): void;
}

/**
 * Takes in a fork's changes, as if its briefing had been read here: its events join events
 * already here that are the same (same date and kind, a shared name or place), its new
 * entities are added, its names counted, and dates it found fill in what is missing.
 * Returns the keys that changed: fork key -> key here.
 */
export function absorbDelta(registry: AbsorbingRegistry, delta: RegistryDelta): Map<string, string> {
  const remap = new Map<string, string>();
  // A named event this briefing dated, which another briefing dated differently: this
  // briefing reports another occurrence (世界城市论坛 meets every two years), so it becomes an
  // event of its own, found or filed in its bucket like any dated event.
  for (const d of delta.drafts) {
    if (d.label !== 'Event' || !d.startDate) continue;
    const target = registry.entities.get(d.key);
    if (!target?.startDate || target.startDate === d.startDate) continue;
    const name = registry.canonicalName(target);
    const kind = d.kind ?? 'meeting';
    const bucket = `${d.startDate}|${kind}`;
    const list = registry.eventBuckets.get(bucket) ?? [];
    const folded = foldName(name);
    const same = list.find((x) => x.key !== d.key && sameEvent(x, kind, folded, new Set()));
    const key = same?.key ?? eventKeyOf(d.startDate, name);
    if (!same) {
      list.push({ key, places: new Set(), name: folded });
      registry.eventBuckets.set(bucket, list);
    }
    if (!registry.entities.has(key)) {
      registry.entities.set(key, { key, label: 'Event', seen: new Map(), abbrs: new Set(), kind, method: 'pattern:dated-event', confidence: 0.8, startDate: d.startDate, endDate: d.endDate, datePrecision: d.datePrecision });
    }
    remap.set(d.key, key);
  }
  for (const [bucket, entries] of delta.buckets) {
    const kind = bucket.slice(bucket.lastIndexOf('|') + 1);
    const list = registry.eventBuckets.get(bucket) ?? [];
    // The fork's own events were told apart when it read them: each is matched only with
    // events other briefings reported.
    const earlier = list.length;
    for (const e of entries) {
      const key = remap.get(e.key) ?? e.key;
      const other = e.notSameAs === undefined ? undefined : (remap.get(e.notSameAs) ?? e.notSameAs);
      const same = list.find((x, i) => x.key === key || (i < earlier && sameEvent(x, kind, e.name, e.places, other, e.parties)));
      if (same) {
        if (same.key !== key) remap.set(e.key, same.key);
        for (const p of e.places) same.places.add(p);
        if (e.parties) {
          same.parties ??= new Set();
          for (const p of e.parties) same.parties.add(p);
        }
      } else list.push({ ...e, key, places: new Set(e.places), ...(e.parties ? { parties: new Set(e.parties) } : {}) });
    }
    registry.eventBuckets.set(bucket, list);
  }
  const at = (key: string) => remap.get(key) ?? key;
  const drafts = new Map(delta.drafts.map((d) => [d.key, d]));
  for (const op of delta.log) {
    const key = at(op.key);
    if (op.op === 'create') {
      if (registry.entities.has(key)) continue;
      const d = drafts.get(op.key)!;
      if (d.gazetteer !== undefined) {
        registry.known(registry.gazetteer.byId.get(d.gazetteer)!);
        continue;
      }
      const { gazetteer: _none, ...rest } = d;
      registry.entities.set(key, { ...rest, key, seen: new Map(), abbrs: new Set(d.abbrs) });
    } else {
      const target = registry.entities.get(key);
      if (target) registry.observe(target, op.name, op.count);
    }
  }
  for (const d of delta.drafts) {
    const target = registry.entities.get(at(d.key));
    if (!target) continue;
    if (d.startDate !== undefined) target.startDate ??= d.startDate;
    if (d.datePrecision !== undefined) target.datePrecision ??= d.datePrecision;
    if (d.endDate !== undefined && (!target.endDate || target.endDate < d.endDate)) target.endDate = d.endDate;
    if (d.kind !== undefined) target.kind ??= d.kind;
    if (d.nameEn !== undefined) target.nameEn ??= d.nameEn;
    if (d.nameZh !== undefined) target.nameZh ??= d.nameZh;
    if (d.country !== undefined) target.country ??= d.country;
    if (d.description !== undefined) target.description ??= d.description;
    for (const a of d.abbrs) target.abbrs.add(a);
  }
  for (const [from, to] of delta.redirects) {
    const source = at(from);
    const target = registry.resolve(at(to));
    if (source !== target && !registry.redirects.has(source)) registry.addRedirect(source, target);
  }
  for (const [event, places] of delta.heldPlaces) {
    const key = at(event);
    const set = registry.heldPlaces.get(key) ?? new Set<string>();
    for (const p of places) set.add(at(p));
    registry.heldPlaces.set(key, set);
  }
  return remap;
}
