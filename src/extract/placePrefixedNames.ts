import type { Gazetteer } from './gazetteer.js';
import { isGenericPhrase } from './discoverFilter.js';
import { charCount } from './charCount.js';

// One briefing names a body in full the first time and shorter later, or the other way round:
// 香港特别行政区政府环境保护署 and 香港环境保护署, 巴西圣保罗州政府 and 圣保罗州政府, 香港商界环保协会
// and 商界环保协会. The place in front (and 政府 after it) says where the body is; without it the
// name is the same body. Two such names in one briefing are one node.

/** What may stand between the place and the body's own name: the place's government. */
const GOVERNMENT = /^(?:特别行政区政府|特区政府|政府)/u;

/** A name without its place in front: the part that names the body itself. */
export function withoutPlace(name: string, gazetteer: Gazetteer): { place: string; rest: string } | undefined {
  // The longest place form in front: 香港特别行政区 before 香港.
  for (let k = Math.min(name.length - 2, 12); k >= 2; k--) {
    const place = gazetteer.lookup(name.slice(0, k), 'Place')[0];
    if (!place) continue;
    const rest = name.slice(k).replace(GOVERNMENT, '');
    return rest.length > 0 ? { place: place.id, rest } : undefined;
  }
  return undefined;
}

/**
 * Pairs [longer name, shorter name] of one body among the organisation names one briefing
 * found: the shorter is the longer without its place (and government) in front, or both are
 * the same body behind two forms of one place. The body's own name must be a name (four
 * characters or more, not generic), and only one place may claim it in the briefing, else
 * the short form could be any of them.
 */
export function placePrefixedPairs(names: readonly string[], gazetteer: Gazetteer): [string, string][] {
  const unique = [...new Set(names)].sort();
  const split = new Map<string, { place: string; rest: string }>();
  for (const n of unique) {
    const s = withoutPlace(n, gazetteer);
    if (s && charCount(s.rest) >= 4 && !isGenericPhrase(s.rest)) split.set(n, s);
  }
  const placesOf = new Map<string, Set<string>>();
  for (const { place, rest } of split.values()) placesOf.set(rest, (placesOf.get(rest) ?? new Set()).add(place));
  const pairs: [string, string][] = [];
  for (const [long, { rest }] of split) {
    if (placesOf.get(rest)!.size !== 1) continue;
    for (const other of unique) {
      if (other === long) continue;
      const same = other === rest || (split.get(other)?.rest === rest && other.length < long.length);
      if (same) pairs.push([long, other]);
    }
  }
  return pairs;
}
