import { GraphQLFloat, GraphQLString, type GraphQLScalarType } from 'graphql';
import type { EntityRecord, Neighbour, RelationRecord } from '../../store/GraphStore.js';
import { serializedLeaf } from '../serializedLeaf.js';

// A Relation as the schema reads it. Its fields are properties and getters, so none needs a
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
  constructor(
    readonly relation: RelationRecord,
    readonly direction: 'OUT' | 'IN',
    readonly node: EntityRecord,
  ) {}

  get type(): unknown {
    const type: unknown = this.relation.type;
    return typeof type === 'string' ? type : serializedLeaf(GraphQLString, type);
  }
  /** The same as `type`, under the name Participation and ProjectRole give it. */
  get relationType(): unknown {
    return this.type;
  }
  get role(): unknown {
    return value(this.relation, 'role');
  }
  get title(): unknown {
    return value(this.relation, 'title');
  }
  get titleZh(): unknown {
    return value(this.relation, 'titleZh');
  }
  get asOf(): unknown {
    return value(this.relation, 'asOf');
  }
  get date(): unknown {
    return value(this.relation, 'date');
  }
  get since(): unknown {
    return value(this.relation, 'since');
  }
  get kind(): unknown {
    return value(this.relation, 'kind');
  }
  get topic(): unknown {
    return value(this.relation, 'topic');
  }
  get product(): unknown {
    return value(this.relation, 'product');
  }
  get amount(): unknown {
    return float(this.relation, 'amount');
  }
  get currency(): unknown {
    return value(this.relation, 'currency');
  }
  get method(): unknown {
    return value(this.relation, 'method');
  }
  get confidence(): unknown {
    return float(this.relation, 'confidence');
  }
}

/** The list as RelationViews (it already is when it came from the store through the API). */
export function relationViews(neighbours: readonly Neighbour[]): RelationView[] {
  return neighbours.every((n) => n instanceof RelationView) ? (neighbours as RelationView[]) : neighbours.map((n) => new RelationView(n.relation, n.direction, n.node));
}
