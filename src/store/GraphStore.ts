import type { EntityLabel, RelationshipType } from '../graph/ontology.js';
import type { ArticleNode, BriefingNode, Properties } from '../graph/types.js';

// The one contract between the API and a backend. Both the embedded store (store/memory) and
// the Neo4j store (store/neo4j) implement it and pass the same contract tests
// (tests/contract). Everything crossing it is a plain value: no driver types, no Integers.
// Batch methods take many keys and return one result per key, in key order, so a DataLoader
// can sit directly on top of them (one store call per batch, not per key).

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface EntityRecord {
  id: string;
  label: EntityLabel;
  /** Every property of the node, `id`, `name` and `aliases` included. */
  properties: Properties;
}

export interface RelationRecord {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  /** `sources`, `evidence`, `method`, `confidence`, `citation`, and the type's own (role, title, date...). */
  properties: Properties;
}

export interface Neighbour {
  relation: RelationRecord;
  /** OUT: the asked-for entity is the relation's start; IN: it is the end. */
  direction: 'OUT' | 'IN';
  node: EntityRecord;
}

export interface NeighbourRequest {
  id: string;
  /** Only these types; all fact types when absent or empty. MENTIONS/HAS_ARTICLE never appear. */
  types?: readonly RelationshipType[];
  direction: Direction;
  /** At most this many, ordered by relationship type, then the other node's name, then id. */
  first: number;
}

export interface SearchOptions {
  types?: readonly EntityLabel[];
  first: number;
}

export interface SearchHit {
  entity: EntityRecord;
  /** Higher is better. Exact name > alias > prefix > substring. */
  score: number;
}

export interface EventFilter {
  /**
   * Events related to this entity: linked to it by any fact; attended or organised by a person
   * who holds a position at it; or part of a project it runs, is involved in, or funds.
   */
  entityId?: string;
  /** Inclusive bounds on the event's date, compared at the precision of the bound and the event. */
  from?: string;
  to?: string;
  /** Event `kind` values (meeting, visit, signing...). */
  kinds?: readonly string[];
}

export interface EventPage {
  /** Sorted by startDate, then id. */
  events: EntityRecord[];
  totalCount: number;
}

export interface PathResult {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export interface MentionRecord {
  article: ArticleNode;
  briefing: BriefingNode;
  count: number;
  firstOffset: number;
}

export interface StoreStats {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';

  entitiesById(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  /**
   * Entities whose id, name, nameZh, nameEn or an alias equals each given name, compared
   * case-insensitively with full-width and half-width forms folded together.
   */
  entitiesByName(names: readonly string[]): Promise<EntityRecord[][]>;
  neighbours(requests: readonly NeighbourRequest[]): Promise<Neighbour[][]>;
  search(text: string, options: SearchOptions): Promise<SearchHit[]>;
  events(filter: EventFilter, page: { offset: number; limit: number }): Promise<EventPage>;
  /** A shortest path over fact relationships in either direction, or null beyond maxHops. */
  shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathResult | null>;
  briefings(): Promise<BriefingNode[]>;
  briefingsById(ids: readonly string[]): Promise<(BriefingNode | null)[]>;
  articlesById(ids: readonly string[]): Promise<(ArticleNode | null)[]>;
  /** The articles of each briefing (HAS_ARTICLE), in article order. Added for Briefing.articles. */
  articlesByBriefing(briefingIds: readonly string[]): Promise<ArticleNode[][]>;
  /** Where each entity is mentioned, briefing order then article order. */
  mentions(requests: readonly { entityId: string; first: number }[]): Promise<MentionRecord[][]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
  /**
   * A number that changes whenever the data the store answers from changes, when the store can
   * tell (the embedded store: each snapshot it loads). Absent for stores whose data others may
   * change at any time (Neo4j): answers from those are never reused.
   */
  dataVersion?(): number;
  /**
   * Why the data served is not what the store's source holds now (the embedded store: a
   * snapshot that was refused or has gone), or undefined. /health reports it.
   */
  warning?(): string | undefined;
}

/**
 * The backend cannot answer: the snapshot is missing or unreadable, the database is down.
 * The API reports it as STORE_UNAVAILABLE; the message says what is missing and how to fix it.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
