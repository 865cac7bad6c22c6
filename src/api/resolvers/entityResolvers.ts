import type { EntityLabel } from '../../graph/index.js';
import type { EntityRecord, Neighbour } from '../../store/GraphStore.js';
import { checkFirst } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { connectionFrom, encodeCursor, offsetAfter } from '../cursor.js';
import { relationViews } from './relationView.js';
import { byEventDate, nodes, pageOf, related, relationTypes, withLabel, type PageArgs } from './related.js';

// Field resolvers of the Entity interface and of each label's object type. Parents are
// EntityRecords; typed lists are Neighbours (the fact plus the entity at its other end).

type Resolver<A = Record<string, never>> = (parent: EntityRecord, args: A, context: ApiContext) => unknown;

// Scalar fields (id, type, name, nameZh, nameEn, aliases, kind, country, description, and an
// Event's dates) are properties and getters of EntityView (../entityView.ts): no resolvers.
const baseFields: Record<string, Resolver<any>> = {
  relations: async (parent, args: { types?: string[] | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; first?: number | null }, context) =>
    relationViews(await context.loaders.neighbours.load({ id: parent.id, types: relationTypes(args.types), direction: args.direction ?? 'BOTH', first: checkFirst(args.first ?? 50) })),
  relationsPage: async (parent, args: { types?: string[] | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; first?: number | null; after?: string | null }, context) => {
    const first = checkFirst(args.first ?? 50);
    const offset = offsetAfter(args.after);
    // One more than the page, to tell whether another follows; in the order `relations` gives.
    const read = relationViews(await context.loaders.neighbours.load({ id: parent.id, types: relationTypes(args.types), direction: args.direction ?? 'BOTH', first: offset + first + 1 }));
    const page = read.slice(offset, offset + first);
    const edges = page.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
    return { edges, pageInfo: { hasNextPage: read.length > offset + first, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null } };
  },
  mentions: (parent, args: { first?: number | null }, context) => context.loaders.mentions.load({ entityId: parent.id, first: checkFirst(args.first ?? 20) }),
};

const EVENT: EntityLabel[] = ['Event'];

async function eventParticipations(parent: EntityRecord, args: PageArgs, context: ApiContext, types: ('ATTENDED' | 'ORGANIZED' | 'WITNESSED' | 'AWARDED')[], direction: 'OUT' | 'IN') {
  const list = withLabel(await related(context, parent.id, types, direction), EVENT);
  return pageOf([...list].sort((a, b) => byEventDate(a.node, b.node) || (a.relation.type < b.relation.type ? -1 : 1)), args);
}

function eventConnection(list: readonly Neighbour[], args: PageArgs) {
  const events = nodes(withLabel(list, EVENT)).sort(byEventDate);
  return connectionFrom(events, offsetAfter(args.after), checkFirst(args.first ?? 50));
}

async function signingDate(parent: EntityRecord, context: ApiContext): Promise<string | null> {
  const own = parent.properties.date;
  if (typeof own === 'string' && own !== '') return own;
  const dates = (await related(context, parent.id, ['SIGNED'], 'IN')).map((n) => n.relation.properties.date).filter((d): d is string => typeof d === 'string' && d !== '');
  return dates.sort()[0] ?? null;
}

export const entityResolvers = {
  Entity: {
    __resolveType: (parent: EntityRecord) => parent.label,
  },
  Organization: {
    ...baseFields,
    members: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['MEMBER_OF'], 'IN'), args),
    memberships: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['MEMBER_OF'], 'OUT'), args),
    people: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['HOLDS_POSITION'], 'IN'), args),
    signed: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['SIGNED'], 'OUT'), args),
    ecoLabels: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['OPERATES'], 'OUT'), ['EcoLabel'])),
    labelsHeld: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['HOLDS_LABEL'], 'OUT'),
    events: (parent: EntityRecord, args: PageArgs, context: ApiContext) => eventParticipations(parent, args, context, ['ATTENDED', 'ORGANIZED', 'WITNESSED', 'AWARDED'], 'OUT'),
    projects: async (parent: EntityRecord, args: PageArgs, context: ApiContext) =>
      pageOf(withLabel(await related(context, parent.id, ['OPERATES', 'ORGANIZED', 'INVOLVED_IN', 'FUNDED', 'MEMBER_OF', 'CONTRIBUTED_TO'], 'OUT'), ['Project']), args),
    cooperatesWith: async (parent: EntityRecord, args: { first?: number | null }, context: ApiContext) =>
      relationViews((await related(context, parent.id, ['COOPERATES_WITH'], 'BOTH')).slice(0, checkFirst(args.first ?? 50))),
    published: async (parent: EntityRecord, _args: unknown, context: ApiContext) => relationViews(await related(context, parent.id, ['PUBLISHED'], 'OUT')),
    locatedIn: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['LOCATED_IN'], 'OUT'), ['Place'])),
  },
  Person: {
    ...baseFields,
    positions: async (parent: EntityRecord, _args: unknown, context: ApiContext) => withLabel(await related(context, parent.id, ['HOLDS_POSITION'], 'OUT'), ['Organization']),
    events: (parent: EntityRecord, args: PageArgs, context: ApiContext) => eventParticipations(parent, args, context, ['ATTENDED', 'ORGANIZED', 'WITNESSED', 'AWARDED'], 'OUT'),
    signed: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['SIGNED'], 'OUT'), args),
    memberships: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['MEMBER_OF'], 'OUT'), args),
  },
  EcoLabel: {
    ...baseFields,
    operators: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['OPERATES'], 'IN'), ['Organization'])),
    holders: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => pageOf(await related(context, parent.id, ['HOLDS_LABEL'], 'IN'), args),
    cooperatesWith: async (parent: EntityRecord, args: { first?: number | null }, context: ApiContext) =>
      relationViews((await related(context, parent.id, ['COOPERATES_WITH'], 'BOTH')).slice(0, checkFirst(args.first ?? 50))),
  },
  Standard: {
    ...baseFields,
    signatories: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['SIGNED'], 'IN'),
    witnesses: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(await related(context, parent.id, ['WITNESSED'], 'IN')),
    date: (parent: EntityRecord, _args: unknown, context: ApiContext) => signingDate(parent, context),
    producedAt: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['PRODUCED'], 'IN'), EVENT)).sort(byEventDate),
    publishers: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['PUBLISHED'], 'IN'), ['Organization'])),
  },
  Agreement: {
    ...baseFields,
    signatories: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['SIGNED'], 'IN'),
    witnesses: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(await related(context, parent.id, ['WITNESSED'], 'IN')),
    date: (parent: EntityRecord, _args: unknown, context: ApiContext) => signingDate(parent, context),
    producedAt: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['PRODUCED'], 'IN'), EVENT)).sort(byEventDate),
  },
  Event: {
    ...baseFields,
    place: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['HELD_IN'], 'OUT'), ['Place']))[0] ?? null,
    places: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['HELD_IN'], 'OUT'), ['Place'])),
    organizers: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['ORGANIZED'], 'IN'),
    participants: async (parent: EntityRecord, args: { role?: string | null; first?: number | null }, context: ApiContext) => {
      const first = checkFirst(args.first ?? 50);
      const role = args.role?.trim().toLowerCase();
      const list = await related(context, parent.id, ['ATTENDED'], 'IN');
      return list.filter((n) => !role || String(n.relation.properties.role ?? '').toLowerCase() === role).slice(0, first);
    },
    produced: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(await related(context, parent.id, ['PRODUCED'], 'OUT')),
    witnesses: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(await related(context, parent.id, ['WITNESSED'], 'IN')),
    partOf: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(await related(context, parent.id, ['PART_OF'], 'OUT')),
  },
  Project: {
    ...baseFields,
    participants: async (parent: EntityRecord, args: PageArgs, context: ApiContext) =>
      pageOf(await related(context, parent.id, ['OPERATES', 'ORGANIZED', 'INVOLVED_IN', 'FUNDED', 'MEMBER_OF', 'CONTRIBUTED_TO'], 'IN'), args),
    funders: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['FUNDED'], 'IN'),
    events: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => eventConnection(await related(context, parent.id, ['PART_OF', 'ORGANIZED'], 'IN'), args),
    partOf: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(await related(context, parent.id, ['PART_OF'], 'OUT')),
  },
  Document: {
    ...baseFields,
    publishers: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['PUBLISHED'], 'IN'), ['Organization'])),
    contributors: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['CONTRIBUTED_TO'], 'IN'),
    signatories: (parent: EntityRecord, _args: unknown, context: ApiContext) => related(context, parent.id, ['SIGNED'], 'IN'),
    producedAt: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['PRODUCED'], 'IN'), EVENT)).sort(byEventDate),
  },
  Place: {
    ...baseFields,
    events: async (parent: EntityRecord, args: PageArgs, context: ApiContext) => eventConnection(await related(context, parent.id, ['HELD_IN'], 'IN'), args),
    organizations: async (parent: EntityRecord, args: PageArgs, context: ApiContext) =>
      pageOf(nodes(withLabel(await related(context, parent.id, ['LOCATED_IN'], 'IN'), ['Organization'])), args),
    locatedIn: async (parent: EntityRecord, _args: unknown, context: ApiContext) => nodes(withLabel(await related(context, parent.id, ['LOCATED_IN'], 'OUT'), ['Place'])),
  },
};
