import type { RelationRecord } from '../store/GraphStore.js';

/** One Source of a fact before its article and briefing are loaded. */
export interface SourceView {
  articleId?: string;
  quote?: string;
  citation?: string;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A fact's sources: `sources` (article ids) and `evidence` (sentences) are parallel lists,
 * evidence[i] read from sources[i]; reference facts carry a `citation` instead.
 */
export function sourcesOf(relation: RelationRecord): SourceView[] {
  const articles = strings(relation.properties.sources);
  const evidence = strings(relation.properties.evidence);
  const views: SourceView[] = [];
  const n = Math.max(articles.length, evidence.length);
  for (let i = 0; i < n; i++) {
    const view: SourceView = {};
    if (articles[i]) view.articleId = articles[i];
    if (evidence[i]) view.quote = evidence[i];
    views.push(view);
  }
  const citation = relation.properties.citation;
  if (typeof citation === 'string' && citation !== '') views.push({ citation });
  return views;
}
