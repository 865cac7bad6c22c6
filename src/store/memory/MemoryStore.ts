import type { Graph } from '../../graph/index.js';
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
import { StoreUnavailableError } from '../GraphStore.js';
import type { ArticleNode, BriefingNode } from '../../graph/index.js';
import { GraphIndex } from './GraphIndex.js';

// The embedded store: every GraphStore call is answered from one in-memory GraphIndex.
// `replace` swaps the whole index at once (the snapshot watcher uses it), so each call sees one
// consistent graph.

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private index: GraphIndex;
  private version = 1;
  private closed = false;
  private readonly onClose: (() => void) | undefined;

  constructor(graph: Graph, options: { onClose?: () => void } = {}) {
    this.index = new GraphIndex(graph);
    this.onClose = options.onClose;
  }

  /** Serves `graph` from now on. */
  replace(graph: Graph): void {
    this.index = new GraphIndex(graph);
    this.version++;
  }

  dataVersion(): number {
    return this.version;
  }

  private snapshotWarning: string | undefined;

  /** Set by the snapshot watcher while the file on disk is not the graph served (refused or gone). */
  setWarning(warning: string | undefined): void {
    this.snapshotWarning = warning;
  }

  warning(): string | undefined {
    return this.snapshotWarning;
  }

  private current(): GraphIndex {
    if (this.closed) throw new StoreUnavailableError('the memory store is closed');
    return this.index;
  }

  async entitiesById(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const index = this.current();
    return ids.map((id) => index.entityById(id));
  }

  async entitiesByName(names: readonly string[]): Promise<EntityRecord[][]> {
    const index = this.current();
    return names.map((name) => index.entitiesByName(name));
  }

  async neighbours(requests: readonly NeighbourRequest[]): Promise<Neighbour[][]> {
    const index = this.current();
    return requests.map((request) => index.neighbours(request));
  }

  async search(text: string, options: SearchOptions): Promise<SearchHit[]> {
    return this.current().search(text, options);
  }

  async events(filter: EventFilter, page: { offset: number; limit: number }): Promise<EventPage> {
    return this.current().events(filter, page);
  }

  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathResult | null> {
    return this.current().shortestPath(fromId, toId, maxHops);
  }

  async briefings(): Promise<BriefingNode[]> {
    return this.current().briefings();
  }

  async briefingsById(ids: readonly string[]): Promise<(BriefingNode | null)[]> {
    const index = this.current();
    return ids.map((id) => index.briefingById(id));
  }

  async articlesById(ids: readonly string[]): Promise<(ArticleNode | null)[]> {
    const index = this.current();
    return ids.map((id) => index.articleById(id));
  }

  async articlesByBriefing(briefingIds: readonly string[]): Promise<ArticleNode[][]> {
    const index = this.current();
    return briefingIds.map((id) => index.articlesOfBriefing(id));
  }

  async mentions(requests: readonly { entityId: string; first: number }[]): Promise<MentionRecord[][]> {
    const index = this.current();
    return requests.map((r) => index.mentions(r.entityId, r.first));
  }

  async stats(): Promise<StoreStats> {
    return this.current().stats();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose?.();
  }
}
