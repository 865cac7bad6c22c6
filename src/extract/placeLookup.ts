import type { DraftEntity } from './draftEntity.js';
import type { Gazetteer } from './gazetteer.js';

// Where places lie by the curated geography (seed/gazetteer/places.json): which place holds
// which, and the most specific of several. Reached through the members they need, so this
// module does not import the registry.

/** What these need of a registry; EntityRegistry has it. */
export interface PlaceRegistry {
  readonly gazetteer: Gazetteer;
  peek(key: string): Readonly<DraftEntity> | undefined;
}

/**
 * Whether the place `inner` lies inside the place `outer` by the curated geography
 * (斯德哥尔摩 inside 瑞典, 马德里 inside 欧洲). Places the gazetteer does not know contain nothing.
 */
export function placeWithin(registry: PlaceRegistry, inner: string, outer: string): boolean {
  const target = registry.peek(outer)?.gazetteer?.id;
  if (target === undefined) return false;
  const seen = new Set<string>();
  for (let id = registry.peek(inner)?.gazetteer?.in; id !== undefined && !seen.has(id); id = registry.gazetteer.byId.get(id)?.in) {
    if (id === target) return true;
    seen.add(id);
  }
  return false;
}

/**
 * Of `places`, those no other one of them lies inside: 斯德哥尔摩 of 瑞典 and 斯德哥尔摩. A venue
 * (北京梅地亚中心) does not make its city less specific: cities are what events are looked up by.
 */
export function mostSpecificPlaces(registry: PlaceRegistry, places: Iterable<string>): string[] {
  const list = [...places];
  return list.filter((outer) => !list.some((inner) => inner !== outer && registry.peek(inner)?.gazetteer?.kind !== 'venue' && placeWithin(registry, inner, outer)));
}
