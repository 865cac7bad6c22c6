import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { allNames } from './gazetteer.js';

/**
 * How many other known bodies a name must open before it counts as a family's name rather than one
 * body's: 联合国 opens 联合国环境规划署, 联合国开发计划署, 联合国粮农组织 and more.
 */
const FAMILY_SIZE = 5;

const umbrellas = new WeakMap<Gazetteer, Set<string>>();

/**
 * Whether a known organisation is a family of bodies (the United Nations, the European Union) whose
 * name opens its members' names. A programme named "联合国…" is not thereby run by the UN as a
 * whole: one of its agencies runs it, and a rule that reads the owner from the name cannot tell which.
 */
export function isUmbrellaBody(gazetteer: Gazetteer, entry: GazetteerEntry | undefined): boolean {
  if (!entry || entry.label !== 'Organization') return false;
  let set = umbrellas.get(gazetteer);
  if (!set) umbrellas.set(gazetteer, (set = umbrellasOf(gazetteer)));
  return set.has(entry.id);
}

function umbrellasOf(gazetteer: Gazetteer): Set<string> {
  const owner = new Map<string, string>();
  const orgs = gazetteer.entries.filter((e) => e.label === 'Organization');
  for (const e of orgs) for (const n of allNames(e)) if (/\p{Script=Han}/u.test(n) && !owner.has(n)) owner.set(n, e.id);
  const opened = new Map<string, Set<string>>();
  for (const e of orgs) {
    for (const n of allNames(e)) {
      for (let k = 2; k < n.length; k++) {
        const head = owner.get(n.slice(0, k));
        if (!head || head === e.id) continue;
        const set = opened.get(head) ?? new Set<string>();
        set.add(e.id);
        opened.set(head, set);
      }
    }
  }
  return new Set([...opened].filter(([, members]) => members.size >= FAMILY_SIZE).map(([id]) => id));
}
