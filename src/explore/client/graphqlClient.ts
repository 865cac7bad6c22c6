// The page reads only through the project's GraphQL API, so it works on either store.

export class GraphqlError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(window.EXPLORE_CONFIG.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphqlError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new GraphqlError(`the API answered ${response.status} without data`);
  return body.data;
}

const SOURCE_FIELDS = 'sources { quote citation briefing { title } article { id title } }';

export const SUGGEST_QUERY = `query Suggest($text: String!) { search(text: $text, first: 8) { id type name nameEn aliases } }`;

export const ENTITY_QUERY = `query Entity($id: ID!) { entity(id: $id) { id type name nameEn aliases kind } }`;

// 10 events a page with up to 60 facts each keeps the estimated cost of their relations and sources under the API's limit.
export const TIMELINE_PAGE = 10;
export const TIMELINE_QUERY = `query Timeline($entity: String!, $from: String, $to: String, $kinds: [String!], $after: String, $types: [RelationshipType!]) {
  timeline(entity: $entity, from: $from, to: $to, kinds: $kinds, first: ${TIMELINE_PAGE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ... on Event { id name nameEn kind startDate endDate datePrecision
      relations(types: $types, first: 60) { type direction role title date method confidence node { id name type } ${SOURCE_FIELDS} } } } }
  }
}`;

export const NETWORK_QUERY = `query Network($id: ID!) { entity(id: $id) { id type name
  relations(first: 100) { type direction role title date method confidence node { id name type } ${SOURCE_FIELDS} } } }`;

export const NETWORK2_QUERY = `query Network2($id: ID!) { entity(id: $id) { id type name
  relations(first: 100) { type direction role title date method confidence node { id name type
    relations(first: 12) { type direction node { id name type } } } ${SOURCE_FIELDS} } } }`;

export const FACT_SOURCES_QUERY = `query FactSources($id: ID!, $types: [RelationshipType!]) { entity(id: $id) {
  relations(types: $types, first: 100) { type direction role title date method confidence node { id name type } ${SOURCE_FIELDS} } } }`;
