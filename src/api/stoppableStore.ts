import type { ArticleNode, BriefingNode } from '../graph/index.js';
import type { EntityRecord, EventFilter, EventPage, GraphStore, MentionRecord, Neighbour, NeighbourRequest, PathResult, SearchHit, SearchOptions, StoreStats } from '../store/GraphStore.js';
import { apiError, ErrorCode } from './errors.js';
import { LIMITS } from './limits.js';

// One request's view of the store, which refuses every call once the request has run past its
// time limit: graphql-js cannot stop an execution from outside, but each level of a query waits
// on the store, so an execution that was given up on ends at its next store call instead of
// going on working for nobody.

export function queryTimedOut(timeoutMs: number = LIMITS.queryTimeoutMs) {
  return apiError(ErrorCode.QUERY_TIMEOUT, `query ran longer than ${timeoutMs} ms and was stopped; the limit is ${timeoutMs} ms (ask for fewer or smaller lists)`, { limit: timeoutMs });
}

export class StoppableStore implements GraphStore {
  readonly kind: GraphStore['kind'];
  private stoppedAfterMs: number | undefined;

  constructor(private readonly store: GraphStore) {
    this.kind = store.kind;
  }

  /** Every later call fails with QUERY_TIMEOUT. */
  stop(afterMs: number): void {
    this.stoppedAfterMs = afterMs;
  }

  get stopped(): boolean {
    return this.stoppedAfterMs !== undefined;
  }

  private check(): void {
    if (this.stoppedAfterMs !== undefined) throw queryTimedOut(this.stoppedAfterMs);
  }

  async entitiesById(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    this.check();
    return this.store.entitiesById(ids);
  }
  async entitiesByName(names: readonly string[]): Promise<EntityRecord[][]> {
    this.check();
    return this.store.entitiesByName(names);
  }
  async neighbours(requests: readonly NeighbourRequest[]): Promise<Neighbour[][]> {
    this.check();
    return this.store.neighbours(requests);
  }
  async search(text: string, options: SearchOptions): Promise<SearchHit[]> {
    this.check();
    return this.store.search(text, options);
  }
  async events(filter: EventFilter, page: { offset: number; limit: number }): Promise<EventPage> {
    this.check();
    return this.store.events(filter, page);
  }
  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathResult | null> {
    this.check();
    return this.store.shortestPath(fromId, toId, maxHops);
  }
  async briefings(): Promise<BriefingNode[]> {
    this.check();
    return this.store.briefings();
  }
  async briefingsById(ids: readonly string[]): Promise<(BriefingNode | null)[]> {
    this.check();
    return this.store.briefingsById(ids);
  }
  async articlesById(ids: readonly string[]): Promise<(ArticleNode | null)[]> {
    this.check();
    return this.store.articlesById(ids);
  }
  async articlesByBriefing(briefingIds: readonly string[]): Promise<ArticleNode[][]> {
    this.check();
    return this.store.articlesByBriefing(briefingIds);
  }
  async mentions(requests: readonly { entityId: string; first: number }[]): Promise<MentionRecord[][]> {
    this.check();
    return this.store.mentions(requests);
  }
  stats(): Promise<StoreStats> {
    return this.store.stats();
  }
  close(): Promise<void> {
    return this.store.close();
  }
}
