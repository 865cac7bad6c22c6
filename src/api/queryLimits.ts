import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { apiError, ErrorCode } from './errors.js';
import { LIMITS } from './limits.js';
import { checkFirst } from './arguments.js';

// Guards against abusive queries, each error naming the limit it hit (extensions.code).
// Depth, aliases and directives are GraphQL Armor's rules, cost is graphql-query-complexity
// with this API's list sizes: all of them count a fragment once however often it is spread
// (Armor memoises fragments; graphql-query-complexity stops after LIMITS.maxExpandedFields
// fields), so a document whose fragments spread each other in pairs costs linear time to
// refuse, not time exponential in its length.
//
// They run on their own, before graphql-js's validation (QueryPrecheck): graphql-js validates
// every rule in one pass, so a limit reported there would not spare the other rules' work on
// a hostile document (hundreds of milliseconds for a 20,000-token one).

/** Armor words its errors for its own users; the number it found is taken from them. */
function foundIn(error: GraphQLError): number | undefined {
  const found = /found (\d+)/.exec(error.message);
  return found ? Number(found[1]) : undefined;
}

function armorReject(describe: (found: number | undefined) => GraphQLError) {
  return [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(describe(foundIn(error)))];
}

function coded(error: GraphQLError): GraphQLError {
  // apiError's http status travels in extensions; validation errors keep it for the HTTP answer.
  return new GraphQLError(error.message, { extensions: error.extensions });
}

export function tooDeep(depth: number | undefined, maxDepth: number = LIMITS.maxDepth): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_DEEP, depth === undefined ? `query is deeper than the limit of ${maxDepth}` : `query depth is ${depth}; the limit is ${maxDepth}`, { limit: maxDepth, ...(depth === undefined ? {} : { depth }) });
}

export function tooManyAliases(aliases: number, maxAliases: number = LIMITS.maxAliases): GraphQLError {
  return apiError(ErrorCode.TOO_MANY_ALIASES, `query uses ${aliases} aliases; the limit is ${maxAliases}`, { limit: maxAliases, aliases });
}

export function tooManyDirectives(directives: number | undefined, maxDirectives: number = LIMITS.maxDirectives): GraphQLError {
  return apiError(ErrorCode.TOO_MANY_DIRECTIVES, directives === undefined ? `query uses more directives than the limit of ${maxDirectives}` : `query uses ${directives} directives; the limit is ${maxDirectives}`, { limit: maxDirectives, ...(directives === undefined ? {} : { directives }) });
}

/** Depth: nesting of selection sets; a fragment adds no level of its own, its fields do where it is spread. Introspection (__schema) is not counted. */
export function depthLimitRule(maxDepth: number = LIMITS.maxDepth): ValidationRule {
  return maxDepthRule({ n: maxDepth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: armorReject((depth) => coded(tooDeep(depth, maxDepth))) }) as unknown as ValidationRule;
}

/** Aliases of an operation, those in the fragments it spreads included (each fragment counted once). */
export function aliasLimitRule(maxAliases: number = LIMITS.maxAliases): ValidationRule {
  return maxAliasesRule({ n: maxAliases, allowList: [], propagateOnRejection: false, onReject: armorReject((aliases) => coded(tooManyAliases(aliases ?? maxAliases + 1, maxAliases))) }) as unknown as ValidationRule;
}

export function directiveLimitRule(maxDirectives: number = LIMITS.maxDirectives): ValidationRule {
  return maxDirectivesRule({ n: maxDirectives, propagateOnRejection: false, onReject: armorReject((directives) => coded(tooManyDirectives(directives, maxDirectives))) }) as unknown as ValidationRule;
}

/**
 * What a field costs: 1, plus, for a field of objects, its list size times the cost of what it
 * selects. The list size is its `first` (as given, or the schema's default when it is left
 * out), LIMITS.defaultListSize for a list field without a `first` argument, and 1 for a single
 * object. A connection's `edges` count once: the connection's `first` already multiplied.
 * Introspection costs nothing: it is bounded by the schema, not the data.
 */
const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  if (field.name === '__schema' || field.name === '__type') return 0;
  if (!isCompositeType(getNamedType(field.type))) return 1;
  let size = 1;
  if (field.args.some((a) => a.name === 'first')) {
    if (typeof args.first === 'number') size = checkFirst(args.first);
  } else if (isListType(getNullableType(field.type)) && !(field.name === 'edges' && type.name.endsWith('Connection'))) {
    size = LIMITS.defaultListSize;
  }
  return 1 + size * childComplexity;
};

/** graphql-query-complexity's words when a document expands past maxQueryNodes. */
const TOO_MANY_NODES = /maximum allowed number of nodes/;

export function tooManyFields(maxFields: number = LIMITS.maxExpandedFields): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_COMPLEX, `query selects more than ${maxFields} fields once its fragments are expanded; the limit is ${maxFields}`, { limit: maxFields });
}

export function tooComplex(cost: number, maxCost: number = LIMITS.maxCost): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_COMPLEX, `query cost is ${cost}; the limit is ${maxCost} (each list multiplies the cost of what it selects by its first, its default first when none is given, or by ${LIMITS.defaultListSize} for lists without a first argument)`, { limit: maxCost, cost });
}

/**
 * The estimated cost of one operation of `document` (see listSizeEstimator). Throws
 * QUERY_TOO_COMPLEX when the document expands past LIMITS.maxExpandedFields fields,
 * BAD_USER_INPUT for a `first` out of range, and graphql-js's own error for variables that do
 * not fit their types.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [listSizeEstimator], maxQueryNodes: LIMITS.maxExpandedFields });
  } catch (error) {
    if (error instanceof Error && !(error as GraphQLError).extensions?.code && TOO_MANY_NODES.test(error.message)) throw tooManyFields();
    throw error;
  }
}

/** The operation's cost when it is within `maxCost`; throws QUERY_TOO_COMPLEX (or BAD_USER_INPUT for a `first` out of range) otherwise. */
export function checkOperationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, maxCost: number = LIMITS.maxCost): number {
  const cost = operationCost(schema, document, operationName, variables);
  if (cost > maxCost) throw tooComplex(cost, maxCost);
  return cost;
}

/**
 * Cost as a validation rule. An operation with variables is only held to
 * LIMITS.maxExpandedFields here: its cost depends on their values, and is checked once they
 * are known (createApi.ts). Errors without a code (a variable that does not fit its type) are
 * left to execution, which names them.
 */
export function costLimitRule(maxCost: number = LIMITS.maxCost): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      try {
        const cost = operationCost(context.getSchema(), context.getDocument(), node.name?.value, {});
        if (!node.variableDefinitions?.length && cost > maxCost) context.reportError(coded(tooComplex(cost, maxCost)));
      } catch (error) {
        if (error instanceof GraphQLError && typeof error.extensions.code === 'string') context.reportError(coded(error));
      }
    },
  });
}

/**
 * graphql-js 16 validates the fields of an operation against its root type, and with no
 * Mutation or Subscription type it checks nothing: `mutation { x }` passed validation and
 * failed in execution as an internal error. This is the rule graphql-js 17 adds
 * (KnownOperationTypes), worded for this API.
 */
export function knownOperationTypeRule(context: ValidationContext) {
  return {
    OperationDefinition(node: import('graphql').OperationDefinitionNode) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(new GraphQLError(`this API has no ${node.operation}s: it is read-only; send a query operation (query { ... } or { ... })`, { nodes: [node] }));
    },
  };
}

export function limitRules(): ValidationRule[] {
  return [depthLimitRule(), aliasLimitRule(), directiveLimitRule(), costLimitRule()];
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

function colonsAtMost(text: string, limit: number): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) if (++colons > limit) return false;
  return true;
}

export interface RefusedQuery {
  message: string;
  extensions: Record<string, unknown>;
}

function refusal(error: GraphQLError): RefusedQuery {
  const { http: _http, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

/**
 * Checks a query text against the limits before Apollo parses and validates it, and remembers
 * the texts that passed (bounded), so a text sent again costs one map lookup. Text that does
 * not parse is let through: Apollo reports the syntax error in its own words.
 */
export class QueryPrecheck {
  private readonly passed = new Set<string>();
  private readonly rules = limitRules();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly maxRemembered = 500,
    private readonly maxRememberedChars = 16 * 1024,
  ) {}

  /** The errors that refuse `query`; empty when it may go on. */
  check(query: unknown): RefusedQuery[] {
    if (typeof query !== 'string' || this.passed.has(query)) return [];
    // Every alias is followed by a colon: a text with few colons needs no lexing.
    if (!colonsAtMost(query, LIMITS.maxAliases)) {
      const aliases = countAliases(query);
      if (aliases > LIMITS.maxAliases) return [refusal(tooManyAliases(aliases))];
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: LIMITS.maxTokens });
    } catch {
      return [];
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length > 0) return errors.map(refusal);
    if (query.length <= this.maxRememberedChars) {
      if (this.passed.size >= this.maxRemembered) this.passed.delete(this.passed.values().next().value!);
      this.passed.add(query);
    }
    return [];
  }
}
