// The limits every request is held to. Each error that enforces one says what the limit is.

export const LIMITS = {
  /** Deepest nesting of selection sets, counting fragments' fields where they are spread. */
  maxDepth: 12,
  /**
   * Estimated cost: a field costs 1 plus its children times its list size (its `first`, or its
   * default). The estimate is a worst case: on the seed graph a query costed at 160,000
   * (search 100 × relations 50 × relations 10) answered 200 KB in 15 ms, one at 620,000 answered
   * 290 KB in 28 ms, and the README's joint-standards query (70,251: four lists at their
   * defaults) 1.6 KB in under 1 ms. 200,000 keeps answers to a few hundred KB.
   */
  maxCost: 200_000,
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
