import path from 'node:path';
import { extractGraph, loadGazetteer, type Gazetteer } from '../../src/extract/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir } from './seedGraph.js';

// A short text in a briefing's shape (a cover of two lines, one heading, its paragraphs), read alone
// with the seed's gazetteer, as the tests of reading rules on sentences written for them need it.

let gazetteer: Promise<Gazetteer> | undefined;

export interface NewsReading {
  /** Names of the entities of a label, in graph order. */
  names(label: string): string[];
  events: { name: string; kind: unknown; startDate: unknown; endDate: unknown }[];
  /** "TYPE from -> to" for every fact read from the text. */
  facts: string[];
  /** "person -> body titleZh" for every HOLDS_POSITION, sorted. */
  posts: string[];
}

export async function readNews(heading: string, paras: readonly string[], cover: readonly string[] = ['绿色发展简讯', '2025年第四期']): Promise<NewsReading> {
  const text = [...cover, '', heading, '', ...paras.flatMap((p) => [p, ''])].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'news-2025.txt'));
  const { graph } = extractGraph([briefing], { gazetteer: await (gazetteer ??= loadGazetteer(seedDir)), reference: [] });
  const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
  return {
    names: (label) => graph.entities.filter((e) => e.label === label).map((e) => String(e.properties.name)),
    events: graph.entities.filter((e) => e.label === 'Event').map((e) => ({ name: String(e.properties.name), kind: e.properties.kind, startDate: e.properties.startDate, endDate: e.properties.endDate })),
    facts: graph.relationships.filter((r) => r.properties.evidence).map((r) => `${r.type} ${name(r.start)} -> ${name(r.end)}`),
    posts: graph.relationships.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${name(r.start)} -> ${name(r.end)} ${String(r.properties.titleZh ?? '')}`).sort(),
  };
}
