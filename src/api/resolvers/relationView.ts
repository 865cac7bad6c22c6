import { GraphQLBoolean, GraphQLFloat, GraphQLString, type GraphQLScalarType } from 'graphql';
import type { EntityRecord, Neighbour, RelationRecord } from '../../store/GraphStore.js';
import { serializedLeaf } from '../serializedLeaf.js';

// A Relation as the schema reads it. Its fields are properties, so none needs a
// field resolver: graphql-jit reads a field without a resolver inline, while a resolver costs
// it a call, three closures and a path and location array per value (a 50-relation answer has
// hundreds). Every Neighbour the API reads from the store is one (entityView.ts makes them);
// `sources` still resolves. Values come out serialized, as EntityView's do (entityView.ts):
// `direction` is OUT or IN.

function value(relation: RelationRecord, name: string, type: GraphQLScalarType = GraphQLString): unknown {
  const v = relation.properties[name];
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' && type === GraphQLString ? v : serializedLeaf(type, v);
}

function float(relation: RelationRecord, name: string): unknown {
  const v = relation.properties[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : value(relation, name, GraphQLFloat);
}

export class RelationView implements Neighbour {
  // Read once, when the view is made (see EntityView): one shape for compiled queries to read.
  readonly type: unknown;
  /** The same as `type`, under the name Participation and ProjectRole give it. */
  readonly relationType: unknown;
  readonly role: unknown;
  readonly title: unknown;
  readonly titleZh: unknown;
  readonly asOf: unknown;
  readonly former: unknown;
  readonly date: unknown;
  readonly since: unknown;
  readonly kind: unknown;
  readonly topic: unknown;
  readonly product: unknown;
  readonly amount: unknown;
  readonly currency: unknown;
  readonly method: unknown;
  readonly confidence: unknown;

  constructor(
    readonly relation: RelationRecord,
    readonly direction: 'OUT' | 'IN',
    readonly node: EntityRecord,
  ) {
    const type: unknown = relation.type;
    this.type = typeof type === 'string' ? type : serializedLeaf(GraphQLString, type);
    this.relationType = this.type;
    this.role = value(relation, 'role');
    this.title = value(relation, 'title');
    this.titleZh = value(relation, 'titleZh');
    this.asOf = value(relation, 'asOf');
    this.former = value(relation, 'former', GraphQLBoolean);
    this.date = value(relation, 'date');
    this.since = value(relation, 'since');
    this.kind = value(relation, 'kind');
    this.topic = value(relation, 'topic');
    this.product = value(relation, 'product');
    this.amount = float(relation, 'amount');
    this.currency = value(relation, 'currency');
    this.method = value(relation, 'method');
    this.confidence = float(relation, 'confidence');
  }
}

/** The list as RelationViews (it already is when it came from the store through the API). */
export function relationViews(neighbours: readonly Neighbour[]): RelationView[] {
  return neighbours.every((n) => n instanceof RelationView) ? (neighbours as RelationView[]) : neighbours.map((n) => new RelationView(n.relation, n.direction, n.node));
}
