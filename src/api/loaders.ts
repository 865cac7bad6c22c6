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
  /**
   * Entities this request has already read (as neighbours, search hits, path nodes, events):
   * entityById answers them without asking the store.
   */
  knowEntities(records: Iterable<EntityRecord>): void;
}

function neighbourCacheKey(key: NeighbourKey): string {
  const given = key.types;
  const types = !given || given.length === 0 ? '*' : given.length === 1 ? given[0] : [...given].sort().join(',');
  return `${key.id}|${types}|${key.direction}|${key.first}`;
}

/**
 * Loaders are made when a request first uses them (most requests use two or three of the
 * seven), and entities read along the way are remembered in a plain map rather than primed
 * into entityById (priming makes a promise per entity: fifty per page of relations).
 */
class RequestLoaders implements Loaders {
  private readonly known = new Map<string, EntityRecord>();
  /** Neighbour lists read so far whose entities are not in `known` yet: added when entityById first needs them. */
  private unread: Neighbour[][] = [];
  private briefings: Promise<BriefingNode[]> | undefined;
  private entityByIdLoader: Loaders['entityById'] | undefined;
  private entitiesByNameLoader: Loaders['entitiesByName'] | undefined;
  private neighboursLoader: Loaders['neighbours'] | undefined;
  private mentionsLoader: Loaders['mentions'] | undefined;
  private articleByIdLoader: Loaders['articleById'] | undefined;
  private articlesByBriefingLoader: Loaders['articlesByBriefing'] | undefined;
  private briefingByIdLoader: Loaders['briefingById'] | undefined;

  constructor(private readonly store: GraphStore) {}

  knowEntities(records: Iterable<EntityRecord>): void {
    for (const record of records) this.known.set(record.id, record);
  }

  private readNeighbours(): void {
    if (this.unread.length === 0) return;
    for (const list of this.unread) for (const n of list) this.known.set(n.node.id, n.node);
    this.unread = [];
  }

  get entityById(): Loaders['entityById'] {
    return (this.entityByIdLoader ??= new DataLoader<string, EntityRecord | null>(async (ids) => {
      this.readNeighbours();
      const missing = ids.filter((id) => !this.known.has(id));
      if (missing.length > 0) {
        const found = await this.store.entitiesById(missing);
        missing.forEach((id, i) => {
          const record = found[i];
          if (record) this.known.set(id, record);
        });
      }
      return ids.map((id) => this.known.get(id) ?? null);
    }));
  }

  get entitiesByName(): Loaders['entitiesByName'] {
    return (this.entitiesByNameLoader ??= new DataLoader(async (names) => {
      const result = await this.store.entitiesByName(names);
      for (const records of result) this.knowEntities(records);
      return result;
    }));
  }

  get neighbours(): Loaders['neighbours'] {
    return (this.neighboursLoader ??= new DataLoader(
      async (keys) => {
        const result = await this.store.neighbours(keys.map((k) => ({ id: k.id, types: k.types, direction: k.direction, first: k.first })));
        // Most requests never look an entity up by id after reading neighbours (a page of
        // fifty relations would be fifty map writes for nothing): kept until one does.
        for (const list of result) if (list.length > 0) this.unread.push(list);
        return result;
      },
      { cacheKeyFn: neighbourCacheKey },
    ));
  }

  get mentions(): Loaders['mentions'] {
    return (this.mentionsLoader ??= new DataLoader((keys) => this.store.mentions(keys), { cacheKeyFn: (k) => `${k.entityId}|${k.first}` }));
  }

  get articleById(): Loaders['articleById'] {
    return (this.articleByIdLoader ??= new DataLoader((ids) => this.store.articlesById(ids)));
  }

  get articlesByBriefing(): Loaders['articlesByBriefing'] {
    return (this.articlesByBriefingLoader ??= new DataLoader((ids) => this.store.articlesByBriefing(ids)));
  }

  get briefingById(): Loaders['briefingById'] {
    return (this.briefingByIdLoader ??= new DataLoader((ids) => this.store.briefingsById(ids)));
  }

  allBriefings(): Promise<BriefingNode[]> {
    return (this.briefings ??= this.store.briefings());
  }
}

export function createLoaders(store: GraphStore): Loaders {
  return new RequestLoaders(store);
}
