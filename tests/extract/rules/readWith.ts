import path from 'node:path';
import { extractGraph, loadGazetteer, type Gazetteer, type ReadingRule } from '../../../src/extract/index.js';
import type { Graph } from '../../../src/graph/index.js';
import { ingestBriefing } from '../../../src/ingest/index.js';
import { seedDir } from '../../support/seedGraph.js';

// Reads a one-article briefing (a heading and paragraphs) with only the rules a test names, so a
// test proves what one rule reads. Discovery and the gazetteer still find the entities; no
// reference facts are added.

let gazetteer: Promise<Gazetteer> | undefined;

export interface RuleReading {
  graph: Graph;
  /** "from -> to" for each fact of the type, by entity name. */
  facts(type: string): string[];
  /** The given property of each fact of the type. */
  props(type: string, key: string): unknown[];
  /** The rule names of the skips recorded, with their reasons. */
  skips: string[];
}

export async function readWith(rules: readonly ReadingRule[], heading: string, ...paragraphs: string[]): Promise<RuleReading> {
  gazetteer ??= loadGazetteer(seedDir);
  const text = ['国际合作简报', '2019年第一期', '', heading, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const briefing = ingestBriefing(Buffer.from(text, 'utf8'), path.join('test', 'briefing-2019.txt'));
  const { graph, skips } = extractGraph([briefing], { gazetteer: await gazetteer, reference: [], rules });
  const name = (id: string) => String(graph.entities.find((e) => e.id === id)?.properties.name ?? id);
  const of = (type: string) => graph.relationships.filter((r) => r.type === type);
  return {
    graph,
    facts: (type) => of(type).map((r) => `${name(r.start)} -> ${name(r.end)}`),
    props: (type, key) => of(type).map((r) => r.properties[key]),
    skips: skips.map((s) => `${s.rule}: ${s.reason}`),
  };
}
