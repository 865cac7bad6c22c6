// The closed vocabulary of the graph (ontology.md). Everything that names a label or a
// relationship type in Cypher or in the API comes from these lists, never from user input.

export const ENTITY_LABELS = [
  'Organization',
  'Person',
  'EcoLabel',
  'Standard',
  'Agreement',
  'Event',
  'Project',
  'Document',
  'Place',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const PROVENANCE_LABELS = ['Briefing', 'Article'] as const;
export type ProvenanceLabel = (typeof PROVENANCE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'HOLDS_POSITION',
  'SIGNED',
  'WITNESSED',
  'ORGANIZED',
  'ATTENDED',
  'HELD_IN',
  'LOCATED_IN',
  'OPERATES',
  'HOLDS_LABEL',
  'PUBLISHED',
  'CONTRIBUTED_TO',
  'INVOLVED_IN',
  'FUNDED',
  'COOPERATES_WITH',
  'PART_OF',
  'PRODUCED',
  'AWARDED',
  'HAS_ARTICLE',
  'MENTIONS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationship types that carry domain facts (everything but the provenance edges). */
export type FactType = Exclude<RelationshipType, 'HAS_ARTICLE' | 'MENTIONS'>;
export const FACT_TYPES = RELATIONSHIP_TYPES.filter(
  (t): t is FactType => t !== 'HAS_ARTICLE' && t !== 'MENTIONS',
);

/** Which labels may stand at each end of a fact (ontology.md, "Relationship types"). */
export const ENDPOINTS: Record<FactType, { from: readonly EntityLabel[]; to: readonly EntityLabel[] }> = {
  MEMBER_OF: { from: ['Organization', 'Person'], to: ['Organization', 'Project'] },
  HOLDS_POSITION: { from: ['Person'], to: ['Organization'] },
  SIGNED: { from: ['Organization', 'Person'], to: ['Agreement', 'Standard', 'Document'] },
  WITNESSED: { from: ['Organization', 'Person'], to: ['Agreement', 'Standard', 'Event'] },
  ORGANIZED: { from: ['Organization', 'Person'], to: ['Event', 'Project'] },
  ATTENDED: { from: ['Organization', 'Person'], to: ['Event'] },
  HELD_IN: { from: ['Event'], to: ['Place'] },
  LOCATED_IN: { from: ['Organization', 'Place'], to: ['Place'] },
  OPERATES: { from: ['Organization'], to: ['EcoLabel', 'Project'] },
  HOLDS_LABEL: { from: ['Organization'], to: ['EcoLabel'] },
  PUBLISHED: { from: ['Organization'], to: ['Document', 'Standard'] },
  CONTRIBUTED_TO: { from: ['Organization', 'Person'], to: ['Document', 'Project', 'Standard'] },
  INVOLVED_IN: { from: ['Organization', 'Person'], to: ['Project'] },
  FUNDED: { from: ['Organization'], to: ['Project'] },
  COOPERATES_WITH: {
    from: ['Organization', 'EcoLabel'],
    to: ['Organization', 'EcoLabel', 'Place'],
  },
  PART_OF: { from: ['Project', 'Event', 'Document'], to: ['Project', 'Event', 'Document'] },
  PRODUCED: { from: ['Event'], to: ['Agreement', 'Standard', 'Document'] },
  AWARDED: { from: ['Event', 'Organization'], to: ['Organization', 'Person', 'EcoLabel'] },
};

/** The `<type>` part of an entity id: `organization:cec`, `ecolabel:blue-angel`. */
export const ID_PREFIX: Record<EntityLabel, string> = {
  Organization: 'organization',
  Person: 'person',
  EcoLabel: 'ecolabel',
  Standard: 'standard',
  Agreement: 'agreement',
  Event: 'event',
  Project: 'project',
  Document: 'document',
  Place: 'place',
};

/** GraphQL's EntityType enum values, one per label. */
export const ENTITY_TYPE_ENUM: Record<EntityLabel, string> = {
  Organization: 'ORGANIZATION',
  Person: 'PERSON',
  EcoLabel: 'ECO_LABEL',
  Standard: 'STANDARD',
  Agreement: 'AGREEMENT',
  Event: 'EVENT',
  Project: 'PROJECT',
  Document: 'DOCUMENT',
  Place: 'PLACE',
};

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export function labelOfId(id: string): EntityLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_LABELS.find((label) => ID_PREFIX[label] === prefix);
}

/** True when a fact of `type` may join these labels. */
export function allowsEndpoints(type: FactType, from: EntityLabel, to: EntityLabel): boolean {
  const rule = ENDPOINTS[type];
  return rule.from.includes(from) && rule.to.includes(to);
}

export const EXTRACTION_METHODS = ['gazetteer', 'curated', 'reference'] as const;
/**
 * `gazetteer`, `curated`, `reference`, `pattern:<name>` (a reading rule on a body sentence), or
 * `structure:heading|contents|section` (read from a heading, a contents line or a contents section).
 */
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number] | `pattern:${string}` | `structure:${'heading' | 'contents' | 'section'}`;
