import type { RelationshipType } from '../graph/index.js';
import type { EntityRecord, Neighbour } from '../store/GraphStore.js';
import { checkDate, checkFirst } from './arguments.js';
import type { ApiContext } from './context.js';
import { offsetAfter } from './cursor.js';
import { LIMITS } from './limits.js';
import { resolveEntityArgument } from './resolveEntityArgument.js';
import { sourcesOf, type SourceView } from './sources.js';
import type { TimelineEntry, TimelineParticipant, TimelineSource } from './timelineEntry.js';

// The one timeline both Query.timeline and `kg timeline` run: resolve the entity argument,
// check the bounds, ask the store for one page of events in date order.

export interface TimelineArgs {
  entity?: string | null;
  from?: string | null;
  to?: string | null;
  kinds?: readonly string[] | null;
  first: number;
  after?: string | null;
}

export interface TimelinePage {
  /** The entity the argument named; null when none was asked for or none matched. */
  entity: EntityRecord | null;
  /** True when `entity` was given but names nothing: the page is empty. */
  unknownEntity: boolean;
  events: EntityRecord[];
  offset: number;
  totalCount: number;
}

export async function timeline(context: ApiContext, args: TimelineArgs): Promise<TimelinePage> {
  const first = checkFirst(args.first);
  const from = checkDate(args.from, 'from');
  const to = checkDate(args.to, 'to');
  const offset = offsetAfter(args.after);
  let entity: EntityRecord | null = null;
  if (args.entity !== null && args.entity !== undefined) {
    entity = await resolveEntityArgument(context, args.entity, { argumentName: 'entity' });
    if (!entity) return { entity: null, unknownEntity: true, events: [], offset, totalCount: 0 };
  }
  const page = await context.store.events(
    { entityId: entity?.id, from, to, kinds: args.kinds && args.kinds.length > 0 ? args.kinds : undefined },
    { offset, limit: first },
  );
  context.loaders.knowEntities(page.events);
  return { entity, unknownEntity: false, events: page.events, offset, totalCount: page.totalCount };
}

const EVENT_FACTS: RelationshipType[] = ['HELD_IN', 'ORGANIZED', 'ATTENDED', 'WITNESSED', 'AWARDED', 'PRODUCED', 'PART_OF'];
/** Organisers first, then who attended, witnessed, was awarded. */
const PARTICIPATION: RelationshipType[] = ['ORGANIZED', 'ATTENDED', 'WITNESSED', 'AWARDED'];
const MAX_SOURCES = 3;

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Place, participants with roles and sources of each event: three batched store calls
 * (neighbours, articles, briefings) whatever the number of events.
 */
export async function describeEvents(context: ApiContext, events: readonly EntityRecord[]): Promise<TimelineEntry[]> {
  const facts = await Promise.all(
    events.map((e) => context.loaders.neighbours.load({ id: e.id, types: EVENT_FACTS, direction: 'BOTH', first: LIMITS.neighbourCap })),
  );
  const sourceLists = await Promise.all(facts.map((list) => resolveSources(context, list)));
  return events.map((event, i) => {
    const list = facts[i] ?? [];
    const p = event.properties;
    return {
      id: event.id,
      name: String(p.name),
      nameEn: text(p.nameEn),
      kind: text(p.kind),
      startDate: text(p.startDate),
      endDate: text(p.endDate),
      datePrecision: text(p.datePrecision),
      places: list.filter((n) => n.relation.type === 'HELD_IN' && n.direction === 'OUT').map((n) => String(n.node.properties.name)),
      participants: participantsOf(list),
      sources: sourceLists[i] ?? [],
    };
  });
}

/** The facts whose sentences best say when and where: place first, then who organised it. */
const SOURCE_PRIORITY: RelationshipType[] = ['HELD_IN', 'ORGANIZED', 'ATTENDED', 'PRODUCED', 'PART_OF', 'WITNESSED', 'AWARDED'];

function participantsOf(facts: readonly Neighbour[]): TimelineParticipant[] {
  const byId = new Map<string, TimelineParticipant & { rank: number }>();
  const ranked = [...facts].sort((a, b) => PARTICIPATION.indexOf(a.relation.type) - PARTICIPATION.indexOf(b.relation.type));
  for (const fact of ranked) {
    const rank = PARTICIPATION.indexOf(fact.relation.type);
    if (rank < 0 || fact.direction !== 'IN') continue;
    let entry = byId.get(fact.node.id);
    if (!entry) byId.set(fact.node.id, (entry = { id: fact.node.id, name: String(fact.node.properties.name), type: fact.node.label, relations: [], roles: [], rank }));
    entry.rank = Math.min(entry.rank, rank);
    if (!entry.relations.includes(fact.relation.type)) entry.relations.push(fact.relation.type);
    const role = text(fact.relation.properties.role);
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
  }
  return [...byId.values()]
    .sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map(({ rank: _rank, ...participant }) => participant);
}

async function resolveSources(context: ApiContext, facts: readonly Neighbour[]): Promise<TimelineSource[]> {
  const seen = new Set<string>();
  const views: SourceView[] = [];
  // Facts quoting a body sentence before those read from a heading or the contents (method
  // structure:…, whose every quote is one): md and csv exports show the first source only.
  const structural = (n: Neighbour) => Number(String(n.relation.properties.method ?? '').startsWith('structure:'));
  const ordered = [...facts].sort((a, b) => structural(a) - structural(b) || SOURCE_PRIORITY.indexOf(a.relation.type) - SOURCE_PRIORITY.indexOf(b.relation.type));
  for (const fact of ordered) {
    for (const source of sourcesOf(fact.relation)) {
      const key = `${source.articleId ?? ''}|${source.quote ?? ''}|${source.citation ?? ''}`;
      if (seen.has(key) || views.length >= MAX_SOURCES) continue;
      seen.add(key);
      views.push(source);
    }
  }
  return Promise.all(
    views.map(async (view) => {
      const article = view.articleId ? await context.loaders.articleById.load(view.articleId) : null;
      const briefing = article ? await context.loaders.briefingById.load(article.briefingId) : null;
      return { briefing: briefing?.title ?? null, article: article?.title ?? null, quote: view.quote ?? null, citation: view.citation ?? null };
    }),
  );
}
