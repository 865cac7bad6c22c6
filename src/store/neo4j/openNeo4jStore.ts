import type { Neo4jConfig } from '../../config.js';
import { foldName } from '../../graph/fold.js';
import { ENTITY_LABELS, FACT_TYPES, PROVENANCE_LABELS, RELATIONSHIP_TYPES, isEntityLabel, type RelationshipType } from '../../graph/ontology.js';
import type { ArticleNode, BriefingNode } from '../../graph/types.js';
import type {
  EntityRecord,
  EventFilter,
  EventPage,
  GraphStore,
  MentionRecord,
  Neighbour,
  NeighbourRequest,
  PathResult,
  SearchHit,
  SearchOptions,
  StoreStats,
} from '../GraphStore.js';
import { connect, type ConnectOptions } from './connect.js';
import { PATH_HOP_BOUNDS, STATEMENTS, shortestPathStatement, type PathHopBound } from './cypher.js';
import { toArticleNode, toBriefingNode, toEntityRecord, toNeo4jInt, toNumber, toRelationRecord } from './records.js';
import { rankSearchHits, searchKeys } from './searchRanking.js';

// The GraphStore over Neo4j. Each method runs one named statement (stats: two, sent together),
// auto-committed, whatever the number of keys: batch methods send all keys as a list parameter
// and put the answers back in key order here. So a GraphQL request costs one round trip per
// loader batch: at most its depth plus one.

const MAX_HOPS = PATH_HOP_BOUNDS[PATH_HOP_BOUNDS.length - 1] as PathHopBound;
const FACT_TYPE_SET = new Set<string>(FACT_TYPES);

function nonNegativeInt(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} is ${value}; expected a whole number of 0 or more`);
  return Math.floor(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asMap(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/**
 * Opens the store, failing with StoreUnavailableError when Neo4j is unreachable or refuses the
 * login. `options.onStatement` sees every statement the store runs (the bench and the
 * round-trip test count them).
 */
export async function openNeo4jStore(config: Neo4jConfig, options: ConnectOptions = {}): Promise<GraphStore> {
  const db = await connect(config, options);

  const entitiesById = async (ids: readonly string[]): Promise<(EntityRecord | null)[]> => {
    if (ids.length === 0) return [];
    const result = await db.readOne(STATEMENTS.entitiesById, { ids: [...ids] });
    const found = new Map(result.records.map((r) => [r.get('id') as string, toEntityRecord(r.get('n'))]));
    return ids.map((id) => found.get(id) ?? null);
  };

  const entitiesByName = async (names: readonly string[]): Promise<EntityRecord[][]> => {
    if (names.length === 0) return [];
    const keys = names.map(foldName);
    const result = await db.readOne(STATEMENTS.entitiesByName, { keys });
    const byIndex = new Map(result.records.map((r) => [toNumber(r.get('i')), asList(r.get('nodes')).map(toEntityRecord)]));
    return names.map((_, i) => byIndex.get(i) ?? []);
  };

  const neighbours = async (requests: readonly NeighbourRequest[]): Promise<Neighbour[][]> => {
    if (requests.length === 0) return [];
    const params = requests.map((req) => {
      // MENTIONS and HAS_ARTICLE are never neighbours: asking only for them asks for nothing.
      const asked = req.types ?? [];
      const types = asked.filter((type) => FACT_TYPE_SET.has(type));
      const first = asked.length > 0 && types.length === 0 ? 0 : nonNegativeInt(req.first, 'first');
      return { id: req.id, types, direction: req.direction, first: toNeo4jInt(first) };
    });
    const result = await db.readOne(STATEMENTS.neighbours, { requests: params });
    const byIndex = new Map(
      result.records.map((r) => {
        const i = toNumber(r.get('i'));
        const self = params[i]?.id;
        const items = asList(r.get('items')).map((item): Neighbour => {
          const m = asMap(item);
          const relation = toRelationRecord(m.relation, m.start, m.end);
          return { relation, direction: relation.start === self ? 'OUT' : 'IN', node: toEntityRecord(m.node) };
        });
        return [i, items] as const;
      }),
    );
    return requests.map((_, i) => byIndex.get(i) ?? []);
  };

  const search = async (text: string, options: SearchOptions): Promise<SearchHit[]> => {
    const { folded, compact } = searchKeys(text);
    const first = nonNegativeInt(options.first, 'first');
    if (!compact || first === 0) return [];
    const labels = (options.types ?? []).filter((label) => {
      if (!isEntityLabel(label)) throw new RangeError(`${JSON.stringify(label)} is not an entity type; expected one of ${ENTITY_LABELS.join(', ')}`);
      return true;
    });
    const result = await db.readOne(STATEMENTS.search, { folded, compact, labels });
    const candidates = result.records.map((r) => toEntityRecord(r.get('node')));
    return rankSearchHits(text, candidates, first);
  };

  const events = async (filter: EventFilter, page: { offset: number; limit: number }): Promise<EventPage> => {
    const offset = nonNegativeInt(page.offset, 'offset');
    const limit = nonNegativeInt(page.limit, 'limit');
    const result = await db.readOne(STATEMENTS.events, {
      entityId: filter.entityId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      kinds: [...(filter.kinds ?? [])],
      offset: toNeo4jInt(offset),
      limit: toNeo4jInt(limit),
    });
    const record = result.records[0];
    if (!record) return { events: [], totalCount: 0 };
    return { events: asList(record.get('events')).map(toEntityRecord), totalCount: toNumber(record.get('totalCount')) };
  };

  const shortestPath = async (fromId: string, toId: string, maxHops: number): Promise<PathResult | null> => {
    const hops = nonNegativeInt(maxHops, 'maxHops');
    if (fromId === toId) {
      // Neo4j's shortestPath refuses equal ends; the path from a node to itself is the node.
      const [node] = await entitiesById([fromId]);
      return node ? { nodes: [node], relations: [] } : null;
    }
    if (hops === 0) return null;
    const bound = PATH_HOP_BOUNDS.find((b) => b >= hops) ?? MAX_HOPS;
    const result = await db.readOne(shortestPathStatement(bound), { from: fromId, to: toId });
    const record = result.records[0];
    if (!record) return null;
    const relations = asList(record.get('relations')).map((item) => {
      const m = asMap(item);
      return toRelationRecord(m.relation, m.start, m.end);
    });
    if (relations.length > hops) return null;
    return { nodes: asList(record.get('nodes')).map(toEntityRecord), relations };
  };

  const briefings = async (): Promise<BriefingNode[]> =>
    (await db.readOne(STATEMENTS.briefings, {})).records.map((r) => toBriefingNode(r.get('b')));

  const briefingsById = async (ids: readonly string[]): Promise<(BriefingNode | null)[]> => {
    if (ids.length === 0) return [];
    const result = await db.readOne(STATEMENTS.briefingsById, { ids: [...ids] });
    const found = new Map(result.records.map((r) => [r.get('id') as string, toBriefingNode(r.get('b'))]));
    return ids.map((id) => found.get(id) ?? null);
  };

  const articlesById = async (ids: readonly string[]): Promise<(ArticleNode | null)[]> => {
    if (ids.length === 0) return [];
    const result = await db.readOne(STATEMENTS.articlesById, { ids: [...ids] });
    const found = new Map(result.records.map((r) => [r.get('id') as string, toArticleNode(r.get('a'), r.get('briefingId'))]));
    return ids.map((id) => found.get(id) ?? null);
  };

  const articlesByBriefing = async (briefingIds: readonly string[]): Promise<ArticleNode[][]> => {
    if (briefingIds.length === 0) return [];
    const result = await db.readOne(STATEMENTS.articlesByBriefing, { ids: [...briefingIds] });
    const byIndex = new Map(result.records.map((r) => [toNumber(r.get('i')), asList(r.get('articles')).map((a) => toArticleNode(a, r.get('briefingId')))]));
    return briefingIds.map((_, i) => byIndex.get(i) ?? []);
  };

  const mentions = async (requests: readonly { entityId: string; first: number }[]): Promise<MentionRecord[][]> => {
    if (requests.length === 0) return [];
    const params = requests.map((req) => ({ entityId: req.entityId, first: toNeo4jInt(nonNegativeInt(req.first, 'first')) }));
    const result = await db.readOne(STATEMENTS.mentions, { requests: params });
    const byIndex = new Map(
      result.records.map((r) => [
        toNumber(r.get('i')),
        asList(r.get('items')).map((item): MentionRecord => {
          const m = asMap(item);
          const briefing = toBriefingNode(m.briefing);
          return {
            briefing,
            article: toArticleNode(m.article, briefing.id),
            count: m.count == null ? 0 : toNumber(m.count),
            firstOffset: m.firstOffset == null ? 0 : toNumber(m.firstOffset),
          };
        }),
      ]),
    );
    return requests.map((_, i) => byIndex.get(i) ?? []);
  };

  const stats = async (): Promise<StoreStats> => {
    // Two statements sent at once on two connections: counts of a live database, not a
    // consistent snapshot of one, which a count does not need.
    const [nodeRows, relRows] = await Promise.all([
      db.readOne(STATEMENTS.statsNodes, { labels: [...ENTITY_LABELS, ...PROVENANCE_LABELS] }),
      db.readOne(STATEMENTS.statsRelationships, { types: [...RELATIONSHIP_TYPES] }),
    ]);
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    let nodes = 0;
    let relationships = 0;
    for (const r of nodeRows.records) {
      const count = toNumber(r.get('count'));
      nodes += count;
      const label = r.get('label') as string | null;
      if (label) byLabel[label] = (byLabel[label] ?? 0) + count;
    }
    for (const r of relRows.records) {
      const count = toNumber(r.get('count'));
      relationships += count;
      byType[r.get('type') as RelationshipType] = count;
    }
    return { nodes, relationships, byLabel, byType };
  };

  return {
    kind: 'neo4j',
    entitiesById,
    entitiesByName,
    neighbours,
    search,
    events,
    shortestPath,
    briefings,
    briefingsById,
    articlesById,
    articlesByBriefing,
    mentions,
    stats,
    close: () => db.close(),
  };
}
