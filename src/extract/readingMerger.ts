import type { ExtractOptions, ExtractResult, PlaceHead, SkipRecord } from './extractTypes.js';
import type { Discovery } from './discoveryPass.js';
import type { BriefingReading, MentionCount } from './readBriefing.js';
import { orderEvidence, methodOfFact } from './evidenceOrder.js';
import { foldName, relationshipId, unmarkedQuote, type ArticleNode, type BriefingNode, type EntityNode, type Relationship } from '../graph/index.js';
import { FactSet, remapFacts } from './facts.js';
import { allNames } from './gazetteer.js';
import { EntityRegistry, type DraftEntity } from './registry.js';
import { charCount } from './charCount.js';
import { addSourceScriptAliases } from './sourceScript.js';
import { agreeSigningDates } from './signingDates.js';
import { strongestRoles } from './strongestRoles.js';

// Assembly: the briefings' readings merged in file order, then reference facts, curated
// geography, short forms folded into their full names, and the graph's nodes and relationships.

/** Adds mentions to those counted under `key` (another briefing's, or a merged entity's): the first in a body sentence wins. */
function addMentions(counts: Map<string, MentionCount>, key: string, mentions: MentionCount): void {
  const existing = counts.get(key);
  if (existing) {
    existing.count += mentions.count;
    if (mentions.inBody === existing.inBody) existing.first = Math.min(existing.first, mentions.first);
    else if (mentions.inBody) {
      existing.first = mentions.first;
      existing.inBody = true;
    }
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
  private readonly mentionCounts = new Map<string, MentionCount>();
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
      // Discovery keeps the sentence as found; the quote leaves out its layout marks (a heading's ###).
      facts.add({ type: 'LOCATED_IN', from: k, to: head.place, props: {}, method: 'pattern:place-in-name', confidence: 0.6, articleId: head.articleId, evidence: unmarkedQuote(head.sentence) });
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
    // Event facts a report writer reads side by side agree: one role per body and event, one
    // date per signature and signing.
    agreeSigningDates(merged.all(), (key) => (registry.get(key)?.label === 'Event' ? registry.get(key) : undefined));
    const weaker = strongestRoles(merged.all(), (key) => registry.get(key)?.label === 'Event');
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
    addSourceScriptAliases(entities, this.discovery.units.map((u) => u.b));
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
    const position = articlePositions(articleNodes);
    for (const f of merged.all()) {
      if (f.type === 'HELD_IN' && !specificPlaces.get(f.from)!.has(f.to)) continue;
      if (weaker.has(f)) continue;
      const start = ids.get(f.from);
      const end = ids.get(f.to);
      if (!start || !end) continue;
      const props: Record<string, unknown> = { ...f.props };
      orderEvidence(f, position);
      props.method = methodOfFact(f);
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

/** Each article's place in the corpus (file order, then order in its briefing) and its text. */
function articlePositions(articles: readonly ArticleNode[]): Map<string, { rank: number; text: string }> {
  return new Map(articles.map((a, rank) => [a.id, { rank, text: a.text }]));
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

/**
 * "办公家具共同标准" in a heading for "新泰环境标志共同标准（办公家具）" in the body: the short title is the
 * long one's bracketed qualifier put before the words both end on (共同标准).
 */
function qualifierFirst(short: string, long: string): boolean {
  const m = long.match(/^(.+)[（(]([^（）()]+)[）)]$/u);
  if (!m || !short.startsWith(m[2]!)) return false;
  const tail = short.slice(m[2]!.length);
  return charCount(tail) >= 2 && m[1]!.endsWith(tail);
}

function mergeShortForms(registry: EntityRegistry, mentionCounts: Map<string, MentionCount>, facts: ReturnType<FactSet['all']>): Map<string, string> {
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
      // "中澳环境标志共同标准" in a heading, "中澳环境标志共同标准（数据中心服务器）" in the body: the one
      // work the body names with a bracketed qualifier, when it names only one such.
      const qualified: string[] = [];
      const retitled: string[] = [];
      let merged = false;
      for (const b of works) {
        const db = registry.get(b)!;
        if (a === b) continue;
        const nb = nameOf(b, db);
        // A standard's title in 《》 is read as a document until something says what it is.
        if (db.label !== da.label) {
          if (da.label === 'Standard' && db.label === 'Document' && nb.startsWith(na) && /^[（(][^（）()]+[）)]$/u.test(nb.slice(na.length))) retitled.push(b);
          continue;
        }
        if (nb.length > na.length && isSubsequence(na, nb) && na.slice(-2) === nb.slice(-2)) {
          redirect.set(a, b);
          for (const name of da.seen.keys()) registry.observe(db, name, 0);
          names.delete(b);
          merged = true;
        } else if ((nb.startsWith(na) && /^[（(][^（）()]+[）)]$/u.test(nb.slice(na.length))) || qualifierFirst(na, nb)) qualified.push(b);
      }
      if (!merged && qualified.length === 1 && retitled.length === 0) {
        const db = registry.get(qualified[0]!)!;
        redirect.set(a, qualified[0]!);
        for (const name of da.seen.keys()) registry.observe(db, name, 0);
        names.delete(qualified[0]!);
      } else if (!merged && qualified.length === 0 && retitled.length === 1 && !redirect.has(retitled[0]!)) {
        // The document is the standard: it joins the standard and lends it its full title.
        const db = registry.get(retitled[0]!)!;
        redirect.set(retitled[0]!, a);
        const top = Math.max(0, ...da.seen.values());
        for (const [name, count] of db.seen) registry.observe(da, name, top + count);
        names.delete(a);
      }
    }
  }
  return redirect;
}
