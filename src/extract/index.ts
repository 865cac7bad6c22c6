// The extract stage: ingested briefings + curated seed data -> the graph, every fact with its evidence.

// What a caller needs: load the seed data, extract a graph.
export { extractGraph } from './extractGraph.js';
export type { ExtractOptions, ExtractResult, SkipRecord, SentenceFinds } from './extractTypes.js';
export { loadGazetteer, Gazetteer, SeedDataError } from './gazetteer.js';
export type { GazetteerEntry } from './gazetteer.js';
export { loadReferenceFacts } from './reference.js';
export type { ReferenceFact } from './reference.js';

// The two passes one at a time, for an orchestrator that reads briefings in worker threads
// (src/cli/readBriefings.ts): pass 1 per briefing and its registrar, pass 2 per briefing on a
// fork of the registry, and the merger that assembles the graph in file order.
export { briefingIdOf, articlesOf, discoverBriefing, discoverAll, DiscoveryRegistrar } from './discoveryPass.js';
export type { Discovery } from './discoveryPass.js';
export type { ArticleUnit, BriefingUnit, PlaceHead } from './extractTypes.js';
export { readBriefing } from './readBriefing.js';
export type { BriefingReading, ReadingBase } from './readBriefing.js';
export { ReadingMerger } from './readingMerger.js';
export { EntityRegistry } from './registry.js';
export type { PortableRegistry } from './registry.js';
export type { Candidate } from './discover.js';
export type { FactDraft } from './facts.js';

// The reading rules, for tests that read with one rule alone (ExtractOptions.rules).
export { readingRules } from './rules/readingRules.js';
export type { ReadingRule, SentenceReading } from './rules/ruleKit.js';
