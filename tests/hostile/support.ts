import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { briefingsDir, projectRoot, seedDir } from '../support/seedGraph.js';

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
