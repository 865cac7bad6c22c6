import { ENTITY_LABELS, ENTITY_TYPE_ENUM, type EntityLabel } from '../../graph/index.js';
import { checkFirst } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { connectionFromPage } from '../cursor.js';
import { badUserInput } from '../errors.js';
import { jointStandardPartners } from '../jointStandardPartners.js';
import { LIMITS } from '../limits.js';
import { resolveEntityArgument } from '../resolveEntityArgument.js';
import { RelationView } from './relationView.js';
import { timeline, type TimelineArgs } from '../timeline.js';

const LABEL_OF_TYPE = new Map<string, EntityLabel>(ENTITY_LABELS.map((label) => [ENTITY_TYPE_ENUM[label], label]));

export const queryResolvers = {
  Query: {
    entity: (_: unknown, args: { id: string }, context: ApiContext) => resolveEntityArgument(context, args.id, { argumentName: 'id' }),

    search: async (_: unknown, args: { text: string; types?: string[] | null; first?: number | null }, context: ApiContext) => {
      const first = checkFirst(args.first ?? 10);
      const types = (args.types ?? []).map((t) => LABEL_OF_TYPE.get(t)!).filter(Boolean);
      const hits = await context.store.search(args.text, { types, first });
      context.loaders.knowEntities(hits.map((h) => h.entity));
      return hits.map((h) => h.entity);
    },

    jointStandardPartners: (_: unknown, args: { organization: string; memberOf?: string | null }, context: ApiContext) =>
      jointStandardPartners(context, args.organization, args.memberOf),

    timeline: async (_: unknown, args: TimelineArgs, context: ApiContext) => {
      const page = await timeline(context, args);
      return connectionFromPage(page.events, page.offset, page.totalCount);
    },

    path: async (_: unknown, args: { from: string; to: string; maxHops?: number | null }, context: ApiContext) => {
      const maxHops = args.maxHops ?? 4;
      if (!Number.isInteger(maxHops) || maxHops < 0 || maxHops > LIMITS.maxPathHops) {
        throw badUserInput(`maxHops is ${maxHops}; expected 0..${LIMITS.maxPathHops}`, { argumentName: 'maxHops', limit: LIMITS.maxPathHops });
      }
      const [from, to] = await Promise.all([
        resolveEntityArgument(context, args.from, { argumentName: 'from' }),
        resolveEntityArgument(context, args.to, { argumentName: 'to' }),
      ]);
      if (!from || !to) return null;
      const path = await context.store.shortestPath(from.id, to.id, maxHops);
      if (!path) return null;
      context.loaders.knowEntities(path.nodes);
      const relations = path.relations.map((relation, i) => {
        const here = path.nodes[i]!;
        return new RelationView(relation, relation.start === here.id ? 'OUT' : 'IN', path.nodes[i + 1]!);
      });
      return { nodes: path.nodes, relations };
    },

    briefings: (_: unknown, _args: unknown, context: ApiContext) => context.loaders.allBriefings(),

    stats: async (_: unknown, _args: unknown, context: ApiContext) => {
      const stats = await context.store.stats();
      const counts = (record: Record<string, number>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => ({ key, count }));
      return { nodes: stats.nodes, relationships: stats.relationships, byLabel: counts(stats.byLabel), byType: counts(stats.byType) };
    },
  },
};
