// One event as the page, the exports and `kg timeline` show it. The API's TimelineEntry has
// this shape; the page builds the same from GraphQL answers, so both export the same files.

export interface TimelineItemParticipant {
  id: string;
  name: string;
  type: string;
  /** ORGANIZED, ATTENDED, WITNESSED, AWARDED. */
  relations: string[];
  roles: string[];
}

export interface TimelineItemSource {
  briefing: string | null;
  article: string | null;
  quote: string | null;
  citation: string | null;
  /** How the fact was found (gazetteer, pattern:<name>, curated, reference), when known. */
  method?: string | null;
  confidence?: number | null;
}

export interface TimelineItem {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string | null;
  /** ISO date truncated to what the text says: 2017, 2017-10 or 2017-10-08. */
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
  places: string[];
  participants: TimelineItemParticipant[];
  sources: TimelineItemSource[];
}
