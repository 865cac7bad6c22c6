import type { Provenance } from '../provenance.js';
import { allowsEndpoints, type EntityLabel, type FactType } from '../../graph/ontology.js';
import type { Mention, SentenceContext } from '../sentenceContext.js';
import type { ReadEvent } from '../events.js';
import { organOfBody } from '../organOfBody.js';

// What every reading rule shares: the rule's shape, the per-sentence reading the dispatcher hands
// it, and small helpers over a sentence's mentions. A rule is a function of the sentence context
// (text, mentions, dates, the article and briefing so far) and of the SentenceReading; it emits
// facts and records skips through the context and never touches threads or registry forks.

/** What the dispatcher has read of the sentence before the rules run. */
export interface SentenceReading {
  /** The event this sentence reports, if it names or implies one. */
  event: ReadEvent | undefined;
  /** The event a scene-setting fragment before this sentence placed it at ("在…博览会上。"). */
  frame: string | undefined;
}

/** One way of reading a sentence. `name` is the rule's name in skip counts. */
export interface ReadingRule {
  name: string;
  read(ctx: SentenceContext, reading: SentenceReading): void;
}

export const ACTORS: EntityLabel[] = ['Organization', 'Person'];
export const ORG: EntityLabel[] = ['Organization'];
export const WORKS: EntityLabel[] = ['Agreement', 'Standard', 'Document'];

/** Per sentence, "type|from|to" of every fact emitted through `emit`, so a generic reading can leave a fact a precise one has read. */
const statedIn = new WeakMap<SentenceContext, Set<string>>();

/**
 * True when the name is a list the discovery glued into one ("宜可城和全球电子可持续发展倡议"):
 * it holds 、, or its part before 和/与/及 is itself the name of a known body, programme or label. Names that merely contain 和
 * ("德国联邦环境和消费者保护部") have no known name before it.
 */
function gluedList(ctx: SentenceContext, key: string): boolean {
  const draft = ctx.registry.peek(key);
  if (!draft || (draft.label !== 'Organization' && draft.label !== 'Project' && draft.label !== 'EcoLabel')) return false;
  const name = ctx.registry.canonicalName(draft);
  if (name.includes('、')) return true;
  for (const m of name.matchAll(/[和与及]/gu)) {
    const head = name.slice(0, m.index);
    // A place before 和 is a region in the name ("拉丁美洲和加勒比可持续公共采购网络"), not a listed body.
    if (head.length >= 2 && ctx.registry.labelsNamed(head).some((l) => l === 'Organization' || l === 'Project' || l === 'EcoLabel')) return true;
  }
  return false;
}

/** Words a body's or label's name ends in; 部门 ("日本环境部门") is a common noun, not a name. */
const NAME_END = /^[\p{Script=Han}A-Za-z]{0,12}?(?:部(?!门)|局|署|会|院|所|中心|组织|机构|大学|公司|集团|网络|联盟|标签|标志|标章)/u;

/** Whether the place mention begins a name the text goes on to spell: an organisation mention right after it, or a name ending. */
function placeHeadsName(ctx: SentenceContext, place: Mention): boolean {
  if (ctx.mentions.some((m) => m.start === place.end && (m.label === 'Organization' || m.label === 'EcoLabel'))) return true;
  const after = ctx.text.slice(place.end);
  const m = after.match(NAME_END);
  return m !== null && !/[与和及、的在对就]|合作|交流|开展|进行|建立|签署|共同|联合/u.test(m[0]);
}

/** False when the body is known to be of another country than the place (its curated `country`). */
export function sameCountry(ctx: SentenceContext, org: string, place: string): boolean {
  const country = ctx.registry.peek(org)?.country;
  const p = ctx.registry.peek(place);
  if (!country || !p) return true;
  return p.nameEn === country || p.nameZh === country || ctx.registry.canonicalName(p) === country;
}

/**
 * "斯里兰卡财政部" read as a known 财政部 of another country: the country written right before the
 * name says the text speaks of another body than the one matched.
 */
function otherCountrysBody(ctx: SentenceContext, m: Mention | string): boolean {
  if (typeof m === 'string' || m.label !== 'Organization') return false;
  const before = ctx.mentions.find((x) => x.end === m.start && x.label === 'Place');
  return before !== undefined && ctx.registry.peek(before.key)?.kind === 'country' && !sameCountry(ctx, m.key, before.key);
}

/** Why a fact between these mentions is not stated by the sentence, if it is not. */
function refused(ctx: SentenceContext, type: FactType, from: Mention | string, to: Mention | string, toKey: string): boolean {
  if (otherCountrysBody(ctx, from) || otherCountrysBody(ctx, to)) return true;
  // A 。 or ； between the two ends: they belong to different statements.
  if (typeof from !== 'string' && typeof to !== 'string') {
    const gap = from.end <= to.start ? ctx.text.slice(from.end, to.start) : to.end <= from.start ? ctx.text.slice(to.end, from.start) : '';
    if (/[。；;]/u.test(gap)) return true;
  }
  if (type === 'COOPERATES_WITH') {
    const place = ctx.registry.peek(toKey);
    // A city is where something happened, not a partner; nor is a place written as where (在河内签署).
    if (place?.label === 'Place' && place.kind === 'city') return true;
    if (place?.label === 'Place' && typeof to !== 'string' && /[在于赴]\s*$/u.test(ctx.text.slice(Math.max(0, to.start - 2), to.start))) return true;
    // A place at the head of a longer name ("与斯里兰卡财政部合作", "与台湾环境与发展基金会"): the body is the partner.
    if (place?.label === 'Place' && typeof to !== 'string' && placeHeadsName(ctx, to)) return true;
  }
  return false;
}

export function emit(ctx: SentenceContext, type: FactType, from: Mention | string, to: Mention | string, props: Record<string, string | number | boolean | undefined>, how: Provenance): void {
  const fromKey = typeof from === 'string' ? from : from.key;
  let toKey = typeof to === 'string' ? to : to.key;
  // A post in a body's council or board is a post in the body, the organ kept in the title.
  const organ = type === 'HOLDS_POSITION' ? organOfBody(ctx, toKey) : undefined;
  if (organ) {
    toKey = organ.body;
    to = toKey;
    const held = String(props.titleZh ?? '');
    props = { ...props, titleZh: held.startsWith(organ.word) ? held : `${organ.word}${held}` };
  }
  const a = ctx.registry.peek(fromKey)?.label;
  const b = ctx.registry.peek(toKey)?.label;
  if (!a || !b || fromKey === toKey || !allowsEndpoints(type as Exclude<FactType, never>, a, b)) return;
  if (refused(ctx, type, from, to, toKey)) return;
  // A list glued into one name ("宜可城和全球电子可持续发展倡议") is no party to any fact.
  if (gluedList(ctx, fromKey) || gluedList(ctx, toKey)) return;
  let stated = statedIn.get(ctx);
  if (!stated) statedIn.set(ctx, (stated = new Set()));
  stated.add(`${type}|${fromKey}|${toKey}`);
  ctx.emit({ type, from: fromKey, to: toKey, props, method: how.method, confidence: how.confidence });
}

/** Whether a rule that ran before has stated this fact from this sentence (whatever its role). */
export function stated(ctx: SentenceContext, type: FactType, from: Mention | string, to: Mention | string): boolean {
  const fromKey = typeof from === 'string' ? from : from.key;
  const toKey = typeof to === 'string' ? to : to.key;
  return statedIn.get(ctx)?.has(`${type}|${fromKey}|${toKey}`) ?? false;
}

/** `emit`, unless an earlier, more precise rule has read the same fact here: one fact, not two with different roles. */
export function emitOnce(ctx: SentenceContext, type: FactType, from: Mention | string, to: Mention | string, props: Record<string, string | number | boolean | undefined>, how: Provenance): void {
  if (!stated(ctx, type, from, to)) emit(ctx, type, from, to, props, how);
}

/**
 * The programme a bare 项目/计划/倡议 at `at` means: the one programme named before it in the
 * sentence, else the one the sentence before named, else the article's; none when the sentence
 * has named several before it.
 */
export function programmeMeant(ctx: SentenceContext, at: number): string | undefined {
  const here = [...new Set(ctx.mentions.filter((m) => m.label === 'Project' && m.end <= at).map((m) => m.key))];
  if (here.length > 1) return undefined;
  if (here.length === 1) return here[0];
  const before = ctx.article.previousNamed?.Project ?? [];
  if (before.length === 1) return before[0];
  return before.length === 0 ? ctx.article.topic?.Project : undefined;
}

export function sentenceDate(ctx: SentenceContext, precision: 'any' | 'year' = 'any'): string | undefined {
  const d = ctx.dates.find((x) => x.precision !== 'year' || !x.end) ?? ctx.dates[0];
  if (!d) return undefined;
  return precision === 'year' ? d.start.slice(0, 4) : d.start;
}

export function between(ctx: SentenceContext, a: { end: number }, b: { start: number }): string {
  return ctx.text.slice(a.end, b.start);
}

/** Mentions linked to `m` by 与/和/、/及 on either side (a coordinated list). */
export function coordinated(ctx: SentenceContext, m: Mention, labels: readonly EntityLabel[]): Mention[] {
  const sorted = ctx.mentions.filter((x) => labels.includes(x.label));
  const joined = (a: Mention, b: Mention) => {
    // Titles and quoted names keep their marks in the gap: "《A》和《B》", "“A”、“B”".
    // An aside in brackets ("亚洲生产力组织（APO）与…") is no part of the gap.
    const gap = between(ctx, a, b).replace(/[（(][^（）()]*[）)]/gu, '').replace(/[\s()（）《》“”"]/gu, '');
    // The same body named again in an aside ("世界自然保护联盟（the International Union…, IUCN）") is one item.
    if (a.key === b.key) return !/[\p{Script=Han}。；]/u.test(between(ctx, a, b));
    return /^(?:[与和及、]|以及|同|、以及)$/u.test(gap);
  };
  const at = sorted.indexOf(m);
  let lo = at;
  while (lo > 0 && joined(sorted[lo - 1]!, sorted[lo]!)) lo--;
  let hi = at;
  while (hi < sorted.length - 1 && joined(sorted[hi]!, sorted[hi + 1]!)) hi++;
  return sorted.slice(lo, hi + 1);
}

/** Text with bracketed asides removed, keeping a map back to offsets ("执行主任（UN Environment Executive Director）"). */
export function withoutAsides(text: string): string {
  return text.replace(/[（(][^（）()]*[）)]/gu, '').replace(/\s+/g, '');
}

export function foldedIncludes(haystack: string, needle: string): boolean {
  const fold = (x: string) => x.replace(/\s+/g, '').toLowerCase();
  return fold(haystack).includes(fold(needle));
}

/**
 * Whether the text goes on spelling a longer name after the mention: "发布可持续发展目标（SDG）12.7.1
 * -…方法学", "加入全球环境标志网络（GEN）循环经济工作组". The object is then that longer thing,
 * which the reader does not know, not the mention. A title or quoted name is closed by its mark.
 */
export function nameGoesOn(ctx: SentenceContext, m: Mention): boolean {
  if (/[》”"」]\s*$/u.test(m.text) || /[》”"」]/u.test(ctx.text.charAt(m.end))) return false;
  // Past an aside after the name, or past the end of the aside the mention is in ("（GEN）").
  const after = ctx.text.slice(m.end).replace(/^\s*(?:[（(][^（）()]*)?[）)]/u, '').replace(/^\s+/u, '');
  if (after === '' || /^[^\p{Script=Han}\p{L}\d]/u.test(after)) return false;
  return !/^(?:等|和|与|及|以及|、|的|了|并|后|时|中|上|下|之|为|是|将|已|于|在|，|项目|计划|倡议|标签|标志|报告|指南|手册|标准|网络|平台|工作|活动|合作|成员|会员|理事)/u.test(after);
}

/** Words that name a kind of body or programme, which a bare mention of it ("联盟", "倡议") ends with. */
const KIND_WORD = /^(?:[\p{Script=Han}]{0,2})(?:联盟|网络|倡议|计划|项目|工作组|委员会|理事会|协会|学会|基金会|伙伴关系|平台|中心|组织)$/u;

/**
 * The body or programme a bare kind word stands for ("联盟" after "亚洲生态标签联盟" was named in full
 * in the article): the one such name the article has named that ends with the word. None, or more
 * than one, and the word means nothing certain.
 */
export function namedByKindWord(ctx: SentenceContext, words: string): string | undefined {
  const word = words.replace(/(?:该|本|首任|新任|新一任|下一任|下届|新一届|第[一二三四五六七八九十\d]+任)/gu, '').trim();
  if (word.length < 2 || word.length > 5 || !KIND_WORD.test(word)) return undefined;
  const candidates = [...ctx.article.named].filter((key) => {
    const draft = ctx.registry.peek(key);
    if (!draft || (draft.label !== 'Organization' && draft.label !== 'Project')) return false;
    const name = ctx.registry.canonicalName(draft);
    return name.length > word.length && name.endsWith(word);
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}
