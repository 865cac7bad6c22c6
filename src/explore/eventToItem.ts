import type { TimelineEntry, TimelineEventFields, TimelineParticipant, TimelineSource } from '../api/timelineEntry.js';
import type { RelationshipType } from '../graph/ontology.js';

// An Event as the GraphQL API returns it (with its relations and their sources) turned into
// the TimelineEntry `kg timeline` builds from the store: same places, same participants in the
// same order, same first sources. The page's CSV and Markdown are therefore the command's.

export interface GqlSource {
  quote: string | null;
  citation: string | null;
  briefing: { title: string } | null;
  article: { id: string; title: string } | null;
}

export interface GqlRelation {
  /** The API's RelationshipType enum: the ontology's type names. */
  type: RelationshipType;
  direction: 'OUT' | 'IN' | 'BOTH';
  role: string | null;
  title?: string | null;
  date?: string | null;
  method: string | null;
  confidence: number | null;
  node: { id: string; name: string; type: string };
  sources?: GqlSource[];
}

/** An Event as Query.timeline returns it: its own fields, then its facts. */
export interface GqlEvent extends TimelineEventFields {
  relations: GqlRelation[];
}

/** Relationship types of an event's own facts, as Query.timeline describes them. */
export const EVENT_FACT_TYPES = ['HELD_IN', 'ORGANIZED', 'ATTENDED', 'WITNESSED', 'AWARDED', 'PRODUCED', 'PART_OF'];
const PARTICIPATION = ['ORGANIZED', 'ATTENDED', 'WITNESSED', 'AWARDED'];
const SOURCE_PRIORITY = ['HELD_IN', 'ORGANIZED', 'ATTENDED', 'PRODUCED', 'PART_OF', 'WITNESSED', 'AWARDED'];
const MAX_SOURCES = 3;

/** The API's entity type enum (ECO_LABEL) as the ontology's label (EcoLabel). */
export function labelOfType(type: string): string {
  return type
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function eventToItem(event: GqlEvent): TimelineEntry {
  const byId = new Map<string, TimelineParticipant & { rank: number }>();
  const ranked = [...event.relations].sort((a, b) => PARTICIPATION.indexOf(a.type) - PARTICIPATION.indexOf(b.type));
  for (const r of ranked) {
    const rank = PARTICIPATION.indexOf(r.type);
    if (rank < 0 || r.direction !== 'IN') continue;
    let p = byId.get(r.node.id);
    if (!p) byId.set(r.node.id, (p = { id: r.node.id, name: r.node.name, type: labelOfType(r.node.type), relations: [], roles: [], rank }));
    p.rank = Math.min(p.rank, rank);
    if (!p.relations.includes(r.type)) p.relations.push(r.type);
    if (r.role && !p.roles.includes(r.role)) p.roles.push(r.role);
  }
  const participants = [...byId.values()]
    .sort((a, b) => a.rank - b.rank || compareText(a.name, b.name) || compareText(a.id, b.id))
    .map(({ rank: _rank, ...p }) => p);

  const seen = new Set<string>();
  const sources: TimelineSource[] = [];
  // As kg timeline orders them: facts quoting a body sentence before those read from structure.
  const structural = (r: { method?: string | null }) => Number(String(r.method ?? '').startsWith('structure:'));
  const ordered = [...event.relations].sort((a, b) => structural(a) - structural(b) || SOURCE_PRIORITY.indexOf(a.type) - SOURCE_PRIORITY.indexOf(b.type));
  for (const r of ordered) {
    for (const s of r.sources ?? []) {
      const key = `${s.article?.id ?? ''}|${s.quote ?? ''}|${s.citation ?? ''}`;
      if (seen.has(key) || sources.length >= MAX_SOURCES) continue;
      seen.add(key);
      sources.push({ briefing: s.briefing?.title ?? null, article: s.article?.title ?? null, quote: s.quote, citation: s.citation, method: r.method, confidence: r.confidence });
    }
  }
  return {
    id: event.id,
    name: event.name,
    nameEn: event.nameEn,
    kind: event.kind,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    places: event.relations.filter((r) => r.type === 'HELD_IN' && r.direction === 'OUT').map((r) => r.node.name),
    participants,
    sources,
  };
}
