import { briefingIdOf, extractGraph, Gazetteer, loadGazetteer, loadReferenceFacts } from '../extract/index.js';
import type { Graph } from '../graph/index.js';
import { loadAnnotations, scoreAnnotation, sumScores, type QualityReport } from './qualityReport.js';
import { readBriefings } from './readBriefings.js';

// Out-of-sample quality. The gazetteer was curated from the briefings, so scoring a briefing
// built with it partly scores the gazetteer's memory of that briefing. Here each annotated
// briefing is built alone with a gazetteer that has forgotten it: an entry stays only if it is
// outside knowledge (it cites a `source`: CLDR places, the UN's own names, GEN's member list)
// or if another briefing of the build mentions it. What is left is what the seed would know
// of a briefing it had never seen.

export interface HeldOutGazetteer {
  gazetteer: Gazetteer;
  /** Entries curated from the briefings that no other briefing mentions: left out. */
  removed: number;
  /** Of those, the ones the held-out briefing itself mentions: what it could have remembered. */
  removedMentioned: number;
  /** Entries only the held-out briefing mentions, kept because they are outside knowledge with a source. */
  keptAsReference: number;
}

export interface OutOfSampleReport extends QualityReport {
  /** Per annotated briefing, in the order of `scores`: what its held-out gazetteer left out. */
  heldOut: { briefing: string; removed: number; removedMentioned: number; keptAsReference: number }[];
}

/** Entity ids each briefing of `graph` mentions, by briefing id. */
export function mentionsByBriefing(graph: Graph): Map<string, Set<string>> {
  const briefingOf = new Map(graph.articles.map((a) => [a.id, a.briefingId]));
  const out = new Map<string, Set<string>>(graph.briefings.map((b) => [b.id, new Set<string>()]));
  for (const r of graph.relationships) {
    if (r.type !== 'MENTIONS') continue;
    const briefing = briefingOf.get(r.start);
    if (briefing !== undefined) out.get(briefing)?.add(r.end);
  }
  return out;
}

/** The gazetteer without the curated entries that only `briefingId` (of those mentioned) names. */
export function heldOutGazetteer(gazetteer: Gazetteer, mentions: Map<string, Set<string>>, briefingId: string): HeldOutGazetteer {
  const elsewhere = new Set<string>();
  for (const [id, ids] of mentions) if (id !== briefingId) for (const e of ids) elsewhere.add(e);
  const own = mentions.get(briefingId) ?? new Set<string>();
  let removed = 0;
  let removedMentioned = 0;
  let keptAsReference = 0;
  const kept = gazetteer.entries.filter((e) => {
    if (elsewhere.has(e.id)) return true;
    if (e.source !== undefined) {
      if (own.has(e.id)) keptAsReference++;
      return true;
    }
    removed++;
    if (own.has(e.id)) removedMentioned++;
    return false;
  });
  return { gazetteer: new Gazetteer(kept), removed, removedMentioned, keptAsReference };
}

/**
 * Scores each annotated briefing that `graph` was built from, rebuilt alone with its held-out
 * gazetteer. `files` are the build's inputs and `seedDir` its seed data; reference facts whose
 * ends were left out are dropped.
 */
export async function leaveOneBriefingOut(options: { graph: Graph; files: string[]; seedDir: string; annotationsDir: string }): Promise<OutOfSampleReport> {
  const { graph } = options;
  const gazetteer = await loadGazetteer(options.seedDir);
  const reference = await loadReferenceFacts(options.seedDir, gazetteer);
  const mentions = mentionsByBriefing(graph);
  const fileOf = new Map(options.files.map((f) => [briefingIdOf(f), f]));
  const report: OutOfSampleReport = { scores: [], total: sumScores([]), heldOut: [] };
  for (const annotation of await loadAnnotations(options.annotationsDir)) {
    const briefingId = briefingIdOf(annotation.briefing);
    const file = fileOf.get(briefingId);
    // Only briefings of this build have mentions to hold out; others are not scored.
    if (file === undefined || !mentions.has(briefingId)) continue;
    const held = heldOutGazetteer(gazetteer, mentions, briefingId);
    const facts = reference.filter((f) => held.gazetteer.byId.has(f.start) && held.gazetteer.byId.has(f.end));
    const { briefings } = await readBriefings([file], { progress: () => {} });
    const built = extractGraph(briefings, { gazetteer: held.gazetteer, reference: facts });
    report.scores.push(scoreAnnotation(built.graph, annotation));
    report.heldOut.push({ briefing: annotation.briefing, removed: held.removed, removedMentioned: held.removedMentioned, keptAsReference: held.keptAsReference });
  }
  report.total = sumScores(report.scores);
  return report;
}
