import DataLoader from 'dataloader';
import type { RelationshipType } from '../graph/index.js';
import type { ArticleNode, BriefingNode } from '../graph/index.js';
import type { Direction, EntityRecord, GraphStore, MentionRecord, Neighbour } from '../store/GraphStore.js';

// One set per request (see context.ts). Each loader turns the keys a resolver level asks for
// into one store call, so the number of store calls grows with the depth of the query, not
// with the number of nodes it returns.

export interface NeighbourKey {
  id: string;
  types?: readonly RelationshipType[];
  direction: Direction;
  first: number;
}

export interface MentionKey {
  entityId: string;
  first: number;
}

export interface Loaders {
  entityById: DataLoader<string, EntityRecord | null>;
  entitiesByName: DataLoader<string, EntityRecord[]>;
  neighbours: DataLoader<NeighbourKey, Neighbour[], string>;
  mentions: DataLoader<MentionKey, MentionRecord[], string>;
  articleById: DataLoader<string, ArticleNode | null>;
  articlesByBriefing: DataLoader<string, ArticleNode[]>;
  briefingById: DataLoader<string, BriefingNode | null>;
  /** Every briefing; one store call per request however often it is asked. */
  allBriefings: () => Promise<BriefingNode[]>;
}

function neighbourCacheKey(key: NeighbourKey): string {
  const types = key.types && key.types.length > 0 ? [...key.types].sort().join(',') : '*';
  return `${key.id}|${types}|${key.direction}|${key.first}`;
}

export function createLoaders(store: GraphStore): Loaders {
  const entityById = new DataLoader<string, EntityRecord | null>((ids) => store.entitiesById(ids));
  const primeEntities = (records: Iterable<EntityRecord>) => {
    for (const record of records) entityById.prime(record.id, record);
  };
  let briefings: Promise<BriefingNode[]> | undefined;
  return {
    entityById,
    entitiesByName: new DataLoader(async (names) => {
      const result = await store.entitiesByName(names);
      primeEntities(result.flat());
      return result;
    }),
    neighbours: new DataLoader(
      async (keys) => {
        const result = await store.neighbours(keys.map((k) => ({ id: k.id, types: k.types, direction: k.direction, first: k.first })));
        primeEntities(result.flat().map((n) => n.node));
        return result;
      },
      { cacheKeyFn: neighbourCacheKey },
    ),
    mentions: new DataLoader((keys) => store.mentions(keys), { cacheKeyFn: (k) => `${k.entityId}|${k.first}` }),
    articleById: new DataLoader((ids) => store.articlesById(ids)),
    articlesByBriefing: new DataLoader((ids) => store.articlesByBriefing(ids)),
    briefingById: new DataLoader((ids) => store.briefingsById(ids)),
    allBriefings: () => (briefings ??= store.briefings()),
  };
}
