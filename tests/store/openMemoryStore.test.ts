import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../src/store/memory/index.js';

const fixture = fileURLToPath(new URL('../fixtures/mini-graph.jsonl', import.meta.url));
const fixtureText = readFileSync(fixture, 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kg-memory-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Generous: it returns as soon as the condition holds, and a loaded 2-core CI machine polls late.
async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met in time');
}

/** Writes like `kg build`: a temporary file renamed over the snapshot. */
function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

describe('openMemoryStore', () => {
  it('names the missing snapshot and says how to make it', async () => {
    const missing = path.join(dir, 'graph.jsonl');
    await expect(openMemoryStore(missing)).rejects.toThrow(`graph snapshot ${missing} does not exist; run 'kg build' to write it`);
  });

  it('names the file and line of an unparseable snapshot', async () => {
    const bad = path.join(dir, 'graph.jsonl');
    const lines = fixtureText.split('\n');
    lines[4] = '{"type":"node", oops';
    writeFileSync(bad, lines.join('\n'));
    await expect(openMemoryStore(bad, { watch: false })).rejects.toThrow(`graph snapshot is not valid APOC JSON Lines: ${bad}:5: expected one JSON object per line (APOC JSON Lines)`);
  });

  it('swaps in a new complete snapshot, and keeps serving when the next is invalid or gone, warning once', async () => {
    const file = path.join(dir, 'graph.jsonl');
    writeFileSync(file, fixtureText);
    const logged: string[] = [];
    const store = await openMemoryStore(file, { intervalMs: 20, log: (m) => logged.push(m) });
    try {
      expect((await store.stats()).byLabel.Person).toBe(4);

      // A new build without 任勇.
      const without = fixtureText.split('\n').filter((l) => !l.includes('person:ren-yong')).join('\n');
      writeAtomically(file, without);
      await until(async () => (await store.stats()).byLabel.Person === 3);
      expect(logged.some((m) => m.startsWith(`reloaded graph snapshot ${file}`))).toBe(true);

      // A broken file: still the last good graph, one warning.
      writeFileSync(file, '{"type":"node"\n');
      await until(() => logged.some((m) => m.startsWith('warning:')));
      await new Promise((r) => setTimeout(r, 150));
      expect(logged.filter((m) => m.startsWith('warning:'))).toHaveLength(1);
      expect(logged.find((m) => m.startsWith('warning:'))).toContain(`${file}:1:`);
      expect((await store.stats()).byLabel.Person).toBe(3);

      // The file disappears: still serving, one more warning.
      rmSync(file);
      await until(() => logged.filter((m) => m.startsWith('warning:')).length === 2);
      expect(logged.at(-1)).toBe(`warning: graph snapshot ${file} disappeared; still serving the graph loaded before`);
      expect((await store.entitiesByName(['张小丹']))[0]).toHaveLength(1);

      // It comes back whole.
      writeAtomically(file, fixtureText);
      await until(async () => (await store.stats()).byLabel.Person === 4);
    } finally {
      await store.close();
    }
  });
});
