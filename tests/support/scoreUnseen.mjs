#!/usr/bin/env node
// Scores the reader on the team's own unseen texts (tests/fixtures/unseen, annotated in
// tests/fixtures/unseen/annotations), each built alone with the seed data, as laid and re-laid
// by the shared relayout tool at one width in both styles. `kg build --report` only knows the
// seed's annotations; this reuses its scorer (dist/cli/qualityReport.js) on these texts.
//
//   npm run build && node tests/support/scoreUnseen.mjs [--width N[,N...]] [--only PREFIX] [--keep DIR] [--relayout PATH] [--misses]
//
// --width 14,18,24 re-lays at each width in both styles (default 18). --only heldout- scores only the
// texts whose file name starts with the prefix (the held-out yardstick). --keep DIR leaves the texts
// and the built snapshots (DIR/<layout>/<text>.jsonl) there instead of deleting them, for judging
// facts by hand.
//
// --relayout defaults to ../shared/tools/relayout.mjs, then ../../shared/tools/relayout.mjs (a
// worktree one level deeper), relative to the project root.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const widths = (opt('--width') ?? '18').split(',');
const only = opt('--only');
const keep = opt('--keep');
const showMisses = args.includes('--misses');
const relayout =
  opt('--relayout') ??
  ['../shared/tools/relayout.mjs', '../../shared/tools/relayout.mjs'].map((p) => path.resolve(root, p)).find((p) => existsSync(p));
if (!relayout || !existsSync(relayout)) {
  console.error(`relayout.mjs not found (tried ../shared/tools and ../../shared/tools from ${root}); pass --relayout PATH`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist', 'cli', 'buildSnapshot.js'))) {
  console.error('dist/ is missing; run npm run build first');
  process.exit(2);
}
const { buildSnapshot } = await import(path.join(root, 'dist', 'cli', 'buildSnapshot.js'));
const { loadAnnotations, scoreAnnotation } = await import(path.join(root, 'dist', 'cli', 'qualityReport.js'));

const unseen = path.join(root, 'tests', 'fixtures', 'unseen');
const seedDir = path.join(root, 'seed');
const annotations = (await loadAnnotations(path.join(unseen, 'annotations'))).filter((a) => !only || a.briefing.startsWith(only));
if (annotations.length === 0) {
  console.error(`no annotated texts${only ? ` whose name starts with ${only}` : ''} in ${unseen}`);
  process.exit(2);
}
const work = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), 'kg-score-unseen-'));
const layouts = [
  ['as laid', null],
  ...widths.flatMap((width) => [
    [`re-laid w${width} double`, ['--width', width, '--style', 'double']],
    [`re-laid w${width} single`, ['--width', width, '--style', 'single']],
  ]),
];
const pct = (r) => (r.total ? ((100 * r.hit) / r.total).toFixed(1).padStart(5) + `% (${r.hit}/${r.total})` : '    - ');
const metrics = [
  ['entity recall', 'entityRecall'],
  ['entity recall, type right', 'entityRecallTyped'],
  ['events, date right', 'eventRecallWithDates'],
  ['facts, endpoints linked', 'factRecallLinked'],
  ['facts, type right', 'factRecallTyped'],
  ['fact precision', 'factPrecision'],
];
const totals = new Map(layouts.map(([name]) => [name, Object.fromEntries(metrics.map(([, k]) => [k, { hit: 0, total: 0 }]))]));
const known = new Set(readdirSync(unseen).filter((f) => f.endsWith('.txt')));
try {
  for (const a of annotations) {
    if (!known.has(a.briefing)) throw new Error(`${a.briefing}: annotated but not in ${unseen}`);
    console.log(a.briefing);
    for (const [name, flags] of layouts) {
      const dir = path.join(work, name.replace(/\W+/g, '-'));
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, a.briefing);
      execFileSync(process.execPath, flags ? [relayout, path.join(unseen, a.briefing), file, ...flags] : ['-e', `require('fs').copyFileSync(${JSON.stringify(path.join(unseen, a.briefing))}, ${JSON.stringify(file)})`]);
      const { graph } = await buildSnapshot({ inputs: [file], seedDir, out: path.join(dir, a.briefing + '.jsonl') });
      const s = scoreAnnotation(graph, a);
      const arts = graph.articles.length;
      console.log(`  ${name.padEnd(22)} articles ${String(arts).padStart(3)}  ` + metrics.map(([label, k]) => `${label} ${pct(s[k])}`).join('  '));
      for (const [, k] of metrics) {
        totals.get(name)[k].hit += s[k].hit;
        totals.get(name)[k].total += s[k].total;
      }
      if (showMisses && !flags) {
        for (const m of s.missedEntities) console.log(`      missed entity: ${m}`);
        for (const m of s.missedEvents) console.log(`      missed event: ${m}`);
        for (const m of s.missedFacts) console.log(`      missed fact: ${m}`);
        for (const m of s.extraFacts) console.log(`      fact not in the annotations: ${m}`);
      }
    }
  }
  console.log('all texts');
  for (const [name] of layouts) console.log(`  ${name.padEnd(22)} ` + metrics.map(([label, k]) => `${label} ${pct(totals.get(name)[k])}`).join('  '));
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
