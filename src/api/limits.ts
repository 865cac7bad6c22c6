// The limits every request is held to. Each error that enforces one says what the limit is.

export const LIMITS = {
  /** Deepest nesting of selection sets, counting fragments' fields where they are spread. */
  maxDepth: 12,
  /** Estimated cost: a field costs 1 plus its children times its list size (its `first`). */
  maxCost: 50_000,
  /** Aliased fields in one document. */
  maxAliases: 64,
  /** Tokens the parser reads before giving up (guards against huge documents). */
  maxTokens: 20_000,
  /** Largest `first` any field accepts. */
  maxFirst: 100,
  /** List size assumed for list fields without a `first` argument. */
  defaultListSize: 10,
  /** Largest maxHops of Query.path. */
  maxPathHops: 6,
  /** How many relations typed fields (members, people, events...) read per entity before paging. */
  neighbourCap: 500,
} as const;
