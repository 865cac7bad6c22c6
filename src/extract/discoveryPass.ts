import { placePrefixedPairs } from './placePrefixedNames.js';
import type { ArticleUnit, BriefingUnit, ExtractOptions, PlaceHead, SentenceFinds } from './extractTypes.js';
import { familyNameOf, stationedIn } from './mentionsIn.js';
import { latinSlug } from '../graph/index.js';
import type { IngestedBriefing } from '../ingest/index.js';
import { discoverCandidates } from './discover.js';
import { type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { EntityRegistry } from './registry.js';
import { splitSentences } from './sentences.js';
import { inSourceScript, readingTextOf } from './sourceScript.js';

// Pass 1: the corpus's articles and the entities they name, found before any fact is read, so
// an abbreviation defined in one briefing is known in all of them.


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
      sentences: splitSentences(readingTextOf(b).slice(a.startOffset, a.endOffset), a.startOffset),
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
    // Counted in the article, so the cost stays linear however long a briefing is; in the text the
    // sentences are read in (a traditional-script article reads as simplified: 梁志偉 is counted as 梁志伟).
    const hint = nameHint(article.sentences.map((s) => s.text).join('\n'));
    return article.sentences.map((s) => {
      const known = gazetteer.matcher.findAll(s.text);
      return { known, candidates: discoverCandidates(s.text, gazetteer, { nameHint: hint, known }) };
    });
  });
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
    const organisations = new Map<string, string>();
    // "玛丽安·费舍尔 … 费舍尔女士": the family name of a person the briefing names in full is no person of
    // its own; the reading pass takes it for that person when only one has it (mentionsIn.ts).
    const families = new Set<string>();
    for (const article of finds) for (const sentence of article) for (const c of sentence.candidates) {
      const family = c.label === 'Person' ? familyNameOf(c.name) : undefined;
      if (family) families.add(family);
    }
    articles.forEach((article, a) => {
      article.sentences.forEach((s, i) => {
        const { known, candidates } = finds[a]![i]!;
        for (const m of known) registry.known(m.value);
        for (const c of candidates) {
          // The short name inside "（简称《…》）" is an alias of the name before it, not a new entity.
          if (/[（(](?:以下)?简称\s*[“《"]?$/u.test(s.text.slice(0, c.start))) continue;
          if (c.label === 'Person' && !c.known && families.has(c.name)) continue;
          const key = registry.addCandidate(c);
          if (c.alias) registry.alias(key, c.alias);
          if (c.label === 'Organization' && !c.known) organisations.set(c.name, key);
          // "亚太区域政府绿色采购网络", "欧洲环境局": a region over many countries at a name's head says
          // what the body covers, not where it is.
          // "日本驻柬埔寨大使馆": the country at the head of a body stationed abroad sends it; it is not there.
          const stationed = c.label === 'Organization' ? stationedIn(c.name) : undefined;
          if (c.placeHead && !stationed && !c.name.includes('驻') && !acrossCountries(c.placeHead, gazetteer)) placeHeads.set(registry.resolve(key), { place: registry.known(c.placeHead).key, sentence: inSourceScript(article, s), articleId: article.id });
          // "瑞典驻华使馆", "日本驻柬埔寨大使馆": an embassy or office is where it is stationed (驻华 is China, 驻京 Beijing).
          const where = stationed ? gazetteer.lookup(stationed, 'Place')[0] : undefined;
          if (where) placeHeads.set(registry.resolve(key), { place: registry.known(where).key, sentence: inSourceScript(article, s), articleId: article.id, stationed: true });
          // "X（以下简称“Y”）": Y is another name of X.
          const short = s.text.slice(c.end).match(/^\s*[（(](?:以下)?简称[“《"]([^”》"]{1,30})[”》"][）)]/u);
          if (short) registry.alias(key, short[1]!);
        }
      });
    });
    // 香港环境保护署 and 香港特别行政区政府环境保护署, 圣保罗州政府 and 巴西圣保罗州政府: one body.
    for (const [long, short] of placePrefixedPairs([...organisations.keys()], gazetteer)) registry.alias(organisations.get(long)!, short);
  }
}

/** A region of several countries (亚太, 北欧), not one inside a country (加泰罗尼亚). */
function acrossCountries(place: GazetteerEntry, gazetteer: Gazetteer): boolean {
  if (place.kind !== 'region') return false;
  for (let at: GazetteerEntry | undefined = place, hops = 0; at && hops < 8; at = at.in ? gazetteer.byId.get(at.in) : undefined, hops++) {
    if (at.kind === 'country') return false;
  }
  return true;
}
