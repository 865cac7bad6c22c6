import type { ArticleNode } from '../graph/index.js';
import type { IngestedBriefing } from '../ingest/index.js';
import type { Sentence } from './sentences.js';
import { type Graph } from '../graph/index.js';
import { type Candidate } from './discover.js';
import { type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './nameMatcher.js';
import type { ReferenceFact } from './reference.js';
import type { ReadingRule } from './rules/ruleKit.js';

// The extract stage's options and results, shared by its passes.

export interface SkipRecord {
  briefing: string;
  articleId: string;
  /** Offset in the briefing's normalised text of the trigger the rule saw (the sentence's start if it gave none). */
  offset: number;
  /** The reading rule that skipped (its name in rules/readingRules.ts), or sentence-length. */
  rule: string;
  reason: string;
  sentence: string;
}

export interface ExtractOptions {
  gazetteer: Gazetteer;
  reference: ReferenceFact[];
  /** The reading rules to run, in order (default: rules/readingRules.ts). Tests pass one rule to read with it alone. */
  rules?: readonly ReadingRule[];
  /** Called once per briefing and pass, for progress on a terminal. */
  onProgress?: (event: { pass: 'discover' | 'read'; briefing: string; index: number; total: number }) => void;
}

/** What discovery finds in one sentence: the gazetteer's names and the candidates for new entities. */
export interface SentenceFinds {
  known: NameMatch<GazetteerEntry>[];
  candidates: Candidate[];
}

export interface ExtractResult {
  graph: Graph;
  skips: SkipRecord[];
}

export interface ArticleUnit {
  id: string;
  node: ArticleNode;
  sentences: Sentence[];
}

export interface PlaceHead {
  place: string;
  sentence: string;
  articleId: string;
  /** Said by 驻 ("…驻摩尔多瓦办事处"): where the office is. Otherwise only the place a name opens on. */
  stationed?: boolean;
}

export interface BriefingUnit {
  b: IngestedBriefing;
  id: string;
  articles: ArticleUnit[];
}
