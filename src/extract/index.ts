// The extract stage: ingested briefings + curated seed data -> the graph, every fact with its evidence.
export { extractGraph, briefingIdOf, articlesOf, discoverBriefing, discoverAll, DiscoveryRegistrar, readBriefing, ReadingMerger } from './extractGraph.js';
export type { ArticleUnit, BriefingReading, BriefingUnit, Discovery, ExtractOptions, ExtractResult, PlaceHead, ReadingBase, SentenceFinds, SkipRecord } from './extractGraph.js';
export { EntityRegistry } from './registry.js';
export type { PortableRegistry } from './registry.js';
export { loadGazetteer, Gazetteer, SeedDataError } from './gazetteer.js';
export type { GazetteerEntry } from './gazetteer.js';
export { loadReferenceFacts } from './reference.js';
export type { ReferenceFact } from './reference.js';
export { findDates } from './dates.js';
export type { DateMention } from './dates.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { discoverCandidates } from './discover.js';
export type { Candidate } from './discover.js';
export type { FactDraft } from './facts.js';
export { readingRules } from './rules/readingRules.js';
export type { ReadingRule, SentenceReading } from './rules/ruleKit.js';
