import { createHash } from 'node:crypto';
import { foldName } from '../../graph/fold.js';
import { ENTITY_LABELS, PROVENANCE_LABELS, RELATIONSHIP_TYPES, type RelationshipType } from '../../graph/ontology.js';
import type { Graph, Properties, PropertyValue } from '../../graph/types.js';
import { endpointLabels, isMarkerKey, type NodeLabel } from './cypher.js';

// What `kg load` will write, computed from the parsed snapshot alone (no database): one group
// of rows per label and per relationship type, each cut into batches (one transaction each).
// Each row carries the hash of its pipeline properties, so the database can skip rows that are
// already up to date, and the list of its keys, so keys that disappear can be removed.

export interface NodeRow {
  id: string;
  props: Properties;
  /** The snapshot's property keys, sorted. */
  keys: string[];
  /** foldName() of the id and of every name form (entities only; empty for provenance nodes). */
  names: string[];
  hash: string;
}

export interface RelationshipRow {
  id: string;
  start: string;
  end: string;
  props: Properties;
  keys: string[];
  hash: string;
}

export interface NodeGroup {
  label: NodeLabel;
  rows: NodeRow[];
  batches: NodeRow[][];
}

export interface RelationshipGroup {
  type: RelationshipType;
  rows: RelationshipRow[];
  batches: RelationshipRow[][];
}

export interface LoadPlan {
  /** sha256 of the snapshot's bytes; written on each item the load changes. */
  snapshot: string;
  batchSize: number;
  /** Briefings, articles, then entity labels in ontology order; every label, even when empty. */
  nodes: NodeGroup[];
  /** Every relationship type in ontology order, even when empty (so stale ones get deleted). */
  relationships: RelationshipGroup[];
}

export class LoadPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadPlanError';
  }
}

export const DEFAULT_BATCH_SIZE = 500;

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function batchesOf<T>(rows: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < rows.length; i += size) batches.push(rows.slice(i, i + size));
  return batches;
}

/** Properties without undefined values and without keys the pipeline reserves for itself, sorted. */
function cleanProperties(source: Record<string, PropertyValue | undefined>, where: string): Properties {
  const out: Properties = {};
  for (const key of Object.keys(source).sort()) {
    const value = source[key];
    if (value === undefined || value === null) continue;
    if (isMarkerKey(key)) throw new LoadPlanError(`${where} has property "${key}"; keys starting with "_kg" are reserved for kg load's bookkeeping`);
    out[key] = value;
  }
  return out;
}

function withArticle(word: string): string {
  return `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function rowHash(parts: unknown): string {
  return sha256(JSON.stringify(parts)).slice(0, 20);
}

function nodeRow(id: string, props: Properties, names: string[]): NodeRow {
  const keys = Object.keys(props);
  return { id, props, keys, names, hash: rowHash([props, names]) };
}

function entityNames(id: string, props: Properties): string[] {
  const forms = [id];
  for (const key of ['name', 'nameZh', 'nameEn'] as const) {
    const value = props[key];
    if (typeof value === 'string') forms.push(value);
  }
  const aliases = props.aliases;
  if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') forms.push(alias);
  return [...new Set(forms.map(foldName).filter((form) => form !== ''))].sort();
}

/** Builds the load plan; fails, naming the relationship, when an end is not in the snapshot. */
export function planLoad(graph: Graph, options: { snapshot: string; batchSize?: number }): LoadPlan {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new LoadPlanError(`batch size ${batchSize} is not a positive whole number`);

  const rowsByLabel = new Map<NodeLabel, NodeRow[]>();
  const labelOf = new Map<string, 'Entity' | 'Briefing' | 'Article'>();
  const add = (label: NodeLabel, row: NodeRow) => {
    const existing = labelOf.get(row.id);
    if (existing) throw new LoadPlanError(`node ${row.id} appears twice in the snapshot`);
    labelOf.set(row.id, label === 'Briefing' || label === 'Article' ? label : 'Entity');
    pushTo(rowsByLabel, label, row);
  };

  for (const briefing of graph.briefings) {
    add('Briefing', nodeRow(briefing.id, cleanProperties({ ...briefing }, `briefing ${briefing.id}`), []));
  }
  for (const article of graph.articles) {
    add('Article', nodeRow(article.id, cleanProperties({ ...article }, `article ${article.id}`), []));
  }
  for (const entity of graph.entities) {
    const props = cleanProperties({ ...entity.properties, id: entity.id }, `entity ${entity.id}`);
    add(entity.label, nodeRow(entity.id, props, entityNames(entity.id, props)));
  }

  const rowsByType = new Map<RelationshipType, RelationshipRow[]>();
  const relationshipIds = new Set<string>();
  for (const rel of graph.relationships) {
    if (relationshipIds.has(rel.id)) throw new LoadPlanError(`relationship ${rel.id} appears twice in the snapshot`);
    relationshipIds.add(rel.id);
    const expected = endpointLabels(rel.type);
    for (const [end, id, label] of [
      ['start', rel.start, expected.start],
      ['end', rel.end, expected.end],
    ] as const) {
      const actual = labelOf.get(id);
      if (actual !== label) {
        throw new LoadPlanError(
          `${rel.type} relationship ${rel.id}: its ${end} ${id} is ${actual ? `${withArticle(actual)} node` : 'not a node of the snapshot'}; expected ${withArticle(label)} node`,
        );
      }
    }
    const props = cleanProperties({ ...rel.properties, id: rel.id }, `relationship ${rel.id}`);
    const keys = Object.keys(props);
    pushTo(rowsByType, rel.type, { id: rel.id, start: rel.start, end: rel.end, props, keys, hash: rowHash([rel.start, rel.end, props]) });
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodeLabels: NodeLabel[] = [...PROVENANCE_LABELS, ...ENTITY_LABELS];
  return {
    snapshot: options.snapshot,
    batchSize,
    nodes: nodeLabels.map((label) => {
      const rows = (rowsByLabel.get(label) ?? []).sort(byId);
      return { label, rows, batches: batchesOf(rows, batchSize) };
    }),
    relationships: RELATIONSHIP_TYPES.map((type) => {
      const rows = (rowsByType.get(type) ?? []).sort(byId);
      return { type, rows, batches: batchesOf(rows, batchSize) };
    }),
  };
}
