import {
  ENTITY_LABELS,
  FACT_TYPES,
  PROVENANCE_LABELS,
  RELATIONSHIP_TYPES,
  isEntityLabel,
  isRelationshipType,
  type EntityLabel,
  type ProvenanceLabel,
  type RelationshipType,
} from '../../graph/ontology.js';

// Every Cypher statement of the project lives in this module, so that the lint test
// (tests/neo4j/cypherLint.test.ts) can enumerate each one, and each form of each builder, and
// check it with Neo4j's own Cypher front-end. Rules:
// - every value is a parameter, declared in `params` (the lint test fails on an undeclared one);
// - labels and relationship types are interpolated only from the ontology's closed lists, and a
//   builder refuses anything else before it builds a string;
// - variable-length bounds cannot be parameters, so they come from the closed set PATH_HOP_BOUNDS.

export interface Statement<P extends string = string> {
  readonly name: string;
  readonly text: string;
  readonly params: readonly P[];
}

function statement<const P extends string>(name: string, text: string, params: readonly P[]): Statement<P> {
  return { name, text: text.trim(), params };
}

/** Names of the schema objects `kg load` creates; the store relies on them. */
export const FULLTEXT_INDEX = 'kg_entity_names';

// What `kg load` writes next to the snapshot's own properties, to know what it owns:
//   _kg          true on every node and relationship it wrote;
//   _kgKeys      the snapshot's property keys on the item, so keys that disappear get removed;
//   _kgHash      hash of those properties: an unchanged item is not written again;
//   _kgSnapshot  sha256 of the snapshot that last changed the item;
//   _kgNames     entities only: foldName() of the id and every name form, for name lookup.

/** True for property keys the pipeline uses for its own bookkeeping (never shown above the store). */
export function isMarkerKey(key: string): boolean {
  return key.startsWith('_kg');
}

const FACT_PATTERN = FACT_TYPES.join('|');

export type NodeLabel = EntityLabel | ProvenanceLabel;
export const NODE_LABELS: readonly NodeLabel[] = [...ENTITY_LABELS, ...PROVENANCE_LABELS];

function assertNodeLabel(label: string): asserts label is NodeLabel {
  if (!isEntityLabel(label) && !(PROVENANCE_LABELS as readonly string[]).includes(label)) {
    throw new Error(`${JSON.stringify(label)} is not a label of the ontology; expected one of ${NODE_LABELS.join(', ')}`);
  }
}

function assertRelationshipType(type: string): asserts type is RelationshipType {
  if (!isRelationshipType(type)) {
    throw new Error(`${JSON.stringify(type)} is not a relationship type of the ontology; expected one of ${RELATIONSHIP_TYPES.join(', ')}`);
  }
}

/** `:Entity:Organization` for entity labels, `:Briefing` / `:Article` for provenance nodes. */
function labelPattern(label: NodeLabel): string {
  return isEntityLabel(label) ? `:Entity:${label}` : `:${label}`;
}

/** The label each end of a relationship type is looked up by (each has a uniqueness constraint on id). */
export function endpointLabels(type: RelationshipType): { start: 'Entity' | ProvenanceLabel; end: 'Entity' | ProvenanceLabel } {
  if (type === 'HAS_ARTICLE') return { start: 'Briefing', end: 'Article' };
  if (type === 'MENTIONS') return { start: 'Article', end: 'Entity' };
  return { start: 'Entity', end: 'Entity' };
}

// ---------------------------------------------------------------------------------------------
// Schema: constraints first (they also give the id lookups their index), then indexes.

export const SCHEMA_STATEMENTS: readonly Statement<never>[] = [
  statement('constraint entity id', 'CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE', []),
  statement('constraint briefing id', 'CREATE CONSTRAINT kg_briefing_id IF NOT EXISTS FOR (n:Briefing) REQUIRE n.id IS UNIQUE', []),
  statement('constraint article id', 'CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE', []),
  // cjk: bigrams for Han, Hiragana, Katakana and Hangul, width folding and lower-casing for Latin.
  statement(
    'full-text index entity names',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameZh, n.nameEn, n.aliases]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
    [],
  ),
  statement('index event start date', 'CREATE INDEX kg_event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate)', []),
  statement('index entity name', 'CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)', []),
  statement('index entity kind', 'CREATE INDEX kg_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)', []),
];

// ---------------------------------------------------------------------------------------------
// Static statements of the store and the loader.

export const STATEMENTS = {
  ping: statement('ping', 'RETURN 1 AS ok', []),

  awaitIndexes: statement('await indexes', 'CALL db.awaitIndexes($timeoutSeconds)', ['timeoutSeconds']),

  entitiesById: statement(
    'entities by id',
    `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n`,
    ['ids'],
  ),

  // `_kgNames` holds foldName() of the id and every name form, written by `kg load`, so the
  // lookup folds exactly as the embedded store does. A list property has no index; entities are
  // few (thousands), and the scan runs once per batch of names, not once per name.
  entitiesByName: statement(
    'entities by name',
    `
UNWIND range(0, size($keys) - 1) AS i
MATCH (n:Entity)
WHERE $keys[i] IN n._kgNames
WITH i, n ORDER BY n.id
RETURN i, collect(n) AS nodes`,
    ['keys'],
  ),

  neighbours: statement(
    'neighbours',
    `
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
MATCH (x:Entity {id: req.id})-[r:${FACT_PATTERN}]-(other:Entity)
WHERE (size(req.types) = 0 OR type(r) IN req.types)
  AND (req.direction = 'BOTH'
    OR (req.direction = 'OUT' AND startNode(r) = x)
    OR (req.direction = 'IN' AND endNode(r) = x))
WITH i, req, r, other ORDER BY i, type(r), other.name, other.id, r.id
WITH i, req, collect({relation: r, start: startNode(r).id, end: endNode(r).id, node: other}) AS items
RETURN i, items[0..req.first] AS items`,
    ['requests'],
  ),

  // Every entity one of whose folded name forms (`_kgNames`) contains the folded text, with or
  // without spaces: the embedded store's rule. A scan, not the full-text index, whose words and
  // bigrams cannot find a piece inside a Latin word (searchRanking.ts ranks the candidates).
  search: statement(
    'search',
    `
MATCH (node:Entity)
WHERE (size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels))
  AND any(form IN node._kgNames WHERE form CONTAINS $folded OR replace(form, ' ', '') CONTAINS $compact)
RETURN node`,
    ['folded', 'compact', 'labels'],
  ),

  // EventFilter (GraphStore.ts): linked by any fact; attended or organised by a person holding a
  // position at the entity; or part of a project the entity runs, organises, is involved in or
  // funds. Dates compare at the shorter of the two precisions ('2017-10' matches '2017-10-08');
  // an event counts from its start to its end, so one spanning the lower bound is included.
  events: statement(
    'events',
    `
MATCH (e:Entity:Event)
WHERE ($entityId IS NULL
    OR EXISTS { MATCH (e)-[:${FACT_PATTERN}]-(:Entity {id: $entityId}) }
    OR EXISTS { MATCH (e)<-[:ATTENDED|ORGANIZED]-(:Person)-[:HOLDS_POSITION]->(:Entity {id: $entityId}) }
    OR EXISTS { MATCH (e)-[:PART_OF]->(:Project)<-[:OPERATES|ORGANIZED|INVOLVED_IN|FUNDED]-(:Entity {id: $entityId}) })
  AND ($from IS NULL OR (e.startDate IS NOT NULL
    AND left(coalesce(e.endDate, e.startDate), size($from)) >= left($from, size(coalesce(e.endDate, e.startDate)))))
  AND ($to IS NULL OR (e.startDate IS NOT NULL AND left(e.startDate, size($to)) <= left($to, size(e.startDate))))
  AND (size($kinds) = 0 OR e.kind IN $kinds)
WITH e ORDER BY e.startDate, e.id
WITH collect(e) AS events
RETURN size(events) AS totalCount, events[$offset..($offset + $limit)] AS events`,
    ['entityId', 'from', 'to', 'kinds', 'offset', 'limit'],
  ),

  briefings: statement('briefings', 'MATCH (b:Briefing) RETURN b ORDER BY b.id', []),

  briefingsById: statement(
    'briefings by id',
    `
UNWIND $ids AS id
MATCH (b:Briefing {id: id})
RETURN id, b`,
    ['ids'],
  ),

  articlesById: statement(
    'articles by id',
    `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (b:Briefing)-[:HAS_ARTICLE]->(a)
RETURN id, a, b.id AS briefingId`,
    ['ids'],
  ),

  articlesByBriefing: statement(
    'articles by briefing',
    `
UNWIND range(0, size($ids) - 1) AS i
MATCH (b:Briefing {id: $ids[i]})-[:HAS_ARTICLE]->(a:Article)
WITH i, b, a ORDER BY i, a.order, a.id
RETURN i, b.id AS briefingId, collect(a) AS articles`,
    ['ids'],
  ),

  mentions: statement(
    'mentions',
    `
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
MATCH (b:Briefing)-[:HAS_ARTICLE]->(a:Article)-[m:MENTIONS]->(:Entity {id: req.entityId})
WITH i, req, b, a, m ORDER BY i, b.id, a.order, a.id
WITH i, req, collect({briefing: b, article: a, count: m.count, firstOffset: m.firstOffset}) AS items
RETURN i, items[0..req.first] AS items`,
    ['requests'],
  ),

  statsNodes: statement(
    'stats nodes',
    `
MATCH (n)
WHERE n:Entity OR n:Briefing OR n:Article
RETURN [label IN labels(n) WHERE label IN $labels][0] AS label, count(*) AS count`,
    ['labels'],
  ),

  statsRelationships: statement(
    'stats relationships',
    `
MATCH ()-[r]->()
WHERE type(r) IN $types
RETURN type(r) AS type, count(*) AS count`,
    ['types'],
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// Builders: statements whose label, relationship type or path bound varies. Each accepts only
// values from a closed list, and `allStatementForms` lists every form they can produce.

/** Variable-length bounds shortestPath may use; maxHops is rounded up into this set. */
export const PATH_HOP_BOUNDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type PathHopBound = (typeof PATH_HOP_BOUNDS)[number];

/**
 * Shortest path between two entities. Of several shortest paths it takes the one whose node ids,
 * read from the start, come first (a breadth-first search visiting neighbours by id, as the
 * embedded store runs it, finds that one). Where two facts join the same two entities (CEC is a
 * member of GEN since 2008 and its board member since 2012), each hop takes the first by type,
 * then id, as the embedded store does, so both stores answer the same.
 */
export function shortestPathStatement(bound: PathHopBound): Statement<'from' | 'to'> {
  if (!(PATH_HOP_BOUNDS as readonly number[]).includes(bound)) {
    throw new Error(`path bound ${bound} is not one of ${PATH_HOP_BOUNDS.join(', ')}`);
  }
  return statement(
    `shortest path up to ${bound}`,
    `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${FACT_PATTERN}*..${bound}]-(b))
WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 1
WITH nodes(p) AS ns
UNWIND range(0, size(ns) - 2) AS i
WITH ns, i, ns[i] AS x, ns[i + 1] AS y
MATCH (x)-[r:${FACT_PATTERN}]-(y)
WITH ns, i, r ORDER BY i, type(r), r.id
WITH ns, i, collect(r)[0] AS r
WITH ns, i, r ORDER BY i
RETURN ns AS nodes, collect({relation: r, start: startNode(r).id, end: endNode(r).id}) AS relations`,
    ['from', 'to'],
  );
}

/**
 * Upserts one batch of nodes of a label. Rows: {id, props, keys, names, hash}. An item whose
 * hash is unchanged is not written at all, so a second load of the same snapshot sets nothing.
 * Only the snapshot's keys are set (`+=`), keys the pipeline wrote before and the snapshot no
 * longer has are removed, and every other property (an analyst's) is left alone.
 */
export function mergeNodesStatement(label: NodeLabel): Statement<'rows' | 'snapshot'> {
  assertNodeLabel(label);
  return statement(
    `merge ${label} nodes`,
    `
UNWIND $rows AS row
MERGE (n${labelPattern(label)} {id: row.id})
WITH n, row
WHERE n._kgHash IS NULL OR n._kgHash <> row.hash
WITH n, row, [key IN coalesce(n._kgKeys, []) WHERE NOT key IN row.keys] AS gone
SET n += row.props,
  n._kg = true,
  n._kgKeys = row.keys,
  n._kgNames = row.names,
  n._kgHash = row.hash,
  n._kgSnapshot = $snapshot
FOREACH (key IN gone | REMOVE n[key])`,
    ['rows', 'snapshot'],
  );
}

/** Upserts one batch of relationships of a type, by their `id` property; same rules as nodes. */
export function mergeRelationshipsStatement(type: RelationshipType): Statement<'rows' | 'snapshot'> {
  assertRelationshipType(type);
  const ends = endpointLabels(type);
  return statement(
    `merge ${type} relationships`,
    `
UNWIND $rows AS row
MATCH (a:${ends.start} {id: row.start})
MATCH (b:${ends.end} {id: row.end})
MERGE (a)-[r:${type} {id: row.id}]->(b)
WITH r, row
WHERE r._kgHash IS NULL OR r._kgHash <> row.hash
WITH r, row, [key IN coalesce(r._kgKeys, []) WHERE NOT key IN row.keys] AS gone
SET r += row.props,
  r._kg = true,
  r._kgKeys = row.keys,
  r._kgHash = row.hash,
  r._kgSnapshot = $snapshot
FOREACH (key IN gone | REMOVE r[key])`,
    ['rows', 'snapshot'],
  );
}

/** Deletes relationships of a type that the pipeline wrote and the snapshot no longer has. */
export function deleteStaleRelationshipsStatement(type: RelationshipType): Statement<'ids'> {
  assertRelationshipType(type);
  return statement(
    `delete stale ${type} relationships`,
    `
MATCH ()-[r:${type}]->()
WHERE r._kg = true AND NOT r.id IN $ids
DELETE r`,
    ['ids'],
  );
}

/**
 * Deletes nodes of a label that the pipeline wrote and the snapshot no longer has. Runs after
 * the stale relationships are gone, so a node that still has a relationship is linked by
 * someone else (an analyst): it is kept, and counted so the loader can say so.
 */
export function deleteStaleNodesStatement(label: NodeLabel): Statement<'ids'> {
  assertNodeLabel(label);
  return statement(
    `delete stale ${label} nodes`,
    `
MATCH (n${labelPattern(label)})
WHERE n._kg = true AND NOT n.id IN $ids
WITH n, EXISTS { (n)--() } AS linked
FOREACH (_ IN CASE WHEN linked THEN [] ELSE [1] END | DELETE n)
RETURN count(CASE WHEN linked THEN 1 END) AS kept`,
    ['ids'],
  );
}

/** Every statement and every form of every builder: what the lint test checks. */
export function allStatementForms(): Statement[] {
  return [
    ...SCHEMA_STATEMENTS,
    ...Object.values(STATEMENTS),
    ...PATH_HOP_BOUNDS.map(shortestPathStatement),
    ...NODE_LABELS.map(mergeNodesStatement),
    ...NODE_LABELS.map(deleteStaleNodesStatement),
    ...RELATIONSHIP_TYPES.map(mergeRelationshipsStatement),
    ...RELATIONSHIP_TYPES.map(deleteStaleRelationshipsStatement),
  ];
}
