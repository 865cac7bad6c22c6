import { isRelationshipType, type EntityLabel, type RelationshipType } from '../../graph/index.js';
import type { Direction, EntityRecord, Neighbour } from '../../store/GraphStore.js';
import { checkFirst } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { connectionFrom, offsetAfter, type Connection } from '../cursor.js';
import { badUserInput } from '../errors.js';
import { LIMITS } from '../limits.js';

// Shared by the typed fields: read an entity's facts of some types through the request's
// neighbour loader (one batched store call per query level), then filter, order and page.

export function related(context: ApiContext, id: string, types: readonly RelationshipType[], direction: Direction): Promise<Neighbour[]> {
  return context.loaders.neighbours.load({ id, types, direction, first: LIMITS.neighbourCap });
}

export function withLabel(neighbours: readonly Neighbour[], labels: readonly EntityLabel[]): Neighbour[] {
  return neighbours.filter((n) => labels.includes(n.node.label));
}

export function nodes(neighbours: readonly Neighbour[]): EntityRecord[] {
  const seen = new Set<string>();
  const out: EntityRecord[] = [];
  for (const n of neighbours) {
    if (seen.has(n.node.id)) continue;
    seen.add(n.node.id);
    out.push(n.node);
  }
  return out;
}

function dateOf(record: EntityRecord): string {
  const d = record.properties.startDate;
  return typeof d === 'string' && d !== '' ? d : '\uffff';
}

/** Events in timeline order: startDate (undated last), then id. */
export function byEventDate(a: EntityRecord, b: EntityRecord): number {
  const x = dateOf(a);
  const y = dateOf(b);
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function pageOf<T>(items: readonly T[], args: PageArgs, defaultFirst = 50): Connection<T> {
  const first = checkFirst(args.first ?? defaultFirst);
  return connectionFrom(items, offsetAfter(args.after), first);
}

export function relationTypes(types: readonly string[] | null | undefined): RelationshipType[] | undefined {
  if (!types || types.length === 0) return undefined;
  return types.map((t) => {
    const type = t.trim().toUpperCase();
    if (!isRelationshipType(type) || type === 'MENTIONS' || type === 'HAS_ARTICLE') {
      throw badUserInput(`types contains ${JSON.stringify(t)}; expected relationship types such as MEMBER_OF, HOLDS_POSITION, SIGNED, ATTENDED (see docs/ontology.md)`, { argumentName: 'types' });
    }
    return type;
  });
}
