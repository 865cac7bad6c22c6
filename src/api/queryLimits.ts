import {
  GraphQLError,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
} from 'graphql';
import { apiError, ErrorCode } from './errors.js';
import { LIMITS } from './limits.js';
import { checkFirst } from './arguments.js';

// Guards against abusive queries, each error naming the limit it hit. Depth and aliases are
// validation rules (they need only the document); cost and `first` need the variables, so they
// are checked once the operation is resolved (costPlugin in createApi.ts).

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * __schema and __type are bounded by the schema, not the data; the query editor's
 * introspection query nests ofType deeper than any data query may go, so they are not counted.
 */
function isIntrospection(field: FieldNode): boolean {
  return field.name.value === '__schema' || field.name.value === '__type';
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection)) continue;
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic spreads are other rules' errors
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  return fragments;
}

export function depthLimitRule(maxDepth: number = LIMITS.maxDepth) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`query depth is ${depth}; the limit is ${maxDepth}`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_DEEP, limit: maxDepth, depth } }));
        }
      },
    };
  };
}

export function aliasLimitRule(maxAliases: number = LIMITS.maxAliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave(node) {
          if (aliases > maxAliases) {
            const error = tooManyAliases(aliases, maxAliases);
            context.reportError(new GraphQLError(error.message, { nodes: [node], extensions: error.extensions }));
          }
        },
      },
    };
  };
}

/**
 * Estimated cost of an operation: each field costs 1 plus the cost of its selections times its
 * list size, which is its `first` (given or default) or LIMITS.defaultListSize for lists
 * without one (a connection's `edges` count once: its `first` already multiplied). Also checks every `first` against LIMITS.maxFirst before anything runs.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = fragmentsOf(document);
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visiting: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection)) continue;
        total += fieldCost(selection, parent, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        total += costOf(selection.selectionSet, type && isCompositeType(type) ? type : parent, visiting);
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        visiting.add(fragment.name.value);
        total += costOf(fragment.selectionSet, type && isCompositeType(type) ? type : parent, visiting);
        visiting.delete(fragment.name.value);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, visiting: Set<string>): number => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 1;
    const field = parent.getFields()[node.name.value];
    if (!field) return 1;
    let size = 1;
    if (field.args.some((a) => a.name === 'first')) {
      const args = getArgumentValues(field, node, variables);
      const first = args.first;
      if (typeof first === 'number') size = checkFirst(first);
    } else if (isListType(getNullableType(field.type)) && !(node.name.value === 'edges' && parent.name.endsWith('Connection'))) {
      // A connection's edges are already counted by the connection field's `first`.
      size = LIMITS.defaultListSize;
    }
    const named = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(named)) return 1;
    return 1 + size * costOf(node.selectionSet, named, visiting);
  };

  return costOf(operation.selectionSet, root, new Set());
}

/** The operation's cost when it is within `maxCost`; throws QUERY_TOO_COMPLEX (or BAD_USER_INPUT for a `first` out of range) otherwise. */
export function checkOperationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, maxCost: number = LIMITS.maxCost): number {
  const cost = operationCost(schema, document, operation, variables);
  if (cost > maxCost) {
    throw apiError(ErrorCode.QUERY_TOO_COMPLEX, `query cost is ${cost}; the limit is ${maxCost} (each list multiplies the cost of what it selects by its first, or by ${LIMITS.defaultListSize} without one)`, { limit: maxCost, cost });
  }
  return cost;
}

/**
 * Aliases in a query text, counted from tokens before it is parsed: a colon outside
 * parentheses can only follow an alias. Lets a document of thousands of aliases fail as
 * TOO_MANY_ALIASES rather than at the parser's token limit. Returns -1 for text that does not
 * lex (the parser reports it).
 */
export function countAliases(text: string): number {
  try {
    const lexer = new Lexer(new Source(text));
    let parens = 0;
    let aliases = 0;
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (token.kind === TokenKind.PAREN_L) parens++;
      else if (token.kind === TokenKind.PAREN_R) parens--;
      else if (token.kind === TokenKind.COLON && parens === 0) aliases++;
    }
    return aliases;
  } catch {
    return -1;
  }
}

export function tooManyAliases(aliases: number, maxAliases: number = LIMITS.maxAliases) {
  return apiError(ErrorCode.TOO_MANY_ALIASES, `query uses ${aliases} aliases; the limit is ${maxAliases}`, { limit: maxAliases, aliases });
}
