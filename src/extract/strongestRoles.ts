import type { MergedFact } from './facts.js';

// One body, one event, one role: a body read as organiser in one sentence, co-organiser in
// another and participant in a third is reported once, in its strongest role. A report writer
// reading "organizer, co-organizer, participant" of the same forum sees a contradiction, not
// three facts.

/** ORGANIZED roles, strongest first; a role not listed ranks after them. */
const ORGANISING_ROLES = ['organizer', 'host', 'lead', 'launcher', 'co-organizer'];

function rank(f: MergedFact): number {
  if (f.type === 'ATTENDED') return ORGANISING_ROLES.length + 1;
  const i = ORGANISING_ROLES.indexOf(String(f.props.role ?? ''));
  return i < 0 ? ORGANISING_ROLES.length : i;
}

/**
 * The facts to leave out so that each (body or person, event) pair keeps one ORGANIZED or
 * ATTENDED fact: an ORGANIZED fact before any ATTENDED one, and the strongest ORGANIZED role
 * (organizer > host > lead > launcher > co-organizer). `isEvent` tells events from the projects
 * ORGANIZED also points to (a programme may have a lead and a launcher).
 */
export function strongestRoles(facts: readonly MergedFact[], isEvent: (key: string) => boolean): Set<MergedFact> {
  const best = new Map<string, MergedFact>();
  const left = new Set<MergedFact>();
  for (const f of facts) {
    if ((f.type !== 'ORGANIZED' && f.type !== 'ATTENDED') || !isEvent(f.to)) continue;
    const pair = `${f.from}\u0000${f.to}`;
    const kept = best.get(pair);
    if (!kept) {
      best.set(pair, f);
      continue;
    }
    // Equal ranks cannot happen (ATTENDED merges its roles, ORGANIZED facts differ by role), so the order of facts does not decide.
    if (rank(f) < rank(kept)) {
      left.add(kept);
      best.set(pair, f);
    } else left.add(f);
  }
  return left;
}
