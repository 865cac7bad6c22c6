import type { ArticleNode, BriefingNode } from '../../graph/index.js';
import type { MentionRecord, Neighbour } from '../../store/GraphStore.js';
import type { ApiContext } from '../context.js';
import { sentenceAround } from '../quote.js';
import { sourcesOf, type SourceView } from '../sources.js';

// Facts (Relation and the typed views: Membership, Position, Signature...) are RelationViews:
// the relationship plus the entity at the end the query came from the other side of, with the
// fact's fields as properties. Sources, mentions, briefings and articles resolve through the
// request's loaders; fields that are plain properties of their parent have no resolver (a
// missing property reads as null).

type FactResolver = (parent: Neighbour, args: unknown, context: ApiContext) => unknown;

/** The entity at the relation's start or end: the known neighbour, or one batched lookup. */
function endpoint(which: 'start' | 'end'): FactResolver {
  return (parent, _args, context) => {
    const id = parent.relation[which];
    return parent.node.id === id ? parent.node : context.loaders.entityById.load(id);
  };
}

const sources: FactResolver = (parent) => sourcesOf(parent.relation);

export const factResolvers = {
  // Every other field of a Relation is a property of its RelationView (relationView.ts).
  Relation: { sources },
  // The typed facts' own fields (role, since, title, date, relationType...) are properties of
  // their RelationView too; only the ends, which may need loading, resolve.
  Membership: { member: endpoint('start'), organization: endpoint('end'), sources },
  Position: { person: endpoint('start'), organization: endpoint('end'), sources },
  Signature: { signatory: endpoint('start'), document: endpoint('end'), sources },
  Participation: { participant: endpoint('start'), event: endpoint('end'), sources },
  LabelHolding: { holder: endpoint('start'), ecoLabel: endpoint('end'), sources },
  ProjectRole: { participant: endpoint('start'), project: endpoint('end'), sources },
  Source: {
    article: (parent: SourceView, _args: unknown, context: ApiContext) => (parent.articleId ? context.loaders.articleById.load(parent.articleId) : null),
    briefing: async (parent: SourceView, _args: unknown, context: ApiContext) => {
      if (!parent.articleId) return null;
      const article = await context.loaders.articleById.load(parent.articleId);
      return article ? context.loaders.briefingById.load(article.briefingId) : null;
    },
  },
  Mention: {
    quote: (parent: MentionRecord) => sentenceAround(parent.article.text, parent.firstOffset - parent.article.startOffset) || null,
  },
  Briefing: {
    articles: (parent: BriefingNode, _args: unknown, context: ApiContext) => context.loaders.articlesByBriefing.load(parent.id),
  },
  Article: {
    briefing: async (parent: ArticleNode, _args: unknown, context: ApiContext) => {
      const briefing = await context.loaders.briefingById.load(parent.briefingId);
      if (!briefing) throw new Error(`article ${parent.id} names briefing ${parent.briefingId}, which the store does not have`);
      return briefing;
    },
  },
  Path: {
    length: (parent: { relations: unknown[] }) => parent.relations.length,
  },
};
