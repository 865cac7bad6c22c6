import { foldName } from '../../graph/fold.js';
import type { EntityRecord, SearchHit } from '../GraphStore.js';

// The full-text index finds candidates (its cjk analyzer splits Han text into bigrams, so it
// matches by overlapping words, not by our contract). The ranking the contract promises
// (exact name > alias > prefix > substring) is applied here, on folded names, so both stores
// rank the same entity the same way.

export const SCORE = { exactName: 4, alias: 3, prefix: 2, substring: 1 } as const;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so user text is only ever searched for, never interpreted. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a search text: the whole text as a phrase, each word as a term, and
 * each word as a prefix (`word*`), so "Green Se" finds "Green Seal" and a single Han character
 * finds the bigrams that start with it. Empty when the text has no searchable characters.
 */
export function luceneQuery(text: string): string {
  const folded = foldName(text);
  const words = folded.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return '';
  const clauses = new Set<string>();
  clauses.add(`"${escapeLucene(folded)}"`);
  for (const word of words) {
    const escaped = escapeLucene(word);
    clauses.add(escaped);
    clauses.add(`${escaped}*`);
  }
  return [...clauses].join(' OR ');
}

function nameForms(entity: EntityRecord): { name: string; others: string[] } {
  const props = entity.properties;
  const name = typeof props.name === 'string' ? props.name : '';
  const others: string[] = [];
  for (const key of ['nameZh', 'nameEn'] as const) {
    const value = props[key];
    if (typeof value === 'string') others.push(value);
  }
  if (Array.isArray(props.aliases)) for (const alias of props.aliases) if (typeof alias === 'string') others.push(alias);
  return { name: foldName(name), others: others.map(foldName) };
}

/** The contract's score of an entity for a search text, 0 when no name form contains it. */
export function scoreEntity(text: string, entity: EntityRecord): number {
  const query = foldName(text);
  if (!query) return 0;
  const { name, others } = nameForms(entity);
  if (name === query) return SCORE.exactName;
  if (others.includes(query)) return SCORE.alias;
  const all = [name, ...others];
  if (all.some((form) => form.startsWith(query))) return SCORE.prefix;
  if (all.some((form) => form.includes(query))) return SCORE.substring;
  return 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Candidates the contract accepts, best first: score, then name, then id; at most `first`. */
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
