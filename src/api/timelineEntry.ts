import type { RelationshipType } from '../graph/ontology.js';

// The one declaration of a timeline row: what `kg timeline` and describeEvents build from the
// store, and what the /explore page builds from GraphQL answers (eventToItem) and exports.
// Types only, and it imports only types: the explore client imports it with `import type`, so
// esbuild erases it and no server code reaches the bundle.

/** An Event's own fields, as the API's Event type returns them. */
export interface TimelineEventFields {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string | null;
  /** ISO date truncated to what the text says: 2017, 2017-10 or 2017-10-08. */
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
}

/** Everyone linked to an event once, with every way they took part. */
export interface TimelineParticipant {
  id: string;
  name: string;
  /** The ontology's label (EcoLabel, Organization...). */
  type: string;
  /** ORGANIZED, ATTENDED, WITNESSED, AWARDED: the facts linking them to the event. */
  relations: RelationshipType[];
  /** Their roles (host, chair, delegate...), as the facts give them. */
  roles: string[];
}

export interface TimelineSource {
  briefing: string | null;
  article: string | null;
  quote: string | null;
  citation: string | null;
  /** How the fact was found (gazetteer, pattern:<name>, curated, reference), when known. */
  method?: string | null;
  confidence?: number | null;
}

/** One event as a report writer reads it. */
export interface TimelineEntry extends TimelineEventFields {
  places: string[];
  participants: TimelineParticipant[];
  sources: TimelineSource[];
}
