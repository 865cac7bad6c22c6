import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { projectRoot, seedGraph } from '../support/seedGraph.js';

// `npm start` as an operator runs it, stopped as a service manager stops it: SIGTERM to the
// process it started (npm). The server must get the signal, finish, and free its port.
// --ignore-scripts skips prestart (the build `npm test` already did), not start itself.

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('npm start', () => {
  it('stops on SIGTERM sent to npm, and frees its port', { timeout: 90_000 }, async () => {
    const { out } = await seedGraph();
    const npm = spawn('npm', ['start', '--ignore-scripts', '--', '--host', '127.0.0.1', '--port', '0', '--snapshot', out], { cwd: projectRoot, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not report its URL within 60 s:\n${output}`)), 60_000);
      const look = () => {
        const found = /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      };
      npm.stdout.on('data', look);
      npm.stderr.on('data', look);
    });
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await portIsFree(port)).toBe(false);

    npm.kill('SIGTERM');
    await exited;
    // The server, not only npm, has gone: its port is free within a few seconds.
    let free = false;
    for (let i = 0; i < 50 && !free; i++) {
      free = await portIsFree(port);
      if (!free) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(free, output).toBe(true);
    expect(output).toContain('SIGTERM received');
  });
});
