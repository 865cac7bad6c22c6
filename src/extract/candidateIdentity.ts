import type { EntityLabel } from '../graph/index.js';
import type { Candidate } from './candidate.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

// Which gazetteer entry a discovered candidate is, if any: by the entry discovery matched, else by
// any of its names, under its own label or a compatible one.

/** Labels a discovered candidate may be merged into when the gazetteer knows the name under another label. */
function compatible(a: EntityLabel, b: EntityLabel): boolean {
  if (a === b) return true;
  const loose: EntityLabel[] = ['Organization', 'Project', 'EcoLabel', 'Document', 'Standard', 'Agreement'];
  return loose.includes(a) && loose.includes(b);
}

/** The gazetteer entry a candidate names, if any. */
export function gazetteerEntryFor(gazetteer: Gazetteer, c: Candidate): GazetteerEntry | undefined {
  if (c.known && compatible(c.known.label, c.label)) return c.known;
  for (const name of [c.name, c.surface, c.nameEn, c.abbr]) {
    if (!name) continue;
    const found = gazetteer.lookup(name);
    const same = found.find((e) => e.label === c.label) ?? (name === c.abbr ? undefined : found.find((e) => compatible(e.label, c.label)));
    if (same) return same;
    if (name === c.abbr) {
      const byAbbr = found.find((e) => e.label === c.label || (c.label !== 'Person' && e.label !== 'Person' && e.label !== 'Place'));
      if (byAbbr) return byAbbr;
    }
  }
  return undefined;
}
