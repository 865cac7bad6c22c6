// The queries the bench sends. They name entities of the seed briefings, which every generated
// corpus keeps as its copy 0, so the same queries work on the seed graph and on the 100x graph.

export const BASELINE_QUERY = '{ __typename }';

export const LOAD_QUERIES = {
  'entity with its relations': `{
  entity(id: "organization:cec") {
    id type name nameEn aliases
    relations(first: 50) { type direction role title date node { id type name } }
  }
}`,
  'organisation -> members -> people': `{
  entity(id: "organization:gen") {
    name
    ... on Organization {
      members(first: 50) {
        totalCount
        edges { node { role member { id name ... on Organization { people(first: 20) { edges { node { title person { id name } } } } } } } }
      }
    }
  }
}`,
  'timeline page': `{
  timeline(entity: "CEC", first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind startDate place { name } } }
  }
}`,
  jointStandardPartners: `{
  jointStandardPartners(organization: "CEC", memberOf: "GEN") { partner { id name } standards { id name } }
}`,
} as const;

/**
 * Three levels of entities below the root: GEN, its members, their people, and those people's
 * relations. Each level is one batched store call, so the bound is levels + 1.
 */
export const THREE_LEVEL_QUERY = `{
  entity(id: "organization:gen") {
    name
    ... on Organization {
      members(first: 50) { edges { node { member { name
        ... on Organization { people(first: 20) { edges { node { person { name
          relations(first: 10) { type node { id name } }
        } } } } }
      } } } }
    }
  }
}`;
export const THREE_LEVEL_DEPTH = 3;

/**
 * The queries whose Cypher round trips the bench counts (and tests/neo4j/roundTrips.test.ts
 * checks), each with its depth: the levels of the graph it walks below its root, which is what
 * bounds its loader batches. A name argument ("CEC") costs one lookup, the root's level.
 * jointStandardPartners walks five levels in its resolver (the organisation's staff, their
 * signatures, the standards' signatories, the signing people's organisations, memberships).
 */
export const ROUND_TRIP_QUERIES: readonly { name: string; query: string; depth: number }[] = [
  { name: 'entity with its relations', query: LOAD_QUERIES['entity with its relations'], depth: 1 },
  { name: 'organisation -> members -> people', query: LOAD_QUERIES['organisation -> members -> people'], depth: 2 },
  { name: 'timeline page', query: LOAD_QUERIES['timeline page'], depth: 2 },
  { name: 'jointStandardPartners', query: LOAD_QUERIES.jointStandardPartners, depth: 5 },
  { name: 'three-level query', query: THREE_LEVEL_QUERY, depth: THREE_LEVEL_DEPTH },
];
