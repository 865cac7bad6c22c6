import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadConfig } from '../config.js';
import { buildSnapshot, type BuildSummary } from './buildSnapshot.js';
import { CliError } from './cliError.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { briefingIdOf } from '../extract/index.js';
import { formatQualityReport, loadAnnotations, scoreAnnotations } from './qualityReport.js';
import { formatGeneralisation } from './formatGeneralisation.js';
import { leaveOneBriefingOut } from './leaveOneBriefingOut.js';

const HELP = `usage: kg build [PATH...] [--out FILE] [--report] [--quiet]

Reads briefings (files or folders; default seed/briefings) and the curated data in seed/,
and writes the graph snapshot (default data/graph.jsonl, APOC JSON Lines) atomically:
a failed build leaves the previous snapshot as it was.

  --out FILE   where to write the snapshot
  --report     also print precision and recall against tests/fixtures/annotations, per
               annotated briefing, in sample and out of sample (each built alone with the
               gazetteer entries no other briefing mentions left out)
  --quiet      print only errors
  --workers N  worker threads that read the briefings side by side while this one
               registers and merges what they find (default, for 4 MiB of briefings or
               more on three cores or more: one per core but one, at most 4; else none;
               0 reads in this thread alone). The snapshot is the same either way.
`;

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)} ${String(v).padStart(6)}`)].join('\n');
}

export function formatSummary(s: BuildSummary): string {
  // Counted by rule, then by the rule's reason: which readings see their trigger and miss the parties.
  const byRule = new Map<string, number>();
  const reasons = new Map<string, number>();
  for (const skip of s.skips) {
    byRule.set(skip.rule, (byRule.get(skip.rule) ?? 0) + 1);
    const reason = `${skip.rule}: ${skip.reason}`;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const lines = [
    `built ${s.out} from ${s.files.length} briefing(s), ${(s.bytesRead / 1024).toFixed(1)} KiB, in ${s.millis} ms`,
    `  reading${s.phases.workers ? ` (${s.phases.workers} worker thread${s.phases.workers === 1 ? '' : 's'})` : ''} ${s.phases.readMs} ms, extracting ${s.phases.extractMs} ms, writing ${s.phases.writeMs} ms`,
    table('nodes by label:', s.nodesByLabel),
    table('relationships by type:', s.relationshipsByType),
    `sentences skipped: ${s.skips.length}`,
    ...[...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `  ${String(n).padStart(4)}  ${rule}`),
    ...(reasons.size ? ['  by reason:'] : []),
    ...[...reasons].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([reason, n]) => `  ${String(n).padStart(4)}  ${reason}`),
    ...s.skips.slice(0, 10).map((k) => `        ${k.articleId} @${k.offset}: ${k.sentence.slice(0, 60)}${k.sentence.length > 60 ? '…' : ''}`),
    ...(s.warnings.length ? ['warnings:', ...s.warnings.map((w) => `  ${w}`)] : []),
  ];
  return lines.join('\n');
}

/**
 * V8's budget for inlining callees into a function it optimises. The extractor's rules are large
 * functions that run for a few seconds: at the default budget V8 spent more compiling them than
 * the inlining saved. Measured with callgrind on a cold 10x build: 12.1 G instructions at the
 * default, 10.9 G at 300, 10.7 G at 150, 10.5 G at 80; the 100x build used 4-7% less CPU time.
 * It applies to code compiled from here on, in this process and its worker threads.
 */
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=150';

export async function runBuild(args: string[]): Promise<number> {
  setFlagsFromString(INLINING_BUDGET);
  const parsed = parseCommandArgs(args, { out: { type: 'string' }, report: { type: 'boolean' }, quiet: { type: 'boolean' }, workers: { type: 'string' } }, HELP, true);
  if (!parsed) return 0;
  const workers = parsed.values.workers === undefined ? undefined : Number(parsed.values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
    throw new CliError(`--workers is ${parsed.values.workers}; expected a whole number from 0 to 64\n${HELP}`, 2);
  }
  const config = loadConfig();
  const inputs = parsed.positionals.length ? parsed.positionals.map((p) => path.resolve(p)) : [config.briefingsDir];
  const out = parsed.values.out ? path.resolve(parsed.values.out) : config.snapshotPath;
  const quiet = parsed.values.quiet === true;
  // On a terminal, progress redraws one line; in a log (CI, a pipe), each step is a line.
  const progress = quiet
    ? undefined
    : config.interactive
      ? (message: string) => process.stderr.write(`\r\x1b[Kkg build: ${message}`)
      : (message: string) => process.stderr.write(`kg build: ${message}\n`);
  // The annotations are read before anything is built: a missing folder (the Docker image ships
  // none) is an error that leaves the snapshot as it was.
  const annotationsDir = path.join(config.projectRoot, 'tests', 'fixtures', 'annotations');
  let annotations;
  if (parsed.values.report) {
    try {
      annotations = await loadAnnotations(annotationsDir);
    } catch (error) {
      throw new CliError(`--report needs the hand annotations: ${(error as Error).message}; nothing was built`);
    }
  }
  const summary = await buildSnapshot({ inputs, seedDir: config.seedDir, out, progress, workers });
  if (progress && config.interactive) process.stderr.write('\n');
  if (!quiet) process.stdout.write(formatSummary(summary) + '\n');
  if (annotations) {
    // Only the briefings this build read are scored: the others' annotations would count as all missed.
    const built = new Set(summary.graph.briefings.map((b) => b.id));
    const scored = annotations.filter((a) => built.has(briefingIdOf(a.briefing)));
    if (scored.length === 0) process.stdout.write(`no hand annotations for the briefings built (${annotationsDir} has ${annotations.length}, none of them for these files): nothing to score\n`);
    else {
      const report = scoreAnnotations(summary.graph, scored);
      process.stdout.write(formatQualityReport(report) + '\n');
      const outOfSample = await leaveOneBriefingOut({ graph: summary.graph, files: summary.files, seedDir: config.seedDir, annotationsDir });
      process.stdout.write(formatGeneralisation(report, outOfSample) + '\n');
    }
  }
  return 0;
}
