import { foldCompact, foldName } from '../../graph/fold.js';
import type { EntityRecord, SearchHit } from '../GraphStore.js';

// The contract's search, exactly as the embedded store runs it (store/memory/GraphIndex.ts):
// every entity one of whose name forms (id, name, nameZh, nameEn, aliases), folded, contains the
// folded text, with or without spaces (names broken by PDF line wrapping). Candidates come from
// a scan of the `_kgNames` kg load writes (the folded forms), not from the full-text index: the
// index's analyzers cut text into words and bigrams, so it cannot find "ul" inside "Paula" or
// "gen" inside "agenda", and the two stores must answer alike.

export const SCORE = { exactName: 4, alias: 3, prefix: 2, substring: 1 } as const;

/** The folded search text and its compact form (spaces dropped); empty when nothing is searchable. */
export function searchKeys(text: string): { folded: string; compact: string } {
  return { folded: foldName(text), compact: foldCompact(text) };
}

function strings(values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The contract's score of an entity for a search text, 0 when no name form contains it. */
export function scoreEntity(text: string, entity: EntityRecord): number {
  const { folded: query, compact: compactQuery } = searchKeys(text);
  if (!compactQuery) return 0;
  const p = entity.properties;
  // The id counts as a name: the embedded store ranks an id typed in full as an exact name.
  const primary = strings([entity.id, p.name, p.nameZh, p.nameEn]);
  const aliases = strings(Array.isArray(p.aliases) ? p.aliases : []);
  const equal = (form: string) => foldName(form) === query || foldCompact(form) === compactQuery;
  if (primary.some(equal)) return SCORE.exactName;
  if (aliases.some(equal)) return SCORE.alias;
  const all = [...primary, ...aliases];
  if (all.some((f) => foldName(f).startsWith(query) || foldCompact(f).startsWith(compactQuery))) return SCORE.prefix;
  if (all.some((f) => foldName(f).includes(query) || foldCompact(f).includes(compactQuery))) return SCORE.substring;
  return 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Candidates the contract accepts, best first: score, then name (code units), then id; at most `first`. */
export function rankSearchHits(text: string, candidates: readonly EntityRecord[], first: number): SearchHit[] {
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const entity of candidates) {
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    const score = scoreEntity(text, entity);
    if (score > 0) hits.push({ entity, score });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      compareCodeUnits(String(a.entity.properties.name ?? ''), String(b.entity.properties.name ?? '')) ||
      compareCodeUnits(a.entity.id, b.entity.id),
  );
  return hits.slice(0, Math.max(0, first));
}
