// node scripts/measureExplore.mjs (after npm run build:ts): the explore page's time to interactive
// for CEC on the seed graph and on the 100x corpus the bench generates, in headless Chromium.
import { readFile, mkdtemp } from 'node:fs/promises';
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { generateCorpus } from '../dist/bench/generateCorpus.js';
import { parseGraph } from '../dist/graph/index.js';

const work = await mkdtemp(path.join(tmpdir(), 'kg-explore-bench-'));
const seed = path.join(work, 'seed.jsonl');
execFileSync('node', ['dist/cli/main.js', 'build', 'seed/briefings', '--out', seed], { stdio: 'ignore' });
const graph = parseGraph(await readFile(seed, 'utf8'), seed);
const corpus = await generateCorpus({ briefingsDir: 'seed/briefings', entities: graph.entities, copies: 100, outDir: path.join(work, 'c100') });
const big = path.join(work, '100x.jsonl');
execFileSync('node', ['dist/cli/main.js', 'build', corpus.dir, '--out', big], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, snap, port] of [['seed', seed, 4118], ['100x', big, 4119]]) {
  const server = spawn('node', ['dist/cli/main.js', 'serve', '--snapshot', snap, '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
  for (const view of ['timeline', 'network']) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`http://127.0.0.1:${port}/explore?entity=${encodeURIComponent('中环联合')}&view=${view}`);
      await page.waitForFunction(() => window.exploreReady, null, { timeout: 30000 });
      times.push(Math.round(await page.evaluate(() => window.exploreReady.at)));
      await page.close();
    }
    console.log(name, view, 'interactive ms (5 loads):', times.join(', '));
  }
  server.kill();
}
await browser.close();
