import { describe, expect, it, vi } from 'vitest';
import { runServe } from '../../src/cli/serveCommand.js';
import { fixturePath } from './fixtureApi.js';

// `kg serve`: flags override the config, the URL is logged, SIGTERM closes cleanly with 0.

describe('kg serve', () => {
  it('rejects a bad port or store naming the flag and what was expected', async () => {
    await expect(runServe(['--port', 'abc'])).rejects.toThrow('--port is "abc"; expected a port number from 0 to 65535');
    await expect(runServe(['--store', 'sqlite'])).rejects.toThrow('--store is "sqlite"; expected "memory" or "neo4j"');
    await expect(runServe(['--bogus'])).rejects.toThrow("Unknown option '--bogus'");
  });

  it('names a missing snapshot', async () => {
    await expect(runServe(['--snapshot', '/nonexistent/graph.jsonl', '--port', '0'])).rejects.toThrow(
      "graph snapshot /nonexistent/graph.jsonl does not exist; run 'kg build' to write it",
    );
  });

  it('serves the snapshot, logs its URL, and exits 0 on SIGTERM after closing', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const exit = runServe(['--snapshot', fixturePath, '--port', '0', '--host', '127.0.0.1']);
      await vi.waitFor(() => expect(lines.join('')).toMatch(/GraphQL API on http:\/\/127\.0\.0\.1:\d+\/graphql \(memory store, 42 nodes, 110 relationships\)/), { timeout: 20_000 });
      const url = /http:\/\/127\.0\.0\.1:\d+\/graphql/.exec(lines.join(''))![0];
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "JEA") { nameEn } }' }) });
      expect(await res.json()).toEqual({ data: { entity: { nameEn: 'Japan Environment Association' } } });
      process.emit('SIGTERM');
      expect(await exit).toBe(0);
      expect(lines.join('')).toContain('SIGTERM received; finishing in-flight requests and closing the store');
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      spy.mockRestore();
    }
  });
});
