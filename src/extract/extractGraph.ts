import { foldName, latinSlug, relationshipId, type ArticleNode, type BriefingNode, type EntityNode, type Graph, type Relationship } from '../graph/index.js';
import type { IngestedBriefing } from '../ingest/index.js';
import { findDates, lastExplicitYearOf } from './dates.js';
import { discoverCandidates, type Candidate } from './discover.js';
import { FactSet, remapFacts, type FactDraft } from './facts.js';
import { allNames, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import type { NameMatch, NameMatcher } from './nameMatcher.js';
import { ANAPHOR_SUFFIXES } from './lexicon/nameSuffixes.js';
import { SURNAMES_1 } from './lexicon/nameWords.js';
import { SHORT_TITLES } from './lexicon/titles.js';
import type { ReferenceFact } from './reference.js';
import { EntityRegistry, type DraftEntity, type RegistryDelta } from './registry.js';
import { resolveBareTitles } from './bareTitles.js';
import { readSentence } from './readSentence.js';
import type { ReadingRule } from './rules/ruleKit.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { ArticleState, BriefingState, Mention, SentenceContext } from './sentenceContext.js';
import { readSectionMembership } from './sections.js';
import { charCount } from './charCount.js';

// Articles -> entities and facts, each with its evidence. Two passes over the corpus: the first
// discovers entities (so an abbreviation defined in one briefing is known in all of them), the
// second reads mentions and facts sentence by sentence.

export interface SkipRecord {
  briefing: string;
  articleId: string;
  /** Offset in the briefing's normalised text of the trigger the rule saw (the sentence's start if it gave none). */
  offset: number;
  /** The reading rule that skipped (its name in rules/readingRules.ts), or sentence-length. */
  rule: string;
  reason: string;
  sentence: string;
}

export interface ExtractOptions {
  gazetteer: Gazetteer;
  reference: ReferenceFact[];
  /** The reading rules to run, in order (default: rules/readingRules.ts). Tests pass one rule to read with it alone. */
  rules?: readonly ReadingRule[];
  /** Called once per briefing and pass, for progress on a terminal. */
  onProgress?: (event: { pass: 'discover' | 'read'; briefing: string; index: number; total: number }) => void;
}

/** What discovery finds in one sentence: the gazetteer's names and the candidates for new entities. */
export interface SentenceFinds {
  known: NameMatch<GazetteerEntry>[];
  candidates: Candidate[];
}

export interface ExtractResult {
  graph: Graph;
  skips: SkipRecord[];
}

export interface ArticleUnit {
  id: string;
  node: ArticleNode;
  sentences: Sentence[];
}

export function briefingIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  return `briefing:${latinSlug(base) || 'briefing'}`;
}

export function articlesOf(b: IngestedBriefing, briefingId: string): ArticleUnit[] {
  const stem = briefingId.slice('briefing:'.length);
  return b.articles.map((a) => {
    const text = b.text.slice(a.startOffset, a.endOffset);
    const id = `article:${stem}:${String(a.order).padStart(2, '0')}`;
    return {
      id,
      node: { id, briefingId, title: a.title, order: a.order, startOffset: a.startOffset, endOffset: a.endOffset, text },
      sentences: splitSentences(text, a.startOffset),
    };
  });
}

/** 任勇 (3 occurrences) vs 任勇主 (1): a three-character reading is plausible only when the third character always follows. */
function nameHint(text: string): (name: string) => boolean {
  const counts = new Map<string, number>();
  const count = (s: string) => {
    let n = counts.get(s);
    if (n === undefined) {
      n = text.split(s).length - 1;
      counts.set(s, n);
    }
    return n;
  };
  return (name) => (name.length <= 2 ? true : count(name) >= count(name.slice(0, -1)));
}

/**
 * Pass 1's reading of one briefing, per article and sentence. It depends on nothing but the
 * text and the gazetteer, so it can run anywhere (the build runs it in worker threads); what
 * it finds is registered in order afterwards, which keeps the result deterministic.
 */
export function discoverBriefing(articles: ArticleUnit[], gazetteer: Gazetteer): SentenceFinds[][] {
  return articles.map((article) => {
    // Counted in the article, so the cost stays linear however long a briefing is.
    const hint = nameHint(article.node.text);
    return article.sentences.map((s) => {
      const known = gazetteer.matcher.findAll(s.text);
      return { known, candidates: discoverCandidates(s.text, gazetteer, { nameHint: hint, known }) };
    });
  });
}

export function extractGraph(briefings: IngestedBriefing[], options: ExtractOptions): ExtractResult {
  const { units, registry, placeHeads } = discoverAll(briefings, options);
  // Pass 2: mentions and facts, each briefing read against the registry as discovery left it
  // (so in any order or thread), then merged in file order.
  const base: ReadingBase = { gazetteer: options.gazetteer, registry, matcher: registry.buildMatcher(), placeHeads, rules: options.rules };
  const merger = new ReadingMerger({ units, registry, placeHeads }, options);
  units.forEach((unit, index) => {
    options.onProgress?.({ pass: 'read', briefing: unit.b.file, index, total: units.length });
    merger.add(readBriefing(unit, base));
  });
  return merger.finish();
}

/** Pass 1 over the whole corpus, in file order: the briefings' articles, and the entities they name. */
export interface Discovery {
  units: BriefingUnit[];
  registry: EntityRegistry;
  /** Organisations named after a place ("肯尼亚环境部"): read as located there. */
  placeHeads: Map<string, PlaceHead>;
}

export function discoverAll(briefings: IngestedBriefing[], options: ExtractOptions): Discovery {
  const registrar = new DiscoveryRegistrar(briefings.map((b) => b.file), options);
  for (const b of briefings) registrar.add(b);
  return registrar.finish();
}

/**
 * Pass 1's finds registered in briefing order, whatever order they come in: the build's worker
 * threads search the briefings side by side, and this registers each as soon as those before it
 * are in, so registering runs beside the search rather than after it.
 */
export class DiscoveryRegistrar {
  private readonly registry: EntityRegistry;
  private readonly placeHeads = new Map<string, PlaceHead>();
  private readonly units: BriefingUnit[] = [];
  /** Files in registration order (by briefing id). */
  private readonly order: string[];
  private readonly waiting = new Map<string, { b: IngestedBriefing; finds?: SentenceFinds[][] }>();

  constructor(
    files: string[],
    private readonly options: ExtractOptions,
  ) {
    this.registry = new EntityRegistry(options.gazetteer);
    this.order = [...files].sort((a, b) => (briefingIdOf(a) < briefingIdOf(b) ? -1 : 1));
  }

  /** One briefing and, when already searched, its finds (else it is searched here). */
  add(b: IngestedBriefing, finds?: SentenceFinds[][]): void {
    this.waiting.set(b.file, { b, finds });
    for (let next = this.order[this.units.length]; next !== undefined && this.waiting.has(next); next = this.order[this.units.length]) {
      const item = this.waiting.get(next)!;
      this.waiting.delete(next);
      this.register(item.b, item.finds);
    }
  }

  finish(): Discovery {
    if (this.units.length !== this.order.length) throw new Error(`discovery finished with ${this.order.length - this.units.length} of ${this.order.length} briefings missing`);
    return { units: this.units, registry: this.registry, placeHeads: this.placeHeads };
  }

  private register(b: IngestedBriefing, given?: SentenceFinds[][]): void {
    const { gazetteer } = this.options;
    const { registry, placeHeads } = this;
    const id = briefingIdOf(b.file);
    const articles = articlesOf(b, id);
    this.options.onProgress?.({ pass: 'discover', briefing: b.file, index: this.units.length, total: this.order.length });
    this.units.push({ b, id, articles });
    const finds = given ?? discoverBriefing(articles, gazetteer);
    articles.forEach((article, a) => {
      article.sentences.forEach((s, i) => {
        const { known, candidates } = finds[a]![i]!;
        for (const m of known) registry.known(m.value);
        for (const c of candidates) {
          // The short name inside "（简称《…》）" is an alias of the name before it, not a new entity.
          if (/[（(](?:以下)?简称\s*[“《"]?$/u.test(s.text.slice(0, c.start))) continue;
          const key = registry.addCandidate(c);
          if (c.alias) registry.alias(key, c.alias);
          if (c.placeHead) placeHeads.set(registry.resolve(key), { place: registry.known(c.placeHead).key, sentence: s.text, articleId: article.id });
          // "瑞典驻华使馆": an embassy or office "in China" (驻华) or "in Beijing" (驻京).
          const stationed = c.label === 'Organization' ? stationedIn(c.name) : null;
          const where = stationed ? gazetteer.lookup(stationed[1] === '华' ? '中国' : '北京', 'Place')[0] : undefined;
          if (where) placeHeads.set(registry.resolve(key), { place: registry.known(where).key, sentence: s.text, articleId: article.id });
          // "X（以下简称“Y”）": Y is another name of X.
          const short = s.text.slice(c.end).match(/^\s*[（(](?:以下)?简称[“《"]([^”》"]{1,30})[”》"][）)]/u);
          if (short) registry.alias(key, short[1]!);
        }
      });
    });
  }
}

/** Pass 1's results that pass 2 reads: the registry, its matcher, organisations named after places. */
export interface ReadingBase {
  gazetteer: Gazetteer;
  registry: EntityRegistry;
  matcher: NameMatcher<string>;
  placeHeads: ReadonlyMap<string, PlaceHead>;
  /** The reading rules (default: all of them). Functions: a worker thread always reads with the default. */
  rules?: readonly ReadingRule[];
}

export interface PlaceHead {
  place: string;
  sentence: string;
  articleId: string;
}

/** What reading one briefing gave: plain data, so it can come from a worker thread. */
export interface BriefingReading {
  briefingId: string;
  facts: FactDraft[];
  /** `${articleId}\u0000${key}` -> count and first offset. */
  mentions: [string, { count: number; first: number }][];
  used: string[];
  placeHeads: [string, PlaceHead][];
  skips: SkipRecord[];
  registry: RegistryDelta;
}

export interface BriefingUnit {
  b: IngestedBriefing;
  id: string;
  articles: ArticleUnit[];
}

/** Pass 2 for one briefing, on a fork of the registry. */
export function readBriefing(unit: BriefingUnit, base: ReadingBase): BriefingReading {
  const { b, id: briefingId, articles } = unit;
  const { gazetteer, matcher } = base;
  const registry = base.registry.fork();
  const facts: FactDraft[] = [];
  const skips: SkipRecord[] = [];
  const mentionCounts = new Map<string, { count: number; first: number }>();
  const used = new Set<string>();
  const placeHeads = new Map<string, PlaceHead>();
  const hasPlaceHead = (key: string) => base.placeHeads.has(key) || placeHeads.has(key);
  const publisher = b.meta.publisher ? gazetteer.lookup(b.meta.publisher, 'Organization')[0] : undefined;
  const state: BriefingState = {
    affiliation: new Map(),
    affiliations: new Map(),
    personsBySurname: new Map(),
    publisher: publisher ? registry.known(publisher).key : undefined,
    year: b.meta.year,
  };
  const emitFor = (articleId: string, sentence: string) => (f: Omit<FactDraft, 'articleId' | 'evidence'>) => {
    // Spelled out rather than spread: the rules emit hundreds of thousands of facts at 100x.
    facts.push({ type: f.type, from: f.from, to: f.to, props: f.props, method: f.method, confidence: f.confidence, citation: f.citation, note: f.note, articleId, evidence: sentence });
    used.add(f.from);
    used.add(f.to);
  };
  /** An entity mentioned in an article: counted, with the offset of its first mention. */
  const countMention = (articleId: string, key: string, first: number) => {
    used.add(key);
    const k = `${articleId}\u0000${key}`;
    const c = mentionCounts.get(k);
    if (c) c.count++;
    else mentionCounts.set(k, { count: 1, first });
  };
  for (const article of articles) {
    const articleState: ArticleState = { signed: [], lastOrgBySuffix: new Map(), delegation: new Map(), named: new Set() };
    let contextYear = b.meta.year;
    // The heading is read last, once the body has said which event the article reports.
    const heading = article.sentences[0] && article.sentences[0].text === article.node.title.trim() ? article.sentences[0] : undefined;
    const ordered = heading ? [...article.sentences.slice(1), heading] : article.sentences;
    for (const s of ordered) {
      const mentions = resolveBareTitles(mentionsIn(s.text, matcher, registry, state, articleState), registry, articleState);
      for (const m of mentions) {
        countMention(article.id, m.key, s.start + m.start);
        // "瑞典驻华使馆": an embassy or office "in China" (驻华) or "in Beijing" (驻京).
        const stationed = m.label === 'Organization' && !hasPlaceHead(m.key) ? stationedIn(registry.canonicalName(registry.peek(m.key)!)) : null;
        const where = stationed ? gazetteer.lookup(stationed[1] === '华' ? '中国' : '北京', 'Place')[0] : undefined;
        if (where) placeHeads.set(m.key, { place: registry.known(where).key, sentence: s.text, articleId: article.id });
        if (m.label === 'Person') {
          const surname = m.text[0]!;
          if (SURNAMES_1.has(surname)) {
            const set = state.personsBySurname.get(surname) ?? new Set();
            set.add(m.key);
            state.personsBySurname.set(surname, set);
          }
        }
      }
      const dates = findDates(s.text, contextYear);
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
        emit: emitFor(article.id, s.text),
        mention: (key) => countMention(article.id, key, s.start),
        skip: (rule, reason, at = 0) => skips.push({ briefing: briefingId, articleId: article.id, offset: s.start + at, rule, reason, sentence: s.text }),
      };
      if (s.text.length > 600) {
        ctx.skip('sentence-length', 'sentence longer than 600 characters (likely a table or list run together); read for mentions only');
      } else {
        readSentence(ctx, base.rules);
      }
      contextYear = lastExplicitYearOf(dates) ?? contextYear;
    }
  }
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

/** Adds mentions to those counted under `key` (another briefing's, or a merged entity's). */
function addMentions(counts: Map<string, { count: number; first: number }>, key: string, mentions: { count: number; first: number }): void {
  const existing = counts.get(key);
  if (existing) {
    existing.count += mentions.count;
    existing.first = Math.min(existing.first, mentions.first);
  } else counts.set(key, mentions);
}

/**
 * Merges the briefings' readings, in file order, into a copy of the discovery registry (add, as
 * readings arrive), then adds reference facts, curated geography and the graph's nodes and
 * relationships (finish).
 */
export class ReadingMerger {
  private readonly registry: EntityRegistry;
  private readonly facts = new FactSet();
  private readonly skips: SkipRecord[] = [];
  private readonly mentionCounts = new Map<string, { count: number; first: number }>();
  private readonly articleNodes: ArticleNode[] = [];
  private readonly briefingNodes: BriefingNode[] = [];
  private readonly used = new Set<string>();
  private readonly placeHeads: Map<string, PlaceHead>;
  private merged = 0;

  constructor(
    private readonly discovery: Discovery,
    private readonly options: ExtractOptions,
  ) {
    this.registry = discovery.registry.copy();
    this.placeHeads = new Map(discovery.placeHeads);
  }

  /** The next briefing's reading, in file order. */
  add(reading: BriefingReading): void {
    const unit = this.discovery.units[this.merged];
    if (!unit || reading.briefingId !== unit.id) throw new Error(`the reading of ${reading.briefingId} came where ${unit?.id ?? 'no more briefings'} was expected`);
    this.merged++;
    const { b, id: briefingId, articles } = unit;
    const { registry, facts, used, mentionCounts, placeHeads } = this;
    this.briefingNodes.push({
      id: briefingId,
      title: [b.meta.title, b.meta.issue].filter(Boolean).join(' '),
      issue: b.meta.issue,
      publishedOn: b.meta.publishedOn ?? (b.meta.year ? String(b.meta.year) : undefined),
      publisher: b.meta.publisher,
      file: b.file.split(/[\\/]/).slice(-2).join('/'),
      sha256: b.sha256,
    });
    for (const article of articles) this.articleNodes.push(article.node);
    const remap = registry.absorb(reading.registry);
    const at = (key: string) => remap.get(key) ?? key;
    for (const f of reading.facts) facts.add(remap.size ? { ...f, from: at(f.from), to: at(f.to) } : f);
    for (const key of reading.used) used.add(at(key));
    for (const [k, c] of reading.mentions) {
      const cut = k.indexOf('\u0000');
      addMentions(mentionCounts, remap.size ? `${k.slice(0, cut)}\u0000${at(k.slice(cut + 1))}` : k, { ...c });
    }
    for (const [key, head] of reading.placeHeads) if (!placeHeads.has(at(key))) placeHeads.set(at(key), head);
    this.skips.push(...reading.skips);
  }

  finish(): ExtractResult {
    if (this.merged !== this.discovery.units.length) throw new Error(`${this.merged} of ${this.discovery.units.length} briefings' readings were merged`);
    const { gazetteer } = this.options;
    const { registry, facts, skips, mentionCounts, articleNodes, briefingNodes, used, placeHeads } = this;
    const options = this.options;
    for (const [key, head] of placeHeads) {
      const k = registry.resolve(key);
      if (!used.has(k) || registry.get(k)?.label !== 'Organization') continue;
      facts.add({ type: 'LOCATED_IN', from: k, to: head.place, props: {}, method: 'pattern:place-in-name', confidence: 0.6, articleId: head.articleId, evidence: head.sentence });
      used.add(head.place);
    }

    // Reference facts: outside knowledge with citations.
    for (const r of options.reference) {
      const from = registry.known(gazetteer.byId.get(r.start)!).key;
      const to = registry.known(gazetteer.byId.get(r.end)!).key;
      facts.add({ type: r.type, from, to, props: r.properties, method: 'reference', confidence: r.confidence, citation: r.citation, note: r.note });
      used.add(from);
      used.add(to);
    }

    // Curated geography: every place in the graph sits in its containing place, and a known
    // organisation in the place the gazetteer gives it.
    const queue = [...used].filter((k) => registry.get(k)?.label === 'Place' || (registry.get(k)?.label === 'Organization' && registry.get(k)?.gazetteer?.in));
    const placed = new Set<string>();
    while (queue.length) {
      const key = queue.pop()!;
      if (placed.has(key)) continue;
      placed.add(key);
      const parentId = registry.get(key)?.gazetteer?.in;
      const parent = parentId ? gazetteer.byId.get(parentId) : undefined;
      if (!parent) continue;
      const parentKey = registry.known(parent).key;
      facts.add({ type: 'LOCATED_IN', from: key, to: parentKey, props: {}, method: 'curated', confidence: 1, citation: 'seed/gazetteer/places.json' });
      used.add(parentKey);
      queue.push(parentKey);
    }

    // A short form of a title in the same article ("中日环境标志共同标准" in a heading, "中日环境标志扫描仪共同标准"
    // in the body) is the same work: merge it into the longer name.
    const redirect = mergeShortForms(registry, mentionCounts, facts.all());
    for (const [from] of registry.redirects) redirect.set(from, registry.resolve(from));
    const resolve = (k: string) => redirect.get(k) ?? k;
    const merged = remapFacts(facts.all(), resolve);
    for (const [from] of redirect) used.delete(from);
    for (const [k, c] of [...mentionCounts]) {
      const [articleId, key] = k.split('\u0000') as [string, string];
      const target = redirect.get(key);
      if (!target) continue;
      mentionCounts.delete(k);
      addMentions(mentionCounts, `${articleId}\u0000${target}`, c);
    }

    // Ids, nodes and relationships.
    const ids = registry.assignIds();
    const entities: EntityNode[] = [];
    for (const key of [...used].sort()) {
      const draft = registry.get(key);
      if (!draft) continue;
      entities.push(entityNode(draft, ids.get(key)!, registry));
    }
    // An event held in a city is not also listed as held in the country or region around it
    // (the city is LOCATED_IN them): of each event's places, only the most specific are kept.
    const placesOf = new Map<string, string[]>();
    for (const f of merged.all()) {
      if (f.type !== 'HELD_IN') continue;
      const places = placesOf.get(f.from);
      if (places) places.push(f.to);
      else placesOf.set(f.from, [f.to]);
    }
    const specificPlaces = new Map([...placesOf].map(([event, places]) => [event, new Set(registry.mostSpecificPlaces(places))]));
    const relationships: Relationship[] = [];
    for (const f of merged.all()) {
      if (f.type === 'HELD_IN' && !specificPlaces.get(f.from)!.has(f.to)) continue;
      const start = ids.get(f.from);
      const end = ids.get(f.to);
      if (!start || !end) continue;
      const props: Record<string, unknown> = { ...f.props };
      const method = [...f.methods].sort()[0]!;
      // A fact both read from a briefing and known from reference data is reported as read (it has
      // evidence); the citation stays alongside.
      const read = [...f.methods].filter((m) => m !== 'reference' && m !== 'curated').sort()[0];
      props.method = f.evidence.length && read ? read : f.methods.has('reference') ? 'reference' : method;
      props.confidence = Math.round(f.confidence * 100) / 100;
      props.sources = f.sources;
      props.evidence = f.evidence;
      if (f.citations.length) props.citation = f.citations.join('; ');
      if (f.notes.length) props.note = f.notes.join('; ');
      const disc = String(f.props.role ?? f.props.titleZh ?? f.props.title ?? '');
      relationships.push({ id: relationshipId(f.type, start, end, disc), type: f.type, start, end, properties: props as Relationship['properties'] });
    }
    for (const a of articleNodes) {
      relationships.push({ id: relationshipId('HAS_ARTICLE', a.briefingId, a.id), type: 'HAS_ARTICLE', start: a.briefingId, end: a.id, properties: { order: a.order } });
    }
    for (const [k, c] of mentionCounts) {
      const [articleId, key] = k.split('\u0000') as [string, string];
      const end = ids.get(key);
      if (!end) continue;
      relationships.push({ id: relationshipId('MENTIONS', articleId, end), type: 'MENTIONS', start: articleId, end, properties: { count: c.count, firstOffset: c.first } });
    }
    return { graph: { entities, briefings: briefingNodes, articles: articleNodes, relationships }, skips };
  }
}

/** Mentions in one sentence: known and discovered names, plus short forms of people (周书记, 张总). */

/** "周书记": a surname and a short title. */
const SURNAME_AND_SHORT_TITLE = new RegExp(`([\\p{Script=Han}])(${[...SHORT_TITLES].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
/** "该中心": the organisation of that kind named last. */
const ANAPHOR = new RegExp(`(?:该|此)(${ANAPHOR_SUFFIXES.join('|')})`, 'gu');

/** "驻华", "驻京" in an organisation's name (most names have no 驻, and need no pattern). */
function stationedIn(name: string): RegExpMatchArray | null {
  return name.includes('驻') ? name.match(/驻(华|京)/u) : null;
}

function mentionsIn(text: string, matcher: ReturnType<EntityRegistry['buildMatcher']>, registry: EntityRegistry, state: BriefingState, article: ArticleState): Mention[] {
  const mentions: Mention[] = [];
  for (const m of matcher.findAll(text)) {
    const draft = registry.peek(m.value);
    if (!draft) continue;
    if (mentions.some((x) => x.start === m.start && x.end === m.end)) continue;
    mentions.push({ start: m.start, end: m.end, key: m.value, label: draft.label, text: m.text });
    // An event named after a project or a body ("世行项目“…”终期评审会") mentions them too.
    if (draft.label === 'Event') {
      // Skip the first character so the event's own name does not match the whole span again.
      for (const inner of matcher.findAll(text, m.start + 1, m.end)) {
        const innerDraft = registry.peek(inner.value);
        if (!innerDraft || innerDraft.label === 'Event' || inner.value === m.value) continue;
        mentions.push({ start: m.start + 1 + inner.start, end: m.start + 1 + inner.end, key: inner.value, label: innerDraft.label, text: inner.text });
      }
    }
  }
  for (const m of text.matchAll(SURNAME_AND_SHORT_TITLE)) {
    const start = m.index!;
    if (mentions.some((x) => start < x.end && x.start < start + m[0].length)) continue;
    const candidates = state.personsBySurname.get(m[1]!);
    if (!candidates || candidates.size !== 1) continue;
    const key = [...candidates][0]!;
    // "周书记" but not "张小丹总经理": the surname must not be part of a longer mention.
    mentions.push({ start, end: start + 1, key, label: 'Person', text: m[1]! });
  }
  // Short forms too ambiguous to match alone ("环境署", "中环") stand for an entity the article
  // has already named in full.
  for (const key of article.named) {
    const entry = registry.peek(key)?.gazetteer;
    if (!entry) continue;
    for (const short of entry.noMatch) {
      if (charCount(short) < 2) continue;
      let at = text.indexOf(short);
      while (at >= 0) {
        const end = at + short.length;
        if (!mentions.some((x) => at < x.end && x.start < end)) mentions.push({ start: at, end, key, label: entry.label, text: short });
        at = text.indexOf(short, end);
      }
    }
  }
  for (const m of mentions) article.named.add(m.key);
  // "该中心", "该协会": the organisation of that kind the article named last.
  for (const m of text.includes('该') || text.includes('此') ? text.matchAll(ANAPHOR) : []) {
    const key = article.lastOrgBySuffix.get(m[1]!);
    if (key && !mentions.some((x) => m.index! < x.end && x.start < m.index! + m[0].length)) mentions.push({ start: m.index!, end: m.index! + m[0].length, key, label: 'Organization', text: m[0] });
  }
  for (const m of mentions) {
    if (m.label !== 'Organization') continue;
    const name = registry.canonicalName(registry.peek(m.key)!);
    const suffix = ANAPHOR_SUFFIXES.find((x) => name.endsWith(x));
    if (suffix) article.lastOrgBySuffix.set(suffix, m.key);
  }
  if (/我中心|本中心/u.test(text) && state.publisher) {
    const at = text.search(/我中心|本中心/u);
    if (!mentions.some((x) => at < x.end && x.start < at + 3)) mentions.push({ start: at, end: at + 3, key: state.publisher, label: 'Organization', text: text.slice(at, at + 3) });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

function entityNode(d: DraftEntity, id: string, registry: EntityRegistry): EntityNode {
  const name = registry.canonicalName(d);
  const names = new Set<string>();
  if (d.gazetteer) for (const n of allNames(d.gazetteer)) names.add(n);
  for (const n of d.seen.keys()) names.add(n);
  for (const a of d.abbrs) names.add(a);
  if (d.nameEn) names.add(d.nameEn);
  const folded = new Set([foldName(name)]);
  const aliases: string[] = [];
  for (const n of [...names].sort()) {
    const f = foldName(n);
    if (folded.has(f)) continue;
    folded.add(f);
    aliases.push(n);
  }
  const han = /\p{Script=Han}/u;
  const props: EntityNode['properties'] = {
    id,
    name,
    aliases,
  };
  const nameZh = d.nameZh ?? (han.test(name) ? name : [...d.seen.keys()].find((n) => han.test(n)));
  if (nameZh) props.nameZh = nameZh;
  const nameEn = d.nameEn ?? (!han.test(name) ? name : undefined);
  if (nameEn) props.nameEn = nameEn;
  if (d.kind) props.kind = d.kind;
  if (d.country) props.country = d.country;
  if (d.description) props.description = d.description;
  if (d.label === 'Event') {
    if (d.startDate) props.startDate = d.startDate;
    if (d.endDate) props.endDate = d.endDate;
    if (d.datePrecision) props.datePrecision = d.datePrecision;
  }
  if (!d.gazetteer) {
    (props as Record<string, unknown>).method = d.method;
    (props as Record<string, unknown>).confidence = Math.round(d.confidence * 100) / 100;
  }
  return { id, label: d.label, properties: props };
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

function mergeShortForms(registry: EntityRegistry, mentionCounts: Map<string, { count: number; first: number }>, facts: ReturnType<FactSet['all']>): Map<string, string> {
  // Scope: the briefing (a heading may be segmented apart from its story).
  const byBriefing = new Map<string, Set<string>>();
  const note = (articleId: string, key: string) => {
    const scope = articleId.slice(0, articleId.lastIndexOf(':'));
    let keys = byBriefing.get(scope);
    if (!keys) byBriefing.set(scope, (keys = new Set()));
    keys.add(key);
  };
  for (const k of mentionCounts.keys()) {
    const cut = k.indexOf('\u0000');
    note(k.slice(0, cut), k.slice(cut + 1));
  }
  for (const f of facts) {
    for (const source of f.sources) {
      note(source, f.from);
      note(source, f.to);
    }
  }
  const titled = new Set(['Standard', 'Agreement', 'Document', 'Project']);
  const names = new Map<string, string>();
  const nameOf = (key: string, d: DraftEntity) => {
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = registry.canonicalName(d)));
    return name;
  };
  const redirect = new Map<string, string>();
  for (const keys of byBriefing.values()) {
    const works = [...keys].filter((k) => titled.has(registry.get(k)?.label ?? ''));
    for (const a of works) {
      const da = registry.get(a)!;
      if (da.gazetteer) continue;
      const na = nameOf(a, da);
      if (charCount(na) < 6) continue;
      for (const b of works) {
        const db = registry.get(b)!;
        if (a === b || db.label !== da.label) continue;
        const nb = nameOf(b, db);
        if (nb.length > na.length && isSubsequence(na, nb) && na.slice(-2) === nb.slice(-2)) {
          redirect.set(a, b);
          for (const name of da.seen.keys()) registry.observe(db, name, 0);
          names.delete(b);
        }
      }
    }
  }
  return redirect;
}
