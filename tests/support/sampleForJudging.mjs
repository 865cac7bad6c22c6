#!/usr/bin/env node
// Draws a seeded random sample from the graphs that scoreUnseen.mjs --keep DIR left behind, for
// judging by hand: facts read from the text (relationships whose sources include one of the text's
// articles; MENTIONS, HAS_ARTICLE and the seed's reference facts are left out), or entity names made
// by reading rules (method pattern:*; gazetteer entries are left out).
//
//   node tests/support/scoreUnseen.mjs --only heldout- --keep /tmp/kept
//   node tests/support/sampleForJudging.mjs /tmp/kept/as-laid [--names] [--n 30] [--seed 20241205]
//
// The population is sorted (text, type, from, to / text, label, name) and the first n of a partial
// Fisher-Yates shuffle driven by mulberry32(seed) are printed, so the same graphs give the same sample.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dir = args[0];
if (!dir || dir.startsWith('--')) {
  console.error('usage: sampleForJudging.mjs DIR_OF_JSONL [--names] [--n 30] [--seed 20241205]');
  process.exit(2);
}
const n = Number(opt('--n', '30'));
const seed = Number(opt('--seed', '20241205'));
const names = args.includes('--names');

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const population = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
  const rows = readFileSync(path.join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const nodes = new Map(rows.filter((x) => x.type === 'node').map((x) => [x.id, x]));
  const nameOf = (id) => nodes.get(id)?.properties.name ?? nodes.get(id)?.properties.title ?? id;
  const text = f.replace(/\.txt\.jsonl$/, '');
  if (names) {
    for (const x of nodes.values()) {
      if (!x.labels.includes('Entity') || !String(x.properties.method).startsWith('pattern:')) continue;
      const label = x.labels.at(-1);
      population.push({ key: [text, label, x.properties.name].join('|'), line: `${text}\t${label}\t${x.properties.name}\t${x.properties.method}${x.properties.startDate ? '\t' + x.properties.startDate : ''}` });
    }
  } else {
    for (const r of rows) {
      if (r.type !== 'relationship' || r.label === 'MENTIONS' || r.label === 'HAS_ARTICLE') continue;
      if (!(r.properties.sources ?? []).some((s) => s.startsWith('article:'))) continue;
      const { evidence, sources, confidence, method, ...props } = r.properties;
      const from = nameOf(r.start.id);
      const to = nameOf(r.end.id);
      population.push({
        key: [text, r.label, from, to].join('|'),
        line: `${text}\t${r.label} ${from} (${r.start.labels.at(-1)}) -> ${to} (${r.end.labels.at(-1)}) ${JSON.stringify(props)} [${method}]\n\t\tevidence: ${(evidence ?? [])[0] ?? ''}`,
      });
    }
  }
}
population.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const random = mulberry32(seed);
const k = Math.min(n, population.length);
for (let i = 0; i < k; i++) {
  const j = i + Math.floor(random() * (population.length - i));
  [population[i], population[j]] = [population[j], population[i]];
}
console.log(`# ${names ? 'rule-made entity names' : 'facts read from the texts'}: ${k} of ${population.length}, mulberry32 seed ${seed}`);
population.slice(0, k).forEach((x, i) => console.log(`${i + 1}\t${x.line}`));
