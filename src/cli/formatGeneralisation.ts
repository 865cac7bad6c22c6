import type { OutOfSampleReport } from './leaveOneBriefingOut.js';
import { sumScores, type QualityReport, type QualityScores, type Ratio } from './qualityReport.js';

// One table of in-sample against out-of-sample figures, a row pair per annotated briefing, so
// the gap between what the extractor reads and what the gazetteer remembers shows at a glance.

const COLUMNS: [string, keyof QualityScores][] = [
  ['entities', 'entityRecall'],
  ['typed', 'entityRecallTyped'],
  ['ent.prec', 'entityPrecision'],
  ['events+dates', 'eventRecallWithDates'],
  ['facts linked', 'factRecallLinked'],
  ['facts typed', 'factRecallTyped'],
  ['fact prec', 'factPrecision'],
];

const cell = (r: Ratio, width: number) => (r.total ? `${((100 * r.hit) / r.total).toFixed(1)}%` : '-').padStart(width);

export function formatGeneralisation(inSample: QualityReport, outOfSample: OutOfSampleReport): string {
  const scopeWidth = Math.max(...outOfSample.scores.map((s) => s.scope.length), 3) + 2;
  const header = `${''.padEnd(scopeWidth)}${'sample'.padEnd(8)}${COLUMNS.map(([h]) => h.padStart(Math.max(h.length, 6) + 2)).join('')}  gazetteer entries`;
  const row = (scope: string, sample: string, s: QualityScores, extra = '') =>
    `${scope.padEnd(scopeWidth)}${sample.padEnd(8)}${COLUMNS.map(([h, key]) => cell(s[key] as Ratio, Math.max(h.length, 6) + 2)).join('')}${extra}`;
  const lines = [
    'generalisation (recall unless "prec"): "in" is the whole build; "out" builds each annotated briefing alone with the',
    'gazetteer entries no other briefing mentions left out (entries citing an outside source, such as CLDR places, stay):',
    header,
  ];
  outOfSample.scores.forEach((out, i) => {
    const held = outOfSample.heldOut[i]!;
    lines.push(row(out.scope, 'in', inSample.scores.find((s) => s.scope === out.scope) ?? sumScores([])));
    lines.push(row('', 'out', out, `  ${held.removedMentioned} it names left out (${held.removed} in all); ${held.keptAsReference} only it names kept as outside knowledge`));
  });
  // The in-sample total over the same briefings, so both totals count the same annotations.
  const scopes = new Set(outOfSample.scores.map((s) => s.scope));
  const inTotal = inSample.scores.filter((s) => scopes.has(s.scope));
  lines.push(row('all', 'in', sumScores(inTotal)), row('', 'out', outOfSample.total));
  return lines.join('\n');
}
