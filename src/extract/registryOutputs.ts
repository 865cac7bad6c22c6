import { entityId, foldName, shortHash, slugFor } from '../graph/index.js';
import type { DraftEntity } from './draftEntity.js';
import { eventSlug } from './eventIdentity.js';
import { allNames, type Gazetteer } from './gazetteer.js';
import { NameMatcher } from './nameMatcher.js';

// What the registry gives the rest of the stage once entities are known: an entity's display
// name, the matcher over every name, and the final ids. Reached through the members they need
// (OutputRegistry), so this module does not import the registry.

/** What these need of a registry; EntityRegistry has it. */
export interface OutputRegistry {
  readonly gazetteer: Gazetteer;
  readonly entities: Map<string, DraftEntity>;
  resolve(key: string): string;
  canonicalName(draft: Readonly<DraftEntity>): string;
}

const HAN = /\p{Script=Han}/u;

/**
 * Canonical names of discovered drafts, by their map of seen forms: rules ask for a draft's name
 * sentence after sentence, and it changes only when observe adds to that map (which drops it here).
 */
const canonicalNames = new WeakMap<Map<string, number>, string>();

/** A matcher over every matchable name of every entity, for the mention pass. */
export function buildNameMatcher(registry: OutputRegistry): NameMatcher<string> {
  const matcher = new NameMatcher<string>();
  for (const entry of registry.gazetteer.entries) {
    const skip = new Set(entry.noMatch.map(foldName));
    for (const name of allNames(entry)) if (!skip.has(foldName(name))) matcher.add(name, entry.id);
  }
  for (const draft of registry.entities.values()) {
    // A known name the text writes with quotes inside (“同一个地球”网络秘书处) is found as written.
    if (draft.gazetteer) {
      const names = new Set(allNames(draft.gazetteer).map(foldName));
      for (const name of draft.seen.keys()) if (/[“”"「」]/u.test(name.replace(/^[“"「]+|[”"」]+$/gu, '')) && names.has(foldName(name.replace(/[“”"「」]/gu, '')))) matcher.add(name, registry.resolve(draft.key));
    }
    // Events read from dated sentences are found by date, not by name; named ones (第23届…大会) by name.
    if (draft.gazetteer || (draft.label === 'Event' && !draft.method.startsWith('pattern:') ) || draft.method === 'pattern:dated-event') continue;
    const target = registry.resolve(draft.key);
    for (const name of draft.seen.keys()) {
      // Bare Latin words shorter than 3 letters match too much ("UL" is fine only via the gazetteer).
      if (!HAN.test(name) && name.replace(/[^A-Za-z0-9]/g, '').length < 3) continue;
      matcher.add(name, target);
    }
    for (const abbr of draft.abbrs) if (abbr.replace(/[^A-Za-z0-9]/g, '').length >= 2) matcher.add(abbr, target);
  }
  return matcher;
}

/** Mints the final ids: gazetteer ids as given, others `<type>:<slug>` with a hash on collision. */
export function assignEntityIds(registry: OutputRegistry): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const drafts = [...registry.entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const d of drafts) if (d.gazetteer) {
    ids.set(d.key, d.gazetteer.id);
    used.add(d.gazetteer.id);
  }
  for (const d of drafts) {
    if (d.gazetteer) continue;
    const name = registry.canonicalName(d);
    const english = d.nameEn ?? [...d.abbrs].sort()[0];
    // Events: date + what happened, so two reports of one event meet on the same id.
    const slug =
      d.label === 'Event'
        ? `${d.startDate ?? 'undated'}-${eventSlug({ name, nameEn: d.nameEn })}`
        : slugFor({ name, nameEn: english, nameZh: HAN.test(name) ? name : undefined });
    let id = entityId(d.label, slug);
    if (used.has(id)) id = entityId(d.label, `${slug}-${shortHash(d.key, 6)}`);
    used.add(id);
    ids.set(d.key, id);
  }
  return ids;
}

/** The display name: the gazetteer's, else the most frequent Chinese form, else the most frequent form. */
export function canonicalNameOf(draft: Readonly<DraftEntity>): string {
  if (draft.gazetteer) return draft.gazetteer.name;
  // An event keeps the name it was first reported under (usually the article's own heading).
  if (draft.label === 'Event') return draft.seen.keys().next().value ?? draft.key;
  let name = canonicalNames.get(draft.seen);
  if (name === undefined) {
    const forms = [...draft.seen.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    const chinese = forms.find(([form]) => HAN.test(form));
    name = (chinese ?? forms[0])?.[0] ?? draft.key;
    canonicalNames.set(draft.seen, name);
  }
  return name;
}

/** Forgets a draft's cached name when its seen forms change (EntityRegistry.observe). */
export function forgetCanonicalName(seen: Map<string, number>): void {
  canonicalNames.delete(seen);
}
