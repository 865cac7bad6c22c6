import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/store/GraphStore.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { seedGraph } from '../support/seedGraph.js';
import { cli, kg, postJson, projectRoot, workspace } from './support.js';

// The store going away under a running server. The embedded store's snapshot file removed (or
// replaced by garbage) while kg serve runs: the process stays up and keeps answering from the
// graph it loaded, and says so once on stderr. Neo4j unreachable: a clear error naming the URI,
// not a hang and not a stack trace.

const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
});

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function serve(snapshot: string): Promise<{ child: ChildProcess; base: string; stderr: () => string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--snapshot', snapshot, '--port', '0', '--host', '127.0.0.1'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const port = await until('kg serve to print its address', () => err.match(/http:\/\/127\.0\.0\.1:(\d+)\/graphql/)?.[1] ?? (child.exitCode !== null ? Promise.reject(new Error(err)) : undefined));
  return { child, base: `http://127.0.0.1:${port}`, stderr: () => err };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const QUERY_TEXT = '{ entity(id: "organization:cec") { name relations(first: 10) { type node { name } } } stats { nodes relationships } }';
const QUERY = JSON.stringify({ query: QUERY_TEXT });
/** The same query in a body of its own, so the response cache cannot answer it: it is executed. */
const executed = (n: number) => JSON.stringify({ query: QUERY_TEXT, extensions: { nonce: n } });

describe('the embedded snapshot goes away while kg serve runs', () => {
  it('keeps answering from the graph it loaded, reports it once, and stays up; garbage in its place changes nothing either', { timeout: 60_000 }, async () => {
    const dir = workspace();
    const snapshot = path.join(dir, 'graph.jsonl');
    copyFileSync((await seedGraph()).out, snapshot);
    const { child, base, stderr } = await serve(snapshot);
    const before = await postJson(`${base}/graphql`, QUERY);
    expect(before.status).toBe(200);
    expect(before.json.data.stats.nodes).toBeGreaterThan(400);
    const health = (await (await fetch(`${base}/health`)).json()) as Record<string, unknown>;

    rmSync(snapshot);
    await until('the warning about the missing snapshot', () => (stderr().includes('disappeared') ? true : undefined));
    expect(stderr()).toContain(`warning: graph snapshot ${snapshot} disappeared; still serving the graph loaded before`);
    const after = await postJson(`${base}/graphql`, executed(1));
    expect(after.status).toBe(200);
    expect(after.text).toBe(before.text);
    const healthAfter = await fetch(`${base}/health`);
    expect(healthAfter.status).toBe(200);
    // The same counts, and it says why the graph served is not the file's.
    expect(await healthAfter.json()).toEqual({ ...health, status: 'degraded', warning: `graph snapshot ${snapshot} disappeared; still serving the graph loaded before` });

    writeFileSync(snapshot, '{"type":"node","id":"half a line');
    await until('the warning about the invalid snapshot', () => (/not valid APOC JSON Lines/.test(stderr()) ? true : undefined));
    expect((await postJson(`${base}/graphql`, executed(2))).text).toBe(before.text);

    expect(child.exitCode).toBeNull();
    expect(stderr().match(/disappeared/g)).toHaveLength(1);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });
});

describe('Neo4j unreachable', () => {
  it('openNeo4jStore fails within seconds with a StoreUnavailableError naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    const error = await openNeo4jStore({ uri, user: 'neo4j', password: 'secret', database: 'neo4j' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe(`Neo4j is unreachable at ${uri}: is it running, and is NEO4J_URI right?`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('kg serve --store neo4j exits 1 with one line naming the URI, and no stack', { timeout: 30_000 }, async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const result = await kg(['serve', '--store', 'neo4j', '--port', '0', '--host', '127.0.0.1'], { NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' }, 25_000);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`kg: Neo4j is unreachable at ${uri}: is it running, and is NEO4J_URI right?`);
  });

  it('kg load exits 1 with the same message and no stack', { timeout: 30_000 }, async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const snapshot = (await seedGraph()).out;
    const result = await kg(['load', '--snapshot', snapshot], { NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' }, 25_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Neo4j is unreachable at ${uri}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
