import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { briefingIdOf } from '../extract/index.js';
import { foldCompact, foldName, type Graph } from '../graph/index.js';

// Extraction quality against a small hand-annotated sample (tests/fixtures/annotations):
// recall and precision of entities, events with dates, and facts, so a change to the extractor
// shows whether quality moved. Matching is by name (any alias, folded), like a reader would.

interface AnnotatedEntity {
  label: string;
  name: string;
  aliases?: string[];
}
interface AnnotatedEvent {
  id: string;
  name: string;
  startDate?: string | null;
  endDate?: string | null;
}
interface AnnotatedFact {
  type: string;
  from: string;
  to: string;
}
interface Annotation {
  briefing: string;
  articles: string[];
  entities: AnnotatedEntity[];
  events?: AnnotatedEvent[];
  facts: AnnotatedFact[];
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface QualityScores {
  scope: string;
  entityRecall: Ratio;
  entityRecallTyped: Ratio;
  entityPrecision: Ratio;
  eventRecall: Ratio;
  eventRecallWithDates: Ratio;
  factRecallLinked: Ratio;
  factRecallTyped: Ratio;
  factPrecision: Ratio;
  missedEntities: string[];
  missedFacts: string[];
  /** Facts read from the sampled articles that the annotations do not have (precision's misses). */
  extraFacts: string[];
  /** Entities the sampled articles mention in the graph that the annotations do not have. */
  extraEntities: string[];
  missedEvents: string[];
}

export interface QualityReport {
  scores: QualityScores[];
  total: QualityScores;
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
const add = (r: Ratio, hit: boolean) => {
  r.total++;
  if (hit) r.hit++;
};

export async function loadAnnotations(dir: string): Promise<Annotation[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new Error(`no annotations at ${dir}; expected one JSON file per briefing (see tests/fixtures/annotations/README.md)`);
  }
  const out: Annotation[] = [];
  for (const f of files) {
    try {
      out.push(JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Annotation);
    } catch (error) {
      throw new Error(`${path.join(dir, f)} is not valid JSON (${(error as Error).message})`);
    }
  }
  return out;
}

export function scoreAnnotation(graph: Graph, a: Annotation): QualityScores {
  const briefingId = briefingIdOf(a.briefing);
  const inBriefing = graph.articles.filter((x) => x.briefingId === briefingId);
  const wanted = a.articles.map(foldCompact);
  let articles = inBriefing.filter((x) => wanted.some((w) => { const t = foldCompact(x.title); return t === w || (t.length >= 6 && (t.includes(w) || w.includes(t))); }));
  if (articles.length === 0) articles = inBriefing;
  const articleIds = new Set(articles.map((x) => x.id));

  const byName = new Map<string, { id: string; label: string }[]>();
  for (const e of graph.entities) {
    for (const n of [e.properties.name, e.properties.nameZh, e.properties.nameEn, ...e.properties.aliases]) {
      if (!n) continue;
      for (const k of new Set([foldName(String(n)), foldCompact(String(n))])) {
        const list = byName.get(k) ?? [];
        list.push({ id: e.id, label: e.label });
        byName.set(k, list);
      }
    }
  }
  const lookup = (names: string[], label?: string) => {
    const ids = new Set<string>();
    for (const n of names) for (const hit of [...(byName.get(foldName(n)) ?? []), ...(byName.get(foldCompact(n)) ?? [])]) if (!label || hit.label === label) ids.add(hit.id);
    return ids;
  };

  const s: QualityScores = {
    scope: a.briefing,
    entityRecall: ratio(),
    entityRecallTyped: ratio(),
    entityPrecision: ratio(),
    eventRecall: ratio(),
    eventRecallWithDates: ratio(),
    factRecallLinked: ratio(),
    factRecallTyped: ratio(),
    factPrecision: ratio(),
    missedEntities: [],
    missedFacts: [],
    missedEvents: [],
    extraFacts: [],
    extraEntities: [],
  };
  const annotatedIds = new Map<string, Set<string>>();
  for (const e of a.entities) {
    const names = [e.name, ...(e.aliases ?? [])];
    const any = lookup(names);
    const typed = lookup(names, e.label);
    add(s.entityRecall, any.size > 0);
    add(s.entityRecallTyped, typed.size > 0);
    if (any.size === 0) s.missedEntities.push(`${e.label} ${e.name}`);
    annotatedIds.set(foldName(e.name), any);
    for (const alias of e.aliases ?? []) annotatedIds.set(foldName(alias), any);
  }
  const events = graph.entities.filter((e) => e.label === 'Event');
  const eventIds = new Map<string, Set<string>>();
  for (const ev of a.events ?? []) {
    const sameStart = events.filter((e) => ev.startDate && e.properties.startDate === ev.startDate);
    const byName = [...lookup([ev.name], 'Event')].map((id) => events.find((e) => e.id === id)!);
    // An event the text gives no date for is right when it is found and left undated.
    const sameDates = ev.startDate ? sameStart.filter((e) => (e.properties.endDate ?? null) === (ev.endDate ?? null)) : byName.filter((e) => !e.properties.startDate);
    add(s.eventRecall, sameStart.length > 0 || lookup([ev.name], 'Event').size > 0);
    add(s.eventRecallWithDates, sameDates.length > 0);
    if (sameDates.length === 0) s.missedEvents.push(`${ev.startDate ?? '?'}${ev.endDate ? '..' + ev.endDate : ''} ${ev.name}`);
    eventIds.set(ev.id, new Set([...sameStart.map((e) => e.id), ...lookup([ev.name], 'Event')]));
  }
  const resolve = (ref: string) => (ref.startsWith('@') ? eventIds.get(ref.slice(1)) ?? new Set<string>() : annotatedIds.get(foldName(ref)) ?? lookup([ref]));
  const facts = graph.relationships.filter((r) => r.type !== 'MENTIONS' && r.type !== 'HAS_ARTICLE');
  const entityById = new Map(graph.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => String(entityById.get(id)?.properties.name ?? id);
  const annotatedTyped: { type: string; from: Set<string>; to: Set<string> }[] = [];
  for (const f of a.facts) {
    const from = resolve(f.from);
    const to = resolve(f.to);
    annotatedTyped.push({ type: f.type, from, to });
    const linked = facts.some((r) => (from.has(r.start) && to.has(r.end)) || (from.has(r.end) && to.has(r.start)));
    const typed = facts.some((r) => r.type === f.type && from.has(r.start) && to.has(r.end));
    add(s.factRecallLinked, linked);
    add(s.factRecallTyped, typed);
    if (!typed) s.missedFacts.push(`${f.type} ${f.from} -> ${f.to}`);
  }
  // Precision over what the extractor read from the sampled articles.
  for (const r of facts) {
    const sources = (r.properties.sources ?? []) as string[];
    if (!sources.some((x) => articleIds.has(x))) continue;
    const found = annotatedTyped.some((f) => f.type === r.type && f.from.has(r.start) && f.to.has(r.end));
    add(s.factPrecision, found);
    if (!found) s.extraFacts.push(`${r.type} ${nameOf(r.start)} -> ${nameOf(r.end)}`);
  }
  const mentioned = new Set(graph.relationships.filter((r) => r.type === 'MENTIONS' && articleIds.has(r.start)).map((r) => r.end));
  const annotatedAll = new Set([...annotatedIds.values(), ...eventIds.values()].flatMap((x) => [...x]));
  for (const id of mentioned) {
    add(s.entityPrecision, annotatedAll.has(id));
    if (!annotatedAll.has(id)) s.extraEntities.push(`${entityById.get(id)?.label ?? '?'} ${nameOf(id)}`);
  }
  return s;
}

function sum(scores: QualityScores[]): QualityScores {
  const total: QualityScores = { scope: 'all', entityRecall: ratio(), entityRecallTyped: ratio(), entityPrecision: ratio(), eventRecall: ratio(), eventRecallWithDates: ratio(), factRecallLinked: ratio(), factRecallTyped: ratio(), factPrecision: ratio(), missedEntities: [], missedFacts: [], missedEvents: [], extraFacts: [], extraEntities: [] };
  for (const s of scores) {
    for (const key of ['entityRecall', 'entityRecallTyped', 'entityPrecision', 'eventRecall', 'eventRecallWithDates', 'factRecallLinked', 'factRecallTyped', 'factPrecision'] as const) {
      total[key].hit += s[key].hit;
      total[key].total += s[key].total;
    }
    total.missedEntities.push(...s.missedEntities.map((m) => `${s.scope}: ${m}`));
    total.missedFacts.push(...s.missedFacts.map((m) => `${s.scope}: ${m}`));
    total.missedEvents.push(...s.missedEvents.map((m) => `${s.scope}: ${m}`));
    total.extraFacts.push(...s.extraFacts.map((m) => `${s.scope}: ${m}`));
    total.extraEntities.push(...s.extraEntities.map((m) => `${s.scope}: ${m}`));
  }
  return total;
}

/** Totals over several briefings' scores (the out-of-sample report sums its own). */
export const sumScores = sum;

export async function evaluateQuality(graph: Graph, dir: string): Promise<QualityReport> {
  return scoreAnnotations(graph, await loadAnnotations(dir));
}

/** Scores the given annotations only (kg build --report: those of the briefings it built). */
export function scoreAnnotations(graph: Graph, annotations: Annotation[]): QualityReport {
  const scores = annotations.map((a) => scoreAnnotation(graph, a));
  return { scores, total: sum(scores) };
}

const pct = (r: Ratio) => (r.total ? `${((100 * r.hit) / r.total).toFixed(1).padStart(5)}% (${r.hit}/${r.total})` : '    -');

export function formatQualityReport(report: QualityReport, options: { misses?: number } = {}): string {
  const rows: [string, keyof QualityScores][] = [
    ['entity recall', 'entityRecall'],
    ['entity recall, type right', 'entityRecallTyped'],
    ['entity precision', 'entityPrecision'],
    ['event recall', 'eventRecall'],
    ['event recall, dates right', 'eventRecallWithDates'],
    ['fact recall, endpoints linked', 'factRecallLinked'],
    ['fact recall, type right', 'factRecallTyped'],
    ['fact precision', 'factPrecision'],
  ];
  const lines = ['extraction quality against tests/fixtures/annotations:'];
  for (const s of [...report.scores, report.total]) {
    lines.push(`  ${s.scope}`);
    for (const [label, key] of rows) lines.push(`    ${label.padEnd(30)} ${pct(s[key] as Ratio)}`);
  }
  const misses = options.misses ?? 15;
  if (misses > 0) {
    lines.push(`  missed entities (first ${misses}):`, ...report.total.missedEntities.slice(0, misses).map((m) => `    ${m}`));
    lines.push(`  missed events (first ${misses}):`, ...report.total.missedEvents.slice(0, misses).map((m) => `    ${m}`));
    lines.push(`  missed facts (first ${misses}):`, ...report.total.missedFacts.slice(0, misses).map((m) => `    ${m}`));
    lines.push(`  entities the annotations do not have (first ${misses}):`, ...report.total.extraEntities.slice(0, misses).map((m) => `    ${m}`));
    lines.push(`  facts the annotations do not have (first ${misses}):`, ...report.total.extraFacts.slice(0, misses).map((m) => `    ${m}`));
  }
  return lines.join('\n');
}
