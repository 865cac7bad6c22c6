import { mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { startHttpServer } from '../../src/api/index.js';
import { parseGraph, serializeGraph } from '../../src/graph/index.js';

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
      const graph = parseGraph(fixtureText);
      const without = serializeGraph({
        ...graph,
        entities: graph.entities.filter((e) => e.id !== 'person:ren-yong'),
        relationships: graph.relationships.filter((r) => r.start !== 'person:ren-yong' && r.end !== 'person:ren-yong'),
      });
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

  it('refuses an emptied or truncated snapshot while serving: keeps the graph it has, and says so in the log and in /health', async () => {
    const file = path.join(dir, 'graph.jsonl');
    writeFileSync(file, fixtureText);
    const logged: string[] = [];
    const store = await openMemoryStore(file, { intervalMs: 20, log: (m) => logged.push(m) });
    const server = await startHttpServer({ store, port: 0, host: '127.0.0.1', schemaDir: path.resolve(path.dirname(fixture), '..', '..', 'schema'), log: (m) => logged.push(m) });
    const health = async () => (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as { status: string; warning?: string; counts: { nodes: number } };
    try {
      const before = await health();
      expect(before.status).toBe('ok');

      // `: > graph.jsonl`
      writeFileSync(file, '');
      await until(() => logged.some((m) => m.startsWith('warning:')));
      expect(logged.at(-1)).toBe(
        `warning: graph snapshot is incomplete: ${file}:1: the snapshot is empty: it holds not even the summary line kg build writes last ({"type":"node","id":"snapshot:summary",...}): it was cut short, or written by a kg build older than the summary line; run 'kg build' to write it again; still serving the graph loaded before`,
      );
      const emptied = await health();
      expect(emptied).toMatchObject({ status: 'degraded', counts: { nodes: before.counts.nodes } });
      expect(emptied.warning).toContain('the snapshot is empty');

      // Cut short at line boundaries, among the nodes and among the relationships: every line
      // left parses, and the relationships kept may all name nodes kept; the lost summary tells.
      const lines = fixtureText.trimEnd().split('\n');
      const firstRelationship = lines.findIndex((l) => l.includes('"type":"relationship"'));
      const cuts = [3, firstRelationship - 1, firstRelationship + 1, Math.floor((firstRelationship + lines.length) / 2), lines.length - 1];
      for (const [n, cut] of cuts.entries()) {
        writeFileSync(file, lines.slice(0, cut).join('\n') + '\n');
        await until(() => logged.filter((m) => m.startsWith('warning:')).length === n + 2);
        expect(logged.at(-1)).toBe(
          `warning: graph snapshot is incomplete: ${file}:${cut + 1}: the snapshot ends at line ${cut} without the summary line kg build writes last ({"type":"node","id":"snapshot:summary",...}): it was cut short, or written by a kg build older than the summary line; run 'kg build' to write it again; still serving the graph loaded before`,
        );
        expect((await health())).toMatchObject({ status: 'degraded', counts: { nodes: before.counts.nodes } });
        expect((await store.entitiesByName(['张小丹']))[0]).toHaveLength(1);
      }

      // Whole lines lost from the middle, the summary kept: its counts tell.
      writeFileSync(file, [...lines.slice(0, firstRelationship + 2), ...lines.slice(firstRelationship + 5)].join('\n') + '\n');
      await until(() => logged.filter((m) => m.startsWith('warning:')).length === cuts.length + 2);
      expect(logged.at(-1)).toContain(`${file}:${lines.length - 3}: the summary line counts 110 relationships, but the file holds 107: lines are missing or were added`);

      // A good snapshot again: served, and /health is ok.
      writeAtomically(file, fixtureText);
      await until(async () => (await health()).status === 'ok');
      expect((await health()).warning).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('refuses an empty snapshot at start-up, naming it', async () => {
    const file = path.join(dir, 'graph.jsonl');
    writeFileSync(file, '\n');
    await expect(openMemoryStore(file, { watch: false })).rejects.toThrow(`graph snapshot is incomplete: ${file}:1: the snapshot is empty`);
    // A whole snapshot of no entities (its summary counting none) is refused too.
    writeFileSync(file, serializeGraph({ briefings: [], articles: [], entities: [], relationships: [] }));
    await expect(openMemoryStore(file, { watch: false })).rejects.toThrow(`graph snapshot ${file} has no entities`);
  });
});
