import { ENTITY_PROVENANCE } from './provenance.js';
import type { DraftEntity } from './draftEntity.js';
import type { SentenceContext } from './sentenceContext.js';

// A council, board or executive committee named after its body ("俄罗斯生态联盟理事会",
// "圆桌会议理事会") is an organ of that body, not a body of its own: a post in it is a post in the
// body, the organ kept in the title (理事会主席), as the annotations read it.

/** Organs of a body, named after it. */
const ORGAN = /^(.{2,}?)(理事会|董事会|执行委员会|指导委员会|管理委员会|执行局)$/u;
/** An ordinal or year opening a gathering's name: 第十六届, 2024年. */
const EDITION = /^(?:第[一二三四五六七八九十百零〇\d]+届|\d{4}年度?)\s*/u;

function namesOf(draft: Readonly<DraftEntity>): string[] {
  const entry = draft.gazetteer;
  return [...draft.seen.keys(), ...(entry ? [entry.name, entry.nameZh ?? '', ...entry.aliases] : [])].map((n) => n.replace(/\s+/gu, ''));
}

/** Remember the article's event when it is a gathering named with its edition: a later "圆桌会议理事会" may be its council. */
export function noteGathering(ctx: SentenceContext): void {
  for (const key of [ctx.article.event, ctx.article.recentEvent]) {
    const draft = key ? ctx.registry.peek(key) : undefined;
    if (draft?.label === 'Event' && EDITION.test(ctx.registry.canonicalName(draft))) (ctx.briefing.gatherings ??= new Set()).add(key!);
  }
}

/**
 * The body an organ's name names before the organ word, and the word: a body known by exactly
 * those words ("俄罗斯生态联盟理事会"), or a recurring gathering the briefing named with its edition,
 * which is then a body of its own ("圆桌会议理事会" after "第十六届亚太可持续消费与生产圆桌会议": the
 * body 亚太可持续消费与生产圆桌会议, registered under the gathering's name without the edition).
 */
export function organOfBody(ctx: SentenceContext, key: string): { body: string; word: string } | undefined {
  const draft = ctx.registry.peek(key);
  if (!draft || draft.label !== 'Organization' || draft.gazetteer) return undefined;
  const m = ctx.registry.canonicalName(draft).replace(/\s+/gu, '').match(ORGAN);
  if (!m) return undefined;
  const prefix = m[1]!;
  const word = m[2]!;
  const owner = ctx.registry.ownerByName(key, 'Organization');
  const ownerDraft = owner ? ctx.registry.peek(owner) : undefined;
  if (owner && ownerDraft && [ctx.registry.canonicalName(ownerDraft).replace(/\s+/gu, ''), ...namesOf(ownerDraft)].includes(prefix)) return { body: owner, word };
  const gatherings = [...(ctx.briefing.gatherings ?? [])]
    .map((k) => ctx.registry.peek(k))
    .filter((d): d is Readonly<DraftEntity> => d?.label === 'Event')
    .map((d) => ctx.registry.canonicalName(d).replace(/\s+/gu, '').replace(EDITION, ''))
    .filter((n) => n.endsWith(prefix) && n.length > prefix.length)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (gatherings.length === 0) return undefined;
  const body = ctx.registry.ensure('Organization', gatherings[0]!, { ...ENTITY_PROVENANCE.bodyOfGathering, kind: 'forum' });
  ctx.mention(body.key);
  return { body: body.key, word };
}
