// The limits every request is held to. Each error that enforces one says what the limit is.

export const LIMITS = {
  /** Deepest nesting of selection sets, counting fragments' fields where they are spread. */
  maxDepth: 12,
  /** Estimated cost: a field costs 1 plus its children times its list size (its `first`, or its default). */
  maxCost: 50_000,
  /** Aliased fields in one operation, those of the fragments it spreads included. */
  maxAliases: 64,
  /** Directives in one operation, those of the fragments it spreads included. */
  maxDirectives: 50,
  /**
   * Fields of an operation once every fragment spread is replaced by its fields: fragments
   * that spread each other in pairs double the count with each pair.
   */
  maxExpandedFields: 2_000,
  /** Tokens the parser reads before giving up (guards against huge documents). */
  maxTokens: 20_000,
  /** Longest an operation may run before it is ended with QUERY_TIMEOUT (ms). */
  queryTimeoutMs: 10_000,
  /** Largest `first` any field accepts. */
  maxFirst: 100,
  /** List size assumed for list fields without a `first` argument. */
  defaultListSize: 10,
  /** Largest maxHops of Query.path. */
  maxPathHops: 6,
  /** How many relations typed fields (members, people, events...) read per entity before paging. */
  neighbourCap: 500,
} as const;
