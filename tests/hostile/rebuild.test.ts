import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/api/index.js';
import { buildSnapshot } from '../../src/cli/buildSnapshot.js';
import { parseGraph } from '../../src/graph/index.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { briefingsDir, schemaDir, seedDir, workspace } from './support.js';

// `kg build` writing the snapshot a server is answering from, while requests are in flight.
// Every answer is complete (200, data, no errors) and is the old graph's or the new graph's;
// whoever reads the file at any moment reads the old complete file or the new complete file.
// (The embedded store answers each request's store calls without waiting on I/O, so a request
// runs to its end between two event-loop turns and the reload, which follows a file read, can
// only fall between requests: no answer mixes the two graphs.)

const sha = (text: Buffer | string) => createHash('sha256').update(text).digest('hex');

const QUERY = '{ stats { nodes relationships } entity(id: "organization:cec") { name relations(first: 5) { type node { id } } } }';

describe('a rebuild while serving', () => {
  it('never serves a broken answer and never leaves a partial snapshot', { timeout: 120_000 }, async () => {
    const dir = workspace();
    const snapshot = path.join(dir, 'graph.jsonl');
    const oneBriefing = path.join(briefingsDir, 'cec-international-cooperation-2018-q1.txt');
    await buildSnapshot({ inputs: [oneBriefing], seedDir, out: snapshot });
    const oldFile = readFileSync(snapshot);
    const logged: string[] = [];
    const store = await openMemoryStore(snapshot, { intervalMs: 20, log: (m) => logged.push(m) });
    const server = await startHttpServer({ store, port: 0, host: '127.0.0.1', schemaDir, log: (m) => logged.push(m) });
    const url = `http://127.0.0.1:${server.port}/graphql`;
    // A number of its own in `extensions` keeps each request out of the response cache: every
    // one is executed against whichever graph the store holds at that moment.
    let sent = 0;
    const ask = async () => {
      const body = JSON.stringify({ query: QUERY, extensions: { nonce: sent++ } });
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return { status: res.status, body: await res.text() };
    };
    const oldAnswer = await ask();
    const oldNodes = (JSON.parse(oldAnswer.body) as { data: { stats: { nodes: number } } }).data.stats.nodes;

    // Clients and a file reader run until the server answers from the new graph (or 60 s).
    let stop = false;
    const deadline = Date.now() + 60_000;
    const answers: { status: number; body: string }[] = [];
    const clients = Array.from({ length: 16 }, async () => {
      while (!stop && Date.now() < deadline) answers.push(await ask());
    });
    const fileVersions = new Map<string, number>();
    const reader = (async () => {
      while (!stop && Date.now() < deadline) {
        const content = readFileSync(snapshot);
        const key = sha(content);
        if (!fileVersions.has(key)) fileVersions.set(key, parseGraph(content.toString('utf8'), snapshot).entities.length);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();

    await new Promise((r) => setTimeout(r, 200));
    const rebuilt = await buildSnapshot({ inputs: [briefingsDir], seedDir, out: snapshot });
    const newFile = readFileSync(snapshot);
    while (Date.now() < deadline) {
      const latest = answers[answers.length - 1];
      if (latest && !latest.body.includes(`"nodes":${oldNodes},`)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 200));
    stop = true;
    await Promise.all([...clients, reader]);
    const newAnswer = await ask();
    await server.close();

    expect(rebuilt.files.length).toBe(5);
    expect(newAnswer.body).not.toBe(oldAnswer.body);
    expect(answers.length).toBeGreaterThan(50);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const neither = answers.filter((a) => a.body !== oldAnswer.body && a.body !== newAnswer.body);
    expect(neither.map((a) => a.body.slice(0, 200))).toEqual([]);
    expect(answers.some((a) => a.body === oldAnswer.body)).toBe(true);
    expect(answers.some((a) => a.body === newAnswer.body)).toBe(true);

    expect([...fileVersions.keys()].every((k) => k === sha(oldFile) || k === sha(newFile))).toBe(true);
    expect(fileVersions.get(sha(oldFile))).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['graph.jsonl']);
    expect(logged.filter((m) => m.startsWith('reloaded graph snapshot'))).toHaveLength(1);
    expect(logged.filter((m) => /warning|internal error/i.test(m))).toEqual([]);
  });
});
