import type { EntityLabel, ExtractionMethod, RelationshipType } from './ontology.js';

/** Property values Neo4j can store: scalars and homogeneous lists, never nested maps. */
export type PropertyValue = string | number | boolean | readonly string[] | readonly number[];
export type Properties = Record<string, PropertyValue>;

export type DatePrecision = 'year' | 'month' | 'day';

/** Common properties of every domain node (ontology.md). */
export interface EntityProperties {
  id: string;
  name: string;
  nameZh?: string;
  nameEn?: string;
  aliases: string[];
  kind?: string;
  country?: string;
  description?: string;
  /** Events only. ISO-8601 truncated to what the text says. */
  startDate?: string;
  endDate?: string;
  datePrecision?: DatePrecision;
}

export interface EntityNode {
  id: string;
  label: EntityLabel;
  properties: EntityProperties & Properties;
}

export interface BriefingNode {
  id: string;
  title: string;
  issue?: string;
  publishedOn?: string;
  publisher?: string;
  file: string;
  sha256: string;
}

export interface ArticleNode {
  id: string;
  briefingId: string;
  title: string;
  order: number;
  startOffset: number;
  endOffset: number;
  /** The article's normalised text, so quotes and mentions can be shown without the source file. */
  text: string;
}

/** Provenance every fact read from a briefing carries (ontology.md). */
export interface FactProvenance {
  /** Article ids; parallel to `evidence`: evidence[i] was read from sources[i]. */
  sources: string[];
  /** Sentences, verbatim from the briefing's normalised text. */
  evidence: string[];
  method: ExtractionMethod;
  confidence: number;
  /** Reference facts only: URL or publication. */
  citation?: string;
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  properties: Properties;
}

/** The whole graph as the snapshot holds it. Arrays are in a canonical, deterministic order. */
export interface Graph {
  entities: EntityNode[];
  briefings: BriefingNode[];
  articles: ArticleNode[];
  relationships: Relationship[];
}
