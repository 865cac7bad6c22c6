import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHttpServer, type HttpServer } from '../../src/api/index.js';
import { openMemoryStore } from '../../src/store/memory/index.js';
import { briefingsDir, projectRoot, seedDir, seedGraph } from '../support/seedGraph.js';

export { briefingsDir, projectRoot, seedDir };
export const cli = path.join(projectRoot, 'dist', 'cli', 'main.js');
export const schemaDir = path.join(projectRoot, 'schema');

export function workspace(prefix = 'kg-hostile-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs the compiled CLI as a user would (npm test compiles it first). */
export function kg(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: projectRoot, env: { ...process.env, CI: 'true', ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export async function postJson(url: string, body: string, contentType = 'application/json'): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** A real server on a free loopback port, over the seed graph; what it logs is collected. */
export async function startSeedServer(): Promise<{ server: HttpServer; url: string; logged: string[] }> {
  const { out } = await seedGraph();
  const logged: string[] = [];
  const server = await startHttpServer({ store: await openMemoryStore(out, { watch: false }), port: 0, host: '127.0.0.1', schemaDir, log: (m) => logged.push(m) });
  return { server, url: `http://127.0.0.1:${server.port}/graphql`, logged };
}
