import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../support/seedGraph.js';
import { kg, workspace } from '../hostile/support.js';
import { openMemoryStore } from '../../src/store/memory/index.js';

// What a report writer meets with flags that cannot match: a message naming the flag and what
// was expected, never an empty table without a word or Node's own parser error.

async function timeline(args: string[]) {
  const { out } = await seedGraph();
  return kg(['timeline', '--entity', 'CEC', '--snapshot', out, ...args]);
}

describe('kg timeline flags', () => {
  it('--limit -1 is a usage error naming the flag, not "argument is ambiguous"', { timeout: 60_000 }, async () => {
    const { code, stderr } = await timeline(['--limit', '-1']);
    expect(code).toBe(2);
    expect(stderr).toContain('--limit is "-1"; expected a positive whole number');
    expect(stderr).not.toContain('ambiguous');
  });

  it('reversed --from and --to are a usage error', { timeout: 60_000 }, async () => {
    const { code, stderr, stdout } = await timeline(['--from', '2017-12', '--to', '2017-10']);
    expect(code).toBe(2);
    expect(stderr).toContain('--from 2017-12 is after --to 2017-10');
    expect(stdout).toBe('');
    // Different precisions compare over what both give: 2018 is after 2017-12.
    expect((await timeline(['--from', '2018', '--to', '2017-12'])).code).toBe(2);
    expect((await timeline(['--from', '2017', '--to', '2017-12'])).code).toBe(0);
  });

  it('an unknown --kind names the kinds the graph has', { timeout: 60_000 }, async () => {
    const { code, stderr } = await timeline(['--kind', 'meetnig']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--kind "meetnig": no event in the graph has that kind; expected one of .*\bmeeting\b/);
  });

  it('says so when nothing matches', { timeout: 60_000 }, async () => {
    const { code, stderr } = await timeline(['--kind', 'meeting', '--from', '2030']);
    expect(code).toBe(0);
    expect(stderr).toContain('no events for 中环联合认证中心 (organization:cec) between 2030 and now of kind meeting');
  });
});

describe('counts in the server log', () => {
  it('a reload counts nodes as start-up does (briefings and articles too)', async () => {
    const dir = workspace('kg-reload-counts-');
    const file = path.join(dir, 'graph.jsonl');
    copyFileSync((await seedGraph()).out, file);
    const logged: string[] = [];
    const store = await openMemoryStore(file, { intervalMs: 20, log: (m) => logged.push(m) });
    try {
      const stats = await store.stats();
      copyFileSync((await seedGraph()).out, `${file}.new`);
      writeFileSync(file, '');
      copyFileSync(`${file}.new`, file);
      const end = Date.now() + 20_000;
      while (!logged.some((m) => m.startsWith('reloaded')) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(logged.find((m) => m.startsWith('reloaded'))).toBe(`reloaded graph snapshot ${file} (${stats.nodes} nodes, ${stats.relationships} relationships)`);
    } finally {
      await store.close();
    }
  });
});

describe('kg build progress', () => {
  it('says "1 article", not "1 articles"', { timeout: 60_000 }, async () => {
    const dir = workspace('kg-one-article-');
    writeFileSync(path.join(dir, 'one.md'), '# 国际合作简报\n\n中国环境标志与德国蓝天使在北京签署了合作备忘录，双方将共同推动绿色产品认证。\n');
    const { code, stderr } = await kg(['build', dir, '--out', path.join(dir, 'graph.jsonl')], { CI: 'true' });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/ingested one\.md: 1 article \(/);
  });
});
