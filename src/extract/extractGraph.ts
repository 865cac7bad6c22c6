import type { ExtractOptions, ExtractResult } from './extractTypes.js';
import { discoverAll } from './discoveryPass.js';
import { type ReadingBase, readBriefing } from './readBriefing.js';
import { ReadingMerger } from './readingMerger.js';
import type { IngestedBriefing } from '../ingest/index.js';

// Articles -> entities and facts, each with its evidence. Two passes over the corpus: the first
// discovers entities (discoveryPass.ts), the second reads mentions and facts sentence by sentence
// (readBriefing.ts); ReadingMerger (readingMerger.ts) assembles the graph.

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
