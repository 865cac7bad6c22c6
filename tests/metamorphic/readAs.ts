import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSnapshot } from '../../src/cli/buildSnapshot.js';
import type { Graph } from '../../src/graph/index.js';
import { ingestBriefing } from '../../src/ingest/index.js';
import { seedDir } from '../support/seedGraph.js';

// Builds one briefing's text under its own file name, alone, and reads back what the
// metamorphic tests compare: facts as (type, start, end), article titles, evidence quotes.

export interface Reading {
  /** "TYPE\tstart\tend" for every fact but MENTIONS and HAS_ARTICLE (article ids follow the layout). */
  facts: Set<string>;
  titles: string[];
  /** Evidence quotes that are not a slice of the briefing's normalised text. */
  foreignEvidence: string[];
  graph: Graph;
}

const root = mkdtempSync(path.join(tmpdir(), 'kg-metamorphic-'));
let runs = 0;

export async function readAs(file: string, text: string): Promise<Reading> {
  const dir = path.join(root, String(runs++));
  mkdirSync(dir);
  writeFileSync(path.join(dir, file), text);
  const { graph } = await buildSnapshot({ inputs: [dir], seedDir, out: path.join(dir, 'graph.jsonl') });
  const normalised = ingestBriefing(new TextEncoder().encode(text), file).text;
  const facts = new Set(
    graph.relationships.filter((r) => r.type !== 'MENTIONS' && r.type !== 'HAS_ARTICLE').map((r) => `${r.type}\t${r.start}\t${r.end}`),
  );
  const foreignEvidence: string[] = [];
  for (const r of graph.relationships) {
    const evidence = r.properties.evidence;
    if (!Array.isArray(evidence)) continue;
    for (const quote of evidence as string[]) if (!normalised.includes(quote)) foreignEvidence.push(quote);
  }
  return { facts, titles: graph.articles.filter((a) => a.briefingId).map((a) => a.title), foreignEvidence, graph };
}

/** Share of `before`'s facts that `after` still has. */
export function keptShare(before: Reading, after: Reading): number {
  if (before.facts.size === 0) return 1;
  let kept = 0;
  for (const f of before.facts) if (after.facts.has(f)) kept++;
  return kept / before.facts.size;
}
