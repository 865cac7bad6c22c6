import { nextSpanEvent } from './spanParent.js';
import type { BriefingUnit, PlaceHead, SkipRecord } from './extractTypes.js';
import { familyNameOf, mentionsIn, stationedIn } from './mentionsIn.js';
import { findDates, lastExplicitYearOf, relativeDays } from './dates.js';
import { isDateLine } from './events.js';
import { type FactDraft } from './facts.js';
import { type Gazetteer } from './gazetteer.js';
import type { NameMatcher } from './nameMatcher.js';
import { SURNAMES_1 } from './lexicon/nameWords.js';
import { EntityRegistry, type RegistryDelta } from './registry.js';
import { resolveBareTitles } from './bareTitles.js';
import { readSentence } from './readSentence.js';
import type { ReadingRule } from './rules/ruleKit.js';
import { LIST_ITEM, type ArticleState, type BriefingState, type SentenceContext } from './sentenceContext.js';
import { readSectionMembership } from './sections.js';
import { inSourceScript, readingTextOf } from './sourceScript.js';
import { sentenceShapes, type SentenceShape } from './sentenceShapes.js';
import type { Sentence } from './sentences.js';
import { STRUCTURE_METHOD } from './provenance.js';
import { quoteBounds } from '../graph/index.js';

// Pass 2 for one briefing: its sentences' mentions, then the reading rules over each sentence.
// Runs on a fork of the registry, so briefings can be read in any order or in worker threads.

/** Pass 1's results that pass 2 reads: the registry, its matcher, organisations named after places. */

/** A news item's date line that leaves the year out: "11月14日". */
const YEARLESS_DATE_LINE = /^\d{1,2}\s*月\s*\d{1,2}\s*[日号]$/u;
export interface ReadingBase {
  gazetteer: Gazetteer;
  registry: EntityRegistry;
  matcher: NameMatcher<string>;
  placeHeads: ReadonlyMap<string, PlaceHead>;
  /** The reading rules (default: all of them). Functions: a worker thread always reads with the default. */
  rules?: readonly ReadingRule[];
}


/** What reading one briefing gave: plain data, so it can come from a worker thread. */
export interface BriefingReading {
  briefingId: string;
  facts: FactDraft[];
  /** `${articleId}\u0000${key}` -> count and first offset (in a body sentence when one names it: see MentionCount). */
  mentions: [string, MentionCount][];
  used: string[];
  placeHeads: [string, PlaceHead][];
  skips: SkipRecord[];
  registry: RegistryDelta;
}


/**
 * How often an article names an entity, and where first: in a body sentence when one names it
 * (`inBody`), so the mention's quote is a sentence rather than the article's heading.
 */
export interface MentionCount {
  count: number;
  first: number;
  inBody: boolean;
}

/** A rule's method, or the structure it was read from when the sentence is not a body sentence. */
function methodFor(method: string, shape: SentenceShape): string {
  return shape === 'body' ? method : STRUCTURE_METHOD[shape];
}

/** Pass 2 for one briefing, on a fork of the registry. */
export function readBriefing(unit: BriefingUnit, base: ReadingBase): BriefingReading {
  const { b, id: briefingId, articles } = unit;
  const { gazetteer, matcher } = base;
  const registry = base.registry.fork();
  const facts: FactDraft[] = [];
  const skips: SkipRecord[] = [];
  const mentionCounts = new Map<string, MentionCount>();
  const used = new Set<string>();
  const placeHeads = new Map<string, PlaceHead>();
  const hasPlaceHead = (key: string) => base.placeHeads.has(key) || placeHeads.has(key);
  const publisher = b.meta.publisher ? gazetteer.lookup(b.meta.publisher, 'Organization')[0] : undefined;
  const state: BriefingState = {
    affiliation: new Map(),
    affiliations: new Map(),
    personsBySurname: new Map(),
    personsByFamilyName: new Map(),
    operators: new Map(),
    publisher: publisher ? registry.known(publisher).key : undefined,
    year: b.meta.year,
  };
  const emitFor = (articleId: string, sentence: string, shape: SentenceShape) => (f: Omit<FactDraft, 'articleId' | 'evidence'>) => {
    // Spelled out rather than spread: the rules emit hundreds of thousands of facts at 100x.
    facts.push({ type: f.type, from: f.from, to: f.to, props: f.props, method: methodFor(f.method, shape), confidence: f.confidence, citation: f.citation, note: f.note, articleId, evidence: sentence });
    used.add(f.from);
    used.add(f.to);
  };
  /** An entity mentioned in an article: counted, with the offset of its first mention (in the body when it has one). */
  const countMention = (articleId: string, key: string, first: number, inBody: boolean) => {
    used.add(key);
    const k = `${articleId}\u0000${key}`;
    const c = mentionCounts.get(k);
    if (!c) mentionCounts.set(k, { count: 1, first, inBody });
    else {
      c.count++;
      if (inBody && (!c.inBody || first < c.first)) {
        c.first = first;
        c.inBody = true;
      } else if (!inBody && !c.inBody && first < c.first) c.first = first;
    }
  };
  /** The sentence as evidence: in the source's script, without the layout marks around it. */
  const quoteOf = (article: BriefingUnit['articles'][number], s: Sentence) => inSourceScript(article, { ...s, ...quoteBounds(b.text, s.start, s.end) });
  const bodyHeads = new Set<string>();
  const shapes = sentenceShapes(articles, readingTextOf(b));
  // The year the item before is dated in: a news item dated "11月14日" under its headline, the year left
  // out, is of the same year as the items around it, not of the file's latest year.
  let yearBefore: number | undefined;
  articles.forEach((article, articleIndex) => {
    const shapeOf = new Map(article.sentences.map((s, i) => [s, shapes[articleIndex]![i]!]));
    const articleState: ArticleState = { signed: [], lastOrgBySuffix: new Map(), delegation: new Map(), named: new Set() };
    const yearless = article.sentences.slice(0, 3).some((s) => YEARLESS_DATE_LINE.test(s.text.trim()));
    let contextYear = yearless && yearBefore !== undefined ? yearBefore : b.meta.year;
    let itemDay: string | undefined;
    let firstYear: number | undefined;
    // The heading is read last, once the body has said which event the article reports.
    const heading = article.sentences[0] && article.sentences[0].text === article.node.title.trim() ? article.sentences[0] : undefined;
    const ordered = heading ? [...article.sentences.slice(1), heading] : article.sentences;
    for (const s of ordered) {
      const shape = shapeOf.get(s)!;
      // A list heading's body is the subject of its items only: a line of prose ends the list.
      if (articleState.listSubject && /\n\s*$/u.test(b.text.slice(Math.max(0, s.start - 8), s.start)) && !LIST_ITEM.test(s.text) && !/[：:]\s*$/u.test(s.text)) {
        articleState.listSubject = undefined;
      }
      const mentions = resolveBareTitles(mentionsIn(s.text, matcher, registry, state, articleState), registry, articleState);
      for (const m of mentions) {
        countMention(article.id, m.key, s.start + m.start, shape === 'body');
        // "瑞典驻华使馆": an embassy or office "in China" (驻华) or "in Beijing" (驻京).
        const stationed = m.label === 'Organization' && !hasPlaceHead(m.key) ? stationedIn(registry.canonicalName(registry.peek(m.key)!)) : undefined;
        const where = stationed ? gazetteer.lookup(stationed, 'Place')[0] : undefined;
        // Quoted from the first body sentence that names it, else from the last heading that does.
        if (where && !bodyHeads.has(m.key)) {
          placeHeads.set(m.key, { place: registry.known(where).key, sentence: quoteOf(article, s), articleId: article.id, stationed: true });
          if (shape === 'body') bodyHeads.add(m.key);
        }
        if (m.label === 'Person') {
          const surname = m.text[0]!;
          if (SURNAMES_1.has(surname)) {
            const set = state.personsBySurname.get(surname) ?? new Set();
            set.add(m.key);
            state.personsBySurname.set(surname, set);
          }
          const family = familyNameOf(m.text);
          if (family && state.personsByFamilyName) {
            const set = state.personsByFamilyName.get(family) ?? new Set();
            set.add(m.key);
            state.personsByFamilyName.set(family, set);
          }
        }
      }
      const dates = findDates(s.text, contextYear);
      // A news item's date line ("发布时间：2025-11-25 08:00") is the day its story's 今天, 昨天 and
      // "5日" count from.
      if (isDateLine(s.text, dates)) itemDay = dates.find((d) => d.precision === 'day')?.start ?? itemDay;
      else if (itemDay && !dates.some((d) => d.precision !== 'year')) dates.push(...relativeDays(s.text, itemDay));
      const ctx: SentenceContext = {
        text: s.text,
        offset: s.start,
        articleId: article.id,
        articleTitle: article.node.title,
        isTitle: s === heading,
        mentions,
        dates,
        registry,
        article: articleState,
        briefing: state,
        emit: emitFor(article.id, quoteOf(article, s), shape),
        mention: (key) => countMention(article.id, key, s.start, shape === 'body'),
        skip: (rule, reason, at = 0) => skips.push({ briefing: briefingId, articleId: article.id, offset: s.start + at, rule, reason, sentence: s.text }),
      };
      if (s.text.length > 600) {
        ctx.skip('sentence-length', 'sentence longer than 600 characters (likely a table or list run together); read for mentions only');
      } else {
        readSentence(ctx, base.rules);
      }
      firstYear ??= lastExplicitYearOf(dates);
      contextYear = lastExplicitYearOf(dates) ?? contextYear;
    }
    state.spanEvent = nextSpanEvent({ registry }, state.spanEvent, articleState.event);
    yearBefore = firstYear ?? contextYear;
  });
  // Section headings in the table of contents ("全球环境标志网络成员") state membership.
  const front = articles[0];
  if (front) {
    for (const f of readSectionMembership(front.node.text, matcher, registry)) {
      facts.push({ ...f, articleId: front.id });
      used.add(f.from);
      used.add(f.to);
    }
  }
  return { briefingId, facts, mentions: [...mentionCounts], used: [...used], placeHeads: [...placeHeads], skips, registry: registry.delta() };
}
