// Prints, for every seed briefing and every layout, the share of its (type, start, end) facts
// kept re-laid and whether its article titles stay the same: the full grid the metamorphic suite
// only samples (widths 14..30, both styles, with and without a banner) and the suite's other
// transformations. Run with vite-node, which reads the TypeScript sources directly:
//
//   npx vite-node tests/support/layoutGrid.ts -- [--only SUBSTRING] [--set grid|other|all] [--below 0.98] [--missing N] [--layout NAME]
//
// --only keeps the briefings whose file name contains the substring; --set picks the layouts
// (default all); --below lists only the rows under a share (and rows whose titles differ);
// --missing N prints up to N lost facts and the titles that differ under each row listed;
// --layout keeps the layouts whose name contains NAME.
import * as OpenCC from 'opencc-js';
import { seedFiles, seedText } from '../ingest/fixtures.js';
import { keptShare, readAs, type Reading } from '../metamorphic/readAs.js';
import { LAYOUT_GRID, OTHER_TRANSFORMS } from '../metamorphic/layoutCatalogue.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only');
const set = opt('--set') ?? 'all';
const below = Number(opt('--below') ?? '2');
const missing = Number(opt('--missing') ?? '0');
const layoutFilter = opt('--layout');

const traditional: Array<[string, (text: string) => string]> = [
  ['traditional tw', OpenCC.Converter({ from: 'cn', to: 'tw' })],
  ['traditional hk', OpenCC.Converter({ from: 'cn', to: 'hk' })],
];
const layouts = [...(set === 'other' ? [] : LAYOUT_GRID), ...(set === 'grid' ? [] : [...OTHER_TRANSFORMS, ...traditional])].filter(
  ([name]) => !layoutFilter || name.includes(layoutFilter),
);

const nameOf = (r: Reading, id: string) => {
  const e = r.graph.entities.find((x) => x.id === id);
  return String(e?.properties.name ?? e?.properties.title ?? id);
};

for (const file of seedFiles().filter((f) => !only || f.includes(only))) {
  const before = await readAs(file, seedText(file));
  const shares: number[] = [];
  let titlesSame = 0;
  console.log(`${file}: ${before.facts.size} facts, ${before.titles.length} articles`);
  for (const [name, transform] of layouts) {
    const after = await readAs(file, transform(seedText(file)));
    const share = keptShare(before, after);
    shares.push(share);
    const lostTitles = before.titles.filter((t) => !after.titles.includes(t));
    const newTitles = after.titles.filter((t) => !before.titles.includes(t));
    const same = lostTitles.length === 0 && newTitles.length === 0 && after.titles.length === before.titles.length;
    if (same) titlesSame++;
    if (share >= below && same && after.foreignEvidence.length === 0) continue;
    console.log(
      `  ${name.padEnd(26)} kept ${share.toFixed(3)}  articles ${after.titles.length}${same ? '' : '  titles differ'}${after.foreignEvidence.length ? `  foreign evidence ${after.foreignEvidence.length}` : ''}`,
    );
    if (!missing) continue;
    for (const f of [...before.facts].filter((x) => !after.facts.has(x)).slice(0, missing)) {
      const [type, start, end] = f.split('\t');
      console.log(`      lost ${type}: ${nameOf(before, start!)} -> ${nameOf(before, end!)}`);
    }
    for (const t of lostTitles) console.log(`      title lost: ${t}`);
    for (const t of newTitles) console.log(`      title new:  ${t}`);
  }
  const sorted = [...shares].sort((a, b) => a - b);
  console.log(
    `  min ${sorted[0]?.toFixed(3)}  median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)}  at 0.98+ ${shares.filter((s) => s >= 0.98).length}/${shares.length}  titles same ${titlesSame}/${shares.length}`,
  );
}
