import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// Runs `kg build` as a user would, in its own process, so each build's peak memory is its own:
// /usr/bin/time -v reports the child's maximum resident set size, and the CLI's summary line
// reports the time of the build itself (without Node's start-up).

export interface BuildMeasurement {
  bytes: number;
  /** Time of the build as kg build reports it (reading, extracting, writing). */
  buildMs: number;
  /** Wall-clock time of the whole command, Node's start-up included. */
  wallMs: number;
  /** Peak resident set size of the process, bytes. */
  maxRssBytes: number;
  /** Worker threads the build read with, as its summary says (0: it read in one thread). */
  workers: number;
  entities: number;
  relationships: number;
}

const TIME = '/usr/bin/time';

export async function measureBuild(cliPath: string, inputDir: string, out: string, timeoutMs: number, extraArgs: string[] = []): Promise<BuildMeasurement> {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const build = [cliPath, 'build', inputDir, '--out', out, ...extraArgs];
  const args = withTime ? ['-v', process.execPath, ...build] : build;
  const started = performance.now();
  const { code, stdout, stderr } = await run(command, args, timeoutMs);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`kg build ${inputDir} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const summary = stdout.match(/from (\d+) briefing\(s\), ([\d.]+) KiB, in (\d+) ms/);
  if (!summary) throw new Error(`kg build printed no summary line; expected "built ... in N ms", got: ${stdout.slice(0, 200)}`);
  const rss = stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  const workers = stdout.match(/reading \((\d+) worker threads?\)/);
  const nodes = sumSection(stdout, 'nodes by label:');
  const relationships = sumSection(stdout, 'relationships by type:');
  return {
    bytes: Math.round(Number(summary[2]) * 1024),
    buildMs: Number(summary[3]),
    wallMs,
    // Without GNU time there is no way to read a child's peak; NaN shows as "n/a".
    maxRssBytes: rss ? Number(rss[1]) * 1024 : Number.NaN,
    workers: workers ? Number(workers[1]) : 0,
    entities: nodes,
    relationships,
  };
}

/** Adds the counts of a "title:\n  Key   N" table from kg build's summary, without Briefing/Article. */
function sumSection(stdout: string, title: string): number {
  const lines = stdout.split('\n');
  let i = lines.indexOf(title);
  if (i < 0) return Number.NaN;
  let total = 0;
  for (i++; i < lines.length && /^\s+\S+\s+\d+$/.test(lines[i]!); i++) {
    const [, key, n] = lines[i]!.match(/^\s+(\S+)\s+(\d+)$/)!;
    if (key !== 'Briefing' && key !== 'Article') total += Number(n);
  }
  return total;
}

export function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') reject(new Error(`${args.slice(0, 4).join(' ')} did not finish within ${timeoutMs} ms`));
      else resolve({ code, stdout, stderr });
    });
  });
}
