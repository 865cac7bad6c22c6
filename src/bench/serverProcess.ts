import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

// A server in a child process of its own, so the load generator in this process does not share
// its event loop. The child prints the URL it listens on; ready means /health answers 200.

export interface ServerProcess {
  pid: number;
  /** http://127.0.0.1:PORT */
  base: string;
  /** From spawn to the first 200 from /health. */
  startupMs: number;
  /** Resident set size now, bytes (VmRSS of /proc/PID/status). */
  rss(): Promise<number>;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
  /** Everything it wrote on stderr so far. */
  stderr(): string;
}

const LISTEN_LINE = /http:\/\/127\.0\.0\.1:(\d+)/;

export async function startServerProcess(args: string[], timeoutMs: number): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const port = await waitFor(child, () => (err + out).match(LISTEN_LINE)?.[1], timeoutMs, started, () => err);
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, child, timeoutMs - (performance.now() - started), () => err);
    const startupMs = performance.now() - started;
    return { pid: child.pid!, base, startupMs, rss: () => rssOf(child.pid!), stop, stderr: () => err };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitFor<T>(child: ChildProcess, probe: () => T | undefined, timeoutMs: number, started: number, stderr: () => string): Promise<T> {
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before listening: ${stderr().trim()}`);
    if (performance.now() - started > timeoutMs) throw new Error(`server did not print its address within ${timeoutMs} ms: ${stderr().trim()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function waitForHealth(base: string, child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr().trim()}`);
    try {
      const res = await fetch(`${base}/health`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // Not accepting yet.
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${base}/health did not answer 200 within ${timeoutMs} ms`);
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = status.match(/^VmRSS:\s+(\d+) kB$/m);
  if (!kb) throw new Error(`/proc/${pid}/status has no VmRSS line`);
  return Number(kb[1]) * 1024;
}
