import neo4j from 'neo4j-driver';
import type { Integer, Node, Relationship as DriverRelationship } from 'neo4j-driver';
import { isEntityLabel, isRelationshipType } from '../../graph/ontology.js';
import type { ArticleNode, BriefingNode, Properties, PropertyValue } from '../../graph/types.js';
import type { EntityRecord, RelationRecord } from '../GraphStore.js';
import { isMarkerKey } from './cypher.js';

// The store boundary: driver values in, plain values out (and plain values in, driver values
// out for writes). Nothing above this module sees a Neo4j Integer, a temporal value or a Node.

export class RecordShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordShapeError';
  }
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** Integer -> number (string when beyond 2^53, never a silently wrong number), temporal -> ISO string. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlainProperties((value as Node).properties);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(item);
    return out;
  }
  return value;
}

/** A node's or relationship's properties as plain values, the pipeline's bookkeeping keys left out. */
export function toPlainProperties(properties: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const key of Object.keys(properties).sort()) {
    if (isMarkerKey(key)) continue;
    out[key] = toPlain(properties[key]) as PropertyValue;
  }
  return out;
}

function requireNode(value: unknown, what: string): Node {
  if (!neo4j.isNode(value)) throw new RecordShapeError(`expected a node for ${what}, got ${typeof value}`);
  return value as Node;
}

function stringProp(props: Properties, key: string): string | undefined {
  const value = props[key];
  return typeof value === 'string' ? value : undefined;
}

function numberProp(props: Properties, key: string): number {
  const value = props[key];
  return typeof value === 'number' ? value : 0;
}

/** An Entity node as the store's EntityRecord; the type label is the one that is not `Entity`. */
export function toEntityRecord(value: unknown): EntityRecord {
  const node = requireNode(value, 'an entity');
  const label = node.labels.find(isEntityLabel);
  if (!label) throw new RecordShapeError(`node with labels ${JSON.stringify(node.labels)} has no entity type label`);
  const properties = toPlainProperties(node.properties);
  const id = stringProp(properties, 'id');
  if (!id) throw new RecordShapeError(`${label} node has no string id`);
  if (!Array.isArray(properties.aliases)) properties.aliases = [];
  return { id, label, properties };
}

/** A relationship as RelationRecord; the end ids come with it because a Relationship only knows element ids. */
export function toRelationRecord(value: unknown, start: unknown, end: unknown): RelationRecord {
  if (!neo4j.isRelationship(value)) throw new RecordShapeError('expected a relationship');
  const rel = value as DriverRelationship;
  if (!isRelationshipType(rel.type)) throw new RecordShapeError(`relationship type ${rel.type} is not in the ontology`);
  if (typeof start !== 'string' || typeof end !== 'string') throw new RecordShapeError(`${rel.type} relationship ends have no string ids`);
  const properties = toPlainProperties(rel.properties);
  const id = stringProp(properties, 'id') ?? rel.elementId;
  return { id, type: rel.type, start, end, properties };
}

export function toBriefingNode(value: unknown): BriefingNode {
  const props = toPlainProperties(requireNode(value, 'a briefing').properties);
  const briefing: BriefingNode = {
    id: stringProp(props, 'id') ?? '',
    title: stringProp(props, 'title') ?? '',
    file: stringProp(props, 'file') ?? '',
    sha256: stringProp(props, 'sha256') ?? '',
  };
  const issue = stringProp(props, 'issue');
  const publishedOn = stringProp(props, 'publishedOn');
  const publisher = stringProp(props, 'publisher');
  if (issue !== undefined) briefing.issue = issue;
  if (publishedOn !== undefined) briefing.publishedOn = publishedOn;
  if (publisher !== undefined) briefing.publisher = publisher;
  return briefing;
}

/** `briefingId` falls back to the HAS_ARTICLE edge when the property is missing. */
export function toArticleNode(value: unknown, briefingId?: unknown): ArticleNode {
  const props = toPlainProperties(requireNode(value, 'an article').properties);
  return {
    id: stringProp(props, 'id') ?? '',
    briefingId: stringProp(props, 'briefingId') ?? (typeof briefingId === 'string' ? briefingId : ''),
    title: stringProp(props, 'title') ?? '',
    order: numberProp(props, 'order'),
    startOffset: numberProp(props, 'startOffset'),
    endOffset: numberProp(props, 'endOffset'),
    text: stringProp(props, 'text') ?? '',
  };
}

/** A plain number from a count or other integer column. */
export function toNumber(value: unknown): number {
  const plain = toPlain(value);
  if (typeof plain === 'number') return plain;
  throw new RecordShapeError(`expected a number, got ${JSON.stringify(plain)}`);
}

// ---------------------------------------------------------------------------------------------
// Writes. The driver sends every JS number as a Float; whole numbers (offsets, orders, counts)
// go as Integers so they read as 3, not 3.0, in Browser. A list stays homogeneous: integers
// only when every element is whole.

/** Counts, offsets and limits go as Integers: Cypher refuses a Float as a list index or LIMIT. */
export function toNeo4jInt(value: number): Integer {
  return neo4j.int(value);
}

export type Neo4jPropertyValue = string | number | boolean | Integer | readonly (string | number | boolean | Integer)[];

export function toNeo4jValue(value: PropertyValue): Neo4jPropertyValue {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
    const items = value as readonly (string | number)[];
    if (items.length > 0 && items.every((item) => typeof item === 'number' && Number.isSafeInteger(item))) {
      return items.map((item) => neo4j.int(item as number));
    }
    return items;
  }
  return value as string | boolean;
}

export function toNeo4jProperties(properties: Properties): Record<string, Neo4jPropertyValue> {
  const out: Record<string, Neo4jPropertyValue> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toNeo4jValue(value);
  return out;
}
