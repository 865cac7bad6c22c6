import { BREAK, getNamedType, isEnumType, isInterfaceType, isLeafType, isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

// graphql-jit serializes every scalar and enum value it writes: a runtime call with the value's
// location and response path built as fresh arrays, then the type's serialize, then checks. In
// a 50-relation answer that is some 400 calls and a third of execution. Values that are already
// what serialization would give need none of it: the fields below are read from EntityView and
// RelationView getters (entityView.ts, relationView.ts) and from the connections cursor.ts
// builds, which hand out serialized values only. A document whose every scalar and enum field is
// one of them is compiled without leaf serialization; any other field (a resolver's value, a
// briefing's title, introspection) keeps it for the whole document.

/** Fields of the Entity interface and its object types, with their output type. */
const ENTITY_FIELDS: Record<string, string> = {
  id: 'ID',
  type: 'EntityType',
  name: 'String',
  nameZh: 'String',
  nameEn: 'String',
  aliases: 'String',
  kind: 'String',
  country: 'String',
  description: 'String',
  startDate: 'String',
  endDate: 'String',
  datePrecision: 'String',
};

/** Fields of Relation and of the typed facts (Membership, Position...): RelationView's. */
const FACT_TYPES = ['Relation', 'Membership', 'Position', 'Signature', 'Participation', 'LabelHolding', 'ProjectRole'];
const FACT_FIELDS: Record<string, string> = {
  type: 'String',
  relationType: 'String',
  direction: 'Direction',
  role: 'String',
  title: 'String',
  titleZh: 'String',
  asOf: 'String',
  former: 'Boolean',
  date: 'String',
  since: 'String',
  kind: 'String',
  topic: 'String',
  product: 'String',
  amount: 'Float',
  currency: 'String',
  method: 'String',
  confidence: 'Float',
};

/** Connection, edge and page-info fields, as connectionFrom and connectionFromPage build them. */
const CONNECTION_FIELDS: Record<string, Record<string, string>> = {
  Connection: { totalCount: 'Int' },
  Edge: { cursor: 'String' },
  PageInfo: { hasNextPage: 'Boolean', endCursor: 'String' },
};

const coordinatesBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** An enum whose values are their names serializes a name to itself. */
function servesItsNames(type: GraphQLNamedType): boolean {
  return !isEnumType(type) || type.getValues().every((value) => value.value === value.name);
}

/**
 * "Type.field" of every field whose values come serialized. A field is left out when its output
 * type is not the one listed (the schema changed) or when it has a resolver (its value is the
 * resolver's, not a view's); a field of the Entity interface when any of its types leaves it out.
 */
function preSerializedFields(schema: GraphQLSchema): ReadonlySet<string> {
  const known = coordinatesBySchema.get(schema);
  if (known) return known;
  const coordinates = new Set<string>();
  const add = (typeName: string, fields: Record<string, string>) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return;
    for (const field of Object.values(type.getFields())) {
      const expected = fields[field.name];
      const named = getNamedType(field.type);
      if (expected === undefined || named.name !== expected || !servesItsNames(named) || field.resolve !== undefined) continue;
      coordinates.add(`${typeName}.${field.name}`);
    }
  };
  const entity = schema.getType('Entity');
  if (isInterfaceType(entity)) {
    const types = schema.getPossibleTypes(entity);
    for (const type of types) add(type.name, ENTITY_FIELDS);
    for (const name of Object.keys(entity.getFields())) {
      if (types.every((type) => coordinates.has(`${type.name}.${name}`))) coordinates.add(`${entity.name}.${name}`);
    }
  }
  for (const name of FACT_TYPES) add(name, FACT_FIELDS);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    for (const [suffix, fields] of Object.entries(CONNECTION_FIELDS)) if (type.name.endsWith(suffix)) add(type.name, fields);
  }
  coordinatesBySchema.set(schema, coordinates);
  return coordinates;
}

/** True when every scalar and enum field `document` selects comes serialized (see above). */
export function leavesArePreSerialized(schema: GraphQLSchema, document: DocumentNode): boolean {
  const fields = preSerializedFields(schema);
  const typeInfo = new TypeInfo(schema);
  let all = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!field || !parent) {
          all = false;
          return BREAK;
        }
        if (isLeafType(getNamedType(field.type)) && !fields.has(`${parent.name}.${field.name}`)) {
          all = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return all;
}
