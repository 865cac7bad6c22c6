import { GraphQLString } from 'graphql';
import { ENTITY_LABELS, ENTITY_TYPE_ENUM, type EntityLabel, type Properties } from '../graph/index.js';
import type { EntityRecord, GraphStore, Neighbour } from '../store/GraphStore.js';
import { RelationView } from './resolvers/relationView.js';
import { serializedLeaf } from './serializedLeaf.js';

// Entities as the schema reads them. Each scalar field of the Entity types is a property of
// EntityView, so none needs a field resolver: graphql-jit reads a field without a
// resolver inline, while a resolver costs it a call, three closures and a response path per
// value (two per entity in a list of fifty relations). The API sees the store only through
// `viewingEntities`, which turns every EntityRecord the store returns into an EntityView and
// every Neighbour into a RelationView, once per object the store hands out (the embedded store
// hands out the same objects every time, so a warm server allocates no views at all).
//
// Every field value comes out serialized (a String field's value is a string, null or the
// error serializing it raises), so compiled queries that read only such fields skip graphql-jit's
// per-value serializer calls (preSerializedLeaves.ts). `id` is a string by the GraphStore
// contract, which both stores check when they read a node.

function value(properties: Properties, name: string): unknown {
  const v = properties[name];
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' ? v : serializedLeaf(GraphQLString, v);
}

function stringList(list: readonly unknown[]): readonly unknown[] {
  for (const item of list) if (typeof item !== 'string') return list.map((i) => (i === null || i === undefined ? i : typeof i === 'string' ? i : serializedLeaf(GraphQLString, i)));
  return list;
}

/** EntityType names by label; a Map, so no label can reach Object.prototype's members. */
const TYPE_NAMES = new Map<string, string>(ENTITY_LABELS.map((label) => [label, ENTITY_TYPE_ENUM[label]]));

export class EntityView implements EntityRecord {
  readonly id: string;
  readonly label: EntityLabel;
  readonly properties: Properties;
  // The fields are read once, when the view is made: a compiled query then reads each value as a
  // field of one shape, where reading `properties` (objects of as many shapes as there are sets
  // of keys) went through V8's slowest property lookup on every request.
  readonly type: string | undefined;
  readonly name: string;
  readonly nameZh: unknown;
  readonly nameEn: unknown;
  readonly aliases: unknown;
  readonly kind: unknown;
  readonly country: unknown;
  readonly description: unknown;
  readonly startDate: unknown;
  readonly endDate: unknown;
  readonly datePrecision: unknown;

  constructor(record: EntityRecord) {
    const properties = record.properties;
    this.id = record.id;
    this.label = record.label;
    this.properties = properties;
    this.type = TYPE_NAMES.get(record.label);
    const name: unknown = properties.name;
    this.name = typeof name === 'string' ? name : String(name);
    this.nameZh = value(properties, 'nameZh');
    this.nameEn = value(properties, 'nameEn');
    const aliases: unknown = properties.aliases;
    this.aliases = Array.isArray(aliases) ? stringList(aliases) : [];
    this.kind = value(properties, 'kind');
    this.country = value(properties, 'country');
    this.description = value(properties, 'description');
    this.startDate = value(properties, 'startDate');
    this.endDate = value(properties, 'endDate');
    this.datePrecision = value(properties, 'datePrecision');
  }
}


const viewingStores = new WeakMap<GraphStore, GraphStore>();

/** `store`, answering with EntityViews wherever it answers with entities. One wrapper per store. */
export function viewingEntities(store: GraphStore): GraphStore {
  const known = viewingStores.get(store);
  if (known) return known;
  const entityViews = new WeakMap<EntityRecord, EntityView>();
  const relationViews = new WeakMap<Neighbour, RelationView>();
  const view = (record: EntityRecord): EntityView => {
    if (record instanceof EntityView) return record;
    let made = entityViews.get(record);
    if (!made) entityViews.set(record, (made = new EntityView(record)));
    return made;
  };
  const viewNeighbour = (neighbour: Neighbour): RelationView => {
    if (neighbour instanceof RelationView && neighbour.node instanceof EntityView) return neighbour;
    let made = relationViews.get(neighbour);
    if (!made) relationViews.set(neighbour, (made = new RelationView(neighbour.relation, neighbour.direction, view(neighbour.node))));
    return made;
  };
  const viewing: GraphStore = {
    kind: store.kind,
    entitiesById: async (ids) => (await store.entitiesById(ids)).map((r) => (r ? view(r) : null)),
    entitiesByName: async (names) => (await store.entitiesByName(names)).map((list) => list.map(view)),
    neighbours: async (requests) => (await store.neighbours(requests)).map((list) => list.map(viewNeighbour)),
    search: async (text, options) => (await store.search(text, options)).map((hit) => ({ ...hit, entity: view(hit.entity) })),
    events: async (filter, page) => {
      const result = await store.events(filter, page);
      return { ...result, events: result.events.map(view) };
    },
    shortestPath: async (fromId, toId, maxHops) => {
      const path = await store.shortestPath(fromId, toId, maxHops);
      return path && { ...path, nodes: path.nodes.map(view) };
    },
    briefings: () => store.briefings(),
    briefingsById: (ids) => store.briefingsById(ids),
    articlesById: (ids) => store.articlesById(ids),
    articlesByBriefing: (ids) => store.articlesByBriefing(ids),
    mentions: (requests) => store.mentions(requests),
    stats: () => store.stats(),
    close: () => store.close(),
    ...(store.dataVersion ? { dataVersion: () => store.dataVersion!() } : {}),
  };
  viewingStores.set(store, viewing);
  return viewing;
}
