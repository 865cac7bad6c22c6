import { FACT_TYPES, foldCompact, foldName, type RelationshipType } from '../../graph/index.js';
import type { ArticleNode, BriefingNode, EntityNode, Graph, Relationship } from '../../graph/index.js';
import type {
  EntityRecord,
  EventFilter,
  EventPage,
  MentionRecord,
  Neighbour,
  NeighbourRequest,
  PathResult,
  SearchHit,
  SearchOptions,
  StoreStats,
} from '../GraphStore.js';
import { eventWithinBounds } from './dates.js';

// One immutable, fully indexed view of a snapshot. The memory store answers every call from
// the index it holds and swaps in a new one when the snapshot changes, so a request never sees
// half of one graph and half of another.

const FACT_TYPE_SET: ReadonlySet<string> = new Set(FACT_TYPES);

/** Relationship types through which an entity "runs, is involved in, or funds" a project. */
const PROJECT_LINKS: ReadonlySet<RelationshipType> = new Set(['OPERATES', 'ORGANIZED', 'INVOLVED_IN', 'FUNDED']);
/** How a person takes part in an event. */
const PERSON_EVENT_LINKS: ReadonlySet<RelationshipType> = new Set(['ATTENDED', 'ORGANIZED']);

export const SEARCH_SCORE = { name: 4, alias: 3, prefix: 2, substring: 1 } as const;

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One record per node, handed out every time, so what the API builds on a record (its view) is built once. */
const records = new WeakMap<EntityNode, EntityRecord>();

function toRecord(node: EntityNode): EntityRecord {
  let record = records.get(node);
  if (!record) records.set(node, (record = { id: node.id, label: node.label, properties: node.properties }));
  return record;
}

function nameOf(node: EntityNode): string {
  return node.properties.name;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

interface Adjacency {
  out: Relationship[];
  in: Relationship[];
}

export class GraphIndex {
  private readonly entities = new Map<string, EntityNode>();
  private readonly briefingIndex = new Map<string, BriefingNode>();
  private readonly articleIndex = new Map<string, ArticleNode>();
  /** foldCompact(name form) -> entity ids. Compact folding also matches names PDF wrapping split. */
  private readonly names = new Map<string, Set<string>>();
  private readonly adjacency = new Map<string, Adjacency>();
  /** Events sorted by startDate (missing last), then id. */
  private readonly eventsSorted: EntityNode[];
  private readonly mentionsByEntity = new Map<string, { articleId: string; count: number; firstOffset: number }[]>();
  private readonly sortedBriefings: BriefingNode[];
  private readonly articlesByBriefing = new Map<string, ArticleNode[]>();
  private readonly statistics: StoreStats;

  constructor(graph: Graph) {
    for (const b of graph.briefings) this.briefingIndex.set(b.id, b);
    for (const a of graph.articles) {
      this.articleIndex.set(a.id, a);
      const list = this.articlesByBriefing.get(a.briefingId) ?? [];
      list.push(a);
      this.articlesByBriefing.set(a.briefingId, list);
    }
    for (const list of this.articlesByBriefing.values()) list.sort((x, y) => x.order - y.order || byString(x.id, y.id));
    for (const e of graph.entities) {
      this.entities.set(e.id, e);
      for (const form of this.nameForms(e)) {
        const key = foldCompact(form);
        if (!key) continue;
        let ids = this.names.get(key);
        if (!ids) this.names.set(key, (ids = new Set()));
        ids.add(e.id);
      }
    }
    const byType: Record<string, number> = {};
    for (const r of graph.relationships) {
      byType[r.type] = (byType[r.type] ?? 0) + 1;
      if (r.type === 'MENTIONS') {
        const list = this.mentionsByEntity.get(r.end) ?? [];
        list.push({ articleId: r.start, count: Number(r.properties.count ?? 0), firstOffset: Number(r.properties.firstOffset ?? 0) });
        this.mentionsByEntity.set(r.end, list);
        continue;
      }
      if (!FACT_TYPE_SET.has(r.type) || !this.entities.has(r.start) || !this.entities.has(r.end)) continue;
      this.adjacencyOf(r.start).out.push(r);
      this.adjacencyOf(r.end).in.push(r);
    }
    for (const list of this.mentionsByEntity.values()) {
      list.sort((x, y) => {
        const ax = this.articleIndex.get(x.articleId);
        const ay = this.articleIndex.get(y.articleId);
        return byString(ax?.briefingId ?? '', ay?.briefingId ?? '') || (ax?.order ?? 0) - (ay?.order ?? 0) || byString(x.articleId, y.articleId);
      });
    }
    this.eventsSorted = graph.entities
      .filter((e) => e.label === 'Event')
      .sort((a, b) => {
        const da = str(a.properties.startDate);
        const db = str(b.properties.startDate);
        if (da !== db) {
          if (da === undefined) return 1;
          if (db === undefined) return -1;
          return byString(da, db);
        }
        return byString(a.id, b.id);
      });
    this.sortedBriefings = [...graph.briefings].sort((a, b) => byString(a.id, b.id));
    const byLabel: Record<string, number> = {};
    for (const e of graph.entities) byLabel[e.label] = (byLabel[e.label] ?? 0) + 1;
    if (graph.briefings.length) byLabel.Briefing = graph.briefings.length;
    if (graph.articles.length) byLabel.Article = graph.articles.length;
    this.statistics = {
      nodes: graph.entities.length + graph.briefings.length + graph.articles.length,
      relationships: graph.relationships.length,
      byLabel,
      byType,
    };
  }

  private adjacencyOf(id: string): Adjacency {
    let adj = this.adjacency.get(id);
    if (!adj) this.adjacency.set(id, (adj = { out: [], in: [] }));
    return adj;
  }

  private nameForms(e: EntityNode): string[] {
    const p = e.properties;
    const forms = [e.id, p.name, p.nameZh, p.nameEn, ...(Array.isArray(p.aliases) ? p.aliases : [])];
    return forms.filter((f): f is string => typeof f === 'string' && f !== '');
  }

  entityById(id: string): EntityRecord | null {
    const node = this.entities.get(id);
    return node ? toRecord(node) : null;
  }

  entitiesByName(name: string): EntityRecord[] {
    const ids = this.names.get(foldCompact(name));
    if (!ids) return [];
    return [...ids]
      .map((id) => this.entities.get(id))
      .filter((e): e is EntityNode => e !== undefined)
      .sort((a, b) => byString(nameOf(a), nameOf(b)) || byString(a.id, b.id))
      .map(toRecord);
  }

  /** Each entity's neighbours in answer order, per direction, built once on first use (the index never changes). */
  private readonly orderedNeighbours = new Map<string, Record<'OUT' | 'IN' | 'BOTH', Neighbour[]>>();

  private neighboursOf(id: string): Record<'OUT' | 'IN' | 'BOTH', Neighbour[]> | undefined {
    let ordered = this.orderedNeighbours.get(id);
    if (ordered) return ordered;
    const adj = this.adjacency.get(id);
    if (!adj) return undefined;
    const all: Neighbour[] = [];
    const take = (relations: Relationship[], direction: 'OUT' | 'IN') => {
      for (const r of relations) {
        const other = this.entities.get(direction === 'OUT' ? r.end : r.start);
        if (!other) continue;
        all.push({ relation: { id: r.id, type: r.type, start: r.start, end: r.end, properties: r.properties }, direction, node: toRecord(other) });
      }
    };
    take(adj.out, 'OUT');
    take(adj.in, 'IN');
    all.sort(
      (a, b) =>
        byString(a.relation.type, b.relation.type) ||
        byString(String(a.node.properties.name), String(b.node.properties.name)) ||
        byString(a.node.id, b.node.id) ||
        byString(a.relation.id, b.relation.id),
    );
    ordered = { BOTH: all, OUT: all.filter((n) => n.direction === 'OUT'), IN: all.filter((n) => n.direction === 'IN') };
    this.orderedNeighbours.set(id, ordered);
    return ordered;
  }

  neighbours(request: NeighbourRequest): Neighbour[] {
    if (request.first <= 0) return [];
    const ordered = this.neighboursOf(request.id)?.[request.direction];
    if (!ordered) return [];
    const wanted = request.types && request.types.length > 0 ? new Set<string>(request.types) : undefined;
    if (!wanted) return ordered.slice(0, request.first);
    const result: Neighbour[] = [];
    for (const n of ordered) {
      if (!wanted.has(n.relation.type)) continue;
      result.push(n);
      if (result.length >= request.first) break;
    }
    return result;
  }

  search(text: string, options: SearchOptions): SearchHit[] {
    const query = foldName(text);
    const compactQuery = foldCompact(text);
    if (!compactQuery || options.first <= 0) return [];
    const types = options.types && options.types.length > 0 ? new Set<string>(options.types) : undefined;
    const hits: { node: EntityNode; score: number }[] = [];
    for (const node of this.entities.values()) {
      if (types && !types.has(node.label)) continue;
      const score = this.scoreOf(node, query, compactQuery);
      if (score > 0) hits.push({ node, score });
    }
    hits.sort((a, b) => b.score - a.score || byString(nameOf(a.node), nameOf(b.node)) || byString(a.node.id, b.node.id));
    return hits.slice(0, options.first).map((h) => ({ entity: toRecord(h.node), score: h.score }));
  }

  private scoreOf(node: EntityNode, query: string, compactQuery: string): number {
    const p = node.properties;
    const primary = [node.id, p.name, p.nameZh, p.nameEn].filter((f): f is string => typeof f === 'string' && f !== '');
    const aliases = (Array.isArray(p.aliases) ? p.aliases : []).filter((f): f is string => typeof f === 'string' && f !== '');
    const equal = (form: string) => foldName(form) === query || foldCompact(form) === compactQuery;
    if (primary.some(equal)) return SEARCH_SCORE.name;
    if (aliases.some(equal)) return SEARCH_SCORE.alias;
    const all = [...primary, ...aliases];
    if (all.some((f) => foldName(f).startsWith(query) || foldCompact(f).startsWith(compactQuery))) return SEARCH_SCORE.prefix;
    if (all.some((f) => foldName(f).includes(query) || foldCompact(f).includes(compactQuery))) return SEARCH_SCORE.substring;
    return 0;
  }

  events(filter: EventFilter, page: { offset: number; limit: number }): EventPage {
    const related = filter.entityId !== undefined ? this.relatedEventIds(filter.entityId) : undefined;
    const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : undefined;
    const matching = this.eventsSorted.filter((e) => {
      if (related && !related.has(e.id)) return false;
      if (kinds && !kinds.has(String(e.properties.kind ?? ''))) return false;
      return eventWithinBounds(str(e.properties.startDate), str(e.properties.endDate), filter.from, filter.to);
    });
    const offset = Math.max(0, page.offset);
    return { events: matching.slice(offset, offset + Math.max(0, page.limit)).map(toRecord), totalCount: matching.length };
  }

  /** EventFilter.entityId's rule: direct facts, people holding positions there, its projects' parts. */
  private relatedEventIds(entityId: string): Set<string> {
    const ids = new Set<string>();
    const adj = this.adjacency.get(entityId);
    if (!adj) return ids;
    const isEvent = (id: string) => this.entities.get(id)?.label === 'Event';
    for (const r of adj.out) if (isEvent(r.end)) ids.add(r.end);
    for (const r of adj.in) if (isEvent(r.start)) ids.add(r.start);
    for (const position of adj.in) {
      if (position.type !== 'HOLDS_POSITION') continue;
      for (const r of this.adjacency.get(position.start)?.out ?? []) {
        if (PERSON_EVENT_LINKS.has(r.type) && isEvent(r.end)) ids.add(r.end);
      }
    }
    for (const link of adj.out) {
      if (!PROJECT_LINKS.has(link.type) || this.entities.get(link.end)?.label !== 'Project') continue;
      for (const r of this.adjacency.get(link.end)?.in ?? []) {
        if (r.type === 'PART_OF' && isEvent(r.start)) ids.add(r.start);
      }
    }
    return ids;
  }

  shortestPath(fromId: string, toId: string, maxHops: number): PathResult | null {
    if (!this.entities.has(fromId) || !this.entities.has(toId) || maxHops < 0) return null;
    const previous = new Map<string, { via: Relationship; from: string } | null>([[fromId, null]]);
    let frontier = [fromId];
    for (let hop = 0; hop < maxHops && !previous.has(toId) && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const { relation, other } of this.steps(id)) {
          if (previous.has(other)) continue;
          previous.set(other, { via: relation, from: id });
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!previous.has(toId)) return null;
    const nodes: EntityRecord[] = [];
    const relations: PathResult['relations'] = [];
    for (let id: string | undefined = toId; id !== undefined; ) {
      nodes.unshift(toRecord(this.entities.get(id)!));
      const step = previous.get(id);
      if (!step) break;
      const r = step.via;
      relations.unshift({ id: r.id, type: r.type, start: r.start, end: r.end, properties: r.properties });
      id = step.from;
    }
    return { nodes, relations };
  }

  /** Fact edges from an entity in both directions, in a fixed order so paths are deterministic. */
  private steps(id: string): { relation: Relationship; other: string }[] {
    const adj = this.adjacency.get(id);
    if (!adj) return [];
    const steps = [...adj.out.map((r) => ({ relation: r, other: r.end })), ...adj.in.map((r) => ({ relation: r, other: r.start }))];
    return steps.sort((a, b) => byString(a.other, b.other) || byString(a.relation.type, b.relation.type) || byString(a.relation.id, b.relation.id));
  }

  briefings(): BriefingNode[] {
    return this.sortedBriefings;
  }

  briefingById(id: string): BriefingNode | null {
    return this.briefingIndex.get(id) ?? null;
  }

  articleById(id: string): ArticleNode | null {
    return this.articleIndex.get(id) ?? null;
  }

  articlesOfBriefing(briefingId: string): ArticleNode[] {
    return this.articlesByBriefing.get(briefingId) ?? [];
  }

  mentions(entityId: string, first: number): MentionRecord[] {
    const out: MentionRecord[] = [];
    for (const m of this.mentionsByEntity.get(entityId) ?? []) {
      if (out.length >= first) break;
      const article = this.articleIndex.get(m.articleId);
      const briefing = article ? this.briefingIndex.get(article.briefingId) : undefined;
      if (!article || !briefing) continue;
      out.push({ article, briefing, count: m.count, firstOffset: m.firstOffset });
    }
    return out;
  }

  stats(): StoreStats {
    return this.statistics;
  }
}
