import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';

// graphql-jit writes code for a field once per concrete type it can be selected on: below a
// field of an interface type (Entity has nine), the whole selection is written out nine times,
// and again nine times per nested interface field. A query well within the depth and cost
// limits (entity { relations { node { relations { node { relations { node { id } } } } } } })
// took over a second to compile, and a few more levels would exhaust the heap. This counts the
// fields the compiler would write, stopping as soon as the count passes `limit`, so such
// documents are executed by graphql-js instead.

function appliesTo(schema: GraphQLSchema, condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition.name.value === type.name) return true;
  const conditionType = schema.getType(condition.name.value);
  return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

function fieldOf(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return type.getFields()[name];
}

/**
 * Fields the compiler would write code for, counting each once per concrete type it is
 * selected on; `limit + 1` as soon as it passes `limit`. Infinity when the operation cannot be
 * found (graphql-js reports that).
 */
export function compiledSize(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, limit: number): number {
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return Infinity;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  let count = 0;
  const visit = (selectionSet: SelectionSetNode, type: GraphQLObjectType, spreading: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (count > limit) return;
      if (selection.kind === Kind.FIELD) {
        count++;
        if (!selection.selectionSet) continue;
        const field = fieldOf(type, selection.name.value);
        if (!field) continue;
        const named = getNamedType(field.type);
        if (isAbstractType(named)) for (const possible of schema.getPossibleTypes(named)) visit(selection.selectionSet, possible, spreading);
        else if (isObjectType(named)) visit(selection.selectionSet, named, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(schema, selection.typeCondition, type)) visit(selection.selectionSet, type, spreading);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown and cyclic spreads fail validation before anything is compiled.
        if (!fragment || spreading.has(name) || !appliesTo(schema, fragment.typeCondition, type)) continue;
        spreading.add(name);
        visit(fragment.selectionSet, type, spreading);
        spreading.delete(name);
      }
    }
  };
  visit(operation.selectionSet, root, new Set());
  return count;
}
