import type { EntityLabel } from '../graph/ontology.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './nameMatcher.js';

// What discovery proposes: a candidate entity with its span in the sentence and how it was read.

export interface Candidate {
  label: EntityLabel;
  /** Cleaned surface form (markdown and quotes removed). */
  name: string;
  /** The exact text the name was read from, so later mentions can be matched. */
  surface: string;
  nameEn?: string;
  abbr?: string;
  kind?: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  method: string;
  confidence: number;
  /** The gazetteer entry the candidate turned out to name. */
  known?: GazetteerEntry;
  /** Person candidates: the title written next to the name. */
  title?: string;
  /** Another name the text gives it (the short name of “以下简称”, the bare quoted name). */
  alias?: string;
  /** Organisations named after a place ("肯尼亚环境部"): the place's gazetteer entry. */
  placeHead?: GazetteerEntry;
}

export interface Span {
  start: number;
  end: number;
}

export interface DiscoverOptions {
  /** True when a name of this exact form is plausible (used to choose 任勇 over 任勇主). */
  nameHint?: (name: string) => boolean;
  /** The gazetteer's matches in this sentence, when the caller has them already. */
  known?: NameMatch<GazetteerEntry>[];
}
