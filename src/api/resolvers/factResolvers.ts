import type { ArticleNode, BriefingNode } from '../../graph/index.js';
import type { MentionRecord, Neighbour } from '../../store/GraphStore.js';
import type { ApiContext } from '../context.js';
import { sentenceAround } from '../quote.js';
import { sourcesOf, type SourceView } from '../sources.js';

// Facts (Relation and the typed views: Membership, Position, Signature...) are Neighbours: the
// relationship plus the entity at the end the query came from the other side of. Sources,
// mentions, briefings and articles resolve through the request's loaders.

type FactResolver = (parent: Neighbour, args: unknown, context: ApiContext) => unknown;

/** The entity at the relation's start or end: the known neighbour, or one batched lookup. */
function endpoint(which: 'start' | 'end'): FactResolver {
  return (parent, _args, context) => {
    const id = parent.relation[which];
    return parent.node.id === id ? parent.node : context.loaders.entityById.load(id);
  };
}

function relProp(name: string): FactResolver {
  return (parent) => {
    const value = parent.relation.properties[name];
    return value === undefined || value === '' ? null : value;
  };
}

const sources: FactResolver = (parent) => sourcesOf(parent.relation);
const relationType: FactResolver = (parent) => parent.relation.type;

export const factResolvers = {
  // Every other field of a Relation is a property of its RelationView (relationView.ts).
  Relation: { sources },
  Membership: { member: endpoint('start'), organization: endpoint('end'), role: relProp('role'), since: relProp('since'), sources },
  Position: { person: endpoint('start'), organization: endpoint('end'), title: relProp('title'), titleZh: relProp('titleZh'), asOf: relProp('asOf'), sources },
  Signature: { signatory: endpoint('start'), document: endpoint('end'), date: relProp('date'), sources },
  Participation: { participant: endpoint('start'), event: endpoint('end'), relationType, role: relProp('role'), title: relProp('title'), sources },
  LabelHolding: { holder: endpoint('start'), ecoLabel: endpoint('end'), product: relProp('product'), date: relProp('date'), sources },
  ProjectRole: { participant: endpoint('start'), project: endpoint('end'), relationType, role: relProp('role'), amount: relProp('amount'), currency: relProp('currency'), sources },
  Source: {
    article: (parent: SourceView, _args: unknown, context: ApiContext) => (parent.articleId ? context.loaders.articleById.load(parent.articleId) : null),
    briefing: async (parent: SourceView, _args: unknown, context: ApiContext) => {
      if (!parent.articleId) return null;
      const article = await context.loaders.articleById.load(parent.articleId);
      return article ? context.loaders.briefingById.load(article.briefingId) : null;
    },
    quote: (parent: SourceView) => parent.quote ?? null,
    citation: (parent: SourceView) => parent.citation ?? null,
  },
  Mention: {
    briefing: (parent: MentionRecord) => parent.briefing,
    article: (parent: MentionRecord) => parent.article,
    count: (parent: MentionRecord) => parent.count,
    firstOffset: (parent: MentionRecord) => parent.firstOffset,
    quote: (parent: MentionRecord) => sentenceAround(parent.article.text, parent.firstOffset - parent.article.startOffset) || null,
  },
  Briefing: {
    issue: (parent: BriefingNode) => parent.issue ?? null,
    publishedOn: (parent: BriefingNode) => parent.publishedOn ?? null,
    publisher: (parent: BriefingNode) => parent.publisher ?? null,
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
